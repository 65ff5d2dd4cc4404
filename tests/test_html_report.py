"""`copydesk check --format html`: one self-contained page, every draft shown
whole with its problems highlighted and explained beside it."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

HOSTILE = ('the end.Both <script>alert(1)</script> "x" & <b>y</b> '
           "<a href=\"javascript:alert(2)\">z</a> https://example.com/a?b=<c>\n")


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "href":
                self.links.append(value)
            if name == "src":
                self.sources.append(value)


def page_for(tmp_path, monkeypatch, **drafts) -> str:
    monkeypatch.chdir(tmp_path)
    for name, text in drafts.items():
        (tmp_path / name.replace("_", ".")).write_text(text, encoding="utf-8")
    done = CliRunner().invoke(main, ["check", "--no-cache", "--format", "html", "-o", "page.html",
                                     *(n.replace("_", ".") for n in drafts)])
    assert done.exit_code in (0, 1), done.output
    return (tmp_path / "page.html").read_text(encoding="utf-8")


def test_scraped_text_is_escaped_and_the_page_links_only_to_itself(tmp_path, monkeypatch):
    html = page_for(tmp_path, monkeypatch, evil_txt=HOSTILE)
    page = Page()
    page.feed(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert page.links and all(link.startswith("#") for link in page.links)  # no javascript:, no network
    assert not page.sources


def test_each_problem_is_highlighted_numbered_and_explained(tmp_path, monkeypatch):
    html = page_for(tmp_path, monkeypatch, story_md="the talks ended.Both sides left after a hour.\n")
    assert html.count('<mark class="warning"') >= 3
    for n in (1, 2, 3):  # the number in the text and the message beside it link to each other
        assert f'href="#m0-{n}"' in html and f'id="m0-{n}"' in html and f'href="#d0-{n}"' in html
    assert 'id="rule-sentence-case"' in html and 'href="#rule-sentence-case"' in html
    assert "fix (--fix)" in html and "<ins>an</ins>" in html


def test_a_clean_draft_says_so(tmp_path, monkeypatch):
    assert "Nothing to report." in page_for(tmp_path, monkeypatch, clean_md="The talks ended.\n")


def _long_draft() -> str:
    rng = random.Random(3)
    words = "the council said budget rail harbour talks mayor residents plan week report".split()
    paragraphs = []
    for _ in range(70):
        sentences = []
        for _ in range(6):
            sentence = " ".join(rng.choice(words) for _ in range(12))
            sentences.append((sentence.capitalize() if rng.random() < 0.5 else sentence)
                             + ("." if rng.random() < 0.8 else ".Then"))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def test_a_long_draft_with_hundreds_of_findings_stays_one_readable_page(tmp_path, monkeypatch):
    draft = _long_draft()
    assert len(draft.split()) >= 5000
    html = page_for(tmp_path, monkeypatch, long_md=draft)
    assert len(re.findall(r'<li class="(?:error|warning|suggestion)"', html)) >= 200
    assert len(html) < 2_000_000


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium")
def test_screenshot_of_a_long_page(tmp_path, monkeypatch):
    page_for(tmp_path, monkeypatch, long_md=_long_draft())
    shot = tmp_path / "page.png"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1400,1000", f"--screenshot={shot}", (tmp_path / "page.html").as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.stat().st_size > 50_000  # a rendered page, not a blank one


ARTIFACTS = Path(os.environ.get("COPYDESK_ARTIFACTS", Path(__file__).resolve().parent.parent / ".test-artifacts"))


def chromium(page: Path, shot_name: str) -> tuple[str, str]:
    """The page as headless Chromium renders it: (its DOM, its console log),
    with a screenshot kept in ARTIFACTS. No network: the page needs none."""
    ARTIFACTS.mkdir(exist_ok=True)
    common = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
              "--window-size=1400,1000", "--enable-logging=stderr", "--v=0", "--proxy-server=127.0.0.1:9",
              "--host-resolver-rules=MAP * ~NOTFOUND"]
    subprocess.run([*common, f"--screenshot={ARTIFACTS / shot_name}", page.as_uri()], capture_output=True,
                   timeout=120, check=False)
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    return dom.stdout, dom.stderr


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium (.ci/run installs it)")
def test_the_check_page_in_chromium(tmp_path, monkeypatch):
    page_for(tmp_path, monkeypatch, long_md=_long_draft())
    dom, log = chromium(tmp_path / "page.html", "check-page.png")
    assert "problems (0 errors," in dom and dom.count("<mark") >= 200
    assert "CONSOLE" not in log and "Uncaught" not in log
    assert (ARTIFACTS / "check-page.png").stat().st_size > 50_000


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium (.ci/run installs it)")
def test_the_audit_report_in_chromium(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.chdir(tmp_path)
    rows = [{"id": f"a{i}", "body": "the end.It was late.\n", "published": f"202{i % 5}-03-01",
             "section": ["City", "Politics"][i % 2], "url": f"https://news.example/{i}"} for i in range(40)]
    (tmp_path / "archive.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    done = CliRunner().invoke(main, ["audit", "archive.jsonl", "--out", "out", "--report", "report.html",
                                     "--no-progress"])
    assert done.exit_code == 0, done.output
    dom, log = chromium(tmp_path / "report.html", "audit-report.png")
    assert "40 articles, 80 findings, 0 failures" in dom
    assert dom.count("<rect") >= 4  # the charts
    assert "CONSOLE" not in log and "Uncaught" not in log
    assert (ARTIFACTS / "audit-report.png").stat().st_size > 30_000
