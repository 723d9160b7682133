"""Workspace settings (``rapporteur.toml``): typed, each with a default and a help text."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import tomlkit
import tomlkit.exceptions
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rapporteur.errors import UserError
from rapporteur.languages import LANGUAGES
from rapporteur.languages import Lang as Language

SETTINGS_FILE = "rapporteur.toml"


def _all_languages() -> list[Language]:
    return list(LANGUAGES)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WorkspaceSettings(_Section):
    name: str = Field("Rapporteur workspace", description="Name shown on reports and listings.")
    country: str = Field(
        "BE",
        pattern=r"^[A-Z]{2}$",
        description="Reporting country, ISO 3166-1 alpha-2 (decides the 'national' citizenship group).",
    )
    languages: list[Language] = Field(
        default_factory=_all_languages, description="Languages of publications."
    )


class PublicationSettings(_Section):
    publisher: dict[str, str] = Field(
        default_factory=dict,
        description="The publishing body's name in each language, e.g. {fr = '…', nl = '…', en = '…'}.",
    )
    responsible_editor: str = Field(
        "", description="Responsible editor (éditeur responsable / verantwoordelijke uitgever)."
    )
    contact: str = Field("", description="Postal address, e-mail or web address printed in the report.")
    legal_deposit: str = Field("", description="Legal deposit number (e.g. D/2014/12.345/6), if any.")


class DatabaseSettings(_Section):
    url: str = Field(
        "sqlite:///rapporteur.db",
        description="SQLAlchemy URL of the database of record. A relative SQLite path "
        "is taken from the workspace folder; for a team, a PostgreSQL URL such as "
        "postgresql+psycopg://user@host/dbname (the password in ~/.pgpass or PGPASSWORD, not here).",
    )
    lock_timeout: float = Field(
        300.0,
        ge=0,
        description="Seconds a change waits for the workspace lock held by another change before "
        "giving up (0: do not wait). The lock is a PostgreSQL advisory lock, or a file lock on SQLite.",
    )


class ArchiveSettings(_Section):
    path: str = Field(
        "archive",
        description="Folder of raw submissions, content-addressed by SHA-256; relative to the workspace.",
    )


class PrivacySettings(_Section):
    key_file: str = Field(
        "secrets/identity.key",
        description="Key that encrypts identifiers at rest (names, birth dates, "
        "document numbers). Keep it out of backups you share.",
    )


class IngestSettings(_Section):
    max_file_mb: int = Field(
        500,
        ge=1,
        description="Largest submission accepted, in MB; larger files are archived, marked failed and "
        "not read (a file is validated in memory: about 15 bytes of memory per byte of CSV).",
    )
    xlsx_max_uncompressed_mb: int = Field(
        200,
        ge=1,
        description="Largest size an XLSX workbook may unpack to, in MB, checked from the zip "
        "directory before the workbook is opened (a decompression bomb is refused at once).",
    )
    xlsx_max_rows: int = Field(
        1_000_000, ge=1, description="Most rows read from an XLSX sheet; a larger sheet is refused."
    )
    out_of_year: Literal["warn", "reject"] = Field(
        "warn",
        description="An identification date outside the submission's reference year, or a milestone "
        "date (victim status, permit, ...) after it: warn keeps the row and stores a warning; "
        "reject rejects the row (rule out_of_year).",
    )
    citizenship_composition: Literal["EU27_2020", "AT_YEAR"] = Field(
        "EU27_2020",
        description="EU composition for the citizenship groups: EU27_2020 for every "
        "year (Eurostat's current series) or AT_YEAR (membership on 1 July "
        "of the reference year).",
    )


class DisclosureSettings(_Section):
    method: Literal["suppression", "rounding"] = Field(
        "suppression",
        description="Disclosure control of every published table: suppression (small counts and "
        "the cells that would reveal them) or rounding to a base.",
    )
    threshold: int = Field(
        5,
        ge=2,
        description="Counts from 1 to threshold - 1 are suppressed (shown as '<5' for the default 5).",
    )
    rounding_base: int = Field(5, ge=2, description="Base of rounding when method = rounding.")
    withhold_share: float = Field(
        1.0,
        ge=0,
        le=1,
        description="A report table whose hidden cells (suppressed, not counting the totals) are more "
        "than this share of its cells is not printed: a sentence says why, and the table stays in "
        "the tables spreadsheet and CSV. 1 (the default) prints every table; 0.5 withholds tables more "
        "than half hidden. See docs/decisions/0027.",
    )


class LinkageSettings(_Section):
    threshold: float = Field(
        0.8,
        gt=0,
        lt=1,
        description="Match probability at or above which two records are the same person "
        "(clusters are the connected pairs). Chosen on the synthetic world; see docs/methodology/linkage.md.",
    )
    engine: Literal["duckdb", "spark"] = Field(
        "duckdb",
        description="Linkage backend the Splink recipe runs on: 'duckdb' (in process, on this machine); "
        "'spark' is reserved for a Spark engine, not available in this version.",
    )
    memory_limit: str = Field(
        "",
        description="DuckDB memory limit of a linkage (e.g. '6GB'); empty: half the machine's memory, "
        "at most 6 GB.",
    )


def _default_lists() -> dict[str, list[str]]:
    return {
        "police": ["police"],
        "inspection": ["inspection"],
        "immigration": ["immigration"],
        "centres": ["payoke", "pag_asa", "surya"],
    }


class EstimateSettings(_Section):
    lists: dict[str, list[str]] = Field(
        default_factory=_default_lists,
        description="Lists of multiple systems estimation: list name -> actor ids whose persons form "
        "it (e.g. the three victim centres as one list). Actors not named are left out.",
    )
    method: Literal["stepwise", "main", "bic"] = Field("stepwise", description="Model selection method.")
    threshold: float = Field(0.02, gt=0, lt=1, description="p-value threshold of the stepwise method.")
    bootstrap: int = Field(
        0, ge=0, description="BCa bootstrap resamples for the interval (0: normal interval on the log scale)."
    )
    seed: int = Field(1, description="Random seed of the bootstrap.")
    strata: list[Literal["sex", "age_group", "form"]] = Field(
        default_factory=list, description="Strata estimated separately (and summed) besides the total."
    )
    linkage_thresholds: list[float] = Field(
        default_factory=lambda: [-0.1, 0.1],
        description="Sensitivity of the total to the linkage: the estimate again with the persons of "
        "the linkage's stored pairs clustered at its threshold plus each of these offsets "
        "(kept within 0.01–0.99).",
    )


class PortalSettings(_Section):
    max_upload_mb: int = Field(
        50,
        ge=1,
        description="Largest file the portal accepts in one upload, in MB; a larger request is refused "
        "(413) from its Content-Length or as soon as more bytes arrive, before the file is read.",
    )
    session_hours: float = Field(
        8, gt=0, description="How long a portal session stays valid after login, in hours."
    )
    login_attempts_per_minute: int = Field(
        10,
        ge=1,
        description="Wrong passwords allowed per account and per client address in one minute; "
        "further attempts are refused (429) until the minute has passed.",
    )
    https: bool = Field(
        False,
        description="Set when the portal is served behind TLS (a reverse proxy): cookies are then "
        "marked Secure and HSTS is sent. Requests that arrive as https get Secure cookies anyway.",
    )
    session_key_file: str = Field(
        "secrets/portal-session.key",
        description="Key that signs the portal's session cookies (made at the first 'rapporteur "
        "serve'); replacing it logs everyone out.",
    )


class Settings(_Section):
    workspace: WorkspaceSettings = Field(
        default_factory=WorkspaceSettings, description="The workspace itself."
    )
    publication: PublicationSettings = Field(
        default_factory=PublicationSettings, description="Publisher, contact and legal deposit."
    )
    database: DatabaseSettings = Field(
        default_factory=DatabaseSettings, description="The database of record."
    )
    archive: ArchiveSettings = Field(default_factory=ArchiveSettings, description="Raw submissions.")
    privacy: PrivacySettings = Field(
        default_factory=PrivacySettings, description="Identifiers and their key."
    )
    ingest: IngestSettings = Field(default_factory=IngestSettings, description="Reading actors' files.")
    disclosure: DisclosureSettings = Field(
        default_factory=DisclosureSettings, description="Statistical disclosure control."
    )
    linkage: LinkageSettings = Field(default_factory=LinkageSettings, description="Record linkage.")
    estimate: EstimateSettings = Field(
        default_factory=EstimateSettings, description="Multiple systems estimation."
    )
    portal: PortalSettings = Field(default_factory=PortalSettings, description="The web portal.")


class SettingsError(UserError, ValueError):
    pass


def load(path: Path) -> Settings:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(
            f"{path}: not valid TOML ({e}); fix the file or run 'rapporteur init' "
            "in a new folder to see the defaults"
        ) from e
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        msgs = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise SettingsError(f"{path}: {msgs}") from e


def describe() -> list[tuple[str, str, Any, str]]:
    """(section, key, default, help) for every setting, in file order."""
    out = []
    defaults = Settings()
    for sname, sfield in Settings.model_fields.items():
        section = getattr(defaults, sname)
        for key, f in type(section).model_fields.items():
            out.append((sname, key, getattr(section, key), f.description or ""))
        del sfield
    return out


def _toml(value: Any) -> str:
    """A TOML value: JSON is valid TOML for strings, numbers, booleans and arrays, not for tables."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


def render(settings: Settings | None = None) -> str:
    """The settings as TOML, every key preceded by its help text."""
    settings = settings or Settings()
    lines = ["# Rapporteur workspace settings. Every key has a default; delete a key to use it.", ""]
    for sname, sfield in Settings.model_fields.items():
        lines.append(f"# {sfield.description}")
        lines.append(f"[{sname}]")
        section = getattr(settings, sname)
        for key, f in type(section).model_fields.items():
            lines.append(f"# {f.description}")
            lines.append(f"{key} = {_toml(getattr(section, key))}")
        lines.append("")
    return "\n".join(lines)


def _item(value: Any) -> Any:
    """A TOML item for ``value``: a mapping stays inline (``{ a = 1 }``) as ``render`` writes it."""
    if isinstance(value, dict):
        table = tomlkit.inline_table()
        table.update({k: _item(v) for k, v in value.items()})
        return table
    return value


def update(path: Path, changes: dict[str, Any]) -> Settings:
    """Set the given settings (``{"estimate.strata": ["sex"]}``) in the file at ``path`` and
    nothing else: comments, layout, order and every other key stay as the user left them. A key
    missing from the file is added at the end of its section. The file is rewritten only when the
    result is valid; returns the settings in force afterwards."""
    text = path.read_text("utf-8") if path.exists() else ""
    try:
        doc = tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as e:
        raise SettingsError(f"{path}: not valid TOML ({e}); fix the file before changing settings") from e
    for dotted, value in changes.items():
        section, _, key = dotted.partition(".")
        fields = Settings.model_fields
        if section not in fields or key not in type(getattr(Settings(), section)).model_fields:
            raise SettingsError(f"{dotted}: no such setting; see docs/settings.md")
        if section not in doc:
            doc.add(section, tomlkit.table())
        table = doc[section]
        if not isinstance(table, dict):
            raise SettingsError(f"{path}: [{section}] is not a table")
        table[key] = _item(value)
    new = tomlkit.dumps(doc)
    try:
        settings = Settings.model_validate(tomllib.loads(new))
    except ValidationError as e:
        msgs = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise SettingsError(f"{path}: {msgs}") from e
    path.write_text(new, "utf-8")
    return settings


def type_name(annotation: Any) -> str:
    """A setting's type as docs/settings.md writes it: ``str``, ``int``, ``"a" | "b"``,
    ``list["fr" | "nl" | "en"]``, ``dict[str, list[str]]``."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return " | ".join(json.dumps(a) for a in args)
    if origin in (list, dict):
        return f"{origin.__name__}[{', '.join(type_name(a) for a in args)}]"
    return str(getattr(annotation, "__name__", annotation))


def docs_table() -> str:
    """The table of every setting (name, type, default, help text) of docs/settings.md, generated
    from the settings classes by ``tools/gen_docs.py settings``."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| setting | type | default | help |", "|---|---|---|---|"]
    for sname in Settings.model_fields:
        section = getattr(Settings(), sname)
        for key, f in type(section).model_fields.items():
            lines.append(
                f"| `{sname}.{key}` | `{cell(type_name(f.annotation))}` "
                f"| `{cell(_toml(getattr(section, key)))}` | {cell(f.description or '')} |"
            )
    return "\n".join(lines) + "\n"
