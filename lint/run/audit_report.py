"""`copydesk audit --report FILE`: one self-contained HTML page for a standards
desk: totals, findings per rule, per section and per month of publication as
inline SVG bar charts, the articles with the most findings, and stale titles
by person. No scripts, no network; everything from the archive is escaped and
only http(s) urls become links."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import Any

from ..reporters.html_report import STYLE

_NAME_AT_END = re.compile(r"((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]+)\W*$")


class Tally:
    """What the report shows, counted as the rows go by (an archive's rows need
    not fit in memory at once)."""

    def __init__(self) -> None:
        self.by_rule: Counter[str] = Counter()
        self.by_section: Counter[str] = Counter()
        self.by_month: Counter[str] = Counter()
        self.by_article: Counter[str] = Counter()
        self.urls: dict[str, Any] = {}
        self.stale: dict[str, list[str]] = defaultdict(list)  # person -> articles with a stale title
        self.failures = 0

    def add(self, rows: list[dict[str, Any]]) -> None:
        for r in rows:
            if "rule" not in r:
                self.failures += "failure" in r
                continue
            self.by_rule[r["rule"]] += 1
            self.by_section[r.get("section") or "(no section)"] += 1
            self.by_month[(r.get("published") or "")[:7] or "(no date)"] += 1
            self.by_article[r["article"]] += 1
            if r.get("url"):
                self.urls[r["article"]] = r["url"]
            if r["rule"] == "title-accuracy":
                m = _NAME_AT_END.search(r.get("text") or "")
                self.stale[m.group(1) if m else (r.get("text") or "?")].append(r["article"])


def write_report(path: Path, summary: dict[str, Any], tally: Tally) -> None:
    path.write_text(render(summary, tally), encoding="utf-8")


def render(summary: dict[str, Any], tally: Tally) -> str:
    by_rule, by_section, by_month, by_article = tally.by_rule, tally.by_section, tally.by_month, tally.by_article
    urls, stale = tally.urls, tally.stale
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        "<title>copydesk audit</title>", f"<style>{STYLE}{_EXTRA}</style>", "</head>", "<body>",
        '<header class="page"><h1>copydesk audit</h1>'
        f"<p>{summary['articles']} articles, {summary['total_findings']} findings, {summary['failures']} "
        f"failures; as of {escape(str(summary['as_of']))}; source {escape(summary['source'])}</p></header>",
        '<main class="audit">',
        _chart("Findings per rule", by_rule.most_common()),
        _chart("Findings per section", by_section.most_common(20)),
        _chart("Findings per month of publication", sorted(by_month.items())),
        _top(by_article.most_common(25), urls),
        _stale(stale, urls),
        "</main>", "</body>", "</html>",
    ]
    return "\n".join(parts)


_EXTRA = """
main.audit { margin: 24px 28px; display: grid; gap: 24px; }
main.audit section { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 12px 20px 16px; }
main.audit h2 { font-size: 16px; margin: 4px 0 10px; }
svg text { font: 12px system-ui, sans-serif; fill: #1d1d1f; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; }
"""


def _chart(title: str, items: list[tuple[str, int]]) -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return f"<section><h2>{escape(title)}</h2><p>None.</p></section>"
    top = max(count for _, count in items)
    width, label, bar_h = 760, 230, 22
    out = [f"<section><h2>{escape(title)}</h2>",
           f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{len(items) * bar_h + 4}" '
           f'viewBox="0 0 {width} {len(items) * bar_h + 4}">']
    for i, (name, count) in enumerate(items):
        y = i * bar_h
        length = max(1, int((width - label - 60) * count / top))
        out.append(f'<text x="{label - 8}" y="{y + 15}" text-anchor="end">{escape(str(name)[:34])}</text>'
                   f'<rect x="{label}" y="{y + 3}" width="{length}" height="{bar_h - 7}" fill="#8a5a00" rx="2"/>'
                   f'<text x="{label + length + 6}" y="{y + 15}">{count}</text>')
    out += ["</svg>", "</section>"]
    return "\n".join(out)


def _link(article: str, url: Any) -> str:
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{escape(article)}</a>'
    return escape(article)


def _top(items: list[tuple[str, int]], urls: dict) -> str:
    rows = "".join(f"<tr><td>{_link(a, urls.get(a))}</td><td>{n}</td></tr>" for a, n in items)
    return ("<section><h2>Articles with the most findings</h2>"
            f"<table><tr><th>article</th><th>findings</th></tr>{rows}</table></section>")


def _stale(stale: dict[str, list[str]], urls: dict) -> str:
    if not stale:
        return "<section><h2>Stale titles by person</h2><p>None.</p></section>"
    out = ["<section><h2>Stale titles by person</h2><table><tr><th>person</th><th>mentions</th>"
           "<th>articles</th></tr>"]
    for person, found in sorted(stale.items(), key=lambda item: -len(item[1])):
        articles = sorted(set(found))
        shown = ", ".join(_link(a, urls.get(a)) for a in articles[:10])
        more = f" and {len(articles) - 10} more" if len(articles) > 10 else ""
        out.append(f"<tr><td>{escape(person)}</td><td>{len(found)}</td><td>{shown}{more}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)
