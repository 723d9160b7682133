"""French and Dutch for the trend tables, nationality by form and the sectors of labour exploitation."""

MESSAGES = [
    {
        "id": "Registered victims by year and sex",
        "fr": "Victimes enregistrées par année et par sexe",
        "nl": "Geregistreerde slachtoffers per jaar en naar geslacht",
    },
    {
        "id": "Registered victims by year and age group",
        "fr": "Victimes enregistrées par année et par groupe d’âge",
        "nl": "Geregistreerde slachtoffers per jaar en naar leeftijdsgroep",
    },
    {
        "id": "Registered victims by year and citizenship group",
        "fr": "Victimes enregistrées par année et par groupe de nationalité",
        "nl": "Geregistreerde slachtoffers per jaar en naar groep van nationaliteit",
    },
    {
        "id": "Protection of victims by year: reflection periods, victim status and permits",
        "fr": "Protection des victimes par année : périodes de réflexion, statut de victime et titres "
        "de séjour",
        "nl": "Bescherming van slachtoffers per jaar: reflectieperiodes, slachtofferstatuut en "
        "verblijfsvergunningen",
    },
    {
        "id": "Criminal justice by year: suspects, prosecutions and convictions",
        "fr": "Justice pénale par année : suspects, poursuites et condamnations",
        "nl": "Strafrechtketen per jaar: verdachten, vervolgingen en veroordelingen",
    },
    {
        "id": "Counts sent by the prosecution service and the courts for each year; a stage is not a "
        "subset of the one before it in the same year.",
        "fr": "Chiffres transmis par le ministère public et les cours et tribunaux pour chaque année ; "
        "une étape n’est pas un sous-ensemble de la précédente au cours de la même année.",
        "nl": "Cijfers van het openbaar ministerie en de hoven en rechtbanken voor elk jaar; een fase "
        "is geen deelverzameling van de vorige fase in hetzelfde jaar.",
    },
    {
        "id": "Registered victims: the %(top)s main citizenships, by form of exploitation",
        "fr": "Victimes enregistrées : les %(top)s principales nationalités, par forme d’exploitation",
        "nl": "Geregistreerde slachtoffers: de %(top)s belangrijkste nationaliteiten, naar vorm van "
        "uitbuiting",
    },
    {
        "id": "Victims of labour exploitation (forced labour or services) by the economic sector in which "
        "they were exploited, NACE Rev. 2 sections, as the actor that records the sector gives it.",
        "fr": "Victimes d’exploitation économique (travail ou services forcés) selon le secteur "
        "d’activité dans lequel elles ont été exploitées, en sections de la NACE Rév. 2, tel que "
        "l’indique l’acteur qui enregistre le secteur.",
        "nl": "Slachtoffers van economische uitbuiting (dwangarbeid of gedwongen dienstverlening) naar "
        "de economische sector waarin ze werden uitgebuit, in secties van de NACE Rev. 2, zoals de "
        "actor die de sector registreert die opgeeft.",
    },
    {
        "id": "Victims of labour exploitation by sector of activity (NACE) and sex",
        "fr": "Victimes d’exploitation économique par secteur d’activité (NACE) et par sexe",
        "nl": "Slachtoffers van economische uitbuiting naar sector (NACE) en geslacht",
    },
    {
        "id": "Sectors of labour exploitation",
        "fr": "Secteurs de l’exploitation économique",
        "nl": "Sectoren van economische uitbuiting",
    },
    # methodology annex: the linkage (report/linkage.py, template)
    {
        "id": "Linkage of records into persons",
        "fr": "Couplage des enregistrements en personnes",
        "nl": "Koppeling van registraties tot personen",
    },
    {
        "id": "The records of %(year)s were linked into persons at a match-probability threshold of "
        "%(threshold)s (linkage run %(run)s).",
        "fr": "Les enregistrements de %(year)s ont été couplés en personnes avec un seuil de "
        "probabilité de correspondance de %(threshold)s (couplage n° %(run)s).",
        "nl": "De registraties van %(year)s werden tot personen gekoppeld met een drempel van "
        "%(threshold)s voor de matchkans (koppeling nr. %(run)s).",
    },
    {
        "id": "From the model's match probabilities, the linkage's pairwise precision is estimated at "
        "%(precision)s %% and its recall at %(recall)s %%.",
        "fr": "D’après les probabilités de correspondance du modèle, la précision du couplage par paire "
        "est estimée à %(precision)s %% et son rappel à %(recall)s %%.",
        "nl": "Op basis van de matchkansen van het model wordt de precisie van de koppeling per paar "
        "geschat op %(precision)s %% en de recall op %(recall)s %%.",
    },
    {
        "id": (
            "%(n)s clerical decision by an analyst was used.",
            "%(n)s clerical decisions by an analyst were used.",
        ),
        "fr": (
            "%(n)s décision d’un analyste a été prise en compte.",
            "%(n)s décisions d’analystes ont été prises en compte.",
        ),
        "nl": (
            "Er werd rekening gehouden met %(n)s beslissing van een analist.",
            "Er werd rekening gehouden met %(n)s beslissingen van analisten.",
        ),
    },
    {
        "id": "This linkage run stored no estimate of its precision and recall.",
        "fr": "Ce couplage n’a pas enregistré d’estimation de sa précision et de son rappel.",
        "nl": "Bij deze koppeling werd geen schatting van de precisie en de recall bewaard.",
    },
    {"id": "Linkage threshold", "fr": "Seuil de couplage", "nl": "Koppelingsdrempel"},
    {"id": "Linked persons", "fr": "Personnes après couplage", "nl": "Gekoppelde personen"},
    {
        "id": "Sensitivity of the estimated number of victims to the linkage: the persons of the linkage "
        "at a lower and a higher threshold, and the estimate made from them; * the threshold used. "
        "Estimates are rounded to the nearest ten.",
        "fr": "Sensibilité du nombre estimé de victimes au couplage : les personnes obtenues avec un seuil "
        "plus bas et un seuil plus haut, et l’estimation qui en découle ; * le seuil retenu. Les "
        "estimations sont arrondies à la dizaine la plus proche.",
        "nl": "Gevoeligheid van het geschatte aantal slachtoffers voor de koppeling: de personen bij een "
        "lagere en een hogere drempel en de schatting die daaruit volgt; * de gebruikte drempel. "
        "Schattingen zijn afgerond op het dichtstbijzijnde tiental.",
    },
    {
        "id": "The records of this year have not been linked into persons: the victim tables count "
        "registrations, and no precision or recall of a linkage can be given.",
        "fr": "Les enregistrements de cette année n’ont pas été couplés en personnes : les tableaux des "
        "victimes comptent des enregistrements, et aucune précision ni aucun rappel de couplage ne "
        "peut être indiqué.",
        "nl": "De registraties van dit jaar werden niet tot personen gekoppeld: de tabellen over "
        "slachtoffers tellen registraties, en er kan geen precisie of recall van een koppeling worden "
        "gegeven.",
    },
]
