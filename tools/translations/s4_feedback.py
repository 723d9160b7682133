"""Aggregate counts in the tables (stats/aggregates.py) and the feedback to actors (feedback/)."""

MESSAGES = [
    {"id": "aggregate counts", "fr": "comptages agrégés", "nl": "geaggregeerde tellingen"},
    {
        "id": "Includes the aggregate counts of %(actors)s: the actor sends counts, not records; "
        "counts it masks as small are left out.",
        "fr": "Comprend les comptages agrégés de %(actors)s : l’acteur transmet des effectifs et non "
        "des enregistrements ; les effectifs qu’il masque parce qu’ils sont faibles ne sont pas repris.",
        "nl": "Inclusief de geaggregeerde tellingen van %(actors)s: de actor bezorgt aantallen, geen "
        "registraties; aantallen die hij als klein afschermt, zijn niet meegeteld.",
    },
    {
        "id": "Leaves out the aggregate counts of %(actors)s: counts cannot be linked to persons; they "
        "are in the table of victims registered by each actor.",
        "fr": "Ne comprend pas les comptages agrégés de %(actors)s : des effectifs ne peuvent pas être "
        "couplés à des personnes ; ils figurent dans le tableau des victimes enregistrées par chaque "
        "acteur.",
        "nl": "Zonder de geaggregeerde tellingen van %(actors)s: aantallen kunnen niet aan personen "
        "gekoppeld worden; ze staan in de tabel van de slachtoffers die elke actor registreerde.",
    },
    {
        "id": "Rows marked as aggregate counts add up the counts the actor sends instead of records; "
        "counts it masks as small are left out, so such a row may be a little low.",
        "fr": "Les lignes marquées « comptages agrégés » additionnent les effectifs que l’acteur "
        "transmet au lieu d’enregistrements ; les effectifs qu’il masque parce qu’ils sont faibles ne "
        "sont pas repris, de sorte qu’une telle ligne peut être légèrement sous-estimée.",
        "nl": "Rijen gemarkeerd als geaggregeerde tellingen tellen de aantallen op die de actor "
        "bezorgt in plaats van registraties; aantallen die hij als klein afschermt, zijn niet "
        "meegeteld, zodat zo’n rij iets te laag kan uitvallen.",
    },
]
