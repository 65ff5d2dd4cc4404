"""The engine: chooses the rules for a file, parses it once, runs the rules over
the Document and turns their findings into sorted diagnostics whose fixes never
touch the same characters."""

from __future__ import annotations

import atexit
import bisect
import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from . import suppressions
from .config import OFF, Config, parse_date
from .diagnostics import RANK, Diagnostic, Edit, Finding, Fix
from .errors import ConfigError, RuleFailed, RuleTimeout, UserError, closest
from .formats import parse
from .model.document import Document
from .model.layout import OPENER, BoilerplateMatcher
from .model.types import BOILERPLATE
from .rulebook import KINDS, Rulebook, RuleSpec

DATE_FIELDS = ("date", "published", "pubDate")
INPUT_KIND = "input"
GRAMMAR_RULE = "grammar"
# Check kinds whose verdict depends on the article's date; their diagnostics say which.
DATE_KINDS = frozenset({"title-accuracy"})
# What check kinds prepared from their parameters (compiled phrase lists, the
# registry), kept for the process: library users check many texts in a row.
_PREPARED: dict[tuple, Any] = {}
# Drafts may be checked on several threads (while LanguageTool answers): rules are
# chosen and prepared under this lock, so a service starts once.
_LOCK = threading.RLock()


@dataclass(frozen=True)
class Context:
    """What a rule may need beyond the Document."""

    as_of: dt.date
    as_of_source: str  # where the date came from: --as-of, front matter, config, today
    vocabulary: frozenset[str]
    language: str


@dataclass(frozen=True)
class ActiveRule:
    spec: RuleSpec
    severity: str
    params: dict[str, Any]
    state: Any  # what the check kind prepared from the parameters, once per run
    check: Callable[[Document, ActiveRule, Context], Iterable[Finding]]

    @property
    def id(self) -> str:
        return self.spec.id


class Engine:
    def __init__(
        self,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
        as_of: dt.date | None = None,
        grammar: bool | None = None,
    ) -> None:
        self.grammar = grammar  # --grammar / --no-grammar; None: the config decides
        self.select = frozenset(select) if select is not None else None
        self.ignore = frozenset(ignore)
        self.as_of = as_of
        self._rulesets: dict[tuple, tuple[list[ActiveRule], BoilerplateMatcher | None]] = {}
        self.errors: list[str] = []  # rules that could not finish, as one-line reasons

    def validate_ids(self, rulebook: Rulebook) -> None:
        for option, ids in (("--select", self.select or ()), ("--ignore", self.ignore)):
            for rule_id in sorted(ids):
                if rule_id not in rulebook:
                    raise UserError(f"{option}: unknown rule '{rule_id}'{closest(rule_id, rulebook.ids())}")

    # -- choosing rules ----------------------------------------------------------

    def rules_for(self, config: Config, rel: str | None) -> tuple[list[ActiveRule], BoilerplateMatcher | None]:
        matched, settings = config.settings_for(rel)
        key = (id(config), matched)
        with _LOCK:
            if key not in self._rulesets:
                self._rulesets[key] = self._build(config, settings)
            return self._rulesets[key]

    def _build(self, config: Config, settings: dict) -> tuple[list[ActiveRule], BoilerplateMatcher | None]:
        rulebook = config.rulebook
        active: list[ActiveRule] = []
        for rule_id in rulebook.ids():
            if rule_id in self.ignore or (self.select is not None and rule_id not in self.select):
                continue
            setting = settings.get(rule_id)
            severity = setting.severity if setting else None
            if rule_id == GRAMMAR_RULE:  # turned on by --grammar or the config's grammar: {enabled: true}
                wanted = self.grammar if self.grammar is not None else bool(config.grammar.get("enabled"))
                if not wanted and (self.select is None or rule_id not in self.select):
                    continue
            elif self.select is None:
                if severity == OFF or (severity is None and not rulebook.enabled_by_default(rule_id)):
                    continue  # an off rule's file is not even parsed
            spec = rulebook.get(rule_id)
            if spec.locale is not None and spec.locale != config.language:
                continue
            if severity in (None, OFF):
                severity = spec.severity
            params = {**spec.parameters, **(setting.options if setting else {})}
            if rule_id == GRAMMAR_RULE:
                params = {**params, "language": config.language,
                          **{k: v for k, v in config.grammar.items() if k != "enabled"}}
            check, state = self._prepare(spec, params)
            active.append(ActiveRule(spec, severity, params, state, check))
        # Page residue is kept out of every rule even when its report is off.
        matchers = [r.state for r in active if r.spec.kind == "boilerplate"]
        if "boilerplate" in rulebook and not any(r.id == "boilerplate" for r in active):
            spec = rulebook.get("boilerplate")
            matchers.append(self._prepare(spec, spec.parameters)[1])
        return active, _AnyMatcher(matchers) if matchers else None

    def _prepare(self, spec: RuleSpec, params: dict) -> tuple[Callable, Any]:
        module = import_module(f"lint.checks.{KINDS[spec.kind]}")
        key = (spec.source, spec.kind, repr(sorted(params.items())))
        if key not in _PREPARED:
            prepare = getattr(module, "prepare", None)
            try:
                _PREPARED[key] = prepare(params) if prepare else params
                if hasattr(_PREPARED[key], "close"):  # a service, such as a local LanguageTool
                    atexit.register(_PREPARED[key].close)
            except (ValueError, TypeError, KeyError) as exc:
                where = getattr(exc, "where", ())
                raise ConfigError(f"rule '{spec.id}': {exc}", spec.source,
                                  spec.line_of("parameters", *where) if where else None) from None
        return module.check, _PREPARED[key]

    # -- checking ----------------------------------------------------------------

    def check(self, text: str, *, format: str, config: Config, path: str | None = None,
              rel: str | None = None) -> list[Diagnostic]:
        """Diagnostics for one document; `path` is what they report, `rel` the
        path relative to the config's folder (for overrides)."""
        return self.run(text, format=format, config=config, path=path, rel=rel)[1]

    def run(self, text: str, *, format: str, config: Config, path: str | None = None,
            rel: str | None = None) -> tuple[Document, list[Diagnostic]]:
        rules, matcher = self.rules_for(config, rel)
        doc = parse(text, format, matcher)
        ctx = self._context(doc, config)
        by_id = {r.id: r for r in rules}
        diagnostics = [
            self._diagnostic(doc, by_id[p.rule], Finding(p.start, p.end, p.message), path, ctx)
            for p in doc.problems
            if p.rule in by_id
        ]
        off = self._front_matter_disables(doc, config, by_id, path, ctx, diagnostics)
        for rule in rules:
            if rule.spec.kind == INPUT_KIND or rule.id in off:
                continue
            try:
                for finding in rule.check(doc, rule, ctx):
                    if not rule.spec.quotations and doc.quotation_at(finding.start):
                        continue  # quoted speech is reported as said
                    region = doc.region_at(finding.start)
                    if region is not None and region.kind == BOILERPLATE and BOILERPLATE not in rule.spec.scopes:
                        continue
                    diagnostics.append(self._diagnostic(doc, rule, finding, path, ctx))
            except RuleFailed as exc:  # the other rules still run; the run exits 2
                advice = "; simplify the pattern" if isinstance(exc, RuleTimeout) else ""
                self.errors.append(f"{path or '<text>'}: rule '{rule.id}' stopped: {exc}{advice}")
        diagnostics = _drop_deferred(diagnostics, rules)
        if "copydesk-" in doc.source:
            diagnostics = self._suppress(doc, config, by_id, diagnostics, path, ctx)
        return doc, settle(diagnostics)

    def _front_matter_disables(self, doc, config, by_id, path, ctx, diagnostics) -> set[str]:
        """Rules an article turns off in its front matter: copydesk: {disable: [RULE]}."""
        settings = doc.front_matter.get("copydesk")
        if settings is None:
            return set()
        names = settings.get("disable") if isinstance(settings, dict) else None
        if not isinstance(names, list):
            names = []
            self._invalid(doc, by_id, 0, 3, "front matter 'copydesk' takes {disable: [RULE, ...]}", path, ctx,
                          diagnostics)
        for name in names:
            if name not in config.rulebook:
                self._invalid(doc, by_id, 0, 3, f"unknown rule '{name}' in the front matter's copydesk.disable"
                              f"{closest(name, config.rulebook.ids())}", path, ctx, diagnostics)
        return set(names)

    def _suppress(self, doc, config, by_id, diagnostics, path, ctx) -> list[Diagnostic]:
        sup = suppressions.parse(doc.source, doc.format == "text", lambda o: doc.source_position(o)[0])
        kept = []
        for d in diagnostics:
            directive = sup.covering(d.rule, d.offset, d.line)
            if directive is None:
                kept.append(d)
            else:
                directive.used = True
        for directive in sup.directives:
            for name in sorted(directive.rules - {suppressions.ALL}):
                if name not in config.rulebook and name.partition("/")[0] not in config.rulebook:
                    self._invalid(doc, by_id, directive.start, directive.end,
                                  f"unknown rule '{name}' in copydesk-{directive.kind}"
                                  f"{closest(name, config.rulebook.ids())}", path, ctx, kept, in_source=True)
            if not directive.used and directive.kind != "enable" and "unused-suppression" in by_id:
                what = "every rule" if suppressions.ALL in directive.rules else ", ".join(sorted(directive.rules))
                kept.append(self._diagnostic(doc, by_id["unused-suppression"], Finding(
                    directive.start, directive.end,
                    f"copydesk-{directive.kind} ({what}) suppresses nothing here; remove it"), path, ctx,
                    in_source=True))
        return kept

    def _invalid(self, doc, by_id, start, end, message, path, ctx, out, in_source=False) -> None:
        if "invalid-suppression" in by_id:
            out.append(self._diagnostic(doc, by_id["invalid-suppression"], Finding(start, end, message), path,
                                        ctx, in_source=in_source))

    def _context(self, doc: Document, config: Config) -> Context:
        as_of, source = self.as_of, "--as-of"
        if as_of is None:
            for name in DATE_FIELDS:
                as_of = parse_date(doc.front_matter.get(name))
                if as_of:
                    source = f"front matter '{name}'"
                    break
        if as_of is None and config.as_of is not None:
            as_of, source = config.as_of, "config as_of"
        if as_of is None:
            as_of, source = dt.date.today(), "today"
        return Context(as_of, source, config.vocabulary, config.language)

    @staticmethod
    def _diagnostic(doc: Document, rule: ActiveRule, finding: Finding, path: str | None,
                    ctx: Context, in_source: bool = False) -> Diagnostic:
        """A diagnostic in the file's own offsets, lines and columns; findings
        are in the Document's text unless `in_source`."""
        start, end = (finding.start, finding.end) if in_source else \
            (doc.to_source(finding.start), doc.to_source_end(finding.end))
        line, column = doc.source_position(start)
        end_line, end_column = doc.source_position(end)
        fix = finding.fix
        if fix is not None and doc.offsets is not None and not in_source:
            fix = Fix(fix.description, tuple(Edit(doc.to_source(e.offset), doc.to_source_end(e.end_offset)
                                                  if e.end_offset > e.offset else doc.to_source(e.offset), e.text)
                                             for e in fix.edits))
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
            as_of=ctx.as_of.isoformat() if rule.spec.kind in DATE_KINDS else None,
            fix=fix,
            context=_context(doc.source if in_source else doc.text,
                             *((start, end) if in_source else (finding.start, finding.end))),
        )


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
        winner = deferring.get(owner, {}).get(sub) if sub else None
        if winner and any(a < d.end_offset and d.offset < b or a == d.offset for a, b in spans.get(winner, ())):
            continue
        kept.append(d)
    return kept


def _context(text: str, start: int, end: int) -> str:
    """The flagged text with up to 24 characters around it on its own lines, for
    fingerprints that survive edits to other lines."""
    left = max(start - 24, text.rfind("\n", 0, start) + 1)
    right = text.find("\n", end)
    right = min(end + 24, right if right != -1 else len(text))
    return text[left:right]


def settle(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Sort by position, and drop any fix that would touch characters an earlier
    fix already touches (the diagnostic itself stays)."""
    diagnostics.sort(key=lambda d: (d.offset, d.end_offset, d.rule))
    claimed: list[tuple[int, int]] = []  # sorted, never overlapping
    for d in diagnostics:
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
            verdict = verdict or found
        return verdict
