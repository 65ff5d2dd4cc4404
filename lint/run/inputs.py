"""Reading drafts: bytes to text, with a clear error for what is not a draft."""

from __future__ import annotations

from ..model.kinds import ENCODING


class InputProblem(Exception):
    """A file that cannot be checked. A problem with a rule id (`encoding`) is
    also reported as a diagnostic at `offset` (code points), `line`, `column`."""

    def __init__(self, message: str, kind: str | None = None, offset: int = 0, line: int = 1,
                 column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind  # an input problem class (ENCODING) when it is reported as a diagnostic
        self.offset, self.line, self.column = offset, line, column

    def __str__(self) -> str:
        return self.message


def decode(data: bytes) -> str:
    """The text of a draft; a UTF-8 byte-order mark is dropped."""
    if b"\x00" in data:
        raise InputProblem("looks like a binary file (it contains NUL bytes), not a text draft")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise InputProblem(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} "
            f"(line {line}, column {column}); save the file as UTF-8",
            kind=ENCODING,
            offset=len(before),
            line=line,
            column=column,
        ) from None
    return text[1:] if text.startswith("\ufeff") else text
