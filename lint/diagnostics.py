"""Diagnostics: what a rule found, where, and how to fix it."""

from __future__ import annotations

from typing import Any, NamedTuple

from .record import Record

ERROR, WARNING, SUGGESTION = "error", "warning", "suggestion"
SEVERITIES = (ERROR, WARNING, SUGGESTION)
RANK = {SUGGESTION: 1, WARNING: 2, ERROR: 3}


def shorten(text: str, width: int) -> str:
    """Text for a message: whitespace folded, cut with an ellipsis past `width`."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "\u2026"


class Edit(NamedTuple):
    offset: int
    end_offset: int
    text: str


class Fix(NamedTuple):
    description: str
    edits: tuple[Edit, ...]


class Finding(Record):
    """What a check yields: a range of the document and what is wrong there."""

    FIELDS = __slots__ = ("start", "end", "message", "fix", "severity", "rule")

    def __init__(self, start: int, end: int, message: str, fix: Fix | None = None, severity: str | None = None,
                 rule: str | None = None) -> None:
        self.start, self.end, self.message, self.fix = start, end, message, fix
        self.severity = severity  # a lower severity than the rule's, when the check is unsure
        self.rule = rule  # a sub-rule id, for rules that report others' ids (grammar/<id>)


class Diagnostic(Record):
    FIELDS = __slots__ = ("path", "line", "column", "end_line", "end_column", "offset", "end_offset", "rule",
                          "severity", "message", "as_of", "fix", "unsafe", "source")

    def __init__(self, path: str | None, line: int, column: int, end_line: int, end_column: int, offset: int,
                 end_offset: int, rule: str, severity: str, message: str, as_of: str | None = None,
                 fix: Fix | None = None, unsafe: bool = False, source: tuple[str, int, int] | None = None) -> None:
        self.path, self.line, self.column, self.end_line, self.end_column = path, line, column, end_line, end_column
        self.offset, self.end_offset, self.rule, self.severity, self.message = (offset, end_offset, rule, severity,
                                                                               message)
        self.as_of, self.fix = as_of, fix
        self.unsafe = unsafe  # the fix deletes or rewords text: applied only with --unsafe-fixes
        # Where the flagged text stands, for fingerprints: (text, start, end). The
        # context string is cut from it only when a baseline or SARIF asks.
        self.source = source

    def __reduce__(self) -> tuple[type[Diagnostic], tuple[Any, ...]]:
        """Pickled as its constructor's arguments (FIELDS, in order): workers send
        thousands, and reading them back is a third cheaper than by slots. Named
        one by one, not through FIELDS: a third cheaper again to write."""
        return Diagnostic, (self.path, self.line, self.column, self.end_line, self.end_column, self.offset,
                            self.end_offset, self.rule, self.severity, self.message, self.as_of, self.fix,
                            self.unsafe, self.source)

    @property
    def context(self) -> str:
        """The flagged text with up to 24 characters around it on its own line,
        for fingerprints that survive edits to other lines (not in JSON)."""
        if self.source is None:
            return ""
        text, start, end = self.source
        # Searched only 24 characters out: a long line with many findings stays linear.
        left = max(0, start - 24)
        left = max(left, text.rfind("\n", left, start) + 1)
        right = text.find("\n", end, end + 24)
        right = min(end + 24, len(text)) if right == -1 else right
        return text[left:right]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.as_of is not None:
            out["as_of"] = self.as_of
        if self.fix is not None:
            # `fix` is always safe (a CMS that applies every `fix` never deletes
            # text); an unsafe one has the same shape under `unsafe_fix`.
            out["unsafe_fix" if self.unsafe else "fix"] = {
                "description": self.fix.description,
                "edits": [
                    {"offset": e.offset, "end_offset": e.end_offset, "text": e.text}
                    for e in self.fix.edits
                ],
            }
        return out

    def compact(self) -> None:
        """Keep only the text around the span (enough for `context`), not the
        whole draft: cheap to send between processes and to keep in the result
        cache. In place: a fresh diagnostic costs more than the check found it."""
        if self.source is not None:
            text, start, end = self.source
            left, right = max(0, start - 30), min(len(text), end + 30)
            self.source = (text[left:right], start - left, end - left)

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: tuple[str, int, int] | None = None) -> Diagnostic:
        """A diagnostic read back from `to_dict` (the result cache). Raises
        KeyError, TypeError or ValueError on anything else."""
        fix, unsafe = data.get("fix"), False
        if fix is None and data.get("unsafe_fix") is not None:
            fix, unsafe = data["unsafe_fix"], True
        ints = {k: data[k] for k in ("line", "column", "end_line", "end_column", "offset", "end_offset")}
        texts = {k: data[k] for k in ("rule", "severity", "message")}
        if not all(type(v) is int for v in ints.values()) or not all(isinstance(v, str) for v in texts.values()):
            raise TypeError("not a diagnostic")
        return cls(path=data.get("path"), **ints, **texts, as_of=data.get("as_of"),
                   fix=None if fix is None else Fix(str(fix["description"]), tuple(
                       Edit(int(e["offset"]), int(e["end_offset"]), str(e["text"])) for e in fix["edits"])),
                   unsafe=unsafe, source=source)
