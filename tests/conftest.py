from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def tracer_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own store, never the user's."""
    path = tmp_path / "tracer.db"
    monkeypatch.setenv("TRACER_DB", str(path))
    monkeypatch.setenv("TRACER_CACHE_KEY", str(tmp_path.parent / "tracer-cache.key"))
    monkeypatch.setenv("COLUMNS", "200")
    return path


@pytest.fixture(scope="session")
def catalog():
    from tracer.catalog import load_catalog

    return load_catalog()
