"""Build a SYNTHETIC customs export and sanctions extracts around documented procurement cases.

The cases are those of `shared/data/cases.csv` (CBC News 2024: Electronic Network Inc of
Montreal supplying the maker of the Orlan-10; Alburton Enterprises in 2023 Russian customs data;
Turkish intermediaries), with invented declarations, dates, values, tax ids and Russian
counterparties where the reporting names none. Everything here is labelled synthetic: no row is
a real declaration. Each planted part travels its planted exporter -> importer chain in several
rows, under name variants in Latin and Cyrillic script; noise rows carry other parts and brands
between other firms, and a decoy firm shares words with a planted one.

`python tests/make_trade_fixture.py OUTDIR` writes shipments_ru.csv (Russian headers),
shipments_en.xlsx (English headers), sanctions_csl.csv and sanctions_os.csv; `build()` returns
the planted chains for the tests.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

RU_HEADER = ["Дата декларации", "Номер ДТ", "Код ТН ВЭД", "Описание товара", "Товарный знак", "Производитель",
             "Страна происхождения", "Страна отправления", "Отправитель", "Получатель", "ИНН получателя",
             "Таможенная стоимость, USD", "Количество"]
EN_HEADER = ["Date", "Declaration No.", "HS Code", "Product Description", "Brand", "Manufacturer",
             "Country of Origin", "Country of Dispatch", "Shipper / Exporter", "Consignee / Importer",
             "Importer INN", "Value USD", "Quantity"]


@dataclass(frozen=True)
class Chain:
    exporter: tuple[str, ...]   # name variants, first the canonical one
    country: str
    importer: tuple[str, ...]
    inn: str
    parts: tuple[tuple[str, str, str, str], ...]  # (mpn, brand, HS code, description words)


CHAINS = (
    Chain(("Electronic Network, Inc.", "ELECTRONIC NETWORK INC", "Electronic Network Inc (Montreal)"), "CA",
          ("ООО «Специальный Технологический Центр»", "OOO Spetsialnyy Tekhnologicheskiy Tsentr",
           "ООО \"СПЕЦИАЛЬНЫЙ ТЕХНОЛОГИЧЕСКИЙ ЦЕНТР\""), "7802100001",
          (("ADUM1301ARWZ", "ANALOG DEVICES", "8542390000", "Микросхема цифрового изолятора"),
           ("STM32F405RGT6", "STMICROELECTRONICS", "8542310000", "Микроконтроллер 32-бит"),
           ("MAX3232ECUE+", "MAXIM INTEGRATED", "8542390000", "Микросхема приемопередатчика RS-232"),
           ("LTC3789EGN#PBF", "LINEAR TECHNOLOGY", "8542390000", "Микросхема контроллера питания"),
           ("AD7606BSTZ", "ANALOG DEVICES", "8542390000", "Микросхема АЦП"))),
    Chain(("Alburton Enterprises Inc.", "ALBURTON ENTERPRISES INCORPORATED", "Alburton Enterprises"), "CA",
          ("АО «Радиоавтоматика»", "AO Radioavtomatika", "АО \"РАДИОАВТОМАТИКА\""), "7714100002",
          (("TPS54331DR", "TEXAS INSTRUMENTS", "8542390000", "Микросхема импульсного стабилизатора"),
           ("SN74HC595DR", "TEXAS INSTRUMENTS", "8542390000", "Микросхема логики сдвиговый регистр"),
           ("XC7A35T-1FTG256C", "XILINX", "8542390000", "ПЛИС"),
           ("MT41K256M16TW-107", "MICRON", "8542320000", "Микросхема памяти DDR3"))),
    Chain(("Ekta Elektronik Sanayi ve Ticaret Ltd. Şti.", "EKTA ELEKTRONIK TIC. LTD. STI.", "Ekta Elektronik Ltd Sti"), "TR",
          ("ООО «Микротест»", "OOO Mikrotest", "ООО \"МИКРОТЕСТ\""), "7722100003",
          (("IRF7103TRPBF", "INFINEON", "8541290000", "Транзистор полевой"),
           ("PIC16F877A-I/P", "MICROCHIP", "8542310000", "Микроконтроллер 8-бит"),
           ("TJA1050T", "NXP", "8542390000", "Микросхема приемопередатчика CAN"))),
    Chain(("Sino Tech Components Limited", "SINO TECH COMPONENTS LTD", "Sino Tech Components Co., Limited"), "HK",
          ("АО «Элекон»", "AO Elekon", "АО \"ЭЛЕКОН\""), "7733100004",
          (("EP4CE22F17C8N", "INTEL", "8542390000", "ПЛИС"),
           ("ADF4351BCPZ", "ANALOG DEVICES", "8542390000", "Микросхема синтезатора частот"),
           ("BLF888A", "AMPLEON", "8541290000", "Транзистор ВЧ"))),
)
NOISE_EXPORTERS = (("Shenzhen Huaqiang Trading Co., Ltd.", "CN"), ("Hong Kong Dazhong Electronics Limited", "HK"),
                   ("Gulf Star Components FZE", "AE"), ("Anatolia Teknoloji A.S.", "TR"), ("Almaty Tech Supply LLP", "KZ"),
                   ("Network Electronics LLC", "US"), ("Bright Sun Electronics Ltd", "HK"), ("Minsk Komponent OOO", "BY"))
NOISE_IMPORTERS = (("ООО «Компонент-Сервис»", "7701200001"), ("АО «Радиодеталь»", "7701200002"),
                   ("ООО «Техноснаб»", "7701200003"), ("ООО «Электроника Плюс»", "7701200004"),
                   ("ООО «Сетевая Электроника»", "7701200005"))
NOISE_PARTS = (("LM358DR", "TEXAS INSTRUMENTS", "8542330000", "Операционный усилитель"),
               ("NE555P", "TEXAS INSTRUMENTS", "8542390000", "Таймер"),
               ("AD8138ARZ", "ANALOG DEVICES", "8542330000", "Усилитель"),
               ("STM32F103C8T6", "STMICROELECTRONICS", "8542310000", "Микроконтроллер"),
               ("GD32F103C8T6", "GIGADEVICE", "8542310000", "Микроконтроллер"),
               ("BSS138", "NEXPERIA", "8541210000", "Транзистор"),
               ("AMS1117-3.3", "AMS", "8542390000", "Стабилизатор"),
               ("W25Q64JVSIQ", "WINBOND", "8542320000", "Память флеш"),
               ("ATMEGA328P-AU", "MICROCHIP", "8542310000", "Микроконтроллер"),
               ("MAX485ESA+", "MAXIM INTEGRATED", "8542390000", "Приемопередатчик RS-485"),
               ("CAP 100UF 25V", "NICHICON", "8532220000", "Конденсатор электролитический"))


def build(seed: int = 7) -> tuple[list[list[str]], list[Chain]]:
    """The shipment rows (Russian header order) and the planted chains."""
    rnd = random.Random(seed)
    rows: list[list[str]] = []
    n = 0

    def add(exporter: str, country: str, importer: str, inn: str, mpn: str, brand: str, hs: str, words: str) -> None:
        nonlocal n
        n += 1
        day = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2023"
        decl = f"10702070/{day[:2]}{day[3:5]}23/{3000000 + n}"
        rows.append([day, decl, hs, f"{words} {mpn}, всего {rnd.randint(10, 5000)} шт.", brand, brand,
                     rnd.choice(("MY", "PH", "CN", "TW", "US")), country, exporter, importer, inn,
                     f"{rnd.uniform(500, 90000):.2f}", str(rnd.randint(10, 5000))])

    for chain in CHAINS:
        for mpn, brand, hs, words in chain.parts:
            for _ in range(rnd.randint(3, 6)):
                add(rnd.choice(chain.exporter), chain.country, rnd.choice(chain.importer), chain.inn, mpn, brand, hs, words)
            # The same brand, not the part, between the planted firms, and once through a noise firm.
            exp, ctry = rnd.choice(NOISE_EXPORTERS)
            imp, inn = rnd.choice(NOISE_IMPORTERS)
            add(exp, ctry, imp, inn, mpn, brand, hs, words)
    for _ in range(400):
        exp, ctry = rnd.choice(NOISE_EXPORTERS)
        imp, inn = rnd.choice(NOISE_IMPORTERS)
        mpn, brand, hs, words = rnd.choice(NOISE_PARTS)
        add(exp, ctry, imp, inn, mpn, brand, hs, words)
    # A brand of a planted part shipped in quantity by noise firms, without the part number.
    for _ in range(60):
        exp, ctry = rnd.choice(NOISE_EXPORTERS)
        imp, inn = rnd.choice(NOISE_IMPORTERS)
        chain = rnd.choice(CHAINS)
        _, brand, hs, words = rnd.choice(chain.parts)
        add(exp, ctry, imp, inn, "", brand, hs, words)
    rnd.shuffle(rows)
    return rows, list(CHAINS)


CSL_HEADER = ["_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
              "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
              "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
              "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
              "nationalities", "places_of_birth", "source_information_url", "ids"]
OS_HEADER = ["id", "schema", "name", "aliases", "birth_date", "countries", "addresses", "identifiers", "sanctions",
             "phones", "emails", "program_ids", "dataset", "first_seen", "last_seen", "last_change"]


def csl_rows() -> list[dict[str, str]]:
    el = "Entity List (EL) - Bureau of Industry and Security"
    sdn = "Specially Designated Nationals (SDN) - Treasury Department"
    return [
        {"_id": "syn-1", "source": el, "entity_number": "", "type": "", "programs": "EAR", "name": "Electronic Network, Inc.",
         "addresses": "Montreal, QC, CA", "alt_names": "", "ids": "", "remarks": "synthetic fixture row"},
        {"_id": "syn-2", "source": sdn, "entity_number": "90001", "type": "Entity", "programs": "RUSSIA-EO14024",
         "name": "SPECIAL TECHNOLOGY CENTER LLC",
         "alt_names": "OOO SPETSIALNY TEKHNOLOGICHESKY TSENTR; ООО СПЕЦИАЛЬНЫЙ ТЕХНОЛОГИЧЕСКИЙ ЦЕНТР; STC LLC",
         "addresses": "St Petersburg, RU", "ids": "Tax ID No. 7802100001, Russia", "remarks": "synthetic fixture row"},
        {"_id": "syn-3", "source": sdn, "entity_number": "90002", "type": "Entity", "programs": "RUSSIA-EO14024",
         "name": "JOINT STOCK COMPANY RADIOAVTOMATIKA", "alt_names": "AO RADIOAVTOMATIKA; АО РАДИОАВТОМАТИКА",
         "addresses": "Moscow, RU", "ids": "Tax ID No. 7714100002, Russia", "remarks": "synthetic fixture row"},
        {"_id": "syn-4", "source": sdn, "entity_number": "90003", "type": "Entity", "programs": "RUSSIA-EO14024",
         "name": "UNRELATED DEFENSE HOLDING JSC", "alt_names": "", "addresses": "Moscow, RU", "ids": "",
         "remarks": "synthetic fixture row"},
    ]


def os_rows() -> list[dict[str, str]]:
    return [
        {"id": "syn-os-1", "schema": "Company", "name": "Elekon", "aliases": "АО Элекон;JSC Elekon", "countries": "ru",
         "identifiers": "7733100004", "sanctions": "EU Council Regulation 833/2014 (synthetic)",
         "program_ids": "EU-UKR", "dataset": "eu_fsf;gb_hmt_sanctions"},
        {"id": "syn-os-2", "schema": "Company", "name": "Gulf Star Components FZE", "aliases": "", "countries": "ae",
         "identifiers": "", "sanctions": "OFAC (synthetic)", "program_ids": "RUSSIA-EO14024", "dataset": "us_ofac_sdn"},
    ]


def write(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rows, _ = build()
    out = {"ru": folder / "shipments_ru.csv", "en": folder / "shipments_en.xlsx",
           "csl": folder / "sanctions_csl.csv", "os": folder / "sanctions_os.csv"}
    with out["ru"].open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["СИНТЕТИЧЕСКИЕ ДАННЫЕ: выгрузка деклараций для тестов tracer (synthetic)"])
        w.writerow(RU_HEADER)
        w.writerows(rows)
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "synthetic"
    ws.append(EN_HEADER)
    for r in rows[:50]:
        ws.append(r)
    wb.save(out["en"])
    for key, header, data in (("csl", CSL_HEADER, csl_rows()), ("os", OS_HEADER, os_rows())):
        with out[key].open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, header)
            w.writeheader()
            for r in data:
                w.writerow({k: r.get(k, "") for k in header})
    return out


if __name__ == "__main__":
    for name, path in write(Path(sys.argv[1] if len(sys.argv) > 1 else "trade_fixture")).items():
        print(name, path)
