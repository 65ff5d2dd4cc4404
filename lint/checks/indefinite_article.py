"""The `indefinite-article` kind: "a" or "an" by the sound of the next word.

Sound, not spelling, decides: "an hour", "an honest", "a university", "a
European", "a one-time", "an MBA", "an FBI agent", "a U.S. official", "an
8-year-old", "an 18th-century". Numbers are read aloud (8, 11, 18, 80s, 1800s
take "an"); initialisms of up to three letters are spelled out (an FBI, a UN,
an SUV), longer ones with a vowel are read as words (a NATO, an OPEC); other
words go by their first letter, with the rule's word lists for the exceptions.
Words that take either ("historic", "herb", "URL") are left alone.

Written as a check of its own rather than with the inflect package: inflect
got 13 of 47 test words wrong here (8-year-old, 18th, SUV, HIV, Uber ...),
takes about 3 s to import on this machine and 30 microseconds a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Edit, Finding, Fix
from ..model.quotes import is_speech
from ..record import Record
from . import article_sounds
from .contract import TEXTS, ActiveRule, Context, Kind, Param
from .phrases import match_case

# "a" only where the next word could want "an" (a vowel, h, 8, 11, 18, $8, an
# initialism, MoD, an x said "ex": Xbox), and any "an": most "a"s are never looked at twice.
# It opens with the letter itself and looks behind it after (no word character
# before): the regex engine then skips to each "a" instead of trying every character.
_ARTICLE = re.compile(
    r"([aA](?<![\w'\u2019-].)(?:(?=\s+[\"'\u201c\u2018(]?(?:[aeiouhxAEIOUHX8]|[$\u20ac\u00a3]?(?:8|1[18])|[A-Z](?![a-z])"
    r"|[A-Z][a-z]+[A-Z]))|[nN](?=\s+[\"'\u201c\u2018(]?[\w$\u20ac\u00a3])))\s+"
)
# Where _ARTICLE can match, found in the lowercased text: a pattern that opens
# with one letter lets the regex engine skip ahead to it, several times faster
# than testing [aA] at every character.
_PLACES = re.compile(r"a(?<![\w'\u2019-].)n?\s")
# A number's thousands stay with it: "an 1,000-strong crowd" is read "a thousand".
_NEXT = re.compile(r"[\"'\u201c\u2018(]?([\w.'\u2019$\u20ac\u00a3%]+(?:,\d{3}(?!\d)[\w.%]*)*(?:-[\w.]+)*)")
# A code that opens with up to three capitals and a digit: "F1", "M25", "MP3", "H1N1", "A380".
_CODE = re.compile(r"[A-Z]{1,3}\d[\dA-Z]*")
# Letters whose spoken name starts with a vowel sound: "an F", "an M", "an S".
_VOWEL_LETTERS = frozenset("aefhilmnorsx")
# Two consonants that can open an English word: an initialism that starts with
# one of them may be read as a word ("SWIFT", "STEM"); others are spelled ("FDIC").
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gr kl kn kr ph pl pr qu sc sh sk sl sm sn sp st sw th tr tw wh wr".split())
_MIN_SPEECH_WORDS = 5
_AFTER_ARTICLE = re.compile(r"\s+" + _NEXT.pattern)  # the word after a second article
# Words an article never stands before: "a and b", "a or b" name variables.
_LOWER_RUN = re.compile(r"[a-z]{3}")
_NOT_A_NOUN = frozenset("and or nor but is are was were of to in on at by as if than".split())

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.types import Quotation


class Prefixes(Record):
    """Word beginnings, and whole words (listed with a trailing $)."""

    FIELDS = __slots__ = ("starts", "words")

    def __init__(self, starts: tuple[str, ...], words: frozenset[str]) -> None:
        self.starts, self.words = starts, words

    @classmethod
    def of(cls, items: list[str]) -> Prefixes:
        items = [i.lower() for i in items]
        return cls(tuple(i for i in items if not i.endswith("$")), frozenset(i[:-1] for i in items if i.endswith("$")))

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.startswith(self.starts)


class Lists(NamedTuple):
    a_prefixes: Prefixes  # vowel letter, consonant sound: a university, a one-time
    an_prefixes: Prefixes  # consonant letter, vowel sound: an hour, an honest
    either: frozenset[str]  # both are in use: a/an historic, herb, URL
    an_names: frozenset[str]  # a capitalised name said with a vowel, whatever its word takes: an Uber
    sounds: dict[str, str]  # the pronouncing dictionary's word -> a | an | either, where spelling misleads
    irish_names: frozenset[str]  # the words after the Irish "An" in a name: An Post, An Taisce


def prepare(params: dict) -> Lists:
    return Lists(
        Prefixes.of(params["a_prefixes"]),
        Prefixes.of(params["an_prefixes"]),
        frozenset(w.lower() for w in params["either"]),
        frozenset(w.lower() for w in params["an_names"]),
        article_sounds.table(),
        frozenset(params["irish_names"]),
    )


def expected_article(word: str, lists: Lists) -> str | None:
    """ "a" or "an" for the word that follows, or None when it cannot tell."""
    word = word.strip(".,;:'\u2019").lstrip("$\u20ac\u00a3")  # "an $8 billion plan" is read "eight"
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]  # "an MP's speech": said as "an MP", the possessive after it
    if word[:1].isupper() and word.lower() in lists.an_names:
        return "an"
    if not word or word.lower() in lists.either or word.lower() in _NOT_A_NOUN:
        return None  # "a and b": a variable, not an article
    if word[0].isdigit():
        digits = word[:len(word) - len(word.lstrip("0123456789,"))].replace(",", "")
        if digits.startswith("8"):
            return "an"
        if digits[:2] in ("11", "18") and len(digits) in (2, 4, 5, 7, 8):
            return "an"  # eleven, eighteen, eighteen hundred, eleven thousand, eleven million
        return "a"
    head = word.split("-")[0]
    if head.lower() in lists.either:
        return None  # a compound opened by a word said both ways: "a uber-rich donor", "an uber-rich one"
    letters = head.replace(".", "")
    if not letters.isalpha():
        if _CODE.fullmatch(letters) is None:
            return None
        # A code of capitals and digits is read letter by letter: an F1 car, an M25 crash, an MP3, a G7 summit.
        return "an" if letters[0].lower() in _VOWEL_LETTERS else "a"
    lower = letters.lower()
    sound = lists.sounds.get(lower)
    if lower in lists.a_prefixes.words:  # a whole word listed is said as listed, however it looks ("a FTSE firm")
        return "a"
    if _spelled_out(head, letters, sound):  # an FBI agent, a U.S. official, an MoD spokesman, an X-ray
        return "an" if lower[0] in _VOWEL_LETTERS else "a"
    if sound is not None:
        return None if sound == "either" else sound
    if letters.isupper() and lower[0] == "u":
        # Said as a word with "you" (a UNEP study, a UEFA ruling), or spelled from
        # "you" (a UNHCR camp, a USDA report), or, rarely, with "uh" (an UMNO leader):
        # a vowel among its next two letters makes it a "you" word.
        return "a" if lower[1] in "aeiou" or lower[2:3] in ("a", "e", "i", "o", "u") else None
    if lower in lists.a_prefixes:
        return "a"
    if lower in lists.an_prefixes:
        return "an"
    return "an" if lower[0] in "aeiou" else "a"


def _spelled_out(head: str, letters: str, sound: str | None) -> bool:
    """Is a token read letter by letter? Abbreviations with full stops, single
    letters, mixed case with an inner capital (MoD, MSc), initialisms of three
    letters or fewer, and longer ones that cannot open an English word ("FDIC",
    but not "NATO", "NASA" or "OPEC"), unless the dictionary knows how the word
    is said ("NAACP")."""
    if ("." in head and len(letters) <= 4) or len(letters) == 1:
        return True
    if not letters.isupper():  # MoD, MSc, PhD are spelled; LanguageTool, YouTube, iPhone are words
        return any(c.isupper() for c in letters[1:]) and _LOWER_RUN.search(letters) is None
    if len(letters) <= 3:
        return True
    if sound is not None:
        return False
    lower = letters.lower()
    return not (lower[0] in "aeiou" or lower[1] in "aeiouy" or lower[:2] in _ONSETS)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    lists: Lists = rule.state
    text = doc.masked
    speech: dict[Quotation, bool] = {}
    skip_to = -1
    for m, region in doc.matches(_PLACES, rule.scopes, lowered=True):
        m = _ARTICLE.match(text, m.start(), region.end)
        if m is None:
            continue
        start, end = m.span(1)
        article = text[start:end]
        if article[0].isupper():
            sentence = doc.sentence_at(start)
            if sentence is None or sentence.start != start:
                continue  # "Plan A is", "Type A"
        following = _NEXT.match(text, m.end(), region.end)
        if following is None:
            continue
        word = following.group(1).rstrip(",;:")
        if article == "An" and word in lists.irish_names:
            continue  # the Irish article inside a name: "An Post said", "An Taisce warned"
        if word.endswith(".") and "." not in word[:-1]:
            word = word[:-1]  # a full stop, not an abbreviation's (U.S.)
        end_of_articles = end
        if following.group(1) in ("a", "an"):  # two articles in a row ("a an unusual step"): the right one stays
            doubled = _AFTER_ARTICLE.match(text, following.end(1), region.end)
            if doubled is None or not doubled.group(1)[0].isalnum() or "\n" in text[end:following.start(1)]:
                continue  # not two articles of one phrase across a line break: its fix would join the lines
            end_of_articles, second, word = following.end(1), word, doubled.group(1).rstrip(",;:.")
            following = doubled
            expected = expected_article(word, lists) or second
            article = text[start:end_of_articles]
            skip_to = end_of_articles
        else:
            if start < skip_to or word in ("a", "an"):
                continue  # the second of two articles, reported with the first; "a a." is no article
            expected = expected_article(word, lists)
            if expected is None or expected == article.lower():
                continue
        replacement = match_case(article, expected)
        quoted = doc.quotation_at(start)
        if quoted is not None and quoted not in speech:
            speech[quoted] = is_speech(quoted, text, _MIN_SPEECH_WORDS)  # once per quotation, not per article
        if quoted is not None and not speech[quoted]:
            continue  # a quoted specimen: '"a essential" was what she wrote'
        # Speech is reported as said, never rewritten: no fix inside a quotation.
        yield Finding(start, following.start(1) + len(word), rule.spec.message.format(
            article=article, expected=replacement, word=word),
            None if quoted is not None else Fix(f'Write "{replacement}"', (Edit(start, end_of_articles, replacement),)))


KIND = Kind("indefinite-article", check, fixes=True, prepare=prepare, fields=frozenset({"expected", "word", "article"}),
            params={"a_prefixes": Param(TEXTS, []), "an_prefixes": Param(TEXTS, []), "either": Param(TEXTS, []),
                    "an_names": Param(TEXTS, []), "irish_names": Param(TEXTS, [])})
