"""The `dateline-style` kind: a dateline in the house style.

AP style (the default): the city in capitals, no state or country after the
cities AP lets stand alone, an optional agency in parentheses, then an em dash:
"WASHINGTON —", "LONDON (AP) —"; a wire dateline's date is kept ("LONDON, June
3 (Reuters) —"). Articles without a dateline are not judged.
The message may use {problems} and {expected}; the fix rewrites the dateline
when the city is one that stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.layout import WIRE_DATE
from ..model.types import DATELINE
from .contract import CHOICE, TEXTS, ActiveRule, Context, Kind, Param

_PARTS = re.compile(rf"(?P<place>.*?)(?P<date>{WIRE_DATE})?\s*(?P<agency>\([^)]*\))?"
                    r"\s*(?P<dash>\u2014|\u2013|--|-)\s*$", re.DOTALL)

if TYPE_CHECKING:
    from ..model.document import Document


# The states an AP dateline names after a US town (AP's abbreviations, and the eight it spells out): after a city
# that stands alone, another state than its own says the place is a namesake ("LONDON, Ky.", "PARIS, Texas",
# "WASHINGTON, Pa."), not a redundant state ("CHICAGO, Ill.").
_US_STATES = frozenset("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
    Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va.
    Wis. Wyo. Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah D.C.""".upper().split())


def prepare(params: dict) -> tuple[dict[str, str], str]:
    # each city, with its own state after a comma when it has one ("CHICAGO, Ill."): the state it needs no more
    cities = {}
    for entry in params["standalone_cities"]:
        city, _, home = entry.upper().partition(",")
        cities[city.strip()] = home.strip()
    return cities, params["dash"]


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    cities, dash = rule.state
    for region in doc.regions_of({DATELINE}):
        # Read with markup blanked: a bold dateline ("**London** \u2014") is judged on its words.
        raw = doc.shown(region.start, region.end)
        m = _PARTS.match(raw.rstrip())
        if m is None:
            continue
        place, agency = m["place"].strip(), m["agency"]
        city_part, comma, state = place.partition(",")  # AP: "SPRINGFIELD, Ill."
        problems = []
        if city_part != city_part.upper():
            problems.append("the city in capitals")
        city = _standalone(place.upper().replace(",", ""), cities)
        after = place[len(city):].strip(" ,").upper() if city and place.upper().startswith(city) else ""
        if city and after in _US_STATES and after != cities[city]:
            city = None  # a namesake in another state: "LONDON, Ky.", "WASHINGTON, Pa."
        if city and place.upper().replace(",", "").strip() != city:
            problems.append(f"no state or country after {city}")
        if m["dash"] != dash:
            problems.append(f"an em dash ({dash})")
        if not problems:
            continue
        written = city or f"{city_part.upper()}{comma}{state}"
        expected = f"{written}{m['date'] or ''}{' ' + agency if agency else ''} {dash} "
        # Rewriting a dateline that holds markup would drop its closing marks, so it gets no fix.
        plain = raw == doc.text[region.start:region.end]
        fix = Fix(f'Write "{expected.strip()}"', (Edit(region.start, region.end, expected),)) \
            if city and plain else None
        shown = " ".join(raw.split())
        yield Finding(region.start, region.start + len(raw.rstrip()), rule.spec.message.format(
            dateline=shown, problems=", ".join(problems), expected=expected.strip()), fix)


def _standalone(place: str, cities: dict[str, str]) -> str | None:
    """The standalone city a place starts with: "WASHINGTON D.C." -> "WASHINGTON"."""
    words = place.split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if candidate in cities:
            return candidate
    return None


KIND = Kind("dateline-style", check, fixes=True, prepare=prepare,
            fields=frozenset({"dateline", "problems", "expected"}),
            params={"standalone_cities": Param(TEXTS, []),
                    "dash": Param(CHOICE, "\u2014", choices=("\u2014", "\u2013", "--", "-"))})
