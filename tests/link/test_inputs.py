"""Person files: clear errors naming file, row and column; nothing written on error; no personal
data in messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rapporteur.cli import app
from rapporteur.link import LinkInputError, encode_file, link_file
from rapporteur.link.files import clear_table
from rapporteur.link.prepare import fold, phonetic

HEADER = "record_id,source,first_name,last_name,birth_date,sex,citizenship"


def _file(tmp_path: Path, lines: list[str], name: str = "in.csv") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["record_id,source,first_name", "1,a,Ion"], "missing column(s) last_name, birth_date, sex"),
        ([], "the file is empty"),
        ([HEADER], "has a header but no records"),
        ([HEADER, "1,police,Ion,Popa,1990-01-02,M,RO", "1,police,Ana,Popa,,F,RO"], "row 3, column record_id"),
        ([HEADER, "1,police,Ion,Popa,1990-02-30,M,RO"], "row 2, column birth_date"),
        ([HEADER, "1,police,Ion,Popa,02/01/1990,M,RO"], "row 2, column birth_date"),
        ([HEADER, "1,police,Ion,Popa,1990-01-02,H,RO"], "row 2, column sex"),
        ([HEADER, "1,police,Ion,Popa,1990-01-02,M,Roumanie"], "row 2, column citizenship"),
        ([HEADER, "1,police,Ion,Popa,1990-01-02,M,RO", "2,police,Ana,Po"], "row 3 has 4 fields"),
    ],
)
def test_bad_files_are_refused_before_anything_is_written(
    tmp_path: Path, lines: list[str], expected: str
) -> None:
    src = _file(tmp_path, lines)
    key = tmp_path / "k"
    key.write_bytes(b"0123456789abcdef0123456789abcdef")
    for run in (
        lambda: link_file(src, tmp_path / "clusters.csv"),
        lambda: encode_file(src, key, tmp_path / "encoded.csv"),
    ):
        with pytest.raises(LinkInputError) as e:
            run()
        assert expected in str(e.value)
        assert str(src) in str(e.value)
        assert "1990" not in str(e.value), "a birth date leaked into an error message"
    assert not list(tmp_path.glob("clusters.csv*")) and not list(tmp_path.glob("encoded.csv*"))
    assert not list(tmp_path.glob(".*partial"))


def test_not_utf8_and_short_key(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes((HEADER + "\n1,police,Çelik,Ayşe,,F,TR\n").encode("cp1254"))
    with pytest.raises(LinkInputError, match="not UTF-8"):
        link_file(src, tmp_path / "o.csv")
    good = _file(tmp_path, [HEADER, "1,police,Ion,Popa,1990-01-02,M,RO"], "good.csv")
    (tmp_path / "k").write_bytes(b"short")
    with pytest.raises(LinkInputError, match="shorter than 16 bytes"):
        encode_file(good, tmp_path / "k", tmp_path / "e.csv")
    with pytest.raises(LinkInputError, match="cannot read the key file"):
        encode_file(good, tmp_path / "missing.key", tmp_path / "e.csv")


def test_cli_exit_code_and_message(tmp_path: Path) -> None:
    src = _file(tmp_path, [HEADER, "1,police,Ion,Popa,1990-01-02,M,RO", "1,police,Ion,Popa,,M,RO"])
    r = CliRunner().invoke(app, ["link-file", str(src), "--out", str(tmp_path / "c.csv")])
    assert r.exit_code == 2
    assert "row 3, column record_id" in r.output
    assert not (tmp_path / "c.csv").exists()


def test_encoded_file_with_foreign_columns_is_refused(tmp_path: Path) -> None:
    src = _file(
        tmp_path,
        ["record_id,source,first_bf,last_bf,birth_bf,sex,citizenship", "1,police,zz,ab,,M,RO"],
    )
    with pytest.raises(LinkInputError, match="row 2, column first_bf: not an encoding"):
        link_file(src, tmp_path / "c.csv", encoded=True)


def test_fold_and_sound_codes() -> None:
    assert fold("Cătălin-Ionuț") == "catalin ionut"
    assert fold("  ÉLODIE  d'Hondt ") == "elodie d hondt"
    assert fold(None) == ""
    assert phonetic(fold("Mohamed")) == phonetic(fold("Mohammed"))
    assert phonetic("") == ""


def test_implausible_birth_date_is_not_compared_in_either_mode(tmp_path: Path) -> None:
    # a register's typing slip (born 1890 or next century) must not stop the whole file: the
    # record is kept and links on its names like a record without a birth date
    lines = [HEADER, "1,police,Ion,Popa,1890-01-02,M,RO", "2,centre,Ion,Popa,2190-01-02,M,RO"]
    src = _file(tmp_path, lines)
    key = tmp_path / "k"
    key.write_bytes(b"0123456789abcdef0123456789abcdef")
    clear = clear_table(src)
    assert clear.num_rows == 2 and clear.column("birth_date").null_count == 2
    n = encode_file(src, key, tmp_path / "encoded.csv")
    assert n == 2
    again = encode_file(
        _file(tmp_path, [HEADER, "1,police,Ion,Popa,,M,RO", "2,centre,Ion,Popa,,M,RO"], "b.csv"),
        key,
        tmp_path / "encoded_b.csv",
    )
    assert again == 2
    birth = [row.split(",")[4] for row in (tmp_path / "encoded.csv").read_text("utf-8").splitlines()[1:]]
    blank = [row.split(",")[4] for row in (tmp_path / "encoded_b.csv").read_text("utf-8").splitlines()[1:]]
    assert birth == blank, "an implausible date must be encoded exactly like a missing one"
