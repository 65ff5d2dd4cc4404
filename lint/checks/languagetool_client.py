"""A client for LanguageTool's HTTP API (/v2/check), and the local server.

copydesk sends the check requests itself, with the standard library, rather
than through language_tool_python's `LanguageTool.check`: version 3.4 of that
client waits up to a hard-coded 300 s for an answer, and corrects match
offsets (not lengths) for characters outside the Basic Multilingual Plane
through class-level state that concurrent checks would overwrite. Here every
request has the configured time limit, and offsets and lengths are mapped from
UTF-16 code units to code points per request. language_tool_python (the
`grammar` extra) is used only to start and stop a local LanguageTool, which
needs Java 17 or newer.

Results are cached on disk by LanguageTool version, request parameters and
text, so an unchanged draft is not sent again on the next commit.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from ..errors import UserError

SETUP = (
    "grammar checks need LanguageTool. Either run a LanguageTool server (for example one of the public "
    "LanguageTool docker images) and set grammar: {server: http://localhost:8010} in .copydesk.yaml, or "
    "install the extra with pip install 'copydesk[grammar]' and Java 17 or newer for a local LanguageTool"
)


class GrammarUnavailable(UserError):
    """LanguageTool cannot be reached or started: the run stops with exit 2."""


class RequestFailed(Exception):
    """One document's request failed (time-out, server error): reported for that file."""


def utf16_to_code_points(text: str):
    """A function from UTF-16 offsets (LanguageTool's) to code-point offsets (ours)."""
    astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    if not astral:
        return lambda offset: offset
    # Where each astral character starts in UTF-16 units: it and its index differ by those before it.
    starts16 = [i + k for k, i in enumerate(astral)]

    def convert(offset16: int) -> int:
        return offset16 - bisect.bisect_left(starts16, offset16)

    return convert


class Client:
    def __init__(self, url: str, timeout: float, params: dict[str, str], cache_dir: Path | None) -> None:
        self.url = url.rstrip("/") + "/"
        if not self.url.endswith("v2/"):
            self.url += "v2/"
        self.timeout = timeout
        self.params = params
        self.cache_dir = cache_dir
        self._version: str | None = None
        self._lock = threading.Lock()

    def _post(self, path: str, fields: dict[str, str]) -> Any:
        data = urllib.parse.urlencode(fields).encode("utf-8")
        request = urllib.request.Request(urllib.parse.urljoin(self.url, path), data=data,
                                         headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise RequestFailed(f"LanguageTool answered {exc.code}: {body[0] if body else exc.reason}") from None
        except TimeoutError:
            raise RequestFailed(f"LanguageTool did not answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise RequestFailed(f"LanguageTool did not answer within {self.timeout:g} s") from None
            raise RequestFailed(f"cannot reach LanguageTool at {self.url}: {exc.reason}") from None
        except (ValueError, OSError) as exc:
            raise RequestFailed(f"LanguageTool gave no usable answer: {exc}") from None

    def version(self) -> str:
        """The server's LanguageTool version (asked once), part of the cache key."""
        with self._lock:
            if self._version is None:
                try:
                    answer = self._post("check", {**self.params, "text": "."})
                except RequestFailed as exc:
                    raise GrammarUnavailable(f"{exc}; {SETUP}") from None
                self._version = str(answer.get("software", {}).get("version", "unknown"))
            return self._version

    def check(self, text: str, **fields: str) -> list[dict]:
        """LanguageTool's matches for `text`, with offsets and lengths in code
        points; `fields` add to or replace the client's request fields."""
        fields = {**self.params, **fields}
        key = self._cache_key(text, fields)
        cached = self._cache_read(key)
        if isinstance(cached, list) and all(_usable(m, len(text)) for m in cached):
            return cached  # a damaged or foreign cache entry is asked again
        answer = self._post("check", {**fields, "text": text})
        convert = utf16_to_code_points(text)
        matches = []
        for m in answer.get("matches", []) if isinstance(answer, dict) else []:
            try:
                start = convert(m["offset"])
                end = convert(m["offset"] + m["length"])
                match = {
                    "offset": start,
                    "length": end - start,
                    "message": str(m.get("message", "")),
                    "rule": str(m.get("rule", {}).get("id", "UNKNOWN")),
                    "category": str(m.get("rule", {}).get("category", {}).get("id", "")),
                    "issue_type": str(m.get("rule", {}).get("issueType", "")),
                    "replacements": [str(r.get("value", "")) for r in m.get("replacements", [])],
                }
            except (KeyError, TypeError, AttributeError, IndexError, ValueError):
                continue  # a match this client cannot read: skipped, not a crash
            if _usable(match, len(text)):
                matches.append(match)
        self._cache_write(key, matches)
        return matches

    def _cache_key(self, text: str, fields: dict[str, str]) -> str:
        blob = json.dumps([self.version(), fields, text], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _cache_read(self, key: str) -> list[dict] | None:
        if self.cache_dir is None:
            return None
        try:
            return json.loads((self.cache_dir / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _cache_write(self, key: str, matches: list[dict]) -> None:
        if self.cache_dir is None:
            return
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_dir / f"{key}.{os.getpid()}.{threading.get_ident()}.tmp"
            tmp.write_text(json.dumps(matches, ensure_ascii=False), encoding="utf-8")
            tmp.replace(self.cache_dir / f"{key}.json")
        except OSError:
            pass  # a cache that cannot be written only costs time


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copydesk" / "languagetool"


class LocalServer:
    """A LanguageTool started through language_tool_python, closed at the end of the run."""

    def __init__(self, language: str) -> None:
        import shutil

        try:
            import language_tool_python
        except ImportError:
            raise GrammarUnavailable(f"the grammar extra is not installed; {SETUP}") from None
        if shutil.which("java") is None:
            raise GrammarUnavailable(f"a local LanguageTool needs Java 17 or newer, and no java was found; {SETUP}")
        try:
            self.tool = language_tool_python.LanguageTool(language)
        except Exception as exc:  # the client raises many kinds; all mean "no local LanguageTool"
            raise GrammarUnavailable(f"could not start a local LanguageTool ({exc}); {SETUP}") from None
        self.url = self.tool._url  # the client keeps the local server's address here

    def close(self) -> None:
        try:
            self.tool.close()
        except Exception:  # closing a server that already died must not fail the run
            pass


_FIELDS = {"offset": int, "length": int, "message": str, "rule": str, "category": str, "issue_type": str,
           "replacements": list}


def _usable(match: object, size: int) -> bool:
    """Is a match (from the server or the cache) whole, with its span inside
    the text? A negative offset would print line 0, column -282."""
    if not isinstance(match, dict) or any(not isinstance(match.get(k), t) for k, t in _FIELDS.items()):
        return False
    start, length = match["offset"], match["length"]
    return 0 <= start and 0 < length and start + length <= size and all(
        isinstance(r, str) for r in match["replacements"])
