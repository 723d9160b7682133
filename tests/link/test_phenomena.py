"""Real-register phenomena: placeholder birth dates, the whole name in one field, Cyrillic,
particles, and common-name namesakes, planted in a generated world that trains the model."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rapporteur.demo.persons import COLUMNS, person_file
from rapporteur.link import encode_file, link_file
from rapporteur.link.cluster import compatible_dates
from rapporteur.link.prepare import fold, name_tokens

# (record_id, source, first, last, birth, sex, citizenship); same tag = same person
PLANTED = [
    ("zp1", "police", "Gabor", "Nagyvary", "1996-03-14", "M", "HU"),
    ("zp2", "centre1", "Gábor", "Nagyváry", "1996-01-01", "M", "HU"),  # placeholder, same year
    ("zp3", "centre2", "GABOR", "NAGYVARY", "1997-01-01", "M", "HU"),  # an age converted: one off
    ("zp4", "inspection", "Gabor", "Nagyvary", "1996", "M", "HU"),  # a year alone
    ("zw1", "police", "Rahul", "Sharmaji", "1999-09-03", "M", "IN"),
    ("zw2", "inspection", "", "RAHUL SHARMAJI", "1999-09-03", "M", "IN"),  # whole name in one field
    ("zw3", "centre3", "SHARMAJI", "Rahul", "1999-09-03", "M", "IN"),  # family name first
    ("zc1", "centre2", "Олександр", "Коваленкович", "1988-08-11", "M", "UA"),
    ("zc2", "police", "Oleksandr", "Kovalenkovich", "1988-08-11", "M", "UA"),
    ("zl1", "police", "Mohamed", "El Amranix", "1990-07-14", "M", "MA"),
    ("zl2", "centre1", "Mohamed", "Elamranix", "1990-07-14", "M", "MA"),
]
TRUTH = {
    "zp1": "P",
    "zp2": "P",
    "zp3": "P",
    "zp4": "P",
    "zw1": "W",
    "zw2": "W",
    "zw3": "W",
    "zc1": "C",
    "zc2": "C",
}
TRUTH |= {"zl1": "L", "zl2": "L"}


def _read(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


@pytest.fixture(scope="module")
def linked(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, str], dict[str, str], list[list[str]]]:
    tmp = tmp_path_factory.mktemp("phenomena")
    pf = person_file(11, 600, name_variety=4)
    # a common name of the world, twice with different full birth dates: namesakes
    counts: dict[tuple[str, str], int] = {}
    for r in pf.rows:
        counts[(r[2], r[3])] = counts.get((r[2], r[3]), 0) + 1
    (first, last), _ = max(counts.items(), key=lambda kv: kv[1])
    namesakes = [
        ["zn1", "police", first, last, "1971-04-23", "F", "RO"],
        ["zn2", "centre1", first, last, "1985-11-02", "F", "RO"],
    ]
    src = tmp / "persons.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(pf.rows)
        w.writerows([list(p) for p in PLANTED])
        w.writerows(namesakes)
    link_file(src, tmp / "clear.csv")
    (tmp / "key").write_text("a key shared by the actors only, 32+ bytes")
    encode_file(src, tmp / "key", tmp / "enc.csv")
    link_file(tmp / "enc.csv", tmp / "encoded.csv", encoded=True)
    return _read(tmp / "clear.csv"), _read(tmp / "encoded.csv"), namesakes


def _together(found: dict[str, str], ids: list[str]) -> bool:
    return len({found[i] for i in ids}) == 1


def test_placeholder_birth_dates_link_to_full_dates_of_the_same_year(linked) -> None:
    clear, encoded, _ = linked
    assert _together(clear, ["zp1", "zp2", "zp3", "zp4"])
    assert _together(encoded, ["zp1", "zp2"])


def test_the_whole_name_in_one_field_or_family_name_first_links(linked) -> None:
    clear, encoded, _ = linked
    assert _together(clear, ["zw1", "zw2", "zw3"])
    assert _together(encoded, ["zw1", "zw2", "zw3"])


def test_cyrillic_and_joined_particles_link(linked) -> None:
    clear, _, _ = linked
    assert _together(clear, ["zc1", "zc2"])
    assert _together(clear, ["zl1", "zl2"])


def test_common_name_namesakes_with_different_birth_dates_stay_apart(linked) -> None:
    clear, encoded, namesakes = linked
    a, b = namesakes[0][0], namesakes[1][0]
    assert clear[a] != clear[b]
    assert encoded[a] != encoded[b]


def test_planted_persons_are_not_merged_with_each_other(linked) -> None:
    clear, _, _ = linked
    assert len({clear[i] for i in TRUTH}) == len(set(TRUTH.values()))


def test_name_tokens_pool_fields_and_normalise_particles() -> None:
    assert name_tokens(fold("Mohamed"), fold("El-Amrani")) == ["amrani", "mohamed"]
    assert name_tokens("", fold("AMRANI Mohamed")) == ["amrani", "mohamed"]
    assert name_tokens(fold("Maria"), fold("Cardoso Dasilva")) == ["cardoso", "maria", "silva"]
    assert fold("Олександр Іванова") == "oleksandr ivanova"


def test_placeholders_are_compatible_with_dates_of_their_year() -> None:
    assert compatible_dates("2005-01-01", "2005-12-21")
    assert compatible_dates("2005-07-01", "2005-03-02")
    assert compatible_dates("2005-01-01", "2004-03-02")  # an age converted to a year, one off
    assert not compatible_dates("2005-01-01", "2007-03-02")
    assert not compatible_dates("2005-03-04", "2005-12-21")  # two full dates of one year
