"""French and Dutch for the chapter 1 summary, the glossary, abbreviations and the colophon."""

MESSAGES = [
    # chapter 1 summary (report/summary.py)
    {
        "id": (
            "In %(year)s, the actors registered %(n)s person as a victim of trafficking in human beings "
            "(%(registrations)s registrations, as some persons were registered by several actors).",
            "In %(year)s, the actors registered %(n)s different persons as victims of trafficking in "
            "human beings (%(registrations)s registrations, as some persons were registered by several "
            "actors).",
        ),
        "fr": (
            "En %(year)s, les acteurs ont enregistré %(n)s personne comme victime de la traite des êtres "
            "humains (%(registrations)s enregistrements, certaines personnes ayant été enregistrées par "
            "plusieurs acteurs).",
            "En %(year)s, les acteurs ont enregistré %(n)s personnes différentes comme victimes de la "
            "traite des êtres humains (%(registrations)s enregistrements, certaines personnes ayant été "
            "enregistrées par plusieurs acteurs).",
        ),
        "nl": (
            "In %(year)s registreerden de actoren %(n)s persoon als slachtoffer van mensenhandel "
            "(%(registrations)s registraties, omdat sommige personen door meer dan één actor werden "
            "geregistreerd).",
            "In %(year)s registreerden de actoren %(n)s verschillende personen als slachtoffer van "
            "mensenhandel (%(registrations)s registraties, omdat sommige personen door meer dan één "
            "actor werden geregistreerd).",
        ),
    },
    {
        "id": (
            "In %(year)s, the actors made %(n)s registration of a victim of trafficking in human beings; "
            "a person registered by several actors is counted once by each of them.",
            "In %(year)s, the actors made %(n)s registrations of victims of trafficking in human beings; "
            "a person registered by several actors is counted once by each of them.",
        ),
        "fr": (
            "En %(year)s, les acteurs ont procédé à %(n)s enregistrement d'une victime de la traite des "
            "êtres humains ; une personne enregistrée par plusieurs acteurs est comptée une fois par "
            "chacun d'eux.",
            "En %(year)s, les acteurs ont procédé à %(n)s enregistrements de victimes de la traite des "
            "êtres humains ; une personne enregistrée par plusieurs acteurs est comptée une fois par "
            "chacun d'eux.",
        ),
        "nl": (
            "In %(year)s maakten de actoren %(n)s registratie van een slachtoffer van mensenhandel; een "
            "persoon die door meer dan één actor werd geregistreerd, telt bij elk van hen één keer mee.",
            "In %(year)s maakten de actoren %(n)s registraties van slachtoffers van mensenhandel; een "
            "persoon die door meer dan één actor werd geregistreerd, telt bij elk van hen één keer mee.",
        ),
    },
    {
        "id": "Counting also the victims that no actor saw, their number is estimated at about "
        "%(estimate)s (95 %% interval %(low)s to %(high)s); the estimate rests on assumptions set out "
        "at the end of this chapter.",
        "fr": "Si l'on compte aussi les victimes qu'aucun acteur n'a vues, leur nombre est estimé à "
        "environ %(estimate)s (intervalle à 95 %% de %(low)s à %(high)s) ; cette estimation repose sur "
        "des hypothèses exposées à la fin du chapitre.",
        "nl": "Als ook de slachtoffers meetellen die geen enkele actor zag, wordt hun aantal geschat op "
        "ongeveer %(estimate)s (95 %%-interval van %(low)s tot %(high)s); die schatting steunt op "
        "aannames die aan het einde van dit hoofdstuk worden toegelicht.",
    },
    {
        "id": "Registrations were about as many as in %(prev)s (%(n)s).",
        "fr": "Le nombre d'enregistrements est resté pratiquement le même qu'en %(prev)s (%(n)s).",
        "nl": "Het aantal registraties bleef nagenoeg gelijk aan dat van %(prev)s (%(n)s).",
    },
    {
        "id": "Registrations rose markedly, by %(pct)s %%, from %(prev)s (%(n)s).",
        "fr": "Les enregistrements ont nettement augmenté, de %(pct)s %%, par rapport à %(prev)s (%(n)s).",
        "nl": "Het aantal registraties steeg duidelijk, met %(pct)s %%, ten opzichte van %(prev)s (%(n)s).",
    },
    {
        "id": "Registrations rose slightly, by %(pct)s %%, from %(prev)s (%(n)s).",
        "fr": "Les enregistrements ont légèrement augmenté, de %(pct)s %%, par rapport à %(prev)s (%(n)s).",
        "nl": "Het aantal registraties steeg licht, met %(pct)s %%, ten opzichte van %(prev)s (%(n)s).",
    },
    {
        "id": "Registrations fell markedly, by %(pct)s %%, from %(prev)s (%(n)s).",
        "fr": "Les enregistrements ont nettement diminué, de %(pct)s %%, par rapport à %(prev)s (%(n)s).",
        "nl": "Het aantal registraties daalde duidelijk, met %(pct)s %%, ten opzichte van %(prev)s (%(n)s).",
    },
    {
        "id": "Registrations fell slightly, by %(pct)s %%, from %(prev)s (%(n)s).",
        "fr": "Les enregistrements ont légèrement diminué, de %(pct)s %%, par rapport à %(prev)s (%(n)s).",
        "nl": "Het aantal registraties daalde licht, met %(pct)s %%, ten opzichte van %(prev)s (%(n)s).",
    },
    {
        "id": "The most frequent form was %(first)s (%(n1)s), followed by %(second)s (%(n2)s).",
        "fr": "Par forme d'exploitation, venaient en tête : %(first)s (%(n1)s), puis %(second)s (%(n2)s).",
        "nl": "De meest voorkomende vorm was %(first)s (%(n1)s), gevolgd door %(second)s (%(n2)s).",
    },
    {
        "id": "The most frequent nationalities were %(a)s, %(b)s and %(c)s.",
        "fr": "Les nationalités les plus fréquentes étaient les suivantes : %(a)s, %(b)s et %(c)s.",
        "nl": "De meest voorkomende nationaliteiten waren %(a)s, %(b)s en %(c)s.",
    },
    {
        "id": (
            "%(n)s victim was a child (under 18) when identified.",
            "%(n)s victims were children (under 18) when identified.",
        ),
        "fr": (
            "%(n)s victime était mineure (moins de 18 ans) au moment de son identification.",
            "%(n)s victimes étaient mineures (moins de 18 ans) au moment de leur identification.",
        ),
        "nl": (
            "%(n)s slachtoffer was minderjarig (jonger dan 18) bij de identificatie.",
            "%(n)s slachtoffers waren minderjarig (jonger dan 18) bij de identificatie.",
        ),
    },
    {
        "id": "In the victim procedure, %(reflection)s persons received a reflection period, %(status)s "
        "were granted victim status and %(permanent)s a permanent residence permit.",
        "fr": "Dans le cadre de la procédure pour les victimes, %(reflection)s personnes ont obtenu une "
        "période de réflexion, %(status)s le statut de victime et %(permanent)s un titre de séjour "
        "permanent.",
        "nl": "In de slachtofferprocedure kregen %(reflection)s personen een reflectieperiode, "
        "%(status)s het slachtofferstatuut en %(permanent)s een permanente verblijfsvergunning.",
    },
    {"id": "fewer than %(n)s", "fr": "moins de %(n)s", "nl": "minder dan %(n)s"},
    # glossary (report/glossary.py)
    {"id": "Registered victim", "fr": "Victime enregistrée", "nl": "Geregistreerd slachtoffer"},
    {
        "id": "A person an actor recorded as a victim of trafficking in human beings in the year, "
        "formally identified or presumed.",
        "fr": "Personne qu'un acteur a enregistrée au cours de l'année comme victime de la traite des "
        "êtres humains, identifiée formellement ou présumée.",
        "nl": "Persoon die een actor in de loop van het jaar als slachtoffer van mensenhandel heeft "
        "geregistreerd, formeel geïdentificeerd of vermoedelijk.",
    },
    {"id": "Presumed victim", "fr": "Victime présumée", "nl": "Vermoedelijk slachtoffer"},
    {
        "id": "A person who shows indications of trafficking but whom no competent authority has "
        "formally identified (yet).",
        "fr": "Personne qui présente des indices de traite mais qu'aucune autorité compétente n'a "
        "(encore) formellement identifiée.",
        "nl": "Persoon bij wie er aanwijzingen van mensenhandel zijn, maar die (nog) door geen enkele "
        "bevoegde overheid formeel is geïdentificeerd.",
    },
    {"id": "Victim status", "fr": "Statut de victime", "nl": "Slachtofferstatuut"},
    {
        "id": "The protection of the Law of 15 December 1980 (arts 61/2 to 61/5) for a victim who breaks "
        "off contact with the exploiters, is supported by a specialised centre and cooperates with "
        "the justice system: reflection period, then residence documents.",
        "fr": "Protection prévue par la loi du 15 décembre 1980 (art. 61/2 à 61/5) pour la victime qui "
        "rompt tout contact avec les exploiteurs, est accompagnée par un centre spécialisé et coopère "
        "avec la justice : période de réflexion, puis documents de séjour.",
        "nl": "Bescherming op grond van de wet van 15 december 1980 (art. 61/2 tot 61/5) voor een "
        "slachtoffer dat alle contact met de uitbuiters verbreekt, begeleid wordt door een "
        "gespecialiseerd centrum en met het gerecht samenwerkt: reflectieperiode, daarna "
        "verblijfsdocumenten.",
    },
    {"id": "Reflection period", "fr": "Période de réflexion", "nl": "Reflectieperiode"},
    {
        "id": "45 days in which a possible victim, supported by a specialised centre, decides whether "
        "to make statements or file a complaint.",
        "fr": "Délai de 45 jours pendant lequel une victime potentielle, accompagnée par un centre "
        "spécialisé, décide si elle fait des déclarations ou porte plainte.",
        "nl": "Termijn van 45 dagen waarin een mogelijk slachtoffer, begeleid door een gespecialiseerd "
        "centrum, beslist of het verklaringen aflegt of klacht indient.",
    },
    {"id": "Linkage", "fr": "Couplage des enregistrements", "nl": "Koppeling van registraties"},
    {
        "id": "Finding the records of the same person in the registers of several actors, so that each "
        "person is counted once.",
        "fr": "Repérage des enregistrements d'une même personne dans les registres de plusieurs "
        "acteurs, pour que chaque personne ne soit comptée qu'une fois.",
        "nl": "Het terugvinden van de registraties van eenzelfde persoon in de registers van "
        "verschillende actoren, zodat elke persoon maar één keer wordt geteld.",
    },
    {
        "id": "Multiple systems estimation",
        "fr": "Estimation par systèmes multiples",
        "nl": "Schatting op basis van meerdere registers",
    },
    {
        "id": "A statistical method that estimates how many victims no actor registered, from how often "
        "the same persons appear in several registers.",
        "fr": "Méthode statistique qui estime combien de victimes n'ont été enregistrées par aucun "
        "acteur, à partir de la fréquence à laquelle les mêmes personnes apparaissent dans plusieurs "
        "registres.",
        "nl": "Statistische methode die schat hoeveel slachtoffers door geen enkele actor werden "
        "geregistreerd, op basis van hoe vaak dezelfde personen in meerdere registers voorkomen.",
    },
    {"id": "Counting unit", "fr": "Unité de comptage", "nl": "Teleenheid"},
    {
        "id": "What an actor counts: persons, files, offences or decisions. Figures in different units "
        "are shown side by side and never added.",
        "fr": "Ce que compte un acteur : des personnes, des dossiers, des infractions ou des décisions. "
        "Les chiffres exprimés dans des unités différentes sont présentés côte à côte, jamais "
        "additionnés.",
        "nl": "Wat een actor telt: personen, dossiers, misdrijven of beslissingen. Cijfers in "
        "verschillende eenheden staan naast elkaar en worden nooit opgeteld.",
    },
    {
        "id": "Statistical confidentiality",
        "fr": "Secret statistique",
        "nl": "Statistische geheimhouding",
    },
    {
        "id": "The rules that keep a published table from revealing figures about a few persons: small "
        "counts are hidden, and so are the cells that would let them be worked out.",
        "fr": "Règles qui empêchent un tableau publié de révéler des chiffres portant sur quelques "
        "personnes : les petits effectifs sont masqués, ainsi que les cases qui permettraient de les "
        "retrouver.",
        "nl": "Regels die verhinderen dat een gepubliceerde tabel cijfers over enkele personen "
        "prijsgeeft: kleine aantallen worden verborgen, en ook de cellen waarmee ze zouden kunnen "
        "worden afgeleid.",
    },
    # abbreviations
    {"id": "THB", "fr": "TEH", "nl": "MH"},
    {
        "id": "trafficking in human beings",
        "fr": "traite des êtres humains",
        "nl": "mensenhandel",
    },
    {"id": "GRETA", "fr": "GRETA", "nl": "GRETA"},
    {
        "id": "Group of Experts on Action against Trafficking in Human Beings (Council of Europe)",
        "fr": "Groupe d'experts sur la lutte contre la traite des êtres humains (Conseil de l'Europe)",
        "nl": "Groep van deskundigen inzake de bestrijding van mensenhandel (Raad van Europa)",
    },
    {"id": "UNODC", "fr": "ONUDC", "nl": "UNODC"},
    {
        "id": "United Nations Office on Drugs and Crime",
        "fr": "Office des Nations unies contre la drogue et le crime",
        "nl": "Bureau van de Verenigde Naties voor drugs en criminaliteit",
    },
    {"id": "IOM", "fr": "OIM", "nl": "IOM"},
    {
        "id": "International Organization for Migration",
        "fr": "Organisation internationale pour les migrations",
        "nl": "Internationale Organisatie voor Migratie",
    },
    {"id": "HTCDS", "fr": "HTCDS", "nl": "HTCDS"},
    {
        "id": "Human Trafficking Case Data Standard (IOM)",
        "fr": "norme de l'OIM pour les données sur les cas de traite des êtres humains",
        "nl": "gegevensstandaard van de IOM voor mensenhandelzaken",
    },
    {"id": "NACE", "fr": "NACE", "nl": "NACE"},
    {
        "id": "statistical classification of economic activities in the European Union",
        "fr": "nomenclature statistique des activités économiques dans l'Union européenne",
        "nl": "statistische classificatie van economische activiteiten in de Europese Unie",
    },
    {"id": "MSE", "fr": "ESM", "nl": "MSE"},
    {
        "id": "multiple systems estimation",
        "fr": "estimation par systèmes multiples",
        "nl": "schatting op basis van meerdere registers",
    },
    # colophon and annex headings (template)
    {"id": "Publisher", "fr": "Éditeur", "nl": "Uitgever"},
    {"id": "Responsible editor", "fr": "Éditeur responsable", "nl": "Verantwoordelijke uitgever"},
    {"id": "Contact", "fr": "Contact", "nl": "Contact"},
    {"id": "Legal deposit", "fr": "Dépôt légal", "nl": "Wettelijk depot"},
    {"id": "Glossary", "fr": "Glossaire", "nl": "Woordenlijst"},
    {"id": "Abbreviations", "fr": "Abréviations", "nl": "Afkortingen"},
    {
        "id": "not set (setting %(setting)s)",
        "fr": "non renseigné (paramètre %(setting)s)",
        "nl": "niet ingevuld (instelling %(setting)s)",
    },
    # key figures when the year is linked (template)
    {
        "id": ("person registered as a victim in %(year)s", "persons registered as victims in %(year)s"),
        "fr": (
            "personne enregistrée comme victime en %(year)s",
            "personnes enregistrées comme victimes en %(year)s",
        ),
        "nl": (
            "persoon geregistreerd als slachtoffer in %(year)s",
            "personen geregistreerd als slachtoffer in %(year)s",
        ),
    },
    {
        "id": ("registration by the actors", "registrations by the actors"),
        "fr": ("enregistrement par les acteurs", "enregistrements par les acteurs"),
        "nl": ("registratie door de actoren", "registraties door de actoren"),
    },
    {
        "id": "Registered victims are not the number of victims. These figures count each person once, "
        "after linking the records of the same person across actors; victims that no actor saw do not "
        "appear at all.",
        "fr": "Les victimes enregistrées ne représentent pas l'ensemble des victimes. Ces chiffres comptent "
        "chaque personne une seule fois, après avoir relié entre eux les enregistrements d'une même "
        "personne chez les différents acteurs ; les victimes qu'aucun acteur n'a vues n'y figurent pas.",
        "nl": "Geregistreerde slachtoffers zijn niet het aantal slachtoffers. Deze cijfers tellen elke "
        "persoon één keer, nadat de registraties van eenzelfde persoon bij de verschillende actoren aan "
        "elkaar zijn gekoppeld; slachtoffers die geen enkele actor zag, komen er niet in voor.",
    },
]
