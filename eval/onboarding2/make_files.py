"""Rebuild the onboarding set 2 sample files and their truth.yaml deterministically.

    .venv/bin/python eval/onboarding2/make_files.py

Every person, name, file number and agency is invented (random combinations of common name
parts); any likeness to a real person is chance. Fixed seeds: the same files come out each run
(the XLSX may differ in zip timestamps only).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- helpers


def spread(rng: random.Random, n: int, vocab: list[tuple], weights: list[float]) -> list[tuple]:
    """n items: every vocab item at least once, the rest weighted, shuffled."""
    items = list(vocab)
    items += rng.choices(vocab, weights=weights, k=n - len(vocab))
    rng.shuffle(items)
    return items


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def q(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def yval(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return q(v)


def write_truth(path: Path, *, file, sheet, actor_kind, rows, facts, columns, values, notes):
    out = ["# Ground truth for a blind onboarding sample (see ../README.md).", ""]
    out.append(f"file: {q(file)}")
    if sheet is not None:
        out.append(f"sheet: {q(sheet)}")
    out.append(f"actor_kind: {q(actor_kind)}")
    out.append('record_type: "victim"')
    out.append(f"rows: {rows}")
    out.append("file_facts:")
    for k, v in facts.items():
        out.append(f"  {k}: {q(v)}")
    out.append("# column header (exactly as in the file) -> data-model field, or null")
    out.append("columns:")
    for k, v in columns.items():
        out.append(f"  {q(k)}: {q(v)}")
    out.append("# coded columns: every distinct non-empty value -> code (a list when the cell holds")
    out.append("# several codes), or null when the value means 'unknown'/no code.")
    out.append("# Milestone flag columns use yes/no.")
    out.append("values:")
    for col, mapping in values.items():
        out.append(f"  {q(col)}:")
        for val in sorted(mapping, key=lambda s: (s.casefold(), s)):
            out.append(f"    {q(val)}: {yval(mapping[val])}")
    out.append("notes:")
    for n in notes:
        out.append(f"  - {q(n)}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def used(pairs: list[tuple]) -> dict:
    """distinct non-empty value -> code from (value, code) pairs."""
    return {v: c for v, c in pairs if v not in (None, "")}


# ---------------------------------------------------------------- names (invented combinations)

NAMES = {
    "RO": (["Ioana", "Mirela", "Andrei", "Florin", "Daniela", "Cosmin", "Lavinia"],
           ["Vulpescu", "Dragomir", "Tănăsoiu", "Ciobanu", "Mărgărit", "Lupaș", "Zamfirescu"]),
    "MD": (["Vasile", "Olesea", "Ion", "Doina"], ["Ceban", "Rotaru", "Bodrug", "Gârlea"]),
    "MA": (["Yassine", "Fatima-Zahra", "Hamza", "Salma", "Mehdi"],
           ["El Ouardi", "Benhaddou", "Tazi-Alaoui", "Amrani", "Bouzidi"]),
    "NG": (["Blessing", "Osaro", "Joy", "Efosa", "Precious", "Uyi"],
           ["Osagie", "Igbinedion", "Ehigiator", "Okundaye", "Aiwerioba"]),
    "NE": (["Moussa", "Aïchatou", "Issoufou"], ["Garba", "Maïga", "Hamani"]),
    "CN": (["Wei", "Lina", "Jun", "Mei"], ["Zhou", "Liang", "Xu", "Tang"]),
    "IN": (["Ravi", "Sunita", "Harpreet", "Gurpal"], ["Sandhu", "Dhillon", "Rawat", "Kumari"]),
    "BR": (["Luana", "Thiago", "Rafaela", "Edson"], ["Albuquerque", "Nogueira", "Teixeira", "Sampaio"]),
    "UA": (["Oksana", "Taras", "Halyna", "Bohdan"], ["Melnychuk", "Hnatiuk", "Bondarenko", "Savchuk"]),
    "PH": (["Maricel", "Rowena", "Jhun", "Analyn"], ["Dela Peña", "Macaraeg", "Villanueva", "Bautista"]),
    "AL": (["Arben", "Elira", "Dritan", "Besa"], ["Hoxhaj", "Kapllani", "Muça", "Dervishi"]),
    "GW": (["Sadjo", "Fatumata", "Braima"], ["Baldé", "Embaló", "Djaló"]),
    "CG": (["Prisca", "Gildas", "Merveille"], ["Mabiala", "Nkounkou", "Samba-Loubaki"]),
    "XX": (["Ahmad", "Leyla"], ["Haj Omar", "Khalilov"]),
    "VN": (["Thi Hoa", "Van Duc", "Minh Tuan", "Thi Lan"], ["Nguyen", "Tran", "Pham", "Hoang"]),
    "ER": (["Senait", "Yonas", "Mehret"], ["Tesfamariam", "Gebrehiwet", "Haile"]),
    "BG": (["Stoyan", "Radka", "Ivelina"], ["Kostadinov", "Petkova", "Zhelyazkov"]),
    "HU": (["Zsófia", "Bence"], ["Kovács-Tóth", "Farkasdi"]),
    "DO": (["Yokasta", "Wilkin"], ["Peralta", "Mejía"]),
    "GB": (["Kerry", "Liam"], ["Pennock", "Hardcastle"]),
    "CI": (["Awa", "Koffi"], ["Kouassi", "Yao-Brou"]),
    "PK": (["Imran", "Shazia"], ["Chaudhry", "Qureshi"]),
    "BE": (["Jolien", "Kevin", "Sarah", "Mehmet"], ["Verstraeten", "Dufrasne", "Van Hoeydonck", "Lemaître"]),
    "TR": (["Emre", "Zeynep"], ["Yıldırım", "Karakaya"]),
    "SY": (["Rami", "Hala"], ["Darwish", "Al Khatib"]),
    None: (["Sam", "Nour", "Alex"], ["Doe-Inconnu", "Martens", "Haddad"]),
}


FEMALE = {"Ioana", "Mirela", "Daniela", "Lavinia", "Olesea", "Doina", "Fatima-Zahra", "Salma",
          "Blessing", "Joy", "Precious", "Aïchatou", "Lina", "Mei", "Sunita", "Harpreet", "Luana",
          "Rafaela", "Oksana", "Halyna", "Maricel", "Rowena", "Analyn", "Elira", "Besa", "Fatumata",
          "Prisca", "Merveille", "Leyla", "Thi Hoa", "Thi Lan", "Senait", "Mehret", "Radka",
          "Ivelina", "Zsófia", "Yokasta", "Kerry", "Awa", "Shazia", "Jolien", "Sarah", "Zeynep",
          "Hala", "Nour"}


def person_name(rng: random.Random, code: str | None, sex: str | None = None) -> tuple[str, str]:
    first, last = NAMES.get(code, NAMES[None])
    if sex in ("F", "M"):
        fit = [f for f in first if (f in FEMALE) == (sex == "F")]
        first = fit or first
    return rng.choice(first), rng.choice(last)


def harmonise(rng: random.Random, expl: list, sect: list, code_e, code_s) -> None:
    """Swap sector entries between rows so that sexual-only rows sit in S/I/unknown sectors and
    labour rows outside S; keeps every value's count. code_e/code_s read the codes of an entry."""
    def bad(i):
        e, s = code_e(expl[i]), code_s(sect[i])
        if e == ["sexual"]:
            return s not in ("S", "I", None)
        if e is not None and "labour" in e and "sexual" not in e:
            return s == "S"
        return False
    for _ in range(4):
        for i in range(len(expl)):
            if not bad(i):
                continue
            for j in rng.sample(range(len(expl)), len(expl)):
                sect[i], sect[j] = sect[j], sect[i]
                if not bad(i) and not bad(j):
                    break
                sect[i], sect[j] = sect[j], sect[i]


# ================================================================= 1. Brussels, XLSX, bilingual


def make_bxl() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rng = random.Random(20251)
    n = 52
    folder = HERE / "bxl"
    folder.mkdir(exist_ok=True)
    fname = "oe_dvz_cellule_teh_mh_2025.xlsx"
    sheet = "Données-Gegevens 2025"

    # (fr value, nl value, code) per coded field; each row picks fr or nl
    sexes = [("Femme", "Vrouw", "F"), ("Homme", "Man", "M"), ("F", "V", "F"), ("M", "M", "M"),
             ("X", "X", "X"), ("inconnu", "onbekend", None)]
    sex_w = [30, 30, 8, 8, 1, 2]
    nats = [
        ("Roumaine", "Roemeens", ["RO"], "RO"), ("Marocaine", "Marokkaans", ["MA"], "MA"),
        ("Nigériane", "Nigeriaans", ["NG"], "NG"), ("Nigérienne", "Nigerees", ["NE"], "NE"),
        ("Chinoise", "Chinees", ["CN"], "CN"), ("Indienne", "Indiaas", ["IN"], "IN"),
        ("Brésilienne", "Braziliaans", ["BR"], "BR"), ("Ukrainienne", "Oekraïens", ["UA"], "UA"),
        ("Philippine", "Filipijns", ["PH"], "PH"), ("Albanaise", "Albanees", ["AL"], "AL"),
        ("Guinée-Bissau", "Guinee-Bissau", ["GW"], "GW"),
        ("Congo-Brazzaville", "Congo (Brazzaville)", ["CG"], "CG"),
        ("Apatride", "Staatloos", ["XX"], "XX"), ("Inconnue", "Onbekend", None, None),
        ("Roumaine / Moldave", "Roemeens / Moldavisch", ["RO", "MD"], "RO"),
        ("Marocaine / Marokkaans", "Marokkaans / Marocaine", ["MA"], "MA"),
    ]
    nat_w = [10, 7, 8, 2, 3, 4, 3, 4, 3, 3, 1, 1, 1, 1, 1, 1]
    expl = [
        ("Exploitation sexuelle", "Seksuele uitbuiting", ["sexual"]),
        ("Exploitation économique", "Economische uitbuiting", ["labour"]),
        ("Exploitation économique / Economische uitbuiting",
         "Economische uitbuiting / Exploitation économique", ["labour"]),
        ("Sexuelle + économique", "Seksueel + economisch", ["sexual", "labour"]),
        ("Criminalité forcée", "Gedwongen criminaliteit", ["crime"]),
        ("Mendicité forcée", "Gedwongen bedelarij", ["begging"]),
        ("Gedwongen huwelijk", "Gedwongen huwelijk", ["forced_marriage"]),
        ("Trafic aggravé (smokkel)", "Mensensmokkel verzw. omst.", None),
        ("à préciser", "nog te bepalen", None),
    ]
    expl_w = [14, 16, 2, 3, 3, 2, 1, 1, 2]
    sectors = [
        ("Horeca", "Horeca", "I"), ("Construction", "Bouw", "F"),
        ("Nettoyage / Schoonmaak", "Schoonmaak / Nettoyage", "N"),
        ("Travail domestique", "Huishoudelijk werk", "T"), ("Maraîchage", "Land- en tuinbouw", "A"),
        ("Car-wash", "Carwash", "G"), ("Prostitution (vitrine)", "Raamprostitutie", "S"),
        ("Transport / Vervoer", "Vervoer / Transport", "H"), ("Atelier textile", "Textielatelier", "C"),
        ("inconnu", "onbekend", None),
    ]
    sec_w = [8, 8, 2, 4, 2, 3, 8, 1, 2, 2]
    statuses = [("présumée", "vermoedelijk", "presumed"), ("reconnue", "erkend", "identified")]
    perm = [("oui", "ja", "yes"), ("non", "nee", "no"), ("?", "?", None)]
    centres = ["PAG-ASA", "Payoke", "Sürya", "PAG-ASA", "PAG-ASA"]
    managers = ["MVD", "S.B.", "JLH", "K. Wouters", "NDA", "mdr"]
    remarks_fr = ["", "", "", "audition PJF en cours", "mineur à l'arrivée ?", "dossier transféré",
                  "interprète requis", "", "retour volontaire envisagé"]
    remarks_nl = ["", "", "", "verhoor FGP gepland", "tolk nodig", "", "dossier overgedragen",
                  "contact met voogd", ""]

    # every nationality appears at least twice: its first row is worded in French, its second
    # in Dutch, later rows at random; the whole row follows that language
    rows_sex = spread(rng, n, list(range(len(sexes))), sex_w)
    rows_nat = spread(rng, n, list(range(len(nats))) * 2, nat_w * 2)
    rows_exp = spread(rng, n, list(range(len(expl))), expl_w)
    rows_sec = spread(rng, n, list(range(len(sectors))), sec_w)
    harmonise(rng, rows_exp, rows_sec, lambda k: expl[k][2], lambda k: sectors[k][2])

    headers = ["N° OE / DVZ-nr", "Nom / Naam", "Prénom / Voornaam",
               "Date de naissance / Geboortedatum", "Sexe / Geslacht",
               "Nationalité / Nationaliteit", "Date signalement / Datum melding",
               "Forme d'exploitation / Uitbuitingsvorm", "Secteur / Sector",
               "Qualification / Kwalificatie", "Annexe 15 / Bijlage 15", None,
               "Séjour illimité / Onbeperkt verblijf", "Centre / Centrum",
               "Gestionnaire / Dossierbeheerder", "Remarque / Opmerking"]
    seen = {h: [] for h in headers if h}
    data = []
    nat_count: dict = {}
    for i in range(n):
        ni = rows_nat[i]
        k = nat_count.get(ni, 0)
        nat_count[ni] = k + 1
        li = 0 if k == 0 else 1 if k == 1 else (0 if rng.random() < 0.55 else 1)
        lang = "fr" if li == 0 else "nl"
        nli = li
        s = sexes[rows_sex[i]]
        nat = nats[ni]
        e = expl[rows_exp[i]]
        sc = sectors[rows_sec[i]]
        code = nat[3]
        first, last = person_name(rng, code, s[2])
        if rng.random() < 0.25:
            last = last.upper()
        birth = rand_date(rng, dt.date(1968, 1, 1), dt.date(2008, 6, 30))
        ident = rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 12, 19))
        status = statuses[0] if rng.random() < 0.45 else statuses[1]
        ann15 = ident + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.7 else None
        if ann15 and ann15.year > 2025:
            ann15 = None
        p = perm[1] if rng.random() < 0.8 else (perm[0] if rng.random() < 0.7 else perm[2])
        remark = rng.choice(remarks_fr if lang == "fr" else remarks_nl)
        row = [
            f"{rng.randint(7, 9)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}",
            last, first,
            None if rng.random() < 0.06 else birth,
            s[li], nat[nli], ident, e[li], sc[li], status[li], ann15, None, p[li],
            rng.choice(centres), rng.choice(managers), remark or None,
        ]
        data.append(row)
        seen["Sexe / Geslacht"].append((s[li], s[2]))
        seen["Nationalité / Nationaliteit"].append((nat[nli], nat[2]))
        seen["Forme d'exploitation / Uitbuitingsvorm"].append((e[li], e[2]))
        seen["Secteur / Sector"].append((sc[li], sc[2]))
        seen["Qualification / Kwalificatie"].append((status[li], status[2]))
        seen["Séjour illimité / Onbeperkt verblijf"].append((p[li], p[2]))

    wb = Workbook()
    info = wb.active
    info.title = "Lisez-moi - Leesmij"
    info["A1"] = "Office des étrangers / Dienst Vreemdelingenzaken — Cellule TEH / Cel MH (fictif / fictief)"
    info["A3"] = "Extraction / Extractie : 15/01/2026"
    info["A4"] = "Données à l'onglet suivant / Gegevens op het volgende tabblad"
    info["A5"] = "Confidentiel / Vertrouwelijk"
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Victimes TEH signalées 2025 / Gemelde slachtoffers MH 2025"
    ws["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(headers, start=1):
        if h is not None:
            cell = ws.cell(row=2, column=c, value=h)
            cell.font = Font(bold=True)
    date_cols = {4, 7, 11}
    for r, row in enumerate(data, start=3):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if c in date_cols:
                cell.number_format = "DD/MM/YYYY"
    total_r = 3 + n + 1  # one blank row, then the total row
    ws.cell(row=total_r, column=1, value="Total / Totaal").font = Font(bold=True)
    ws.cell(row=total_r, column=2, value=n)
    ws.cell(row=total_r, column=11, value=sum(1 for row in data if row[10] is not None))
    ws.cell(row=total_r, column=13,
            value=sum(1 for row in data if row[12] in ("oui", "ja")))
    ws.column_dimensions["L"].width = 3
    wb.properties.creator = "DVZ-OE export"
    wb.properties.created = dt.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 15, 9, 0, 0)
    wb.save(folder / fname)

    columns = {
        "N° OE / DVZ-nr": "local_id",
        "Nom / Naam": "last_name",
        "Prénom / Voornaam": "first_name",
        "Date de naissance / Geboortedatum": "birth_date",
        "Sexe / Geslacht": "sex",
        "Nationalité / Nationaliteit": "citizenship",
        "Date signalement / Datum melding": "identified_on",
        "Forme d'exploitation / Uitbuitingsvorm": "exploitation",
        "Secteur / Sector": "sector",
        "Qualification / Kwalificatie": "status",
        "Annexe 15 / Bijlage 15": "milestone.reflection_period",
        "": None,
        "Séjour illimité / Onbeperkt verblijf": "milestone.permanent_permit",
        "Centre / Centrum": None,
        "Gestionnaire / Dossierbeheerder": None,
        "Remarque / Opmerking": None,
    }
    values = {h: used(p) for h, p in seen.items() if p}
    write_truth(
        folder / "truth.yaml", file=fname, sheet=sheet, actor_kind="immigration", rows=n,
        facts={"encoding": None, "delimiter": None, "header_row": 2, "date_format": None,
               "total_row": True, "total_row_number": total_r},
        columns=columns, values=values,
        notes=[
            "The data are on the SECOND sheet 'Données-Gegevens 2025'; the first sheet 'Lisez-moi - Leesmij' is a cover note, not data.",
            "Row 1 of the data sheet is a title; the header is row 2. Headers are bilingual 'French / Dutch'.",
            "All dates (birth, signalement/melding, annexe 15) are typed Excel date cells shown as DD/MM/YYYY; there are no text dates, so date_format is null.",
            "Column L has no header and no values (an emptied column); its key here is the empty string.",
            "Each row is worded either in French or in Dutch (the clerk's language): 'Femme'/'Vrouw', 'Homme'/'Man', 'présumée'/'vermoedelijk', 'oui'/'ja'.",
            "'V' is Vrouw (F); 'M' is male in both languages; 'X' is X; 'inconnu'/'onbekend' is unknown.",
            "'Nigériane'/'Nigeriaans' is NG (Nigeria) but 'Nigérienne'/'Nigerees' is NE (Niger).",
            "The ' / ' separator is a trap: 'Roumaine / Moldave' holds two citizenships (RO, MD), but 'Marocaine / Marokkaans' is one citizenship written in both languages (MA), and 'Exploitation économique / Economische uitbuiting' or 'Nettoyage / Schoonmaak' is one value written twice.",
            "'Sexuelle + économique' / 'Seksueel + economisch' are two forms (sexual, labour).",
            "'Trafic aggravé (smokkel)' / 'Mensensmokkel verzw. omst.' is human smuggling with aggravating circumstances, not a form of exploitation: null.",
            "'Raamprostitutie' / 'Prostitution (vitrine)' (window prostitution) is S; 'Travail domestique' is T; 'Maraîchage' is A.",
            "'Séjour illimité / Onbeperkt verblijf' is the permanent residence permit as a flag (oui/ja = yes, non/nee = no, '?' = unknown).",
            "'Centre / Centrum' names the specialised centre supporting the person; it is no field of the victim record.",
            "'N° OE / DVZ-nr' is the Immigration Office file number (dotted digits), the record number.",
            "The total row 'Total / Totaal' (after one blank row) counts persons, annex 15 dates and permanent permits; it is not a person.",
            "The Immigration Office records no Belgian nationals, so no Belgian citizenship appears.",
        ],
    )


# ================================================================= 2. Flemish centre, CSV ','


def make_vl() -> None:
    rng = random.Random(20252)
    n = 61
    folder = HERE / "vl"
    folder.mkdir(exist_ok=True)
    fname = "lijnwaad_dossiers_export_20260112.csv"

    sexes = [("1", "M"), ("2", "F"), ("3", "X"), ("9", None)]
    sex_w = [30, 28, 1, 2]
    nats = [("ROU", ["RO"]), ("NGA", ["NG"]), ("MAR", ["MA"]), ("VNM", ["VN"]), ("UKR", ["UA"]),
            ("IND", ["IN"]), ("BGR", ["BG"]), ("ERI", ["ER"]), ("PAK", ["PK"]), ("ALB", ["AL"]),
            ("RKS", ["XK"]), ("XXA", ["XX"]), ("XXX", None), ("BEL", ["BE"]), ("TUR", ["TR"]),
            ("SYR", ["SY"])]
    nat_w = [10, 8, 6, 5, 4, 4, 4, 2, 2, 2, 1, 1, 1, 2, 1, 1]
    nat_code = {v: (c[0] if c else None) for v, c in nats}
    second = [("BEL", ["BE"]), ("ROU", ["RO"]), ("MDA", ["MD"]), ("NLD", ["NL"]), ("XXX", None)]
    expl = [("SE", ["sexual"]), ("EE", ["labour"]), ("GC", ["crime"]), ("BED", ["begging"]),
            ("AND", ["other"]), ("SE|EE", ["sexual", "labour"]), ("EE|GC", ["labour", "crime"]),
            ("HUW", ["forced_marriage"]), ("ONB", None)]
    expl_w = [16, 20, 4, 2, 1, 3, 2, 1, 2]
    sectors = [("56.10", "I"), ("56.30", "I"), ("41.20", "F"), ("43.99", "F"), ("81.21", "N"),
               ("01.13", "A"), ("97.00", "T"), ("45.20", "G"), ("96.09", "S"), ("49.41", "H"),
               ("10.13", "C"), ("I", "I"), ("F", "F"), ("00.00", None)]
    sec_w = [6, 3, 6, 3, 4, 3, 2, 3, 8, 2, 2, 1, 1, 2]
    statuses = [("V", "presumed"), ("E", "identified")]
    flags = [("J", "yes"), ("N", "no")]
    remarks = ["", "", "", "", "tolk Roemeens", "doorverwezen door SIOD", "verhuisd naar Gent",
               "advocaat: mr. X (fictief)", "minderjarig bij start uitbuiting", "\"schuld\" van 4.000 EUR, paspoort afgenomen",
               "opvang, daarna ambulant", "klacht ingetrokken, opnieuw ingediend"]

    rows_sex = spread(rng, n, sexes, sex_w)
    rows_nat = spread(rng, n, nats, nat_w)
    rows_exp = spread(rng, n, expl, expl_w)
    rows_sec = spread(rng, n, sectors, sec_w)
    harmonise(rng, rows_exp, rows_sec, lambda e: e[1], lambda x: x[1])
    second_rows = set(rng.sample(range(n), 9))
    second_vals = list(second) + rng.choices(second, k=4)

    headers = ["dossier_id", "rec_nr", "naam_fam", "naam_vn", "geb_dt", "geslacht_cd_1m_2v_3x",
               "nat_1", "nat_2", "dt_aanmelding", "dt_start_uitb", "uitb_vorm_se_ee_gc_bed_and",
               "sector_nace", "sl_status_v_verm_e_erk", "refl_per_jn", "verbl_6m_dt", "opm"]
    seen = {h: [] for h in headers}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(headers)
    ids = rng.sample(range(1, 900), n)
    for i in range(n):
        sv, sc = rows_sex[i]
        nv, nc = rows_nat[i]
        ev, ec = rows_exp[i]
        secv, secc = rows_sec[i]
        first, last = person_name(rng, nat_code[nv] if nv not in ("XXA", "XXX") else None, sc)
        birth = rand_date(rng, dt.date(1966, 1, 1), dt.date(2007, 12, 31))
        geb = "" if rng.random() < 0.05 else birth.strftime("%Y%m%d")
        aanm = rand_date(rng, dt.date(2025, 1, 2), dt.date(2025, 12, 22))
        start = ""
        if rng.random() < 0.7:
            start = (aanm - dt.timedelta(days=rng.randint(40, 1500))).isoformat()
        st = statuses[0] if rng.random() < 0.4 else statuses[1]
        refl = flags[0] if rng.random() < 0.65 else flags[1]
        if rng.random() < 0.08:
            refl = ("", None)
        v6 = ""
        if st[0] == "E" and rng.random() < 0.6:
            d = aanm + dt.timedelta(days=rng.randint(60, 200))
            v6 = d.isoformat() if d.year <= 2025 else ""
        nat2 = ""
        if i in second_rows:
            nat2 = second_vals.pop()
            seen["nat_2"].append(nat2)
        row = [f"LW{2025}{ids[i]:04d}", str(i + 1), last, first, geb, sv, nv,
               nat2[0] if nat2 else "", aanm.isoformat(), start, ev, secv, st[0], refl[0], v6,
               rng.choice(remarks)]
        w.writerow(row)
        seen["geslacht_cd_1m_2v_3x"].append((sv, sc))
        seen["nat_1"].append((nv, nc))
        seen["uitb_vorm_se_ee_gc_bed_and"].append((ev, ec))
        seen["sector_nace"].append((secv, secc))
        seen["sl_status_v_verm_e_erk"].append(st)
        seen["refl_per_jn"].append(refl)
    (folder / fname).write_bytes(buf.getvalue().encode("utf-8"))

    columns = {
        "dossier_id": "local_id", "rec_nr": None, "naam_fam": "last_name", "naam_vn": "first_name",
        "geb_dt": "birth_date", "geslacht_cd_1m_2v_3x": "sex", "nat_1": "citizenship",
        "nat_2": "citizenship", "dt_aanmelding": "identified_on", "dt_start_uitb": "exploited_from",
        "uitb_vorm_se_ee_gc_bed_and": "exploitation", "sector_nace": "sector",
        "sl_status_v_verm_e_erk": "status", "refl_per_jn": "milestone.reflection_period",
        "verbl_6m_dt": "milestone.temporary_permit", "opm": None,
    }
    values = {h: used(p) for h, p in seen.items() if p}
    # keep the column order of the file
    values = {h: values[h] for h in headers if h in values}
    write_truth(
        folder / "truth.yaml", file=fname, sheet=None, actor_kind="victim_centre", rows=n,
        facts={"encoding": "utf-8", "delimiter": ",", "header_row": 1, "date_format": "%Y-%m-%d",
               "total_row": False},
        columns=columns, values=values,
        notes=[
            "Every field is double-quoted (numbers too); CRLF line ends; UTF-8 without BOM; no title lines, no total row.",
            "Two date formats: 'geb_dt' (birth date) is %Y%m%d (e.g. 19940312); 'dt_aanmelding', 'dt_start_uitb' and 'verbl_6m_dt' are %Y-%m-%d. date_format gives the majority one.",
            "Codes are explained only by the header names: 'geslacht_cd_1m_2v_3x' = 1 man, 2 vrouw, 3 X; '9' is not in the header and means unknown (null).",
            "'uitb_vorm_se_ee_gc_bed_and' = SE seksueel, EE economisch, GC gedwongen criminaliteit, BED bedelarij, AND ander; 'HUW' (huwelijk, forced marriage) is used but not in the header; 'ONB' = onbekend (null); '|' joins several forms.",
            "'sl_status_v_verm_e_erk' = V vermoedelijk (presumed), E erkend (identified). 'V' is NOT vrouw here.",
            "'nat_1' and 'nat_2' both map to citizenship (first and second citizenship); values are ISO 3166-1 alpha-3 / ICAO codes: 'RKS' is Kosovo (XK), 'XXA' is stateless (XX), 'XXX' is unspecified nationality (null).",
            "'sector_nace' holds NACE Rev. 2 class codes (e.g. 56.10 → I, 81.21 → N, 96.09 → S, 97.00 → T) and a few bare section letters ('I', 'F'); '00.00' means not coded (null).",
            "'dt_aanmelding' is the date of registration (aanmelding) at the centre (identified_on); 'dt_start_uitb' is the start of the exploitation (exploited_from).",
            "'refl_per_jn' is the reflection period as a J/N flag; 'verbl_6m_dt' is the date of the 6-month permit (temporary_permit).",
            "'rec_nr' is the export's line number, not the record number; 'dossier_id' is the record number.",
            "'opm' (opmerkingen) holds free text with commas and escaped quotes.",
        ],
    )


# ================================================================= 3. English, Parquet


def make_en() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(20253)
    n = 38
    folder = HERE / "en"
    folder.mkdir(exist_ok=True)
    fname = "ct_case_registry_be_2025.parquet"

    genders = [("Female", "F"), ("Male", "M"), ("Non-binary", "X"), ("Not recorded", None)]
    gen_w = [20, 15, 1, 2]
    nats = [("Romanian", ["RO"], "RO"), ("Nigerian", ["NG"], "NG"), ("Vietnamese", ["VN"], "VN"),
            ("Ukrainian", ["UA"], "UA"), ("Filipino", ["PH"], "PH"), ("Indian", ["IN"], "IN"),
            ("Brazilian", ["BR"], "BR"), ("Moroccan", ["MA"], "MA"), ("Eritrean", ["ER"], "ER"),
            ("Chinese", ["CN"], "CN"), ("Moldovan", ["MD"], "MD"),
            ("Congolese (Brazzaville)", ["CG"], "CG"), ("Dominican Republic", ["DO"], "DO"),
            ("Ivorian", ["CI"], "CI"), ("British", ["GB"], "GB"),
            ("Romanian; Hungarian", ["RO", "HU"], "RO"), ("Stateless", ["XX"], "XX"),
            ("Unknown", None, None)]
    nat_w = [6, 5, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    types = [("Labour exploitation", ["labour"]), ("Sexual exploitation", ["sexual"]),
             ("Domestic servitude", ["labour"]), ("Forced criminal activity", ["crime"]),
             ("Begging", ["begging"]), ("Organ removal", ["organs"]),
             ("Forced marriage", ["forced_marriage"]), ("Forced surrogacy", ["surrogacy"]),
             ("Sexual exploitation, Labour exploitation", ["sexual", "labour"]),
             ("Other", ["other"]), ("Not specified", None)]
    type_w = [10, 9, 4, 2, 1, 1, 1, 1, 2, 1, 1]
    industries = [("Domestic work", "T"), ("Agriculture", "A"), ("Construction", "F"),
                  ("Hospitality", "I"), ("Manufacturing", "C"), ("Nail bar", "S"),
                  ("Car wash", "G"), ("Cleaning services", "N"), ("Fishing", "A"),
                  ("Sex industry", "S"), ("Logistics / warehousing", "H"), ("Shoplifting", None),
                  ("Not applicable", None)]
    ind_w = [4, 2, 3, 3, 1, 2, 2, 2, 1, 6, 1, 1, 2]
    statuses = [("Presumed", "presumed"), ("Confirmed", "identified"),
                ("Possible victim", "presumed"), ("Actual victim", "identified")]
    st_w = [6, 6, 3, 3]
    workers = ["A. Marsh", "T. Okafor", "L. Dubois-Kent", "R. Singh", "unassigned"]
    sources = ["Police", "Labour inspectorate", "Hotline", "Self-referral", "Embassy", "NGO partner",
               "Reception centre"]
    notes_pool = [None, None, None, "Assisted voluntary return requested", "Child at time of recruitment",
                  "Debt bondage; passport retained by employer", "Shelter placement 3 weeks",
                  "Interpreter: Tagalog", "Transferred to Belgian specialised centre",
                  "Duplicate intake merged"]

    r_gen = spread(rng, n, genders, gen_w)
    r_nat = spread(rng, n, nats, nat_w)
    r_typ = spread(rng, n, types, type_w)
    r_ind = spread(rng, n, industries, ind_w)
    r_st = spread(rng, n, statuses, st_w)
    harmonise(rng, r_typ, r_ind, lambda e: e[1], lambda x: x[1])

    cols = {k: [] for k in ["Case ID", "Surname", "Given Names", "Date of Birth", "Age at Intake",
                            "Gender", "Nationality", "Date Identified", "Trafficking Type",
                            "Industry", "Victim Status", "Reflection Period Start", "Case Worker",
                            "Referral Source", "Notes"]}
    case_nos = rng.sample(range(100, 999), n)
    for i in range(n):
        g = r_gen[i]
        nat = r_nat[i]
        first, last = person_name(rng, nat[2], g[1])
        ident = rand_date(rng, dt.date(2025, 1, 3), dt.date(2025, 12, 18))
        birth = rand_date(rng, dt.date(1970, 1, 1), dt.date(2009, 12, 31))
        dob = birth if rng.random() < 0.75 else None
        age = None
        if dob is None or rng.random() < 0.5:
            a = ident.year - birth.year - ((ident.month, ident.day) < (birth.month, birth.day))
            age = a if rng.random() < 0.9 else None
        refl = None
        if rng.random() < 0.55:
            d = ident + dt.timedelta(days=rng.randint(1, 25))
            refl = d.strftime("%d %b %Y") if d.year <= 2025 else None
        cols["Case ID"].append(f"BE-CT-25-{case_nos[i]:04d}")
        cols["Surname"].append(last)
        cols["Given Names"].append(first)
        cols["Date of Birth"].append(dob)
        cols["Age at Intake"].append(age)
        cols["Gender"].append(g[0])
        cols["Nationality"].append(nat[0])
        cols["Date Identified"].append(ident)
        cols["Trafficking Type"].append(r_typ[i][0])
        cols["Industry"].append(r_ind[i][0])
        cols["Victim Status"].append(r_st[i][0])
        cols["Reflection Period Start"].append(refl)
        cols["Case Worker"].append(rng.choice(workers))
        cols["Referral Source"].append(rng.choice(sources))
        cols["Notes"].append(rng.choice(notes_pool))

    schema = pa.schema([
        ("Case ID", pa.string()), ("Surname", pa.string()), ("Given Names", pa.string()),
        ("Date of Birth", pa.date32()), ("Age at Intake", pa.int16()), ("Gender", pa.string()),
        ("Nationality", pa.string()), ("Date Identified", pa.date32()),
        ("Trafficking Type", pa.string()), ("Industry", pa.string()),
        ("Victim Status", pa.string()), ("Reflection Period Start", pa.string()),
        ("Case Worker", pa.string()), ("Referral Source", pa.string()), ("Notes", pa.string()),
    ])
    table = pa.table(cols, schema=schema)
    pq.write_table(table, folder / fname, compression="snappy")

    columns = {
        "Case ID": "local_id", "Surname": "last_name", "Given Names": "first_name",
        "Date of Birth": "birth_date", "Age at Intake": "age", "Gender": "sex",
        "Nationality": "citizenship", "Date Identified": "identified_on",
        "Trafficking Type": "exploitation", "Industry": "sector", "Victim Status": "status",
        "Reflection Period Start": "milestone.reflection_period", "Case Worker": None,
        "Referral Source": None, "Notes": None,
    }
    values = {
        "Gender": used(r_gen),
        "Nationality": used([(v, c) for v, c, _ in r_nat]),
        "Trafficking Type": used(r_typ),
        "Industry": used(r_ind),
        "Victim Status": used(r_st),
    }
    write_truth(
        folder / "truth.yaml", file=fname, sheet=None, actor_kind="other", rows=n,
        facts={"encoding": None, "delimiter": None, "header_row": None,
               "date_format": "%d %b %Y", "total_row": False},
        columns=columns, values=values,
        notes=[
            "Parquet (pyarrow, snappy): column names come from the schema, so there is no header row, encoding or delimiter (null).",
            "'Date of Birth' and 'Date Identified' are typed date32 columns; 'Reflection Period Start' is a string column in '%d %b %Y' (e.g. '07 Mar 2025') — date_format is that text format.",
            "'Age at Intake' is an int16 age (field age) beside 'Date of Birth'; both are present, often only one is filled.",
            "actor_kind 'other': an international organisation's Brussels counter-trafficking office (fictional), not an NGO, police or centre.",
            "'Domestic servitude' is labour exploitation (the sector 'Domestic work' is T); 'Forced criminal activity' is crime; 'Begging' is forced begging.",
            "Multi-valued cells: 'Sexual exploitation, Labour exploitation' (two forms, comma-separated) and 'Romanian; Hungarian' (two citizenships).",
            "'Congolese (Brazzaville)' is CG (not CD); 'Dominican Republic' is DO (not DM, Dominica); 'Ivorian' is CI; 'British' is GB; 'Stateless' is XX; 'Unknown' is null.",
            "'Victim Status' mixes two vocabularies: Presumed / Possible victim → presumed, Confirmed / Actual victim → identified.",
            "'Nail bar' (beauty services) and 'Sex industry' are S; 'Logistics / warehousing' is H (one value, not two); 'Shoplifting' (forced crime) has no NACE section: null; 'Not applicable' is null.",
            "'Gender': 'Not recorded' is unknown (null); 'Non-binary' is X.",
            "'Referral Source' names who referred the person (Police, Hotline, ...): no field, although its values look like actor kinds.",
        ],
    )


if __name__ == "__main__":
    make_bxl()
    make_vl()
    make_en()
