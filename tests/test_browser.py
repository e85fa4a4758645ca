"""The HTML outputs in a real browser: headless Chromium renders each without a console error,
loads nothing from the network, and prints it to PDF.

Chromium is found on PATH; on a Debian machine where the test runs as root it is installed with
apt-get; anywhere else the test is skipped with the reason. CI installs it, so CI always runs it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from report_helpers import HOSTILE, NO_CLAUSE, cell, demo_reports, loaded, report
from tipcheck.answers import Answer
from tipcheck.compare import matrix_html, render_diff
from tipcheck.model import Rulebook
from tipcheck.questionnaire import Questionnaire
from tipcheck.report import render

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Quiet, offline, and with nothing of its own to fetch: what is left on the network is the page's.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--no-default-browser-check")
TIMEOUT = 180


@pytest.fixture(scope="session")
def chromium() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    debian = Path("/etc/debian_version").exists() and shutil.which("apt-get")
    if not (debian and os.geteuid() == 0):
        pytest.skip("Chromium is not installed (none of " + ", ".join(BROWSERS) + " on PATH), "
                    "and this is not a Debian machine where the test may apt-get install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True,
                       timeout=900, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True,
                       capture_output=True, timeout=1800, env=env)
    except (OSError, subprocess.SubprocessError) as error:
        pytest.skip(f"Chromium is not installed and apt-get could not install it: {error}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium, but it is not on PATH")
    return found


def browse(chromium: str, page: Path, *flags: str) -> subprocess.CompletedProcess:
    """Open `page` in a fresh headless Chromium profile with `flags`."""
    with tempfile.TemporaryDirectory(prefix="tipcheck-chromium-") as profile:
        return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *flags,
                               page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=TIMEOUT)


def console_messages(stderr: str, page: Path) -> list[str]:
    """The page's console messages in Chromium's log (its own dbus or GPU noise is not one)."""
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line and page.resolve().as_uri() in line]


def page_requests(net_log: Path) -> list[str]:
    """The web addresses the page itself asked for (Chromium's own requests are not the page's:
    only the page's are keyed to its file:// origin)."""
    events = json.loads(net_log.read_text(encoding="utf-8"))["events"]
    return sorted({e["params"]["url"] for e in events
                   if "file://" in str(e.get("params", {}).get("network_isolation_key", ""))
                   and str(e["params"].get("url", "")).startswith(("http:", "https:"))})


def load(chromium: str, page: Path) -> dict:
    """Open `page` once: the DOM Chromium built, the page's console messages, what it fetched,
    and the page printed to PDF."""
    net_log, pdf = page.with_suffix(".netlog.json"), page.with_suffix(".pdf")
    run = browse(chromium, page, "--enable-logging=stderr", "--v=0", "--log-level=0",
                 f"--log-net-log={net_log}", "--no-pdf-header-footer",
                 f"--print-to-pdf={pdf}", "--dump-dom")
    return {"dom": run.stdout, "console": console_messages(run.stderr, page),
            "requests": page_requests(net_log),
            "pdf": pdf.read_bytes() if pdf.exists() else b""}


def pages_of(pdf: bytes) -> int:
    return max((int(n) for n in re.findall(rb"/Count (\d+)", pdf)), default=0)


URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "data", "poster", "cite",
                  "background", "ping", "manifest", "xlink:href", "longdesc"}
FETCHING = {"img", "script", "link", "iframe", "frame", "object", "embed", "video", "audio",
            "source", "track", "image", "use", "base", "form", "input"}


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def test_the_checks_see_a_console_error_and_a_loaded_resource(
    chromium: str, tmp_path: Path
) -> None:
    """The control: a page that fails and fetches is caught, so a clean result means clean."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x'
                    '</title></head><body><p id="here">x</p>'
                    '<img src="https://tipcheck.invalid/x.png" alt="">'
                    "<script>undefinedFunction();</script></body></html>", encoding="utf-8")

    seen = load(chromium, page)

    assert 'id="here"' in seen["dom"]
    assert any("Uncaught" in line for line in seen["console"]), seen["console"]
    assert seen["requests"] == ["https://tipcheck.invalid/x.png"]


@pytest.fixture(scope="module")
def report_pages(chromium: str, rulebook: Rulebook, questionnaire: Questionnaire,
                 tmp_path_factory: pytest.TempPathFactory) -> dict[Path, dict]:
    """The demo States' HTML reports in both languages, and one report with hostile text and a
    source link in every free-text field, each opened in Chromium (four at a time)."""
    out = demo_reports(rulebook, questionnaire)
    folder = tmp_path_factory.mktemp("browser")
    pages = []
    for source in sorted([*out.glob("X??.html"), *out.glob("fr/X??.html")]):
        pages.append(folder / f"{source.parent.name}-{source.name}")
        shutil.copy(source, pages[-1])
    answers = {"NP-1": Answer(value="guidance", citation=HOSTILE, explanation=HOSTILE,
                              source="https://legislation.example.org/xaa#s4",
                              origin=cell("Protection", "D14")),
               "NP-2": Answer(value="yes", citation="Act 5", source=HOSTILE,
                              origin=cell("Protection", "D15"))}
    pages.append(folder / "hostile.html")
    pages[-1].write_text(render(report(rulebook, questionnaire, loaded(answers, name=HOSTILE)),
                                "html", rulebook, questionnaire), encoding="utf-8")
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(pages, pool.map(lambda p: load(chromium, p), pages), strict=True))


def test_every_html_report_renders_without_console_errors_and_loads_nothing(
    report_pages: dict[Path, dict]
) -> None:
    assert len(report_pages) >= 7  # three demo States in two languages, and the hostile one
    for page, seen in report_pages.items():
        html = page.read_text(encoding="utf-8")
        assert seen["console"] == [], (page, seen["console"])
        assert seen["requests"] == [], (page, seen["requests"])
        dom = seen["dom"]
        assert re.search(r'<html lang="(en|fr)"', dom), page
        for anchor in ("summary", "annex", "method"):
            assert f'id="{anchor}"' in dom, (page, anchor)
        for finding in re.findall(r'<article class="finding" id="([^"]+)"', html):
            assert f'id="{finding}"' in dom, (page, finding)
        assert "<script" not in dom  # hostile text stayed text
        assert_loads_nothing(page, html)


def assert_loads_nothing(page: Path, html: str) -> None:
    """No element that fetches, no CSS that does, and the only addresses in attributes are the
    State's source links, as plain anchors."""
    tags = Tags()
    tags.feed(html)
    assert not {t for t, _ in tags.found} & FETCHING, page
    assert "url(" not in html and "@import" not in html
    for tag, attributes in tags.found:
        for name, value in attributes:
            if value and (name in URL_ATTRIBUTES or "//" in value) and not value.startswith("#"):
                assert (tag, name) == ("a", "href"), (page, tag, name, value)
                assert value.lower().startswith(("http://", "https://")), (page, value)


def test_every_html_report_prints_to_pdf_with_a_page_per_theme(
    report_pages: dict[Path, dict]
) -> None:
    for page, seen in report_pages.items():
        pdf = seen["pdf"]
        assert pdf.startswith(b"%PDF-"), page
        themes = len(re.findall(r'<section class="theme"', page.read_text(encoding="utf-8")))
        # The cover, the summary, each theme from a new page, and the annex.
        assert pages_of(pdf) >= 3 + themes, (page, pages_of(pdf))


def test_the_matrix_and_the_diff_render_without_console_errors_and_print(
    chromium: str, rulebook: Rulebook, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    out = demo_reports(rulebook, questionnaire)
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("X??.json"))]
    old = report(rulebook, questionnaire, loaded(NO_CLAUSE, name=HOSTILE))
    new = report(rulebook, questionnaire, loaded({}, name=HOSTILE, date=dt.date(2026, 6, 30)))
    pages = []
    for name, text in (("matrix.html", matrix_html(reports, "fr")),
                       ("diff.html", render_diff(old, new, "html", "en"))):
        pages.append(tmp_path / name)
        pages[-1].write_text(text, encoding="utf-8")

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(pages, pool.map(lambda p: load(chromium, p), pages), strict=True))

    for page, seen in results.items():
        assert seen["console"] == [] and seen["requests"] == [], (page, seen)
        assert "<table" in seen["dom"] and "<script" not in seen["dom"]
        assert seen["pdf"].startswith(b"%PDF-")
        assert_loads_nothing(page, page.read_text(encoding="utf-8"))
