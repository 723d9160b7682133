from __future__ import annotations

import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from rapporteur import config
from rapporteur import workspace as wsp
from rapporteur.store import db
from rapporteur.store.schema import metadata

ROOT = Path(__file__).parents[1]


def test_init_creates_settings_database_archive_and_private_key(tmp_path):
    w = wsp.init(tmp_path / "w", country="nl")
    assert w.settings.workspace.country == "NL"
    assert (w.path / "rapporteur.toml").exists() and (w.path / "rapporteur.db").exists()
    assert w.archive_dir.is_dir()
    assert stat.S_IMODE(w.key_path.stat().st_mode) == 0o600
    assert len(w.identity_key()) == 32
    assert db.is_current(w.engine)
    with pytest.raises(wsp.WorkspaceError, match="already a workspace"):
        wsp.init(tmp_path / "w")


def test_migrations_produce_the_declared_schema(tmp_path):
    w = wsp.init(tmp_path / "w")
    with w.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_settings_round_trip_and_bad_values_are_named(tmp_path):
    text = config.render()
    p = tmp_path / "rapporteur.toml"
    p.write_text(text, "utf-8")
    assert config.load(p) == config.Settings()
    p.write_text(text.replace('country = "BE"', 'country = "Belgium"'), "utf-8")
    with pytest.raises(config.SettingsError, match=r"workspace\.country"):
        config.load(p)
    p.write_text("[workspace\n", "utf-8")
    with pytest.raises(config.SettingsError, match="not valid TOML"):
        config.load(p)


def test_every_setting_is_documented():
    guide = (ROOT / "docs" / "settings.md").read_text("utf-8")
    for section, key, _default, help_text in config.describe():
        assert f"`{section}.{key}`" in guide, f"{section}.{key} missing from docs/settings.md"
        assert help_text
