"""Blanking what is not prose without moving any offset.

A format collects spans to hide and `apply` builds the masked copy once. BLANK
spans become spaces (line breaks kept, so lines still count); TOKEN spans, things
a sentence may contain such as a URL or inline code, become OPAQUE characters.
"""

from __future__ import annotations

import bisect
import re

from .patterns import FromStarts, compiled_later, places
from .types import OPAQUE
from .words import DOMAIN_ENDINGS

BLANK, TOKEN = 0, 1

_WEB = FromStarts(re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"'\u201c\u201d]*"
                             r"[^\s<>\"'\u201c\u201d.,;:!?)\]]"), ("http", "ftp", "www.", "mailto:"))
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# The rest of an address after another scheme's "://" ("git://", "ssh://", "ldap://", "s3://"), whose scheme is
# read back from it: a pattern that opened with the scheme would be tried at every letter.
_AFTER_SCHEME = compiled_later(r"://[^\s<>\"'\u201c\u201d]*[^\s<>\"'\u201c\u201d.,;:!?)\]}]")
_SCHEME_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
# A bare domain's path ("example.com/news?id=5", "pib.gov.in/PressRelease?PRID=1"), whose query would read as
# two sentences run together ("news?id"). The domain is read back from the "/", as a scheme is from "://",
# and told by its ending; after a "/" an ending that is an English word ("gov.in", "example.it") is a domain's.
# No ";" nor a "," before a letter ("/a;the", "/news,the"); a "," before a digit is a path's ("x.pl/7,75398.html").
_PATH = compiled_later(r"/(?:[^\s<>\"'\u201c\u201d,;]|,(?=\d))*[^\s<>\"'\u201c\u201d.,;:!?)\]}]")
_DOMAIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
# The marks a path may hold that a rule would read as prose's: a query's "?", a file's ".", an id's ",".
_READ_MARKS = "?.:!=&,"


def url_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Bare URLs (of any scheme) and e-mail addresses, as TOKEN spans in
    order. Each search runs only where its mark appears: most paragraphs hold
    neither, and the address search tries every word."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), TOKEN) for m in _WEB.finditer(text, start, end)]
    # another scheme's address ("git://example.org/repo.git", "${jndi:ldap://host/a}"), looked for only where a
    # "://" is left that no web address holds: most drafts have none
    at = text.find("://", start, end) if text.count("://", start, end) > len(found) else -1
    while at != -1:
        begin = at
        while begin > start and text[begin - 1] in _SCHEME_CHARACTERS:
            begin -= 1
        rest = _AFTER_SCHEME().match(text, at, end)
        if begin < at and text[begin].isalpha() and rest is not None and \
                not any(a <= at < b for a, b, _ in found):
            found.append((begin, rest.end(), TOKEN))
            found.sort()
        at = text.find("://", rest.end() if rest is not None else at + 3, end)
    at = text.find("/", start, end)
    while at != -1:
        i = bisect.bisect_right(found, (at, end, TOKEN)) - 1
        if i >= 0 and found[i][1] > at:  # a "/" of an address found: go on after it
            at = text.find("/", found[i][1], end)
            continue
        path = _bare_path(text, start, at, end) if text[at - 1:at].isalpha() else None  # not "24/7", "/ "
        if path is not None:
            found.insert(i + 1, path)
        at = text.find("/", path[1] if path is not None else at + 1, end)
    if text.find("@", start, end) != -1:
        found += [(m.start(), m.end(), TOKEN) for m in _EMAIL.finditer(text, start, end)
                  if not any(a <= m.start() < b for a, b, _ in found)]
        found.sort()
    return found


def _bare_path(text: str, start: int, at: int, end: int) -> tuple[int, int, int] | None:
    """The address of a bare domain whose path opens with the "/" at `at`
    ("example.com/news?id=5"), or None: "and/or"."""
    begin = at
    while begin > start and text[begin - 1] in _DOMAIN_CHARACTERS:
        begin -= 1
    labels = text[begin:at].split(".")
    if len(labels) < 2 or not all(labels) or labels[-1] not in DOMAIN_ENDINGS or \
            not text[begin].isalnum() or text[begin - 1:begin] in ("@", "/", ":"):
        return None
    rest = _PATH().match(text, at, end)
    if rest is None or not any(mark in rest.group() for mark in _READ_MARKS):
        return None  # a path of words and slashes reads as nothing else ("pic.twitter.com/AbC1", page residue)
    return begin, rest.end(), TOKEN


def url_marks(text: str) -> list[int]:
    """Where a web or e-mail address may stand: the sorted offsets of the
    strings one must hold. A span with none of them holds no address, which a
    format learns by bisection instead of a search per paragraph."""
    return sorted(places(text, (*_WEB.starts, "://", "/", "@")))


def apply(text: str, spans: list[tuple[int, int, int]]) -> str:
    """The masked copy of `text`: \\r and the given spans blanked, same length."""
    if not spans:
        return text.replace("\r", " ")
    parts: list[str] = []
    pos = 0
    for start, end, how in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        parts.append(text[pos:start])
        chunk = text[start:end]
        if how == TOKEN:
            parts.append(OPAQUE * len(chunk))
        else:
            parts.append(re.sub(r"[^\n]", " ", chunk))
        pos = end
    parts.append(text[pos:])
    return "".join(parts).replace("\r", " ")
