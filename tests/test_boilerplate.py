from __future__ import annotations

import pytest

import lint
from conftest import findings

RULE = "boilerplate"
BODY = "The talks resumed on Monday after a pause of three weeks.\n\n"


def blocks(text: str, format: str = "text", config=None) -> list[tuple[int, int]]:
    return [(d.line, d.end_line) for d in lint.check_text(text, format=format, config=config) if d.rule == RULE]


@pytest.mark.parametrize(
    "residue",
    [
        "Home » News » Talks resume",
        "Home > Politics > Europe",
        "You may also like",
        "Leave a Comment",
        "Leave a Reply",
        "Adblock Detected",
        "Please support us by disabling your AdBlocker extension from your browsers for our website.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Share this article",
        "Subscribe to our newsletter for the latest news.",
        "We use cookies to improve your experience.",
        "Read more: Talks resume in Geneva",
        "Tags: politics, trade, Europe",
        "Advertisement",
        "\u00a9 2025 Example News. All rights reserved.",
        "Your email address will not be published. Required fields are marked *",
    ],
)
def test_flags_residue(residue):
    text = BODY + residue + "\n"
    assert blocks(text) == [(3, 3)]


def test_consecutive_residue_is_one_block():
    text = BODY + "You may also like\n\nLeave a Comment\n\nThis site uses Akismet to reduce spam.\n\nAdblock Detected\n"
    assert blocks(text) == [(3, 9)]
    (d,) = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert d.message == 'Page boilerplate left in the text: "You may also like" and 3 more lines; remove it'


def test_related_article_lists_after_an_opener():
    text = BODY + "Related Stories\n\nKremlin sets out its demands\n\nPrices climb for a third month\n\nThe talks will resume next week, officials said.\n"
    assert blocks(text) == [(3, 7)]


@pytest.mark.parametrize(
    "prose",
    [
        "The senator promised to leave a comment in the record before the vote.",
        "Share prices rose after the announcement.",
        "Readers may also like the new format, the editor said.",
        "Home prices fell for a third month, the agency said.",
        "Related coverage of the summit appears on page 4, the editors said.",
        "The company said it uses cookies and other trackers on its site, a practice regulators have questioned "
        "for years in a long-running dispute over privacy rules that has now reached the courts in several "
        "countries and drawn fines of more than a billion euros in total, the report said.",
    ],
)
def test_does_not_flag_prose(prose):
    assert blocks(BODY + prose + "\n") == []


def test_residue_is_left_out_of_other_rules_even_when_the_rule_is_off():
    text = BODY + "Home » news » talks,resume\n\nleave a comment\n"
    assert [d.rule for d in lint.check_text(text, format="text")] == ["boilerplate"]
    assert lint.check_text(text, format="text", config={"rules": {RULE: "off"}}) == []


def test_newsroom_phrases_from_config():
    text = BODY + "Powered by ExampleCMS\n"
    assert blocks(text) == []
    config = {"rules": {RULE: {"starts": ["powered by"]}}}
    assert blocks(text, config=config) == [(3, 3)]


def test_markdown_headings_and_list_items_can_be_residue():
    md = BODY + "## You may also like\n\n- [Talks resume](https://example.com/1)\n- [Prices climb](https://example.com/2)\n"
    assert [(line, span) for _, line, _, span in findings(md, RULE)][0][0] == 3
