"""The `input` kind: diagnostics about the input itself (`front-matter`,
`encoding`). The Document and the file reader find these problems; the rule files
of this kind give them docs, a severity users can configure, and an id."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Finding


def check(doc, rule, ctx) -> Iterator[Finding]:
    return iter(())
