"""Path globs for `exclude` and `overrides`, matched in time linear in the
path: `**` spans folders, `*` and `?` stay within one, a glob without a slash
matches at any depth ("*.txt"), and a glob that matches a folder matches all
under it.

Not through `re`: a glob like `*a*a*a*a*a*a*a*a*b` becomes a regex that
backtracks exponentially on a long name, and configs come from pull requests.
The glob runs as a small automaton over the path instead: every character
advances a set of positions in the glob, so a match costs at most
len(path) x len(glob) steps, whatever the glob.
"""

from __future__ import annotations

# Steps: ("lit", c) one character; ("one",) one character but "/"; ("star",) any
# run without "/"; ("any",) any run; ("opt", k) either the next step or k steps on.
Step = tuple


class Glob:
    def __init__(self, glob: str) -> None:
        self.text = glob
        glob = glob.strip().removeprefix("./")
        steps: list[Step] = []
        if "/" not in glob.rstrip("/"):
            steps += _DIRS  # at any depth
        i = 0
        while i < len(glob):
            if glob.startswith("**/", i):
                steps += _DIRS
                i += 3
            elif glob.startswith("**", i):
                steps.append(("any",))
                i += 2
            else:
                c = glob[i]
                steps.append(("star",) if c == "*" else ("one",) if c == "?" else ("lit", c))
                i += 1
        if glob.endswith("/"):
            steps.append(("any",))
        steps += [("opt", 3), ("lit", "/"), ("any",)]  # and everything under it
        self.steps = steps

    def fullmatch(self, path: str) -> bool:
        states = self._closure({0})
        for ch in path:
            moved = set()
            for i in states:
                if i == len(self.steps):
                    continue
                step = self.steps[i]
                kind = step[0]
                if kind == "lit":
                    if ch == step[1]:
                        moved.add(i + 1)
                elif kind == "one":
                    if ch != "/":
                        moved.add(i + 1)
                elif kind == "star":
                    if ch != "/":
                        moved.add(i)
                elif kind == "any":
                    moved.add(i)
            if not moved:
                return False
            states = self._closure(moved)
        return len(self.steps) in states

    def _closure(self, states: set[int]) -> set[int]:
        """The positions reachable without reading a character."""
        todo, seen = list(states), set(states)
        while todo:
            i = todo.pop()
            if i == len(self.steps):
                continue
            step = self.steps[i]
            nexts = (i + 1,) if step[0] in ("star", "any") else (i + 1, i + step[1]) if step[0] == "opt" else ()
            for j in nexts:
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
        return seen

    def __repr__(self) -> str:
        return f"Glob({self.text!r})"


_DIRS: list[Step] = [("opt", 3), ("any",), ("lit", "/")]  # no folder, or any folders
