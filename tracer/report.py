"""Render a trace: rich table, JSON (the contract), CSV and XLSX, with a summary."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from tracer.model import Attribution

FLAT_COLUMNS = (
    "source", "locator", "system", "marking", "mpn", "family", "manufacturer", "owner", "country",
    "owner_country", "confidence", "band", "method", "category", "date_code", "made", "post_2022_02_24",
    "made_earliest", "origin", "lot", "hs_code", "chpl_tier_label", "alternatives", "evidence",
)
WIDTHS = {"source": 18, "locator": 14, "system": 18, "marking": 50, "mpn": 20, "family": 16,
          "manufacturer": 26, "owner": 22, "category": 14, "alternatives": 40, "evidence": 80}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell safe to open in a spreadsheet: text starting with = + - @ tab or CR gets a quote."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def flat_row(a: Attribution) -> dict[str, Any]:
    d = a.to_dict()
    d["alternatives"] = "; ".join(f"{x['manufacturer']} ({x['confidence']})" for x in a.alternatives)
    d["evidence"] = " | ".join(a.evidence)
    return {k: d.get(k) for k in FLAT_COLUMNS}


def summary(atts: list[Attribution]) -> dict[str, dict[str, int]]:
    """Counts by maker, owner, owner's country, band, CHPL tier, and of parts made after 2022-02-24."""
    post = [a for a in atts if a.post_2022_02_24 is True]
    return {
        "by_manufacturer": dict(Counter(a.manufacturer or "unknown" for a in atts).most_common()),
        "by_owner": dict(Counter(a.owner or "unknown" for a in atts).most_common()),
        "by_owner_country": dict(Counter(a.owner_country or "unknown" for a in atts).most_common()),
        "by_band": {b: n for b in ("confirmed", "likely", "possible", "unknown")
                    if (n := sum(1 for a in atts if a.band == b))},
        "by_chpl_tier": dict(sorted(Counter(tier_name(a) for a in atts).items())),
        "made_after_2022_02_24": {"yes": len(post),
                                  "no": sum(1 for a in atts if a.post_2022_02_24 is False),
                                  "cannot tell": sum(1 for a in atts if a.post_2022_02_24 is None and a.date_code),
                                  "no date code": sum(1 for a in atts if not a.date_code)},
        "made_after_2022_02_24_by_manufacturer": dict(Counter(a.manufacturer or "unknown" for a in post).most_common()),
        "made_after_2022_02_24_by_chpl_tier": dict(sorted(Counter(tier_name(a) for a in post).items())),
    }


def tier_name(a: Attribution) -> str:
    return f"tier {a.chpl_tier_label}" if a.chpl_tier_label else "not on the CHPL"


def to_json(sources: list[dict[str, Any]], atts: list[Attribution]) -> str:
    # Compact, and each component's text made once (in the worker that attributed it).
    return (f'{{"sources": {json.dumps(sources, ensure_ascii=False)}, "components": [{", ".join(a.json for a in atts)}], '
            f'"summary": {json.dumps(summary(atts), ensure_ascii=False)}}}')


def to_csv(atts: list[Attribution]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, FLAT_COLUMNS)
    w.writeheader()
    for a in atts:
        w.writerow({k: neutralise(v) for k, v in flat_row(a).items()})
    return buf.getvalue()


def to_xlsx(atts: list[Attribution]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "components"
    ws.append(list(FLAT_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for a in atts:
        row = flat_row(a)
        ws.append([neutralise(row[k]) for k in FLAT_COLUMNS])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i, name in enumerate(FLAT_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, 10)
    sm = wb.create_sheet("summary")
    sm.append(["what", "value", "count"])
    for cell in sm[1]:
        cell.font = Font(bold=True)
    sm.append(["components", "all", len(atts)])
    for section, counts in summary(atts).items():
        for value, n in counts.items():
            sm.append([section.replace("_", " "), neutralise(value), n])
    sm.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


BAND_STYLE = {"confirmed": "green", "likely": "cyan", "possible": "yellow", "unknown": "red"}


def print_table(console: Console, atts: list[Attribution]) -> None:
    table = Table(title="Attributions", show_lines=False)
    for name in ("#", "where", "system", "marking", "part", "maker", "owner", "band", "conf", "method", "made",
                 "after 24 Feb 2022", "CHPL"):
        table.add_column(name, overflow="fold")
    for i, a in enumerate(atts, 1):
        style = BAND_STYLE[a.band]
        post = {True: "[bold red]yes[/]", False: "no", None: "?" if a.date_code else ""}[a.post_2022_02_24]
        table.add_row(str(i), a.locator, a.system or "", a.marking[:60], a.mpn or "", a.manufacturer or "",
                      a.owner if a.owner != a.manufacturer else "", f"[{style}]{a.band}[/]",
                      f"{a.confidence:.2f}", a.method or "", a.made or (a.date_code or ""), post,
                      a.chpl_tier_label or "")
    console.print(table)
    s = summary(atts)
    for title, key in (("By maker", "by_manufacturer"), ("By owner's country", "by_owner_country"),
                       ("By band", "by_band"), ("By CHPL tier", "by_chpl_tier"),
                       ("Made after 24 February 2022", "made_after_2022_02_24"),
                       ("Made after 24 February 2022, by maker", "made_after_2022_02_24_by_manufacturer"),
                       ("Made after 24 February 2022, by CHPL tier", "made_after_2022_02_24_by_chpl_tier")):
        if not s[key]:
            continue
        t = Table(title=title)
        t.add_column("value")
        t.add_column("parts", justify="right")
        for value, n in s[key].items():
            t.add_row(value, str(n))
        console.print(t)


def print_paths(console: Console, results: list[dict[str, Any]]) -> None:
    """Each component's paths as a chain of hops, sanctioned firms in red, evidence beneath."""
    for r in results:
        c = r["component"]
        console.print(f"[bold]{c.get('mpn') or '?'}[/] ({c.get('manufacturer')}) "
                      f"{('in ' + c['system']) if c.get('system') else ''}")
        if not r["paths"]:
            console.print("  no shipment in the store names this part or its maker with a fitting HS code")
        for i, p in enumerate(r["paths"], 1):
            chain = " -> ".join(
                (f"[red]{h['entity']} (SANCTIONED: {'; '.join(s['list'] + ' ' + (s['programs'] or '') for s in h['sanctioned'])})[/]"
                 if h["sanctioned"] else f"{h['entity']}") + f" [dim]{h['role']}[/]" for h in p["hops"])
            console.print(f"  {i}. score {p['score']:.2f}: {chain}")
            for h in p["hops"]:
                for e in h["evidence"][:2]:
                    console.print(f"       [dim]{h['role']}: {e}[/]")


def print_maker(console: Console, result: dict[str, Any]) -> None:
    """A maker's components grouped by system, its summary, and its part-list check."""
    s = result["summary"]
    console.print(f"[bold]{result['maker']}[/] (brands: {', '.join(result['brands'])}): {s['components']} components "
                  f"in {s['systems']} systems, {s['parts']} distinct parts, {s['made_after_2022_02_24']} made after "
                  f"24 February 2022")
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in result["components"]:
        groups.setdefault(c.get("system") or "(no system)", []).append(c)
    for system, comps in sorted(groups.items()):
        t = Table(title=system, title_justify="left")
        for name in ("part", "brand", "made", "after 24 Feb 2022", "band", "evidence", "source"):
            t.add_column(name, overflow="fold")
        for c in comps:
            post = {True: "[bold red]yes[/]", False: "no", None: "?" if c.get("date_code") else ""}[c.get("post_2022_02_24")]
            t.add_row(c.get("mpn") or "", c.get("manufacturer") or "", c.get("made") or c.get("date_code") or "", post,
                      c.get("band") or "", (c.get("evidence") or [""])[0][:90], f"{c.get('source')} {c.get('locator')}")
        console.print(t)
    if s["most_frequent_parts"]:
        console.print("most frequent parts: " + ", ".join(f"{k} ({v})" for k, v in s["most_frequent_parts"].items()))
    if s["newest_date_codes"]:
        console.print("newest date codes: " + ", ".join(f"{d['mpn']} {d['made'] or d['date_code']}" for d in s["newest_date_codes"]))
    for b in s.get("brand_only", []):
        console.print(f"[dim]{b['mpn']}: under the {b['brand']} brand; the product line is {b['line_owner']}'s today[/]")
    for p in result.get("parts", []):
        if p["hits"]:
            console.print(f"[green]{p['mpn']}[/]: {len(p['hits'])} traced row(s): " + "; ".join(
                f"{h['component'].get('system') or '?'} {h['component'].get('source')} {h['component'].get('locator')} ({h['how']})"
                for h in p["hits"][:5]))
        else:
            console.print(f"[dim]{p['mpn']}: no traced row carries it[/]")


def maker_xlsx(result: dict[str, Any]) -> bytes:
    """The maker view as a workbook: components (by system), parts checked, summary."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "components"
    cols = ("system", "source", "locator", "marking", "mpn", "manufacturer", "owner", "band", "confidence", "date_code",
            "made", "post_2022_02_24", "chpl_tier_label", "evidence")
    ws.append(list(cols))
    for c in sorted(result["components"], key=lambda c: (c.get("system") or "", c.get("source") or "")):
        ws.append([neutralise(" | ".join(c["evidence"]) if k == "evidence" else c.get(k)) for k in cols])
    if "parts" in result:
        ps = wb.create_sheet("parts checked")
        ps.append(["listed part", "hits", "system", "source", "locator", "how"])
        for p in result["parts"]:
            for h in p["hits"] or [None]:
                c = h["component"] if h else {}
                ps.append([neutralise(p["mpn"]), len(p["hits"]), neutralise(c.get("system")), c.get("source"),
                           c.get("locator"), h["how"] if h else "no traced row carries it"])
    sm = wb.create_sheet("summary")
    sm.append(["what", "value", "count"])
    s = result["summary"]
    for key in ("components", "systems", "parts", "made_after_2022_02_24"):
        sm.append([key.replace("_", " "), "", s[key]])
    for key in ("by_system", "by_brand", "by_band", "most_frequent_parts"):
        for value, n in s[key].items():
            sm.append([key.replace("_", " "), neutralise(value), n])
    for b in s.get("brand_only", []):
        sm.append(["brand only (line owned by)", neutralise(f"{b['mpn']}: {b['line_owner']}"), 1])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
