"""The `languagetool` kind: grammar and spelling through LanguageTool.

One request per document, of its prose only: code, URLs, markup, front-matter
keys, boilerplate and other non-prose regions are blanked, so LanguageTool never
sees them and its offsets map back exactly. Each match becomes a diagnostic
`grammar/<LanguageTool rule id>` with LanguageTool's message; replacements are
listed, and offered as a fix only when there is exactly one and the rule is on
the safe list. Spelling matches on words in the newsroom's vocabulary are
dropped. Severity follows the category (see the rule's `categories` option).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import SEVERITIES, Edit, Finding, Fix
from ..errors import ParameterError, RuleFailed
from ..model.types import BOILERPLATE, OPAQUE, PROSE_KINDS
from ..record import Record
from .contract import BOOL, MAPPING, NUMBER, TEXT, TEXTS, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document  # the client (urllib, threads) loads only when the rule is on
    from .languagetool_client import Client, LocalServer

_SENT_KINDS = PROSE_KINDS | {"dateline", "byline"}


class Grammar(Record):
    FIELDS = ("client", "severities", "safe_fixes", "server", "language")

    def __init__(self, client: Client, severities: dict[str, str], safe_fixes: frozenset[str],
                 server: LocalServer | None = None, language: str | None = None) -> None:
        self.client, self.severities, self.safe_fixes, self.server = client, severities, safe_fixes, server
        self.language = language  # None: each draft's config language

    def close(self) -> None:
        if self.server is not None:
            self.server.close()


def prepare(params: dict) -> Grammar:
    from .languagetool_client import Client, LocalServer, default_cache_dir

    severities = params["categories"]
    for sub, rule_id in params["defer_to"].items():
        if not isinstance(rule_id, str):
            raise ParameterError(f"defer_to '{sub}' must name a copydesk rule", "defer_to", sub)
    timeout = params["timeout"]
    fields = {"language": params["language"] or "en-US"}  # a null language follows each draft's config
    # Masking leaves runs of spaces; LanguageTool's whitespace rule must not see them as errors.
    disabled = ["WHITESPACE_RULE", *params["disabled_rules"]]
    fields["disabledRules"] = ",".join(dict.fromkeys(disabled))
    for key, field in (("enabled_categories", "enabledCategories"), ("disabled_categories", "disabledCategories")):
        if params[key]:
            fields[field] = ",".join(params[key])
    if params["picky"]:
        fields["level"] = "picky"
    server = None
    url = params["server"]
    if not url:
        server = LocalServer(fields["language"])
        url = server.url
    cache = default_cache_dir() if params["cache"] else None
    client = Client(url, float(timeout), fields, cache)
    client.version()  # fail early and clearly when the server does not answer
    severities = {str(k).upper(): v for k, v in severities.items()}
    return Grammar(client, severities, frozenset(params["safe_fixes"]), server, params["language"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    from .languagetool_client import RequestFailed

    grammar: Grammar = rule.state
    text = _prose_only(doc)
    if not text.strip():
        return
    try:
        matches = grammar.client.check(text, language=grammar.language or ctx.language)
    except RequestFailed as exc:
        raise RuleFailed(str(exc)) from None
    vocabulary = {w.lower() for w in ctx.vocabulary}
    for m in matches:
        start, end = m["offset"], m["offset"] + m["length"]
        if end <= start or end > len(text):
            continue
        spelling = m["issue_type"] == "misspelling" or m["category"] == "TYPOS"
        if spelling and doc.text[start:end].lower() in vocabulary:
            continue  # a name or term the newsroom accepts
        severity = grammar.severities.get(m["category"]) or ("suggestion" if spelling or m["category"] not in (
            "GRAMMAR", "PUNCTUATION", "CONFUSED_WORDS") else "warning")
        replacements = m["replacements"][:5]
        message = m["message"] + (f" (suggested: {', '.join(replacements)})" if replacements else "")
        fix = None
        if len(m["replacements"]) == 1 and m["rule"] in grammar.safe_fixes:
            fix = Fix(f'Replace with "{replacements[0]}"', (Edit(start, end, replacements[0]),))
        yield Finding(start, end, message, fix, severity=severity, rule=f"{rule.id}/{m['rule']}")


def _prose_only(doc) -> str:
    """The masked text with everything but prose regions blanked (same length)."""
    chars = [" " if c != "\n" else "\n" for c in doc.masked]
    for region in doc.regions:
        if region.kind in _SENT_KINDS and region.kind != BOILERPLATE:
            chars[region.start:region.end] = doc.masked[region.start:region.end]
    return "".join(chars).replace(OPAQUE, " ")


KIND = Kind("languagetool", check, fixes=True, prepare=prepare, fields=frozenset({"message"}), waits=True, params={
    "server": Param(TEXT, None, nullable=True),
    "language": Param(TEXT, None, nullable=True),  # null: the config's language
    "timeout": Param(NUMBER, 30, minimum=0.1),
    "cache": Param(BOOL, True),
    "categories": Param(MAPPING, {}, values=SEVERITIES),  # LanguageTool category -> severity
    "safe_fixes": Param(TEXTS, []),
    "enabled_categories": Param(TEXTS, []),
    "disabled_categories": Param(TEXTS, []),
    "disabled_rules": Param(TEXTS, []),
    "picky": Param(BOOL, False),
    "defer_to": Param(MAPPING, {}),
})
