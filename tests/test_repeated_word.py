from __future__ import annotations

import pytest

import lint
from conftest import flagged

RULE = "repeated-word"


@pytest.mark.parametrize("text, expected", [
    ("This is a hammer blow for the the town.", ["the the"]),
    ("The company plans to to close the site.", ["to to"]),
    ("Shares fell and\nand then recovered.", ["and\nand"]),  # a line break between them
    ("The the council met on Monday.", ["The the"]),  # a sentence's first word, typed twice
    ("Profits rose by a a third.", ["a a"]),
])
def test_a_small_word_typed_twice(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text", [
    # English that repeats a word on purpose, and words set apart by a mark.
    "She had had enough.",
    "He said that that plan was dead.",
    "What it is is a tax rise.",
    "She gave her her keys.",
    "The family moved in in May.",
    "No, no, that is wrong.",
    "He stammered the-the answer.",
    # A letter's name before the article, a name that repeats a capital, and a quoted stammer.
    "Take one tablet of vitamin A a day.",
    "The The played their first album live.",
    "\u201cI said the the wrong thing,\u201d she said.",
    # Words that only end or start alike.
    "Another theme emerged at the theatre.",
])
def test_repetition_english_allows_is_left_alone(text):
    assert flagged(text, RULE, format="text") == []


def test_the_fix_deletes_the_second_word():
    fixed, remaining = lint.fix_text("A blow for the the town and\nand its people.\n", format="text")
    assert fixed == "A blow for the town and its people.\n"
    assert [d for d in remaining if d.rule == RULE] == []


def test_a_newsroom_may_change_the_words():
    config = {"rules": {RULE: {"words": ["very"]}}}
    text = "It was very very cold for the the time of year."
    assert [d.message for d in lint.check_text(text, format="text", config=config) if d.rule == RULE] == [
        '"very" is repeated']
