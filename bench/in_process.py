"""Throughput of the engine alone, in process: every draft of a folder checked
with the library's Engine, best of several passes, no start-up or output.

    python bench/in_process.py ../shared/corpus/drafts      # the labelled corpus
    python bench/in_process.py bench/corpus/drafts --repeat 3
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lint.config import Config
from lint.engine import Engine
from lint.formats import format_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best is reported (default 5)")
    args = parser.parse_args()
    drafts = [(p.read_text(encoding="utf-8"), format_for(p.name)) for p in sorted(args.folder.iterdir())
              if p.is_file()]
    config, engine = Config(), Engine()
    engine.check(drafts[0][0], format=drafts[0][1], config=config)  # rules prepared before timing
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text, fmt in drafts:
            engine.check(text, format=fmt, config=config)
        best = min(best, time.perf_counter() - start)
    size = sum(len(t.encode("utf-8")) for t, _ in drafts)
    print(f"{len(drafts)} drafts, {size / 1e6:.2f} MB in {best:.3f} s: {size / 1e6 / best:.2f} MB/s")


if __name__ == "__main__":
    main()
