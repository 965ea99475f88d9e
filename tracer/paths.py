"""Candidate distribution paths: maker -> authorised distributor -> exporter -> importer -> end use.

Every hop carries its evidence and nothing else: the maker from the attribution, the distributor
from `catalogs/distributors.csv` (a candidate: no record ties it to the exporter), the exporter
and importer from imported shipment rows whose description names the part, or whose brand names
its maker, with an HS code that fits, and the end use from the teardown row the part came from.
Exporters and importers are entities (`tracer.entities`): name variants in any script and legal
form count as one firm. A firm on an imported screening list is flagged with the list and
programme. Paths are ranked by how much of the trade record points at the part.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from tracer.catalog import Catalog, part_key, shipped_folder
from tracer.errors import CatalogError

PART_WEIGHT = 5.0  # a shipment naming the part outweighs five that only name its maker
EXAMPLES = 3


@dataclass(frozen=True)
class Distributor:
    name: str
    country: str
    lines: frozenset[str]
    source: str
    origin: str


@dataclass
class Pair:
    exporter: str
    importer: str
    part_rows: list[dict] = field(default_factory=list)
    brand_rows: list[dict] = field(default_factory=list)
    part_count: int = 0
    brand_count: int = 0
    value: float = 0.0

    @property
    def raw(self) -> float:
        return PART_WEIGHT * self.part_count + math.log1p(self.brand_count)


def load_distributors(cat: Catalog, folder: Path | None = None) -> list[Distributor]:
    path = (folder or shipped_folder()) / "distributors.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lines = set()
            for name in row["lines"].split("|"):
                maker = cat.resolve(name)
                if maker is None:
                    raise CatalogError(f"{path}: unknown manufacturer {name!r} in {row['distributor']}'s lines")
                lines.add(maker)
            out.append(Distributor(row["distributor"], row["country"], frozenset(lines), row["source"], path.name))
    return out


def canonical_map(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """name key -> (canonical key, why they are one)."""
    return {r[0]: (r[1], r[2]) for r in db.conn.execute("select key, canonical, why from entity_names")}


def has_trade(db: sqlite_utils.Database) -> bool:
    return "shipments" in db.table_names() and db.conn.execute("select 1 from shipments limit 1").fetchone() is not None


class PathFinder:
    """Built once per store and catalogue; answers paths for many components."""

    def __init__(self, db: sqlite_utils.Database, cat: Catalog, distributors: list[Distributor] | None = None):
        self.db, self.cat = db, cat
        self.distributors = distributors if distributors is not None else load_distributors(cat)
        self.canon = canonical_map(db)
        self.members: dict[str, list[str]] = defaultdict(list)
        for key, (canonical, _) in self.canon.items():
            self.members[canonical].append(key)
        self.sanctioned = self._sanctions()
        self.names: dict[str, set[str]] = defaultdict(set)
        self._brand_cache: dict[tuple[tuple[str, ...], str], tuple[dict[tuple[str, str], Pair], list[Pair]]] = {}

    def _sanctions(self) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = defaultdict(list)
        if "sanctions" not in self.db.table_names():
            return out
        for key, name, lst, programs, inn in self.db.conn.execute(
                "select n.key, s.name, s.list, s.programs, s.inn from sanction_names n join sanctions s on s.id = n.entry_id"):
            entry = {"list": lst, "programs": programs, "name": name, "inn": inn or None}
            canonical = self.canon.get(key, (key, ""))[0]
            if entry not in out[canonical]:
                out[canonical].append(entry)
            if inn and entry not in out["inn:" + inn]:
                out["inn:" + inn].append(entry)
        return out

    def entity(self, key: str) -> str:
        return self.canon.get(key, (key, ""))[0]

    def flags(self, key: str, inn: str | None = None) -> list[dict]:
        hits = [dict(e, why=f"name matches the listed {e['name']!r}") for e in self.sanctioned.get(self.entity(key), [])]
        if inn:
            hits += [dict(e, why=f"tax id {inn} matches") for e in self.sanctioned.get("inn:" + inn, []) if
                     all(h["name"] != e["name"] for h in hits)]
        return hits

    def makers_of(self, manufacturer: str, owner: str | None) -> tuple[str, ...]:
        names = {manufacturer} | ({owner} if owner else set())
        if owner:
            names |= self.cat.brands_of(owner)
        return tuple(sorted(names))

    def _rows(self, sql: str, args: list) -> list[dict]:
        cur = self.db.conn.execute(sql, args)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def brand_pairs(self, makers: tuple[str, ...], hs_like: str) -> tuple[dict[tuple[str, str], Pair], list[Pair]]:
        """The entity pairs with most shipments naming one of the makers (from the `pair_brand` summary).

        The summary is read in name-key pairs, the 50 largest, then merged into entities; a pair
        outside them could only rank higher by the names the part (which `pairs` reads anyway).
        """
        cached = self._brand_cache.get((makers, hs_like))
        if cached is None:
            pairs: dict[tuple[str, str], Pair] = {}
            marks = ",".join("?" for _ in makers)
            hs_filter = "and (hs4 = ? or hs4 = '')" if hs_like != "%" else ""
            args = [*makers, *([hs_like[:4]] if hs_filter else [])]
            for exp, imp, n, v, last in self.db.conn.execute(
                    f"select exporter_key, importer_key, sum(n) as n, sum(value), max(last_id) from pair_brand "
                    f"where maker in ({marks}) {hs_filter} group by 1, 2 order by n desc limit 50", args):
                key = (self.entity(exp), self.entity(imp))
                p = pairs.setdefault(key, Pair(*key))
                p.brand_count += n
                p.value += v or 0.0
                p.brand_rows.append({"id": last})
            ranked = sorted(pairs.values(), key=lambda p: (-p.brand_count, -p.value, p.exporter))
            cached = self._brand_cache[(makers, hs_like)] = (pairs, ranked)
        return cached

    def pairs(self, mpn: str | None, makers: tuple[str, ...], hs: str, limit: int = 3) -> dict[tuple[str, str], Pair]:
        """The candidate (exporter, importer) pairs: those whose shipments name the part, and the
        `limit` with most shipments of the maker's brand (no other pair can rank above them)."""
        hs_like = hs[:4] + "%" if hs else "%"
        brand, ranked = self.brand_pairs(makers, hs_like)
        out: dict[tuple[str, str], Pair] = {}

        def fresh(key: tuple[str, str]) -> Pair:
            b = brand.get(key)
            return Pair(key[0], key[1], [], list(b.brand_rows) if b else [], 0, b.brand_count if b else 0,
                        b.value if b else 0.0)

        for p in ranked[:limit]:
            out[(p.exporter, p.importer)] = fresh((p.exporter, p.importer))
        k = part_key(mpn or "")
        if len(k) >= 4:
            for r in self._rows(
                    "select s.* from shipment_parts p join shipments s on s.id = p.shipment_id "
                    "where p.key >= ? and p.key < ? and (s.hs_code like ? or s.hs_code = '') order by s.id",
                    [k, k + "\x7f", hs_like]):
                key = (self.entity(r["exporter_key"]), self.entity(r["importer_key"]))
                p = out.get(key) or out.setdefault(key, fresh(key))
                p.part_count += 1
                if len(p.part_rows) < EXAMPLES:
                    p.part_rows.append(r)
        return out

    def shipment(self, sid: int) -> dict:
        rows = self._rows("select s.*, t.name as file from shipments s join trade_sources t on t.id = s.source_id "
                          "where s.id = ?", [sid])
        return rows[0] if rows else {}

    def evidence_of(self, r: dict, what: str) -> str:
        if "file" not in r:
            r = self.shipment(r["id"])
        value = f", USD {r['value_usd']:,.0f}" if r.get("value_usd") else ""
        return (f"{what}: {r['file']} row {r['row']}: {r['date'] or 'no date'}, declaration {r['declaration'] or '?'}, "
                f"HS {r['hs_code'] or '?'}, {r['description'][:80]!r}, brand {r['brand'] or '?'}{value}")

    def distributor_for(self, makers: tuple[str, ...], country: str | None) -> tuple[Distributor | None, list[Distributor]]:
        fits = [d for d in self.distributors if d.lines & set(makers)]
        near = [d for d in fits if country and d.country.upper() == country.upper()]
        return (near or fits or [None])[0], fits

    def paths(self, comp: dict, limit: int = 3) -> list[dict]:
        """The best `limit` paths for one attributed component (a dict in the trace contract)."""
        manufacturer = comp.get("manufacturer")
        if not manufacturer:
            return []
        makers = self.makers_of(manufacturer, comp.get("owner"))
        hs = (comp.get("hs_code") or "").replace(".", "")
        pairs = sorted(self.pairs(comp.get("mpn"), makers, hs, limit).values(), key=lambda p: (-p.raw, -p.value, p.exporter))
        out = []
        for p in pairs[:limit]:
            out.append(self.path(comp, makers, hs, p))
        return out

    def path(self, comp: dict, makers: tuple[str, ...], hs: str, p: Pair) -> dict:
        rows = p.part_rows or [self.shipment(p.brand_rows[0]["id"])]
        first = rows[0] if "file" in rows[0] else self.shipment(rows[0]["id"])
        what = "names the part" if p.part_rows else "names the maker's brand"
        ship_evidence = [self.evidence_of(r, f"shipment {what}") for r in rows[:EXAMPLES]]
        counts = (f"{p.part_count} shipment(s) name the part, {p.brand_count} name the brand"
                  f"{' with HS ' + hs[:4] + 'xx' if hs else ''} (USD {p.value:,.0f} in all) between these two firms")
        dist, fits = self.distributor_for(makers, first.get("exporter_country"))
        hops = [{"role": "manufacturer", "entity": comp["manufacturer"], "country": comp.get("country"),
                 "sanctioned": [], "evidence": [f"attribution: {comp.get('band')} ({comp.get('method')}), "
                                                f"owner today {comp.get('owner')}"]}]
        if dist is not None:
            others = [d.name for d in fits if d is not dist][:5]
            hops.append({"role": "authorised distributor (candidate)", "entity": dist.name, "country": dist.country,
                         "sanctioned": [],
                         "evidence": [f"{dist.origin}: authorised for {', '.join(sorted(dist.lines & set(makers)))} "
                                      f"({dist.source}); no trade record ties it to the exporter"
                                      + (f"; others: {', '.join(others)}" if others else "")]})
        for role, key, name_col, inn in (
                ("exporter", p.exporter, "exporter", None),
                ("importer", p.importer, "importer", first.get("importer_inn") or None)):
            names = self.variants(key, name_col)
            evidence = [*ship_evidence, counts]
            if len(names) > 1:
                evidence.append(f"one firm under {len(names)} names: " + "; ".join(
                    f"{n!r} ({why})" for n, why in names[:4]))
            hops.append({"role": role, "entity": first.get(name_col) or key,
                         # The importer's country is not in the record: a customs export names the
                         # country of dispatch, which is the exporter's side.
                         "country": (first.get("exporter_country") or first.get("dispatch_country") or None)
                         if role == "exporter" else None,
                         "tax_id": inn, "sanctioned": self.flags(key, inn), "evidence": evidence})
        if comp.get("system"):
            hops.append({"role": "end use", "entity": comp["system"], "country": None, "sanctioned": [],
                         "evidence": [f"teardown: {comp.get('source')} {comp.get('locator')}: {comp.get('marking')!r}"]})
        raw = p.raw
        return {"mpn": comp.get("mpn"), "manufacturer": comp["manufacturer"], "score": round(raw / (raw + 5), 3),
                "hops": hops}

    def variants(self, canonical: str, col: str) -> list[tuple[str, str]]:
        """The names seen for one entity, each with why it is the same firm."""
        keys = self.members.get(canonical) or [canonical]
        out = []
        for k in keys:
            row = self.db.conn.execute(f"select {col} from shipments where {col}_key = ? limit 1", [k]).fetchone()
            if row:
                out.append((row[0], self.canon.get(k, (k, "its own entity"))[1]))
        return out
