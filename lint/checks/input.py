"""The `input` kind: problems with the input itself (a file that is not UTF-8,
broken front matter, a suppression comment that is malformed or unused).

The file reader, the Document and the suppression parser find these problems
and tag each with its class; the engine reports each through the rule whose
`problem` parameter names that class, so the rule files give them an id, docs
and a severity users can configure, and no code names a rule id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding
from ..errors import ParameterError
from ..model.types import INPUT_PROBLEMS
from .contract import CHOICE, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    return iter(())  # the engine routes the problems; there is nothing to look for


def prepare(params: dict) -> str:
    if params["problem"] is None:
        raise ParameterError(f"give 'problem', one of {', '.join(INPUT_PROBLEMS)}", "problem")
    return params["problem"]


KIND = Kind("input", check, prepare=prepare, fields=frozenset({"message"}), input_problems=True,
            params={"problem": Param(CHOICE, None, choices=INPUT_PROBLEMS)})
