"""Benchmark copydesk as a user runs it: the installed `copydesk` console script.

Generates a deterministic corpus of news-like Markdown drafts (same seed, same
files), then reports:

- start-up: `copydesk --version`, median of repeated runs;
- one 5 KB draft checked, wall time including start-up, median: cold
  (--no-cache), from the cache, and edited since the last run (the cache on,
  the draft a miss: what a pre-commit hook costs); cold also with every
  pattern compiled afresh (COPYDESK_PATTERN_CACHE=off);
- the whole corpus in one run, cold (--no-cache) and from the result cache,
  with --jobs 1 and 2: files/s and MB/s; for the cold runs also their CPU
  seconds, workers included (MB per CPU-second drifts less than wall time on
  a shared machine);
- which Python runs copydesk: builds of one version differ in speed;
- write-good on the same corpus, when it is installed (`npm install write-good`;
  found on PATH or in ./node_modules/.bin, or named with --write-good), and
  how many times its throughput copydesk reaches;
- one large Markdown file in one run: MB/s.

copydesk's modules are byte-compiled first, as pip does on install, so a
machine that sets PYTHONDONTWRITEBYTECODE does not time the compiler; its
compiled patterns are kept in bench/corpus/patterns (see
lint/compiled_patterns.py), filled by a first run, as a user's first run fills
theirs.

    python bench/run.py                         # defaults: 1000 drafts of ~5 KB
    taskset -c 0 python bench/run.py            # one core: the per-core figures
    python bench/run.py --files 200 --repeat 5  # quicker

Options select rules the way `copydesk check` does (--select, --ignore), so one
rule's cost is the difference between two runs.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PLACES = ["Geneva", "Brussels", "Nairobi", "Ottawa", "Lisbon", "Osaka", "Denver", "Cardiff", "Lagos", "Perth"]
PEOPLE = ["Mara Lindqvist", "Tomas Herrera", "Aiko Tanaka", "Samuel Okafor", "Priya Nair", "Jonas Weber",
          "Claire Dubois", "Ahmed Rahman", "Lucia Romano", "Daniel Cho"]
BODIES = ["the city council", "the transport authority", "the health ministry", "the central bank",
          "the port authority", "the teachers' union", "the regional assembly", "the water board"]
TOPICS = ["budget", "rail link", "hospital wait times", "interest rates", "harbour expansion", "pay deal",
          "housing plan", "flood defences", "school funding", "energy prices"]
VERBS = ["approved", "delayed", "rejected", "revised", "announced", "questioned", "defended", "extended"]
# Sentences with a number that never repeats, so no draft (nor the large file
# made of many drafts) repeats a sentence verbatim: real copy rarely does, and
# duplicate-text would report every repeat.
_SERIAL = itertools.count(3)
FILLER = [
    "Officials said the decision followed {n} months of consultation with residents and businesses.",
    "The plan, first proposed in 2019, has been revised {n} times since then.",
    "Critics of the proposal said the costs had been underestimated by about {n}.5%.",
    "Supporters argue that the changes will pay for themselves within {n} years.",
    "The vote was {n}-2, with two members abstaining after a debate that ran past 11 p.m.",
    "A spokesperson for the U.S. embassy said the agreement would be reviewed in {n} weeks.",
    "Figures released on Tuesday showed a rise of {n}.4 percent over the previous year.",
    "Residents can read the full report at https://example.org/reports/{n} or at the library.",
    "The meeting, held at the Town Hall on Main St., drew more than {n} people.",
    "Analysts at the bank expect the rate to stay at 4.{n}% until the autumn.",
]
DEFECTS = [
    "the committee will meet again in {n} days.",
    "Talks resumed on day {n},but no agreement was reached.",
    "The deadline passed.Negotiators said they needed {n} more days.",
]


def draft(rng: random.Random, size: int = 5000) -> str:
    place, person, body = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(BODIES)
    topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
    title = f"{body.capitalize()} {verb} {topic} plan"
    parts = [
        f"---\ntitle: {title}\ndate: 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n",
        f"# {title}\n",
        f"{place.upper()} \u2014 {body.capitalize()} {verb} the {topic} plan on Tuesday after a long session.",
    ]
    while sum(map(len, parts)) < size:
        sentences = [rng.choice(FILLER).format(n=next(_SERIAL)) for _ in range(rng.randint(2, 5))]
        if rng.random() < 0.3:
            sentences.append(rng.choice(DEFECTS).format(n=next(_SERIAL)))
        if rng.random() < 0.3:
            sentences.append(f"\u201cWe have listened to {next(_SERIAL)} concerns,\u201d said {person}, "
                             "who chairs the panel.")
        if rng.random() < 0.15:
            parts.append(f"## What happens next, part {next(_SERIAL)}\n")
        parts.append(" ".join(sentences))
    return "\n\n".join(parts) + "\n"


def make_corpus(folder: Path, files: int) -> int:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(20251127)
    total = 0
    for i in range(files):
        text = draft(rng)
        (folder / f"draft-{i:04d}.md").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    return costs(cmd, cwd, env)[0]


def costs(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one run, the CPU of its worker processes
    included. The machine's speed drifts by a third within minutes; CPU
    seconds per MB drift less, and show what --jobs costs beyond one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def interpreter(exe: str) -> str:
    """The Python that runs the copydesk script, and its version: builds of one
    version differ (a shared libpython built without PGO took about a fifth more CPU here)."""
    first = Path(exe).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    python = first[2:].strip() if first.startswith("#!") else sys.executable
    done = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0], sys.executable)"],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or python


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000, help="drafts in the corpus (default 1000)")
    parser.add_argument("--repeat", type=int, default=11, help="runs for the start-up medians (default 11)")
    parser.add_argument("--big-mb", type=float, default=5.0, help="size of the one large file (default 5 MB)")
    parser.add_argument("--select", default=None, help="rules to run, as for copydesk check")
    parser.add_argument("--ignore", default=None, help="rules to skip, as for copydesk check")
    parser.add_argument("--write-good", default=None, help="write-good's command (default: found on PATH or in "
                        "./node_modules/.bin)")
    args = parser.parse_args()

    exe = shutil.which("copydesk") or str(Path(sys.executable).with_name("copydesk"))
    if not Path(exe).exists():
        sys.exit("copydesk is not installed in this environment: pip install -e . first")
    work = HERE / "corpus"
    corpus_bytes = make_corpus(work / "drafts", args.files)
    single = work / "single.md"
    single.write_text(draft(random.Random(7)), encoding="utf-8")
    big = work / "big.md"
    rng = random.Random(11)
    chunks, size = [], 0
    while size < args.big_mb * 1_000_000:
        text = draft(rng).split("---\n", 2)[2]
        chunks.append(text)
        size += len(text.encode("utf-8"))
    big.write_text("".join(chunks), encoding="utf-8")

    import compileall

    import lint

    compileall.compile_dir(str(Path(lint.__file__).parent), quiet=1)
    options = ["--fail-on", "never", "--no-gitignore"]  # the corpus folder is git-ignored
    if args.select:
        options += ["--select", args.select]
    if args.ignore:
        options += ["--ignore", args.ignore]
    check = [exe, "check", *options]

    os.environ["COPYDESK_PATTERN_CACHE"] = str(work / "patterns")
    timed([exe, "--version"], work)  # warm the file cache
    version = statistics.median(timed([exe, "--version"], work) for _ in range(args.repeat))
    cold = [*check, "--no-cache"]
    timed([*cold, "single.md"], work)  # compiles the patterns a draft needs, and keeps them
    one = statistics.median(timed([*cold, "single.md"], work) for _ in range(args.repeat))
    afresh = {**os.environ, "COPYDESK_PATTERN_CACHE": "off"}
    one_afresh = statistics.median(timed([*cold, "single.md"], work, afresh) for _ in range(args.repeat))
    shutil.rmtree(work / ".copydesk_cache", ignore_errors=True)
    timed([*check, "single.md"], work)
    one_warm = statistics.median(timed([*check, "single.md"], work) for _ in range(args.repeat))
    edited = work / "edited.md"  # the pre-commit case: a draft changed since the last run, the cache on
    one_edited = []
    for _ in range(args.repeat):
        # A line never written before (the cache outlives this run): each run is a miss.
        edited.write_text(single.read_text(encoding="utf-8") + f"\nEdited at {time.time_ns()}.\n", encoding="utf-8")
        one_edited.append(timed([*check, "edited.md"], work))
    edited.unlink()
    cold_costs = {jobs: min(costs([*cold, "-j", str(jobs), "drafts"], work) for _ in range(3)) for jobs in (1, 2)}
    corpus = {jobs: wall for jobs, (wall, _) in cold_costs.items()}
    timed([*check, "drafts"], work)  # fills the cache
    warm = {jobs: min(timed([*check, "-j", str(jobs), "drafts"], work) for _ in range(3)) for jobs in (1, 2)}
    big_time = min(timed([*cold, "big.md"], work) for _ in range(3))
    write_good = args.write_good or shutil.which("write-good") or shutil.which("writegood") or \
        next((str(p) for p in (Path.cwd() / "node_modules" / ".bin" / "write-good",) if p.exists()), None)
    drafts = sorted(str(p.relative_to(work)) for p in (work / "drafts").iterdir())
    peer = min(timed([write_good, *drafts], work) for _ in range(3)) if write_good else None

    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"copydesk benchmark ({affinity} core{'s' if affinity != 1 else ''} available to this process)")
    print(f"  python: {interpreter(exe)}")
    print(f"  start-up (copydesk --version), median of {args.repeat}: {version * 1000:7.1f} ms   target < 150 ms")
    size = single.stat().st_size / 1000
    print(f"  one {size:.1f} KB draft, wall, median:      {one * 1000:7.1f} ms cold, {one_warm * 1000:7.1f} ms "
          f"cached   target <= 100 ms")
    print(f"  the same draft cold, every pattern compiled afresh (COPYDESK_PATTERN_CACHE=off): "
          f"{one_afresh * 1000:7.1f} ms")
    print(f"  the same draft edited since the last run (cache on, as pre-commit runs it): "
          f"{statistics.median(one_edited) * 1000:7.1f} ms")
    mb = corpus_bytes / 1e6
    for label, times in (("cold (--no-cache)", corpus), ("warm (cached)", warm)):
        for jobs, seconds in times.items():
            print(f"  corpus, {label}, --jobs {jobs}: {args.files} drafts, {mb:.2f} MB in "
                  f"{seconds:.2f} s: {args.files / seconds:7.0f} files/s, {mb / seconds:5.2f} MB/s")
    for jobs, (_, cpu) in cold_costs.items():
        print(f"  corpus, cold, --jobs {jobs}, CPU of that run: {cpu:.2f} s, {mb / cpu:.2f} MB per CPU-second")
    print(f"  target: cold, --jobs 1, >= 2.5 MB/s per core: {mb / corpus[1]:.2f} MB/s "
          f"({'met' if mb / corpus[1] >= 2.5 else 'not met'}; run under taskset -c 0 for one core)")
    if peer is None:
        print("  write-good: not installed (npm install write-good), so the --jobs 2 target is not measured")
    else:
        ratio = peer / corpus[2]
        verdict = "met" if ratio >= 8 else "not met"
        print(f"  write-good on the same drafts: {peer:.2f} s, {mb / peer:.2f} MB/s; copydesk cold --jobs 2 is "
              f"{ratio:.1f}x that (target >= 8x: {verdict}), --jobs 1 {peer / corpus[1]:.1f}x")
    print(f"  one large file: {big.stat().st_size / 1e6:.2f} MB in {big_time:.2f} s: "
          f"{big.stat().st_size / 1e6 / big_time:5.2f} MB/s")


if __name__ == "__main__":
    main()
