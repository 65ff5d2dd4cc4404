"""A self-contained HTML page for editors who would rather look than read
`line:col` lists: each draft shown whole, its problems highlighted in the text
in severity colours, and the messages beside it, each with its rule (linked to
the rule's explanation at the foot of the page) and its fix, if any.

One file, no scripts, no network: it opens anywhere, from a CI artifact or an
email. Everything that comes from a draft or a rule is escaped; the page links
only to places inside itself.
"""

from __future__ import annotations

from html import escape
from itertools import islice
from typing import Any

from ..diagnostics import RANK

STYLE = """
:root { --error: #b3261e; --error-bg: #fbd9d6; --warning: #8a5a00; --warning-bg: #ffe8a8;
        --suggestion: #1a5fb4; --suggestion-bg: #d7e6fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
       background: #f4f4f2; }
header.page { padding: 16px 28px; background: #fff; border-bottom: 1px solid #ddd; }
header.page h1 { margin: 0; font-size: 20px; }
header.page p { margin: 4px 0 0; color: #555; }
section.draft { margin: 24px 28px; }
section.draft > h2 { font-size: 17px; margin: 0 0 10px; word-break: break-all; }
section.draft > h2 small { font-weight: normal; color: #555; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 20px;
           align-items: start; }
pre.text { margin: 0; padding: 22px 26px; background: #fff; border: 1px solid #ddd; border-radius: 8px;
           white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.65 Georgia, "Times New Roman", serif; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.error { background: var(--error-bg); box-shadow: inset 0 -2px var(--error); }
mark.warning { background: var(--warning-bg); box-shadow: inset 0 -2px var(--warning); }
mark.suggestion { background: var(--suggestion-bg); box-shadow: inset 0 -2px var(--suggestion); }
a.n { font: bold 10px/1 system-ui, sans-serif; vertical-align: super; text-decoration: none;
      color: #fff; border-radius: 8px; padding: 1px 4px; margin-right: 1px; }
a.n.error { background: var(--error); } a.n.warning { background: var(--warning); }
a.n.suggestion { background: var(--suggestion); }
span.caret { border-left: 3px solid var(--error); margin: 0 1px; }
ol.findings { list-style: none; margin: 0; padding: 0; position: sticky; top: 12px;
              max-height: calc(100vh - 24px); overflow: auto; }
ol.findings li { background: #fff; border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 6px;
                 padding: 8px 12px; margin-bottom: 8px; }
ol.findings li.error { border-left-color: var(--error); }
ol.findings li.warning { border-left-color: var(--warning); }
ol.findings li.suggestion { border-left-color: var(--suggestion); }
ol.findings li:target { outline: 2px solid #333; }
.meta { font-size: 12px; color: #555; }
.meta a { color: inherit; }
.badge { font-size: 11px; font-weight: bold; text-transform: uppercase; letter-spacing: .03em; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); }
.badge.suggestion { color: var(--suggestion); }
.fix { margin-top: 4px; font-size: 13px; }
.fix ins { background: #dcf5dc; text-decoration: none; } .fix del { background: #f8dada; }
.fix .unsafe { color: var(--error); font-weight: bold; }
.clean { color: #2e7d32; }
section.rules { margin: 32px 28px; background: #fff; border: 1px solid #ddd; border-radius: 8px;
                padding: 8px 24px 16px; }
section.rules h3 { margin: 18px 0 4px; font-size: 15px; }
section.rules p { margin: 4px 0; white-space: pre-line; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } ol.findings { position: static;
                            max-height: none; } }
"""


def render(report) -> str:
    by_file: dict[str, list] = {path: [] for path in report.files}
    for d in report.diagnostics:
        by_file.setdefault(d.path or "-", []).append(d)
    summary = report.summary
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>copydesk: {summary.problems} problem{'s' if summary.problems != 1 else ''}</title>",
        f"<style>{STYLE}</style>", "</head>", "<body>",
        '<header class="page"><h1>copydesk report</h1>'
        f"<p>{summary.problems} problem{'s' if summary.problems != 1 else ''} ({summary.errors} errors, "
        f"{summary.warnings} warnings, {summary.suggestions} suggestions) in {len(by_file)} "
        f"draft{'s' if len(by_file) != 1 else ''}</p></header>",
    ]
    for index, (path, found) in enumerate(by_file.items()):
        parts.append(_draft(index, path, found, report.texts.get(path)))
    parts.append(_rules(report.rules, {d.rule for d in report.diagnostics}))
    parts += ["</body>", "</html>"]
    return "\n".join(parts)


def _draft(index: int, path: str, found: list, text: str | None) -> str:
    found = sorted(found, key=lambda d: (d.offset, d.end_offset))
    count = f"{len(found)} problem{'s' if len(found) != 1 else ''}" if found else "no problems"
    out = [f'<section class="draft" id="f{index}"><h2>{escape(path)} <small>{count}</small></h2>']
    if not found:
        out.append('<p class="clean">Nothing to report.</p></section>')
        return "\n".join(out)
    out.append('<div class="columns">')
    out.append(f'<pre class="text">{_marked(index, text, found)}</pre>' if text is not None else "<div></div>")
    out.append('<ol class="findings">')
    for n, d in enumerate(found, 1):
        out.append(
            f'<li class="{d.severity}" id="m{index}-{n}"><div class="meta"><a href="#d{index}-{n}">{n}</a> · '
            f"line {d.line}, column {d.column} · <span class=\"badge {d.severity}\">{d.severity}</span> · "
            f'<a href="#rule-{escape(_anchor(d.rule))}">{escape(d.rule)}</a></div>'
            f"<div>{escape(d.message)}</div>{_fix(d, text)}</li>")
    out += ["</ol>", "</div>", "</section>"]
    return "\n".join(out)


def _marked(index: int, text: str, found: list) -> str:
    """The draft, escaped, with each diagnostic's span in a <mark> of its worst
    severity and a numbered anchor where it starts."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    cuts = {0, len(text)}
    for n, d in enumerate(found, 1):
        start, end = min(d.offset, len(text)), min(d.end_offset, len(text))
        starts.setdefault(start, []).append(n)
        if end > start:
            ends.setdefault(end, []).append(n)
        cuts.update((start, end))
    points = sorted(cuts)
    out = []
    active: dict[int, Any] = {}  # the spans that cover the current piece, swept left to right
    for a, b in zip(points, points[1:], strict=False):
        for n in ends.get(a, []):
            active.pop(n, None)
        for n in starts.get(a, []):
            d = found[n - 1]
            out.append(f'<a class="n {d.severity}" id="d{index}-{n}" href="#m{index}-{n}">{n}</a>')
            if d.end_offset <= d.offset:
                out.append('<span class="caret"></span>')
            else:
                active[n] = d
        piece = escape(text[a:b])
        if active:
            covering = list(islice(active.values(), 64))  # a bound for pathological overlaps
            worst = max(covering, key=lambda d: RANK[d.severity])
            tip = escape(" | ".join(f"{d.rule}: {d.message}" for d in covering[:3]), quote=True)
            piece = f'<mark class="{worst.severity}" title="{tip}">{piece}</mark>'
        out.append(piece)
    for n in starts.get(len(text), []):  # a span at the very end
        if found[n - 1].offset >= len(text):
            d = found[n - 1]
            out.append(f'<a class="n {d.severity}" id="d{index}-{n}" href="#m{index}-{n}">{n}</a>')
    return "".join(out)


def _fix(d, text: str | None) -> str:
    if d.fix is None:
        return ""
    label = '<span class="unsafe">unsafe fix</span> (--unsafe-fixes)' if d.unsafe else "fix (--fix)"
    edits = []
    for e in d.fix.edits[:3]:
        before = text[e.offset:e.end_offset] if text is not None else ""
        edits.append((f"<del>{escape(before)}</del>" if before else "") +
                     (f"<ins>{escape(e.text)}</ins>" if e.text else ""))
    more = f" and {len(d.fix.edits) - 3} more" if len(d.fix.edits) > 3 else ""
    return f'<div class="fix">{label}: {escape(d.fix.description)} {" ".join(edits)}{more}</div>'


def _rules(specs: dict, reported: set[str]) -> str:
    out = ['<section class="rules"><h2>The rules</h2>']
    for rule in sorted(reported):
        spec = specs.get(rule)
        out.append(f'<h3 id="rule-{escape(_anchor(rule))}">{escape(rule)}</h3>')
        if spec is not None:
            out.append(f"<p><strong>{escape(spec.summary)}</strong></p><p>{escape(spec.description)}</p>")
            out.append(f'<p class="meta">copydesk explain {escape(spec.id)}</p>')
    out.append("</section>")
    return "\n".join(out)


def _anchor(rule: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in rule)
