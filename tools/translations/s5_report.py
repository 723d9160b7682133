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
]
