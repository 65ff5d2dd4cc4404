"""How the engine's time grows with hostile input: each class of draft that
was once super-linear, checked at 1x and 4x a base size. Linear work gives a
ratio near 4; quadratic, near 16. Timings on a shared machine are noisy, so
this is a benchmark to read, not a test (tests/test_hostile_input.py checks the
same inputs finish under a generous timeout).

    python bench/scaling.py              # every class at the default sizes
    python bench/scaling.py --scale 2    # larger inputs
"""

from __future__ import annotations

import argparse
import time

from lint.config import Config
from lint.engine import Engine

# name -> (format, function of n that builds a draft of about n units)
CLASSES = {
    "opening quotes": ("markdown", lambda n: "\u201c" * n),
    "quote-a runs": ("markdown", lambda n: "'a " * n),
    "question marks": ("markdown", lambda n: "?" * n),
    "ellipses": ("markdown", lambda n: "..." * n),
    "markdown [ openers": ("markdown", lambda n: "[" * n),
    "markdown [a]( openers": ("markdown", lambda n: "[a](" * n),
    "html unclosed inline tags": ("html", lambda n: "<p>" + "<b>x " * n + "</p>"),
    "html nested divs": ("html", lambda n: "<div>" * n + "text." + "</div>" * n),
    "title mentions": ("markdown", lambda n: "He met former President Joe Biden, " * (n // 10) + "today.\n"),
    "findings on one line": ("markdown", lambda n: "the end.the start. " * (n // 5)),
    "lone carriage returns": ("markdown", lambda n: "Fine.\rthe end.\r" * (n // 5)),
    "many headings": ("markdown", lambda n: "".join(f"## Part {i}\n\nThe council met.\n\n" for i in range(n // 5))),
    # many stories' sources in one file: an unnamed source met again, a surname looked for back in the text
    "sourced paragraphs": ("markdown", lambda n: (
        "Jo Yun, the bank's chief economist, spoke.\n\nEconomists expect a rise. Yun forecast 10%. Officials said "
        "it would close. Officials said it would reopen.\n\n") * (n // 12)),
    # many sources in one run-on sentence: each verb's subject, and whom the next sentences name, read near it
    "sources in one sentence": ("markdown", lambda n: "Prices rose, a charity said, " * (n // 6) + "today.\n"),
    # many quotations in one run-on sentence: the words before each that may make it a title, read near it; each
    # one's tag, and the sides and tags around it, read near it too
    "quotations in one sentence": ("markdown", lambda n: (
        'the results "put to rest" worries that buyers were stockpiling and ' * (n // 12) + "end.\n")),
    "quoted sides in one sentence": ("markdown", lambda n: (
        'one official called it "a mess" while others said ' * (n // 4) + "end.\n")),
    "quote tags in one sentence": ("markdown", lambda n: (
        '"we will win this one," said Jo Bell, and ' * (n // 4) + "end.\n")),
    # many questions and their answers in one paragraph: whether a person is named before each, read once
    "answered questions": ("markdown", lambda n: 'Will she sell? "Never." ' * (n // 5) + "end.\n"),
    # many groups' claims, hedges and "with most ..." in one run-on sentence: each read near its verb
    "group claims in one sentence": ("markdown", lambda n: "residents who said it was fine and " * (n // 7) + "end.\n"),
    "hedges in one sentence": ("markdown", lambda n: "it is understood that " * (n // 4) + "end.\n"),
    "shares in one sentence": ("markdown", lambda n: (
        "some analysts expect a cut, with most forecasting " * (n // 10) + "end.\n")),
    "surveys in one sentence": ("markdown", lambda n: (
        "according to a survey by Acme, most said " * (n // 8) + "end.\n")),
    # many bare plurals' claims whose noun the story never wrote in lowercase before: each noun looked for once
    "bare plurals' claims": ("markdown", lambda n: "Operators expect a cut.\n\n" * (n // 5)),
    # many surveys' claims before a run-on sentence of their bodies: where a work comes back read once per noun,
    # and the body that ran one looked for near each claim
    "surveys named later": ("markdown", lambda n: (
        "Sales fell, according to a survey published on Monday, and " * (n // 10) + "end.\n"
        + "The British Retail Consortium surveyed 4,000 shops and " * (n // 10) + "end.\n")),
    # many quotations by an unnamed firm's voice: where the story names a role read once per role
    "a firm's voices": ("markdown", lambda n: (
        "A major technology company unveiled it. " + "\"Yes,\" the company's chief executive said. " * (n // 7))),
    # many bare officials beside an agency by its initials in one run-on sentence: the initials looked for first
    "officials beside agencies": ("markdown", lambda n: "The FAA said it, and officials said " * (n // 7) + "end.\n"),
    # many bodies' claims in one paragraph: whether the story named those bodies together read once per noun
    "bodies' claims": ("markdown", lambda n: (
        "Unions said it was unfair. \"No,\" said Jo Hale, Unison's branch secretary. " * (n // 12))),
    # a lead of many groups' claims: whether the story later names each group's poll read once per group
    "a lead of groups' claims": ("markdown", lambda n: "Retired officers have warned it. General Jo Roe said so. "
                                 * (n // 9)),
    # many letters' quotations going on, statements' "it said", and groups whose own club speaks next: each read near
    # its quotation or claim
    "letters going on": ("markdown", lambda n: "Acme sent a letter.\n\n" + (
        "\"We are sorry,\" the letter said. \"Work resumes.\" " * (n // 8))),
    "a body's statements": ("markdown", lambda n: (
        "A statement from the company expressed regret. \"We are sorry,\" it said. " * (n // 11))),
    "groups' own clubs": ("markdown", lambda n: (
        "Anglers said it was bad. \"Bad,\" said Tom Harker, secretary of the Itchen Angling Club. " * (n // 15))),
    # many returns to some of those an outlet spoke to: the nouns vouched for kept as they come
    "some of a source again": ("markdown", lambda n: (
        "Several delegates told Reuters it was bad. Two of the delegates said it was bad. " * (n // 14))),
    # many returns to a source ("the minister") after many reported: the source nouns reported read once each
    "returns to a source": ("markdown", lambda n: (
        "The minister, who critics say has failed, said " * (n // 9) + "end.\n")),
    # many copies of one paragraph, each quoting again: a quotation inside a copy found by bisection
    "quotations copied": ("markdown", lambda n: (
        "Unison said it. 'We want talks. We want pay. We want more,' a spokeswoman said. " * (n // 15))),
    # many quotations, each all of its paragraph and going on into the next: the name runs of the paragraph before
    # and a sentence's place looked up, not read through
    "quotations going on": ("markdown", lambda n: (
        "The council must make a fair offer now.\n\n\u201cThe council must make a fair offer now.\n\n" * (n // 16))),
    # many plurals' apostrophes inside single quotes: the close after a stop looked for a paragraph's length ahead
    "plurals in single quotes": ("markdown", lambda n: "'We are back in the employers' court now and " * (n // 9)
                                 + "end.\n"),
    # many firms of a trade named in turn ("Supermarkets said ... Asda said"): the draft's words indexed once
    "firms named in turn": ("markdown", lambda n: " ".join(
        f"Supermarkets said prices fell. Zed{_letters(k)} said it was cheapest." for k in range(n // 10))),
}


def _letters(k: int) -> str:
    """A distinct run of letters for each number: a name no earlier one holds."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[k // 26 ** p % 26] for p in range(3, -1, -1))


def seconds(engine: Engine, config: Config, fmt: str, text: str) -> float:
    start = time.perf_counter()
    engine.check(text, format=fmt, config=config)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=5000, help="units at 1x (default 5000)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the base size")
    args = parser.parse_args()
    engine, config = Engine(), Config()
    engine.check("Warm-up.", format="markdown", config=config)
    n = int(args.base * args.scale)
    print(f"{'class':<28} {'1x (s)':>8} {'4x (s)':>8} {'ratio':>6}   size at 4x")
    for name, (fmt, build) in CLASSES.items():
        small, large = build(n), build(4 * n)
        t1, t4 = seconds(engine, config, fmt, small), seconds(engine, config, fmt, large)
        print(f"{name:<28} {t1:8.3f} {t4:8.3f} {t4 / max(t1, 1e-9):6.1f}   {len(large.encode()) / 1e3:.0f} KB")


if __name__ == "__main__":
    main()
