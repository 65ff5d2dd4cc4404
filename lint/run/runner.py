"""One `copydesk check` run: find the files, check each, report, exit code."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from ..config import Resolver
from ..diagnostics import RANK, Diagnostic
from ..engine import Engine
from ..errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from ..formats import format_for
from ..reporters import Report, Summary, render
from .baseline import new_only
from .baseline import read as read_baseline
from .baseline import write as write_baseline_file
from .inputs import InputProblem, decode
from .paths import STDIN, expand


def run(paths, *, output_format, fail_on, config_file, as_of, select, ignore, stdin_filename,
        quiet, color, max_warnings=None, statistics=False, baseline=None, write_baseline=None,
        grammar=None) -> int:
    resolver = Resolver(config_file)
    engine = Engine(select=select, ignore=ignore, as_of=as_of, grammar=grammar)
    known = read_baseline(baseline) if baseline else None
    targets, errors, warnings = expand(tuple(paths), stdin_filename)
    validated: set[int] = set()
    diagnostics: list[Diagnostic] = []
    report = Report([], Summary(), color=color, threshold=RANK.get(fail_on))

    if not targets:
        engine.validate_ids(resolver.for_file(None).rulebook)
    checked = []
    for target in targets:
        config = resolver.for_file(target.path)
        if id(config) not in validated:
            engine.validate_ids(config.rulebook)
            validated.add(id(config))
        if target.path is not None and config.is_excluded(target.path):
            continue
        report.summary.files += 1
        report.files.append(target.display)
        checked.append((target, config))

    def check_one(item):
        target, config = item
        try:
            data = sys.stdin.buffer.read() if target.path is None else target.path.read_bytes()
            text = decode(data)
        except OSError as exc:
            return target, config, None, [], f"{target.display}: cannot read: {exc.strerror or exc}"
        except InputProblem as exc:
            found = [_input_diagnostic(target.display, exc)] if exc.rule else []
            return target, config, None, found, f"{target.display}: {exc}"
        name = target.display if target.display != STDIN else (stdin_filename or "")
        rel_path = target.path if target.path is not None else (Path(stdin_filename) if stdin_filename else None)
        doc, found = engine.run(text, format=format_for(name), config=config, path=target.display,
                                rel=config.relative(rel_path) if rel_path is not None else None)
        return target, config, doc, found, None

    # LanguageTool answers over the network: check several drafts at once while waiting.
    concurrent = len(checked) > 1 and (grammar or (grammar is None and any(c.grammar.get("enabled")
                                                                          for _, c in checked)))
    if concurrent:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(check_one, checked))
    else:
        results = map(check_one, checked)
    for target, config, doc, found, error in results:
        if error:
            errors.append(error)
        diagnostics.extend(found)
        for d in found:
            report.rules.setdefault(d.rule, config.rulebook.get(d.rule.partition("/")[0]))
        if doc is not None and output_format == "text":
            report.sources[target.display] = doc
    errors.extend(engine.errors)

    if write_baseline:
        count = write_baseline_file(write_baseline, diagnostics)
        click.echo(f"copydesk: wrote {count} finding{'s' if count != 1 else ''} to the baseline {write_baseline}",
                   err=True)
    if known is not None:
        before = len(diagnostics)
        diagnostics = new_only(diagnostics, known)
        if not quiet and before > len(diagnostics):
            click.echo(f"copydesk: {before - len(diagnostics)} known finding(s) in the baseline not shown", err=True)
    for d in diagnostics:
        report.summary.count(d.severity)
    threshold = report.threshold
    failing = threshold is not None and any(RANK[d.severity] >= threshold for d in diagnostics)
    report.diagnostics = diagnostics
    text_output = output_format == "text"
    if quiet and text_output:
        report.diagnostics = [d for d in diagnostics if threshold is not None and RANK[d.severity] >= threshold]
    out = render(output_format, report)
    if quiet and text_output:
        out = "\n".join(out.splitlines()[:-1])  # no summary line
    if out:
        click.echo(out, color=color)
    if statistics:
        click.echo(_statistics(diagnostics), err=not text_output)
    if not quiet:
        for warning in warnings:
            click.echo(f"copydesk: warning: {warning}", err=True)
    if max_warnings is not None and report.summary.warnings > max_warnings:
        click.echo(f"copydesk: {report.summary.warnings} warnings, more than --max-warnings {max_warnings}",
                   err=True)
        failing = True
    for error in errors:
        click.echo(f"copydesk: error: {error}", err=True)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


def _statistics(diagnostics) -> str:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    rows = [f"{n:>6}  {rule:<24} {severity}" for (rule, severity), n in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(["Statistics (findings per rule):", *rows] if rows else ["Statistics: no findings"])


def _input_diagnostic(display: str, problem: InputProblem) -> Diagnostic:
    return Diagnostic(path=display, line=problem.line, column=problem.column, end_line=problem.line,
                      end_column=problem.column + 1, offset=problem.offset, end_offset=problem.offset + 1,
                      rule=problem.rule, severity="error", message=problem.message)
