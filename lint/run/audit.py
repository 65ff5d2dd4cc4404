"""`copydesk audit`: a whole archive checked on Dask.

The archive (a folder of drafts, a JSON Lines file, or a Parquet file or
dataset of articles) is cut into tasks of a few hundred articles that the
workers read themselves, so the driver never holds it; Dask runs them on an
embedded local cluster (the machine's cores) or on an existing one
(`--scheduler ADDRESS`), with the config, rule files and vocabulary pickled
into the job, so workers need only copydesk and the archive's path. Each
article is checked by the same engine as `copydesk check`, as of its own
publication date unless `--as-of` says otherwise. A finished task is written
to `OUT/parts/<key>` at once; its key covers what it reads (ranges, sizes and
times of its files) and everything the result cache keys on (`cache.py`:
config, rules, code, date), so an interrupted audit picks up where it stopped
and an unchanged one costs nothing. An article that fails (a bad encoding, a
timeout, a bug) is a failure row, and the audit goes on.

Dask and pyarrow are an optional extra (`pip install 'copydesk[audit]'`);
nothing else in copydesk imports them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..files import new_file_in
from .progress import progress_bar

PARTITION = 200  # articles per partition: enough to amortise a task, small enough to resume cheaply
FIELDS = ("id", "body", "format", "published", "title", "url", "section")
DEFAULT_COLUMNS = {"id": "id", "body": "body", "format": "format", "published": "published", "title": "title",
                   "url": "url", "section": "section"}
ROW_FIELDS = ("article", "path", "line", "column", "end_line", "end_column", "offset", "end_offset", "rule",
              "severity", "message", "text", "as_of", "fix", "unsafe_fix", "failure", "published", "section", "title",
              "url")


class NeedsExtra(UserError):
    pass


def _require() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise NeedsExtra(f"copydesk audit needs the audit extra ({exc.name} is missing): "
                         "pip install 'copydesk[audit]'") from None


@dataclass
class AuditOptions:
    source: Path
    out: Path
    out_format: str = "parquet"
    as_of: dt.date | None = None  # None: each article's own date
    scheduler: str | None = None
    report: Path | None = None
    columns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    config_file: Path | None = None
    partition: int = PARTITION
    progress: bool = True
    workers: int | None = None  # local cluster size; None: the machine's cores


# -- reading the archive ------------------------------------------------------------------
#
# The driver never holds the archive: it cuts it into tasks (a few hundred files
# of a folder, a byte range of lines of a JSON Lines file, a row group of a
# Parquet file), and each worker reads its own task. The source must be a path
# the workers can read (shared storage, as for Dask's own readers).

# ("files", folder, [paths]) | ("lines", path, first byte, end byte, first line number)
# | ("rows", path, row group, first row, end row)
Task = tuple


def tasks_of(source: Path, per_task: int) -> list[Task]:
    """The archive cut into tasks of about `per_task` articles."""
    source = source.resolve()
    if source.is_dir() and not _is_parquet_dataset(source):
        from .paths import walk

        errors: list[str] = []
        files = walk(str(source), errors)
        if errors:
            raise UserError("; ".join(errors))
        return [("files", str(source), files[i:i + per_task]) for i in range(0, len(files), per_task)]
    if source.suffix.lower() in (".jsonl", ".ndjson"):
        return _line_tasks(source, per_task)
    if source.suffix.lower() in (".parquet", ".pq") or _is_parquet_dataset(source):
        import pyarrow.parquet as pq

        paths = sorted(source.rglob("*.parquet")) if source.is_dir() else [source]
        out: list[Task] = []
        for path in paths:
            try:
                meta = pq.ParquetFile(path).metadata
            except Exception as exc:  # pyarrow raises its own kinds for a file that is not Parquet
                raise UserError(f"{path}: cannot read as Parquet: {exc}") from None
            for group in range(meta.num_row_groups):
                rows = meta.row_group(group).num_rows
                out += [("rows", str(path), group, start, min(rows, start + per_task))
                        for start in range(0, rows, per_task)]
        return out
    raise UserError(f"{source}: not an archive copydesk can read (a folder of drafts, a .jsonl file, "
                    "or a Parquet file or dataset)")


def _line_tasks(path: Path, per_task: int) -> list[Task]:
    """Byte ranges of `per_task` lines each, found in one streaming pass."""
    out: list[Task] = []
    try:
        with path.open("rb") as stream:
            start, count, first, number = 0, 0, 1, 0
            for _ in stream:
                number += 1
                count += 1
                if count == per_task:
                    end = stream.tell()
                    out.append(("lines", str(path), start, end, first))
                    start, count, first = end, 0, number + 1
            if count:
                out.append(("lines", str(path), start, stream.tell(), first))
    except OSError as exc:
        raise UserError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return out


def read_task(task: Task, columns: dict[str, str]) -> list[dict[str, Any]]:
    """The article records of one task, with the FIELDS keys (on a worker)."""
    if task[0] == "files":
        return list(_from_files(Path(task[1]), task[2]))
    if task[0] == "lines":
        return list(_from_lines(task[1], task[2], task[3], task[4], columns))
    return list(_from_row_group(task[1], task[2], task[3], task[4], columns))


def _is_parquet_dataset(folder: Path) -> bool:
    return folder.is_dir() and any(folder.rglob("*.parquet"))


def _from_files(folder: Path, names: list[str]) -> Iterator[dict[str, Any]]:
    from ..formats import format_for
    from .inputs import InputProblem, decode

    for name in names:
        path = Path(name)
        record = {"id": path.relative_to(folder).as_posix(), "format": format_for(name)}
        try:
            record["body"] = decode(path.read_bytes())
        except (OSError, InputProblem) as exc:
            record["failure"] = f"cannot read: {exc}"
        yield record


def _pick(row: dict[str, Any], columns: dict[str, str], index: int) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for name in FIELDS:
        column = columns.get(name, name)
        value = row.get(column)
        if value is None and name == "published":
            value = row.get("date")
        if value is not None:
            record[name] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
    record.setdefault("id", str(index))
    record["id"] = str(record["id"])
    if not isinstance(record.get("body"), str):
        record["failure"] = f"no text in column '{columns.get('body', 'body')}'"
    return record


def _from_lines(path: str, start: int, end: int, first: int, columns: dict[str, str]) -> Iterator[dict[str, Any]]:
    with open(path, "rb") as stream:
        stream.seek(start)
        data = stream.read(end - start)
    for number, raw in enumerate(data.splitlines(), first):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8"))
            if not isinstance(row, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            yield {"id": f"line {number}", "failure": f"line {number} is not a JSON object: {exc}"}
            continue
        yield _pick(row, columns, number)


def _from_row_group(path: str, group: int, start: int, stop: int, columns: dict[str, str]) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path).read_row_group(group).slice(start, stop - start)
    for index, row in enumerate(table.to_pylist(), start):
        yield _pick(row, columns, index)


# -- checking, on the workers ------------------------------------------------------------------

_ENGINES: dict[dt.date | None, Any] = {}  # by as-of day; each engine keeps its rules per config


def check_task(task: Task, columns: dict[str, str], config: Any, as_of: dt.date | None) -> dict[str, Any]:
    """One task, read and checked on a Dask worker: its article count and rows."""
    try:
        records = read_task(task, columns)
    except (OSError, ValueError) as exc:  # a task the worker cannot read: every article in it fails
        return {"articles": 0, "rows": [{"article": f"{task[1]} ({task[0]} {task[2:]})", "failure": str(exc)}]}
    return {"articles": len(records), "rows": check_partition(records, config, as_of)}


def check_partition(records: list[dict[str, Any]], config: Any, as_of: dt.date | None) -> list[dict[str, Any]]:
    """Rows for one partition: a row per diagnostic, a failure row per article
    that could not be checked."""
    from ..config import parse_date
    from ..engine import Engine
    from ..errors import CheckTimeout

    rows = []
    for record in records:
        extra = {k: record.get(k) for k in ("published", "section", "title", "url")}
        if "failure" in record:
            rows.append({"article": record["id"], "failure": record["failure"], **extra})
            continue
        day = as_of or parse_date(record.get("published")) or None
        engine = _ENGINES.get(day)
        if engine is None:
            engine = _ENGINES[day] = Engine(as_of=day, time_limit=60)
        try:
            found = engine.check(record["body"], format=record.get("format") or "markdown", config=config,
                                 path=record["id"])
        except (CheckTimeout, RecursionError, ValueError) as exc:
            rows.append({"article": record["id"], "failure": f"{type(exc).__name__}: {exc}", **extra})
            continue
        except Exception as exc:  # a bug on one article must not end the audit: recorded, and on
            rows.append({"article": record["id"], "failure": f"internal error: {type(exc).__name__}: {exc}",
                         **extra})
            continue
        for d in found:
            row = d.to_dict()
            rows.append({"article": record["id"], **row, "text": record["body"][d.offset:d.end_offset], **extra})
    return rows


# -- the run ------------------------------------------------------------------------------------------

def audit(options: AuditOptions) -> dict[str, Any]:
    _require()
    from ..config import Resolver, project_root
    from .cache import ResultCache

    config = Resolver(options.config_file).for_file(None)
    config.rulebook.all()  # every rule file read here, so the pickled config carries them to the workers
    tasks = tasks_of(options.source, options.partition)
    if not tasks:
        raise UserError(f"{options.source}: no articles found")
    fingerprint = ResultCache(project_root(Path.cwd())).fingerprint(config, ("audit", options.as_of,
                                                                             sorted(options.columns.items())))
    parts = options.out / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    keys = [_key(fingerprint, task) for task in tasks]
    todo = [i for i, key in enumerate(keys) if not (parts / f"{key}.jsonl").exists()]
    if todo:
        _run(options, config, tasks, keys, todo, parts)
    from .audit_report import Tally, write_report

    articles, tally = 0, Tally()
    with _Findings(options) as findings:  # part by part: the driver never holds every row either
        for key in keys:
            header, *rows = _read_part(parts / f"{key}.jsonl")
            articles += header["articles"]
            findings.write(rows)
            tally.add(rows)
    summary = _summary(articles, tally, len(tasks), len(tasks) - len(todo), options)
    (options.out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    if options.report:
        write_report(options.report, summary, tally)
    return summary


def _key(fingerprint: str, task: Task) -> str:
    """A task's key: what it reads (paths, ranges, each file's size and time) and
    the check's fingerprint, so a changed file or config is checked again."""
    h = hashlib.sha256(fingerprint.encode())
    h.update(json.dumps(task, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    for name in (task[2] if task[0] == "files" else [task[1]]):
        try:
            info = os.stat(name)
            h.update(f"{info.st_size}:{info.st_mtime_ns}".encode())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()[:40]


def _run(options: AuditOptions, config: Any, tasks: list[Task], keys: list[str], todo: list[int], parts: Path) -> None:
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        # No dashboard; the scheduler's HTTP server (health checks) still starts, on a free port: on 8787,
        # its default, it would clash with any other Dask scheduler or RStudio on the machine.
        cluster = LocalCluster(n_workers=options.workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"})
        client = Client(cluster)
    try:
        shared = client.scatter(config, broadcast=True)
        futures = {client.submit(check_task, tasks[i], options.columns, shared, options.as_of, pure=False): i
                   for i in todo}
        with progress_bar(options.progress, len(todo), "copydesk audit") as bar:
            for future in as_completed(futures):
                i = futures[future]
                done = future.result()
                _write_part(parts / f"{keys[i]}.jsonl", [{"articles": done["articles"]}, *done["rows"]])  # resumable
                bar.update(1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _write_part(path: Path, rows: list[dict[str, Any]]) -> None:
    fd, temporary = new_file_in(path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(temporary, path)


def _read_part(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class _Findings:
    """OUT/findings.parquet (or .jsonl), written part by part, then renamed into place."""

    def __init__(self, options: AuditOptions) -> None:
        self.jsonl = options.out_format == "jsonl"
        self.final = options.out / ("findings.jsonl" if self.jsonl else "findings.parquet")
        self.temporary = self.final.with_suffix(self.final.suffix + ".tmp")

    def __enter__(self) -> _Findings:
        if self.jsonl:
            self.out: Any = self.temporary.open("w", encoding="utf-8")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            ints = {"line", "column", "end_line", "end_column", "offset", "end_offset"}
            self.schema = pa.schema([(n, pa.int64() if n in ints else pa.string()) for n in ROW_FIELDS])
            self.out = pq.ParquetWriter(self.temporary, self.schema)
        return self

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self.jsonl:
            self.out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        elif rows:
            import pyarrow as pa

            def cell(row: dict[str, Any], name: str) -> Any:  # a fix goes in as JSON text
                value = row.get(name)
                return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value

            self.out.write_table(pa.Table.from_pylist([{n: cell(r, n) for n in ROW_FIELDS} for r in rows],
                                                      schema=self.schema))

    def __exit__(self, kind, value, traceback) -> None:
        self.out.close()
        if kind is None:
            os.replace(self.temporary, self.final)


def _summary(articles: int, tally: Any, partitions: int, resumed: int, options: AuditOptions) -> dict[str, Any]:
    findings = tally.by_rule
    return {
        "articles": articles,
        "failures": tally.failures,
        "findings": dict(sorted(findings.items())),
        "total_findings": sum(findings.values()),
        "partitions": partitions,
        "partitions_reused": resumed,
        "as_of": options.as_of.isoformat() if options.as_of else "each article's publication date",
        "source": str(options.source),
    }
