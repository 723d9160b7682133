"""The unit notes of the returns (export/core.py)."""

MESSAGES = [
    {
        "id": "unique persons: the records are linked across actors and each person is counted once",
        "fr": "personnes uniques : les enregistrements sont couplés entre acteurs et chaque personne est "
        "comptée une fois",
        "nl": "unieke personen: de registraties zijn over de actoren heen gekoppeld en elke persoon telt "
        "één keer",
    },
    {
        "id": "registrations: the records are not linked, so a person registered by several actors is "
        "counted once per actor and may be double counted",
        "fr": "enregistrements : les enregistrements ne sont pas couplés, une personne enregistrée par "
        "plusieurs acteurs est donc comptée une fois par acteur et peut être comptée plusieurs fois",
        "nl": "registraties: de registraties zijn niet gekoppeld, dus wie door meerdere actoren "
        "geregistreerd is, telt één keer per actor en kan dubbel geteld zijn",
    },
]
