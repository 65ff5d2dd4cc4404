"""The date a draft states under its headline (lint.model.dates): what counts
as a date line, and what is only a date in the story."""

from __future__ import annotations

import datetime as dt

import pytest

import lint
from lint.model.dates import stated_date


@pytest.mark.parametrize(
    "head, date",
    [
        ("Published 14 November 2023", "2023-11-14"),
        ("Headline here\nBy Ana Ruiz, Courts Reporter\nApril 17, 2024\n\nThe court ruled.", "2024-04-17"),
        ("Published 14 March 2024 | Updated 15 March 2024", "2024-03-14"),
        ("Published: 14:32 BST, 3 June 2025 | Updated: 15:10 BST, 3 June 2025", "2025-06-03"),
        ("By Lena Ortiz \u00b7 November 20, 2026", "2026-11-20"),
        ("By Sarah Okoye | 14 Nov 2026", "2026-11-14"),
        ("Nov. 20, 2026 \u00b7 4 min read", "2026-11-20"),
        ("Posted on Thu, Jan 5, 2023 at 9:15 a.m.", "2023-01-05"),
        ("3:32 PM EDT, Tue November 14, 2023", "2023-11-14"),
        ("*Tuesday 14th November 2023*", "2023-11-14"),  # set in italics in a Markdown draft
        ("First published on 2 September 2022", "2022-09-02"),
        ("2024-05-08T10:00:00Z", "2024-05-08"),
        # An update's date only when nothing says when the story first ran.
        ("Updated 15 March 2024\nPublished 14 March 2024", "2024-03-14"),
        ("Last updated 3 June 2025", "2025-06-03"),
        # A blog's line, with its author after the date, and a year-first date with slashes.
        ("Posted on 2025-03-04 by admin", "2025-03-04"),
        ("March 4, 2025 by Ana Ruiz", "2025-03-04"),
        ("2025/03/04", "2025-03-04"),
        # A numeric date that can mean one day only, or written with dots as day-first countries write it.
        ("25/06/2025", "2025-06-25"),
        ("06/25/2025", "2025-06-25"),
        ("Published 12.06.2025", "2025-06-12"),
        ("Posted on 25/06/2025 at 09:14", "2025-06-25"),
        # A TV station's page parts the date from the time with a slash.
        ("Posted: Jan 8, 2025 / 06:12 AM PST", "2025-01-08"),
        # An update after a space, and a broadcaster's name after the time.
        ("Mon 2 Jun 2025 18.00 BST Last modified on Tue 3 Jun 2025 08.12 BST", "2025-06-02"),
        ("Jun. 4, 2025 / 9:12 AM / CBS News", "2025-06-04"),
        # A dateline that gives the year, opening the first paragraph however long it is.
        ("Talks stall\n\nLONDON, Jan. 15, 2024 \u2014 Foreign Secretary David Cameron said on Monday that Britain "
         "would not rule out further strikes on targets in Yemen, as ministers met in Downing Street.", "2024-01-15"),
        ("ARLINGTON, Va., March 3, 2025 (AP) \u2014 Boeing said.", "2025-03-03"),
        ("NEW YORK, May 20, 2025 /PRNewswire/ -- Acme Corp. today announced a merger.", "2025-05-20"),
        ("KYIV, Ukraine, Aug. 24, 2024 (AP) \u2014 Ukraine marked its independence day.", "2024-08-24"),
        # A CMS's "Written by", its author's name lost in a scrape.
        ("Monday, 03 February 2020 01:45 Written by", "2020-02-03"),
        # A site's banner of the day, bare, yields to the story's own stamp below it ...
        ("Wednesday, 03 July 2024\nUnited Kingdom\n\nLatest News\n\nKnife attacker was freed days ago\n\n"
         "Monday, 03 February 2020 01:45 Written by\n\nThe attacker was shot dead.", "2020-02-03"),
        ("Wednesday, 03 July 2024\nHeadline\nBy Ana Ruiz | 3 February 2020\n\nThe council met.", "2020-02-03"),
        # ... but not to another bare date, nor to an update
        ("Wednesday, 03 July 2024\nHeadline\n3 February 2020\n\nThe council met.", "2024-07-03"),
        ("3 July 2024\nUpdated 5 July 2024\n\nThe council met.", "2024-07-03"),
        # The place it was filed from, before the date or after it on the line.
        ("Trump meets Xi at G20\n\nOsaka, June 29, 2019\n\nThe leaders met.", "2019-06-29"),
        ("OSAKA, Japan, 29 June 2019", "2019-06-29"),
        ("New Delhi, Saturday, June 29, 2019", "2019-06-29"),
        ("June 29, 2019 | Osaka", "2019-06-29"),
        ("29 June 2019 \u00b7 Kuala Lumpur", "2019-06-29"),
        # A paper's own dateline in title case, opening the first paragraph.
        ("Bridge opens\n\nNew York, June 3, 2019 \u2014 Mayor Bill de Blasio opened the bridge.", "2019-06-03"),
        ("Arlington, Va., March 3, 2019 -- The board voted.", "2019-03-03"),
    ],
)
def test_a_date_line_dates_the_draft(head, date):
    found = stated_date(head)
    assert found is not None and found[0] == dt.date.fromisoformat(date)


@pytest.mark.parametrize(
    "head",
    [
        "On 14 November 2023 the council met.",  # a date in a sentence is what the story is about
        "14 November 2023 was the day the bridge closed.",
        "March 3, 2024 \u2014 The council votes on the plan.",  # a timeline's entry
        "January 8, 2025 / The fire spread overnight",
        "04/05/2024",  # April or May? Read differently on either side of the Atlantic
        "31/02/2025",  # no such day
        "12.06.25",  # no year of four digits
        "May 2024",  # no day
        "Budget 2025: what changes for you",
        "31 June 2024",  # no such day
        "March 3, 2024 by-election results",  # no author after "by"
        "2025/03-04",  # one separator or the other
        "The hearing is set for 14 November 2023 at 10 a.m. in Courtroom 4, the clerk said on Monday evening.",
        "\n" * 30 + "Published 14 November 2023",  # far below the headline: not the page's date line
        "BRUSSELS, Oct 20 (Reuters) - EU ministers agreed.",  # a dateline without its year
        "June 4, 2025 / 9:12 AM / The council votes",  # a timeline's entry, after a time
        "US President Joe Biden, May 4, 2024 \u2014 said the plan would work.",  # no city in capitals
        "The council, which met on May 4, 2024 \u2014 voted.",
        "Osaka, June 29, 2019, was the hottest day.",  # a sentence that opens with a place and a date
        "June 29, 2019 | The council votes on the plan",  # a timeline's entry after a bar
        "In Osaka, June 29, 2019",  # no place alone before the date
        "In Osaka, June 29, 2019 \u2014 the leaders met.",
        "The Council, June 29, 2019 \u2014 the leaders met.",
        "Monday, June 29, 2019 \u2014 the leaders met.",  # a weekday is no place
    ],
)
def test_a_date_that_is_no_date_line_is_not_read(head):
    assert stated_date(head) is None



_BIDEN = "<p>Former President Joe Biden spoke on Monday.</p>"


@pytest.mark.parametrize("page, date", [
    # A page saved on one line (minified): its byline's date is read block by block.
    (f'<html><body><article><h1>Talks</h1><p class="byline">By Jo Bell | May 2, 2023</p>{_BIDEN}</article>'
     '</body></html>', "2023-05-02"),
    (f"<html><body><article><time>2 May 2023</time>{_BIDEN}</article></body></html>", "2023-05-02"),
    # ... as on a page laid out over lines.
    (f"<html>\n<body>\n<article>\n<p>Published May 2, 2023</p>\n{_BIDEN}\n</article>\n</body>\n</html>\n",
     "2023-05-02"),
])
def test_a_pages_date_line_is_read_block_by_block(page, date):
    messages = [d.message for d in lint.check_text(page, format="html") if d.rule == "title-accuracy"]
    assert len(messages) == 1 and f"as of {date}, from the draft's date line" in messages[0]
