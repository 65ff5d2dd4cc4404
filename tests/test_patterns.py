"""The fast scans of `lint/model/patterns.py` find exactly what `re` finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.checks.attribution import lexicon
from lint.model.patterns import Scanner, Scanners, beginnings, first_chars, places, with_first_chars

LEX = lexicon(None)
PATTERNS = [
    LEX.compiled.verbs.pattern.pattern,
    LEX.compiled.impersonal.pattern.pattern,
    LEX.compiled.reasons.pattern.pattern,
    r"(?<![a-z])(?:(?:re)?told|says?|according to)\b",
    r"\b(?:it is (?:widely )?believed|are said to be|a{2,5}b)",
    r"(?:x|y)+z|ab[cd]e?f",
]
WORDS = ["said", "says", "told", "retold", "unsaid", "according", "to", "it", "is", "widely", "believed",
         "are", "be", "aab", "aaaaab", "xyz", "abcf", "abdef", "she", "The", "analysts", "said.", "told,"]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(alphabet="abdefistxyz .,", max_size=80)


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_scanner_finds_what_finditer_finds(pattern, text):
    compiled = re.compile(pattern)
    assert [m.span() for m in Scanner(compiled).finditer(text)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=100, deadline=None)
@given(text=TEXTS)
def test_first_chars_lookahead_changes_no_match(pattern, text):
    plain, led = re.compile(pattern), re.compile(with_first_chars(pattern))
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_beginnings_are_read_from_the_pattern():
    assert beginnings(r"(?:re)?told|says?", 4, 100) == {"told", "reto", "say", "says"}
    assert beginnings(r"\ba{2,}b", 4, 100) == {"aab", "aaab", "aaaa"}
    # They stop short where the pattern can no longer be listed: a longer k never loses them.
    assert beginnings(r"said\w+|told", 8, 100) == {"said", "told"}
    assert beginnings(r"(?:says?|told)[ ]\w+ that", 8, 100) == {"say ", "says ", "told "}
    assert beginnings(r"s(?i:aid)", 8, 100) == {"s"}  # one letter: the Scanner tries it as usual
    assert Scanner(re.compile(r"s(?i:aid)")).automaton is None


@pytest.mark.parametrize("pattern", [r"\w+ said", r"(?i)said", r"x?", r".said", r"(?i:said)|told"])
def test_patterns_that_cannot_be_read_are_scanned_as_usual(pattern):
    assert first_chars(pattern) is None or beginnings(pattern, 4, 100) is None
    scanner = Scanner(re.compile(pattern))
    assert scanner.automaton is None or beginnings(pattern, 4, 100)
    text = "Ana said it, x said so; TOLD"
    assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def test_ignorecase_patterns_keep_their_lookahead_case_blind():
    led = re.compile(with_first_chars("accept (?:all )?cookies"), re.IGNORECASE)
    assert led.search("Please ACCEPT ALL COOKIES") is not None


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if p.startswith((r"\b", "(?<![a-z])"))])
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_word_start_scanner_finds_what_finditer_finds(pattern, text):
    compiled = re.compile(pattern)
    found = [m.span() for m in Scanner(compiled, word_start=True).finditer(text)]
    assert found == [m.span() for m in compiled.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_scanners_in_one_pass_find_what_each_finds_alone(text):
    """The sourcing lists share one automaton: each list's matches are its own."""
    scanners = [Scanner(re.compile(p), word_start=p.startswith((r"\b", "(?<![a-z])"))) for p in PATTERNS[:5]]
    together = Scanners(scanners)
    assert together.starts is not None
    found = [[m.span() for m in each] for each in together.finditer_each(text)]
    assert found == [[m.span() for m in s.finditer(text)] for s in scanners]


QUOTED = st.lists(st.sampled_from([*WORDS, "\u201c", "\u201d", '"', "\n", "\t", "Officials", "a person familiar",
                                   "on condition of anonymity", "it is understood", "Analysts expect", ".",
                                   "a Reuters poll of analysts", "according to a survey by Bloomberg"]),
                   max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=QUOTED)
def test_sourcing_verbs_found_in_the_drafts_shared_pass_are_those_of_their_own(text):
    """The sourcing verbs and evidence words join the phrase lists' pass over
    `flat_lowered`, yet are matched in the text with quotations blanked: the
    same attributions (a group's claim backed by a named poll included)."""
    from lint.formats import parse
    from lint.model.sourcing import analyse

    assert LEX.compiled.all_three.shared
    doc = parse(text, "text")
    alone = analyse(doc.masked, doc.sentences, doc.quotations, lambda: doc.names, LEX, doc.flat_lowered)
    shared = analyse(doc.masked, doc.sentences, doc.quotations, lambda: doc.names, LEX, doc.flat_lowered, doc)
    assert shared == alone


def test_scanners_whose_beginnings_hold_the_blank_keep_a_pass_of_their_own():
    from lint.model.patterns import TOGETHER

    before = TOGETHER.state[0]
    # Only the first characters of a match are looked for: "said\u201d" begins with "said".
    held = Scanners([Scanner(re.compile("\u201dsaid|told"))], shared="\u201d")
    tabbed = Scanners([Scanner(re.compile("\tsaid|told"))], shared="\u201d")
    plain = Scanners([Scanner(re.compile("said|told"))])
    assert not held.shared and not tabbed.shared and not plain.shared and TOGETHER.state[0] == before


def test_phrases_in_headings_are_searched_heading_by_heading():
    """A phrase list scoped to headings reads each heading, not the whole draft
    once per heading (which took quadratic time on a long draft)."""
    from lint.checks.phrases import PhraseMatcher
    from lint.formats import parse
    from lint.model.types import HEADING, LABEL

    draft = "".join(f"## Part {i}: key takeaways\n\nThe council met on day {i}.\n\n" for i in range(200))
    doc = parse(draft, "markdown")
    matcher = PhraseMatcher(["key takeaways"], ignore_case=False)  # case-blind lists are searched together
    read: list[int] = []

    class Recording:
        def __init__(self, automaton):
            self.automaton = automaton

        def iter(self, text, *span):
            read.append(len(text))  # what the automaton is handed, whatever part of it it searches
            return self.automaton.iter(text, *span)

    matcher.automaton = Recording(matcher.automaton)
    found = list(matcher.scan(doc, {HEADING, LABEL}))
    assert len(found) == 200 and all(doc.text[a:b] == "key takeaways" for a, b in found)
    assert max(read) < 40  # each heading alone


PHRASES = st.lists(st.sampled_from(["said", "the", "a pe", "u.s.", "x", "said the", "told", "key", "ab"]), min_size=1,
                   max_size=4)


@settings(max_examples=100, deadline=None)
@given(lists=st.lists(PHRASES, min_size=1, max_size=4), text=TEXTS)
def test_phrase_lists_searched_together_find_what_each_finds_alone(lists, text):
    """Case-blind phrase lists share one pass per draft; each keeps its own hits."""
    from lint.checks import phrases
    from lint.formats import parse
    from lint.model.patterns import TOGETHER

    saved, TOGETHER.state = TOGETHER.state, ({}, None)  # this test's lists only
    try:
        matchers = [phrases.PhraseMatcher(words) for words in lists]
        assert all(m.together for m in matchers)
        doc = parse(text, "text")
        together = [m._literal_hits(doc) for m in matchers]
        for m in matchers:
            m.together = False
        assert together == [m._literal_hits(parse(text, "text")) for m in matchers]
    finally:
        TOGETHER.state = saved


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab .!?\u2026\"\u201d)\n4", max_size=60), data=st.data())
def test_matches_found_from_their_first_characters_are_the_patterns_own(text, data):
    """Sentence candidates are tried only where a mark stands (str.find): the same
    matches as the pattern's finditer, within any span."""
    from lint.model.sentences import _CANDIDATE

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = [m.span() for m in _CANDIDATE.finditer(text, start, end)]
    assert spans == [m.span() for m in _CANDIDATE.pattern.finditer(text, start, end)]


def test_places_of_whole_words_leave_out_those_inside_longer_words():
    text = "the chair sat on chairs by a wheelchair; the chairman and the chair-elect spoke."
    assert len(places(text, ["chair"])) == 5
    assert [text[at - 1:at + 6] for at in sorted(places(text, ["chair"], whole_words=True))] == \
        [" chair ", " chair-"]
