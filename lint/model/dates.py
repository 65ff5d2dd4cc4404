"""The date a draft says it was published, read from its own text: the line a
scraped page or a pasted story carries under its headline ("Published 14
November 2023 | Updated 15 November 2023", "April 17, 2024", "By Ana Ruiz ·
Nov. 20, 2026"), or the dateline that opens its first paragraph, when it
gives the year ("LONDON, Jan. 15, 2024 — ..."). Title accuracy judges a
draft as of that date when no front matter or page markup gives one: a 2023
story that says "President Joe Biden" was right when it ran.

Only a whole line that is a date, with at most a label, a byline, a weekday
and a time around it, counts, and only near the top: a date inside a sentence
("On 14 November 2023 the council ...") is what the story is about, not when
it ran. Numeric dates other than ISO are read differently on either side of
the Atlantic: one is read only when it can mean one day ("25/06/2025",
"06/25/2025"; not "04/05/2024"), or with dots, which only day-first
countries write ("12.06.2025"); a year first ("2024/05/04") is read as ISO's.
"""

from __future__ import annotations

import datetime as dt
import re

from .patterns import compiled_later

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?" \
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?|\d{1,2}[ \t]*(?:[ap]\.m\.|[AP]M))(?:[ \t]+[A-Z]{2,5})?"
_DATE = (rf"(?:(?P<d1>{_DAY})[ \t]+(?:of[ \t]+)?(?P<m1>{_MONTH}),?[ \t]+(?P<y1>\d{{4}})"
         rf"|(?P<m2>{_MONTH})[ \t]+(?P<d2>{_DAY}),?[ \t]+(?P<y2>\d{{4}})"
         r"|(?P<y3>\d{4})(?P<dash>[-/])(?P<m3>\d{2})(?P=dash)(?P<d3>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
         r"|(?P<n1>\d{1,2})(?P<mark>[/.])(?P<n2>\d{1,2})(?P=mark)(?P<y4>\d{4}))")
# A separator between the parts of a date line: "|", "·", "•", a dash or a slash between spaces, a comma.
_SEP = r"(?:[ \t]*[|\u00b7\u2022,][ \t]*|[ \t]+[-\u2013\u2014/][ \t]+)"
# The place a story was filed from, on its date line: "Osaka", "OSAKA, Japan", "New Delhi" (capitalised words, not
# a preposition's phrase: "In Osaka", nor a weekday's name, which is the date's).
_CAPITALISED = r"[A-Z][\w.'\u2019-]*"
_PLACE = (rf"(?-i:(?!(?:In|On|At|From|For|The|Since|Until|After|Before|{_WEEKDAY_NAME})\b)"
          rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}"
          rf"(?:,[ \t]+{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)?)")
_DATE_LINE = (
    r"(?i)"
    rf"(?:By[ \t]+[A-Z][^|\u00b7\u2022\n]{{0,60}}?{_SEP})?"  # "By Lena Ortiz · "
    r"(?P<label>(?:First[ \t]+)?(?:Published|Posted|Updated|Last[ \t]+updated|Last[ \t]+modified|Filed|Date)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*)?"
    rf"(?:{_PLACE},[ \t]+)?(?:{_TIME}(?:,|[ \t]+on)?[ \t]+)?{_WEEKDAY}?{_DATE}"
    # a time, and after it a broadcaster's name: "Jun. 4, 2025 / 9:12 AM / CBS News"
    rf"(?:(?:,|[ \t]+at|{_SEP})?[ \t]*{_TIME}(?:{_SEP}(?-i:[A-Z][\w&.'\u2019]*(?:[ \t]+[A-Z][\w&.'\u2019]*){{0,3}}))?)?"
    # a blog's "Posted on 2025-03-04 by admin", a CMS's "Written by" (its author's name lost in a scrape too)
    r"(?:[ \t]+(?:by[ \t]+[^|\u00b7\u2022\n]{1,60}?|written[ \t]+by(?:[ \t]+[^|\u00b7\u2022\n]{1,60}?)?))?"
    # After another separator, only more about the page: "| Updated ...", "· 4 min read", and an update
    # after a space ("... 18.00 BST Last modified on ..."); not a timeline's entry ("March 3, 2024 \u2014 The
    # council votes").
    rf"(?:(?:{_SEP}|[ \t]+)(?:Updated|Last[ \t]+updated|Last[ \t]+modified|Modified)\b.*"
    rf"|{_SEP}\d+[ \t]*min(?:ute)?s?(?:[ \t]+read)?\b.*"
    # ... or the place it was filed from: "June 29, 2019 | Osaka"
    rf"|{_SEP}{_PLACE})?[ \t]*\Z"
)
# A wire or press-release dateline that carries the year, opening the first paragraph: "LONDON, Jan. 15, 2024
# —", "ARLINGTON, Va., March 3, 2025 (AP) —", "NEW YORK, May 20, 2025 /PRNewswire/ --", and a paper's own
# in title case, "New York, June 3, 2019 —". A dateline without a year ("BRUSSELS, Oct 20 (Reuters) -") says
# nothing of the year.
_DATELINE = (
    r"(?i)"
    rf"(?:(?-i:[A-Z][A-Z.'\u2019 -]{{1,40}}(?:,[ \t]+[A-Z][\w.'\u2019 -]{{1,30}}?)?)|{_PLACE}),[ \t]+{_WEEKDAY}?{_DATE}"
    r"(?:[ \t]+\([A-Z][\w ]{1,30}\)|[ \t]*/[^/\n]{1,40}/)?[ \t]*(?:\u2014|\u2013|--?)(?=[ \t])"
)


# Compiled when a draft first needs them: most drafts carry their date in front matter or markup, and a
# start-up that compiles these for nothing costs every one-file run.
_DATELINE_AT = compiled_later(_DATELINE)
_DATE_LINE_AT = compiled_later(_DATE_LINE)
_BARE_DATE_AT = compiled_later(rf"(?i){_WEEKDAY}?{_DATE}")
# ... and a page's date line without its year: "Sunday, May 26", "Tue 4 March".
_YEARLESS_DATE_LINE = compiled_later(rf"(?i){_WEEKDAY}?(?:{_DAY}[ \t]+{_MONTH}|{_MONTH}\.?[ \t]+{_DAY})[ \t]*\Z")


def is_date_line(line: str) -> bool:
    """Is a line only a page's date, with or without its year and a label ("Published 4 March 2025", "Sunday, May
    26")?"""
    line = line.strip()
    lowered = line.lower()
    if not any(c.isdigit() for c in line) or not (
            "/" in line or "-" in line or "." in line or any(month[:3] in lowered for month in _MONTHS)):
        return False  # most lines: no figure, or no month's name or figures' date beside it (looked for as text,
        # before the patterns)
    return _DATE_LINE_AT().match(line) is not None or _YEARLESS_DATE_LINE().match(line) is not None


_HEAD_LINES = 25  # the top of a draft: headline, standfirst, byline, a cookie banner or two
_HEAD_CHARS = 4000


def stated_date(text: str) -> tuple[dt.date, str] | None:
    """The date a draft's head says it was published, and the line that says
    it; a line labelled as an update only when no other says when it ran, and
    a bare date (a site's banner of the day, "Wednesday, 03 July 2024") only
    when no line below it stamps the story with a label, a byline or a time."""
    updated = bare = None
    for line in text[:_HEAD_CHARS].splitlines()[:_HEAD_LINES]:
        line = line.strip().strip("*_")  # a Markdown draft may set the line in italics or bold
        if not line or not any(c.isdigit() for c in line[:120]):
            continue
        dateline = _DATELINE_AT().match(line) if line[:1].isupper() else None
        if dateline is not None and (date := _date(dateline)) is not None:
            return date, dateline.group()  # "LONDON, Jan. 15, 2024 — Foreign Secretary David Cameron said ..."
        if len(line) > 120:
            continue
        m = _DATE_LINE_AT().match(line)
        date = _date(m) if m else None
        if m is None or date is None:
            continue
        if m["label"] and m["label"].lower().lstrip().startswith(("updated", "last")):
            updated = updated or (date, line)
            continue
        if _BARE_DATE_AT().fullmatch(line):
            bare = bare or (date, line)
            continue
        return date, line
    return bare or updated


def _date(m: re.Match[str]) -> dt.date | None:
    if m["y3"]:
        year, month, day = int(m["y3"]), int(m["m3"]), int(m["d3"])
    elif m["y4"]:
        year, first, second = int(m["y4"]), int(m["n1"]), int(m["n2"])
        if m["mark"] == "." or (first > 12 and second <= 12):
            day, month = first, second  # "12.06.2025", "25/06/2025"
        elif second > 12 and first <= 12:
            month, day = first, second  # "06/25/2025"
        else:
            return None  # "04/05/2024": April or May
    else:
        name = (m["m1"] or m["m2"]).rstrip(".").lower()
        year, day = int(m["y1"] or m["y2"]), int((m["d1"] or m["d2"]).rstrip("stndrh"))
        month = next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))
    try:
        return dt.date(year, month, day)
    except ValueError:  # "31 June 2024": no date at all
        return None
