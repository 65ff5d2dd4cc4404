"""The registry of officeholders behind `title-accuracy`: people, the forms of
their names, offices with their titles and qualifiers, and terms with dates.

The built-in registry (rules/data/officeholders.yaml) is loaded, extended by the
newsroom's own file if one is configured, validated and compiled once per run:
name forms go into dictionaries, titles and qualifiers into two regexes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import ConfigError, closest
from ..record import Record
from ..resources import builtin_folder
from ..yamlsource import line_of, load_file

PARTIES = ("Conservative", "Tory", "Labour", "Liberal Democrat", "Lib Dem", "Republican", "Democratic", "Democrat",
           "Social Democratic", "Social Democrat", "Christian Democrat", "Socialist", "Liberal", "Green")
MODIFIERS = ("former", "ex", "erstwhile", "one-time", "onetime", "previous", "prior", "then", "late", "outgoing",
             "incoming", "current", "incumbent", "sitting", "serving", "present",
             "acting", "interim", "caretaker", "shadow")  # "shadow chancellor": another post, not judged
# An honorific between a title and the name: "Prime Minister Sir Keir Starmer".
HONORIFICS = r"Sir|Dame|Lord|Lady|Baroness|Baron|Dr\.?|Mr\.?|Mrs\.?|Ms\.?"


class Office(NamedTuple):
    id: str
    titles: tuple[str, ...]
    qualifiers: tuple[str, ...]
    fixed_term: bool
    # Titles found only as written, for a title that is also an everyday word:
    # "Speaker Mike Johnson", not "guest speaker Mike Johnson".
    cased_titles: tuple[str, ...] = ()
    # Held by birth, not won: a holder-to-be is never "-elect" ("King Charles" in 2020 was a prince).
    hereditary: bool = False

    @property
    def label(self) -> str:
        """How the office is named in messages: "U.S. President"."""
        return f"{self.qualifiers[0]} {self.titles[0]}" if self.qualifiers else self.titles[0]


class Term(NamedTuple):
    office: str
    start: dt.date
    end: dt.date | None  # the day the successor took over
    scheduled_end: dt.date | None  # for an open term in a fixed-term office
    acting: bool


class Person(Record):
    FIELDS = ("name", "terms", "verified", "variants", "surnames", "died")

    def __init__(self, name: str, terms: list[Term], verified: dt.date, variants: list[str] | None = None,
                 surnames: list[str] | None = None, died: dt.date | None = None) -> None:
        self.name, self.terms = name, terms
        self.verified = verified  # the registry date that vouches for this entry
        self.variants = variants if variants is not None else []
        self.surnames = surnames if surnames is not None else []
        self.died = died  # after it, a bare title is "the late ...", not "former ..."


def name_key(text: str) -> str:
    """A name form for lookup: spaces folded, initials joined ("H. W." = "H.W."),
    curly apostrophes straightened, a closing full stop dropped ("Jr." at a
    name run's end, which stops before it)."""
    text = re.sub(r"\s+", " ", text.strip().rstrip(".")).replace("\u2019", "'")
    return re.sub(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)", "", text)


def _longest_first(phrase: str) -> tuple[int, str]:
    """The longest alternative first (a regex alternation takes the first that matches), then in order: a pattern
    built in the order of a set would differ from run to run, and miss the compiled patterns' cache."""
    return -len(phrase), phrase


class Registry:
    def __init__(self, offices: dict[str, Office], people: list[Person], verified: dt.date) -> None:
        self.offices = offices
        self.people = people
        self.verified = verified
        self.full: dict[str, list[Person]] = {}
        self.surname: dict[str, list[Person]] = {}
        for person in people:
            for form in {name_key(v) for v in [person.name, *person.variants]}:
                self.full.setdefault(form, []).append(person)
            for form in {name_key(s) for s in person.surnames or [person.name.split()[-1]]}:
                self.surname.setdefault(form, []).append(person)
        self.longest_name = max((len(k.split()) for k in [*self.full, *self.surname]), default=1)
        # Every word of every name form: a run of capitalised words with none of
        # these names nobody the registry knows, and costs one set lookup.
        self.words = frozenset(w for k in [*self.full, *self.surname] for w in k.split())
        titles = sorted({t for o in offices.values() for t in (*o.titles, *o.cased_titles)}, key=_longest_first)
        cased = {t for o in offices.values() for t in o.cased_titles}
        # The longest word of every title, found in the lowercased draft, and the
        # abbreviated titles ("PM"), found as written: a region with none is
        # skipped. Short, common words ("war", "pm", "state") would let most through.
        self.title_words = frozenset(max(re.split(r"[\s-]", t.lower()), key=len) for t in titles if not t.isupper())
        self.title_abbreviations = frozenset(t for t in titles if t.isupper())
        qualifiers = sorted({q for o in offices.values() for q in o.qualifiers}, key=_longest_first)
        # An abbreviated title keeps its case: "PM Rishi Sunak", not "by 9 pm Rishi Sunak had".
        title = "|".join(f"(?-i:{re.escape(t)})" if t.isupper() or t in cased else re.escape(t).replace(r"\ ", r"\s+")
                         for t in titles)
        # "Britain's" and "Britain\u2019s" alike: professional copy curls its apostrophes
        qualifier = "|".join(re.escape(q).replace("'", "['\u2019]") for q in qualifiers)
        modifier = rf"(?P<mod>(?:{'|'.join(MODIFIERS)})(?:-|\s+))"
        # A possessive qualifier may stand before the modifier: "Britain's former prime minister".
        owner = "|".join(re.escape(q).replace("'", "['\u2019]") for q in qualifiers if q.endswith("'s"))
        # A party may stand before the title: "former Conservative Prime Minister Rishi Sunak".
        party = "|".join(PARTIES)
        self.framing = (rf"(?:(?P<owner>(?-i:{owner}))\s+)?{modifier}?(?:(?P<qual>(?-i:{qualifier}))\s+)?"
                        rf"(?:(?P<party>(?-i:{party}))\s+)?(?P<title>{title})")

    # The title patterns are compiled on first use (both cost about 33 ms with every office's qualifiers):
    # a draft that names nobody the registry knows needs neither.
    @functools.cached_property
    def before(self) -> re.Pattern[str]:
        """ "former U.S. President " right before a name; qualifiers keep their
        case. Not after a number: "by 9 PM Boris Johnson had resigned" tells the time,
        nor after "state": "state Sen. Jo Roe" sits in a state's senate."""
        return re.compile(rf"(?<![\w-])(?<!\d\s)(?<!state\s){self.framing}(?P<elect>-elect|-designate)?(?P<comma>,)?\s+"
                          rf"(?:(?-i:{HONORIFICS})\s+)?$", re.IGNORECASE)

    @functools.cached_property
    def after(self) -> re.Pattern[str]:
        """", the former British prime minister" right after a name; ", a
        former president" too (a bare ", a president" says no more than that)."""
        return re.compile(rf",\s+(?:the\s+|an?\s+(?=former\b|ex-))?{self.framing}\b", re.IGNORECASE)

    def offices_for(self, person: Person, title: str, qualifier: str | None) -> list[Office]:
        """The offices of a person's terms that this title (and qualifier) name."""
        title = re.sub(r"\s+", " ", title).lower()
        qualifier = qualifier and qualifier.replace("\u2019", "'")
        out = []
        for office_id in dict.fromkeys(t.office for t in person.terms):
            office = self.offices[office_id]
            titles = (t.lower() for t in (*office.titles, *office.cased_titles))
            if title in titles and (qualifier is None or qualifier in office.qualifiers):
                out.append(office)
        return out

    def compatriot_office(self, person: Person, title: str, qualifier: str | None) -> Office | None:
        """The one office this title names in the country of a person's own
        offices, when they never held it: "President" of Kamala Harris, a
        U.S. vice president, is the U.S. presidency (offices of one country
        share their qualifiers)."""
        title = re.sub(r"\s+", " ", title).lower()
        qualifier = qualifier and qualifier.replace("\u2019", "'")
        own = {q for t in person.terms for q in self.offices[t.office].qualifiers}
        found = [o for o in self.offices.values() if not o.hereditary and own.intersection(o.qualifiers)
                 and title in (t.lower() for t in (*o.titles, *o.cased_titles))
                 and (qualifier is None or qualifier in o.qualifiers)]
        return found[0] if len(found) == 1 else None

    def holder_elect(self, office: Office, as_of: dt.date) -> tuple[Person, Term] | None:
        """Whoever the registry knows will take a fixed-term office next, within
        ELECT_WINDOW days after `as_of` (the weeks between an election and the
        term's start), as long as the registry was checked after `as_of`."""
        if not office.fixed_term or as_of > self.verified:
            return None
        ahead = [(p, t) for p in self.people for t in p.terms
                 if t.office == office.id and as_of < t.start <= as_of + dt.timedelta(days=ELECT_WINDOW)]
        return min(ahead, key=lambda pt: pt[1].start) if ahead else None


# The longest wait from an election to the term it fills that "-elect" is judged over: the United States' is about
# eleven weeks. Any further ahead, the election may not have been held: "President-elect Kamala Harris would ..." in
# a story written before it.
ELECT_WINDOW = 75

_OFFICE_KEYS = ("titles", "cased_titles", "qualifiers", "fixed_term", "hereditary")


def load(extra: Path | None = None) -> Registry:
    offices: dict[str, Office] = {}
    people: dict[str, Person] = {}
    verified = dt.date.min
    verified = _read(builtin_folder() / "data" / "officeholders.yaml", offices, people, strict=False)
    if extra is not None:
        _read(extra, offices, people, strict=True)
    for person in people.values():  # every term must name a known office
        for term in person.terms:
            if term.office not in offices:
                raise ConfigError(f"person '{person.name}': unknown office '{term.office}'"
                                  f"{closest(term.office, offices)}", extra)
    return Registry(offices, list(people.values()), verified)



def _read(path: Path, offices: dict[str, Office], people: dict[str, Person], strict: bool) -> dt.date:
    data, lines = load_file(path, strict)

    def fail(message: str, *at: Any) -> ConfigError:
        return ConfigError(message, path, line_of(lines, *at))

    if not isinstance(data, dict):
        raise fail("a registry must be a mapping with 'verified', 'offices' and 'people'")
    for key in data:
        if key not in ("verified", "offices", "people"):
            raise fail(f"unknown key '{key}'{closest(key, ('verified', 'offices', 'people'))}", key)
    verified = data.get("verified")
    if not isinstance(verified, dt.date):
        raise fail("'verified' must be the date the entries were last checked, e.g. 2025-10-21", "verified")
    for office_id, entry in (data.get("offices") or {}).items():
        at = ("offices", office_id)
        if not isinstance(entry, dict) or not _strings(entry.get("titles")):
            raise fail(f"office '{office_id}' needs 'titles' (a list of titles such as President)", *at)
        for key in entry:
            if key not in _OFFICE_KEYS:
                raise fail(f"office '{office_id}': unknown key '{key}'{closest(key, _OFFICE_KEYS)}", *at, key)
        for key in ("qualifiers", "cased_titles"):
            if not _strings(entry.get(key) or [], allow_empty=True):
                raise fail(f"office '{office_id}': '{key}' must be a list of words", *at, key)
        offices[office_id] = Office(office_id, tuple(entry["titles"]), tuple(entry.get("qualifiers") or []),
                                    bool(entry.get("fixed_term", False)), tuple(entry.get("cased_titles") or []),
                                    bool(entry.get("hereditary", False)))
    for i, entry in enumerate(data.get("people") or []):
        person = _person(entry, fail, ("people", i), verified)
        people[person.name] = person  # a newsroom entry replaces a built-in one
    return verified


_PERSON_KEYS = ("name", "variants", "surnames", "terms", "died")


def _person(entry: Any, fail, at: tuple, verified: dt.date) -> Person:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise fail("each person needs a 'name'", *at)
    name = entry["name"]
    for key in entry:
        if key not in _PERSON_KEYS:
            raise fail(f"person '{name}': unknown key '{key}'{closest(key, _PERSON_KEYS)}", *at, key)
    if "died" in entry and not isinstance(entry["died"], dt.date):
        raise fail(f"person '{name}': 'died' must be a date such as 2022-09-08", *at, "died")
    for key in ("variants", "surnames"):
        if not _strings(entry.get(key) or [], allow_empty=True):
            raise fail(f"person '{name}': '{key}' must be a list of names", *at, key)
    terms = []
    for j, term in enumerate(entry.get("terms") or []):
        where = (*at, "terms", j)
        if not isinstance(term, dict):
            raise fail(f"person '{name}': term {j + 1} must be a mapping (office, start, end)", *where)
        for key in term:
            if key not in ("office", "start", "end", "scheduled_end", "acting"):
                raise fail(f"person '{name}': term {j + 1}: unknown key '{key}'"
                           f"{closest(key, ('office', 'start', 'end', 'scheduled_end', 'acting'))}", *where, key)
        for key in ("start", "end", "scheduled_end"):
            if key in term and not isinstance(term[key], dt.date):
                raise fail(f"person '{name}': term {j + 1}: '{key}' must be a date such as 2025-01-20",
                           *where, key)
        if "start" not in term or not isinstance(term.get("office"), str):
            raise fail(f"person '{name}': term {j + 1} needs 'office' and 'start'", *where)
        if term.get("end") and term["end"] < term["start"]:
            raise fail(f"person '{name}': term {j + 1} ends before it starts", *where, "end")
        terms.append(Term(term["office"], term["start"], term.get("end"), term.get("scheduled_end"),
                          bool(term.get("acting", False))))
    if not terms:
        raise fail(f"person '{name}' needs at least one term", *at)
    return Person(name, terms, verified, list(entry.get("variants") or []), list(entry.get("surnames") or []),
                  entry.get("died"))


def _strings(value: Any, allow_empty: bool = False) -> bool:
    return isinstance(value, list) and (allow_empty or bool(value)) and all(isinstance(v, str) for v in value)
