"""The worked examples of docs/mappings.md are valid mappings, and its defaults are the code's."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from rapporteur.ingest.mapping import FileSpec, Mapping

DOC = Path(__file__).parents[2] / "docs" / "mappings.md"


def _examples() -> list[dict]:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return [yaml.safe_load(b) for b in blocks]


def test_every_yaml_example_is_a_valid_mapping():
    examples = _examples()
    assert len(examples) == 4
    formats = {Mapping.model_validate(e).file.format for e in examples}
    assert formats == {"csv", "xlsx", "parquet"}


def test_documented_file_defaults_are_the_code_defaults():
    documented = _examples()[0]["file"]
    defaults = FileSpec().model_dump()
    for key in ("missing", "confidential", "total_labels", "yes", "no", "date_formats", "delimiter"):
        assert documented[key] == defaults[key], key
    assert set(documented) == set(defaults)
