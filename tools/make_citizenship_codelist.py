"""Regenerate src/rapporteur/model/codelists/citizenship.csv from Babel's CLDR territory names.

Run by hand when CLDR or EU membership changes; the CSV is the data file the code reads.
EU accession and withdrawal dates: europa.eu "EU countries" pages (founding members 1958-01-01).
"""

from __future__ import annotations

import csv
from pathlib import Path

from babel import Locale

EU = {
    "BE": "1958-01-01",
    "DE": "1958-01-01",
    "FR": "1958-01-01",
    "IT": "1958-01-01",
    "LU": "1958-01-01",
    "NL": "1958-01-01",
    "DK": "1973-01-01",
    "IE": "1973-01-01",
    "GR": "1981-01-01",
    "ES": "1986-01-01",
    "PT": "1986-01-01",
    "AT": "1995-01-01",
    "FI": "1995-01-01",
    "SE": "1995-01-01",
    "CY": "2004-05-01",
    "CZ": "2004-05-01",
    "EE": "2004-05-01",
    "HU": "2004-05-01",
    "LV": "2004-05-01",
    "LT": "2004-05-01",
    "MT": "2004-05-01",
    "PL": "2004-05-01",
    "SK": "2004-05-01",
    "SI": "2004-05-01",
    "BG": "2007-01-01",
    "RO": "2007-01-01",
    "HR": "2013-07-01",
    "GB": "1973-01-01",
}
EU_LEFT = {"GB": "2020-01-31"}
NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}


CONTINENT = {
    "Europe": "Europe",
    "Africa": "Africa",
    "Asia": "Asia",
    "America": "Americas",
    "Australia": "Oceania",
    "Pacific": "Oceania",
    "Indian": "Africa",
    "Atlantic": "Europe",
    "Antarctica": "Antarctica",
    "Arctic": "Europe",
}
OVERRIDES = {
    "CY": "Asia",
    "TR": "Asia",
    "RU": "Europe",
    "GE": "Asia",
    "AM": "Asia",
    "AZ": "Asia",
    "KZ": "Asia",
    "EG": "Africa",
    "GL": "Americas",
    "IS": "Europe",
    "PT": "Europe",
    "ES": "Europe",
    "CV": "Africa",
    "MV": "Asia",
    "IO": "Asia",
    "BM": "Americas",
    "FK": "Americas",
    "GS": "Americas",
    "SH": "Africa",
    "XK": "Europe",
    "AU": "Oceania",
    "IC": "Africa",
    "EA": "Africa",
    "AQ": "Antarctica",
}


def continents() -> dict[str, str]:
    """A continent per country from its CLDR time zones (e.g. Europe/Brussels -> Europe)."""
    from collections import Counter

    from babel.core import get_global

    votes: dict[str, Counter[str]] = {}
    for zone, territory in get_global("zone_territories").items():
        area = zone.split("/", 1)[0]
        if area in CONTINENT and CONTINENT[area] != "Antarctica":
            votes.setdefault(territory, Counter())[CONTINENT[area]] += 1
    out = {t: c.most_common(1)[0][0] for t, c in votes.items()}
    out.update(OVERRIDES)
    return out


def main() -> None:
    names = {lang: Locale.parse(lang).territories for lang in ("en", "fr", "nl")}
    cont = continents()
    codes = sorted(c for c in names["en"] if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)
    out = Path(__file__).parents[1] / "src/rapporteur/model/codelists/citizenship.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name_en", "name_fr", "name_nl", "eu_from", "eu_until", "continent"])
        for c in codes:
            w.writerow(
                [
                    c,
                    names["en"][c],
                    names["fr"][c],
                    names["nl"][c],
                    EU.get(c, ""),
                    EU_LEFT.get(c, ""),
                    cont.get(c, "Unknown"),
                ]
            )
        w.writerow(["XX", "Stateless", "Apatride", "Staatloos", "", "", "Unknown"])
    print(f"wrote {len(codes) + 1} codes to {out}")


if __name__ == "__main__":
    main()
