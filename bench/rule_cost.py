"""What each rule costs: the benchmark corpus checked in process with all rules,
then without each rule in turn.

Wall and CPU time on a shared machine vary by 10% from run to run, more than a
cheap rule costs, so by default this counts instructions with valgrind's
callgrind, which gives the same count for the same work whatever else the
machine is doing (it runs about 50 times slower: use a sample of the corpus).

    python bench/run.py                      # makes bench/corpus first
    python bench/rule_cost.py --files 100    # instruction counts (needs valgrind)
    python bench/rule_cost.py --cpu          # CPU seconds instead, best of --repeat runs
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus" / "drafts"


def texts(files: int) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.md"))[:files]]
    if not found:
        raise SystemExit("no corpus: run python bench/run.py first")
    return found


def run_once(drafts: list[str], ignore: list[str], repeat: int = 1) -> float:
    from lint.config import Config
    from lint.engine import Engine

    engine, config = Engine(ignore=ignore), Config()
    engine.check("Warm-up.", format="markdown", config=config)  # load and prepare the rules once
    best = float("inf")
    gc.disable()  # collections land at random points and blur small differences
    try:
        for _ in range(repeat):
            start = time.process_time()
            for text in drafts:
                engine.check(text, format="markdown", config=config)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def instructions(files: int, ignore: list[str]) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--single", "--files", str(files), *(["--ignore", ",".join(ignore)] if ignore else [])]
    # A fixed hash seed: set and dict orders, and so the instruction count, repeat exactly.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=100, help="drafts of the corpus to check")
    parser.add_argument("--cpu", action="store_true", help="measure CPU seconds instead of instructions")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement with --cpu")
    parser.add_argument("--single", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ignore", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    ignore = [r for r in args.ignore.split(",") if r]
    if args.single:  # one measured run, under valgrind
        run_once(texts(args.files), ignore)
        return

    from lint.rulebook import Rulebook

    drafts = texts(args.files)
    size = sum(len(t.encode("utf-8")) for t in drafts) / 1e6
    if args.cpu:
        def measure(skip: list[str]) -> float:
            return run_once(drafts, skip, args.repeat)
        unit = "s CPU"
    else:
        if not shutil.which("valgrind"):
            raise SystemExit("valgrind is not installed; use --cpu")

        def measure(skip: list[str]) -> float:
            return instructions(args.files, skip) / 1e9
        unit = "G instructions (whole process)"
    full = measure([])
    print(f"all rules, {len(drafts)} drafts ({size:.2f} MB): {full:.3f} {unit}")
    for rule in Rulebook().ids():
        without = measure([rule])
        print(f"  {rule:<22} {full - without:+.3f}  ({(full - without) / without * 100:+5.1f}% over the other rules)")


if __name__ == "__main__":
    main()
