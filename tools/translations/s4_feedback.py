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
    {'id': 'Feedback on your submission %(id)s', 'fr': 'Retour sur votre transmission %(id)s', 'nl': 'Terugkoppeling over uw aanlevering %(id)s'},
    {'id': '%(actor)s, reference year %(year)s, file %(file)s, received on %(received)s. This document says what was accepted, which cells were rejected and how to correct them, and what is missing compared with your previous submission. Values that could identify a person are never shown.', 'fr': '%(actor)s, année de référence %(year)s, fichier %(file)s, reçu le %(received)s. Ce document indique ce qui a été accepté, quelles cellules ont été refusées et comment les corriger, et ce qui manque par rapport à votre transmission précédente. Les valeurs qui pourraient identifier une personne ne sont jamais affichées.', 'nl': '%(actor)s, referentiejaar %(year)s, bestand %(file)s, ontvangen op %(received)s. Dit document toont wat aanvaard werd, welke cellen geweigerd werden en hoe u ze verbetert, en wat ontbreekt ten opzichte van uw vorige aanlevering. Waarden die een persoon kunnen identificeren, worden nooit getoond.'},
    {'id': 'What was accepted', 'fr': 'Ce qui a été accepté', 'nl': 'Wat aanvaard werd'},
    {'id': 'Status of the submission', 'fr': 'Statut de la transmission', 'nl': 'Status van de aanlevering'},
    {'id': 'Rows read', 'fr': 'Lignes lues', 'nl': 'Gelezen rijen'},
    {'id': 'Rows accepted', 'fr': 'Lignes acceptées', 'nl': 'Aanvaarde rijen'},
    {'id': 'Rows rejected', 'fr': 'Lignes refusées', 'nl': 'Geweigerde rijen'},
    {'id': 'Total rows skipped', 'fr': 'Lignes de total ignorées', 'nl': 'Overgeslagen totaalrijen'},
    {'id': 'Victims counted in the accepted rows', 'fr': 'Victimes comptées dans les lignes acceptées', 'nl': 'Slachtoffers geteld in de aanvaarde rijen'},
    {'id': 'accepted', 'fr': 'acceptée', 'nl': 'aanvaard'},
    {'id': 'rejected', 'fr': 'refusée', 'nl': 'geweigerd'},
    {'id': 'could not be read', 'fr': 'illisible', 'nl': 'kon niet gelezen worden'},
    {'id': 'same file as an earlier submission', 'fr': 'même fichier qu’une transmission antérieure', 'nl': 'zelfde bestand als een eerdere aanlevering'},
    {'id': 'replaced by a later submission', 'fr': 'remplacée par une transmission ultérieure', 'nl': 'vervangen door een latere aanlevering'},
    {'id': 'being processed', 'fr': 'en cours de traitement', 'nl': 'in verwerking'},
    {'id': 'interrupted', 'fr': 'interrompue', 'nl': 'onderbroken'},
    {'id': 'Why the file could not be used', 'fr': 'Pourquoi le fichier n’a pas pu être utilisé', 'nl': 'Waarom het bestand niet gebruikt kon worden'},
    {'id': 'Rejected cells', 'fr': 'Cellules refusées', 'nl': 'Geweigerde cellen'},
    {'id': 'No cell was rejected.', 'fr': 'Aucune cellule n’a été refusée.', 'nl': 'Er werd geen enkele cel geweigerd.'},
    {'id': 'Row', 'fr': 'Ligne', 'nl': 'Rij'},
    {'id': 'Column', 'fr': 'Colonne', 'nl': 'Kolom'},
    {'id': 'Value', 'fr': 'Valeur', 'nl': 'Waarde'},
    {'id': 'Rule', 'fr': 'Règle', 'nl': 'Regel'},
    {'id': 'How to fix it', 'fr': 'Comment corriger', 'nl': 'Hoe verbeteren'},
    {'id': '(not shown)', 'fr': '(non affichée)', 'nl': '(niet getoond)'},
    {'id': '%(n)s more rejected cells are not listed; the first %(shown)s are.', 'fr': '%(n)s autres cellules refusées ne sont pas listées ; seules les %(shown)s premières le sont.', 'nl': 'Nog %(n)s geweigerde cellen staan niet in de lijst; alleen de eerste %(shown)s.'},
    {'id': 'Rows are numbered as in your file, the header row being row 1.', 'fr': 'Les lignes sont numérotées comme dans votre fichier, la ligne d’en-tête étant la ligne 1.', 'nl': 'De rijen zijn genummerd zoals in uw bestand; de kopregel is rij 1.'},
    {'id': 'required value missing', 'fr': 'valeur obligatoire manquante', 'nl': 'verplichte waarde ontbreekt'},
    {'id': 'Fill in column %(column)s on this row.', 'fr': 'Complétez la colonne %(column)s sur cette ligne.', 'nl': 'Vul kolom %(column)s in op deze rij.'},
    {'id': 'not a date', 'fr': 'pas une date', 'nl': 'geen datum'},
    {'id': 'Write the date in %(column)s in the format agreed in your mapping (e.g. 31/12/2024).', 'fr': 'Écrivez la date dans %(column)s au format convenu dans votre correspondance (p. ex. 31/12/2024).', 'nl': 'Schrijf de datum in %(column)s in het formaat dat in uw mapping is afgesproken (bv. 31/12/2024).'},
    {'id': 'impossible date', 'fr': 'date impossible', 'nl': 'onmogelijke datum'},
    {'id': 'Correct the date in %(column)s: it does not exist, is before 1900 or is in the future.', 'fr': 'Corrigez la date dans %(column)s : elle n’existe pas, est antérieure à 1900 ou se situe dans le futur.', 'nl': 'Verbeter de datum in %(column)s: ze bestaat niet, ligt vóór 1900 of in de toekomst.'},
    {'id': 'not a number', 'fr': 'pas un nombre', 'nl': 'geen getal'},
    {'id': "Write a whole number in %(column)s, '<5' for a small count you mask, or leave it blank when not available.", 'fr': 'Écrivez un nombre entier dans %(column)s, « <5 » pour un petit effectif que vous masquez, ou laissez la cellule vide si l’information n’est pas disponible.', 'nl': "Schrijf een geheel getal in %(column)s, '<5' voor een klein aantal dat u afschermt, of laat de cel leeg als het gegeven niet beschikbaar is."},
    {'id': 'value out of range', 'fr': 'valeur hors limites', 'nl': 'waarde buiten bereik'},
    {'id': 'Correct the value in %(column)s: it is outside the possible range.', 'fr': 'Corrigez la valeur dans %(column)s : elle sort des limites possibles.', 'nl': 'Verbeter de waarde in %(column)s: ze ligt buiten het mogelijke bereik.'},
    {'id': 'unknown code', 'fr': 'code inconnu', 'nl': 'onbekende code'},
    {'id': 'Use one of the agreed codes in %(column)s, or ask the rapporteur to add your label to your mapping.', 'fr': 'Utilisez l’un des codes convenus dans %(column)s, ou demandez au rapporteur d’ajouter votre libellé à votre correspondance.', 'nl': 'Gebruik een van de afgesproken codes in %(column)s, of vraag de rapporteur uw omschrijving aan uw mapping toe te voegen.'},
    {'id': 'record number used twice', 'fr': 'numéro d’enregistrement utilisé deux fois', 'nl': 'registratienummer twee keer gebruikt'},
    {'id': 'Give every record its own number in %(column)s, or remove the repeated row.', 'fr': 'Donnez à chaque enregistrement son propre numéro dans %(column)s, ou supprimez la ligne répétée.', 'nl': 'Geef elke registratie een eigen nummer in %(column)s, of verwijder de herhaalde rij.'},
    {'id': 'dates in the wrong order', 'fr': 'dates dans le mauvais ordre', 'nl': 'datums in de verkeerde volgorde'},
    {'id': 'Check the date of birth and the date of identification on this row.', 'fr': 'Vérifiez la date de naissance et la date d’identification sur cette ligne.', 'nl': 'Controleer de geboortedatum en de datum van identificatie op deze rij.'},
    {'id': 'Correct the cell in %(column)s; the rule is named in the previous column.', 'fr': 'Corrigez la cellule dans %(column)s ; la règle figure dans la colonne précédente.', 'nl': 'Verbeter de cel in %(column)s; de regel staat in de vorige kolom.'},
    {'id': 'Compared with your previous submission', 'fr': 'Par rapport à votre transmission précédente', 'nl': 'Vergeleken met uw vorige aanlevering'},
    {'id': 'Previous submission: %(id)s, reference year %(year)s.', 'fr': 'Transmission précédente : %(id)s, année de référence %(year)s.', 'nl': 'Vorige aanlevering: %(id)s, referentiejaar %(year)s.'},
    {'id': 'There is no earlier accepted submission to compare with.', 'fr': 'Il n’y a pas de transmission acceptée antérieure à laquelle comparer.', 'nl': 'Er is geen eerdere aanvaarde aanlevering om mee te vergelijken.'},
    {'id': 'Columns never filled', 'fr': 'Colonnes jamais remplies', 'nl': 'Kolommen die nooit ingevuld zijn'},
    {'id': 'These columns are in your mapping but no accepted row fills them; please fill them if you record the information.', 'fr': 'Ces colonnes figurent dans votre correspondance, mais aucune ligne acceptée ne les remplit ; merci de les compléter si vous enregistrez l’information.', 'nl': 'Deze kolommen staan in uw mapping, maar geen enkele aanvaarde rij vult ze in; vul ze in als u het gegeven registreert.'},
    {'id': 'filled in %(n)s rows of the previous submission', 'fr': 'remplie dans %(n)s lignes de la transmission précédente', 'nl': 'ingevuld in %(n)s rijen van de vorige aanlevering'},
    {'id': 'Unusual drops in counts', 'fr': 'Baisses inhabituelles des effectifs', 'nl': 'Ongewone dalingen van de aantallen'},
    {'id': 'Categories that fell by more than half since the previous submission; please check that no rows or codes went missing.', 'fr': 'Catégories qui ont diminué de plus de moitié depuis la transmission précédente ; merci de vérifier qu’aucune ligne ni aucun code n’a disparu.', 'nl': 'Categorieën die sinds de vorige aanlevering met meer dan de helft gedaald zijn; controleer of er geen rijen of codes verdwenen zijn.'},
    {'id': 'No category fell by more than half.', 'fr': 'Aucune catégorie n’a diminué de plus de moitié.', 'nl': 'Geen enkele categorie is met meer dan de helft gedaald.'},
    {'id': 'Every mapped column is filled in some row.', 'fr': 'Chaque colonne de votre correspondance est remplie dans au moins une ligne.', 'nl': 'Elke kolom van uw mapping is in minstens één rij ingevuld.'},
    {'id': 'Category', 'fr': 'Catégorie', 'nl': 'Categorie'},
    {'id': 'Previous', 'fr': 'Précédente', 'nl': 'Vorige'},
    {'id': 'Now', 'fr': 'Actuelle', 'nl': 'Nu'},
    {'id': 'All rows', 'fr': 'Toutes les lignes', 'nl': 'Alle rijen'},
    {'id': 'Sex', 'fr': 'Sexe', 'nl': 'Geslacht'},
    {'id': 'Status', 'fr': 'Statut', 'nl': 'Status'},
    {'id': 'Form of exploitation', 'fr': 'Forme d’exploitation', 'nl': 'Uitbuitingsvorm'},
    {'id': 'Citizenship', 'fr': 'Nationalité', 'nl': 'Nationaliteit'},
    {'id': 'Stage', 'fr': 'Étape', 'nl': 'Fase'},
    {'id': 'Summary', 'fr': 'Résumé', 'nl': 'Samenvatting'},
    {'id': 'Compared', 'fr': 'Comparaison', 'nl': 'Vergelijking'},
]
