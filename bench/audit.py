"""Throughput of `copydesk audit` on this machine: a generated archive of short
articles (Parquet) checked on the local Dask cluster with 1 and then 2
workers, cold each time (a fresh output folder), start-up included.

    python bench/audit.py                    # 5,000 articles
    python bench/audit.py --articles 20000
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "The council approved the budget after a long debate.",
    "the mayor said the plan would be reviewed in {n} weeks.",
    "Residents packed the hall,and several spoke against the proposal.",
    "President Donald Trump visited the port on Tuesday.",
    "Officials said the figures would be published next month.",
    "It was a hour before the vote was called.",
    "Analysts at Moody's expect the rate to stay at 4.{n}%.",
]


def archive(path: Path, articles: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(5)
    rows = []
    for i in range(articles):
        body = " ".join(rng.choice(SENTENCES).format(n=i % 50) for _ in range(8))
        rows.append({"id": f"a{i}", "body": body, "published": f"{2018 + i % 8}-0{1 + i % 9}-10",
                     "section": rng.choice(["Politics", "City", "Business"])})
    pq.write_table(pa.Table.from_pylist(rows), path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="copydesk-audit-bench-"))
    try:
        source = work / "archive.parquet"
        archive(source, args.articles)
        size = source.stat().st_size
        times = {}
        for workers in (1, 2):
            out = work / f"out{workers}"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "lint", "audit", str(source), "--out", str(out), "--no-progress",
                            "--workers", str(workers)], check=True, capture_output=True)
            times[workers] = time.perf_counter() - start
        print(f"copydesk audit: {args.articles} articles ({size / 1e6:.1f} MB of Parquet)")
        for workers, seconds in times.items():
            print(f"  {workers} worker{'s' if workers > 1 else ''}: {seconds:6.1f} s, "
                  f"{args.articles / seconds:7.0f} articles/s")
        print(f"  scaling from 1 to 2 workers: {times[1] / times[2]:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
