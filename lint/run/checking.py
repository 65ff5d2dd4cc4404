"""Stage 2 of a run: each file read, decoded, checked (or fixed), one Result
per file, in input order.

Files are checked in worker processes when there are several and enough text
to pay for them (`--jobs`); the workers are forked from this process after the
rules are prepared, so they start at once and report exactly what a serial run
would. A draft checked before with the same configuration comes from the
result cache (`cache.py`).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..by_object import ByObject
from ..config import Config
from ..diagnostics import Diagnostic
from ..errors import CheckTimeout, FixLoop
from ..files import BOM, FileProblem, read_bytes, read_stream, replace_file
from ..formats import format_for
from ..record import Record
from ..reporters import NEEDS_RULES, SHOWS_TEXT
from .cache import ResultCache
from .inputs import InputProblem, decode
from .paths import STDIN, Target

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..engine import Engine
    from .baseline import Baseline
    from .runner import Options

# What opens an HTML page (or fragment) on standard input; compiled on first
# use (by re's own cache), as only standard input needs it.
_HTML_START = r"(?is)\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|p|div)\b"
# Below this much text in all, one process is faster than starting workers.
PARALLEL_FROM = 256_000


class Lines(dict):
    """The lines of a draft that reporters show (those with a diagnostic), by
    number: a plain mapping, so a Result crosses between processes cheaply."""

    def __call__(self, line: int) -> str:
        return self.get(line, "")


class Result(Record):
    """Stage 2, for one file: its diagnostics, and its lines for reporters that show them."""

    FIELDS = ("display", "diagnostics", "error", "line_text", "rules", "fixed", "diff", "output", "text",
              "rule_errors", "notices")

    def __init__(self, display: str, diagnostics: list[Diagnostic], error: str | None = None,
                 line_text: Lines | None = None, rules: dict | None = None) -> None:
        self.display, self.diagnostics, self.error, self.line_text = display, diagnostics, error, line_text
        self.rules = rules if rules is not None else {}  # rule id -> RuleSpec of each reported rule
        self.fixed = 0  # fixes applied (--fix) or that would be (--diff)
        self.diff = ""  # --diff: what --fix would change, as a unified diff
        self.output: str | None = None  # --fix on standard input: the fixed text
        self.text: str | None = None  # the whole draft, for reports that show it (html)
        self.rule_errors: list[str] = []  # rules that stopped on this file
        self.notices: list[str] = []  # warnings about this file (not English, ...)


class FileChecker:
    """Checks one (file, config) at a time, the same in this process or a worker.
    The engine is made on the first cache miss: a run whose drafts all come
    from the cache never loads the rules."""

    def __init__(self, make_engine: Callable[[], Engine], options: Options, keep_lines: bool,
                 known: Baseline | None, cache: ResultCache | None) -> None:
        self.make_engine, self.options, self.keep_lines, self.cache = make_engine, options, keep_lines, cache
        self._engine: Engine | None = None
        self.keep = known.new_only if known is not None else (lambda found: found)
        self.text: str | None = None  # the draft being checked, once decoded
        self.fingerprints: ByObject[str] = ByObject()  # each config's cache fingerprint

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.make_engine()
        return self._engine

    def __call__(self, item: tuple[Target, Config]) -> Result:
        before = self._engine
        errors, notices = (len(before.errors), len(before.notices)) if before is not None else (0, 0)
        self.text = None
        result = self._check(*item)
        if self.options.output_format in SHOWS_TEXT:
            result.text = self.text
        if self._engine is not None:
            result.rule_errors = self._engine.errors[errors:]
            result.notices = self._engine.notices[notices:]
        return result

    def specs(self, found: list[Diagnostic], config: Config) -> dict:
        """The rule of each diagnostic, for the reports that describe rules
        (reading a rule's file loads the check kinds)."""
        if self.options.output_format not in NEEDS_RULES:
            return {}
        return {d.rule: config.rulebook.get(d.rule.partition("/")[0]) for d in found}

    def from_cache(self, item: tuple[Target, Config]) -> Result | None:
        """The file's result if the cache holds it, else None (nothing checked):
        the run looks its files up here before it decides on workers."""
        target, config = item
        if not self._cacheable(target) or target.path is None:
            return None
        try:
            data = read_bytes(target.path, self.options.max_bytes)
            text = decode(data)
        except (OSError, InputProblem):
            return None  # reported when the file is checked
        key = self._key(target, config, data)
        cached = self.cache.get(key) if self.cache is not None and key is not None else None
        if cached is None:
            return None
        result = self._hit(target, config, cached)
        if self.options.output_format in SHOWS_TEXT:
            result.text = text
        return result

    def _cacheable(self, target: Target) -> bool:
        """Is this file's result kept in the cache? Not for standard input, --fix, --diff or --no-cache."""
        return self.cache is not None and target.path is not None and not (self.options.fix or self.options.diff)

    def _key(self, target: Target, config: Config, data: bytes) -> str | None:
        """The file's cache key, or None when its result is not cached."""
        fingerprint = self.fingerprint(config) if self._cacheable(target) else None
        if self.cache is None or fingerprint is None:
            return None
        return self.cache.key(fingerprint, target.display, data)

    def _hit(self, target: Target, config: Config, cached: tuple) -> Result:
        found, lines = cached
        return Result(target.display, found, None, Lines(lines) if self.keep_lines else None,
                      self.specs(found, config))

    def fingerprint(self, config: Config) -> str | None:
        if self.cache is None:
            return None
        cache, o = self.cache, self.options
        choices = (o.select, o.ignore, o.enable, o.as_of, o.timeout)
        return self.fingerprints.get(config, lambda: cache.fingerprint(config, choices))

    def _check(self, target: Target, config: Config) -> Result:
        options = self.options
        name = target.display if target.display != STDIN else (options.stdin_filename or "")
        where = target.path if target.path is not None else \
            (Path(options.stdin_filename) if options.stdin_filename else None)
        rel = config.relative(where) if where is not None else None
        try:
            if target.path is not None:
                data = read_bytes(target.path, options.max_bytes)
            elif sys.stdin is None:
                raise FileProblem("standard input is closed")
            else:
                data = read_stream(sys.stdin.buffer, options.max_bytes)
            text = self.text = decode(data)
        except OSError as exc:
            return Result(target.display, [], f"{target.display}: cannot read: {exc.strerror or exc}")
        except InputProblem as exc:
            found = self.engine.unreadable(exc, config=config, path=target.display, rel=rel) if exc.kind else []
            return Result(target.display, found, f"{target.display}: {exc}", rules=self.specs(found, config))

        fixing = options.fix or options.diff
        key = self._key(target, config, data)
        cached = self.cache.get(key) if self.cache and key else None
        if cached is not None:
            return self._hit(target, config, cached)

        engine = self.engine
        fmt = format_for(name)
        if target.path is None and not options.stdin_filename and re.match(_HTML_START, text):
            fmt = "html"  # `cat story.html | copydesk check -`: read as the page it is, and say so
            engine.notices.append("standard input looks like an HTML page and was read as HTML "
                                  "(name it with --stdin-filename to choose the format)")

        def check(draft: str):
            return engine.run(draft, format=fmt, config=config, path=target.display, rel=rel)

        errors_before = len(engine.errors)
        try:
            fixed = _fixed(check, text, options.unsafe_fixes, self.keep) if fixing else None
            doc, found = (fixed.found, fixed.diagnostics) if fixed else check(text)
        except (CheckTimeout, FixLoop) as exc:
            return Result(target.display, [], f"{target.display}: {exc}")
        for d in found:
            d.compact()
        lines = Lines({d.line: doc.line_text(d.line) for d in found})
        if self.cache and key and len(engine.errors) == errors_before:
            self.cache.put(key, found, lines)
        result = Result(target.display, found, None, lines if self.keep_lines else None, self.specs(found, config))
        if fixed is None:
            return result
        result.fixed = fixed.applied if fixed.text != text else 0
        if options.diff:
            result.diff = unified_diff(text, fixed.text, target.display)
        elif target.path is None:
            result.output = fixed.text  # standard input: the fixed text goes to standard output
        elif result.fixed:
            try:
                replace_file(target.path, data, (BOM if data.startswith(BOM) else b"") + fixed.text.encode("utf-8"))
            except OSError as exc:
                result.error = f"{target.display}: not fixed: {exc.strerror or exc}"
                result.fixed = 0
        return result


def check_all(files: list[tuple[Target, Config]], make_engine: Callable[[], Engine], options: Options,
              keep_lines: bool, known: Baseline | None = None, cache: ResultCache | None = None) -> Iterator[Result]:
    """One Result per file, in the order given, as each is ready."""
    checker = FileChecker(make_engine, options, keep_lines, known, cache)
    if cache is None or len(files) < 2 or not cache.folder.is_dir():  # no cache yet: every file is read once
        yield from _checked(checker, files, options)
        return
    # Drafts in the cache are answered here, first: the rules load, and workers
    # start, only for what is left to check.
    hits = [checker.from_cache(item) for item in files]
    checked = _checked(checker, [item for item, hit in zip(files, hits, strict=True) if hit is None], options)
    try:
        yield from (hit if hit is not None else next(checked) for hit in hits)
    finally:
        checked.close()  # workers stop now, not when the run is collected


def _checked(checker: FileChecker, files: list[tuple[Target, Config]],
             options: Options) -> Generator[Result, None, None]:
    """Each file checked, in worker processes, on threads, or one by one."""
    configs = list({id(c): c for _, c in files}.values())
    jobs = _jobs(files, options)
    if jobs > 1:
        yield from _in_workers(checker, files, configs, jobs)
    elif len(files) > 1 and any(checker.engine.waits(config) for config in configs):
        # A rule that waits on a service (LanguageTool) lets several drafts be checked at once.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=4) as pool:
            yield from pool.map(checker, files)
    else:
        yield from map(checker, files)


def _jobs(files: list[tuple[Target, Config]], options: Options) -> int:
    """How many worker processes: --jobs (default: the cores), but none for
    little text, for standard input, or where processes cannot be forked."""
    wanted = options.jobs if options.jobs is not None else _cores()
    if wanted <= 1 or len(files) < 2:
        return 1
    if not hasattr(os, "fork"):
        return 1  # workers are forked, to inherit the prepared rules
    size = 0
    for target, _ in files:
        if target.path is None:
            return 1
        try:
            size += os.stat(target.path).st_size
        except OSError:
            pass
    if options.jobs is None and size < PARALLEL_FROM:
        return 1
    return min(wanted, len(files))


def _cores() -> int:
    """The cores this process may run on (taskset and containers limit them)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _in_workers(checker: FileChecker, files: list, configs: list[Config], jobs: int) -> Iterator[Result]:
    from .workers import ordered

    for config in configs:  # prepared once here, inherited by every worker
        checker.engine.rules_for(config, None)
        checker.fingerprint(config)
    yield from ordered(lambda i: checker(files[i]), len(files), jobs, chunk=max(1, min(8, len(files) // (jobs * 8))))


def _fixed(check, text: str, unsafe: bool, keep):
    from ..fixes import fix_until_stable  # loaded only for --fix and --diff

    return fix_until_stable(check, text, unsafe=unsafe, keep=keep)


def unified_diff(before: str, after: str, name: str) -> str:
    """`before` to `after` as a unified diff, with a marker where a file ends
    without a line break (as diff and git print it)."""
    import difflib

    if before == after:
        return ""
    out = []
    for line in difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                     f"a/{name}", f"b/{name}"):
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)

