"""Name pools for the synthetic world, by origin. Common given and family names, chosen for the
demo only; combinations are random, so no generated person is a real one."""

from __future__ import annotations

import functools

POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # region: (female given names, male given names, family names)
    "ro": (
        (
            "Maria",
            "Elena",
            "Ioana",
            "Andreea",
            "Mihaela",
            "Gabriela",
            "Alina",
            "Cristina",
            "Daniela",
            "Florentina",
            "Roxana",
            "Simona",
            "Larisa",
            "Bianca",
        ),
        (
            "Ion",
            "Gheorghe",
            "Vasile",
            "Constantin",
            "Mihai",
            "Florin",
            "Marian",
            "Adrian",
            "Bogdan",
            "Cătălin",
            "Ionuț",
            "Nicolae",
            "Sorin",
            "Dorin",
        ),
        (
            "Popescu",
            "Ionescu",
            "Popa",
            "Stan",
            "Dumitru",
            "Stoica",
            "Gheorghiu",
            "Rusu",
            "Munteanu",
            "Matei",
            "Constantinescu",
            "Lungu",
            "Ciobanu",
            "Moldovan",
            "Dobre",
            "Barbu",
            "Nistor",
            "Florea",
            "Tudor",
            "Ilie",
        ),
    ),
    "bg": (
        ("Ivanka", "Maria", "Desislava", "Petya", "Galina", "Tsvetelina", "Radka", "Yordanka"),
        ("Georgi", "Dimitar", "Ivan", "Nikolay", "Stoyan", "Plamen", "Hristo", "Todor"),
        (
            "Ivanov",
            "Georgiev",
            "Dimitrov",
            "Petrov",
            "Nikolov",
            "Stoyanov",
            "Hristov",
            "Todorov",
            "Angelov",
            "Kolev",
            "Marinov",
            "Iliev",
        ),
    ),
    "ng": (
        (
            "Blessing",
            "Joy",
            "Precious",
            "Faith",
            "Gift",
            "Mercy",
            "Esther",
            "Osas",
            "Favour",
            "Peace",
            "Happiness",
            "Loveth",
        ),
        ("Osaro", "Efosa", "Emeka", "Chinedu", "Osagie", "Ikechukwu", "Samuel", "Friday"),
        (
            "Osagie",
            "Igbinovia",
            "Omoregie",
            "Okoro",
            "Eze",
            "Okafor",
            "Edobor",
            "Ogbebor",
            "Aigbe",
            "Obaseki",
            "Iyamu",
            "Ehigiator",
            "Uwaifo",
            "Nwosu",
        ),
    ),
    "ma": (
        ("Fatima", "Khadija", "Naima", "Samira", "Zineb", "Hanane", "Malika", "Soukaina"),
        ("Mohamed", "Youssef", "Ahmed", "Rachid", "Karim", "Hamza", "Said", "Mustapha", "Abdelkader", "Omar"),
        (
            "El Amrani",
            "Benali",
            "Bouzid",
            "Alaoui",
            "Haddad",
            "Tazi",
            "El Idrissi",
            "Berrada",
            "Ouazzani",
            "Chraibi",
            "Bennani",
            "Ziani",
        ),
    ),
    "cn": (
        ("Li Na", "Wang Fang", "Zhang Min", "Liu Yan", "Chen Jing", "Yang Li", "Huang Mei"),
        ("Wang Wei", "Li Qiang", "Zhang Lei", "Liu Yang", "Chen Jun", "Zhao Gang", "Wu Bin"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin"),
    ),
    "vn": (
        ("Nguyen Thi Lan", "Tran Thi Hoa", "Le Thi Mai", "Pham Thi Thu"),
        ("Van Minh", "Van Hung", "Duc Anh", "Quang Huy", "Van Nam", "Thanh Tung"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"),
    ),
    "al": (
        ("Arta", "Elira", "Besiana", "Klea", "Anisa", "Drita"),
        ("Arben", "Besnik", "Dritan", "Gentian", "Ilir", "Klodian", "Erion", "Altin"),
        ("Hoxha", "Shehu", "Leka", "Gjoka", "Kola", "Berisha", "Dervishi", "Cela", "Marku"),
    ),
    "br": (
        ("Ana", "Juliana", "Fernanda", "Camila", "Patrícia", "Aline", "Luana"),
        ("João", "Carlos", "Rafael", "Lucas", "Thiago", "Marcos", "Felipe"),
        (
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Ferreira",
            "Lima",
        ),
    ),
    "in": (
        ("Priya", "Sunita", "Anjali", "Kavita", "Pooja", "Lakshmi"),
        ("Rajesh", "Sandeep", "Gurpreet", "Harjit", "Amit", "Manjit", "Sukhwinder", "Ravi"),
        ("Singh", "Kaur", "Kumar", "Sharma", "Gill", "Sandhu", "Patel", "Sidhu"),
    ),
    "ua": (
        ("Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Svitlana"),
        ("Oleksandr", "Andrii", "Serhii", "Volodymyr", "Mykola", "Dmytro"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk"),
    ),
    "er": (
        ("Senait", "Helen", "Selam", "Mebrat", "Yohana"),
        ("Tesfay", "Yonas", "Kidane", "Mehari", "Berhane", "Dawit", "Filmon"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Kahsay", "Weldemichael", "Andemariam"),
    ),
    "th": (
        ("Siriporn", "Kanya", "Nittaya", "Malee", "Pornthip"),
        ("Somchai", "Prasert", "Anan", "Sombat"),
        ("Saetang", "Srisuk", "Boonmee", "Chaiyaporn", "Wongsa"),
    ),
    "ph": (
        ("Maricel", "Jocelyn", "Rowena", "Lorna", "Marites"),
        ("Jun", "Rodel", "Arnel", "Reynaldo"),
        ("Reyes", "Santos", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz"),
    ),
    "hu": (
        ("Erzsébet", "Katalin", "Zsófia", "Anikó", "Mónika"),
        ("László", "István", "Zoltán", "Attila", "Gábor"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Balogh", "Lakatos"),
    ),
    "sk": (
        ("Zuzana", "Jana", "Lucia", "Martina"),
        ("Peter", "Marek", "Tomáš", "Jozef", "Ján"),
        ("Horváth", "Kováč", "Varga", "Tóth", "Balog", "Lakatoš", "Oláh"),
    ),
    "be": (
        ("Sarah", "Laura", "Julie", "Marie", "Lotte", "Emma", "Sofie", "Amélie", "Charlotte"),
        ("Thomas", "Kevin", "Jonas", "Nicolas", "Pieter", "Maxime", "Julien", "Wouter"),
        (
            "Peeters",
            "Janssens",
            "Maes",
            "Jacobs",
            "Mertens",
            "Willems",
            "Dubois",
            "Lambert",
            "Martin",
            "Claes",
            "Goossens",
            "Wouters",
            "Dupont",
            "Lemaire",
        ),
    ),
}

# citizenship code -> name pool
POOL_OF = {
    "RO": "ro",
    "MD": "ro",
    "BG": "bg",
    "NG": "ng",
    "GH": "ng",
    "CM": "ng",
    "MA": "ma",
    "DZ": "ma",
    "TN": "ma",
    "CN": "cn",
    "VN": "vn",
    "AL": "al",
    "XK": "al",
    "BR": "br",
    "IN": "in",
    "PK": "in",
    "UA": "ua",
    "ER": "er",
    "ET": "er",
    "TH": "th",
    "PH": "ph",
    "HU": "hu",
    "SK": "sk",
    "BE": "be",
    "FR": "be",
    "NL": "be",
    "NA": "ng",
}


@functools.cache
def varied(names: tuple[str, ...], factor: int) -> tuple[str, ...]:
    """The pool grown ``factor`` times by blending pairs of its names ('Popescu' + 'Ionescu' ->
    'Popoescu'-like forms), for worlds far larger than a real country's victims: with a fixed pool,
    a million invented persons would share names and birth dates as no real register does."""
    if factor <= 1:
        return names
    blends = [
        a[: max(2, (len(a) + 1) // 2)] + b[len(b) // 2 :]
        for i, a in enumerate(names)
        for j, b in enumerate(names)
        if i != j
    ]
    seen = dict.fromkeys(names)
    for b in blends:
        seen.setdefault(b)
        if len(seen) >= factor * len(names):
            break
    return tuple(seen)
