"""One `copydesk check` run, in three stages: collect the inputs (files, their
configs), check them (each file read, decoded and put through the engine), and
report (baseline, output format, exit code). The runner knows no output format
and no rule: it asks the reporter what it needs and the engine for diagnostics.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..config import Config, Resolver, project_root
from ..diagnostics import RANK, Diagnostic
from ..errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UserError
from ..files import MAX_BYTES
from ..memo import MEMO
from ..reporters import STREAMED, Report, Summary, needs_source, render
from ..reporters.text_report import summary_line
from ..terminal import echo
from .cache import ResultCache
from .checking import Result, check_all
from .paths import Target, expand
from .progress import progress_bar

if TYPE_CHECKING:
    from .baseline import Baseline


class Options(NamedTuple):
    """What the command line asked for."""

    output_format: str = "text"
    fail_on: str = "warning"
    config_file: Path | None = None
    as_of: dt.date | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    stdin_filename: str | None = None
    quiet: bool = False
    color: bool = False
    max_warnings: int | None = None
    statistics: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None
    max_bytes: int = MAX_BYTES
    timeout: float | None = 60.0  # seconds per draft
    fix: bool = False  # apply fixes and write the files
    diff: bool = False  # print what --fix would change, write nothing
    unsafe_fixes: bool = False  # also the fixes that delete or reword text
    jobs: int | None = None  # worker processes; None: the machine's cores, for enough text
    progress: bool = True  # a progress bar on a terminal, for a long run
    gitignore: bool = True  # folder walks leave out what git ignores
    cache: bool = True  # reuse results for drafts checked before (.copydesk_cache/)


class Inputs(NamedTuple):
    """Stage 1: what will be checked, each file with the config that applies."""

    files: list[tuple[Target, Config]]
    errors: list[str]
    warnings: list[str]


def run(paths: Iterable[str], options: Options) -> int:
    cache = ResultCache(project_root(Path.cwd())) if options.cache else None
    kept = MEMO.set(cache.parsed_yaml if cache is not None else None)  # configs, rule files, patterns: read once
    try:
        return _run(paths, options, cache)
    finally:
        MEMO.reset(kept)


def _run(paths: Iterable[str], options: Options, cache: ResultCache | None) -> int:
    resolver = Resolver(options.config_file)
    known = None
    if options.baseline:  # read first: a bad baseline fails early
        from .baseline import read  # loaded only for --baseline

        known = read(options.baseline)
    inputs = collect(tuple(paths), options, resolver)
    checked = check_all(inputs.files, functools.partial(_engine, options), options,
                        keep_lines=needs_source(options.output_format), known=known, cache=cache)
    streamed = options.output_format in STREAMED and not (options.diff or options.write_baseline) and \
        not any(t.path is None for t, _ in inputs.files)
    results = []
    with _progress(inputs, options, streamed) as bar:
        for result in checked:  # each file's report printed as soon as it is ready, in input order
            results.append(result)
            if streamed:
                shown = known.new_only(result.diagnostics) if known is not None else result.diagnostics
                out = render(options.output_format, _report([result], shown, Summary(), options, partial=True))
                if out:
                    _emit(out, options.color)
            bar.update(1)
    inputs.warnings.extend(n for r in results for n in r.notices)
    return report(inputs, results, [e for r in results for e in r.rule_errors], options, known, streamed)


def _progress(inputs: Inputs, options: Options, streamed: bool):
    """A progress bar for a run longer than a moment, not over a report
    streaming to the same terminal."""
    shared = streamed and sys.stdout is not None and sys.stdout.isatty()
    wanted = options.progress and not shared and sys.stderr is not None and sys.stderr.isatty()
    if wanted and len(inputs.files) < 50:  # sizes are looked up only when a bar could be shown
        wanted = sum(os.stat(t.path).st_size for t, _ in inputs.files
                     if t.path is not None and t.path.is_file()) >= 2_000_000
    return progress_bar(wanted, len(inputs.files), "copydesk")


def _report(results: list[Result], diagnostics: list[Diagnostic], summary: Summary, options: Options,
            partial: bool = False) -> Report:
    return Report(diagnostics, summary, files=[r.display for r in results],
                  lines={r.display: r.line_text for r in results if r.line_text is not None},
                  rules={k: v for r in results for k, v in r.rules.items()}, color=options.color,
                  threshold=RANK.get(options.fail_on), quiet=options.quiet, partial=partial,
                  texts={r.display: r.text for r in results if r.text is not None})


def _engine(options: Options):
    """The engine, loaded only when a draft is not in the result cache."""
    from ..engine import Engine

    return Engine(select=options.select, ignore=options.ignore, as_of=options.as_of, enable=options.enable,
                  time_limit=options.timeout)


def collect(paths: tuple[str, ...], options: Options, resolver: Resolver) -> Inputs:
    targets, errors, warnings = expand(paths, options.stdin_filename, options.gitignore)

    def validate(config: Config) -> None:
        config.rulebook.check_choice("--select", options.select or ())
        config.rulebook.check_choice("--ignore", options.ignore)

    if not targets:
        validate(resolver.for_file(None))
    validated: set[int] = set()
    files = []
    for target in targets:
        config = resolver.for_file(target.path)
        if id(config) not in validated:
            validate(config)
            validated.add(id(config))
        if target.path is None or not config.is_excluded(target.path):
            files.append((target, config))
        elif target.named:  # named on the command line, yet excluded: say so rather than check nothing
            where = f" by {config.path}" if config.path else ""
            warnings.append(f"{target.display}: excluded{where} (exclude:), not checked")
    return Inputs(files, errors, warnings)


def report(inputs: Inputs, results: list[Result], rule_errors: list[str], options: Options,
           known: Baseline | None = None, streamed: bool = False) -> int:
    errors = list(dict.fromkeys([*inputs.errors, *(r.error for r in results if r.error), *rule_errors]))
    if options.diff:
        return _report_diff(inputs, results, errors, options)
    diagnostics = [d for r in results for d in r.diagnostics]
    threshold = RANK.get(options.fail_on)
    if options.write_baseline:  # a CI step that records the baseline succeeds, and shows no findings
        from .baseline import write

        count = write(options.write_baseline, diagnostics)
        echo(f"copydesk: recorded {_n(count, 'finding')} in the baseline {options.write_baseline}; "
             f"check with --baseline {options.write_baseline} to see only new ones", err=True)
        for error in errors:
            echo(f"copydesk: error: {error}", err=True)
        return EXIT_ERROR if errors else EXIT_OK
    if known is not None:
        before = len(diagnostics)
        diagnostics = known.new_only(diagnostics)
        if not options.quiet and before > len(diagnostics):
            echo(f"copydesk: {before - len(diagnostics)} known finding(s) in the baseline not shown", err=True)
    unchecked = sum(1 for r in results if r.error and not r.diagnostics)
    summary = Summary(files=len(results) - unchecked, unchecked=unchecked)
    for d in diagnostics:
        summary.count(d.severity)
    failing = threshold is not None and any(RANK[d.severity] >= threshold for d in diagnostics)
    piped = [r.output for r in results if r.output is not None]
    for text in piped:  # --fix on standard input: the fixed draft on stdout, the report on stderr
        _emit(text, False, newline=False)
    if streamed:  # the diagnostics are out already: only the summary is left
        out = summary_line(summary) if options.output_format == "text" and not options.quiet else ""
    else:
        out = render(options.output_format, _report(results, diagnostics, summary, options))
    if out:
        _emit(out, options.color, err=bool(piped))
    if options.fix and not options.quiet:
        echo(f"copydesk: {_fixed_summary(results, 'fixed', options.unsafe_fixes)}", err=True)
    if options.statistics:
        echo(_statistics(diagnostics), err=options.output_format != "text")
    if not options.quiet:
        for warning in inputs.warnings:
            echo(f"copydesk: warning: {warning}", err=True)
    if options.max_warnings is not None and summary.warnings > options.max_warnings:
        echo(f"copydesk: {summary.warnings} warnings, more than --max-warnings {options.max_warnings}", err=True)
        failing = True
    for error in errors:
        echo(f"copydesk: error: {error}", err=True)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


def _report_diff(inputs: Inputs, results: list[Result], errors: list[str], options: Options) -> int:
    """--diff: what --fix would change, and nothing else (findings without a
    fix are not its business). Exit 1 when there is something to change."""
    diff = "".join(r.diff for r in results)
    if diff:
        _emit(diff, False, newline=False)
    if not options.quiet:
        echo(f"copydesk: {_fixed_summary(results, 'would fix', options.unsafe_fixes)}", err=True)
        for warning in inputs.warnings:
            echo(f"copydesk: warning: {warning}", err=True)
    for error in errors:
        echo(f"copydesk: error: {error}", err=True)
    return EXIT_ERROR if errors else EXIT_FINDINGS if diff else EXIT_OK


def _fixed_summary(results: list[Result], verb: str, unsafe: bool) -> str:
    count = sum(r.fixed for r in results)
    files = sum(1 for r in results if r.fixed)
    said = f"{verb} {_n(count, 'problem')} in {_n(files, 'file')}" if count else "nothing to fix"
    left = sum(1 for r in results for d in r.diagnostics if d.fix is not None and d.unsafe)
    if left and not unsafe:
        said += f"; {_n(left, 'more fix', 'more fixes')} delete or reword text: add --unsafe-fixes to apply them"
    return said


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _emit(out: str, color: bool, err: bool = False, newline: bool = True) -> None:
    """The report on standard output (or stderr). Closed, it is said on stderr
    (the exit code still gives the verdict); a write that fails (a full disk)
    is an error, exit 2, not a traceback."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        echo("copydesk: warning: standard output is closed; the report is not shown", err=True)
        return
    try:
        with _whole():
            echo(out, err=err, color=color, nl=newline)
            stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())  # nothing left to flush at exit
        raise UserError(f"cannot write the report: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _whole():
    """Ctrl-C during a write takes effect once it is done: a report is printed
    whole or not at all, never cut off half-way."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


def _statistics(diagnostics: list[Diagnostic]) -> str:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    rows = [f"{n:>6}  {rule:<24} {severity}" for (rule, severity), n in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(["Statistics (findings per rule):", *rows] if rows else ["Statistics: no findings"])
