"""The progress bar: on stderr, and only when stderr is a terminal (never in
CI or when piped). One place decides, for `check` and for `audit`."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator


class _Silent:
    def update(self, steps: int) -> None:
        pass


@contextlib.contextmanager
def progress_bar(wanted: bool, total: int, label: str) -> Iterator:
    """A bar with update(steps), or a silent stand-in when not wanted or not on a terminal."""
    if not (wanted and sys.stderr is not None and sys.stderr.isatty()):
        yield _Silent()
        return
    import click

    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar
