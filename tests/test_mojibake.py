"""mojibake: text garbled by a wrong encoding (UTF-8 read as Windows-1252)."""

from __future__ import annotations

import pytest

import lint
from conftest import flagged
from lint.model.garbled import repaired

RULE = "mojibake"


@pytest.mark.parametrize("text, expected", [
    ("The council said it doesn\u00e2\u20ac\u2122t know.", ["\u00e2\u20ac\u2122"]),  # an apostrophe
    ("Tickets cost \u00c2\u00a35, and it was 25\u00c2\u00b0C.", ["\u00c2\u00a3", "\u00c2\u00b0"]),  # a sign
    ("The Caf\u00c3\u00a9 Royal and S\u00c3\u00a3o Paulo.", ["\u00c3\u00a9", "\u00c3\u00a3"]),  # accents
    ("\u00e2\u20ac\u0153Enough,\u00e2\u20ac\u009d she said \u00e2\u20ac\u201c and left.",
     ["\u00e2\u20ac\u0153", "\u00e2\u20ac\u009d", "\u00e2\u20ac\u201c"]),  # curly quotes and a dash
    ("It rained \u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s all day.",
     ["\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2"]),  # garbled twice over
])
def test_garbled_characters_are_flagged(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text", [
    # Real words in other languages, signs and quotes as they should be.
    "The flight from S\u00e3o Paulo landed in Z\u00fcrich at 5\u00b0C; a na\u00efve plan, \u00ab tr\u00e8s bien \u00bb.",
    "Tickets cost \u00a35. It doesn\u2019t open. \u201cEnough,\u201d she said \u2013 and left. \u00c0 la carte.",
    # A lead character before a space or a letter: no UTF-8 sequence.
    "\u00c3 la mode, \u00c2ngelo and \u00e9l\u00e8ve.",
])
def test_real_words_and_signs_are_left_alone(text):
    assert flagged(text, RULE, format="text") == []


@pytest.mark.parametrize("run, meant", [
    ("\u00e2\u20ac\u2122", "\u2019"),
    ("\u00c2\u00a3", "\u00a3"),
    ("\u00f0\u0178\u02dc\u20ac", "\U0001F600"),  # a four-byte character
    ("\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2", "\u2019"),
    ("\u00e9\u00bb", None),  # no UTF-8: "é»" in French
    # a closing quote whose last byte was lost, alone or after another run
    ("\u00e2\u20ac", "\u201d"),
    ("\u00c3\u00a9\u00e2\u20ac", "\u00e9\u201d"),
])
def test_the_repair_is_the_round_trip(run, meant):
    assert repaired(run) == meant


def test_the_fix_writes_what_was_meant():
    fixed, remaining = lint.fix_text("Tickets cost \u00c2\u00a35 at the Caf\u00c3\u00a9, which doesn\u00e2\u20ac\u2122t "
                                     "open on Mondays.\n", format="text")
    assert fixed == "Tickets cost \u00a35 at the Caf\u00e9, which doesn\u2019t open on Mondays.\n"
    assert [d for d in remaining if d.rule == RULE] == []


def test_the_message_names_what_was_meant():
    (d,) = [d for d in lint.check_text("It doesn\u00e2\u20ac\u2122t open.", format="text") if d.rule == RULE]
    assert d.message == ('Garbled characters "\u00e2\u20ac\u2122": UTF-8 text read in the wrong encoding; '
                         '"\u2019" was meant')


def test_other_rules_step_over_a_garbled_mark():
    text = "\u201cEnough,\u00e2\u20ac she said. \u00e2\u20ac\u0153We are done here today.\u00e2\u20ac Then she left.\n"
    found = [(d.rule, text[d.offset:d.end_offset]) for d in lint.check_text(text, format="text")
             if d.rule in ("mojibake", "punctuation-spacing", "sentence-case")]
    assert found == [("mojibake", "\u00e2\u20ac"), ("mojibake", "\u00e2\u20ac\u0153"), ("mojibake", "\u00e2\u20ac")]


def test_a_lost_character_is_reported_without_a_fix():
    text = "The post carries allowances of \ufffd\ufffd5,000 a year, and \ufffd8,000 more.\n"
    found = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert [text[d.offset:d.end_offset] for d in found] == ["\ufffd\ufffd", "\ufffd"]
    assert found[0].message.startswith('Lost character "\ufffd\ufffd" (U+FFFD')
    fixed, _ = lint.fix_text(text, format="text")
    assert fixed == text  # nothing can say what stood there


def test_a_lost_characters_message_is_configurable():
    config = {"rules": {RULE: {"lost": 'Missing "{text}"'}}}
    (d,) = [d for d in lint.check_text("It cost \ufffd5.", format="text", config=config) if d.rule == RULE]
    assert d.message == 'Missing "\ufffd"'
