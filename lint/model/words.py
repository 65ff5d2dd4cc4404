"""Word lists the document model and several checks share.

Kept as Python sets rather than YAML: they are the engine's knowledge of English,
not newsroom policy, and reading them must cost nothing at start-up.
"""

import re

# Abbreviations that stand before a name or number and so never end a sentence.
PREFIX_ABBREVIATIONS = frozenset(
    """
    mr. mrs. ms. mx. dr. prof. gen. lt. col. maj. capt. cmdr. sgt. cpl. adm. brig.
    sen. rep. gov. lt.gov. atty. supt. det. insp. rev. fr. msgr. hon. pres. amb.
    st. mt. ft. no. nos. vs. v. op. fig. figs. vol. ch. art. sec. p. pp. para.
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.
    approx. ca. cf. e.g. i.e. viz. incl. re. ext. tel. a.k.a. aka.
    """.split()
)

# Abbreviations that stand before a name: before a lowercase word they are
# another abbreviation ("Main St.", "Oak Dr.") or end a sentence; before a
# capital, never. Not "hon." and "rev.", which stand before "the" and
# "friend" too ("my hon. friend").
NAME_PREFIXES = frozenset(
    "mr. mrs. ms. mx. dr. prof. gen. lt. col. maj. capt. cmdr. sgt. cpl. adm. brig. sen. rep. gov. atty. supt. det. "
    "insp. fr. msgr. pres. amb. st. mt.".split())

# Abbreviations that may end a sentence: one ends it only when a common
# sentence opener follows ("in the U.S. The talks"), never before other words
# ("the U.S. and Russia", "U.S. President", "at 10 a.m. the").
ABBREVIATIONS = frozenset(
    """
    u.s. u.k. u.n. e.u. u.s.a. d.c. l.a. n.y. n.j. s.c. n.c. n.h. n.m. n.d. s.d.
    r.i. w.va. ph.d. m.d. b.a. m.a. b.s. m.s. m.b.a. ll.b. j.d. d.d.s.
    a.m. p.m. etc. al. inc. corp. co. ltd. llc. plc. bros. jr. sr. esq. dept. univ.
    assn. est. govt. int'l. natl. mins. hrs. yrs. min. sec. hr. yr. oz. lb. lbs. kg.
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md.
    mass. mich. minn. miss. mo. mont. neb. nev. okla. ore. pa. tenn. vt. va.
    wash. wis. wyo. tex. alta. sask. ont. que. nfld.
    pct. avg. max. ave. blvd. hwy. km. mi. tbsp. tsp. yds. yd. ft. pts. approx. secs. sq. gal.
    """.split()
)

# Words that commonly open a sentence; after an abbreviation such as "U.S." a
# capitalised word from this list marks a new sentence.
SENTENCE_OPENERS = frozenset(
    """
    the a an in on at it its he she they we i you this that these those there
    but and or so yet however meanwhile after before when while if as for with
    his her their our my your some many most all both no not one two three what
    why how who where still also then now today yesterday since although though
    despite during under over by from officials analysts critics experts
    """.split()
)

# Lowercase words that open a clause after an abbreviation that ends a sentence
# ("in the U.K. the survey also found"), and what keeps the phrase they open in
# the sentence before: a superlative complement ("called the U.S. the most
# reliable ally") or a time ("at 9 p.m. the next day", "the night before").
CLAUSE_OPENERS = frozenset("the a an it its he she they we i his her their our that this these those there".split())
# Prepositions and adverbs that open a phrase fronted before the main clause.
FRONTING_WORDS = frozenset("at by in on from until till before after since around about shortly just".split())
SUPERLATIVES = frozenset("most least first last only best worst".split())
TIME_ADJECTIVES = frozenset("next following previous preceding same".split())
TIME_NOUNS = frozenset("day night morning afternoon evening week weekend month year".split())

# Words that keep a phrase in title case when lowercase ("Neutrality of Ukraine"),
# and pronouns and determiners that show a phrase is a clause, not a label.
SMALL_WORDS = frozenset(
    """
    a an the and or nor but for of in on at to by as with from into onto upon via
    vs per than over off out up down amid
    """.split()
)
PRONOUNS = frozenset(
    """
    i he she it we they you this that these those there here his her its our their
    my your who which what
    """.split()
)
# Web and file-name suffixes that are no English word: after a dot they mark a
# domain or file name ("example.com", "bit.ly", "node.js", "report.pdf"), not
# two sentences run together. Suffixes that are English words (.it .in .is .to
# .me .today .news .live .one) are left out on purpose: "bridge.it closed"
# is a missing space. Not ".us", which no sentence opens on ("according to
# poweroutage.us" is the site).
NAME_SUFFIXES = frozenset(
    """
    com net org gov edu mil int io ly co uk de fr es nl eu ru cn jp ca au ch se dk fi pl cz
    ai dev app gg tv fm biz info xyz html htm php asp aspx jsp js ts py rb rs pdf doc docx
    xls xlsx ppt pptx csv txt rtf odt jpg jpeg png gif svg webp mp3 mp4 mov wav zip gz tar exe
    json xml yaml yml md ini cfg
    us fyi ie nz za sg hk tw kr br mx ar pt gr il tr ua ro hu sk hr lt lv ee ph vn pk bd ng ke gh cl ae sa qa eg
    im je cc ws nu lk mt cy lu
    """.split()
)

# Every ending a domain may have, the English words among them too: where no sentence opens after the dot, as
# after a bare domain's "/" ("example.it/news") or an acronym's ("BBC.news").
DOMAIN_ENDINGS = NAME_SUFFIXES | frozenset("in it us me to is news live online today one".split())

# The pronouns that stand for a speaker: "he said", "they told reporters".
SPEAKER_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
assert SPEAKER_PRONOUNS <= PRONOUNS

# A word, for every rule that counts, compares or quotes words: letters and
# digits, with apostrophes, hyphens and inner full stops kept inside it
# ("don't", "well-known", "U.S", "e.g"); a full stop that ends it is left out.
WORD = re.compile(r"[^\W_](?:[\w'\u2019]|[-.](?=[^\W_]))*")
# A page title's site name: "Headline | Site name", "Headline - Site name".
SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,60}$")

# Words a complete sentence does not end on: a text that stops on one of them
# was cut off.
DANGLING_WORDS = frozenset(
    """
    a an the this that these those its his her their our my your some any every
    each no of in on at to by for with from into onto about over under between
    among through during without within against toward towards upon via than
    and or but nor so yet because although though while whereas if unless whether
    which who whom whose where when as is are was were be been being has have had
    do does did will would shall should can could may might must not also very
    more most less least such including like
    """.split()
)

# Verbs of speaking: a run "Name said: ..." is a clause, not a run-in label.
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds noted notes wrote writes asked asks argued
    argues stated states posted posts tweeted tweets announced announces declared
    declares replied replies explained explains insisted insists warned warns
    """.split()
)

# Verbs that make a run of words a clause: a part with one of them is no phrase of a list.
FINITE_VERBS = frozenset("""is was are were am will would can could shall should may might must has have had do does
    did won lost lied left fell rose came went got knew saw said told""".split())
# A listed phrase is this short: "seven years of updates", "runs warm".
_PHRASE_WORDS = 6
_CLAUSE_WORDS = frozenset("who which that because when while if".split())


def phrase_list(text: str) -> bool:
    """Is the text a list of short phrases, not a sentence: two or more parts
    between semicolons ("runs warm; slow charging") or, with none, between
    commas ("best-in-class camera, seven years of updates, bright screen"), of up
    to six words each and no verb? Not "the contract cost more; it is late",
    nor "police, who arrived at 9pm, closed the road". Parts between commas
    hold no past form either ("fire crews, paramedics and police attended")."""
    parts = text.split(";")
    commas = len(parts) < 2
    if commas:
        parts = text.split(",")
        if len(parts) < 2:
            return False
    for part in parts:
        words = [w.lower() for w in WORD.findall(part)]
        if not 1 <= len(words) <= _PHRASE_WORDS or not FINITE_VERBS.isdisjoint(words):
            return False
        if commas and (not _CLAUSE_WORDS.isdisjoint(words) or any(w.endswith("ed") for w in words)):
            return False
    return True


def capital(letter: str) -> str | None:
    """The one capital letter a lowercase letter takes at a sentence start, or
    None when it has none ("º", "ª") or no single one ("ß" gives "Ss")."""
    upper = letter.title()
    return upper if len(upper) == 1 and upper != letter else None


def flatten(text: str) -> str:
    """Line breaks and tabs as spaces, offset for offset: a phrase matches across a hard-wrapped line."""
    return text.replace("\n", " ").replace("\t", " ")
