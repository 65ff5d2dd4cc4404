"""`copydesk audit`: an archive checked on Dask (a local cluster here), each
article as of its own date, findings as Parquet, a resumable run, a report."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from lint.cli import main

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")


def article(i: int, published: str, **extra) -> dict:
    body = "the council met.It agreed,quickly.\n\nPresident Donald Trump said the talks would resume.\n"
    return {"id": f"a{i}", "body": body, "published": published, "section": "Politics",
            "url": f"https://news.example/{i}", **extra}


ARCHIVE = [article(0, "2019-05-01"), article(1, "2022-05-01"), article(2, "2024-02-01"),
           {"id": "broken", "body": None, "published": "2022-01-01"},
           article(3, "2023-03-01", url="javascript:alert(1)", section="<script>x</script>")]


def audit(tmp_path, *args):
    done = CliRunner().invoke(main, ["audit", *args])
    assert done.exit_code == 0, done.output
    return json.loads((tmp_path / args[args.index("--out") + 1] / "summary.json").read_text())


@pytest.fixture
def archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARCHIVE))
    return path


def test_audit_checks_each_article_as_of_its_date_and_resumes(tmp_path, archive):
    summary = audit(tmp_path, "archive.jsonl", "--out", "out", "--report", "report.html")
    assert summary["articles"] == 5 and summary["failures"] == 1  # the article with no body, and the rest go on
    # "President Donald Trump" is stale in 2022, 2023 and 2024 (between his terms), not in 2019.
    assert summary["findings"]["title-accuracy"] == 3
    table = pq.read_table(tmp_path / "out" / "findings.parquet").to_pylist()
    stale = sorted(r["article"] for r in table if r["rule"] == "title-accuracy")
    assert stale == ["a1", "a2", "a3"]
    assert {r["article"] for r in table if r["failure"]} == {"broken"}
    assert all(r["line"] >= 1 for r in table if r["rule"])
    again = audit(tmp_path, "archive.jsonl", "--out", "out")
    assert again["partitions_reused"] == again["partitions"] == 1  # nothing checked twice
    assert again["findings"] == summary["findings"]
    today = audit(tmp_path, "archive.jsonl", "--out", "out", "--as-of", "2020-06-01")
    assert today["partitions_reused"] == 0 and "title-accuracy" not in today["findings"]


def test_audit_report_is_escaped_and_links_only_to_http(tmp_path, archive):
    audit(tmp_path, "archive.jsonl", "--out", "out", "--report", "report.html", "--out-format", "jsonl")
    html = (tmp_path / "report.html").read_text()
    links = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            assert tag != "script"
            links.extend(v for k, v in attrs if k == "href")

    Links().feed(html)
    assert links and all(link.startswith("https://") for link in links)
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "Donald Trump" in html  # stale titles by person
    rows = [json.loads(line) for line in (tmp_path / "out" / "findings.jsonl").read_text().splitlines()]
    assert any(isinstance(r.get("fix"), dict) for r in rows)


def test_audit_reads_folders_and_parquet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "one.md").write_text("the end.\n")
    (tmp_path / "drafts" / "two.txt").write_text("Fine.\n")
    summary = audit(tmp_path, "drafts", "--out", "out")
    assert summary["articles"] == 2 and summary["findings"] == {"sentence-case": 1}
    pq.write_table(pa.Table.from_pylist([{"key": "x1", "text": "the end.", "when": "2022-01-01"}]),
                   tmp_path / "a.parquet")
    summary = audit(tmp_path, "a.parquet", "--out", "out", "--column", "id=key", "--column", "body=text",
                    "--column", "published=when")
    assert summary["articles"] == 1 and summary["findings"] == {"sentence-case": 1}


def test_audit_without_the_extra_says_which_to_install(tmp_path, archive, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    done = CliRunner().invoke(main, ["audit", "archive.jsonl", "--out", "out"])
    assert done.exit_code == 2 and "pip install 'copydesk[audit]'" in done.stderr


def test_check_never_imports_the_audit_libraries(tmp_path):
    (tmp_path / "a.md").write_text("the end.\n")
    code = ("import sys; from lint.cli import main\n"
            "try:\n    main(['check', '--no-cache', 'a.md'])\nexcept SystemExit:\n    pass\n"
            "assert not {'dask', 'distributed', 'pyarrow'} & set(sys.modules), 'imported'\n")
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True, capture_output=True)


def planted_archive(path, articles: int) -> dict[str, set[str]]:
    """Short articles, each with one planted problem of a known kind; the
    problems each article should get, by rule."""
    kinds = {
        "sentence-case": "The council met on Monday. the vote was close.",
        "punctuation-spacing": "The council met on Monday.The vote was close.",
        "indefinite-article": "The council met for a hour on Monday.",
        None: "The council met on Monday. The vote was close.",
    }
    rows, expected = [], {}
    for i in range(articles):
        rule = list(kinds)[i % len(kinds)]
        rows.append({"id": f"n{i}", "body": kinds[rule] + "\n", "published": "2024-05-01"})
        expected[f"n{i}"] = {rule} if rule else set()
    pq.write_table(pa.Table.from_pylist(rows), path)
    return expected


def test_every_planted_problem_is_found_exactly_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    expected = planted_archive(tmp_path / "planted.parquet", 2000)
    summary = audit(tmp_path, "planted.parquet", "--out", "out", "--no-progress")
    assert summary["articles"] == 2000 and summary["failures"] == 0
    found: dict[str, list[str]] = {}
    for row in pq.read_table(tmp_path / "out" / "findings.parquet").to_pylist():
        found.setdefault(row["article"], []).append(row["rule"])
    assert {a: sorted(found.get(a, [])) for a in expected} == {a: sorted(r) for a, r in expected.items()}


# The cluster's scheduler holds 8787, Dask's default HTTP port: the local audit beside it must not warn
# that the port is taken (a user running RStudio or another cluster would see it on every audit).
@pytest.mark.filterwarnings("error::UserWarning")
def test_the_same_audit_on_a_real_dask_cluster(tmp_path, monkeypatch):
    import socket
    import time

    monkeypatch.chdir(tmp_path)
    planted_archive(tmp_path / "planted.parquet", 300)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = sys.executable.rsplit("/", 1)[0]
    scheduler = subprocess.Popen([f"{bin_dir}/dask", "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = [subprocess.Popen([f"{bin_dir}/dask", "worker", address, "--nthreads", "1", "--no-dashboard"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path) for _ in range(2)]
    try:
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout=5) as client:
                    if len(client.scheduler_info()["workers"]) == 2:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the cluster did not come up"
            time.sleep(0.5)
        remote = audit(tmp_path, "planted.parquet", "--out", "remote", "--scheduler", address, "--no-progress")
        local = audit(tmp_path, "planted.parquet", "--out", "out", "--no-progress")
        assert remote["findings"] == local["findings"] and remote["articles"] == 300
        remote_rows = pq.read_table(tmp_path / "remote" / "findings.parquet").to_pylist()
        local_rows = pq.read_table(tmp_path / "out" / "findings.parquet").to_pylist()
        assert remote_rows == local_rows
    finally:
        for process in (*workers, scheduler):
            process.terminate()
        for process in (*workers, scheduler):
            process.wait(timeout=30)
