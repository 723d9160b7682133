"""The demo's actors: each writes its own file format, columns, language, codes and mistakes.

Each actor is one ActorSpec; the same spec writes the actor's files and its mapping, so the
mapping is what an analyst would have written after reading the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rapporteur.demo.world import Person
from rapporteur.model import codelist
from rapporteur.xlsx import workbook_bytes

FORM_FR = {
    "sexual": "1°",
    "begging": "2°",
    "labour": "3°",
    "organs": "4°",
    "crime": "5°",
    "forced_marriage": "mariage forcé",
}
FORM_NL = {
    "sexual": "seksuele uitbuiting",
    "begging": "bedelarij",
    "labour": "economische uitbuiting",
    "organs": "organen",
    "crime": "gedwongen criminaliteit",
    "forced_marriage": "gedwongen huwelijk",
}
FORM_FR_WORDS = {
    "sexual": "exploitation sexuelle",
    "begging": "mendicité",
    "labour": "exploitation économique",
    "organs": "prélèvement d'organes",
    "crime": "criminalité forcée",
    "forced_marriage": "mariage forcé",
}


@dataclass
class ActorSpec:
    id: str
    kind: str
    unit: str
    records: str
    label: dict[str, str]
    fmt: str
    columns: dict[str, str]
    encoding: str = "utf-8"
    delimiter: str = ","
    date_format: str = "%d/%m/%Y"
    bom: bool = False
    crlf: bool = False
    nationality: str = "iso"  # iso | fr | nl
    separator: str = "/"
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> code -> label
    constants: dict[str, str] = field(default_factory=dict)
    title_rows: list[str] = field(default_factory=list)
    total_row: str | None = None
    typo_rate: float = 0.08
    missing_birth: float = 0.04
    self_duplicates: float = 0.0

    def mapping(self) -> dict[str, Any]:
        file: dict[str, Any] = {"format": self.fmt}
        if self.fmt == "csv":
            file.update(encoding=self.encoding, delimiter=self.delimiter)
        file["date_formats"] = [self.date_format]
        cols: dict[str, Any] = {}
        for f, header in self.columns.items():
            spec: dict[str, Any] = {"column": header}
            if f in self.values:
                spec["values"] = {label: code for code, label in self.values[f].items()}
            if f in ("citizenship", "exploitation") and self.records == "victim":
                spec["separator"] = self.separator
            cols[f] = spec if len(spec) > 1 else header
        return {
            "actor": self.id,
            "kind": self.kind,
            "counting_unit": self.unit,
            "records": self.records,
            "label": self.label,
            "file": file,
            "columns": cols,
            **({"constants": self.constants} if self.constants else {}),
        }


SPECS = [
    ActorSpec(
        "police",
        "police",
        "person",
        "victim",
        {
            "en": "Federal police — SYNTHETIC",
            "fr": "Police fédérale — SYNTHÉTIQUE",
            "nl": "Federale politie — SYNTHETISCH",
        },
        "csv",
        {
            "local_id": "N° PV",
            "last_name": "Nom",
            "first_name": "Prénom",
            "birth_date": "Date de naissance",
            "sex": "Sexe",
            "citizenship": "Nationalité",
            "exploitation": "Finalité (art. 433quinquies)",
            "status": "Statut",
            "identified_on": "Date du constat",
        },
        encoding="cp1252",
        delimiter=";",
        crlf=True,
        nationality="fr",
        values={
            "sex": {"F": "F", "M": "H"},
            "exploitation": FORM_FR,
            "status": {"identified": "victime", "presumed": "victime présumée"},
        },
        typo_rate=0.12,
        missing_birth=0.06,
        self_duplicates=0.03,
    ),
    ActorSpec(
        "inspection",
        "inspection",
        "file",
        "victim",
        {
            "en": "Social inspection — SYNTHETIC",
            "fr": "Inspection sociale — SYNTHÉTIQUE",
            "nl": "Sociale inspectie — SYNTHETISCH",
        },
        "xlsx",
        {
            "local_id": "Dossiernummer",
            "last_name": "Familienaam",
            "first_name": "Voornaam",
            "birth_date": "Geboortedatum",
            "sex": "Geslacht",
            "citizenship": "Nationaliteit",
            "sector": "Sector (NACE)",
            "exploitation": "Vorm van uitbuiting",
        },
        nationality="nl",
        separator=",",
        values={"sex": {"F": "V", "M": "M"}, "exploitation": FORM_NL},
        constants={"status": "identified"},
        title_rows=[
            "SYNTHETISCHE GEGEVENS — Sociale inspectie: slachtoffers mensenhandel",
            "Bron: gefingeerde demo-gegevens",
        ],
        total_row="Totaal",
    ),
    ActorSpec(
        "immigration",
        "immigration",
        "person",
        "victim",
        {
            "en": "Immigration Office — SYNTHETIC",
            "fr": "Office des étrangers — SYNTHÉTIQUE",
            "nl": "Dienst Vreemdelingenzaken — SYNTHETISCH",
        },
        "csv",
        {
            "local_id": "file_id",
            "last_name": "surname",
            "first_name": "given_names",
            "birth_date": "date_of_birth",
            "sex": "sex",
            "citizenship": "nationality_iso",
            "document_number": "document_no",
            "milestone.reflection_period": "annex15_date",
            "milestone.victim_status": "victim_status_date",
            "milestone.temporary_permit": "temporary_permit_date",
            "milestone.permit_renewal": "last_renewal_date",
            "milestone.permanent_permit": "permanent_permit_date",
        },
        date_format="%Y-%m-%d",
        bom=True,
        crlf=True,
        separator="|",
        constants={"status": "identified"},
        typo_rate=0.04,
        missing_birth=0.01,
    ),
    ActorSpec(
        "payoke",
        "victim_centre",
        "person",
        "victim",
        {
            "en": "Payoke (Antwerp) — SYNTHETIC",
            "fr": "Payoke (Anvers) — SYNTHÉTIQUE",
            "nl": "Payoke (Antwerpen) — SYNTHETISCH",
        },
        "xlsx",
        {
            "local_id": "Cliënt",
            "first_name": "Voornaam",
            "last_name": "Naam",
            "birth_date": "Geboortedatum",
            "sex": "Geslacht",
            "citizenship": "Nationaliteit",
            "exploitation": "Uitbuitingsvorm",
            "status": "Statuut",
            "identified_on": "Aanmelding",
            "exploited_from": "Begin uitbuiting",
            "sector": "Sector (NACE)",
        },
        nationality="nl",
        separator="/",
        values={
            "sex": {"F": "vrouw", "M": "man"},
            "exploitation": FORM_NL,
            "status": {"identified": "erkend", "presumed": "vermoedelijk"},
        },
        title_rows=["Payoke — begeleide slachtoffers (SYNTHETISCH)"],
        total_row="Totaal",
    ),
    ActorSpec(
        "pag_asa",
        "victim_centre",
        "person",
        "victim",
        {
            "en": "PAG-ASA (Brussels) — SYNTHETIC",
            "fr": "PAG-ASA (Bruxelles) — SYNTHÉTIQUE",
            "nl": "PAG-ASA (Brussel) — SYNTHETISCH",
        },
        "csv",
        {
            "local_id": "Réf",
            "first_name": "Prénom",
            "last_name": "Nom",
            "birth_date": "Né(e) le",
            "sex": "Genre",
            "citizenship": "Nationalité",
            "exploitation": "Type d'exploitation",
            "status": "Statut",
            "identified_on": "Accueil",
            "sector": "Secteur (NACE)",
        },
        delimiter=";",
        nationality="fr",
        separator="+",
        values={
            "sex": {"F": "femme", "M": "homme"},
            "exploitation": FORM_FR_WORDS,
            "status": {"identified": "identifiée", "presumed": "présumée"},
        },
    ),
    ActorSpec(
        "surya",
        "victim_centre",
        "person",
        "victim",
        {
            "en": "Sürya (Liège) — SYNTHETIC",
            "fr": "Sürya (Liège) — SYNTHÉTIQUE",
            "nl": "Sürya (Luik) — SYNTHETISCH",
        },
        "parquet",
        {
            "local_id": "id_dossier",
            "first_name": "prenom",
            "last_name": "nom",
            "birth_date": "naissance",
            "sex": "sexe",
            "citizenship": "nationalite",
            "exploitation": "exploitation",
            "status": "statut",
            "identified_on": "date_accueil",
            "exploited_from": "debut_exploitation",
            "sector": "secteur_nace",
        },
        date_format="%Y-%m-%d",
        nationality="fr",
        separator=";",
        values={
            "sex": {"F": "F", "M": "M"},
            "exploitation": FORM_FR_WORDS,
            "status": {"identified": "identifiée", "presumed": "présumée"},
        },
    ),
    ActorSpec(
        "prosecution",
        "prosecution",
        "person",
        "justice",
        {
            "en": "College of Prosecutors-General — SYNTHETIC",
            "fr": "Collège des procureurs généraux — SYNTHÉTIQUE",
            "nl": "College van procureurs-generaal — SYNTHETISCH",
        },
        "csv",
        {"stage": "Phase", "sex": "Sexe", "exploitation": "Finalité", "count": "Nombre"},
        delimiter=";",
        encoding="cp1252",
        values={
            "stage": {"suspect": "suspect", "prosecution": "poursuivi"},
            "sex": {"F": "F", "M": "H"},
            "exploitation": FORM_FR,
        },
    ),
    ActorSpec(
        "courts",
        "court",
        "decision",
        "justice",
        {
            "en": "Criminal Policy Service (convictions) — SYNTHETIC",
            "fr": "Service de la politique criminelle (condamnations) — SYNTHÉTIQUE",
            "nl": "Dienst voor het Strafrechtelijk Beleid (veroordelingen) — SYNTHETISCH",
        },
        "xlsx",
        {"stage": "Fase", "sex": "Geslacht", "exploitation": "Vorm", "count": "Aantal"},
        values={
            "stage": {"conviction": "veroordeling"},
            "sex": {"F": "vrouw", "M": "man"},
            "exploitation": FORM_NL,
        },
        title_rows=["Veroordelingen mensenhandel — SYNTHETISCHE GEGEVENS"],
        total_row="Totaal",
    ),
]


def nationality_label(code: str, style: str) -> str:
    if style == "iso":
        return code
    return codelist("citizenship").attr(code, f"name_{style}")


def typo(rng: np.random.Generator, name: str) -> str:
    if len(name) < 3:
        return name
    i = int(rng.integers(1, len(name) - 1))
    op = rng.integers(4)
    if op == 0:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if op == 1:
        return name[:i] + name[i + 1 :]
    if op == 2:
        return name[:i] + name[i] + name[i:]
    vowels = "aeiouy"
    return (
        name[:i] + (vowels[int(rng.integers(len(vowels)))] if name[i] in vowels else name[i]) + name[i + 1 :]
    )


@dataclass
class Written:
    data: bytes
    truth: list[dict[str, Any]]  # one per written record: local_id, person_id, planted


def write_victims(rng: np.random.Generator, spec: ActorSpec, year: int, people: list[Person]) -> Written:
    seen = [p for p in people if p.registered_by(spec.id, year)]
    rows: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    prefix = {
        "police": f"PV/{year}/",
        "inspection": f"SI-{year % 100:02d}-",
        "immigration": f"OE{year}",
        "payoke": f"PK{year}-",
        "pag_asa": f"PA-{year}-",
        "surya": f"SU{year}",
    }.get(spec.id, f"{spec.id}-{year}-")
    copies = [(p, 0) for p in seen] + [(p, 1) for p in seen if rng.random() < spec.self_duplicates]
    order = rng.permutation(len(copies))
    for k, j in enumerate(order, start=1):
        p, _dup = copies[j]
        rows.append(_victim_row(rng, spec, p, f"{prefix}{k:05d}", year))
        truth.append(
            {
                "actor": spec.id,
                "year": year,
                "local_id": rows[-1]["local_id"],
                "person_id": p.person_id,
                "planted": "",
            }
        )
    _plant_errors(rng, spec, rows, truth, year)
    return Written(_serialise(spec, rows, year), truth)


def noisy_identity(rng: np.random.Generator, spec: ActorSpec, p: Person) -> tuple[str, str, dt.date | None]:
    """How an actor writes a person down: typos, swapped names, missing or transposed birth dates."""
    first, last = p.first_name, p.last_name
    if rng.random() < spec.typo_rate:
        first = typo(rng, first)
    if rng.random() < spec.typo_rate:
        last = typo(rng, last)
    if rng.random() < 0.03:
        first, last = last, first
    b = p.birth_date
    birth: dt.date | None = b
    if rng.random() < spec.missing_birth:
        birth = None
    elif rng.random() < 0.02 and b.day <= 12 and b.day != b.month:
        birth = b.replace(day=b.month, month=b.day)
    return first, last, birth


def _victim_row(
    rng: np.random.Generator, spec: ActorSpec, p: Person, local_id: str, year: int
) -> dict[str, Any]:
    first, last, birth = noisy_identity(rng, spec, p)
    values = spec.values
    row: dict[str, Any] = {
        "local_id": local_id,
        "first_name": first,
        "last_name": last,
        "birth_date": birth,
        "sex": "" if rng.random() < 0.02 else values.get("sex", {}).get(p.sex, p.sex),
        "citizenship": spec.separator.join(nationality_label(c, spec.nationality) for c in p.citizenship),
        "exploitation": spec.separator.join(values.get("exploitation", {}).get(f, f) for f in p.forms),
        "status": values.get("status", {}).get(p.status, p.status),
        "identified_on": p.seen[spec.id],
        "sector": p.sector or "",
        # the centres note when the exploitation began if the victim says so: three in four
        "exploited_from": p.exploited_from if int(p.person_id[1:]) % 4 else None,
        "document_number": p.document_number,
    }
    steps = p.steps_in(year) if spec.id == "immigration" else {}
    for m in ("reflection_period", "victim_status", "temporary_permit", "permit_renewal", "permanent_permit"):
        row[f"milestone.{m}"] = steps.get(m)
    return row


def _plant_errors(
    rng: np.random.Generator,
    spec: ActorSpec,
    rows: list[dict[str, Any]],
    truth: list[dict[str, Any]],
    year: int,
) -> None:
    """A few bad rows, as real files have: unknown codes, impossible dates, repeated ids."""
    if len(rows) < 10:
        return
    kinds = ["unknown_code", "impossible_date", "duplicate_id"]
    for k in rng.choice(len(rows) - 1, size=int(rng.integers(1, 4)), replace=False) + 1:
        kind = kinds[int(rng.integers(len(kinds)))]
        if kind == "unknown_code" and "citizenship" in spec.columns:
            rows[k]["citizenship"] = "Atlantide"
        elif kind == "impossible_date" and "identified_on" in spec.columns:
            rows[k]["identified_on"] = f"31/02/{year}" if "%d/%m" in spec.date_format else f"{year}-02-30"
        elif kind == "duplicate_id":
            rows[k]["local_id"] = truth[k]["local_id"] = rows[k - 1]["local_id"]
        else:
            continue
        truth[k]["planted"] = kind


def _transliterate(text: str, encoding: str) -> str:
    """What a system limited to ``encoding`` does to letters it lacks: 'ț' -> 't'."""
    import unicodedata

    out = []
    for ch in text:
        try:
            ch.encode(encoding)
            out.append(ch)
        except UnicodeEncodeError:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base.encode(encoding, "replace").decode(encoding))
    return "".join(out)


def _cell(v: Any, spec: ActorSpec) -> Any:
    if isinstance(v, dt.date):
        return v.strftime(spec.date_format)
    return "" if v is None else v


def _serialise(spec: ActorSpec, rows: list[dict[str, Any]], year: int) -> bytes:
    headers = list(spec.columns.values())
    fields = list(spec.columns)
    if spec.fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=spec.delimiter, lineterminator="\r\n" if spec.crlf else "\n")
        w.writerow(headers)
        for r in rows:
            w.writerow([_cell(r.get(f), spec) for f in fields])
        data = _transliterate(buf.getvalue(), spec.encoding).encode(spec.encoding)
        return (b"\xef\xbb\xbf" + data) if spec.bom else data
    if spec.fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = f"{year}"
        for t in spec.title_rows:
            ws.append([t])
        if spec.title_rows:
            ws.append([])
        ws.append(headers)
        for r in rows:
            ws.append(
                [r.get(f) if isinstance(r.get(f), (dt.date, int)) else _cell(r.get(f), spec) for f in fields]
            )
        if spec.total_row:
            total: list[Any] = [spec.total_row] + [""] * (len(fields) - 1)
            if "count" in fields:
                total[fields.index("count")] = sum(
                    r["count"] for r in rows if isinstance(r.get("count"), int)
                )
            else:
                total[1] = len(rows)
            ws.append(total)
        wb.properties.title = "SYNTHETIC DATA"
        return workbook_bytes(wb)
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols: dict[str, Any] = {}
    for f, h in zip(fields, headers, strict=True):
        vals = [r.get(f) for r in rows]
        is_date = any(isinstance(v, dt.date) for v in vals) and all(
            v is None or isinstance(v, dt.date) for v in vals
        )
        cols[h] = (
            pa.array(vals, pa.date32())
            if is_date
            else pa.array(["" if v is None else str(v) for v in vals], pa.string())
        )
    table = pa.table(cols).replace_schema_metadata({"synthetic": "true"})
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


def write_justice(spec: ActorSpec, year: int, counts: dict[tuple[str, str, str], int]) -> Written:
    """Aggregate rows (stage, sex, form) -> count; the courts mask 1–4 as '<5'."""
    rows = []
    truth = []
    for (stage, sex, form), n in sorted(counts.items()):
        if stage not in spec.values["stage"]:
            continue
        shown: Any = n
        if spec.kind == "court" and 0 < n < 5:
            shown = "<5"
        rows.append(
            {
                "stage": spec.values["stage"][stage],
                "sex": spec.values["sex"].get(sex, "") if sex else "",
                "exploitation": spec.values["exploitation"][form],
                "count": shown,
            }
        )
        truth.append({"actor": spec.id, "year": year, "stage": stage, "sex": sex, "form": form, "count": n})
    return Written(_serialise(spec, rows, year), truth)


def justice_counts(
    rng: np.random.Generator, people: list[Person], year: int
) -> dict[tuple[str, str, str], int]:
    """Synthetic suspects, prosecutions and convictions, scaled on the police's victims."""
    victims = [p for p in people if p.year == year and "police" in p.seen]
    counts: dict[tuple[str, str, str], int] = {}
    for p in victims:
        for _ in range(int(rng.poisson(0.9))):
            sex = "M" if rng.random() < 0.75 else "F"
            if rng.random() < 0.05:
                sex = ""
            form = p.forms[0] if p.forms[0] in FORM_FR else "sexual"
            stages = ["suspect"]
            if rng.random() < 0.55:
                stages.append("prosecution")
                if rng.random() < 0.6:
                    stages.append("conviction")
            for s in stages:
                counts[(s, sex, form)] = counts.get((s, sex, form), 0) + 1
    return counts
