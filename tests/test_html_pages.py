"""HTML pages as different CMSs export them: residue is flagged inside the
article and in the page around it (a cookie banner, a newsletter rail), except
in the page's nav and footer, which are structure; other rules read only the
article; the article's own header gives the headline."""

from __future__ import annotations

import pytest

import lint


def _found(html: str) -> list[tuple[str, str]]:
    return [(d.rule, html[d.offset:d.end_offset]) for d in lint.check_text(html, format="html")]


WORDPRESS = """<!DOCTYPE html><html lang="en"><head><title>Harbour board delays vote | Island Courier</title>
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="single-post">
<div id="cookie-notice"><p>We use cookies to improve your experience. Accept all | Manage preferences</p></div>
<header id="masthead"><p class="site-title">Island Courier</p><nav><a href="/">Home</a></nav></header>
<div id="primary"><main id="main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Harbour board delays ferry vote</h1></header>
<div class="entry-content">
<p>The harbour board put off its vote on the ferry contract on Tuesday, saying the bids needed more study.</p>
<figure class="wp-block-image"><img src="ferry.jpg" alt=""><figcaption>The ferry at the north pier.</figcaption></figure>
<p>Story continues below advertisement</p>
<p>The board will meet again on March 3, the chair said.</p>
<div class="sharedaddy"><p>Share this article: Facebook | X | Email</p></div>
</div>
</article></main>
<aside id="secondary"><p>Sign up for our newsletter and get the news in your inbox.</p></aside></div>
<footer id="colophon"><p>Copyright 2025 Island Courier. All rights reserved.</p></footer>
</body></html>"""


def test_a_wordpress_page_flags_residue_in_the_article_and_around_it_but_not_in_its_footer():
    found = _found(WORDPRESS)
    residue = [text for rule, text in found if rule == "boilerplate"]
    # Residue that runs on past the article's end is one block, as consecutive residue is.
    assert residue == ["We use cookies to improve your experience. Accept all | Manage preferences",
                       "Story continues below advertisement",
                       WORDPRESS[WORDPRESS.index("Share this"):WORDPRESS.index(" in your inbox.") + 15]]
    assert not any("Copyright" in text or "Island Courier" in text for _, text in found)
    assert {rule for rule, _ in found} == {"boilerplate"}


DRUPAL = """<html lang="en"><head><title>Council approves bridge repairs</title></head><body>
<div class="region region-header"><div class="block">Skip to main content</div></div>
<main role="main"><div class="node node--type-article">
<h1 class="page-title"><span>Council approves bridge repairs</span></h1>
<div class="field field--name-body"><p>The council approved repairs to the Mill Street bridge on Monday.</p>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Deck</td><td>$1.2 million</td></tr></table>
<p>You have 2 free articles remaining this month. Subscribe now for unlimited access.</p>
<p>Work begins in April, the city engineer said.</p></div></div></main>
<div class="region region-footer"><p>Follow us on Facebook</p></div>
</body></html>"""


def test_a_drupal_page_flags_residue_in_regions_outside_main():
    residue = [text for rule, text in _found(DRUPAL) if rule == "boilerplate"]
    # "region-footer" is a div: only the page's <footer> element is structure.
    assert residue == ["Skip to main content",
                       "You have 2 free articles remaining this month. Subscribe now for unlimited access.",
                       "Follow us on Facebook"]


NEWSROOM = """<html><head><title>Flood warning for river towns</title></head><body>
<header class="site-header"><p>Weather | Local | Sport</p></header>
<div class="story"><h1>Flood warning for river towns</h1>
<p>Forecasters issued a flood warning for towns along the Tallow River on Sunday.</p>
<p>Join the conversation &mdash; 23 comments</p></div>
<aside class="rail"><p>Most read: Storm closes coast road</p></aside>
<footer><p>All rights reserved.</p></footer></body></html>"""


def test_a_page_without_article_or_main_reads_its_header_and_aside_only_for_residue():
    residue = [text for rule, text in _found(NEWSROOM) if rule == "boilerplate"]
    # The header's section menu, though not its nav; the rail's "Most read" list.
    assert residue == ["Weather | Local | Sport",
                       NEWSROOM[NEWSROOM.index("Join the"):NEWSROOM.index(" coast road") + 11]]


def test_the_articles_own_header_is_its_headline():
    page = ("<html><body><article><header><h1>the council meets</h1></header>"
            "<p>The council met on Monday.</p></article></body></html>")
    doc_regions = [r.kind for r in __import__("lint.formats", fromlist=["parse"]).parse(page, "html", None).regions]
    assert "heading" in doc_regions


def test_prose_that_reports_on_residue_is_not_residue():
    page = ("<article><p>A cookie banner that says &ldquo;Accept all cookies&rdquo; must also offer a reject "
            "button, the regulator said.</p><p>Read more about the rules in the commission summary, the "
            "spokesperson said.</p></article>")
    assert [rule for rule, _ in _found(page) if rule == "boilerplate"] == []


def test_embedded_scripts_and_styles_are_never_prose():
    page = ("<article><p>The vote is on Monday.</p><script>var a='the,x';</script>"
            "<style>p{color:red}</style><noscript>enable javascript,please</noscript></article>")
    assert _found(page) == []


def test_the_h1_that_repeats_the_title_is_the_headline_and_a_paragraph_that_does_is_a_duplicate():
    assert [r for r, _ in _found(DRUPAL) if r == "duplicate-text"] == []
    page = ("<html><head><title>Council approves bridge repairs | City Post</title></head><body><article>"
            "<h1><a href='/x'>Council approves bridge repairs</a></h1>"
            "<p>Council approves bridge repairs</p><p>The council approved repairs on Monday.</p></article></body></html>")
    assert [t for r, t in _found(page) if r == "duplicate-text"] == ["Council approves bridge repairs"]


def test_a_headline_in_the_title_and_the_h1_is_reported_once_at_the_h1():
    page = ("<html><head><title>Council approves an new budget,despite protests | Daily Post</title></head>"
            "<body><article><h1>Council approves an new budget,despite protests</h1>"
            "<p>The council approved the budget on Friday.</p></article></body></html>")
    found = [(d.rule, d.offset > page.index("<h1>")) for d in lint.check_text(page, format="html")]
    assert sorted(found) == [("indefinite-article", True), ("punctuation-spacing", True)]
    # A <title> the article does not show is still read.
    alone = page.replace("<h1>Council approves an new budget,despite protests</h1>", "")
    assert {d.rule for d in lint.check_text(alone, format="html")} == {"indefinite-article", "punctuation-spacing"}


@pytest.mark.parametrize("credit, flagged", [
    ("", True),  # a pull quote nobody is named for
    ("<cite>Ana Ruiz</cite>", False),
    ("<footer>\u2014 <cite>Ana Ruiz</cite>, librarian</footer>", False),
    ("<p>The <cite>Valley Herald</cite> ran the story first.</p>", True),  # a cited title further on is no credit
])
def test_a_page_block_quotation_is_credited_by_its_cite(credit, flagged):
    quote = "<blockquote><p>\u201cA library is not a vending machine. It is where a town meets itself.\u201d</p>"
    quote += (credit + "</blockquote>") if not credit.startswith("<p>") else ("</blockquote>" + credit)
    page = (f"<html><body><article><h1>Library to close</h1><p>The library on Mill Lane will close in May.</p>"
            f"{quote}<p>The council will decide in May.</p></article></body></html>")
    assert any(d.rule == "unsourced-quote" for d in lint.check_text(page, format="html")) == flagged


def test_the_as_of_date_of_a_page_comes_from_the_page():
    for head in ('<meta property="article:published_time" content="2019-05-01T10:00:00Z">',
                 '<meta content="2019-05-01T10:00:00Z" property="article:published_time">',  # attributes either way
                 "<meta name=date content=2019-05-01>",
                 '<meta itemprop="datePublished" content="2019-05-01">',
                 # A CMS's date that is no ISO date gives way to the next source.
                 '<meta name="pubdate" content="May 1st"><meta name="dc.date" content="2019-05-01">',
                 '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-05-01"}</script>',
                 ''):
        body = '<time datetime="2019-05-01">May 1</time>' if not head else ""
        page = f"<html><head>{head}</head><body><article>{body}<p>President Barack Obama spoke on Monday.</p></article></body></html>"
        (d,) = [d for d in lint.check_text(page, format="html") if d.rule == "title-accuracy"]
        assert d.as_of == "2019-05-01"
        assert "from the page's" in d.message


def test_a_page_or_draft_in_another_language_is_skipped():
    assert lint.check_text('<html lang="fr"><body><p>le conseil,a voté.</p></body></html>', format="html") == []
    assert lint.check_text("---\nlang: de\n---\n\nder Rat tagte,am Montag.\n") == []
    assert lint.check_text('<html lang="en-GB"><body><p>the council met.</p></body></html>', format="html") != []


def test_template_syntax_is_masked_like_code():
    text = ('{{< figure src="x.png" caption="the harbour" >}}\n\n{% include promo.html %}\n\n'
            "The mayor thanked {{ page.author }} for the report.\n")
    assert lint.check_text(text) == []


def test_a_standfirst_is_read_as_the_front_matters_description():
    """A dek under the headline is display text, as front matter's description
    is: a field, not a body paragraph; other classes stay paragraphs."""
    from lint.formats import parse

    page = ('<article><h1>Bridge fears</h1><p class="dek">Residents say the bridge is unsafe</p>'
            '<h2 class="article__standfirst">Repairs,the city says,will take years</h2>'
            '<p class="entry-summary">A summary</p><p class="deskside">Desk notes.</p><p class="lead">The lede.</p>'
            "</article>")
    doc = parse(page, "html", None)
    kinds = [(r.kind, r.name, doc.text[r.start:r.end]) for r in doc.regions if r.kind != "boilerplate"]
    assert kinds == [
        ("heading", None, "Bridge fears"),
        ("field", "standfirst", "Residents say the bridge is unsafe"),
        ("field", "standfirst", "Repairs,the city says,will take years"),
        ("field", "standfirst", "A summary"),
        ("paragraph", None, "Desk notes."),
        ("paragraph", None, "The lede."),
    ]
    # Still read by the rules that read display text: a missing space is a missing space.
    assert [t for r, t in _found(page) if r == "punctuation-spacing"] == ["Repairs,the", "says,will"]


def test_text_straight_inside_a_div_is_a_paragraph():
    """A body written without <p>, lines split by <br>, and residue in a bare
    div are read; a form's buttons and labels are not prose."""
    page = ('<article><h1>Council meets</h1><div class="story-body">the council met on Monday.<br><br>'
            "Critics say the plan is rushed.</div><div class=\"ad-slot\"><span>ADVERTISEMENT</span></div>"
            "<form><button>Subscribe</button><label>Email</label></form></article>")
    from lint.formats import parse

    doc = parse(page, "html", None)
    assert [(r.kind, doc.text[r.start:r.end]) for r in doc.regions] == [
        ("heading", "Council meets"), ("paragraph", "the council met on Monday."),
        ("paragraph", "Critics say the plan is rushed."), ("boilerplate", "ADVERTISEMENT")]
    assert sorted(rule for rule, _ in _found(page)) == ["boilerplate", "sentence-case", "vague-attribution"]


def test_a_wrapped_line_s_br_inside_a_sentence_is_a_space_in_its_paragraph():
    """A CMS that wraps lines with <br> mid-sentence leaves one paragraph: the
    words after the break do not open a sentence, nor is a space missing."""
    from lint.formats import parse

    page = "<article><h1>Talks</h1><p>Talks resumed on Monday,<br>the minister said, and<br>\nthe talks went on.</p></article>"
    doc = parse(page, "html", None)
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "paragraph"] == [
        "Talks resumed on Monday,    the minister said, and    \nthe talks went on."]
    assert _found(page) == []
    # After a full stop, or at a double break, the next line is a new sentence or paragraph.
    assert [r for r, _ in _found("<article><p>Talks resumed on Monday.<br>the minister spoke.</p></article>")] == [
        "sentence-case"]
    assert [r for r, _ in _found("<article><p>Talks resumed on Monday,<br><br>the minister spoke.</p></article>")] \
        == ["sentence-case"]


def test_a_page_without_article_or_main_reads_no_div_text():
    """Without an <article> or <main>, divs are as likely menus and widgets as
    story: only prose elements are read."""
    page = ('<body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div><div class="content">'
            "<h1>Council meets</h1><p>The council met on Monday.</p></div><div class=\"widget\">Sunny, 18C</div></body>")
    from lint.formats import parse

    doc = parse(page, "html", None)
    assert [doc.text[r.start:r.end] for r in doc.regions] == ["Council meets", "The council met on Monday."]


def test_a_div_classed_as_the_articles_body_is_read_as_an_article_is():
    """A page without <article> or <main> whose story sits in a div classed
    as its body ("article-body", "entry-content", "RichTextStoryBody", itemprop="articleBody"): the
    body's own text is prose, and the page around it is read only for residue."""
    from lint.formats import parse

    for opening in ('<div class="article-body">', '<div class="c-entry-content">', '<div itemprop="articleBody">',
                    '<div class="RichTextStoryBody RichTextBody">', '<div class="StoryBodyCompanionColumn">',
                    '<section name="articleBody">'):
        page = ('<body><div class="menu"><a href="/">Home</a></div><div class="sidebar"><p>Sunny, 18C in '
                f'Carver City today</p></div>{opening}the bridge will close on Monday.<br><br>'
                "Read more: Council approves roads budget<br></div></body>")
        doc = parse(page, "html", None)
        texts = [doc.text[r.start:r.end] for r in doc.regions]
        assert texts[0] == "the bridge will close on Monday." and "Sunny" not in " ".join(texts), opening
        assert sorted(_found(page)) == [("boilerplate", "Read more: Council approves roads budget"),
                                        ("sentence-case", "the")], opening


@pytest.mark.parametrize("cls", ["History-body", "signpost-content", "poststext"])
def test_a_class_that_only_holds_the_words_of_a_body_class_is_no_body(cls):
    page = (f'<body><p>Sunny, 18C in Carver City today.</p><div class="{cls}">the bridge will close on Monday.</div>'
            '</body>')
    assert _found(page) == []


@pytest.mark.parametrize("cls, residue", [
    ("postContentAd", True), ("mainAdSlot", True), ("headerAdvertising", True), ("storyRelatedLinks", True),
    ("postContentAdjacent", False), ("adaptiveLayout", False), ("shareholderNotice", False),
])
def test_a_residue_word_in_a_class_written_in_camel_case_marks_residue(cls, residue):
    """"postContentAd" holds the words of a body class, but ends in an ad's: residue;
    "Adjacent" and "adaptive" only begin with its letters."""
    from lint.formats import parse

    page = (f'<body><div class="post-content"><p>The bridge will close on Monday.</p></div><div class="{cls}">'
            "<p>Win two tickets to the county show</p></div></body>")
    doc = parse(page, "html", None)
    kinds = [r.kind for r in doc.regions if doc.text[r.start:r.end].startswith("Win")]
    assert kinds == (["boilerplate"] if residue else ["paragraph"] if cls.startswith("post") else [])


def test_a_page_with_no_paragraph_element_is_read_from_its_divs():
    """A page with no <article>, <main>, body class nor any <p>: its story can
    only be written straight into divs, lines parted by <br>."""
    page = ('<body><div id="content"><h2>Mill fire: homes evacuated</h2><div class="story">Fire crews were called '
            "to the mill shortly after 2am.<br><br>Around 40 homes were evacuated as a precaution,and residents "
            "were taken to a rest centre.<br><br>Advertisement<br><br>the fire service said the blaze was under "
            "control by 7am.</div></div></body>")
    assert sorted(_found(page)) == [("boilerplate", "Advertisement"), ("punctuation-spacing", "precaution,and"),
                                    ("sentence-case", "the")]
    # With a <p> on the page, text straight in a div is no paragraph: menus and widgets are built so. It is
    # read only for residue.
    assert _found(page.replace("<body>", "<body><p>Sunny, 18C in Carver City today.</p>")) == [
        ("boilerplate", "Advertisement")]


@pytest.mark.parametrize("chrome", [
    '<div id="cookie-notice"><p>We use cookies to improve your experience.</p></div>',
    '<nav><p>Home | News | Sport</p></nav>',
    '<footer><p>Highland News Ltd, 2025</p></footer>',
    '<header><p>The Carver City Courier</p></header>',
    '<p class="standfirst">Forty homes cleared as the blaze spreads</p><p class="byline">By Ana Ruiz</p>',
    '<p class="article-date">4 March 2025</p>',
])
def test_a_page_whose_only_paragraphs_are_its_chrome_is_read_from_its_divs(chrome):
    """A <p> in a cookie banner, the nav, the header or the footer, or one that
    holds a line about the story (a standfirst, a byline, a date) is not the
    story's way of writing: the story in divs is still read."""
    page = ('<body>' + chrome + '<div class="story">Fire crews were called to the mill shortly after 2am.<br><br>'
            "the fire service said the blaze was under control by 7am.</div></body>")
    assert ("sentence-case", "the") in _found(page)


def test_an_element_classed_as_residue_is_residue_whatever_it_says():
    """The page's own markup says what is residue: a promo or a list of related
    links is flagged though no phrase list knows its words; a class that only
    looks similar ("share-price", "tagline", "comment") is prose."""
    page = ("<article><h1>Ferry contract delayed</h1><p>The board put off its vote on Tuesday.</p>"
            '<p class="promo">Win two tickets to the county show this summer</p>'
            '<ul class="related-links"><li><a href="/a">Ferry fares to rise in April</a></li>'
            '<li><a href="/b">Harbour board names new chair</a></li></ul>'
            '<p class="share-price">Harbour Lines shares rose 4% on the news.</p>'
            '<p class="tagline">The board will meet again on March 3, the chair said.</p></article>')
    found = [(rule, text) for rule, text in _found(page) if rule == "boilerplate"]
    assert found == [("boilerplate", page[page.index("Win two"):page.index("Harbour board names new chair") + 29])]
    from lint.formats import parse

    doc = parse(page, "html", None)
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "paragraph"] == [
        "The board put off its vote on Tuesday.", "Harbour Lines shares rose 4% on the news.",
        "The board will meet again on March 3, the chair said."]


@pytest.mark.parametrize("cls", ["most-read", "trending-widget", "recirc", "read-more-links", "up-next",
                                 "more-stories", "mostpopular", "inline-cta", "donation-ask", "membership-banner",
                                 "support-us", "sharedaddy", "jp-relatedposts"])
def test_a_rail_of_the_sites_own_stories_is_residue_by_its_class(cls):
    page = ("<article><h1>Talks resume</h1><p>The talks resumed on Monday, the ministry said.</p>"
            f'<div class="{cls}"><p>Ten places to see before winter</p></div>'
            "<p>A deal is not expected this week.</p></article>")
    assert [rule for rule, _ in _found(page)] == ["boilerplate"]


@pytest.mark.parametrize("cls", ["trend-line", "readership", "story-body", "factbox", "member-list"])
def test_a_class_that_only_looks_like_a_rail_is_prose(cls):
    page = ("<article><h1>Talks resume</h1><p>The talks resumed on Monday, the ministry said.</p>"
            f'<div class="{cls}"><p>Ten places to see before winter</p></div>'
            "<p>A deal is not expected this week.</p></article>")
    assert _found(page) == []


def test_a_long_text_in_an_element_classed_as_residue_is_prose():
    body = " ".join(["The board met again and the vote was put off once more for lack of bids."] * 6)
    page = f'<article><h1>Ferry</h1><div class="promo-story"><p>{body}</p></div></article>'
    assert [rule for rule, _ in _found(page) if rule == "boilerplate"] == []


def test_the_page_around_the_article_is_read_only_for_residue():
    page = ("<html><body><header class='masthead'><p>the Island Courier,since 1887</p></header>"
            "<aside><h3>Most read</h3><ul><li>Storm closes coast road</li><li>Ferry fares to rise</li></ul>"
            "<p>an editor's note,not residue.</p></aside>"
            "<div class='promo'><p>Win two tickets to the county show</p></div>"
            "<div class='sponsored-content'><p>" + "The long story a CMS wrapped whole. " * 12 + "</p></div>"
            "<article><h1>Ferry vote delayed</h1><p>The board met on Tuesday.</p></article>"
            "<footer><p>Sign up for our newsletter and get the news in your inbox.</p>"
            "<div class='newsletter'>Subscribe</div></footer></body></html>")
    found = _found(page)
    # Nothing but residue is reported outside the article: not the masthead's
    # lowercase start or missing space, not the long text a class wraps, nothing in the footer.
    assert {rule for rule, _ in found} == {"boilerplate"}
    residue = [text for _, text in found]
    assert residue[0].startswith("Most read") and residue[0].endswith("Ferry fares to rise")
    assert residue[1:] == ["Win two tickets to the county show"]


@pytest.mark.parametrize("section", ["<![x](y)", "<![!x]>", "<![if x]>", "<![", "<![x"])
def test_a_marked_section_the_parser_does_not_know_is_a_comment_not_a_crash(section):
    """Python's HTML parser raises on these; a browser reads a bogus comment."""
    page = f"<p>The vote is on Monday.</p>{section} <p>the count is due,then.</p>"
    found = lint.check_text(page, format="html")
    spans = {(d.rule, page[d.offset:d.end_offset]) for d in found}
    if ">" in section:  # the comment closed: the paragraph after it is read, where it stands
        assert ("sentence-case", "the") in spans and ("punctuation-spacing", "due,then") in spans


def test_a_tables_cells_are_data_unless_one_holds_prose():
    page = ("<article><h1>What's on</h1><p>There is plenty to do this weekend in the town centre.</p>"
            "<table><tr><th>event</th><th>time</th></tr><tr><td>food festival</td><td>10am</td></tr>"
            "<tr><td>the run starts at the park gates and goes twice round the lake before it ends.</td></tr>"
            "</table></article>")
    found = [(d.rule, page[d.offset:d.end_offset]) for d in lint.check_text(page, format="html")]
    assert found == [("sentence-case", "the")]  # the cell that holds a sentence, not "event" or "food festival"


def _wordpress_main(after_article: str, before_article: str = "") -> str:
    return ("<html><body><main id='main'>" + before_article +
            "<article><h1>Library to close on Sundays</h1>"
            "<p>The library will close on Sundays from March, the council said.</p>"
            "<p>The change will save about £38,000 a year, according to a council report.</p>"
            "<p>The council will review the hours next year.</p></article>" + after_article + "</main></body></html>")


def test_a_main_that_frames_one_article_yields_to_it():
    # The author box and the comments a theme puts in <main> after the article are the page, read only for
    # residue: not a story that ends on "View all posts by Jo Marsh", nor a commenter's lowercase.
    page = _wordpress_main("<div class='author-info'><p>Jo covers local government. View all posts by Jo Marsh"
                           "</p></div><div class='comments-area'><p>this is a disgrace,they always cut libraries</p>"
                           "</div>")
    assert _found(page) == []


def test_a_main_whose_article_is_a_card_beside_the_story_is_still_the_draft():
    # The story stands in <main> itself and the only <article> is a related card: <main> stays the container.
    story = "".join(f"<p>Paragraph {n} of the story, the council said.</p>" for n in range(5))
    page = ("<html><body><main><h1>Library to close</h1>" + story + "<p>the council will review it next year.</p>"
            "<article class='card'><p>Another story.</p></article></main></body></html>")
    assert ("sentence-case", "the") in _found(page)


def test_text_straight_in_a_div_on_a_page_written_in_paragraphs_is_read_for_residue():
    """A scraped page with no <article> or <main>, its story in <p>s: a sign-up bar,
    a share bar and a footer's links built from divs are residue; a date line and
    a div of prose are the page's own, read for nothing else."""
    page = ('<body><div id="top-bar">Subscribe now and get 3 months for \u00a31</div><div class="content">'
            '<h1>Cycle lanes approved</h1><div class="author-line">By Staff Reporter | 20 May 2025</div>'
            "<p>Councillors approved 12km of cycle lanes on Tuesday.</p>"
            '<div class="box">the council,which meets monthly, will review the plan</div>'
            '<div class="bar">Follow us on X | Facebook | Instagram</div>'
            "<p>Work starts in June.</p></div>"
            '<div id="footer-links">About us | Contact | Advertise with us</div></body>')
    assert _found(page) == [("boilerplate", "Subscribe now and get 3 months for \u00a31"),
                            ("boilerplate", "Follow us on X | Facebook | Instagram"),
                            ("boilerplate", "About us | Contact | Advertise with us")]


@pytest.mark.parametrize("cls", ["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed"])
def test_an_embedded_post_is_its_cards_not_the_storys_prose(cls):
    """An embedded post's blockquote is drawn as a card by its platform's script: its words are another's, signed
    by the card, so its signature line is no residue and its text no sentence of the story's."""
    page = ("<article><h1>Harbour wall repairs</h1><p>Repairs to the harbour wall will begin in March, the "
            f'commissioners have confirmed.</p><blockquote class="{cls}"><p>great news - work starts in March!</p>'
            '&mdash; Porthaven Sailing Club (@PorthavenSC) <a href="#">December 2, 2026</a></blockquote>'
            "<p>The harbour master said the work was overdue.</p></article>")
    assert _found(page) == []
    from lint.formats import parse

    doc = parse(page, "html", None)
    assert [doc.text[r.start:r.end] for r in doc.regions if r.kind == "paragraph"] == [
        "Repairs to the harbour wall will begin in March, the commissioners have confirmed.",
        "The harbour master said the work was overdue."]


def test_a_blockquote_with_another_class_and_a_pasted_posts_signature_are_still_read():
    page = ("<article><h1>Harbour wall repairs</h1><p>Repairs to the harbour wall will begin in March.</p>"
            '<blockquote class="pull-quote"><p>great news for the town.</p></blockquote>'
            "<p>&mdash; Porthaven Sailing Club (@PorthavenSC) December 2, 2026</p></article>")
    assert [rule for rule, _ in _found(page)] == ["sentence-case", "boilerplate"]


def test_a_q_element_is_read_with_the_quotation_marks_a_browser_draws():
    from lint.formats import parse

    page = ("<article><p>The vote was close.</p><p><q>Nobody asked us about any of this, not once,</q> one resident "
            "said.</p><p>Jane Ode said:<q>We will not give up on this town.</q></p></article>")
    doc = parse(page, "html")
    assert [doc.text[r.start:r.end] for r in doc.regions][1:] == [
        "\u201cNobody asked us about any of this, not once,\u201d one resident said.",
        "Jane Ode said:\u201cWe will not give up on this town.\u201d"]
    # ... so the rules see the quotation, and a fix lands beside the tag
    assert [rule for rule, _ in _found(page)] == ["unsourced-quote", "punctuation-spacing"]
    fixed, _ = lint.fix_text(page, format="html")
    assert "Jane Ode said: <q>We will" in fixed
