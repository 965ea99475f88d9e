"""tracer's command line: parse options, call the library, render. Nothing else."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import sqlite_utils
import typer
from rich.console import Console
from rich.table import Table

from tracer import report
from tracer.catalog import Catalog, load_catalog
from tracer.dates import proven_after
from tracer.errors import TracerError
from tracer.ingest import ingest
from tracer.match import explain
from tracer.model import Attribution
from tracer.pipeline import trace
from tracer.store import db_path, open_db, save_user_parts, sources

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Trace the electronic components found in weapons back to their makers.")
log = logging.getLogger("tracer")


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


DbOption = Annotated[str | None, typer.Option("--db", help="SQLite store (default: $TRACER_DB, then the user data directory).")]
ColumnOption = Annotated[list[str] | None, typer.Option(
    "--column", "-c", help='Name a column yourself: ROLE=HEADER, e.g. marking="Маркировка" (repeatable). '
    "Roles: marking, mpn, description, manufacturer, system, quantity, date_code, notes.")]


def parse_overrides(values: list[str] | None) -> dict[str, str]:
    out = {}
    for v in values or []:
        role, sep, header = v.partition("=")
        if not sep or not role.strip() or not header.strip():
            raise TracerError(f"--column {v!r}: write ROLE=HEADER, e.g. marking=Маркировка")
        out[role.strip().lower()] = header.strip().strip('"')
    return out


def catalog(store: sqlite_utils.Database | None = None) -> Catalog:
    """The shipped catalogues plus the parts imported into the store (cached in the store)."""
    if store is None:
        return load_catalog()
    from tracer.catalog.cache import cached_catalog

    return cached_catalog(store)


F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn a TracerError into one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TracerError as e:
            typer.echo(f"Error: {e}", err=True)
            raise typer.Exit(code=2) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def setup(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what tracer does to stderr.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command("trace")
@reports_errors
def trace_cmd(
    files: Annotated[list[Path], typer.Argument(help="Teardown lists: CSV/TSV, XLSX, PDF or text.", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    column: ColumnOption = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Keep only parts whose date code proves manufacture after this day (YYYY-MM-DD).")] = None,
    db: DbOption = None,
) -> None:
    """Attribute every part row of the files to its likely maker, with evidence.

    Example: tracer trace boms/shahed-136.csv --format xlsx -o shahed.xlsx
    Example: tracer trace boms/kh-101.xlsx --since 2022-02-24
    """
    overrides = parse_overrides(column)
    day = parse_day(since) if since else None
    store = open_db(db_path(db))
    with progress_bar("tracing") as tick:
        results = trace([str(f) for f in files], catalog(store), store, overrides, tick)
    atts = [a for t, _ in results for a in t.attributions]
    if day is not None:
        atts = [a for a in atts if made_after(a, day)]
    infos = [t.source_info(new) for t, new in results]
    if fmt is Format.xlsx:
        if output is None:
            raise TracerError("--format xlsx needs --output FILE.xlsx")
        write_bytes(output, report.to_xlsx(atts))
        return
    if fmt is Format.json:
        text = report.to_json(infos, atts)
    elif fmt is Format.csv:
        text = report.to_csv(atts)
    else:
        if output is None:
            console = Console()
            report.print_table(console, atts)
            for info in infos:
                console.print(f"[dim]{info['path']}: {info['kind']}, {info['rows']} part rows, {info.get('stored', '')}[/]")
            return
        try:
            with open(output, "w", encoding="utf-8") as f:
                report.print_table(Console(file=f, width=200), atts)
        except OSError as e:
            raise TracerError(f"{output}: cannot write ({e.strerror or e})") from None
        return
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        write_bytes(output, text.encode("utf-8"))


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise TracerError(f"--since {text!r}: not a date (use YYYY-MM-DD, e.g. 2022-02-24)") from None


def made_after(a: Attribution, day: date) -> bool:
    """Whether the part's date code proves it was made after `day` (dates.proven_after)."""
    return proven_after(date.fromisoformat(a.made_earliest) if a.made_earliest else None, day)


@contextlib.contextmanager
def progress_bar(what: str) -> Iterator[Callable[[int], None]]:
    """A rich progress line for long imports, shown only on a terminal."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}: {task.completed:,} rows"), TimeElapsedColumn(),
                  transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task(what, total=None)
        yield lambda n: bar.update(task, completed=n)


def write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise TracerError(f"{path}: cannot write ({e.strerror or e})") from None


@app.command("columns")
@reports_errors
def columns_cmd(
    file: Annotated[Path, typer.Argument(help="A teardown list.", show_default=False)],
    column: ColumnOption = None,
) -> None:
    """Show which columns tracer would read from a file, and why, before trusting a trace.

    Example: tracer columns perechen.xlsx
    """
    ing = ingest(file, parse_overrides(column))
    console = Console()
    console.print(f"{ing.path}: {ing.kind}, {len(ing.lines)} part rows")
    for note in ing.notes:
        console.print(f"  [dim]{note}[/]")
    for i, choices in enumerate(ing.columns, 1):
        t = Table(title=f"table {i}")
        for name in ("role", "column", "why"):
            t.add_column(name)
        for c in choices:
            t.add_row(c.role, c.header, c.reason)
        console.print(t)
    if ing.lines:
        first = ing.lines[0]
        console.print(f"first part row ({first.locator}): {first.marking!r}")


@app.command("sources")
@reports_errors
def sources_cmd(db: DbOption = None) -> None:
    """List the files stored in the store.

    Example: tracer sources --db ./tracer.db
    """
    rows = sources(open_db(db_path(db)))
    t = Table(title="Stored sources")
    for name in ("id", "name", "kind", "rows", "confident", "ingested", "sha256"):
        t.add_column(name)
    for r in rows:
        t.add_row(str(r["id"]), r["name"], r["kind"], str(r["rows"]), str(r["confident"] or 0),
                  r["ingested_at"], r["sha256"][:12])
    Console().print(t)


@app.command("explain")
@reports_errors
def explain_cmd(marking: Annotated[str, typer.Argument(help="The text printed on the part.", show_default=False)],
                maker: Annotated[str | None, typer.Option("--maker", help="A maker named beside the marking.")] = None,
                db: DbOption = None) -> None:
    """Show every candidate tracer considered for one marking, and why the winner won.

    Example: tracer explain "LR3103 IOR 102G"
    """
    typer.echo(explain(marking, catalog(open_db(db_path(db))), maker))


catalog_app = typer.Typer(help="Reference catalogues: statistics and imports.", no_args_is_help=True)
import_app = typer.Typer(help="Import a parts catalogue into the store.", no_args_is_help=True)
catalog_app.add_typer(import_app, name="import")
app.add_typer(catalog_app, name="catalog")


@import_app.command("kicad")
@reports_errors
def import_kicad_cmd(
    folder: Annotated[Path, typer.Argument(help="A folder of .kicad_sym files, e.g. /usr/share/kicad/symbols.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Import the parts of KiCad symbol libraries whose datasheet link names their maker.

    Example: tracer catalog import kicad /usr/share/kicad/symbols
    """
    from tracer.catalog.kicad import import_kicad_dir

    if not folder.is_dir():
        raise TracerError(f"{folder}: not a folder of .kicad_sym files")
    rows = import_kicad_dir(folder)
    if not rows:
        raise TracerError(f"{folder}: no KiCad symbols with a known maker found")
    n = save_user_parts(open_db(db_path(db)), rows, str(folder))
    typer.echo(f"{folder}: {n} parts imported")


@import_app.command("devicetree")
@reports_errors
def import_devicetree_cmd(
    root: Annotated[Path, typer.Argument(help="A Linux kernel source tree, e.g. /usr/src/linux-source-6.12.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Import the chips that a Linux source tree's devicetree compatibles name ("ti,tps65217").

    Example: tracer catalog import devicetree /usr/src/linux-source-6.12
    """
    from tracer.catalog.devicetree import VENDOR_PREFIXES, import_devicetree_dir

    if not (root / VENDOR_PREFIXES).is_file():
        raise TracerError(f"{root}: not a Linux source tree (no {VENDOR_PREFIXES})")
    store = open_db(db_path(db))
    rows = import_devicetree_dir(root, catalog(store).resolve)
    if not rows:
        raise TracerError(f"{root}: no devicetree compatibles of a known maker found")
    n = save_user_parts(store, rows, str(root))
    typer.echo(f"{root}: {n} parts imported")


@import_app.command("csv")
@reports_errors
def import_csv_cmd(
    file: Annotated[Path, typer.Argument(help="A manufacturer's part list (CSV or XLSX).", show_default=False)],
    mapping: Annotated[list[str] | None, typer.Option("--map", help="ROLE=HEADER for mpn, manufacturer, description, family, category (repeatable).")] = None,
    maker: Annotated[str | None, typer.Option("--maker", help="The maker of every row, when the file has no manufacturer column.")] = None,
    db: DbOption = None,
) -> None:
    """Import a manufacturer's own part list, with a column mapping.

    Example: tracer catalog import csv adi_parts.xlsx --map mpn="Part Number" --maker "Analog Devices"
    """
    from tracer.catalog.vendor import parts_from_file

    store = open_db(db_path(db))
    rows = parts_from_file(file, catalog(store), parse_overrides(mapping), maker)
    n = save_user_parts(store, rows, str(file))
    typer.echo(f"{file}: {n} parts imported")


@catalog_app.command("stats")
@reports_errors
def catalog_stats_cmd(
    db: DbOption = None,
    top: Annotated[int, typer.Option(help="How many makers to list.")] = 30,
) -> None:
    """Counts of makers, lineage, family rules and parts, by maker and by source.

    Example: tracer catalog stats --top 50
    """
    cat = catalog(open_db(db_path(db)))
    console = Console()
    console.print(f"makers {len(cat.makers)}, aliases {len(cat.aliases)}, acquisitions {len(cat.lineage)}, "
                  f"family rules {cat.rule_count}, parts {sum(len(v) for v in cat.parts.values())}")
    rules: Counter[str] = Counter(r.manufacturer for rs in cat.prefix_rules.values() for r in rs)
    rules.update(r.manufacturer for r in cat.regex_rules)
    parts: Counter[str] = Counter(p.manufacturer for ps in cat.parts.values() for p in ps)
    t = Table(title="By maker")
    for name in ("maker", "owner", "family rules", "parts"):
        t.add_column(name)
    for maker, _ in (rules + parts).most_common(top):
        t.add_row(maker, cat.owner(maker), str(rules[maker]), str(parts[maker]))
    console.print(t)
    sources: Counter[str] = Counter(p.origin.split(":")[0].rsplit("/", 1)[-1].split("#")[0] for ps in cat.parts.values() for p in ps)
    sources.update(r.origin.split(":")[0].rsplit("/", 1)[-1] for rs in cat.prefix_rules.values() for r in rs)
    sources.update(r.origin.split(":")[0].rsplit("/", 1)[-1] for r in cat.regex_rules)
    s = Table(title="By source file")
    s.add_column("source")
    s.add_column("rows")
    for name, n in sources.most_common():
        s.add_row(name, str(n))
    console.print(s)


@app.command("serve")
@reports_errors
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    db: DbOption = None,
) -> None:
    """An upload page for analysts over the same store: upload, results, downloads, maker search.

    Example: tracer serve --port 8000   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from tracer.web import create_app

    path = db_path(db)
    open_db(path)  # a bad store is a one-line error here, not a server that fails on each page
    uvicorn.run(create_app(path), host=host, port=port, log_level="info")


@app.command("maker")
@reports_errors
def maker_cmd(
    name: Annotated[str, typer.Argument(help="A maker's name, alias or abbreviation (ADI, Аналог Девайсез).", show_default=False)],
    parts: Annotated[Path | None, typer.Option("--parts", help="The maker's own part list (CSV/XLSX) to check against the store.")] = None,
    mapping: Annotated[list[str] | None, typer.Option("--map", help="mpn=HEADER for the --parts file.")] = None,
    alternatives: Annotated[bool, typer.Option("--alternatives", help="Also list components attributed elsewhere that name this maker as an alternative.")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json or xlsx.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    db: DbOption = None,
) -> None:
    """Where a maker's parts, and its brands', appear in everything traced into the store.

    Example: tracer maker "Analog Devices" --format json
    Example: tracer maker ADI --parts adi_parts.xlsx --map mpn="Part Number"
    """
    from tracer import maker_view as mv

    store = open_db(db_path(db))
    cat = catalog(store)
    maker = mv.resolve_maker(cat, name)
    held = mv.holdings(cat, maker)
    rows = [json.loads(r[0]) for r in store.conn.execute("select data from attributions order by source_id, line_id")]
    result = mv.view(cat, maker, rows)
    if alternatives:
        result["also_possible"] = mv.also_possible(rows, held)
    if parts is not None:
        from tracer.catalog.vendor import parts_from_file

        listed = [r["mpn"] for r in parts_from_file(parts, cat, parse_overrides(mapping), maker)]
        result["parts"] = mv.check_parts(listed, rows, held)
    if fmt is Format.json:
        text = json.dumps(result, ensure_ascii=False, indent=1)
        if output is None:
            typer.echo(text)
        else:
            write_bytes(output, text.encode("utf-8"))
        return
    if fmt is Format.xlsx:
        if output is None:
            raise TracerError("--format xlsx needs --output FILE.xlsx")
        write_bytes(output, report.maker_xlsx(result))
        return
    if fmt is not Format.table:
        raise TracerError("the maker view is shown as --format table, json or xlsx")
    report.print_maker(Console(), result)


trade_app = typer.Typer(help="Import trade records and screening lists for distribution paths.", no_args_is_help=True)
app.add_typer(trade_app, name="import")


@trade_app.command("shipments")
@reports_errors
def import_shipments_cmd(
    file: Annotated[Path, typer.Argument(help="A customs-declaration or trade-data export (CSV or XLSX).", show_default=False)],
    mapping: Annotated[list[str] | None, typer.Option(
        "--map", help="FIELD=HEADER (repeatable): date, declaration, hs_code, description, brand, manufacturer, "
                      "origin_country, dispatch_country, exporter, exporter_country, importer, importer_inn, "
                      "value_usd, quantity.")] = None,
    db: DbOption = None,
) -> None:
    """Import shipments (English or Russian headers detected; --map for the rest).

    Example: tracer import shipments customs_2023.xlsx --map importer="Получатель (наименование)"
    """
    from tracer.trade import import_shipments

    store = open_db(db_path(db))
    with progress_bar(f"importing {file.name}") as tick:
        r = import_shipments(store, file, catalog(store), parse_overrides(mapping), tick)
    if not r.new:
        typer.echo(f"{file}: already imported ({r.rows} shipments)")
        return
    typer.echo(f"{file}: {r.rows} shipments imported ({r.format}); columns: "
               + ", ".join(f"{k}={v!r}" for k, v in r.columns.items()))
    typer.echo(f"entities in the store: {r.entities}; name variants merged into a known firm: {r.merged}")


@trade_app.command("sanctions")
@reports_errors
def import_sanctions_cmd(
    file: Annotated[Path, typer.Argument(help="US Consolidated Screening List CSV or OpenSanctions targets.simple.csv.",
                                         show_default=False)],
    db: DbOption = None,
) -> None:
    """Import a sanctions or screening list (recognised by its header).

    Example: tracer import sanctions targets.simple.csv
    """
    from tracer.trade import import_sanctions

    store = open_db(db_path(db))
    r = import_sanctions(store, file)
    if not r.new:
        typer.echo(f"{file}: already imported ({r.rows} entries)")
        return
    typer.echo(f"{file}: {r.rows} entries imported ({r.format}); entities in the store: {r.entities}")


@app.command("paths")
@reports_errors
def paths_cmd(
    mpn: Annotated[str | None, typer.Option("--mpn", help="A part number (its maker is found as in trace).")] = None,
    maker: Annotated[str | None, typer.Option("--maker", help="A maker: all its parts in the store, or with --mpn, the maker of that part.")] = None,
    source: Annotated[Path | None, typer.Option("--source", help="A traced file: paths for each of its components.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    top: Annotated[int, typer.Option("--top", help="Paths per component.")] = 3,
    db: DbOption = None,
) -> None:
    """Candidate distribution paths, each hop with its evidence and sanctions flags.

    Example: tracer paths --mpn ADUM1301ARWZ --format json
    Example: tracer paths --source boms/shahed-136.csv
    """
    from tracer.paths import PathFinder, has_trade

    if sum(x is not None for x in (mpn, source)) + (maker is not None and mpn is None) != 1:
        raise TracerError("give one of --mpn MPN, --maker NAME or --source FILE")
    if fmt not in (Format.table, Format.json):
        raise TracerError("paths are shown as --format table or json")
    store = open_db(db_path(db))
    cat = catalog(store)
    if not has_trade(store):
        raise TracerError("no shipments in the store: import some first (tracer import shipments FILE)")
    comps = path_components(store, cat, mpn, maker, source)
    finder = PathFinder(store, cat)
    out = [{"component": c, "paths": finder.paths(c, top)} for c in comps]
    if fmt is Format.json:
        typer.echo(json.dumps({"paths": [p for o in out for p in o["paths"]]}, ensure_ascii=False, indent=1))
        return
    report.print_paths(Console(), out)


def path_components(store: sqlite_utils.Database, cat: Catalog, mpn: str | None, maker: str | None,
                    source: Path | None) -> list[dict[str, Any]]:
    """The components paths are asked for, as dicts in the trace contract."""
    from tracer.match import attribute
    from tracer.model import BomLine
    from tracer.pipeline import trace

    if mpn is not None:
        a = attribute(BomLine("--mpn", "-", mpn, stated_maker=maker), cat).to_dict()
        if not a["manufacturer"]:
            raise TracerError(f"--mpn {mpn!r}: no maker could be attributed (try --maker NAME as well)")
        return [a]
    if source is not None:
        (t, _), = trace([str(source)], cat, store)
        return [a.to_dict() for a in t.attributions if a.manufacturer]
    name = cat.resolve(maker)
    if name is None:
        raise TracerError(f"unknown maker {maker!r}")
    brands = cat.brands_of(cat.owner(name))
    rows = [json.loads(r[0]) for r in store.conn.execute("select data from attributions")]
    comps = [c for c in rows if c.get("manufacturer") in brands or c.get("owner") in brands]
    return comps or [{"manufacturer": name, "owner": cat.owner(name), "mpn": None, "country": cat.country(name),
                      "band": "stated", "method": "stated", "hs_code": None}]


def main() -> None:
    """The `tracer` command. Ends the process without freeing its objects one by one.

    A trace holds a catalogue of a hundred thousand objects and an answer per row; freeing them
    at exit took a fifth of a second of a 10,000-row trace and gives nothing back: the system
    takes the memory whole. Output is flushed first and every store write has committed by then
    (mypy ends the same way, for the same reason).
    """
    try:
        app()
        code: Any = 0
    except SystemExit as e:
        code = e.code
    hard_exit(code)


def hard_exit(code: Any) -> None:
    """Exit with `code` as `sys.exit` would read it, skipping the interpreter's teardown."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
