"""The first four rules on whole articles: exactly the expected instances, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

import lint
from conftest import FIXTURES, ROOT

FOUR = {"sentence-case", "punctuation-spacing", "truncated-ending", "boilerplate"}


def _report(path: Path) -> dict[str, list[tuple[int, str]]]:
    text = path.read_text(encoding="utf-8")
    out: dict[str, list[tuple[int, str]]] = {rule: [] for rule in FOUR}
    for d in lint.check_text(text, format="text"):
        if d.rule in FOUR:
            out[d.rule].append((d.line, text[d.offset:d.end_offset].split("\n")[0]))
    return out


def test_scraped_fixture():
    found = _report(FIXTURES / "scraped-summit.txt")
    assert found["sentence-case"] == [(7, "these"), (13, "the"), (13, "the"), (19, "closely"), (21, "market")]
    assert found["punctuation-spacing"] == [
        (7, "list.Two"), (7, "timetable,the"), (7, "session,and"),
        (17, "repeatedly.Officials"), (21, "side,and"), (21, "partners,to"),
    ]
    assert found["truncated-ending"] == [(23, "The unresolved questions over digital services taxes could still derail")]
    assert found["boilerplate"] == [(1, "Home » World » Trade Summit: Ministers Set Out Demands"),
                                    (25, "Read more: Ministers meet in Geneva")]


SOURCE = ROOT.parent / "shared" / "source-article.txt"


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared source article is not beside this checkout")
def test_source_article_reports_exactly_the_known_defects():
    found = _report(SOURCE)
    assert [(line, word) for line, word in found["sentence-case"]] == [
        (7, "these"), (13, "the"), (13, "the"), (35, "closely"), (39, "recognition"), (73, "despite"),
    ]
    assert [t for _, t in found["punctuation-spacing"]] == [
        "encounter.Three", "agenda,the", "discussions,and", "negotiations.The", "address.This",
        "economy,hindering", "West,and", "administration,to", "Moscow.However", "meetings,including",
        "summit,were", "West,coupled", "objectives,could",
    ]
    assert [line for line, _ in found["truncated-ending"]] == [79]
    assert [line for line, _ in found["boilerplate"]] == [1, 81]
    block = next(d for d in lint.check_text(SOURCE.read_text(encoding="utf-8"), format="text")
                 if d.rule == "boilerplate" and d.line == 81)
    assert (block.line, block.end_line) == (81, 89)


def test_bundled_examples_show_real_diagnostics():
    rules = set()
    for path in sorted((ROOT / "examples").iterdir()):
        rules |= {d.rule for d in lint.check_text(path.read_text(encoding="utf-8"),
                                                   format="text" if path.suffix == ".txt" else "markdown")}
    assert FOUR <= rules
    clean = (ROOT / "examples" / "clean-brief.md").read_text(encoding="utf-8")
    assert lint.check_text(clean) == []


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared source article is not beside this checkout")
@pytest.mark.parametrize("as_of", ["2025-03-01", "2026-11-27"])
def test_source_article_titles_and_sourcing(as_of):
    import datetime as dt

    from lint.config import Config
    from lint.engine import Engine

    text = SOURCE.read_text(encoding="utf-8")
    rules = ["title-accuracy", "unsourced-quote", "vague-attribution"]
    found = Engine(select=rules, as_of=dt.date.fromisoformat(as_of)).check(text, format="text", config=Config())
    assert [(d.rule, d.line, text[d.offset:d.end_offset][:40]) for d in found] == [
        ("title-accuracy", 7, "former U.S. President Donald Trump"),
        ("vague-attribution", 7, "sources indicate"),
        ("vague-attribution", 7, "Reports suggest"),
        ("vague-attribution", 9, "Analysts are divided"),
        # One finding for the commentator: the second quotation is the same unnamed speaker's.
        ("unsourced-quote", 11, "\u201cThe dynamic between these two leaders i"),
    ]
