"""The linkage model: Splink comparisons and blocking rules for clear and encoded persons.

Written once with Splink's dialect-aware level library; the few custom SQL conditions are
DuckDB SQL that Splink translates (sqlglot) when another backend runs them. Nothing here
assumes DuckDB.
"""

from __future__ import annotations

from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

from rapporteur.link.encode import FIELD_BITS

NAME_JW = (0.92, 0.8)
DICE = (0.88, 0.8)  # balanced filters: unrelated names score about 0.6, one typo about 0.9


def _custom(sql: str, label: str) -> cll.CustomLevel:
    return cll.CustomLevel(sql, label_for_charts=label, base_dialect_str="duckdb")


def _cover(a: str, b: str) -> str:
    """SQL: how well the tokens of ``a`` are found in ``b``: the smallest, over the tokens of
    ``a``, of the best Jaro-Winkler similarity to a token of ``b`` (1.0: every token is there)."""
    best = f"list_max(list_transform({b}, lambda y: jaro_winkler_similarity(x, y)))"
    return f"list_min(list_transform({a}, lambda x: {best}))"


L, R = "name_tokens_l", "name_tokens_r"
_SHORTER_HAS_2 = f"least(len({L}), len({R})) >= 2"


def _names() -> Any:
    """All name tokens of both fields pooled, sorted and without particles (``name_tokens``): the
    same person's name whichever field holds which part, in which order, with a second given
    name or second surname dropped. Levels from the same token key (with term-frequency
    adjustment: a common name weighs less) down to one token in common."""
    hi, lo = NAME_JW
    return cl.CustomComparison(
        output_column_name="name",
        comparison_description="Name tokens: same key, same up to typos, one contains the other, ...",
        comparison_levels=[
            cll.NullLevel("name_key"),
            cll.ExactMatchLevel("name_key").configure(tf_adjustment_column="name_key"),
            _custom(
                f"{_cover(L, R)} >= {hi} AND {_cover(R, L)} >= {hi}", f"same tokens, Jaro-Winkler >= {hi}"
            ),
            # field by field, as written: catches a name split or joined by a typo ('har risn')
            cll.And(cll.JaroWinklerLevel("first_name", hi), cll.JaroWinklerLevel("last_name", hi)),
            _custom(
                f"{_SHORTER_HAS_2} AND (list_has_all({L}, {R}) OR list_has_all({R}, {L}))",
                "one name contains the other (two tokens or more)",
            ),
            _custom(
                f"{_SHORTER_HAS_2} AND greatest({_cover(L, R)}, {_cover(R, L)}) >= {hi}",
                f"one name contains the other up to typos (Jaro-Winkler >= {hi})",
            ),
            cll.And(cll.JaroWinklerLevel("first_name", lo), cll.JaroWinklerLevel("last_name", lo)),
            _custom(
                f"{_cover(L, R)} >= {lo} AND {_cover(R, L)} >= {lo}", f"same tokens, Jaro-Winkler >= {lo}"
            ),
            _custom(
                f"greatest({_cover(L, R)}, {_cover(R, L)}) >= {hi}",
                "a one-token name found in the other",
            ),
            _custom(f"len(list_intersect({L}, {R})) >= 1", "one token in common"),
            cll.ElseLevel(),
        ],
    )


# Placeholder birth dates: 1 January and 1 July stand for "only the year is known" (and an age
# converted to a year can be one year off)
_PH = "('01-01', '07-01')"


def _placeholder(side: str) -> str:
    return f"substr(birth_date_{side}, 6, 5) IN {_PH}"


_EITHER_PH = f"({_placeholder('l')} OR {_placeholder('r')})"
_YEAR_L, _YEAR_R = (
    "CAST(substr(birth_date_l, 1, 4) AS INTEGER)",
    "CAST(substr(birth_date_r, 1, 4) AS INTEGER)",
)


def clear_comparisons() -> list[Any]:
    b = "birth_date"
    birth = cl.CustomComparison(
        output_column_name="birth",
        comparison_description="Birth date: exact, placeholder of the same year, transposed, typos, year +-1",
        comparison_levels=[
            cll.NullLevel(b),
            _custom(f"birth_date_l = birth_date_r AND NOT {_placeholder('l')}", "exact (a full date)"),
            _custom(
                f"substr(birth_date_l, 1, 4) = substr(birth_date_r, 1, 4) AND {_EITHER_PH}",
                "same year, one side a placeholder (1 January or 1 July)",
            ),
            _custom(
                "substr(birth_date_l, 1, 4) = substr(birth_date_r, 1, 4) "
                "AND substr(birth_date_l, 6, 2) = substr(birth_date_r, 9, 2) "
                "AND substr(birth_date_l, 9, 2) = substr(birth_date_r, 6, 2)",
                "day and month transposed",
            ),
            # before the typo levels, which would take '2006-01-01' and '2007-01-01'
            _custom(
                f"abs({_YEAR_L} - {_YEAR_R}) = 1 AND {_EITHER_PH}",
                "year one apart, one side a placeholder (an age converted to a year)",
            ),
            cll.DamerauLevenshteinLevel(b, 1),
            cll.DamerauLevenshteinLevel(b, 2),
            cll.ElseLevel(),
        ],
    )
    return [
        _names(),
        birth,
        cl.ExactMatch("sex"),
        cl.ExactMatch("citizenship"),
    ]


def document_comparison(encoded: bool) -> Any:
    """Passport or identity document number, when the files carry one: exact, one typo, else."""
    if encoded:
        return cl.CustomComparison(
            output_column_name="document",
            comparison_description="Dice similarity of the document-number encodings",
            comparison_levels=[
                cll.NullLevel("document_bf"),
                cll.ExactMatchLevel("document_bf"),
                _custom(f"{_dice('document')} >= {DICE[0]}", f"Dice >= {DICE[0]}"),
                cll.ElseLevel(),
            ],
        )
    return cl.CustomComparison(
        output_column_name="document",
        comparison_description="Document number: exact, one typo",
        comparison_levels=[
            cll.NullLevel("document"),
            cll.ExactMatchLevel("document"),
            cll.DamerauLevenshteinLevel("document", 1),
            cll.ElseLevel(),
        ],
    )


def clear_blocking() -> list[Any]:
    """Candidate pairs: any rule may admit a pair, so each covers what the others miss."""
    return [
        block_on("name_key"),
        block_on("name_ph"),
        block_on("name_long", "birth_year"),
        # any shared name token and the birth year (a dropped or reordered name part)
        block_on("name_tokens", "birth_year", arrays_to_explode=["name_tokens"]),
        "l.birth_date = r.birth_date AND substr(l.name_key, 1, 3) = substr(r.name_key, 1, 3)",
        block_on("first_ph", "last_ph"),
        "l.first_ph = r.last_ph AND l.last_ph = r.first_ph",
        "l.first_name = r.first_name AND substr(l.last_name, 1, 3) = substr(r.last_name, 1, 3)",
        "l.last_name = r.last_name AND substr(l.first_name, 1, 2) = substr(r.first_name, 1, 2)",
        block_on("last_name", "birth_year"),
        block_on("first_name", "birth_year"),
        # same birth date and the same initial of either name (both names mistyped): two rules,
        # since a birth date alone makes blocks of ~50 records per date in a million
        "l.birth_date = r.birth_date AND substr(l.first_name, 1, 1) = substr(r.first_name, 1, 1)",
        "l.birth_date = r.birth_date AND substr(l.last_name, 1, 1) = substr(r.last_name, 1, 1)",
    ]


def _dice(field: str, left: str = "", right: str = "") -> str:
    """SQL Dice coefficient of two encodings stored as 64-bit words."""
    a, b = left or field, right or field
    words = 2 * FIELD_BITS[field] // 64
    common = " + ".join(f"CAST(bit_count({a}_w{i}_l & {b}_w{i}_r) AS INTEGER)" for i in range(words))
    return f"(2.0 * ({common}) / ({a}_pop_l + {b}_pop_r))"


TL, TR = "name_toks_l", "name_toks_r"


def encoded_comparisons() -> list[Any]:
    hi, lo = DICE
    names = cl.CustomComparison(
        output_column_name="name",
        comparison_description="Dice similarity of the name encodings (and of swapped names)",
        comparison_levels=[
            cll.And(cll.NullLevel("first_bf"), cll.NullLevel("last_bf")),
            cll.ExactMatchLevel("name_bf").configure(tf_adjustment_column="name_bf"),
            cll.And(cll.ExactMatchLevel("first_bf"), cll.ExactMatchLevel("last_bf")),
            _custom("first_bf_l = last_bf_r AND last_bf_l = first_bf_r", "names swapped"),
            _custom(f"{_dice('first')} >= {hi} AND {_dice('last')} >= {hi}", f"both Dice >= {hi}"),
            _custom(
                f"{_dice('first', 'first', 'last')} >= {hi} AND {_dice('last', 'last', 'first')} >= {hi}",
                f"swapped, both Dice >= {hi}",
            ),
            _custom(f"{_dice('name')} >= {hi}", f"name tokens Dice >= {hi}"),
            # keyed token hashes (Encoder.tokens): a second name dropped, a married name added
            _custom(
                f"least(len({TL}), len({TR})) >= 2 "
                f"AND (list_has_all({TL}, {TR}) OR list_has_all({TR}, {TL}))",
                "one name contains the other (two token keys or more)",
            ),
            _custom(f"{_dice('first')} >= {lo} AND {_dice('last')} >= {lo}", f"both Dice >= {lo}"),
            _custom(f"{_dice('name')} >= {lo}", f"name tokens Dice >= {lo}"),
            cll.ExactMatchLevel("last_bf"),
            cll.ExactMatchLevel("first_bf"),
            _custom(f"len(list_intersect({TL}, {TR})) >= 1", "one token key in common"),
            cll.ElseLevel(),
        ],
    )
    birth = cl.CustomComparison(
        output_column_name="birth",
        comparison_description="Dice similarity of the birth-date encodings",
        comparison_levels=[
            cll.NullLevel("birth_bf"),
            _custom("birth_bf_l = birth_bf_r AND NOT birth_ph_l", "exact (a full date)"),
            _custom(
                "substr(year_bf_l, 1, 16) = substr(year_bf_r, 1, 16) AND (birth_ph_l OR birth_ph_r)",
                "same year, one side a placeholder (1 January or 1 July)",
            ),
            # before the Dice levels: two placeholders a year apart share month and day, so
            # their Dice is high, and EM would never see this level
            _custom(
                "substr(year_bf_l, 1, 16) IN (substr(year_bf_r, 18, 16), substr(year_bf_r, 35, 16)) "
                "AND (birth_ph_l OR birth_ph_r)",
                "year one apart, one side a placeholder (an age converted to a year)",
            ),
            cll.ExactMatchLevel("birth_bf"),
            _custom(f"{_dice('birth')} >= 0.8", "Dice >= 0.8 (one part differs)"),
            _custom(f"{_dice('birth')} >= 0.74", "Dice >= 0.74 (transposed, or same year)"),
            cll.ElseLevel(),
        ],
    )
    return [names, birth, cl.ExactMatch("sex"), cl.ExactMatch("citizenship")]


def encoded_blocking() -> list[Any]:
    return [
        block_on("name_bf"),
        # one name exact and the keyed birth year (a typo in the other name, a placeholder date)
        block_on("first_bf", "year_block"),
        block_on("last_bf", "year_block"),
        # any shared token key and the keyed birth year (a dropped or reordered name part)
        block_on("name_toks", "year_block", arrays_to_explode=["name_toks"]),
        block_on("first_bf", "last_bf"),
        "l.first_bf = r.last_bf AND l.last_bf = r.first_bf",
        block_on("last_bf", "birth_bf"),
        block_on("first_bf", "birth_bf"),
        block_on("birth_bf", "sex", "citizenship"),
    ]


def settings(encoded: bool, documents: bool = False) -> SettingsCreator:
    """The model; ``documents`` when the input has document numbers (compared and blocked on)."""
    comparisons = encoded_comparisons() if encoded else clear_comparisons()
    blocking = encoded_blocking() if encoded else clear_blocking()
    if documents:
        comparisons.append(document_comparison(encoded))
        blocking.append(block_on("document_bf" if encoded else "document"))
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=blocking,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
        additional_columns_to_retain=["source"],
    )


def deterministic_rules(encoded: bool) -> list[Any]:
    """Rules that almost surely mean the same person, to estimate the prior match probability."""
    if encoded:
        return [block_on("first_bf", "birth_bf"), block_on("last_bf", "birth_bf")]
    return [block_on("first_name", "birth_date"), block_on("last_name", "birth_date")]


def training_blocks(encoded: bool, tokens: bool = True) -> list[Any]:
    """EM sessions: blocked on the birth date (learns the names, sex, citizenship, document), then
    on the name key and the birth year give or take one (learns the birth date; the year keeps
    most namesakes out). A session blocked on the document number learnt that no true match has
    unrelated birth dates (documents come mostly from actors that seldom use placeholders), so
    documents do not change the sessions. ``tokens``: the encoded input has name-token keys
    (files encoded by an earlier version have only first and last name)."""
    if encoded:
        # the keyed birth year equal or one apart (year_bf: the year, the year before and after)
        second = (
            "l.name_bf = r.name_bf AND (l.year_block = r.year_block OR contains(r.year_near, l.year_block))"
            if tokens
            else block_on("first_bf", "last_bf")
        )
        return [block_on("birth_bf"), second]
    rules: list[Any] = [
        block_on("birth_date"),
        "l.name_key = r.name_key AND abs(CAST(l.birth_year AS INTEGER) - CAST(r.birth_year AS INTEGER)) <= 1",
    ]
    return rules
