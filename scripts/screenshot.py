"""Screenshot the results page of `tracer serve` in headless Chromium (Debian's `chromium`).

    python scripts/screenshot.py [BOM] [OUT.png]

Starts `tracer serve` on a free port with a new store, uploads BOM (default
boms/shahed-136.csv) through POST /upload, and has Chromium render the results page it redirects
to into OUT.png (default results.png), so the page can be looked at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ATTEMPTS = 2


def browser_command(browser: str, profile: Path, out: Path, url: str) -> list[str]:
    """Headless Chromium with what this closed network needs: no background calls home, no first-run work."""
    return [browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", "--window-size=1600,2000", f"--screenshot={out}", url]


def main() -> int:
    bom = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "boms" / "shahed-136.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("results.png")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium on PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    port = free_port()
    work = Path(tempfile.mkdtemp(prefix="tracer-shot-"))
    server = subprocess.Popen([sys.executable, "-m", "tracer.cli", "serve", "--port", str(port), "--db", str(work / "s.db")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        r = httpx.post(base + "/upload", files={"file": (bom.name, bom.read_bytes())}, follow_redirects=False, timeout=120)
        if r.status_code != 303:
            print(f"upload failed: {r.status_code} {r.text[:200]}", file=sys.stderr)
            return 1
        url = base + r.headers["location"]
        for attempt in range(1, ATTEMPTS + 1):
            shot = subprocess.run(browser_command(browser, work / f"profile{attempt}", out.resolve(), url),
                                  capture_output=True, timeout=120, env=dict(os.environ, HOME=str(work)))
            if shot.returncode == 0 and out.exists():
                print(f"{url} -> {out}")
                return 0
            # A headless browser killed by a signal (seen once on CI: SIGSEGV at start) gets one more go
            # with a new profile; any other failure is reported at once.
            if shot.returncode >= 0:
                break
        tail = shot.stderr.decode(errors="replace").strip().splitlines()[-3:]
        print(f"chromium failed (exit {shot.returncode}): {' | '.join(tail)}", file=sys.stderr)
        return 1
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
