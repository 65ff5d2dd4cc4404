"""unsourced-quote and vague-attribution."""

from __future__ import annotations

import pytest

import lint
from conftest import flagged

QUOTE, VAGUE = "unsourced-quote", "vague-attribution"
ORPHAN = "with nobody named before it"  # a pronoun whose person the story never named


def quote_findings(text: str, config=None) -> list[tuple[str, str]]:
    """(quoted text, kind of problem) for each unsourced quotation."""
    out = []
    for d in lint.check_text(text, format="text", config=config):
        if d.rule == QUOTE:
            kind = "none" if d.message.startswith("Quotation has no attribution") or ORPHAN in d.message \
                else "unnamed"
            out.append((text[d.offset:d.end_offset], kind, d.severity))
    return out


# -- unsourced-quote ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe talks will continue next week,\u201d Peskov said.",
        "\u201cThe talks will continue next week,\u201d said Dmitry Peskov, the Kremlin\u2019s spokesman.",
        "Dmitry Peskov, the Kremlin\u2019s spokesman, said: \u201cThe talks will continue next week.\u201d",
        "Peskov told reporters on Monday:\n\n\u201cThe talks will continue next week, and we are ready.\u201d",
        "The Kremlin said in a statement that \u201cthe talks were useful and will continue.\u201d",
        "\u201cThe talks were useful and will continue,\u201d the ministry said.",
        "According to Peskov, \u201cthe talks were useful and will continue.\u201d",
        "\u201cThe talks were useful and will continue,\u201d Zelenskyy wrote on Telegram.",
        "\"We will not accept these terms under any circumstances,\" Maria Lopez said.",
        "Maria Lopez chairs the panel. \u201cWe will vote on Friday, as planned,\u201d she said.",
        "\u201cWe will vote on Friday,\u201d Lopez said. \u201cNobody should expect a delay.\u201d",
        # a quotation running over paragraphs, attributed in its first paragraph
        "\u201cWe came to talk about the future of the region,\u201d Peskov said.\n\n"
        "\u201cAnd we will keep talking for as long as it takes.\n\n\u201cThere is no other way.\u201d",
        # a body's statement, issued or released, introduces its words
        "The team issued a brief response: \u201cWe remain committed to keeping the franchise here.\u201d",
        "The ministry released a statement saying it \u201cregrets the delay and will review the case.\u201d",
        # the speaker of the paragraph before, named once with the first quotation
        "\u201cWe document everything,\u201d said the tenants\u2019 lawyer, Omar Haddad.\n\n"
        "\u201cEvery photo, every email, every call to the office.\n\n\u201cNone of it made a difference.\u201d",
        # ... also when that quotation ran over two sentences
        "Council leader Ana Ruiz defended the cuts.\n\n\u201cWe had no choice. The money is simply not there,\u201d "
        "she told the meeting.\n\n\u201cI understand people are upset.\u201d",
        # a document's words, and signs listed together
        "\u201cThis agreement delivers the largest raises in a generation,\u201d the letter read.",
        "The statement read, in part: \u201cWe will appeal the ruling at once.\u201d",
        "Signs on the fence read \u201cFair contract now\u201d and \u201cOne job should be enough.\u201d",
        "\u201cEnough is enough, we say,\u201d read one placard.",  # what was read, after the verb
        # a speaker with a long run of initials, as many South Indian names have
        "Officials met on Monday.\n\n\u201cWe have kept 120 relief centres ready,\u201d Revenue Minister "
        "K.K.S.S.R. Ramachandran told reporters.",
        "Talks resumed. A receptionist read the names from a list. \u201cWe will fight on,\u201d Dana Hill said.",
        "The posters said \u201cNo cuts\u201d, \u201cSave our library\u201d or \u201cBooks are not a luxury.\u201d",
        # ... a comma inside the marks, as US copy sets it
        "Students held signs that read \u201cNo uniforms,\u201d \u201cUniforms do not change anything,\u201d "
        "\u201cLet us express ourselves\u201d and \u201cI follow the dress code, do not punish me.\u201d",
        # scare quotes, nicknames, titles of works, single terms
        "He called the plan \u201chistoric\u201d and praised the \u201cvery good talks\u201d.",
        "Trump\u2019s book \u201cThe Art of the Deal\u201d sold well.",
        "She plays rock \u2019n\u2019 roll, as in the \u201990s, and calls it \u2018fun\u2019.",
        "The so-called \u2018peace dividend\u2019 never came.",
        # justified anonymity is not reported by default
        "\u201cThe deal is dead,\u201d said a senior official who spoke on condition of anonymity because "
        "they were not authorised to discuss the talks.",
    ],
)
def test_sourced_or_not_speech(text):
    assert quote_findings(text) == []


@pytest.mark.parametrize(
    "text, kind",
    [
        ("\u201cThe dynamic between the two leaders is unpredictable,\u201d notes a political commentator "
         "familiar with U.S.-Russia relations.", "unnamed"),
        ("\u201cThe deal is dead,\u201d one official said.", "unnamed"),
        ("\u201cThe deal is dead and buried for now,\u201d a source told us.", "unnamed"),
        ("\u201cThe deal is dead and buried for now,\u201d according to insiders.", "unnamed"),
        ("Observers said: \u201cThe deal is dead and buried for now.\u201d", "unnamed"),
        ("A spokesman put out a short statement: \u201cThere is no comment at this time.\u201d", "unnamed"),
        ("\u201cWe will fight on to the very end,\u201d read a spokesman.", "unnamed"),
        # a quotation paragraph after prose, not right after the attributed one
        ("\u201cWe document everything,\u201d said Omar Haddad.\n\nThe suit was filed in May.\n\n"
         "\u201cNone of it made any difference at all to anyone.\u201d", "none"),
        ("\u201cWe document everything,\u201d said Omar Haddad. The suit was filed in May.\n\n"
         "\u201cNone of it made any difference at all to anyone.\u201d", "none"),
        # a sign's words end the list: the next sentence's quotation is speech again
        ("Signs read \u201cFair pay now\u201d. \u201cWe are not going anywhere, not this year.\u201d", "none"),
        ("\u201cThe deal is dead and buried for now, and everyone knows it.\u201d", "none"),
        ("The mood was grim. \u201cNobody expects a breakthrough this week at all.\u201d", "none"),
        ("\u201cIt will fail,\u201d an analyst said. \u201cEveryone can see that by now,\u201d he added.", "unnamed"),
    ],
)
def test_flags_unsourced_quotations(text, kind):
    found = quote_findings(text)
    assert found and all(k == kind for _, k, _ in found)


def test_a_pronoun_after_an_anonymous_source_stays_anonymous():
    text = "\u201cIt will fail,\u201d an analyst said. Later he added: \u201cEveryone can see that by now.\u201d"
    # One speaker, one finding: the second quotation is the same unnamed analyst's.
    assert [k for _, k, _ in quote_findings(text)] == ["unnamed"]
    named = "Maria Lopez chairs the panel. \u201cIt will fail,\u201d an analyst said. \u201cSee?\u201d she added."
    assert [k for _, k, _ in quote_findings(named)] == ["unnamed"]


def test_a_pronoun_with_nobody_named_before_is_unsourced():
    assert [k for _, k, _ in quote_findings("\u201cWe will win this fight in the end,\u201d she said.")] == ["none"]
    # The message says which pronoun stands for the speaker, as the draft has one.
    (d,) = [d for d in lint.check_text("The mayor spoke for an hour. \u201cWe will fix the buses by the summer,\u201d "
                                       "she said.", format="text") if d.rule == QUOTE]
    assert d.message.startswith("Quotation is attributed only to \u201cshe\u201d, with nobody named before it")


def test_one_diagnostic_per_quotation_with_the_right_message():
    text = ("\u201cThe dynamic is unique and unpredictable,\u201d notes a political commentator. "
            "\u201cPast interactions have shown a willingness to engage.\u201d")
    diagnostics = [d for d in lint.check_text(text, format="text") if d.rule == QUOTE]
    assert len(diagnostics) == 1  # one speaker: its second quotation is not a second defect
    assert diagnostics[0].message == (
        "Quotation is attributed only to an unnamed source (\u201ca political commentator\u201d) with no reason "
        "given: name the source, or say why it cannot be named (who spoke on condition of anonymity because ...)")


def test_justified_anonymity_can_be_a_suggestion():
    text = ("\u201cThe deal is dead,\u201d said a senior official who spoke on condition of anonymity because "
            "they were not authorised to discuss the talks.")
    config = {"rules": {QUOTE: {"justified_anonymous": "suggestion"}}}
    assert [s for _, _, s in quote_findings(text, config)] == ["suggestion"]


def test_min_words_threshold():
    text = "Maria Lopez said the plan was \u201ca total and utter failure\u201d and left."
    assert quote_findings(text) == []  # five words: speech, and attributed
    assert quote_findings("Critics called it \u201cdead on arrival, clearly\u201d.") == []
    config = {"rules": {QUOTE: {"min_words": 2}}}
    assert quote_findings("The mood was grim. \u201cDead on arrival\u201d was the verdict.", config) != []


# -- vague-attribution -------------------------------------------------------------

@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Reports suggest a key condition has been set.", "Reports suggest"),
        ("While the timing is unclear, sources indicate both sides are preparing.", "sources indicate"),
        ("Analysts are divided on the implications.", "Analysts are divided"),
        ("Analysts say the rate will rise.", "Analysts say"),
        ("Experts believe the drought will last.", "Experts believe"),
        ("Critics argue the plan is too costly.", "Critics argue"),
        ("Some say the plan is too costly.", "Some say"),
        ("Many believe the plan is too costly.", "Many believe"),
        ("It is widely believed that the talks will fail.", "It is widely believed"),
        ("Observers note a shift in tone.", "Observers note"),
        ("According to reports, the talks failed.", "According to reports"),
        ("It has been reported that the talks failed.", "It has been reported"),
        ("Russian officials have repeatedly said no.", "Russian officials have repeatedly said"),
        ("Analysts at the bank expect a cut.", "Analysts at the bank expect"),  # "the bank" names nobody
        # A stance group is not tied to what it stands on, named or not.
        ("The plan was unveiled in May. Critics of the plan say it is rushed.", "Critics of the plan say"),
        ("Supporters of Mayor Dana Hill say the plan is sound.", "Supporters of Mayor Dana Hill say"),
        ("Critics of the plan, including several councillors, say it is rushed.",
         "Critics of the plan, including several councillors, say"),
        ("Commentators have pointed out that the rules changed.", "Commentators have pointed out"),
        ("Officials familiar with the investigation confirmed the arrest.",
         "Officials familiar with the investigation confirmed"),
        ("Sources told this newspaper that the mayor will resign.", "Sources told"),
        ("Officials told Reuters the deal was close.", "Officials told"),
        ("Social media users claimed the video was fake.", "Social media users claimed"),
        ("Locals say the road floods every spring.", "Locals say"),
        ("There are growing concerns that the cost will double.", "There are growing concerns that"),
        ("Speculation is growing that the chief will resign.", "Speculation is growing"),
        ("According to local media, the mayor was warned in March.", "According to local media"),
        # the source is named after a clause word; the finding quotes it, not the clause
        ("The jury convicted him, ending a trial in which experts said he lied.", "experts said"),
        ("A long sentence is unlikely, though legal experts said it was possible.", "legal experts said"),
    ],
)
def test_flags_vague_attribution(text, phrase):
    assert flagged(text, VAGUE) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Goldman Sachs say the rate will rise.",
        "Reports by Reuters suggest a deal is close.",
        "According to a report by the Congressional Budget Office, the deficit will grow.",
        "Kremlin officials have repeatedly emphasized their preference for direct talks.",
        "Commentary from Kremlin-affiliated sources reveals several priorities.",
        "The reports were published on Monday.",
        "Some of the delegates left early.",
        "He said many things.",
        "\u201cReports suggest nothing,\u201d Peskov said.",  # quoted speech is reported as said
        "Officials at the ministry of health confirmed the figures.",
        "Doctors told her that she would recover.",  # told within the story, not to the press
        "Survivors told their stories to the tribunal.",
        "The council confirmed the closure on Monday.",
        "There are two bridges over the river.",
        "According to the local media regulator, Ofcom, the licence lapsed.",
        "The trial ended on Tuesday. Prosecutors said he used public money for a boat.",  # the case's party
    ],
)
def test_does_not_flag_named_sources(text):
    assert flagged(text, VAGUE) == []


# A group's claim that a named poll stands behind is sourced; an unnamed poll,
# or one about someone else, leaves it vague.
@pytest.mark.parametrize(
    "text",
    [
        "Most economists expect a cut in September, according to a Bloomberg survey.",
        "Economists expect growth to slow, a survey by the Confederation of British Industry showed on Monday.",
        "Economists expect a cut, a poll of 40 economists for the Financial Times found.",
        "In a Reuters poll last week, most economists said they expected no change.",
        "Analysts expect profit to fall this quarter. A FactSet survey of 20 analysts puts the decline at 8%.",
        "Economists had widely expected the decision. In a Reuters poll, 61 of 64 economists forecast no change.",
        "Investors expect two cuts this year, according to the Fed\u2019s latest survey.",
        "Economists expect a cut, according to Monday\u2019s Reuters poll.",  # a day before the name
        "Economists expect a cut, according to Bloomberg data.",
        "Analysts expect revenue of about $138bn, per LSEG data, up 11% on a year earlier.",  # "per" for "according to"
        "Economists expect growth of 1.2% this year, per a Reuters poll.",
        "Most economists in a Bloomberg survey expect a cut.",  # the poll inside the subject
        "Economists surveyed in a Reuters poll expect the bank to hold rates.",
    ],
)
def test_a_named_poll_sources_a_groups_claim(text):
    assert flagged(text, VAGUE) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Economists expect a cut, according to a survey.", "Economists expect"),  # whose survey?
        ("Economists expect a cut, according to a recent survey.", "Economists expect"),
        ("Economists expect a cut, per a recent survey.", "Economists expect"),
        ("Economists expect growth of 1.2% per year.", "Economists expect"),
        ("Economists expect a cut, according to Monday\u2019s poll.", "Economists expect"),  # a day names nobody
        # a named poll of other people, or a named body's own claim, beside the group's
        ("Analysts expect sales to slow. A Bloomberg survey of consumers found confidence fell.", "Analysts expect"),
        ("Critics say the plan is flawed, but Mayor Dana Hill said it would work.", "Critics say"),
        ("Economists expect a cut, and the Fed\u2019s latest survey showed prices rising.", "Economists expect"),
        ("The Reuters poll was wrong, analysts said.", "analysts said"),  # the poll is what they spoke of
        ("Most economists in a recent survey expect a cut.", "Most economists in a recent survey expect"),
        # the poll is in the next paragraph, not the next sentence of this one (a lead's expectation is the
        # summary of a poll the story names further down: see test_sourcing_cases)
        ("Rates are on hold.\n\nMost economists expect a cut.\n\nA Reuters poll of economists found the same.",
         "Most economists expect"),
    ],
)
def test_an_unnamed_or_unrelated_poll_leaves_the_claim_vague(text, phrase):
    assert flagged(text, VAGUE) == [phrase]


def test_an_unnamed_survey_that_puts_a_figure_is_vague_itself():
    """Whose survey? It sources neither the group's claim nor its own figure."""
    text = "Analysts expect sales to slow. A British survey of analysts puts the fall at 8%."
    assert flagged(text, VAGUE) == ["Analysts expect", "A British survey of analysts puts"]


def test_display_text_is_not_read_and_the_body_is():
    """Headlines, subheads, the front matter's title and description and a
    page's standfirst compress the story's sourcing; the body carries it."""
    draft = ('---\ntitle: "Residents say the bridge is unsafe"\ndescription: "Experts say repairs will take years"\n'
             "---\n\n# Economists say a recession is coming\n\n## Analysts expect delays\n\n"
             "Critics say the bridge was rushed.\n")
    assert flagged(draft, VAGUE) == ["Critics say"]
    page = ('<article><h1>Bridge fears</h1><p class="dek">Residents say the bridge is unsafe</p>'
            '<p class="c-standfirst">Experts believe repairs will take years</p>'
            "<p>Residents say the bridge shook.</p></article>")
    assert [page[d.offset:d.end_offset] for d in lint.check_text(page, format="html") if d.rule == VAGUE] == \
        ["Residents say"]
    assert lint.check_text(page, format="html")[0].offset == page.index("Residents say the bridge shook")


def test_a_plain_text_drafts_headline_in_sentence_case_is_display_text():
    """Plain text keeps no markup: its first line, with no closing punctuation
    and a story after it, is the headline, as "# ..." is in Markdown."""
    draft = ("Miners weigh sale of copper unit, sources say\n\n"
             "Glenmore Mining is exploring a sale, three people said, speaking on condition of anonymity "
             "because the talks are private. Critics say the price is too low.\n")
    assert flagged(draft, VAGUE) == ["Critics say"]
    # After page residue, and with a standfirst under it, too.
    draft = ("Home > Business > Mining\n\nMiners weigh sale of copper unit, sources say\n\n"
             "Analysts expect a price of about $4bn\n\nGlenmore Mining is exploring a sale of the unit. It "
             "declined to comment.\n")
    assert flagged(draft, VAGUE) == []


def test_a_plain_text_drafts_long_headline_hard_wrapped_onto_a_second_line_is_display_text():
    draft = ("\"We underestimated how long the supply chain would take\": Q&A with\nVolta's chief executive\n\n"
             "Volta Trucks filed for bankruptcy last year, then came back. Its new chief executive, Carl-Magnus "
             "Norden, spoke to us about the relaunch.\n")
    assert flagged(draft, "unsourced-quote") == []
    # ... not a first paragraph whose first line is short: a line ended there, not wrapped
    draft = ("\"We underestimated how long the\nsupply chain would take\": Q&A with Volta's chief\n\n"
             "Volta Trucks filed for bankruptcy last year, then came back.\n")
    assert flagged(draft, "unsourced-quote") != []


@pytest.mark.parametrize("draft, phrase", [
    # sentences, the last stop lost
    ("Analysts say the plan will fail. It goes to a vote on Friday. Read more\n", "Analysts say"),
    ("Analysts say the plan will fail\n", "Analysts say"),  # no story after it
    ("analysts say the plan will fail\n\nThe plan was approved on Monday.\n", "analysts say"),  # lowercase: prose
])
def test_a_first_line_that_is_no_headline_is_still_read(draft, phrase):
    assert flagged(draft, VAGUE) == [phrase]


def test_newsroom_extends_the_evidence_words():
    text = "Economists expect a cut, according to the Ifo barometer."
    assert flagged(text, VAGUE) == ["Economists expect"]
    config = {"rules": {VAGUE: {"lexicon": {"evidence": {"extend": ["barometer"]}}}}}
    assert flagged(text, VAGUE, config=config) == []


def test_newsroom_extends_the_phrases():
    config = {"rules": {VAGUE: {"lexicon": {"impersonal": {"extend": ["word on the street is"]}}}}}
    assert flagged("Word on the street is that the deal is off.", VAGUE, config=config) == ["Word on the street is"]


def test_a_subject_class_kept_across_drafts_follows_each_drafts_answers():
    """Subject classes are kept for the next draft with the questions that
    decided them: "officials at the bank" is a named body where the story named
    the bank, unnamed where it did not, whichever draft came first."""
    named = "The central bank raised rates on Tuesday.\n\nOfficials at the bank said the move was needed.\n"
    unnamed = "Rates rose on Tuesday.\n\nOfficials at the bank said the move was needed.\n"
    for text, expected in [(named, []), (unnamed, ["vague-attribution"]), (named, []), (unnamed, ["vague-attribution"]),
                           (unnamed, ["vague-attribution"]), (named, [])]:
        assert [d.rule for d in lint.check_text(text)] == expected
