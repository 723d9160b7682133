"""docs/settings.md is generated from config.py (every setting's name, type, default and help
text), and a settings change by Rapporteur keeps the user's hand edits of rapporteur.toml."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

from rapporteur import config
from rapporteur import workspace as wsp

ROOT = Path(__file__).parents[1]
DOC = ROOT / "docs" / "settings.md"


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "tools" / "gen_docs.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_settings_md_is_the_generated_text():
    text = DOC.read_text("utf-8")
    assert text == _gen_docs().settings_doc(text), "run: uv run python tools/gen_docs.py settings"


def test_every_setting_s_row_gives_its_name_type_default_and_help_text():
    rows = {}
    for line in DOC.read_text("utf-8").splitlines():
        m = re.fullmatch(r"\| `([a-z_]+\.[a-z_]+)` \| `(.*)` \| `(.*)` \| (.*) \|", line)
        if m:
            rows[m.group(1)] = tuple(c.replace("\\|", "|") for c in m.groups()[1:])
    expected = {}
    for section, key, default, help_text in config.describe():
        field = type(getattr(config.Settings(), section)).model_fields[key]
        expected[f"{section}.{key}"] = (config.type_name(field.annotation), config._toml(default), help_text)
    assert rows == expected
    assert rows["disclosure.threshold"] == ("int", "5", expected["disclosure.threshold"][2])
    assert rows["disclosure.method"][0] == '"suppression" | "rounding"'
    # a default written in the docs is the value a TOML file would hold
    for name, (_, default, _) in rows.items():
        section, key = name.split(".")
        assert tomllib.loads(f"v = {default}")["v"] == getattr(getattr(config.Settings(), section), key)


def test_the_check_fails_on_a_stale_table():
    text = DOC.read_text("utf-8").replace("Model selection method.", "Model selection.")
    assert _gen_docs().settings_doc(text) != text


@pytest.fixture
def toml(tmp_path) -> Path:
    ws = wsp.init(tmp_path / "w")
    ws.close()
    return tmp_path / "w" / config.SETTINGS_FILE


def test_update_keeps_hand_comments_and_hand_edited_values(toml):
    text = toml.read_text("utf-8")
    text = text.replace('name = "Rapporteur workspace"', 'name = "Myria 2024"  # agreed with the board')
    text = text.replace("[estimate]", "# hand note: strata below\n[estimate]")
    toml.write_text(text, "utf-8")
    settings = config.update(toml, {"estimate.strata": ["sex"], "disclosure.threshold": 10})
    after = toml.read_text("utf-8")
    assert after == text.replace("strata = []", 'strata = ["sex"]').replace("threshold = 5", "threshold = 10")
    assert settings.estimate.strata == ["sex"] and settings.workspace.name == "Myria 2024"
    assert config.load(toml) == settings


def test_update_adds_a_deleted_key_and_keeps_the_rest(toml):
    text = toml.read_text("utf-8").replace("strata = []\n", "")
    toml.write_text(text, "utf-8")
    config.update(toml, {"estimate.strata": ["form"], "estimate.lists": {"a": ["police"], "b": ["court"]}})
    after = toml.read_text("utf-8")
    assert 'strata = ["form"]' in after and 'lists = {a = ["police"], b = ["court"]}' in after
    assert after.startswith(text.split("lists =")[0])


def test_a_bad_update_leaves_the_file_as_it_was(toml):
    before = toml.read_text("utf-8")
    with pytest.raises(config.SettingsError, match=r"estimate\.strata"):
        config.update(toml, {"estimate.strata": ["colour"]})
    with pytest.raises(config.SettingsError, match="no such setting"):
        config.update(toml, {"estimate.colour": 1})
    assert toml.read_text("utf-8") == before
