"""Writing to the terminal without click: a plain `copydesk check` answers
from the cache before click (a third of its time) would have loaded. These do
what click's echo and style do for copydesk's messages and reports."""

from __future__ import annotations

import codecs
import os
import re
import sys

_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")  # a colour or style code, as click strips them
_CODES = {"black": 30, "red": 31, "green": 32, "yellow": 33, "blue": 34, "magenta": 35, "cyan": 36, "white": 37}


def echo(message: str = "", err: bool = False, color: bool | None = None, nl: bool = True) -> None:
    """`message` on stdout (stderr with `err`), flushed. Colour codes are
    removed unless `color`, or, when it is None, the stream is a terminal; a
    stream that can only take ASCII gets UTF-8, unknown characters replaced."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # no stream attached (pythonw)
        return
    out = message + "\n" if nl else message
    if not (color if color is not None else _isatty(stream)):
        out = _ANSI.sub("", out)
    encoding = getattr(stream, "encoding", None) or "ascii"
    binary = getattr(stream, "buffer", None)
    if binary is not None and codecs.lookup(encoding).name == "ascii":
        stream.flush()
        binary.write(out.encode("utf-8", "replace"))
        binary.flush()
        return
    stream.write(out)
    stream.flush()


def style(text: str, fg: str | None = None, bold: bool = False, dim: bool = False) -> str:
    """`text` in a colour, bold or dim, then every style reset."""
    codes = ([str(_CODES[fg])] if fg else []) + (["1"] if bold else []) + (["2"] if dim else [])
    return "".join(f"\033[{c}m" for c in codes) + text + "\033[0m"


def wants_color(to_file: bool) -> bool:
    """Colour by default: NO_COLOR and FORCE_COLOR as no-color.org and
    force-color.org say, else only for a report going to a terminal."""
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or (not to_file and _isatty(sys.stdout))


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, AttributeError):  # closed, or no isatty
        return False
