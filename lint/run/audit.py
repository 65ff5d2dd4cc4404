"""`copydesk audit`: a whole archive checked on Dask.

The archive (a folder of drafts, a JSON Lines file, or a Parquet file or
dataset of articles) is read into partitions of articles; Dask checks them on
an embedded local cluster (the machine's cores) or on an existing one
(`--scheduler ADDRESS`), with the config, rule files and vocabulary pickled
into the job, so workers need only copydesk itself. Each article is checked by
the same engine as `copydesk check`, as of its own publication date unless
`--as-of` says otherwise. A finished partition is written to
`OUT/parts/<key>` at once; its key covers the articles and everything the
result cache keys on (`cache.py`: config, rules, code, date), so an interrupted
audit picks up where it stopped and an unchanged one costs nothing. An article
that fails (a bad encoding, a timeout, a bug) is a failure row, and the audit
goes on.

Dask and pyarrow are an optional extra (`pip install 'copydesk[audit]'`);
nothing else in copydesk imports them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError

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

def read_articles(source: Path, columns: dict[str, str]) -> list[dict[str, Any]]:
    """The archive as article records with the FIELDS keys."""
    if source.is_dir() and not _is_parquet_dataset(source):
        return list(_from_folder(source))
    if source.suffix.lower() in (".jsonl", ".ndjson"):
        return list(_from_jsonl(source, columns))
    if source.suffix.lower() in (".parquet", ".pq") or _is_parquet_dataset(source):
        return list(_from_parquet(source, columns))
    raise UserError(f"{source}: not an archive copydesk can read (a folder of drafts, a .jsonl file, "
                    "or a Parquet file or dataset)")


def _is_parquet_dataset(folder: Path) -> bool:
    return folder.is_dir() and any(folder.rglob("*.parquet"))


def _from_folder(folder: Path) -> Iterator[dict[str, Any]]:
    from ..formats import format_for
    from .inputs import InputProblem, decode
    from .paths import walk

    errors: list[str] = []
    for name in walk(str(folder), errors):
        path = Path(name)
        record = {"id": path.relative_to(folder).as_posix(), "format": format_for(name)}
        try:
            record["body"] = decode(path.read_bytes())
        except (OSError, InputProblem) as exc:
            record["failure"] = f"cannot read: {exc}"
        yield record
    for error in errors:
        yield {"id": error.split(":")[0], "failure": error}


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


def _from_jsonl(path: Path, columns: dict[str, str]) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            yield {"id": f"line {number}", "failure": f"line {number} is not a JSON object: {exc}"}
            continue
        yield _pick(row, columns, number)


def _from_parquet(path: Path, columns: dict[str, str]) -> Iterator[dict[str, Any]]:
    import pyarrow.dataset as ds

    try:
        table = ds.dataset(str(path), format="parquet").to_table()
    except Exception as exc:  # pyarrow raises its own kinds for a file that is not Parquet
        raise UserError(f"{path}: cannot read as Parquet: {exc}") from None
    for index, row in enumerate(table.to_pylist()):
        yield _pick(row, columns, index)


# -- checking, on the workers ------------------------------------------------------------------

_ENGINES: dict[tuple, Any] = {}


def check_partition(records: list[dict[str, Any]], config: Any, as_of: dt.date | None) -> list[dict[str, Any]]:
    """Rows for one partition: a row per diagnostic, a failure row per article
    that could not be checked. Runs on a Dask worker."""
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
        key = (id(config), day)
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = Engine(as_of=day, time_limit=60)
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
    records = read_articles(options.source, options.columns)
    if not records:
        raise UserError(f"{options.source}: no articles found")
    fingerprint = ResultCache(project_root(Path.cwd())).fingerprint(config, ("audit", options.as_of))
    parts = options.out / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    partitions = [records[i:i + options.partition] for i in range(0, len(records), options.partition)]
    keys = [_key(fingerprint, p) for p in partitions]
    todo = [i for i, key in enumerate(keys) if not (parts / f"{key}.jsonl").exists()]
    if todo:
        _run(options, config, partitions, keys, todo, parts)
    rows = [row for key in keys for row in _read_part(parts / f"{key}.jsonl")]
    summary = _summary(records, rows, len(partitions), len(partitions) - len(todo), options)
    _write_findings(options, rows)
    (options.out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    if options.report:
        from .audit_report import write_report

        write_report(options.report, summary, rows, records)
    return summary


def _key(fingerprint: str, partition: list[dict[str, Any]]) -> str:
    h = hashlib.sha256(fingerprint.encode())
    h.update(json.dumps(partition, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


def _run(options: AuditOptions, config: Any, partitions: list, keys: list[str], todo: list[int], parts: Path) -> None:
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=options.workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        shared = client.scatter(config, broadcast=True)
        futures = {client.submit(check_partition, partitions[i], shared, options.as_of, pure=False): i for i in todo}
        bar = _bar(options, len(todo))
        for future in as_completed(futures):
            i = futures[future]
            _write_part(parts / f"{keys[i]}.jsonl", future.result())  # kept at once: an interrupted audit resumes
            bar.update(1)
        bar.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _NoBar:
    def update(self, steps: int) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(options: AuditOptions, total: int):
    import sys

    if not (options.progress and sys.stderr is not None and sys.stderr.isatty()):
        return _NoBar()
    import click

    bar = click.progressbar(length=total, label="copydesk audit", file=sys.stderr)
    bar.__enter__()
    return type("Bar", (), {"update": lambda self, n: bar.update(n), "close": lambda self: bar.__exit__(None, None,
                                                                                                          None)})()


def _write_part(path: Path, rows: list[dict[str, Any]]) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(temporary, path)


def _read_part(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _write_findings(options: AuditOptions, rows: list[dict[str, Any]]) -> None:
    if options.out_format == "jsonl":
        _write_part(options.out / "findings.jsonl", rows)
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"line", "column", "end_line", "end_column", "offset", "end_offset"}
    schema = pa.schema([(name, pa.int64() if name in ints else pa.string()) for name in ROW_FIELDS])
    def cell(row: dict[str, Any], name: str) -> Any:
        value = row.get(name)
        return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value  # a fix, as JSON text

    table = pa.Table.from_pylist([{k: cell(row, k) for k in ROW_FIELDS} for row in rows], schema=schema)
    pq.write_table(table, options.out / "findings.parquet")


def _summary(records: list, rows: list, partitions: int, resumed: int, options: AuditOptions) -> dict[str, Any]:
    findings = Counter(row["rule"] for row in rows if "rule" in row)
    return {
        "articles": len(records),
        "failures": sum(1 for row in rows if "failure" in row),
        "findings": dict(sorted(findings.items())),
        "total_findings": sum(findings.values()),
        "partitions": partitions,
        "partitions_reused": resumed,
        "as_of": options.as_of.isoformat() if options.as_of else "each article's publication date",
        "source": str(options.source),
    }
