"""Instructions the engine spends on a folder of drafts, start-up left out:
callgrind counts a run that checks the drafts and one that checks none, and
the difference is the drafts' cost. Counts repeat exactly from run to run
(a fixed hash seed), unlike times on a shared machine, so two versions of
copydesk can be compared to the percent.

    python bench/instructions.py ../shared/corpus/drafts
    python bench/instructions.py bench/corpus/drafts --files 100
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path


def single(folder: Path, files: int) -> None:
    from lint.config import Config
    from lint.engine import Engine
    from lint.formats import format_for

    drafts = [(p.read_text(encoding="utf-8"), format_for(p.name)) for p in sorted(folder.iterdir())
              if p.is_file()][:files]
    engine, config = Engine(), Config()
    engine.check("Warm-up.", format="markdown", config=config)
    for text, fmt in drafts:
        engine.check(text, format=fmt, config=config)


def count(folder: Path, files: int) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--single", str(folder), "--files", str(files)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=10**9, help="check only the first N drafts")
    parser.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.single:
        single(args.folder, args.files)
        return
    drafts = sorted(p for p in args.folder.iterdir() if p.is_file())[:args.files]
    size = sum(p.stat().st_size for p in drafts)
    spent = count(args.folder, args.files) - count(args.folder, 0)
    print(f"{len(drafts)} drafts, {size / 1e6:.2f} MB: {spent / 1e6:,.0f} M instructions "
          f"({spent / size:,.0f} per byte)")


if __name__ == "__main__":
    main()
