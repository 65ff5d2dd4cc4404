"""Reading the files a user names, with limits: only regular files, and no more
than a set size. A FIFO, /dev/zero or a terminal would otherwise block a run or
fill memory; a CI job must get a one-line error instead."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

BOM = b"\xef\xbb\xbf"
MAX_BYTES = 10_000_000  # a draft or config larger than this is no draft: raise --max-file-size to check it
_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


class FileProblem(OSError):
    """Why a file was not read, in words for the user."""


def read_bytes(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Opened without
    blocking, so a FIFO with no writer is refused, not waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise FileProblem(f"{kind}, not a text file")
        if info.st_size > limit:
            raise FileProblem(f"{_size(info.st_size)}, larger than the limit of {_size(limit)} "
                              "(--max-file-size)")
        chunks, total = [], 0
        while True:  # the file may grow while it is read
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileProblem(f"grew past the limit of {_size(limit)} while it was read")
        return b"".join(chunks)
    except FileProblem:
        raise
    except OSError as exc:
        raise FileProblem(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def read_text(path: Path | str, limit: int = MAX_BYTES) -> str:
    """A regular UTF-8 file's text; UnicodeDecodeError when it is not UTF-8."""
    return read_bytes(path, limit).decode("utf-8")


def read_stream(stream, limit: int = MAX_BYTES) -> bytes:
    """At most `limit` bytes of a binary stream (standard input)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileProblem(f"more than the limit of {_size(limit)} (--max-file-size)")
    return data


def replace_file(path: Path | str, original: bytes, new: bytes) -> None:
    """Write `new` over a file that still holds `original`, atomically: a
    temporary file in the same folder, then a rename, so a crash or a full
    disk leaves the old file whole. The file's mode is kept. A symlink is
    written through (its target is replaced, the link stays). A file that
    changed since it was read, or that is read-only, is not touched."""
    real = os.path.realpath(path)
    if read_bytes(real, max(MAX_BYTES, len(original))) != original:
        raise FileProblem("it changed on disk since it was read; not overwritten (run again)")
    if not os.access(real, os.W_OK):
        raise FileProblem("it is read-only")
    info = os.stat(real)
    folder, name = os.path.split(real)
    fd, temporary = new_file_in(folder, prefix=f".{name}.", suffix=".copydesk")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(new)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def new_file_in(folder: str | os.PathLike[str], prefix: str = "", suffix: str = ".tmp") -> tuple[int, str]:
    """A new file in `folder`, open for writing, under a name no other run can
    hold: what tempfile.mkstemp does, without importing tempfile (with random
    and shutil, 13 ms: a twentieth of a run that writes one cache entry)."""
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), name
        except FileExistsError:
            continue  # taken by another run: draw again
    raise FileExistsError(f"no free temporary name in {folder}")


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n:,} bytes"
