"""glued-number: a word and a number run together where a space was lost."""

from __future__ import annotations

import pytest

import lint
from conftest import flagged

RULE = "glued-number"


@pytest.mark.parametrize("text, expected", [
    ("More than300 jobs will go.", ["than300"]),
    ("Prices rose almost40% last year.", ["almost40%"]),
    ("The plant will close by2030.", ["by2030"]),  # the sentence's full stop is not the number's
    ("In2026 the plan starts.", ["In2026"]),  # a sentence's first word, with its capital
    ("The firm will cut 300jobs.", ["300jobs"]),
    ("It costs 2.5million pounds.", ["2.5million"]),
    ("Some 1,200people came.", ["1,200people"]),
])
def test_a_word_and_a_number_run_together(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text", [
    # Names and codes that glue letters to digits on purpose.
    "The MP3 player sold well. The A380 landed. The G7 met. COVID19 spread. iPhone15 sales rose. The F1 race.",
    # Units, times, ordinals and decades.
    "The 5km race starts at 10am. The 2nd round. Sales peaked in the 1980s. It cost £2bn and weighs 3kg.",
    # A hashtag, a handle, a version and a file or section name.
    "Use #in2026 or follow @top10. Version web3.0 is out. See section4 and file_2of3.",
    # A word whose end only looks like a listed word, and a number run into a longer word.
    "The station2 feed and the within24h tag stayed. Then than300jobs.",
    # An address, which the reading masks.
    "See https://example.com/in2026 for details.",
])
def test_names_units_and_tokens_are_left_alone(text):
    assert flagged(text, RULE, format="markdown") == []


@pytest.mark.parametrize("text, expected", [
    # "in" after a number is the inch's symbol before a mark or after an article ...
    ("It has a 7.9in display, and the outer one (6.3in) is wider.", []),
    ("He is 6ft 2in. The 65in set sold, as did a 6in-wide shelf.", []),
    # ... and after feet, whatever follows
    ("He is about 5ft 10in tall, of slim build.", []),
    ("She is 5\u2032 4in tall.", []),
    # ... and the word "in" run into the number where words go on from it.
    ("The firm cut 300in London alone.", ["300in"]),
    ("The index rose 5in May.", ["5in"]),
])
def test_in_after_a_number_is_inches_where_it_reads_so(text, expected):
    assert flagged(text, RULE, format="text") == expected


def test_the_fix_puts_the_space_back():
    fixed, remaining = lint.fix_text("More than300 jobs, almost40% of them, by2030.\n\nThe firm cut 300jobs.\n",
                                     format="text")
    assert fixed == "More than 300 jobs, almost 40% of them, by 2030.\n\nThe firm cut 300 jobs.\n"
    assert [d for d in remaining if d.rule == RULE] == []


def test_in_a_page_whose_number_sat_in_a_tag_of_its_own():
    page = "<html><body><article><p>More than<b>300</b> jobs will go.</p></article></body></html>"
    found = [page[d.offset:d.end_offset] for d in lint.check_text(page, format="html") if d.rule == RULE]
    assert found == ["than<b>300"]


def test_a_newsroom_may_change_the_lists():
    config = {"rules": {RULE: {"before": ["circa"], "after": ["widgets"]}}}
    text = "It sold circa300 units and 40widgets, more than300 in all."
    assert [d.message for d in lint.check_text(text, format="text", config=config) if d.rule == RULE] == [
        'No space between the word and the number in "circa300"',
        'No space between the word and the number in "40widgets"']


def test_the_places_are_the_same_when_the_shared_pass_has_no_room(monkeypatch):
    from lint.checks import glued_number
    from lint.formats import parse

    params = {"before": ["than", "by"], "after": ["jobs"]}
    text = "More than300 jobs by2030, and 300jobs; not MP3, the A380 or a web3 site.\n"
    doc = parse(text, "text")
    shared = glued_number.Lists(params)
    monkeypatch.setattr(glued_number.TOGETHER, "add", lambda lists: False)
    alone = glued_number.Lists(params)
    assert shared.together and not alone.together
    assert shared.junctions(doc) == [text.index("300"), text.index("2030"), text.index("jobs;")]
    # the scan alone finds every lowercase letter beside a digit ("web3" too), which the check turns away
    assert alone.junctions(doc) == [text.index("300"), text.index("2030"), text.index("jobs;"), text.index("3 site")]
