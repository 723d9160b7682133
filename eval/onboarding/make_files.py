"""Generate the three blind onboarding sample files and their truth.yaml.

Written blind: only docs/data-model.md was read. All persons are invented.
Run: .venv/bin/python eval/onboarding/make_files.py   (deterministic, seed fixed)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).parent


def yaml_str(s) -> str:
    if s is None:
        return "null"
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, int):
        return str(s)
    if isinstance(s, list):
        return "[" + ", ".join(yaml_str(x) for x in s) + "]"
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_truth(path: Path, meta: dict, facts: dict, columns: dict, values: dict, notes: list[str]):
    out = ["# Ground truth for a blind onboarding sample (see ../README.md).", ""]
    for k, v in meta.items():
        out.append(f"{k}: {yaml_str(v)}")
    out.append("file_facts:")
    for k, v in facts.items():
        out.append(f"  {k}: {yaml_str(v)}")
    out.append("# column header (exactly as in the file) -> data-model field, or null")
    out.append("columns:")
    for k, v in columns.items():
        out.append(f"  {yaml_str(k)}: {yaml_str(v)}")
    out.append("# coded columns: every distinct non-empty value -> code (a list when the cell holds")
    out.append("# several codes), or null when the value means 'unknown'/no code.")
    out.append("# Milestone flag columns use yes/no.")
    out.append("values:")
    for col, mapping in values.items():
        out.append(f"  {yaml_str(col)}:")
        for k in sorted(mapping, key=str):
            out.append(f"    {yaml_str(k)}: {yaml_str(mapping[k])}")
    out.append("notes:")
    for n in notes:
        out.append(f"  - {yaml_str(n)}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def rdate(rng, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def force(rng, rows, idx, vals, taken):
    """Make sure every rare value in vals occurs at least once (rows not yet forced)."""
    for v in vals:
        if any(r[idx] == v for r in rows):
            continue
        i = rng.choice([k for k in range(len(rows)) if (k, idx) not in taken])
        taken.add((i, idx))
        rows[i][idx] = v


# Invented name pools by citizenship (first names female, male; family names). Combinations are
# random; any likeness to a real person is chance.
NAMES = {
    "RO": (["Ioana", "Andreea", "Raluca", "Florentina", "Cristina", "Mădălina"],
           ["Mihai", "Florin", "Vasile", "Ionuț", "Cătălin"],
           ["Dumitrescovu", "Lupaşcu", "Tudorache-Ene", "Marinescou", "Ciobanescu-Rath", "Vlasceanu"]),
    "BG": (["Desislava", "Gergana", "Milena"], ["Stoyan", "Plamen", "Georgi"],
           ["Petkovska", "Stoyanovska", "Dragomirova", "Kiriakov"]),
    "MA": (["Fatima", "Samira", "Hanane", "Yasmina"], ["Youssef", "Bilal", "Rachid", "Karim"],
           ["El Mahdaoui", "El Khattouti", "Benslimani", "Bouzidane", "Amrani-Loup"]),
    "NG": (["Blessing", "Precious", "Joy", "Chiamaka"], ["Osagie", "Emeka", "Chukwudi"],
           ["Okorafe", "Obaseki-Ray", "Okonkwe", "Eze-Obinna"]),
    "BR": (["Larissa", "Juliana"], ["Rafael", "Thiago"], ["Sarmento Lins", "Carvalhedo"]),
    "AL": (["Elira"], ["Arben"], ["Hoxhari"]),
    "XK": (["Vjosa"], ["Driton", "Besnik", "Valon"], ["Berishaj", "Krasniqaj", "Gashi-Lentz"]),
    "VN": (["Thi Lan", "Hoa", "Thu Trang"], ["Van Duc", "Minh"], ["Nguyen Trong", "Phamvan", "Tran Vuong"]),
    "CN": (["Mei"], ["Wei"], ["Zhaolin"]),
    "CI": (["Aminata"], ["Patrice"], ["Koffi-Nandé"]),
    "CD": (["Grace", "Esther"], ["Patrice"], ["Mbuyamba", "Kasongolo"]),
    "ER": (["Senait"], ["Tesfay"], ["Ghebreslasie"]),
    "NA": (["Ndapewa", "Ndeshi"], ["Tangeni"], ["Shikongove", "Nghipondoka"]),
    "GN": (["Mariama"], ["Mamadou", "Ibrahima"], ["Bangourah", "Diallobe"]),
    "SN": (["Aminata"], ["Ousmane"], ["Ndiayeka"]),
    "TH": (["Kanya", "Siriporn"], ["Somchai"], ["Praseuth", "Kanchanapong"]),
    "BE": (["Lotte", "Kelly", "Nadia"], ["Jens", "Wout", "Marcel"],
           ["Verhaeghebeurt", "Van Gijsegem", "De Schrijnmaeker", "Kreusch-Heinen", "Dethiernoy"]),
    "DE": (["Svenja"], ["Jörg"], ["Schmitz-Hauset", "Mertes-Offermann"]),
    "UA": (["Olena", "Oksana"], ["Taras", "Andrij"], ["Kovalchenkova", "Hrytsenkova"]),
    "IN": (["Priya"], ["Rajinder"], ["Sandhuwal"]),
    "PH": (["Maricel"], ["Jomar"], ["Dimaculang"]),
    "PL": (["Agnieszka", "Katarzyna"], ["Pawel", "Tomasz"], ["Wiśniewicz", "Wróblewicz"]),
    "PK": (["Sana"], ["Imran"], ["Chaudhrey"]),
    "TR": (["Ayşe", "Nisa"], ["Emre", "Kemal"], ["Yıldırımoğlu", "Yurtseverci"]),
    "EG": (["Nour"], ["Ahmed"], ["Abdelrazek"]),
    "SY": (["Rasha"], ["Firas"], ["Al-Halabiyeh"]),
    "MD": (["Ludmila"], ["Ion"], ["Ceban-Moraru"]),
}


def name_for(rng, codes, sex, used, ascii_only=False):
    """A (first, last) pair fitting the first citizenship; sex is F, M or None."""
    code = codes[0] if codes and codes[0] in NAMES else rng.choice(sorted(NAMES))
    f, m, l = NAMES[code]
    firsts = f if sex == "F" else m if sex == "M" else f + m
    for _ in range(200):
        pair = (rng.choice(firsts), rng.choice(l))
        if ascii_only:
            pair = tuple(x.replace("ă", "a").replace("ț", "t").replace("ş", "s").replace("ı", "i")
                         .replace("ğ", "g").replace("ś", "s").replace("ó", "o") for x in pair)
        if pair not in used:
            break
    used.add(pair)
    return pair


def weighted(rng, table):
    """table: list of (value, weight)."""
    vals, w = zip(*table)
    return rng.choices(vals, weights=w)[0]


# ---------------------------------------------------------------------------------------------
# FR — a (fictional) specialised victim centre in Wallonia, cp1252 CSV, ';', two title lines.
# ---------------------------------------------------------------------------------------------

def make_fr():
    rng = random.Random(20251)
    sex = {"F": "F", "H": "M", "Autre": "X"}
    nat = {
        "Roumaine": ["RO"], "Nigériane": ["NG"], "Marocaine": ["MA"], "Brésilienne": ["BR"],
        "Bulgare": ["BG"], "Albanaise": ["AL"], "Vietnamienne": ["VN"], "Belge": ["BE"],
        "Chinoise": ["CN"], "Ivoirienne": ["CI"], "Congolaise (RDC)": ["CD"],
        "Érythréenne": ["ER"], "Namibienne": ["NA"], "Guinéenne": ["GN"], "Apatride": ["XX"],
        "Marocaine/Belge": ["MA", "BE"], "Inconnue": None, "Kosovare": ["XK"],
        "Sénégalaise": ["SN"], "Thaïlandaise": ["TH"],
    }
    nat_w = [("Roumaine", 6), ("Nigériane", 5), ("Marocaine", 5), ("Brésilienne", 3),
             ("Bulgare", 4), ("Albanaise", 2), ("Vietnamienne", 2), ("Belge", 2), ("Chinoise", 2),
             ("Ivoirienne", 1), ("Congolaise (RDC)", 2), ("Érythréenne", 1), ("Namibienne", 1),
             ("Guinéenne", 2), ("Apatride", 1), ("Marocaine/Belge", 1), ("Inconnue", 1),
             ("Kosovare", 1), ("Sénégalaise", 1), ("Thaïlandaise", 1)]
    expl = {
        "EXPL. SEX.": ["sexual"], "ECO": ["labour"], "Mendicité": ["begging"],
        "Crim. forcée": ["crime"], "ECO + SEX.": ["labour", "sexual"], "Prél. organes": ["organs"],
        "Mariage forcé": ["forced_marriage"], "Autre": ["other"], "à déterminer": None,
    }
    expl_w = [("EXPL. SEX.", 12), ("ECO", 14), ("Mendicité", 2), ("Crim. forcée", 3),
              ("ECO + SEX.", 2), ("Prél. organes", 1), ("Mariage forcé", 1), ("Autre", 1),
              ("à déterminer", 1)]
    sect_by_expl = {
        "EXPL. SEX.": [("Prostitution", 8), ("Massage / bar", 2), ("", 1)],
        "ECO": [("Horeca", 5), ("Construction", 5), ("Nettoyage", 3), ("Car-wash", 2),
                ("Travail domestique", 2), ("Agriculture/maraîchage", 2), ("Night-shop", 2),
                ("Boucherie industrielle", 1), ("Transport", 1)],
        "ECO + SEX.": [("Horeca", 1), ("Massage / bar", 1)],
    }
    sect = {
        "Prostitution": "S", "Massage / bar": "S", "Horeca": "I", "Construction": "F",
        "Nettoyage": "N", "Car-wash": "G", "Travail domestique": "T",
        "Agriculture/maraîchage": "A", "Night-shop": "G", "Boucherie industrielle": "C",
        "Transport": "H", "Stupéfiants": None,
    }
    qual = {"présumée": "presumed", "Identifiée": "identified", "VTEH reconnue": "identified"}
    first_f = ["Ioana", "Blessing", "Fatima", "Larissa", "Desislava", "Elira", "Thi Lan", "Mei",
               "Aminata", "Grace", "Senait", "Ndapewa", "Mariama", "Kanya", "Florentina",
               "Precious", "Nadia", "Yasmina", "Raluca", "Esther"]
    first_m = ["Mihai", "Osagie", "Youssef", "Rafael", "Stoyan", "Arben", "Van Duc", "Wei",
               "Ibrahima", "Patrice", "Tesfay", "Mamadou", "Driton", "Ousmane", "Karim"]
    last = ["Dumitrescovu", "Okorafe", "El Mahdaoui", "Sarmento Lins", "Petkovska", "Hoxhari",
            "Nguyen Trong", "Zhaolin", "Koffi-Nandé", "Mbuyamba", "Ghebreslasie", "Shikongove",
            "Bangourah", "Diallobe", "Praseuth", "Berishaj", "Ndiayeka", "Vlasceanu", "Amrani-Loup",
            "Tudorache", "Obaseki-Ray", "Kasongolo", "Sefu", "Bouzidane", "Marinescou"]
    staff = ["MLD", "JB", "SVA", "C.R."]
    remarks = ["", "", "", "", "suivi ambulatoire", "hébergée en maison d'accueil",
               "réorientée vers centre Bxl", "plainte déposée PJF", "mineure à l'arrivée — tuteur désigné",
               "interprète demandé", "a quitté le centre", "dossier transmis OE"]

    header = ["N° dossier", "NOM", "Prénom", "Né(e) le", "Sexe", "Nationalité", "DATE D'ENTRÉE",
              "Type d'exploit.", "Secteur", "Qualif. victime", "Annexe 15 le", "A.I. 6 mois",
              "Assist.", "Remarques"]
    rows = []
    seq = 3
    n = 46
    used_names = set()
    for i in range(n):
        seq += rng.randrange(1, 4)
        s = weighted(rng, [("F", 26), ("H", 18), ("Autre", 1)])
        while True:
            fn = rng.choice(first_f if s == "F" else first_m if s == "H" else first_f + first_m)
            ln = rng.choice(last)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        entry = rdate(rng, dt.date(2025, 1, 6), dt.date(2025, 12, 19))
        age = rng.randrange(16, 52)
        birth = entry - dt.timedelta(days=int(age * 365.25) + rng.randrange(0, 360))
        e = weighted(rng, expl_w)
        sec = weighted(rng, sect_by_expl[e]) if e in sect_by_expl else ("Stupéfiants" if e == "Crim. forcée" and rng.random() < .5 else "")
        q = weighted(rng, [("présumée", 10), ("Identifiée", 6), ("VTEH reconnue", 4)])
        nat_v = weighted(rng, nat_w)
        a15 = ""
        ai6 = ""
        if nat_v not in ("Belge", "Marocaine/Belge") and rng.random() < .7:
            a15d = entry + dt.timedelta(days=rng.randrange(0, 20))
            if a15d <= dt.date(2025, 12, 31):
                a15 = a15d.strftime("%d/%m/%Y")
                if rng.random() < .35 and a15d + dt.timedelta(days=140) <= dt.date(2025, 12, 31):
                    ai6 = (a15d + dt.timedelta(days=rng.randrange(120, 150))).strftime("%d/%m/%Y")
        rows.append([f"{25}/{seq:03d}", ln.upper(), fn, birth.strftime("%d/%m/%Y"), s, nat_v,
                     entry.strftime("%d/%m/%Y"), e, sec, q, a15, ai6, rng.choice(staff),
                     rng.choice(remarks)])
    taken = set()
    force(rng, rows, 4, ["Autre"], taken)
    force(rng, rows, 5, ["Apatride", "Inconnue", "Érythréenne", "Namibienne", "Marocaine/Belge"], taken)
    for i, r in enumerate(rows):
        if r[7] in ("Prél. organes", "Mendicité", "Crim. forcée", "Mariage forcé"):
            taken.add((i, 7))
    for v in ["Prél. organes", "Mendicité", "Crim. forcée", "ECO + SEX.", "à déterminer"]:
        if not any(r[7] == v for r in rows):
            i = rng.choice([k for k in range(len(rows)) if (k, 7) not in taken])
            taken.add((i, 7))
            rows[i][7] = v
            rows[i][8] = {"Crim. forcée": "Stupéfiants", "ECO + SEX.": "Horeca"}.get(v, "")
    used = set()
    for r in rows:
        if r[5] in ("Belge", "Marocaine/Belge"):
            r[10] = r[11] = ""
        fn, ln = name_for(rng, nat[r[5]], sex[r[4]] if r[4] != "Autre" else None, used, ascii_only=True)
        r[1], r[2] = ln.upper(), fn
    rows.sort(key=lambda r: int(r[0].split("/")[1]))
    # a couple of unknown birth dates, as a centre would have
    rows[7][3] = ""
    rows[31][3] = "?"
    buf = io.StringIO()
    buf.write("ASBL Le Fil d'Ariane — Centre spécialisé d'accueil des victimes de la traite (fictif);;;;;;;;;;;;;\r\n")
    buf.write("Liste des personnes accompagnées — année 2025 — extraction du 09/01/2026;;;;;;;;;;;;;\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    w.writerow(["TOTAL", n, "", "", "", "", "", "", "", "", sum(1 for r in rows if r[10]),
                sum(1 for r in rows if r[11]), "", ""])
    path = HERE / "fr" / "fil_ariane_personnes_2025.csv"
    path.write_bytes(buf.getvalue().encode("cp1252"))

    seen = lambda col: {r[header.index(col)] for r in rows if r[header.index(col)]}
    values = {
        "Sexe": {k: sex[k] for k in seen("Sexe")},
        "Nationalité": {k: nat[k] for k in seen("Nationalité")},
        "Type d'exploit.": {k: expl[k] for k in seen("Type d'exploit.")},
        "Secteur": {k: sect[k] for k in seen("Secteur")},
        "Qualif. victime": {k: qual[k] for k in seen("Qualif. victime")},
    }
    columns = dict(zip(header, ["local_id", "last_name", "first_name", "birth_date", "sex",
                                "citizenship", "identified_on", "exploitation", "sector", "status",
                                "milestone.reflection_period", "milestone.temporary_permit",
                                None, None]))
    write_truth(
        HERE / "fr" / "truth.yaml",
        {"file": "fil_ariane_personnes_2025.csv", "actor_kind": "victim_centre",
         "record_type": "victim", "rows": n},
        {"encoding": "cp1252", "delimiter": ";", "header_row": 3, "date_format": "%d/%m/%Y",
         "total_row": True, "total_row_number": 3 + n + 1},
        columns, values,
        ["Two title lines above the header; the title lines carry trailing ';' padding.",
         "'Annexe 15 le' is the date the reflection period (annex 15) was issued; 'A.I. 6 mois' "
         "is the date of the 6-month temporary residence permit.",
         "'Qualif. victime': 'VTEH reconnue' (victime de la traite des êtres humains reconnue) means "
         "formally identified.",
         "Multi-valued cells: 'ECO + SEX.' (two forms), 'Marocaine/Belge' (two citizenships).",
         "'Namibienne' is NA (Namibia) — not 'not available'. 'Apatride' is XX. 'Inconnue' and "
         "'à déterminer' mean unknown (null).",
         "'Stupéfiants' (drug trade, forced crime) has no NACE section: null.",
         "'Né(e) le' has one empty cell and one '?' (unknown).",
         "The TOTAL row counts persons and filled milestone cells; it is not a person."])
    return path, len(header), n


# ---------------------------------------------------------------------------------------------
# NL — a (fictional) Flemish police zone, XLSX export with title rows.
# ---------------------------------------------------------------------------------------------

def make_nl():
    import openpyxl
    from openpyxl.styles import Font

    rng = random.Random(20252)
    sex = {"M": "M", "V": "F", "O": None}
    nat = {
        "ROEMEENSE": ["RO"], "MAROKKAANSE": ["MA"], "BELG": ["BE"], "ONBEKEND": None,
        "OEKRAÏENSE": ["UA"], "INDISCHE": ["IN"], "FILIPIJNSE": ["PH"], "KOSOVAARSE": ["XK"],
        "NAMIBISCHE": ["NA"], "BULGAARSE": ["BG"], "POOLSE": ["PL"], "PAKISTAANSE": ["PK"],
        "TURKSE": ["TR"], "BRAZILIAANSE": ["BR"], "NIGERIAANSE": ["NG"], "EGYPTISCHE": ["EG"],
        "BELG + MAROKKAANSE": ["BE", "MA"], "VIETNAMESE": ["VN"], "STAATLOOS": ["XX"],
    }
    nat_w = [("ROEMEENSE", 8), ("MAROKKAANSE", 4), ("BELG", 4), ("ONBEKEND", 2), ("OEKRAÏENSE", 3),
             ("INDISCHE", 3), ("FILIPIJNSE", 2), ("KOSOVAARSE", 1), ("NAMIBISCHE", 1),
             ("BULGAARSE", 5), ("POOLSE", 2), ("PAKISTAANSE", 2), ("TURKSE", 2),
             ("BRAZILIAANSE", 2), ("NIGERIAANSE", 3), ("EGYPTISCHE", 1),
             ("BELG + MAROKKAANSE", 1), ("VIETNAMESE", 2), ("STAATLOOS", 1)]
    expl = {
        "SEKS": ["sexual"], "ECON": ["labour"], "BEDEL": ["begging"], "CRIMI": ["crime"],
        "ORGAAN": ["organs"], "SEKS/ECON": ["sexual", "labour"], "GEDW. HUWELIJK": ["forced_marriage"],
        "DRAAGMOEDER": ["surrogacy"], "ILL. ADOPTIE": ["illegal_adoption"], "ANDER": ["other"],
    }
    expl_w = [("SEKS", 14), ("ECON", 20), ("BEDEL", 3), ("CRIMI", 4), ("ORGAAN", 1),
              ("SEKS/ECON", 2), ("GEDW. HUWELIJK", 1), ("DRAAGMOEDER", 1), ("ILL. ADOPTIE", 1),
              ("ANDER", 1)]
    sect_by_expl = {
        "SEKS": [("Prostitutie (raam)", 6), ("Escort/privéhuis", 3), ("Massagesalon", 2)],
        "ECON": [("Bouw", 6), ("Horeca", 5), ("Land- en tuinbouw", 4), ("Schoonmaak", 3),
                 ("Transport/koerier", 2), ("Carwash", 2), ("Vleesverwerking", 2),
                 ("Huishoudhulp", 2), ("Nagelstudio", 2), ("Garage", 1), ("Textielatelier", 1),
                 ("Ambassadepersoneel", 1)],
        "SEKS/ECON": [("Horeca", 1), ("Massagesalon", 1)],
        "CRIMI": [("Cannabisplantage", 2), ("", 2)],
        "BEDEL": [("", 1)],
    }
    sect = {
        "Prostitutie (raam)": "S", "Escort/privéhuis": "S", "Massagesalon": "S", "Bouw": "F",
        "Horeca": "I", "Land- en tuinbouw": "A", "Schoonmaak": "N", "Transport/koerier": "H",
        "Carwash": "G", "Vleesverwerking": "C", "Huishoudhulp": "T", "Nagelstudio": "S",
        "Garage": "G", "Textielatelier": "C", "Ambassadepersoneel": "T", "Cannabisplantage": None,
    }
    qual = {"Mogelijk slachtoffer": "presumed", "Slachtoffer MH": "identified",
            "Vermoedelijk": "presumed"}
    first_f = ["Andreea", "Samira", "Lotte", "Olena", "Priya", "Maricel", "Vjosa", "Ndeshi",
               "Gergana", "Agnieszka", "Ayşe", "Juliana", "Chiamaka", "Hoa", "Nour", "Kelly"]
    first_m = ["Florin", "Bilal", "Jens", "Taras", "Rajinder", "Jomar", "Besnik", "Tangeni",
               "Plamen", "Pawel", "Imran", "Emre", "Thiago", "Emeka", "Ahmed", "Minh", "Wout"]
    last = ["Lupaşcu", "El Khattouti", "Verhaeghebeurt", "Kovalchenkova", "Sandhuwal", "Dimaculang",
            "Krasniqaj", "Nghipondoka", "Stoyanovska", "Wiśniewicz", "Chaudhrey", "Yıldırımoğlu",
            "Carvalhedo", "Okonkwe", "Abdelrazek", "Phamvan", "Van Gijsegem", "De Schrijnmaeker",
            "Ionescovici", "Bouchaïb"]
    agents = ["INP VDB", "HINP K.M.", "INP 4471", "CP DS", "INP RVL"]
    opm = ["", "", "", "", "doorverwezen naar opvangcentrum", "tolk aangevraagd", "gezamenlijke actie SI",
           "minderjarig - Dienst Voogdij verwittigd", "weigert verklaring", "zie ook PV 2024",
           "controle TSW", "verblijft bij familie"]

    header = ["PV nr.", "Volgnr", "Naam", "Voornaam", "Geb.datum", "Geslacht", "Nationaliteit",
              "Datum vaststelling", "Begin uitbuiting", "Uitbuitingsvorm", "Sector",
              "Kwalificatie", "Verbalisant", "Opmerking"]
    n = 63
    rows = []
    used = set()
    for i in range(n):
        s = weighted(rng, [("V", 27), ("M", 34), ("O", 2)])
        while True:
            fn = rng.choice(first_f if s == "V" else first_m if s == "M" else first_f + first_m)
            ln = rng.choice(last)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        seen_on = rdate(rng, dt.date(2025, 1, 3), dt.date(2025, 12, 22))
        age = rng.randrange(15, 58)
        birth = seen_on - dt.timedelta(days=int(age * 365.25) + rng.randrange(0, 360))
        e = weighted(rng, expl_w)
        sec = weighted(rng, sect_by_expl[e]) if e in sect_by_expl else ""
        begin = None
        if rng.random() < .6:
            begin = seen_on - dt.timedelta(days=rng.randrange(20, 900))
        pv = f"KR.{rng.choice(['55', '56'])}.L{rng.randrange(1, 8)}.{rng.randrange(1000, 99999):06d}/2025"
        rows.append([pv, i + 1, ln, fn, birth.strftime("%d-%m-%Y"), s, weighted(rng, nat_w),
                     seen_on, begin, e, sec,
                     weighted(rng, [("Mogelijk slachtoffer", 8), ("Slachtoffer MH", 6), ("Vermoedelijk", 2)]),
                     rng.choice(agents), rng.choice(opm)])
    taken = set()
    force(rng, rows, 5, ["O"], taken)
    force(rng, rows, 6, ["NAMIBISCHE", "STAATLOOS", "BELG + MAROKKAANSE", "KOSOVAARSE", "ONBEKEND"], taken)
    for v in ["ORGAAN", "DRAAGMOEDER", "ILL. ADOPTIE", "GEDW. HUWELIJK", "SEKS/ECON", "CRIMI"]:
        if not any(r[9] == v for r in rows):
            i = rng.choice([k for k in range(len(rows)) if (k, 9) not in taken and rows[k][9] in ("ECON", "SEKS")])
            taken.add((i, 9))
            rows[i][9] = v
            rows[i][10] = {"CRIMI": "Cannabisplantage", "SEKS/ECON": "Massagesalon"}.get(v, "")
    for v in ["Ambassadepersoneel", "Nagelstudio", "Vleesverwerking", "Cannabisplantage"]:
        if not any(r[10] == v for r in rows):
            want = "CRIMI" if v == "Cannabisplantage" else "ECON"
            i = rng.choice([k for k in range(len(rows)) if rows[k][9] == want and (k, 10) not in taken])
            taken.add((i, 10))
            rows[i][10] = v
    used = set()
    for r in rows:
        r[3], r[2] = name_for(rng, nat[r[6]], sex[r[5]], used)
    rows.sort(key=lambda r: r[7])
    for i, r in enumerate(rows):
        r[1] = i + 1
    rows[12][4] = ""  # unknown birth date

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "PZ Demervallei-Noord (fictief) — Slachtoffers mensenhandel 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Bron: lokale export ANG/ISLP, opgemaakt 12-01-2026 — VERTROUWELIJK"
    ws.append([])
    ws.append(header)
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append(r)
        rr = ws.max_row
        ws.cell(rr, 8).number_format = "DD-MM-YYYY"
        ws.cell(rr, 9).number_format = "DD-MM-YYYY"
    ws.freeze_panes = "A5"
    for col, width in zip("ABCDEFGHIJKLMN", [24, 7, 20, 12, 11, 9, 20, 14, 14, 16, 20, 20, 11, 34]):
        ws.column_dimensions[col].width = width
    info = wb.create_sheet("Legende")
    for line in [["Code", "Omschrijving"], ["SEKS", "Seksuele uitbuiting"],
                 ["ECON", "Economische uitbuiting"], ["BEDEL", "Bedelarij"],
                 ["CRIMI", "Dwang tot misdrijven"], ["ORGAAN", "Organen"],
                 ["Geslacht O", "onbekend / niet ingevuld"]]:
        info.append(line)
    path = HERE / "nl" / "pz_demervallei_mh_2025.xlsx"
    wb.properties.creator = "PZ Demervallei-Noord"
    wb.properties.created = dt.datetime(2026, 1, 12, 9, 30)
    wb.properties.modified = dt.datetime(2026, 1, 12, 9, 30)
    wb.save(path)

    seen = lambda col: {r[header.index(col)] for r in rows if r[header.index(col)]}
    values = {
        "Geslacht": {k: sex[k] for k in seen("Geslacht")},
        "Nationaliteit": {k: nat[k] for k in seen("Nationaliteit")},
        "Uitbuitingsvorm": {k: expl[k] for k in seen("Uitbuitingsvorm")},
        "Sector": {k: sect[k] for k in seen("Sector")},
        "Kwalificatie": {k: qual[k] for k in seen("Kwalificatie")},
    }
    columns = dict(zip(header, ["local_id", None, "last_name", "first_name", "birth_date", "sex",
                                "citizenship", "identified_on", "exploited_from", "exploitation",
                                "sector", "status", None, None]))
    write_truth(
        HERE / "nl" / "truth.yaml",
        {"file": "pz_demervallei_mh_2025.xlsx", "sheet": "Export", "actor_kind": "police",
         "record_type": "victim", "rows": n},
        {"encoding": "xlsx", "delimiter": None, "header_row": 4, "date_format": "%d-%m-%Y",
         "total_row": False},
        columns, values,
        ["Title in row 1, source line in row 2, row 3 empty, header in row 4; data rows 5-67.",
         "'Geb.datum' is TEXT 'dd-mm-yyyy' (one empty cell). 'Datum vaststelling' and "
         "'Begin uitbuiting' are real Excel date cells displayed DD-MM-YYYY; 'Begin uitbuiting' "
         "is often empty.",
         "'Volgnr' is a line number, not the record id: 'PV nr.' (proces-verbaal number) is local_id.",
         "A second sheet 'Legende' explains some codes; it holds no records.",
         "'Geslacht' O = onbekend (unknown) -> null, not X.",
         "'NAMIBISCHE' is NA (Namibia). 'STAATLOOS' is XX. 'BELG + MAROKKAANSE' is two citizenships.",
         "'SEKS/ECON' is two forms. 'DRAAGMOEDER' = surrogacy, 'ILL. ADOPTIE' = illegal_adoption.",
         "'Cannabisplantage' (forced crime) has no NACE section -> null. 'Ambassadepersoneel' "
         "(domestic staff of diplomats) -> T. 'Nagelstudio' -> S (other personal services)."])
    return path, len(header), n


# ---------------------------------------------------------------------------------------------
# DE — a (fictional) office in Eupen, tab-separated UTF-8 without BOM, header in row 1.
# ---------------------------------------------------------------------------------------------

def make_de():
    rng = random.Random(20253)
    sex = {"männlich": "M", "weiblich": "F", "divers": "X", "k.A.": None}
    nat = {
        "rumänisch": ["RO"], "polnisch": ["PL"], "deutsch": ["DE"], "belgisch": ["BE"],
        "syrisch": ["SY"], "nigerianisch": ["NG"], "ukrainisch": ["UA"], "moldauisch": ["MD"],
        "staatenlos": ["XX"], "ungeklärt": None, "deutsch, belgisch": ["DE", "BE"],
        "bulgarisch": ["BG"], "thailändisch": ["TH"], "marokkanisch": ["MA"],
        "kosovarisch": ["XK"], "türkisch": ["TR"], "vietnamesisch": ["VN"],
    }
    nat_w = [("rumänisch", 6), ("polnisch", 4), ("deutsch", 2), ("belgisch", 2), ("syrisch", 2),
             ("nigerianisch", 2), ("ukrainisch", 3), ("moldauisch", 2), ("staatenlos", 1),
             ("ungeklärt", 1), ("deutsch, belgisch", 1), ("bulgarisch", 3), ("thailändisch", 1),
             ("marokkanisch", 1), ("kosovarisch", 1), ("türkisch", 1), ("vietnamesisch", 1)]
    expl = {
        "sexuelle Ausbeutung": ["sexual"], "Arbeitsausbeutung": ["labour"],
        "Bettelei": ["begging"], "Zwang zu Straftaten": ["crime"], "Zwangsheirat": ["forced_marriage"],
        "Organentnahme": ["organs"], "Arbeitsausb./sex. Ausb.": ["labour", "sexual"],
        "sonstige": ["other"],
    }
    expl_w = [("sexuelle Ausbeutung", 9), ("Arbeitsausbeutung", 14), ("Bettelei", 2),
              ("Zwang zu Straftaten", 2), ("Zwangsheirat", 1), ("Organentnahme", 1),
              ("Arbeitsausb./sex. Ausb.", 1), ("sonstige", 1)]
    sect_by_expl = {
        "sexuelle Ausbeutung": [("Prostitution", 5), ("Bar/Club", 2), ("", 1)],
        "Arbeitsausbeutung": [("Landwirtschaft", 3), ("Gastronomie", 3), ("Bau", 3),
                              ("Reinigung", 2), ("häusl. Pflege (24h)", 2), ("Pflegeheim", 1),
                              ("Transport/Logistik", 2), ("Fleischverarbeitung", 2),
                              ("Autowäsche", 1), ("Forstarbeit", 1)],
        "Arbeitsausb./sex. Ausb.": [("Gastronomie", 1)],
    }
    sect = {
        "Prostitution": "S", "Bar/Club": "S", "Landwirtschaft": "A", "Gastronomie": "I",
        "Bau": "F", "Reinigung": "N", "häusl. Pflege (24h)": "T", "Pflegeheim": "Q",
        "Transport/Logistik": "H", "Fleischverarbeitung": "C", "Autowäsche": "G",
        "Forstarbeit": "A",
    }
    qual = {"mutmaßlich": "presumed", "anerkannt": "identified", "Verdacht": "presumed"}
    first_f = ["Cristina", "Katarzyna", "Svenja", "Rasha", "Joy", "Oksana", "Ludmila", "Nisa",
               "Milena", "Siriporn", "Hanane", "Vesna", "Thu Trang"]
    first_m = ["Vasile", "Tomasz", "Jörg", "Firas", "Chukwudi", "Andrij", "Ion", "Valon",
               "Kemal", "Georgi", "Rachid", "Marcel"]
    last = ["Ciobanescu-Rath", "Wróblewicz", "Schmitz-Hauset", "Al-Halabiyeh", "Eze-Obinna",
            "Hrytsenkova", "Ceban-Moraru", "Gashi-Lentz", "Yurtseverci", "Dragomirova",
            "Kanchanapong", "Benslimani", "Kreusch-Heinen", "Tran Vuong", "Mertes-Offermann"]
    staff = ["HK", "M.S.", "BJ", "HK"]

    header = ["Akten-Nr.", "Familienname", "Vorname(n)", "Alter", "Geschlecht",
              "Staatsangehörigkeit", "Ausweis-Nr.", "Ausbeutungsart", "Branche", "Opferstatus",
              "Eingang", "Tatzeitraum ab", "Bedenkzeit erteilt", "Sachbearb."]
    n = 34
    rows = []
    used = set()
    for i in range(n):
        s = weighted(rng, [("weiblich", 15), ("männlich", 17), ("divers", 1), ("k.A.", 1)])
        while True:
            fn = rng.choice(first_f if s == "weiblich" else first_m if s == "männlich" else first_f + first_m)
            ln = rng.choice(last)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        got = rdate(rng, dt.date(2025, 1, 8), dt.date(2025, 12, 17))
        e = weighted(rng, expl_w)
        sec = weighted(rng, sect_by_expl[e]) if e in sect_by_expl else ""
        nat_v = weighted(rng, nat_w)
        doc = ""
        if rng.random() < .65:
            doc = rng.choice(["", "P", "ID "]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(8))
        start = ""
        if rng.random() < .55:
            start = (got - dt.timedelta(days=rng.randrange(30, 700))).strftime("%d.%m.%Y")
        bz = "" if nat_v in ("belgisch", "deutsch, belgisch") else weighted(rng, [("ja", 5), ("nein", 3), ("", 2)])
        age = str(rng.randrange(16, 60)) if rng.random() > .06 else "unbek."
        rows.append([f"EU.{rng.choice(['37', '55'])}.L{rng.randrange(1, 4)}.{rng.randrange(100, 9999):05d}/25",
                     ln, fn, age, s, nat_v, doc, e, sec,
                     weighted(rng, [("mutmaßlich", 6), ("anerkannt", 4), ("Verdacht", 1)]),
                     got.strftime("%d.%m.%Y"), start, bz, rng.choice(staff)])
    taken = set()
    force(rng, rows, 4, ["divers", "k.A."], taken)
    force(rng, rows, 5, ["staatenlos", "ungeklärt", "deutsch, belgisch", "kosovarisch"], taken)
    for i, r in enumerate(rows):
        if r[5] in ("belgisch", "deutsch, belgisch"):
            r[12] = ""
    for v in ["Zwangsheirat", "Organentnahme", "Arbeitsausb./sex. Ausb.", "Zwang zu Straftaten", "Bettelei"]:
        if not any(r[7] == v for r in rows):
            i = rng.choice([k for k in range(len(rows)) if rows[k][7] in ("Arbeitsausbeutung", "sexuelle Ausbeutung") and (k, 7) not in taken])
            taken.add((i, 7))
            rows[i][7] = v
            rows[i][8] = "Gastronomie" if v.startswith("Arbeitsausb.") else ""
    for v in ["häusl. Pflege (24h)", "Pflegeheim", "Forstarbeit"]:
        if not any(r[8] == v for r in rows):
            i = rng.choice([k for k in range(len(rows)) if rows[k][7] == "Arbeitsausbeutung" and (k, 8) not in taken])
            taken.add((i, 8))
            rows[i][8] = v
    used = set()
    for r in rows:
        r[2], r[1] = name_for(rng, nat[r[5]], sex[r[4]] if r[4] != "divers" else None, used)
    rows.sort(key=lambda r: dt.datetime.strptime(r[10], "%d.%m.%Y"))
    path = HERE / "de" / "eupen_opfer_mh_2025.tsv"
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))

    seen = lambda col: {r[header.index(col)] for r in rows if r[header.index(col)]}
    values = {
        "Geschlecht": {k: sex[k] for k in seen("Geschlecht")},
        "Staatsangehörigkeit": {k: nat[k] for k in seen("Staatsangehörigkeit")},
        "Ausbeutungsart": {k: expl[k] for k in seen("Ausbeutungsart")},
        "Branche": {k: sect[k] for k in seen("Branche")},
        "Opferstatus": {k: qual[k] for k in seen("Opferstatus")},
        "Bedenkzeit erteilt": {"ja": "yes", "nein": "no"},
    }
    values["Bedenkzeit erteilt"] = {k: values["Bedenkzeit erteilt"][k] for k in seen("Bedenkzeit erteilt")}
    columns = dict(zip(header, ["local_id", "last_name", "first_name", "age", "sex", "citizenship",
                                "document_number", "exploitation", "sector", "status",
                                "identified_on", "exploited_from", "milestone.reflection_period",
                                None]))
    write_truth(
        HERE / "de" / "truth.yaml",
        {"file": "eupen_opfer_mh_2025.tsv", "actor_kind": "prosecution", "record_type": "victim",
         "rows": n},
        {"encoding": "utf-8", "delimiter": "\t", "header_row": 1, "date_format": "%d.%m.%Y",
         "total_row": False},
        columns, values,
        ["Tab-separated, UTF-8 without BOM, LF line ends, header in row 1, no title lines.",
         "'Alter' is an age in years (a few cells 'unbek.' = unknown); there is no birth date.",
         "'Ausweis-Nr.' is an identity/passport document number (identifier), not the file number.",
         "'Eingang' = date the file came in (registration) -> identified_on; 'Tatzeitraum ab' = "
         "start of the offence period -> exploited_from.",
         "'Bedenkzeit erteilt' (reflection period granted) is a yes/no flag without a date; empty "
         "for Belgian nationals.",
         "'Geschlecht' k.A. (keine Angabe) -> null; divers -> X.",
         "'deutsch, belgisch' is two citizenships; 'staatenlos' is XX; 'ungeklärt' is unknown (null).",
         "'häusl. Pflege (24h)' (live-in care in a private household) -> T; 'Pflegeheim' (care home) -> Q."])
    return path, len(header), n


if __name__ == "__main__":
    for f in (make_fr, make_nl, make_de):
        p, cols, n = f()
        print(f"{p.relative_to(HERE)}: {cols} columns, {n} rows")
