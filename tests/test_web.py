"""tracer serve, driven through its HTTP interface (Starlette's TestClient)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from tracer.web import create_app

from .conftest import DATA


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path / "web.db"))


def upload(client: TestClient, name: str, data: bytes):
    return client.post("/upload", files={"file": (name, data, "application/octet-stream")}, follow_redirects=False)


def test_upload_redirects_to_results_with_downloads_and_json(client: TestClient) -> None:
    r = upload(client, "comma_utf8.csv", (DATA / "comma_utf8.csv").read_bytes())
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Analog Devices" in page.text and "likely" in page.text
    sid = r.headers["location"].rsplit("/", 1)[-1]
    assert f'href="/sources/{sid}.json"' in page.text
    data = client.get(f"/sources/{sid}.json").json()
    assert data["components"] and {"manufacturer", "band", "evidence", "alternatives", "paths"} <= set(data["components"][0])
    xlsx = client.get(f"/sources/{sid}.xlsx")
    assert load_workbook(io.BytesIO(xlsx.content))["components"].max_row == len(data["components"]) + 1
    rows = list(csv.DictReader(io.StringIO(client.get(f"/sources/{sid}.csv").text)))
    assert len(rows) == len(data["components"])
    assert "comma_utf8.csv" in client.get("/").text


def test_results_filters_by_band_and_maker(client: TestClient) -> None:
    loc = upload(client, "comma_utf8.csv", (DATA / "comma_utf8.csv").read_bytes()).headers["location"]
    everything = client.get(loc).text
    likely = client.get(loc, params={"band": "likely"}).text
    assert likely.count("<tr>") < everything.count("<tr>")
    assert "Texas" not in client.get(loc, params={"maker": "Analog"}).text.split("<table>")[1]


def test_a_script_marking_is_shown_as_text(client: TestClient) -> None:
    bom = b"No,System,Marking\n1,<b>UAV</b>,<script>alert(1)</script> LM358DR\n"
    page = client.get(upload(client, "evil.csv", bom).headers["location"]).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>UAV</b>" not in page


def test_an_uploaded_name_is_never_a_path(client: TestClient, tmp_path: Path) -> None:
    r = upload(client, "../../x.csv", (DATA / "comma_utf8.csv").read_bytes())
    assert r.status_code == 303
    stored = sqlite3.connect(tmp_path / "web.db").execute("select path, name from sources").fetchone()
    assert Path(stored[0]).parent == tmp_path / "uploads" and stored[1].endswith("-x.csv")
    assert not (tmp_path.parent.parent / "x.csv").exists()


def test_a_bad_upload_is_a_readable_page_and_stores_nothing(client: TestClient, tmp_path: Path) -> None:
    r = upload(client, "broken.xlsx", (DATA / "bad" / "truncated.xlsx").read_bytes())
    assert r.status_code == 400 and "not a readable XLSX file" in r.text and "Nothing was stored" in r.text
    assert "uploads/" not in r.text  # the generated file name is not shown
    assert sqlite3.connect(tmp_path / "web.db").execute("select count(*) from sources").fetchone()[0] == 0
    assert not any((tmp_path / "uploads").iterdir())
    assert client.post("/upload", files={}).status_code == 400


def test_maker_search_and_an_unknown_maker(client: TestClient) -> None:
    upload(client, "comma_utf8.csv", (DATA / "comma_utf8.csv").read_bytes())
    page = client.get("/maker", params={"name": "Аналог Девайсез"}).text
    assert "<h2>Analog Devices</h2>" in page and "Linear Technology" in page
    assert "closest known: Analog Devices" in client.get("/maker", params={"name": "Analog Devizes"}).text


def test_an_unknown_source_is_404(client: TestClient) -> None:
    assert client.get("/sources/999").status_code == 404
    assert client.get("/sources/999.json").status_code == 404
    assert json.loads(client.get("/sources/999.json").text)["error"]


def test_the_page_shows_the_name_the_user_gave(client: TestClient) -> None:
    loc = upload(client, "kh-101 list.csv", (DATA / "comma_utf8.csv").read_bytes()).headers["location"]
    assert "<h1>kh-101_list.csv</h1>" in client.get(loc).text


@pytest.mark.skipif(not __import__("shutil").which("chromium"), reason="Debian's chromium is not installed")
def test_a_screenshot_of_the_results_page(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "results.png"
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, str(root / "scripts" / "screenshot.py"), str(root / "boms" / "orlan-10.txt"),
                          str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
