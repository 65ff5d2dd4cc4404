"""HTML drafts, as a CMS exports them, through the standard library's HTML parser.

Prose comes from p, h1-h6, li, blockquote, figcaption, and a table cell that
holds a sentence (other cells are data, as a Markdown table is), and, in an
<article> or <main> (or a div classed as the article's body, "article-body",
"entry-content"), text straight inside a div or section (a body written
without <p>, a bare "ADVERTISEMENT" slot), though not its buttons or labels.
The document's <title> and a standfirst (an element classed "dek",
"standfirst", "summary" or "subtitle") are read as the front matter's title
and description are; an element classed as the page's own ("ad-slot",
"newsletter", "related-links"; or so named by its id) holds residue. Script,
style, nav, code and pre are masked, as is everything outside prose elements
and an embedded post's blockquote ("twitter-tweet"), another's words signed by
its own card.
Page furniture is not the draft: with an <article> or <main>, everything outside
it (outside the article, when <main> only frames one), and without one, the
page's header and aside and, on a page that writes its story in <p>s, the text
straight inside its divs (a sign-up bar, a share bar), is read only for residue (a
cookie banner, a "Most read" rail: blocks marked `outside`, which no other rule
reads), and the page's footer is masked as its nav is. Inside the article they
are read as prose, so its <header> gives the headline. Tags
become spaces of their own length; a block ends at a block's tag or a <br>,
but not at a <br> inside a sentence (a wrapped line: "Monday,<br>the").
Entities are decoded ("Trump&rsquo;s" is read as "Trump’s"), so the
Document's text is shorter than the file there; its OffsetMap takes every
diagnostic back to exact offsets in the file.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser

from ..model.document import Document, OffsetMap
from ..model.layout import MARKED_RESIDUE, PAGE_TEXT, Block, BoilerplateMatcher, classify
from ..model.masking import apply, url_spans
from ..model.types import BLOCKQUOTE, CAPTION, FIELD, HEADING, LIST_ITEM, OPAQUE, PARAGRAPH, TABLE, Region

# A table's cells are data ("food festival", "10am"), read as a Markdown table is, unless one holds
# prose (a page laid out in a table): see _PROSE_CELL.
PROSE = {"p": PARAGRAPH, "li": LIST_ITEM, "blockquote": BLOCKQUOTE, "figcaption": CAPTION, "td": TABLE,
         "th": TABLE, **{f"h{i}": HEADING for i in range(1, 7)}}
STANDFIRST = "standfirst"  # the FIELD name of a page's dek, as "title" is its <title>'s
MASKED = frozenset({"script", "style", "nav", "pre", "noscript", "template"})
# Page furniture: skipped outside the article, read (and judged for residue) inside it,
# where a <header> holds the headline and an <aside> or <footer> may hold residue.
FURNITURE = frozenset({"header", "footer", "aside"})
CONTAINERS = frozenset({"article", "main"})
# Elements whose own text, outside any prose element, reads as a paragraph:
# "<div class="ad-slot">ADVERTISEMENT</div>", a body written without <p>.
FLOW = frozenset({"div", "section", "article", "main", "body", "aside", "header", "footer", "center"})
# Inline elements: their tags vanish from the prose ("<em>Monday</em>.Both" reads
# "Monday.Both"), but for <q>, read as the quotation marks a browser draws; the
# text of inline code becomes opaque tokens, as in Markdown.
INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark", "q", "s", "small",
                    "span", "strong", "sub", "sup", "time", "u", "font", "ins", "del", "wbr"})
CODE = frozenset({"code", "kbd", "samp", "var"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})
# Starting one of these closes an open <p>, as browsers do.
CLOSES_P = frozenset({"p", "div", "ul", "ol", "table", "blockquote", "figure", "section", "article",
                      *(f"h{i}" for i in range(1, 7))})
_LINE_BREAKS = re.compile(r"[^\n]")
# A class that marks the page's standfirst (dek, summary) under the headline:
# "dek", "article__dek", "c-standfirst", "entry-summary", "subtitle".
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|sub-?head(?:line)?|summary)(?:$|[\s_-])", re.IGNORECASE)
# A boundary inside a class written in camel case: "postContentAd", "RichTextStoryBody".
_CAMEL = r"(?-i:(?<=[a-z])(?=[A-Z]))"
# A class that marks a line of the page's own about the story: "byline", "article-date", "meta", "credit".
_PAGE_LINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|date|dateline|timestamp|time|meta|credit|posted)"
                              r"(?:$|[\s_-])", re.IGNORECASE)
# A class that marks page residue inside the article: "ad-slot", "c-newsletter",
# "related-links", "share_bar", "cookie-banner", a rail of the site's own
# stories, "most-read", "trending-widget", a plea, "inline-cta",
# "donation-ask", "membership-banner", and WordPress's share and related-posts
# boxes, "sharedaddy", "jp-relatedposts"; its text is residue whatever it says.
# "share", "social", "tags" and "comments" count only where they end the class
# or a widget word follows: "share-bar", not "share-price".
_RESIDUE_CLASS = re.compile(
    rf"(?:^|[\s_-]|{_CAMEL})(?:(?:ads?|advert(?:isement|ising)?s?|adblock|sponsor(?:ed)?|promo(?:tion)?s?|newsletters?|signup|"
    r"subscribe|subscription|paywall|related|recommended|recirculation|outbrain|taboola|cookies?|consent|gdpr|"
    r"disqus|breadcrumbs?|most[-_]?(?:read|popular|viewed|shared)|trending|recirc|read[-_]?(?:more|next)|"
    r"more[-_]?stories|up[-_]?next|cta|donat(?:e|ions?)|membership|support[-_]?us|sharedaddy|related[-_]?posts?)"
    rf"(?:$|[\s_-]|{_CAMEL})|(?:share|sharing|social|tags|comments)(?:[-_](?:bar|buttons?|tools|links?|"
    r"icons|widget|box|list|count|section))?(?:$|\s))", re.IGNORECASE)
# A blockquote classed as an embedded post, which the platform's script draws as a card: "twitter-tweet",
# "instagram-media", "tiktok-embed", "bluesky-embed", "threads-embed" (its signature line, "\u2014 Ana Ruiz
# (@anaruiz) June 3, 2025", is the card's, not page residue).
_EMBED_CLASS = re.compile(r"(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|"
                          r"text-post-media|threads-embed|reddit-embed-bq|fb-xfbml-parse-ignore)(?:$|\s)")
# A class that marks the story's own body in a page without <article> or <main>: "article-body",
# "article__body", "entry-content", "post-content", "story-body", "articleBody", and inside a name written
# in camel case ("RichTextStoryBody", "StoryBodyCompanionColumn").
_BODY_CLASS = re.compile(rf"(?:^|[\s_-]|{_CAMEL})(?:article|entry|post|story)(?:[-_]{{1,2}})?(?:body|content|text)"
                         rf"(?:$|[\s_-]|{_CAMEL})", re.IGNORECASE)


class _Reader(HTMLParser):
    """Records every construct with where it starts in the file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[str, tuple[int, int], str]] = []  # (kind, (line, column), detail)
        self.standfirsts: set[int] = set()  # the events that open a prose element classed as a standfirst
        self.residues: set[int] = set()  # the events that open an element classed as page residue
        self.bodies: set[int] = set()  # the events that open a div classed as the article's body
        self.page_lines: set[int] = set()  # the events that open a <p> classed as a byline, a date or the like
        self.embeds: set[int] = set()  # the events that open a blockquote classed as an embedded post

    def _add(self, kind: str, detail: str = "") -> None:
        self.events.append((kind, self.getpos(), detail))

    def handle_starttag(self, tag, attrs):
        classes = " ".join(value for name, value in attrs if name == "class" and value)
        if classes and tag in PROSE and _STANDFIRST_CLASS.search(classes):
            self.standfirsts.add(len(self.events))
        elif classes and tag == "p" and _PAGE_LINE_CLASS.search(classes):
            self.page_lines.add(len(self.events))
        elif classes and tag == "blockquote" and _EMBED_CLASS.search(classes):
            self.embeds.add(len(self.events))
        names = " ".join(value for name, value in attrs if name in ("class", "id") and value)  # id="cookie-notice"
        if names and tag not in CONTAINERS and tag not in ("html", "body") and _RESIDUE_CLASS.search(names):
            self.residues.add(len(self.events))
        elif tag in ("div", "section") and (names and _BODY_CLASS.search(names) or any(
                name in ("itemprop", "name") and value == "articleBody" for name, value in attrs)):
            self.bodies.add(len(self.events))  # <div class="article-body">: an <article> by another name
        self._add("void" if tag in VOID else "start", tag)

    def handle_startendtag(self, tag, attrs):
        self._add("void", tag)

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data")

    def handle_entityref(self, name):
        self._add("entity")

    handle_charref = handle_entityref

    def handle_comment(self, data):
        self._add("other")

    handle_decl = handle_pi = unknown_decl = handle_comment

    def parse_marked_section(self, i, report=1):
        """A marked section Python's parser does not know ("<![x]", "<![!"),
        read as a browser reads it: a bogus comment, not an error."""
        where = self.lineno, self.offset  # the failed scan may have moved them
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = where
            return self.parse_bogus_comment(i, report)


def _main_yields_to_its_article(events: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """A <main> that holds one <article> with most of its paragraphs is the
    page's frame, as a WordPress theme writes it (the author box and the
    comments after the article): read as a div, so that only the article is
    the draft. Not when the article is a card beside the story."""
    tags = [tag for kind, _, tag in events if kind == "start"]
    if tags.count("article") != 1 or "main" not in tags:
        return events
    depth = {"main": 0, "article": 0}
    in_main = in_article = 0
    for kind, _, tag in events:
        if tag in depth and kind in ("start", "end"):
            depth[tag] += 1 if kind == "start" else -1
        elif kind == "start" and tag == "p" and depth["main"] > 0:
            in_main += 1
            in_article += depth["article"] > 0
    if in_main == 0 or in_article * 2 < in_main:
        return events
    return [(kind, start, "div" if tag == "main" else tag) for kind, start, tag in events]


def _line_goes_on(events: list, i: int, source: str, pieces: list[str]) -> bool:
    """Does the sentence go on over a <br>, a wrapped line's break ("on Monday,<br>the minister said")? Then the
    break is a space in the paragraph, not the end of one: after a comma or a lowercase letter, before one."""
    before = next((piece.rstrip() for piece in reversed(pieces) if piece.strip()), "")
    if not before or not (before[-1] in ",;" or before[-1].islower()) or i + 1 >= len(events):
        return False
    kind, start, _ = events[i + 1]
    end = events[i + 2][1] if i + 2 < len(events) else len(source)
    after = source[start:end].lstrip()
    return kind == "data" and after[:1].islower()


def parse(source: str, boilerplate: BoilerplateMatcher | None) -> Document:
    reader = _Reader()
    reader.feed(source)
    reader.close()
    line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    events = _main_yields_to_its_article(
        [(kind, line_starts[line - 1] + col, detail) for kind, (line, col), detail in reader.events])

    pieces: list[str] = []  # the Document's text, built piece by piece
    spans: list[tuple[int, int, int, int]] = []  # decoded entities: the OffsetMap
    blocks: list[Block] = []
    fields: list[Region] = []
    stack = _OpenTags()
    length = 0  # of the text so far
    # (kind, start in the text, outside the draft, its first piece) of the prose block being read
    open_block: tuple[str, int, bool, int] | None = None

    def close_block() -> None:
        nonlocal open_block
        if open_block is not None:
            kind, start, outside, first = open_block
            if kind in ("title", STANDFIRST) and not outside:  # read as the front matter's title and description are
                fields.append(Region(FIELD, start, length, name=kind))
            else:
                if kind == TABLE and _PROSE_CELL.search("".join(pieces[first:])):
                    kind = PARAGRAPH
                blocks.append(Block(kind, start, length, outside))
            open_block = None

    # With an <article> or <main>, everything outside it is the page, not the draft.
    contained = bool(reader.bodies) or any(kind == "start" and tag in CONTAINERS for kind, _, tag in events)
    # Text straight inside a div is a paragraph there; and on a page with no <p> of its own, whose story can only
    # be written so ("<div class="story">Fire crews were called ...<br><br>Around 40 homes ...</div>").
    flowing = contained or not _own_paragraphs(events, reader)

    def outside() -> bool:
        return not stack.any_of(CONTAINERS) and "title" not in stack and (contained or stack.any_of(FURNITURE))

    def prose_kind() -> str | None:
        if stack.any_of(MASKED) or stack.embeds:
            return None  # an embedded post is another's words, set out and signed by its own card
        if outside():
            # The page's own text is read only to find residue in it (a cookie
            # banner, a "Most read" rail); its footer is structure, as its nav is.
            return None if "footer" in stack else stack.innermost_prose(flow=True)
        return stack.innermost_prose(flow=flowing)

    def page_text() -> bool:
        """Text straight inside a div on a page that writes its story in <p>s:
        a sign-up bar, a share bar ("Follow us on X | Facebook"), read for residue."""
        return not flowing and not stack.prose and not stack.any_of(MASKED) and "footer" not in stack \
            and stack.innermost_prose(flow=True) == PARAGRAPH

    for i, (kind, start, tag) in enumerate(events):
        end = events[i + 1][1] if i + 1 < len(events) else len(source)
        raw = source[start:end]
        if kind in ("start", "end", "void"):
            inline = tag in INLINE or tag in CODE
            in_prose = prose_kind() is not None
            if not inline and not (tag == "br" and in_prose and _line_goes_on(events, i, source, pieces)):
                close_block()  # a block ends at a block's tag; not at a wrapped line's <br>, a space in it
            stack.follow(kind, tag, i, reader)
            if inline and in_prose and tag == "q" and kind != "void":
                mark = "\u201c" if kind == "start" else "\u201d"  # <q> is drawn with its quotation marks
                if open_block is None and (opening := prose_kind()) is not None:  # a paragraph may open with one
                    open_block = (MARKED_RESIDUE if stack.residues else opening, length, outside(), len(pieces))
                spans.append((length, 1, start, len(raw)))
                pieces.append(mark)
                length += 1
            elif inline and in_prose:
                spans.append((length, 0, start, len(raw)))  # the tag vanishes from the prose
            else:
                pieces.append(_LINE_BREAKS.sub(" ", raw))  # markup keeps its length
                length += len(raw)
            continue
        current = prose_kind() if kind in ("data", "entity") else None
        if current is None and kind in ("data", "entity") and raw.strip() and page_text():
            current = PAGE_TEXT
        if current is not None and open_block is None:
            open_block = (MARKED_RESIDUE if stack.residues else current, length, outside() or current == PAGE_TEXT,
                          len(pieces))
        if current is None:
            pieces.append(_LINE_BREAKS.sub(" ", raw))  # masked text keeps its length
            length += len(raw)
        elif stack.any_of(CODE):
            width = len(unescape(raw)) if kind == "entity" else len(raw)
            if kind == "entity":
                spans.append((length, width, start, len(raw)))
            pieces.append(OPAQUE * width)
            length += width
        elif kind == "entity":
            decoded = unescape(raw)
            spans.append((length, len(decoded), start, len(raw)))
            pieces.append(decoded)
            length += len(decoded)
        else:
            pieces.append(raw)
            length += len(raw)
    close_block()

    text = "".join(pieces)
    masked = apply(text, url_spans(text))
    regions = fields + classify(masked, blocks, boilerplate)
    return Document(text, masked, regions, format="html", source=source, offsets=OffsetMap(spans),
                    lang=_attribute(_HTML_LANG, source), page_date=_page_date(source))


_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")


def balanced_tags(source: str, start: int, end: int) -> bool:
    """Does source[start:end] close every tag it opens, and open every tag it
    closes? (A fix that deletes it then leaves the page's structure whole.)"""
    stack: list[str] = []
    for m in _TAG.finditer(source, start, end):
        closing, tag, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if tag in VOID or self_closing:
            continue
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            return False
    return not stack


def _own_paragraphs(events: list[tuple[str, int, str]], reader: _Reader) -> bool:
    """Does the page write its text in <p>s? Not when its only <p>s are a
    cookie banner's (an element classed as residue), its nav's, header's or
    footer's, or lines about the story (a standfirst, a byline, a date)."""
    if not any(kind == "start" and tag == "p" for kind, _, tag in events):
        return False
    stack = _OpenTags()
    for i, (kind, _, tag) in enumerate(events):
        if kind == "start" and tag == "p" and not stack.residues and not stack.any_of(MASKED) \
                and not stack.any_of(FURNITURE) and i not in reader.standfirsts and i not in reader.page_lines:
            return True
        if kind in ("start", "end"):
            stack.follow(kind, tag, i, reader)
    return False


class _OpenTags:
    """The stack of open elements, with counts kept as tags come and go, so
    each question about it costs the same however deep a page nests (10,000
    unclosed <div>s must not make a draft quadratic)."""

    GROUPS = (MASKED, CONTAINERS, FURNITURE, CODE)

    def __init__(self) -> None:
        self.tags: list[str] = []
        self.counts: Counter[str] = Counter()
        self.open_in: dict[frozenset[str], int] = dict.fromkeys(self.GROUPS, 0)  # open tags of each group
        self.prose: list[int] = []  # where the PROSE and title elements stand in `tags`
        self.standfirsts: set[int] = set()  # which of those are a standfirst
        self.flows: list[int] = []  # where the FLOW elements stand in `tags`
        self.blocks: list[int] = []  # where every element that is not inline stands ("button", "label" too)
        self.residues: list[int] = []  # where the elements classed as residue stand
        self.bodies: list[int] = []  # where the divs classed as the article's body stand
        self.embeds: list[int] = []  # where the blockquotes classed as an embedded post stand

    def push(self, tag: str, standfirst: bool = False, residue: bool = False, body: bool = False,
             embed: bool = False) -> None:
        if residue:
            self.residues.append(len(self.tags))
        if embed:
            self.embeds.append(len(self.tags))
        if body:
            self.bodies.append(len(self.tags))
            self.open_in[CONTAINERS] += 1
        if tag in PROSE or tag == "title":
            self.prose.append(len(self.tags))
            if standfirst:
                self.standfirsts.add(len(self.tags))
        elif tag in FLOW:
            self.flows.append(len(self.tags))
        if tag not in INLINE and tag not in CODE:
            self.blocks.append(len(self.tags))
        self.tags.append(tag)
        self.counts[tag] += 1
        for group in self.GROUPS:
            if tag in group:
                self.open_in[group] += 1

    def follow(self, kind: str, tag: str, i: int, reader: _Reader) -> None:
        """Open or close the elements event `i` opens or closes, as a browser would."""
        if kind == "start":
            if tag in CLOSES_P and self.top() == "p":
                self.pop()
            if tag not in VOID:
                self.push(tag, i in reader.standfirsts, i in reader.residues, i in reader.bodies,
                          i in reader.embeds)
        elif kind == "end" and tag in self:
            while self.pop() != tag:
                pass

    def pop(self) -> str:
        tag = self.tags.pop()
        self.counts[tag] -= 1
        for group in self.GROUPS:
            if tag in group:
                self.open_in[group] -= 1
        if self.prose and self.prose[-1] == len(self.tags):
            self.prose.pop()
            self.standfirsts.discard(len(self.tags))
        if self.flows and self.flows[-1] == len(self.tags):
            self.flows.pop()
        if self.blocks and self.blocks[-1] == len(self.tags):
            self.blocks.pop()
        if self.residues and self.residues[-1] == len(self.tags):
            self.residues.pop()
        if self.embeds and self.embeds[-1] == len(self.tags):
            self.embeds.pop()
        if self.bodies and self.bodies[-1] == len(self.tags):
            self.bodies.pop()
            self.open_in[CONTAINERS] -= 1
        return tag

    def top(self) -> str | None:
        return self.tags[-1] if self.tags else None

    def __contains__(self, tag: str) -> bool:
        return self.counts[tag] > 0

    def any_of(self, group: frozenset[str]) -> bool:
        """Is an element of one of the GROUPS open?"""
        return self.open_in[group] > 0

    def innermost_prose(self, flow: bool) -> str | None:
        """The kind of prose the next text is. With `flow`, text straight inside a
        div or section is a paragraph (not inside its form's button or label):
        only where an <article> or <main> says what the story is, since a page
        without one builds its menus and widgets from divs too."""
        if not self.prose:
            return PARAGRAPH if flow and self.flows and self.blocks[-1] == self.flows[-1] else None
        at = self.prose[-1]
        if at in self.standfirsts:
            return STANDFIRST
        tag = self.tags[at]
        return "title" if tag == "title" else PROSE[tag]


# A table cell that holds prose: a dozen words or more, ending as a sentence does.
_PROSE_CELL = re.compile(r"(?:\S+\s+){11,}\S*[.!?][\"'\u201d\u2019)]*\s*\Z")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[\w]+)?)", re.IGNORECASE)
# Where a saved article page states when it was published, most specific first.
# A <meta> tag names what it holds in `property`, `name` or `itemprop`, its
# attributes in any order; these names hold a publication date.
_META_DATES = ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
               "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued",
               "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date")
_META = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
_META_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PAGE_DATES = (
    ("JSON-LD datePublished", re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")),
    ("<time datetime>", re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)),
)


def _attribute(pattern: re.Pattern[str], source: str) -> str | None:
    found = pattern.search(source, 0, 20_000)  # the page's head and the article's top
    return found[1] if found else None


def _meta_dates(source: str) -> dict[str, str]:
    """What each publication-date <meta> tag of the page gives, by its name."""
    found: dict[str, str] = {}
    for tag in _META.finditer(source, 0, 20_000):
        attributes = {m[1].lower(): m[2] if m[2] is not None else m[3] if m[3] is not None else m[4]
                      for m in _META_ATTRIBUTE.finditer(tag[1])}
        content = attributes.get("content", "").strip()
        for key in ("property", "name", "itemprop"):
            name = attributes.get(key, "").lower()
            if content and name in _META_DATES:
                found.setdefault(name, content)
    return found


def _page_date(source: str) -> tuple[str, str] | None:
    metas = _meta_dates(source)
    found = [(metas[name], f"<meta {name}>") for name in _META_DATES if name in metas]
    found += [(value, where) for where, pattern in _PAGE_DATES if (value := _attribute(pattern, source))]
    # A value that is no ISO date ("Nov 20, 2026" in a CMS's own meta tag) gives way to the next.
    return next(((value, where) for value, where in found if _ISO_DATE.match(value.strip())), None)
