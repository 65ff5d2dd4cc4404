"""Writes rules/precomputed.json (see lint.memo): every shipped rule prepared
(all but those that wait on a service) in a fresh Python, with all that is
worked out on the way recorded.

    python -m lint.precomputed        # after a rule file or pattern changes; the tests say when
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .checks import KINDS
from .config import Config
from .engine import Engine
from .memo import MEMO, PRECOMPUTED, PRECOMPUTED_FILE, dated, stamp, text_key
from .resources import builtin_folder


class _Recorder(dict):
    """A run's memo that knows nothing and keeps everything worked out."""

    def get(self, text: str) -> tuple[Any] | None:  # type: ignore[override]
        return None

    def put(self, text: str, data: Any) -> None:
        self[text] = data


def generate() -> str:
    """The file's text, worked out in a fresh Python: one that prepared the
    rules before works nothing out again, and would record nothing."""
    package_parent = Path(__file__).resolve().parent.parent  # so that `-m lint` finds this copydesk
    done = subprocess.run([sys.executable, "-m", "lint.precomputed", "--stdout"], cwd=package_parent,
                          capture_output=True, text=True, encoding="utf-8", check=True, timeout=300)
    return done.stdout


def _worked_out() -> str:
    recorder = _Recorder()
    saved, PRECOMPUTED.entries = PRECOMPUTED.entries, {}  # nothing answered from the file being replaced
    token = MEMO.set(recorder)
    try:
        config = Config()
        ids = [i for i in config.rulebook.ids() if not KINDS[config.rulebook.get(i).kind].waits]
        Engine(select=ids).rules_for(config, None)
    finally:
        MEMO.reset(token)
        PRECOMPUTED.entries = saved
    entries = {}
    for text, data in recorder.items():
        try:
            entries[text_key(text)] = json.dumps(dated(data), ensure_ascii=False, separators=(",", ":"))
        except ValueError:
            continue  # JSON would not give it back exactly: worked out at each start
    return json.dumps({"stamp": stamp(), "entries": dict(sorted(entries.items()))}, ensure_ascii=False,
                      indent=1) + "\n"


if __name__ == "__main__":
    from lint import precomputed  # the module imported by name, not this __main__ copy: one PRECOMPUTED

    text = precomputed._worked_out()
    if sys.argv[1:] == ["--stdout"]:
        sys.stdout.buffer.write(text.encode("utf-8"))  # whatever the locale says
    else:
        (builtin_folder() / PRECOMPUTED_FILE).write_text(text, encoding="utf-8")
        print(f"wrote {PRECOMPUTED_FILE}", file=sys.stderr)
