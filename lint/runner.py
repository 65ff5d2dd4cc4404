"""One `copydesk check` run: find the files, check each, report, exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .config import Resolver
from .diagnostics import RANK, Diagnostic
from .engine import Engine
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .formats import format_for
from .inputs import InputProblem, decode
from .paths import STDIN, expand
from .reporters import Summary, render


def run(paths, *, output_format, fail_on, config_file, as_of, select, ignore, stdin_filename,
        quiet, color) -> int:
    resolver = Resolver(config_file)
    engine = Engine(select=select, ignore=ignore, as_of=as_of)
    targets, errors, warnings = expand(tuple(paths), stdin_filename)
    validated: set[int] = set()
    diagnostics: list[Diagnostic] = []
    sources = {}
    summary = Summary()

    def input_error(display: str, message: str) -> None:
        errors.append(f"{display}: {message}")

    if not targets:
        engine.validate_ids(resolver.for_file(None).catalog)
    for target in targets:
        config = resolver.for_file(target.path)
        if id(config) not in validated:
            engine.validate_ids(config.catalog)
            validated.add(id(config))
        if target.path is not None and config.is_excluded(target.path):
            continue
        summary.files += 1
        try:
            data = sys.stdin.buffer.read() if target.path is None else target.path.read_bytes()
            text = decode(data)
        except OSError as exc:
            input_error(target.display, f"cannot read: {exc.strerror or exc}")
            continue
        except InputProblem as exc:
            input_error(target.display, str(exc))
            if exc.rule:
                diagnostics.append(_input_diagnostic(target.display, exc))
            continue
        name = target.display if target.display != STDIN else ""
        rel_path = target.path if target.path is not None else (Path(stdin_filename) if stdin_filename else None)
        doc, found = engine.run(
            text,
            format=format_for(name),
            config=config,
            path=target.display,
            rel=config.relative(rel_path) if rel_path is not None else None,
        )
        diagnostics.extend(found)
        if output_format == "text":
            sources[target.display] = doc

    errors.extend(engine.errors)
    for d in diagnostics:
        summary.count(d.severity)
    threshold = RANK.get(fail_on)
    failing = threshold is not None and any(RANK[d.severity] >= threshold for d in diagnostics)
    shown = diagnostics
    if quiet and output_format == "text":
        shown = [d for d in diagnostics if threshold is not None and RANK[d.severity] >= threshold]
    report = render(output_format, shown, summary, sources, color)
    if quiet and output_format == "text":
        report = "\n".join(report.splitlines()[:-1])  # no summary line
    if report:
        click.echo(report, color=color)
    if not quiet:
        for warning in warnings:
            click.echo(f"copydesk: warning: {warning}", err=True)
    for error in errors:
        click.echo(f"copydesk: error: {error}", err=True)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing else EXIT_OK


def _input_diagnostic(display: str, problem: InputProblem) -> Diagnostic:
    return Diagnostic(path=display, line=problem.line, column=problem.column, end_line=problem.line,
                      end_column=problem.column + 1, offset=problem.offset, end_offset=problem.offset + 1,
                      rule=problem.rule, severity="error", message=problem.message)
