"""Remaining tables of issue 13 (decision 0027): withheld tables, age at the start, districts."""

MESSAGES = [
    {
        "id": "This table is not printed: %(hidden)s of its %(cells)s cells would have to be hidden, "
        "because they count too few persons to be published without risk of identifying them. Its "
        "published cells are in the spreadsheet of tables.",
        "fr": "Ce tableau n’est pas reproduit : %(hidden)s de ses %(cells)s cases devraient être "
        "masquées, car elles portent sur trop peu de personnes pour être publiées sans risque de les "
        "identifier. Les cases publiables figurent dans le classeur des tableaux.",
        "nl": "Deze tabel wordt niet afgedrukt: %(hidden)s van de %(cells)s cellen zouden afgeschermd "
        "moeten worden, omdat ze te weinig personen tellen om ze zonder risico op identificatie te "
        "publiceren. De publiceerbare cellen staan in het rekenblad met de tabellen.",
    },
    {
        "id": "Victims by age group at the start of exploitation and at identification",
        "fr": "Victimes par classe d’âge au début de l’exploitation et à l’identification",
        "nl": "Slachtoffers naar leeftijdsgroep bij het begin van de uitbuiting en bij de identificatie",
    },
    {
        "id": "Rows: age group when the exploitation began, computed from the date of birth and the "
        "date the exploitation began where an actor records both; columns: age group when identified.",
        "fr": "En lignes : la classe d’âge au début de l’exploitation, calculée à partir de la date de "
        "naissance et de la date de début de l’exploitation lorsqu’un acteur enregistre les deux ; en "
        "colonnes : la classe d’âge au moment de l’identification.",
        "nl": "Rijen: leeftijdsgroep bij het begin van de uitbuiting, berekend uit de geboortedatum en "
        "de begindatum van de uitbuiting wanneer een actor beide registreert; kolommen: "
        "leeftijdsgroep op het moment van de identificatie.",
    },
    {"id": "Minor at the start", "fr": "Mineur au début", "nl": "Minderjarig bij het begin"},
    {"id": "Adult at the start", "fr": "Majeur au début", "nl": "Meerderjarig bij het begin"},
    {"id": "Minor when identified", "fr": "Mineur à l’identification", "nl": "Minderjarig bij identificatie"},
    {"id": "Adult when identified", "fr": "Majeur à l’identification", "nl": "Meerderjarig bij identificatie"},
]
