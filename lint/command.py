"""What the two parsers of the `copydesk` command share (lint.launch, which
takes a plain `check` without click, and lint.cli, which takes every other
command line): running a check from its Options fields, and how every
command ends."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .terminal import echo, wants_color

FAIL_ON = ("error", "warning", "suggestion", "never")
EXIT_INTERNAL, EXIT_INTERRUPTED = 3, 130  # besides lint.errors' 0, 1 and 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a pipe closed by its reader (128 + SIGPIPE)
DEBUG_VARIABLE = "COPYDESK_DEBUG"


def execute(paths: Sequence[str], fields: dict[str, Any], to_file: bool = False) -> int:
    """Run `copydesk check` on `paths` (default: the current folder) with
    these Options fields; the exit code. A user's mistake is one line on stderr."""
    from .errors import UserError
    from .run.runner import Options, run

    color = fields.get("color")
    options = Options(**{**fields, "color": wants_color(to_file) if color is None else color})
    try:
        return run(paths or (".",), options)
    except UserError as exc:
        return report_error(exc)


def report_error(exc: Exception) -> int:
    from .errors import EXIT_ERROR

    echo(f"copydesk: error: {exc}", err=True)
    return EXIT_ERROR


def guarded(call: Callable[[], Any], debug: Callable[[], bool] = lambda: False,
            passthrough: tuple[type[BaseException], ...] = ()) -> Any:
    """Every command's way out: Ctrl-C exits 130, a closed pipe 141, and a
    bug in copydesk exits 3 with one line that says so, never 1, which a CI
    gate reads as "the draft has findings"."""
    try:
        return call()
    except SystemExit:
        raise
    except passthrough:  # click's own way out of a command
        raise
    except KeyboardInterrupt:
        echo("copydesk: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader went away (| head): not a finding, not a bug
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception as exc:
        traced = bool(os.environ.get(DEBUG_VARIABLE) or debug())
        if traced:
            import traceback

            traceback.print_exc()
        hint = "" if traced else f" (run with --verbose or {DEBUG_VARIABLE}=1 for the traceback)"
        echo(f"copydesk: internal error, a bug in copydesk and not a problem in your drafts: "
             f"{type(exc).__name__}: {exc}{hint}; please report it with the command and the draft", err=True)
        sys.exit(EXIT_INTERNAL)
