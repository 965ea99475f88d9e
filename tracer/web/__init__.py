"""tracer serve: an upload page for analysts, over the same store as the command line.

Starlette with Jinja2 templates (autoescaped: every value from a file is text, never markup), no
build step. An upload is saved under a generated name in the store's `uploads/` folder (the
name the user gave is only shown, never used as a path), traced in one transaction, and shown
at /sources/{id}; its components are also at /sources/{id}.json (the trace contract), .csv and
.xlsx. A failed upload gives a readable page and stores nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from tracer import report
from tracer.catalog.cache import cached_catalog
from tracer.errors import TracerError
from tracer.model import Attribution
from tracer.pipeline import trace
from tracer.store import open_db, sources

MAX_UPLOAD = 20 * 2**20
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def safe_name(name: str | None) -> str:
    """A file name fit to show and to keep as a suffix: no folders, no odd characters."""
    base = Path((name or "upload").replace("\\", "/")).name
    return re.sub(r"[^A-Za-z0-9._-]+", "_", base)[:80] or "upload"


UPLOADED = re.compile(r"^[0-9a-f]{32}-")


def display_name(stored: str) -> str:
    """The name a user gave an upload (the store keeps it behind a generated prefix)."""
    return UPLOADED.sub("", stored)


def components(db: sqlite_utils.Database, source_id: int) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in db.conn.execute(
        "select a.data from attributions a join lines l on l.id = a.line_id where a.source_id = ? order by l.position",
        [source_id])]


def source_row(db: sqlite_utils.Database, source_id: int) -> dict[str, Any] | None:
    rows = list(db.query("select * from sources where id = ?", [source_id]))
    return rows[0] if rows else None


def create_app(db_path: Path) -> Starlette:
    uploads = db_path.parent / "uploads"

    def store() -> sqlite_utils.Database:
        return open_db(db_path)

    async def index(request: Request) -> Response:
        listed = [dict(s, name=display_name(s["name"])) for s in sources(store())]
        return TEMPLATES.TemplateResponse(request, "index.html", {"sources": listed, "max_mb": MAX_UPLOAD // 2**20})

    async def upload(request: Request) -> Response:
        form = await request.form(max_files=1, max_fields=5)
        item = form.get("file")
        if not isinstance(item, UploadFile) or not item.filename:
            return error(request, "Choose a file to upload (CSV, XLSX, PDF or text).", 400)
        data = await item.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            return error(request, f"{safe_name(item.filename)}: the file is over the {MAX_UPLOAD // 2**20} MiB limit.", 413)
        uploads.mkdir(parents=True, exist_ok=True)
        path = uploads / f"{uuid.uuid4().hex}-{safe_name(item.filename)}"
        path.write_bytes(data)
        db = store()
        try:
            (t, _), = trace([path], cached_catalog(db), db)
        except TracerError as e:
            path.unlink(missing_ok=True)
            return error(request, str(e).replace(str(path), safe_name(item.filename)), 400)
        sid = db.conn.execute("select id from sources where sha256 = ?", [t.sha256]).fetchone()[0]
        return RedirectResponse(f"/sources/{sid}", status_code=303)

    async def results(request: Request) -> Response:
        db = store()
        sid = int(request.path_params["sid"])
        src = source_row(db, sid)
        if src is None:
            return error(request, f"No stored source {sid}.", 404)
        comps = components(db, sid)
        band, maker, q = (request.query_params.get(k, "") for k in ("band", "maker", "q"))
        shown = [c for c in comps if (not band or c["band"] == band)
                 and (not maker or maker.lower() in f"{c.get('manufacturer')} {c.get('owner')}".lower())
                 and (not q or q.lower() in c["marking"].lower())]
        summary = report.summary([Attribution(**c) for c in comps])
        return TEMPLATES.TemplateResponse(request, "results.html", {
            "source": dict(src, name=display_name(src["name"])), "columns": json.loads(src["columns"] or "[]"), "components": shown, "total": len(comps),
            "summary": summary, "band": band, "maker": maker, "q": q})

    async def download(request: Request) -> Response:
        db = store()
        sid, fmt = int(request.path_params["sid"]), request.path_params["fmt"]
        src = source_row(db, sid)
        if src is None:
            return JSONResponse({"error": f"no stored source {sid}"}, status_code=404)
        atts = [Attribution(**c) for c in components(db, sid)]
        name = safe_name(Path(display_name(src["name"])).stem)
        if fmt == "json":
            info = {"path": src["name"], "kind": src["kind"], "sha256": src["sha256"], "rows": src["rows"]}
            return Response(report.to_json([info], atts), media_type="application/json")
        if fmt == "csv":
            return Response(report.to_csv(atts), media_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="{name}-attributed.csv"'})
        if fmt == "xlsx":
            return Response(report.to_xlsx(atts),
                            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            headers={"Content-Disposition": f'attachment; filename="{name}-attributed.xlsx"'})
        return JSONResponse({"error": f"unknown format {fmt!r}"}, status_code=404)

    async def maker(request: Request) -> Response:
        from tracer import maker_view as mv

        name = request.query_params.get("name", "").strip()
        context: dict[str, Any] = {"name": name, "result": None, "problem": None}
        if name:
            db = store()
            cat = cached_catalog(db)
            try:
                resolved = mv.resolve_maker(cat, name)
            except TracerError as e:
                context["problem"] = str(e)
            else:
                rows = [json.loads(r[0]) for r in db.conn.execute("select data from attributions")]
                found = mv.view(cat, resolved, rows)
                comps = found.pop("components")
                context["result"] = {**found, "by_system": mv.by_system(comps)}
        return TEMPLATES.TemplateResponse(request, "maker.html", context)

    def error(request: Request, message: str, status: int) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, "error.html", {"message": message}, status_code=status)

    return Starlette(routes=[
        Route("/", index),
        Route("/upload", upload, methods=["POST"]),
        Route("/sources/{sid:int}.{fmt}", download),
        Route("/sources/{sid:int}", results),
        Route("/maker", maker),
    ])
