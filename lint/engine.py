"""The engine: chooses the rules for a file, parses it once, runs the rules over
the Document and turns their findings into sorted diagnostics whose fixes never
touch the same characters.

What every rule needs is done here, once, whatever its kind: parameters are
validated against the kind's schema, findings outside the rule's scopes, inside
quotations (unless the rule reads them) or in page residue are dropped, the
article's date is worked out and stamped on the diagnostics of dated kinds,
suppressions apply, and a rule whose pattern runs away is stopped and reported
once per run. No rule id is named here: rules are chosen by what their kind
declares.
"""

from __future__ import annotations

import atexit
import bisect
import datetime as dt
import itertools
import threading
import time
from collections.abc import Sequence
from typing import Any

from . import suppressions
from .by_object import ByObject
from .checks import KINDS
from .checks.contract import ActiveRule, Context
from .checks.phrases import SHIPPED
from .config import OFF, Config, parse_date
from .diagnostics import RANK, Diagnostic, Edit, Finding, Fix
from .errors import CheckTimeout, ConfigError, ParameterError, RuleFailed, RuleTimeout, closest
from .formats import parse
from .model.dates import stated_date
from .model.document import Document
from .model.layout import OPENER, RESIDUE, BoilerplateMatcher
from .model.types import BOILERPLATE, FIELD, HEADING, INVALID_SUPPRESSION, PARAGRAPH, UNUSED_SUPPRESSION
from .record import Record
from .rulebook import Rulebook
from .rulespec import RuleSpec

DATE_FIELDS = ("date", "published", "pubDate")
# What check kinds prepared from their parameters (compiled phrase lists, the
# registry), kept for the process: library users check many texts in a row.
_PREPARED: dict[tuple, Any] = {}
# Drafts may be checked on several threads (while LanguageTool answers): rules are
# chosen and prepared under this lock, so a service starts once.
_LOCK = threading.RLock()

__all__ = ["Context", "Engine", "settle"]


class RuleSet(Record):
    FIELDS = ("rules", "residue", "residue_rules", "problems")

    def __init__(self, rules: list[ActiveRule], residue: BoilerplateMatcher | None, residue_rules: list[str],
                 problems: dict[str, ActiveRule]) -> None:
        self.rules = rules
        self.residue = residue  # what tells the Document which paragraphs are page residue
        self.residue_rules = residue_rules  # the rules whose phrase lists make up `residue`
        self.problems = problems  # input problem class -> the rule that reports it


class Engine:
    def __init__(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
        as_of: dt.date | None = None,
        enable: Sequence[str] = (),
        time_limit: float | None = None,
    ) -> None:
        self.select = frozenset(select) if select is not None else None
        # Seconds a draft may take, checked between rules: a check is never cut
        # off half-way (the library is also called from threads), so a rule that
        # runs away alone is stopped by its own pattern limit instead.
        self.time_limit = time_limit
        self.ignore = frozenset(ignore)
        self.enable = frozenset(enable)  # rules turned on whatever the config says (--grammar)
        self.as_of = as_of
        self._rulesets: ByObject[RuleSet] = ByObject()
        self.errors: list[str] = []  # rules that could not finish, as one-line reasons
        self.notices: list[str] = []  # drafts skipped on purpose (not in English), as one-line reasons
        self._stopped: set[str] = set()  # rules stopped for the rest of the run (a runaway pattern)

    # -- choosing rules ----------------------------------------------------------

    def rules_for(self, config: Config, rel: str | None) -> RuleSet:
        matched, settings = config.settings_for(rel)
        with _LOCK:
            return self._rulesets.get(config, lambda: self._build(config, settings), matched)

    def _wanted(self, rulebook: Rulebook, rule_id: str, severity: str | None) -> bool:
        if rule_id in self.ignore:
            return False
        if self.select is not None:
            return rule_id in self.select
        if rule_id in self.enable:
            return True
        if severity is not None:
            return severity != OFF
        return rulebook.enabled_by_default(rule_id)  # an off rule's file is not even parsed

    def _build(self, config: Config, settings: dict) -> RuleSet:
        rulebook = config.rulebook
        active: list[ActiveRule] = []
        for rule_id in rulebook.ids():
            setting = settings.get(rule_id)
            severity = setting.severity if setting else None
            if not self._wanted(rulebook, rule_id, severity):
                continue
            spec = rulebook.get(rule_id)
            if spec.locale is not None and spec.locale != config.language:
                continue
            if severity in (None, OFF):
                severity = spec.severity
            params = {**spec.parameters, **(setting.options if setting else {})}
            fixes = not (setting and setting.fix is False)
            active.append(self._activate(spec, severity, params, fixes))
        # Page residue is kept out of every rule even when its report is off.
        residue = [r for r in active if r.kind.classifies_residue]
        on = {r.id for r in active}
        for rule_id in rulebook.ids():
            if rule_id not in on and rulebook.kind_name(rule_id) in _RESIDUE_KINDS:
                spec = rulebook.get(rule_id)
                residue.append(self._activate(spec, spec.severity, dict(spec.parameters)))
        problems = {r.state: r for r in active if r.kind.input_problems}
        matcher = _AnyMatcher([r.state for r in residue]) if residue else None
        return RuleSet(active, matcher, [r.id for r in residue], problems)

    def _activate(self, spec: RuleSpec, severity: str, params: dict, fixes: bool = True) -> ActiveRule:
        kind = KINDS[spec.kind]
        key = (spec.source, spec.kind, repr(sorted(params.items())))
        if key not in _PREPARED:
            # Patterns as shipped in a built-in rule file run without the time limit's cost.
            shipped = spec.builtin and all(params.get(name) is spec.parameters.get(name) for name in params)
            token = SHIPPED.set(shipped)
            try:
                params = kind.validate(params, compile_patterns=False)  # checked where they were written
                _PREPARED[key] = (params, kind.prepare(params) if kind.prepare else params)
            except ParameterError as exc:
                raise ConfigError(f"rule '{spec.id}': {exc}", spec.source,
                                  spec.line_of("parameters", *exc.where) if exc.where else None) from None
            finally:
                SHIPPED.reset(token)
            state = _PREPARED[key][1]
            if hasattr(state, "close"):  # a service, such as a local LanguageTool
                atexit.register(state.close)
        params, state = _PREPARED[key]
        return ActiveRule(spec, kind, severity, params, state, spec.fix if fixes and kind.fixes else None)

    def waits(self, config: Config) -> bool:
        """Does any rule for this config wait on a service?"""
        return any(r.kind.waits for r in self.rules_for(config, None).rules)

    # -- checking ----------------------------------------------------------------

    def check(self, text: str, *, format: str, config: Config, path: str | None = None,
              rel: str | None = None) -> list[Diagnostic]:
        """Diagnostics for one document; `path` is what they report, `rel` the
        path relative to the config's folder (for overrides)."""
        return self.run(text, format=format, config=config, path=path, rel=rel)[1]

    def run(self, text: str, *, format: str, config: Config, path: str | None = None,
            rel: str | None = None) -> tuple[Document, list[Diagnostic]]:
        deadline = time.monotonic() + self.time_limit if self.time_limit else None
        ruleset = self.rules_for(config, rel)
        residue = None if self._stopped.intersection(ruleset.residue_rules) else ruleset.residue
        try:
            doc = parse(text, format, residue)
        except RuleTimeout as exc:  # a residue pattern ran away: drafts are read without residue from now on
            self._stop(ruleset.residue_rules, path, exc)
            doc = parse(text, format, None)
        if doc.lang is not None and not doc.lang.lower().startswith("en"):
            self.notices.append(f"{path or '<text>'}: skipped: the draft says it is in '{doc.lang}', "
                                "and copydesk checks English")
            return doc, []
        ctx = self._context(doc, config)
        report = _Reporter(self, doc, ruleset, path, ctx)
        for p in doc.problems:
            report.problem(p.kind, p.start, p.end, p.message, in_source=False)
        off = self._front_matter_disables(doc, config, report)
        for rule in ruleset.rules:
            if rule.kind.input_problems or rule.id in off or rule.id in self._stopped:
                continue
            if deadline is not None and time.monotonic() > deadline:
                raise CheckTimeout(f"timeout: checking took more than {self.time_limit:g} s and was stopped "
                                   f"before rule '{rule.id}' (raise --timeout, or split the draft)")
            try:
                for finding in rule.kind.check(doc, rule, ctx):
                    if self._in_scope(doc, rule, finding):
                        report.add(rule, finding)
            except RuleFailed as exc:  # the other rules still run; the run exits 2
                if isinstance(exc, RuleTimeout):  # it would run away on the next draft too
                    self._stop([rule.id], path, exc)
                else:
                    self.errors.append(f"{path or '<text>'}: rule '{rule.id}' stopped: {exc}")
        diagnostics = _drop_in_copies(_drop_deferred(report.out, ruleset.rules), ruleset.rules)
        if "copydesk-" in doc.source:
            diagnostics = self._suppress(doc, config, report, diagnostics)
        return doc, settle(diagnostics)

    def _stop(self, rule_ids: list[str], path: str | None, exc: Exception) -> None:
        """Stop rules for the rest of the run, and say so once."""
        if self._stopped.issuperset(rule_ids):
            return
        self._stopped.update(rule_ids)
        names = ", ".join(f"'{r}'" for r in rule_ids)
        self.errors.append(f"rule {names} stopped for this run at {path or '<text>'}: {exc}; simplify the pattern")

    def unreadable(self, problem: Any, *, config: Config, path: str | None, rel: str | None) -> list[Diagnostic]:
        """The diagnostic for a file that could not be read as text (an
        InputProblem with a class), through the rule that reports that class."""
        rule = self.rules_for(config, rel).problems.get(problem.kind)
        if rule is None:
            return []
        return [Diagnostic(path=path, line=problem.line, column=problem.column, end_line=problem.line,
                           end_column=problem.column + 1, offset=problem.offset, end_offset=problem.offset + 1,
                           rule=rule.id, severity=rule.severity, message=problem.message)]

    @staticmethod
    def _in_scope(doc: Document, rule: ActiveRule, finding: Finding) -> bool:
        """The engine's filter for every kind: the rule's scopes, quotations
        (reported as said unless the rule reads them), and page residue."""
        region = doc.region_at(finding.start)
        scopes = rule.scopes
        if region is None or region.kind not in scopes:
            return False
        if region is not None and region.kind == BOILERPLATE and BOILERPLATE not in scopes:
            return False
        if region.kind == FIELD and region.start in doc.headline_copies:
            return False  # the headline again: reported where the article shows it
        if region.kind == PARAGRAPH and HEADING not in scopes and region.start in doc.headline_echoes:
            return False  # the headline pasted into the body: display text, read as the headline is
        # (residue is the page's, never speech, even where a quotation runs on over it: '"We know ...' then "Most
        # Read" then '"This year ..."')
        return rule.spec.quotations or region.kind == BOILERPLATE or doc.quotation_at(finding.start) is None

    def _front_matter_disables(self, doc: Document, config: Config, report: _Reporter) -> set[str]:
        """Rules an article turns off in its front matter: copydesk: {disable: [RULE]}."""
        settings = doc.front_matter.get("copydesk")
        if settings is None:
            return set()
        names = settings.get("disable") if isinstance(settings, dict) else None
        if not isinstance(names, list):
            names = []
            report.problem(INVALID_SUPPRESSION, 0, 3, "front matter 'copydesk' takes {disable: [RULE, ...]}")
        for name in names:
            if name not in config.rulebook:
                report.problem(INVALID_SUPPRESSION, 0, 3, f"unknown rule '{name}' in the front matter's "
                               f"copydesk.disable{closest(name, config.rulebook.ids())}")
        return {n for n in names if isinstance(n, str)}

    def _suppress(self, doc: Document, config: Config, report: _Reporter,
                  diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        sup = suppressions.parse(doc.source, doc.format == "text", lambda o: doc.source_position(o)[0])
        kept = []
        for d in diagnostics:
            directive = sup.covering(d.rule, d.offset, d.line)
            if directive is None:
                kept.append(d)
            else:
                directive.used = True
        report.out = kept
        for directive in sup.directives:
            for name in sorted(directive.rules - {suppressions.ALL}):
                if name not in config.rulebook and name.partition("/")[0] not in config.rulebook:
                    report.problem(INVALID_SUPPRESSION, directive.start, directive.end,
                                   f"unknown rule '{name}' in copydesk-{directive.kind}"
                                   f"{closest(name, config.rulebook.ids())}")
            if not directive.used and directive.kind != "enable":
                what = "every rule" if suppressions.ALL in directive.rules else ", ".join(sorted(directive.rules))
                report.problem(UNUSED_SUPPRESSION, directive.start, directive.end,
                               f"copydesk-{directive.kind} ({what}) suppresses nothing here; remove it")
        return report.out

    def _context(self, doc: Document, config: Config) -> Context:
        as_of, source = self.as_of, "--as-of"
        if as_of is None:
            for name in DATE_FIELDS:
                as_of = parse_date(doc.front_matter.get(name))
                if as_of:
                    source = f"front matter '{name}'"
                    break
        if as_of is None and doc.page_date is not None:
            as_of = parse_date(doc.page_date[0])
            source = f"page's {doc.page_date[1]}"
        if as_of is None and (stated := stated_date(doc.text) or _stated_in_blocks(doc)) is not None:
            as_of, line = stated
            source = f'draft\'s date line "{line}"'
        if as_of is None and config.as_of is not None:
            as_of, source = config.as_of, "config as_of"
        if as_of is None:
            as_of, source = dt.date.today(), "today"
        return Context(as_of, source, config.vocabulary, config.language)


def _stated_in_blocks(doc: Document) -> tuple[dt.date, str] | None:
    """A page's date line read block by block, for a page saved on one line
    (a minified page): its markup blanked, the byline "By Jo Bell | May 2,
    2023" shares that line with the whole article."""
    if doc.format != "html":
        return None
    return stated_date("\n".join(doc.text[r.start:r.end] for r in doc.regions[:_HEAD_BLOCKS]))


_HEAD_BLOCKS = 25  # as many blocks as stated_date reads lines at the top of a draft


# Kinds whose prepared state classifies page residue, by name, so the rulebook
# can tell their rules apart without parsing rule files that are off.
_RESIDUE_KINDS = frozenset(name for name, kind in KINDS.items() if kind.classifies_residue)


class _Reporter:
    """Turns one document's findings into diagnostics in the file's own offsets."""

    def __init__(self, engine: Engine, doc: Document, ruleset: RuleSet, path: str | None, ctx: Context) -> None:
        self.doc, self.ruleset, self.path, self.ctx = doc, ruleset, path, ctx
        self.out: list[Diagnostic] = []

    def add(self, rule: ActiveRule, finding: Finding, in_source: bool = False) -> None:
        self.out.append(_diagnostic(self.doc, rule, finding, self.path, self.ctx, in_source))

    def problem(self, kind: str, start: int, end: int, message: str, in_source: bool = True) -> None:
        """An input problem, reported by the rule for its class when that rule is on."""
        rule = self.ruleset.problems.get(kind)
        if rule is not None:
            self.add(rule, Finding(start, end, message), in_source=in_source)


def _diagnostic(doc: Document, rule: ActiveRule, finding: Finding, path: str | None,
                ctx: Context, in_source: bool = False) -> Diagnostic:
    """A diagnostic in the file's own offsets, lines and columns; findings
    are in the Document's text unless `in_source`."""
    start, end = (finding.start, finding.end) if in_source else \
        (doc.to_source(finding.start), doc.to_source_end(finding.end))
    line, column = doc.source_position(start)
    end_line, end_column = doc.source_position(end)
    fix = finding.fix if rule.fix and _fix_in_prose(doc, finding.fix, in_source) else None
    if fix is not None and doc.offsets is not None and not in_source:
        edits = [_source_edit(doc, e) for e in fix.edits]
        fix = Fix(fix.description, tuple(e for e in edits if e is not None)) if None not in edits else None
    return Diagnostic(
        path=path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        offset=start,
        end_offset=end,
        rule=finding.rule or rule.id,
        severity=finding.severity if finding.severity and RANK[finding.severity] < RANK[rule.severity]
        else rule.severity,
        message=finding.message,
        as_of=ctx.as_of.isoformat() if rule.kind.dated else None,
        fix=fix,
        unsafe=rule.fix == "unsafe",
        source=(doc.source, start, end) if in_source else (doc.text, finding.start, finding.end),
    )


def _source_edit(doc: Document, edit: Edit) -> Edit | None:
    """An edit of the Document's text as an edit of the file. One that
    rewrites text must find that text as it is in the file (no tag or entity
    inside it); a deletion in HTML takes in the inline tags at its edges and
    must leave the tags it spans balanced ("<a href>headline</a>" goes whole).
    Else it is no fix."""
    assert doc.offsets is not None
    if edit.end_offset == edit.offset:
        return Edit(doc.to_source(edit.offset), doc.to_source(edit.offset), edit.text)
    start, end = doc.to_source(edit.offset), doc.to_source_end(edit.end_offset)
    if edit.text and doc.source[start:end] != doc.text[edit.offset:edit.end_offset]:
        return None  # the text it rewrites has markup or an entity inside ("the <b>.the"): left to the editor
    if doc.format == "html" and not edit.text:
        start, end = doc.offsets.widen(edit.offset, edit.end_offset, start, end)
        from .formats.html import balanced_tags  # only HTML deletions need it

        if not balanced_tags(doc.source, start, end):
            return None
    return Edit(start, end, edit.text)


def _fix_in_prose(doc: Document, fix: Fix | None, in_source: bool) -> bool:
    """Does a fix leave masked text alone (code, URLs, link targets, markup,
    front-matter keys)? An edit that writes text may not cover a masked
    character nor insert inside a masked run; one that deletes may remove
    whole runs (a boilerplate block with its links), except HTML markup."""
    if fix is None or in_source:
        return fix is not None and not in_source
    text, masked = doc.text, doc.masked
    for e in fix.edits:
        covered = masked[e.offset:e.end_offset]
        if covered != text[e.offset:e.end_offset]:
            if e.text or doc.format == "html":
                return False
        elif e.offset == e.end_offset and 0 < e.offset < len(text) and \
                masked[e.offset - 1] != text[e.offset - 1] and masked[e.offset] != text[e.offset]:
            return False
    return True


def _drop_deferred(diagnostics: list[Diagnostic], rules: list[ActiveRule]) -> list[Diagnostic]:
    """Where a rule that reports others' findings (grammar/<id>) and a copydesk
    rule flag the same span for the same problem, keep copydesk's: a rule's
    `defer_to` parameter maps sub-ids to the rule that wins."""
    deferring = {r.id: r.params.get("defer_to") for r in rules if isinstance(r.params.get("defer_to"), dict)}
    if not deferring:
        return diagnostics
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in diagnostics:
        spans.setdefault(d.rule, []).append((d.offset, d.end_offset))
    kept = []
    for d in diagnostics:
        owner, _, sub = d.rule.partition("/")
        winner = (deferring.get(owner) or {}).get(sub) if sub else None
        if winner and any(a < d.end_offset and d.offset < b or a == d.offset for a, b in spans.get(winner, ())):
            continue
        kept.append(d)
    return kept


def _drop_in_copies(diagnostics: list[Diagnostic], rules: list[ActiveRule]) -> list[Diagnostic]:
    """Text repeated in one article (a paragraph, a sentence, the headline
    pasted again) is reported as a copy by the rule that reports copies; a
    problem inside the copy that was already reported at the first, with the
    same message, is not reported again. One only the copy has stays ("next
    week,after" where the first reads "next week, after")."""
    copying = {r.id for r in rules if r.kind.reports_copies}
    copies = sorted((d.offset, d.end_offset) for d in diagnostics if d.rule in copying)
    if not copies:
        return diagnostics
    # Is a span inside a copy? The copies that start at or before it, by the furthest any of them reaches: a
    # search, not a scan of every copy for every diagnostic (a file of many pasted paragraphs has thousands).
    starts = [a for a, _ in copies]
    reach = list(itertools.accumulate((b for _, b in copies), max))
    kept, seen = [], set()
    for d in sorted(diagnostics, key=lambda d: d.offset):
        said = (d.rule, d.message)
        if d.rule not in copying and said in seen and \
                (i := bisect.bisect_right(starts, d.offset) - 1) >= 0 and reach[i] >= d.end_offset:
            continue
        seen.add(said)
        kept.append(d)
    return kept


def settle(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sort by position, and drop any fix that would touch characters an earlier
    fix already touches (the diagnostic itself stays). Safe fixes claim their
    characters first, so an unsafe one never costs a safe one its place."""
    diagnostics.sort(key=lambda d: (d.offset, d.end_offset, d.rule))
    claimed: list[tuple[int, int]] = []  # sorted, never overlapping
    for d in sorted(diagnostics, key=lambda d: d.unsafe):  # stable: by position within each
        if d.fix is None:
            continue
        spans = [(e.offset, e.end_offset) for e in d.fix.edits]
        if any(_collides(span, claimed) for span in spans):
            d.fix = None
        else:
            for span in spans:
                bisect.insort(claimed, span)
    return diagnostics


def _collides(span: tuple[int, int], claimed: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(claimed, span)
    return any(_touches(span, claimed[j]) for j in (i - 1, i) if 0 <= j < len(claimed))


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # an insertion collides with anything at its point
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


class _AnyMatcher:
    """Several boilerplate rules' matchers acting as one."""

    def __init__(self, matchers: list[BoilerplateMatcher]) -> None:
        self.matchers = matchers

    def classify(self, text: str) -> str | None:
        verdict = None
        for matcher in self.matchers:
            found = matcher.classify(text)
            if found == OPENER:
                return found
            if found == RESIDUE or verdict is None:  # residue to one rule outweighs a time stamp to another
                verdict = found
        return verdict

    def story_before(self, text: str, ends_page: bool = False) -> int | None:
        cuts = [cut for matcher in self.matchers if (cut := matcher.story_before(text, ends_page)) is not None]
        return min(cuts) if cuts and self.classify(text[:min(cuts)]) is None else None
