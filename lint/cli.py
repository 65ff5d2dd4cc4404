"""The `copydesk` command as click parses it (a plain `copydesk check` skips
click: lint.launch). Thin: parse options, call the engine, report.

Only click is imported at start-up; the engine, YAML and the rules load when a
command needs them, so `copydesk --version` and `--help` stay instant.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from pathlib import Path

import click

from . import __version__
from .command import FAIL_ON, execute, guarded, report_error
from .reporters import FORMATS as OUTPUT_FORMATS

GRAMMAR_RULE = "grammar"  # what --grammar turns on


class _Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        if value == "today":  # "what is stale now"
            return dt.date.today()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"'{value}' is not a date; use YYYY-MM-DD (e.g. 2025-03-01) or today", param, ctx)


def _rule_list(ctx, param, value):
    if value is None:
        return None
    return tuple(v.strip() for part in value for v in part.split(",") if v.strip())


class _Size(click.ParamType):
    name = "SIZE"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        text = str(value).strip().upper()
        scale = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
        try:
            size = int(float(text[:-1] if scale > 1 else text) * scale)
        except ValueError:
            size = 0
        if size <= 0:
            self.fail(f"'{value}' is not a size; write bytes, or a number with K or M (500K, 20M)", param, ctx)
        return size


_SIZE = _Size()


def _allow_outside(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        os.environ["COPYDESK_ALLOW_OUTSIDE_PATHS"] = "1"  # read where configs are loaded (lint.config)
    return value


class _Group(click.Group):
    """Every command's way out (lint.command.guarded): a user's mistake exits 2
    (said where it is raised), Ctrl-C 130, a bug in copydesk 3."""

    def invoke(self, ctx: click.Context):
        return guarded(functools.partial(super().invoke, ctx), debug=lambda: bool(ctx.meta.get("verbose")),
                       passthrough=(click.exceptions.Exit, click.exceptions.ClickException, click.exceptions.Abort))


def _verbose(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta["verbose"] = True
    return value


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="copydesk", message="%(prog)s %(version)s")
@click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_verbose, is_eager=True,
              help="On an internal error, print the traceback.")
def main() -> None:
    """copydesk: an editorial quality linter for news drafts.

    \b
    Examples:
      copydesk check drafts/                 check every draft in a folder
      copydesk check story.md --format json  diagnostics for machines
      copydesk rules                         list every rule
      copydesk explain sentence-case         what a rule checks, with examples

    \b
    Configure it with a .copydesk.yaml file; the nearest one above each draft
    applies. For example:
      rules:
        sentence-case: error            # off | suggestion | warning | error
        truncated-ending: {min_words: 8, fix: false}
      exclude: ["archive/**"]
      rule_folders: [styles]            # the newsroom's own rules
    `copydesk rules` lists the rules and `copydesk explain RULE` their options.

    \b
    Exit codes: 0 clean, 1 findings, 2 a usage, config or input error,
    3 a bug in copydesk, 130 interrupted.
    """


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(OUTPUT_FORMATS), default="text",
              show_default=True,
              help="text for people; json for scripts; sarif for GitHub code scanning; github for Actions "
                   "annotations; junit for test reports; codeclimate for GitLab Code Quality; html for a "
                   "self-contained page that shows each draft with its problems highlighted (use -o page.html).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="warning", show_default=True,
              help="Exit 1 when a diagnostic at or above this severity is found.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of the nearest .copydesk.yaml.")
@click.option("--as-of", type=_Date(),
              help="The article's date for date-aware rules (default: front matter date, config as_of, today).")
@click.option("--select", multiple=True, callback=_rule_list, metavar="RULE,...",
              help="Run only these rules (turns on rules that are off by default).")
@click.option("--ignore", multiple=True, callback=_rule_list, metavar="RULE,...",
              help="Do not run these rules.")
@click.option("--stdin-filename", metavar="NAME",
              help="Name to report for '-' (standard input); its extension sets the format.")
@click.option("-q", "--quiet", is_flag=True,
              help="Show only diagnostics that fail the run, no summary and no warnings.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option("--max-warnings", type=click.IntRange(min=0), metavar="N",
              help="Also exit 1 when there are more than N warnings.")
@click.option("--statistics", is_flag=True, help="After the report, count the findings per rule.")
@click.option("--grammar/--no-grammar", default=None,
              help="Turn the LanguageTool `grammar` rule on or off, whatever the config says.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Report only findings that are not in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Record today's findings in FILE, for --baseline later.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Check files in N worker processes (default: one per core, once there is enough text to "
                   "pay for them; output is the same as a serial run).")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on stderr for a long run (only on a terminal, never in CI or when piped).")
@click.option("--gitignore/--no-gitignore", default=True, show_default=True,
              help="When walking folders inside a git work tree, leave out the files git ignores.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse the results of drafts checked before with the same config, rules and copydesk, "
                   "and the parsed config and rule files (kept in .copydesk_cache/ at the project root). "
                   "Compiled patterns are kept apart, in the user's cache folder, whatever this says "
                   "(COPYDESK_PATTERN_CACHE=off turns that off).")
@click.option("--fix", is_flag=True,
              help="Apply the safe fixes (a space, a capital, a/an, a house spelling), write the files, then "
                   "report what remains. On '-', print the fixed text and report on stderr.")
@click.option("--diff", is_flag=True,
              help="Print what --fix would change as a unified diff and write nothing; exit 1 if anything would.")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff, also the fixes that delete or reword text (boilerplate blocks, "
                   "repeated paragraphs, \"former\"). Review them.")
@click.option("--print-config", "print_config", type=click.Path(path_type=Path), metavar="PATH",
              help="Print the effective config for the draft PATH (JSON: every rule's severity, options and "
                   "where each came from) and exit.")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the report to FILE instead of standard output (messages stay on stderr).")
@click.option("--max-file-size", "max_bytes", type=_SIZE, default="10M", show_default=True, metavar="SIZE",
              help="Refuse drafts larger than this (bytes, or with K or M: 500K, 20M).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60, show_default=True,
              metavar="SECONDS", help="Give up on a draft that takes longer than this (an error for that file).")
@click.option("--allow-outside-paths", is_flag=True, expose_value=False, callback=_allow_outside,
              help="Let configs name files and folders outside the project (the git work tree).")
@click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_verbose,
              help="On an internal error, print the traceback.")
def check(paths, grammar, **options):
    """Check drafts for editorial problems.

    PATHS are files, folders (walked for .md, .markdown, .txt, .html and .htm
    drafts, hidden and vendored folders skipped) or '-' for standard input; the
    default is the current folder.

    \b
    Exit codes:
      0    nothing at or above --fail-on
      1    findings at or above --fail-on
      2    usage, config or input error (an input error wins over findings)
      3    internal error: a bug in copydesk, never a verdict on the drafts
      130  interrupted (Ctrl-C)
    """
    if options["unsafe_fixes"] and not (options["fix"] or options["diff"]):
        raise click.UsageError("--unsafe-fixes goes with --fix or --diff")
    options["select"] = options["select"] or None  # click gives () when the option is absent
    options["ignore"] = tuple(options["ignore"] or ())
    if grammar is not None:  # the grammar rule, on or off like any rule named on the command line
        key = "enable" if grammar else "ignore"
        options[key] = (*options.get(key, ()), GRAMMAR_RULE)
    output_file = options.pop("output_file")
    print_config = options.pop("print_config")
    if print_config is not None:
        return _print_config(print_config, options["config_file"])
    stdout = sys.stdout
    try:
        if output_file is not None:
            try:
                sys.stdout = open(output_file, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
            except OSError as exc:
                raise click.BadParameter(f"cannot write {output_file}: {exc.strerror or exc}",
                                         param_hint="'--output-file'") from None
        code = execute(paths, options, to_file=output_file is not None)
    finally:
        if sys.stdout is not stdout:
            sys.stdout.close()
            sys.stdout = stdout
    sys.exit(code)


@main.command(short_help="Check a whole archive on Dask: findings as Parquet, a summary, an HTML report.")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for findings.parquet (or .jsonl), summary.json and the finished partitions.")
@click.option("--out-format", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True)
@click.option("--as-of", type=_Date(), help="Judge every article as of this date (or today) instead of its own.")
@click.option("--scheduler", metavar="ADDRESS", help="An existing Dask scheduler (default: a local cluster).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Also write an HTML report here.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of the nearest .copydesk.yaml.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="Read FIELD (id, body, format, published, title, url, section) from column NAME.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Workers of the local cluster (default: one per core); not with --scheduler.")
@click.option("--progress/--no-progress", default=True, help="A progress bar on a terminal.")
def audit(source, out, out_format, as_of, scheduler, report, config_file, columns, workers, progress):
    """Check a whole archive of articles on Dask.

    SOURCE is a folder of drafts, a JSON Lines file, or a Parquet file or
    dataset with the columns id, body and optionally format, published (or
    date), title, url and section (--column maps other names). Each article
    is checked as of its own publication date unless --as-of is given
    (--as-of today: what is stale now). Findings go to OUT/findings.parquet
    (one row per diagnostic, with the article's id), counts to
    OUT/summary.json; an interrupted audit resumes where it stopped. Needs
    the audit extra: pip install 'copydesk[audit]'.
    """
    from .run.audit import DEFAULT_COLUMNS, AuditOptions
    from .run.audit import audit as run_audit

    mapping = dict(DEFAULT_COLUMNS)
    for item in columns:
        name, _, column = item.partition("=")
        if name not in mapping or not column:
            raise click.BadParameter(f"'{item}': write FIELD=COLUMN, FIELD one of {', '.join(mapping)}",
                                     param_hint="'--column'")
        mapping[name] = column
    try:
        summary = run_audit(AuditOptions(source, out, out_format, as_of, scheduler, report, mapping, config_file,
                                         progress=progress, workers=workers))
    except _user_errors() as exc:
        _fail(exc)
    click.echo(f"copydesk: {summary['articles']} articles, {summary['total_findings']} findings, "
               f"{summary['failures']} failures; written to {out}", err=True)


@main.command("rules", short_help="List every rule with its severity, whether it is on, and its fix.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of the nearest .copydesk.yaml.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for scripts.")
def list_rules(config_file, output_format):
    """List every rule: id, severity, whether it is on, its fix, and a summary.

    SEVERITY and ON are what the .copydesk.yaml that applies in the current
    folder makes of them (or the defaults, without one). FIX is safe (applied
    by check --fix), unsafe (only with --fix --unsafe-fixes) or - (none).
    """
    from .checks import KINDS
    from .config import OFF, Resolver

    try:
        config = Resolver(config_file).for_file(None)
        specs = config.rulebook.all()
    except _user_errors() as exc:
        _fail(exc)
    rows = []
    for spec in specs:
        setting = config.rules.get(spec.id)
        severity = setting.severity if setting and setting.severity else None
        on = spec.enabled if severity is None else severity != OFF
        fix = spec.fix if KINDS[spec.kind].fixes and not (setting and setting.fix is False) else None
        rows.append({"id": spec.id, "severity": severity if severity not in (None, OFF) else spec.severity,
                     "on": on, "fix": fix, "kind": spec.kind, "builtin": spec.builtin, "summary": spec.summary})
    if output_format == "json":
        import json

        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max(len(s.id) for s in specs)
    click.echo(f"{'RULE':<{width}}  {'SEVERITY':<10}  {'ON':<3}  {'FIX':<6}  SUMMARY")
    for row in rows:
        click.echo(f"{row['id']:<{width}}  {row['severity']:<10}  {'yes' if row['on'] else 'no':<3}  "
                   f"{row['fix'] or '-':<6}  {row['summary']}")


@main.command(short_help="Explain a rule: what it checks, why, its options, its fix, and examples.")
@click.argument("rule")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Use this config file instead of the nearest .copydesk.yaml.")
def explain(rule, config_file):
    """Explain a rule: what it checks, why, its options, and examples."""
    from .explain import explain as render

    try:
        click.echo(render(rule, config_file))
    except _user_errors() as exc:
        _fail(exc)


@main.command("new-rule", short_help="Write a commented template for a newsroom rule.")
@click.argument("kind")
@click.argument("name")
@click.option("--folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Where to write NAME.yaml (a rule folder of your config).")
def new_rule(kind, name, folder):
    """Write a commented template for a house rule of check kind KIND.

    \b
    Kinds with templates: existence, substitution, consistency, limit,
    capitalization, boilerplate. Then add the folder to rule_folders in
    .copydesk.yaml and run: copydesk test-rules FOLDER
    """
    from .ruletools import new_rule as write

    try:
        path = write(kind, name, folder)
    except _user_errors() as exc:
        _fail(exc)
    click.echo(f"Wrote {path}: edit it, then run copydesk test-rules {folder}")


@main.command("test-rules", short_help="Run the examples of every rule in a folder as tests.")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
def test_rules(folder):
    """Check that every rule in FOLDER flags its bad examples and none of its
    good ones (default: the rule folders of the current .copydesk.yaml).
    Exits 1 when an example fails, 2 when a rule file is invalid."""
    from .config import Resolver
    from .ruletools import test_rules as run_examples

    try:
        folders = [folder] if folder else list(Resolver().for_file(None).rule_folders)
        if not folders:
            raise _user_errors()("no FOLDER given and no rule_folders in .copydesk.yaml")
        results = [r for f in folders for r in run_examples(f)]
    except _user_errors() as exc:
        _fail(exc)
    failed = 0
    for result in results:
        if result.failures:
            failed += 1
            click.echo(f"FAIL {result.rule}")
            for failure in result.failures:
                click.echo(f"  - {failure}")
        else:
            click.echo(f"ok   {result.rule} ({result.bad} bad, {result.good} good examples)")
    click.echo(f"{len(results) - failed} of {len(results)} rules pass their examples")
    sys.exit(1 if failed else 0)


def _print_config(path: Path, config_file: Path | None) -> None:
    """The config that applies to `path`, and where each value came from."""
    import json

    from .checks import KINDS
    from .config import OFF, Resolver

    try:
        config = Resolver(config_file).for_file(path)
        matched, settings = config.settings_for(config.relative(path))
        rules = {}
        for spec in config.rulebook.all():
            setting = settings.get(spec.id)
            origin = "default" if setting is None else (
                f"override {matched[-1] + 1}" if any(spec.id in config.overrides[i].rules for i in matched)
                else str(config.path or "config"))
            severity = setting.severity if setting and setting.severity else None
            rules[spec.id] = {
                "on": spec.enabled if severity is None else severity != OFF,
                "severity": severity if severity not in (None, OFF) else spec.severity,
                "fix": (spec.fix if not (setting and setting.fix is False) else None) if KINDS[spec.kind].fixes
                else None,
                "options": {k: v for k, v in (setting.options.items() if setting else ())},
                "from": origin,
                "rule_file": str(spec.source),
            }
    except _user_errors() as exc:
        _fail(exc)
    click.echo(json.dumps({
        "path": str(path), "config_file": str(config.path) if config.path else None,
        "language": config.language, "as_of": config.as_of.isoformat() if config.as_of else None,
        "rule_folders": [str(f) for f in config.rule_folders], "vocabulary": sorted(config.vocabulary),
        "overrides_applied": [i + 1 for i in matched], "rules": rules}, indent=2, ensure_ascii=False, default=str))
    sys.exit(0)


def _user_errors():
    from .errors import UserError

    return UserError


def _fail(exc: Exception) -> None:
    sys.exit(report_error(exc))
