"""Write src/rapporteur/ingest/demonyms.yaml: nationality words per citizenship code, for
`actor draft` (FR masculine and feminine, NL adjective and noun, DE adjective and nouns, EN).

Run by hand: `.venv/bin/python tools/make_demonyms.py`. The forms below are written from general
knowledge for the most frequent origin countries of victims in Belgium and Europe and all EU
states; the German country names come from Babel's CLDR data for every code in citizenship.csv.
A spelling that two codes would claim (congolais: CD or CG?) is left out, so the draft asks.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import yaml
from babel import Locale

from rapporteur.model.codelists import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/rapporteur/ingest/demonyms.yaml"
CITIZENSHIP = "src/rapporteur/model/codelists/citizenship.csv"

# code; English; French masculine (feminine derived, or masc/fem); Dutch adjective (the -e form
# is derived); Dutch noun(s); German adjective; German noun masculine (feminine derived, or m/f).
# Alternatives within a cell are separated by commas.
FORMS = """
AT;Austrian;autrichien;Oostenrijks;Oostenrijker;österreichisch;Österreicher
BE;Belgian;belge;Belgisch;Belg;belgisch;Belgier
BG;Bulgarian;bulgare;Bulgaars;Bulgaar;bulgarisch;Bulgare
HR;Croatian,Croat;croate;Kroatisch;Kroaat;kroatisch;Kroate
CY;Cypriot;chypriote,cypriote;Cypriotisch;Cyprioot;zyprisch;Zypriot,Zyprer
CZ;Czech;tchèque;Tsjechisch;Tsjech;tschechisch;Tscheche
DK;Danish,Dane;danois;Deens;Deen;dänisch;Däne
EE;Estonian;estonien;Ests,Estlands;Est,Estlander;estnisch;Este
FI;Finnish,Finn;finlandais;Fins;Fin;finnisch;Finne
FR;French;français;Frans;Fransman;französisch;Franzose/Französin
DE;German;allemand;Duits;Duitser;deutsch;Deutscher/Deutsche
GR;Greek;grec/grecque;Grieks;Griek;griechisch;Grieche
HU;Hungarian;hongrois;Hongaars;Hongaar;ungarisch;Ungar
IE;Irish;irlandais;Iers;Ier;irisch;Ire
IT;Italian;italien;Italiaans;Italiaan;italienisch;Italiener
LV;Latvian;letton/lettone;Lets,Letlands;Let;lettisch;Lette
LT;Lithuanian;lituanien;Litouws;Litouwer;litauisch;Litauer
LU;Luxembourgish,Luxembourger;luxembourgeois;Luxemburgs;Luxemburger;luxemburgisch;Luxemburger
MT;Maltese;maltais;Maltees;Maltees;maltesisch;Malteser
NL;Dutch;néerlandais,hollandais;Nederlands;Nederlander;niederländisch;Niederländer
PL;Polish,Pole;polonais;Pools;Pool;polnisch;Pole
PT;Portuguese;portugais;Portugees;Portugees;portugiesisch;Portugiese
RO;Romanian;roumain;Roemeens;Roemeen;rumänisch;Rumäne
SK;Slovak,Slovakian;slovaque;Slowaaks;Slowaak;slowakisch;Slowake
SI;Slovenian,Slovene;slovène;Sloveens;Sloveen;slowenisch;Slowene
ES;Spanish,Spaniard;espagnol;Spaans;Spanjaard;spanisch;Spanier
SE;Swedish,Swede;suédois;Zweeds;Zweed;schwedisch;Schwede
MA;Moroccan;marocain;Marokkaans;Marokkaan;marokkanisch;Marokkaner
DZ;Algerian;algérien;Algerijns;Algerijn;algerisch;Algerier
TN;Tunisian;tunisien;Tunesisch;Tunesiër;tunesisch;Tunesier
LY;Libyan;libyen;Libisch;Libiër;libysch;Libyer
EG;Egyptian;égyptien;Egyptisch;Egyptenaar;ägyptisch;Ägypter
SD;Sudanese;soudanais;Soedanees;Soedanees;sudanesisch;Sudanese
SS;South Sudanese;sud-soudanais;Zuid-Soedanees;Zuid-Soedanees;südsudanesisch;Südsudanese
ER;Eritrean;érythréen;Eritrees;Eritreeër;eritreisch;Eritreer
ET;Ethiopian;éthiopien;Ethiopisch;Ethiopiër;äthiopisch;Äthiopier
SO;Somali,Somalian;somalien;Somalisch;Somaliër;somalisch;Somalier
KE;Kenyan;kényan;Keniaans;Keniaan;kenianisch;Kenianer
UG;Ugandan;ougandais;Oegandees;Oegandees;ugandisch;Ugander
RW;Rwandan;rwandais;Rwandees;Rwandees;ruandisch;Ruander
BI;Burundian;burundais;Burundees;Burundees;burundisch;Burundier
AO;Angolan;angolais;Angolees;Angolees;angolanisch;Angolaner
CM;Cameroonian;camerounais;Kameroens;Kameroener;kamerunisch;Kameruner
NG;Nigerian;nigérian;Nigeriaans;Nigeriaan;nigerianisch;Nigerianer
NE;Nigerien;nigérien;Nigerees;Nigerees;nigrisch;Nigrer
GH;Ghanaian;ghanéen;Ghanees;Ghanees;ghanaisch;Ghanaer
CI;Ivorian;ivoirien;Ivoriaans;Ivoriaan;ivorisch;Ivorer
GN;Guinean;guinéen;Guinees;Guineeër;guineisch;Guineer
GW;Bissau-Guinean;bissau-guinéen;Guinee-Bissaus;Guinee-Bissauer;guinea-bissauisch;Guinea-Bissauer
SN;Senegalese;sénégalais;Senegalees;Senegalees;senegalesisch;Senegalese
ML;Malian;malien;Malinees;Malinees;malisch;Malier
BF;Burkinabe,Burkinabé;burkinabé/burkinabée;Burkinees;Burkinees;burkinisch;Burkiner
SL;Sierra Leonean;sierraléonais;Sierra Leoons;Sierra Leoner;sierra-leonisch;Sierra-Leoner
LR;Liberian;libérien;Liberiaans;Liberiaan;liberianisch;Liberianer
GM;Gambian;gambien;Gambiaans;Gambiaan;gambisch;Gambier
TG;Togolese;togolais;Togolees;Togolees;togoisch;Togoer
BJ;Beninese;béninois;Beninees;Beninees;beninisch;Beniner
MR;Mauritanian;mauritanien;Mauritaans;Mauritaniër;mauretanisch;Mauretanier
AL;Albanian;albanais;Albanees;Albanees;albanisch;Albaner
XK;Kosovar,Kosovan;kosovar/kosovare;Kosovaars;Kosovaar;kosovarisch;Kosovare
RS;Serbian,Serb;serbe;Servisch;Serviër;serbisch;Serbe
BA;Bosnian;bosnien,bosniaque;Bosnisch;Bosniër;bosnisch;Bosnier
ME;Montenegrin;monténégrin;Montenegrijns;Montenegrijn;montenegrinisch;Montenegriner
MK;Macedonian,North Macedonian;macédonien;Macedonisch;Macedoniër;mazedonisch,nordmazedonisch;Mazedonier
MD;Moldovan,Moldavian;moldave;Moldavisch;Moldaviër;moldauisch,moldawisch;Moldauer
UA;Ukrainian;ukrainien;Oekraïens;Oekraïner;ukrainisch;Ukrainer
RU;Russian;russe;Russisch;Rus;russisch;Russe
BY;Belarusian;biélorusse;Wit-Russisch,Belarussisch;Wit-Rus,Belarus;belarussisch,weißrussisch;Belarusse,Weißrusse
GE;Georgian;géorgien;Georgisch;Georgiër;georgisch;Georgier
AM;Armenian;arménien;Armeens;Armeniër;armenisch;Armenier
AZ;Azerbaijani;azerbaïdjanais;Azerbeidzjaans;Azerbeidzjaan;aserbaidschanisch;Aserbaidschaner
TR;Turkish,Turk;turc/turque;Turks;Turk;türkisch;Türke
SY;Syrian;syrien;Syrisch;Syriër;syrisch;Syrer
IQ;Iraqi;irakien;Iraaks;Irakees,Irakezen;irakisch;Iraker
IR;Iranian;iranien;Iraans;Iraniër;iranisch;Iraner
LB;Lebanese;libanais;Libanees;Libanees;libanesisch;Libanese
PS;Palestinian;palestinien;Palestijns;Palestijn;palästinensisch;Palästinenser
JO;Jordanian;jordanien;Jordaans;Jordaniër;jordanisch;Jordanier
YE;Yemeni;yéménite;Jemenitisch;Jemeniet;jemenitisch;Jemenit
AF;Afghan;afghan;Afghaans;Afghaan;afghanisch;Afghane
PK;Pakistani;pakistanais;Pakistaans;Pakistaan;pakistanisch;Pakistaner
IN;Indian;indien;Indiaas;Indiër;indisch;Inder
BD;Bangladeshi;bangladais;Bengaals,Bangladees;Bengalees,Bangladees;bangladeschisch;Bangladescher
LK;Sri Lankan;sri-lankais;Sri Lankaans;Sri Lankaan;sri-lankisch;Sri-Lanker
NP;Nepalese,Nepali;népalais;Nepalees;Nepalees;nepalesisch;Nepalese
CN;Chinese;chinois;Chinees;Chinees;chinesisch;Chinese
VN;Vietnamese;vietnamien;Vietnamees;Vietnamees;vietnamesisch;Vietnamese
TH;Thai;thaïlandais,thaï/thaïe;Thais;Thai,Thailander;thailändisch;Thailänder
PH;Filipino,Philippine;philippin;Filipijns;Filipijn,Filipino;philippinisch;Philippiner
ID;Indonesian;indonésien;Indonesisch;Indonesiër;indonesisch;Indonesier
MY;Malaysian;malaisien;Maleisisch;Maleisiër;malaysisch;Malaysier
KH;Cambodian;cambodgien;Cambodjaans;Cambodjaan;kambodschanisch;Kambodschaner
LA;Laotian,Lao;laotien;Laotiaans;Laotiaan;laotisch;Laote
MM;Burmese,Myanmar;birman;Birmees,Myanmarees;Birmees;birmanisch,myanmarisch;Birmane
MN;Mongolian;mongol/mongole;Mongools;Mongool;mongolisch;Mongole
KZ;Kazakh,Kazakhstani;kazakh/kazakhe;Kazachs;Kazach;kasachisch;Kasache
UZ;Uzbek;ouzbek/ouzbèke;Oezbeeks;Oezbeek;usbekisch;Usbeke
TJ;Tajik;tadjik/tadjike;Tadzjieks;Tadzjiek;tadschikisch;Tadschike
KG;Kyrgyz;kirghize;Kirgizisch;Kirgies;kirgisisch;Kirgise
GB;British,Briton;britannique;Brits;Brit;britisch;Brite
US;American;américain;Amerikaans;Amerikaan;amerikanisch,us-amerikanisch;Amerikaner,US-Amerikaner
CH;Swiss;suisse;Zwitsers;Zwitser;schweizerisch;Schweizer
NO;Norwegian;norvégien;Noors;Noor;norwegisch;Norweger
BR;Brazilian;brésilien;Braziliaans;Braziliaan;brasilianisch;Brasilianer
CO;Colombian;colombien;Colombiaans;Colombiaan;kolumbianisch;Kolumbianer
VE;Venezuelan;vénézuélien;Venezolaans;Venezolaan;venezolanisch;Venezolaner
PE;Peruvian;péruvien;Peruaans;Peruaan;peruanisch;Peruaner
EC;Ecuadorian;équatorien;Ecuadoraans;Ecuadoraan;ecuadorianisch;Ecuadorianer
BO;Bolivian;bolivien;Boliviaans;Boliviaan;bolivianisch;Bolivianer
PY;Paraguayan;paraguayen;Paraguayaans;Paraguayaan;paraguayisch;Paraguayer
AR;Argentinian,Argentine;argentin;Argentijns;Argentijn;argentinisch;Argentinier
MX;Mexican;mexicain;Mexicaans;Mexicaan;mexikanisch;Mexikaner
DO;Dominican;dominicain;Dominicaans;Dominicaan;dominikanisch;Dominikaner
HT;Haitian;haïtien;Haïtiaans;Haïtiaan;haitianisch;Haitianer
CU;Cuban;cubain;Cubaans;Cubaan;kubanisch;Kubaner
XX;stateless;apatride;staatloos/staatloze;staatloze;staatenlos;Staatenloser/Staatenlose
"""


def fr_fem(m: str) -> str:
    if m.endswith("e"):
        return m
    if m.endswith(("ien", "éen")):
        return m + "ne"
    return m + "e"


def nl_e(adj: str) -> str:
    if adj.endswith("ees"):  # Chinees -> Chinese
        return adj[:-3] + "ese"
    if adj.endswith("aas"):  # Indiaas -> Indiase
        return adj[:-3] + "ase"
    return adj + "e"


def de_fem(m: str) -> str:
    return m[:-1] + "in" if m.endswith("e") else m + "in"


def _q(fn, w: str) -> str:
    """Derive on the word before a qualifier: 'congolais (rdc)' -> 'congolaise (rdc)'."""
    base, sp, qual = w.partition(" (")
    return fn(base) + sp + qual


def forms() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for line in FORMS.strip().splitlines():
        code, en, fr, nl_adj, nl_noun, de_adj, de_noun = line.split(";")
        split = lambda s: [x.strip() for x in s.split(",") if x.strip()]  # noqa: E731
        f: dict[str, list[str]] = {"en": split(en), "fr": [], "nl": [], "de": []}
        for w in split(fr):
            m, _, fem = w.partition("/")
            fem = fem or _q(fr_fem, m)
            f["fr"] += [m, fem]
            if not m.split(" (")[0].endswith(("s", "x")):
                f["fr"] += [_q(lambda x: x + "s", m), _q(lambda x: x + "s", fem)]
        for w in split(nl_adj):
            a, _, e = w.partition("/")
            f["nl"] += [a, e or _q(nl_e, a)]
        f["nl"] += split(nl_noun)
        for w in split(de_adj):
            f["de"] += [w, w + "e", w + "er"] if not w.endswith(")") else [w]
        for w in split(de_noun):
            m, _, fem = w.partition("/")
            f["de"] += [m, fem or _q(de_fem, m)]
        out[code] = {k: list(dict.fromkeys(v)) for k, v in f.items()}
    return out


def main() -> None:
    rows = list(csv.DictReader((ROOT / CITIZENSHIP).open(encoding="utf-8")))
    codes = [r["code"] for r in rows]
    table = forms()
    unknown = set(table) - set(codes)
    assert not unknown, f"codes not in citizenship.csv: {unknown}"
    for code, name in (
        (r["code"], r["name_en"]) for r in rows
    ):  # 'Trinidad & Tobago' is also written 'Trinidad and Tobago'
        if " & " in name:
            table.setdefault(code, {}).setdefault("en", []).append(name.replace(" & ", " and "))
    table["BA"]["en"] += ["Bosnia-Herzegovina"]
    de = Locale("de").territories
    for code in codes:
        if code in de:
            table.setdefault(code, {})["de_name"] = [de[code]]
    # plain 'congolais' is CD or CG: only the qualified forms and the country's short names
    table["CD"] = {
        "en": ["Congolese (DRC)"],
        "fr": ["congolais (RDC)", "congolaise (RDC)"],
        "nl": [],
        "de": [],
    }
    table["CG"] = {
        "en": ["Congolese (Brazzaville)"],
        "fr": ["congolais (Brazzaville)", "congolaise (Brazzaville)"],
    }
    table["CD"]["nl"] += ["Congolees (DRC)", "Congolese (DRC)"]
    table["CD"]["de"] += ["kongolesisch (DR Kongo)", "Kongolese (DR Kongo)", "Kongolesin (DR Kongo)"]
    table["CG"]["nl"] = ["Congolees (Brazzaville)", "Congolese (Brazzaville)"]
    table["CD"]["en"] += ["DRC", "DR Congo", "Congo (DRC)", "Congo DRC", "Congo-Kinshasa", "Zaire"]
    table["CD"]["fr"] += [
        "RDC",
        "RD Congo",
        "Congo (RDC)",
        "Congo RDC",
        "République démocratique du Congo",
        "Zaïre",
    ]
    table["CD"]["nl"] += ["DR Congo", "Congo (DRC)", "Democratische Republiek Congo", "Zaïre"]
    table["CD"]["de"] += ["DR Kongo", "Demokratische Republik Kongo", "Kongo (DR)"]
    table["CG"]["fr"] += ["Congo-Brazzaville", "Congo Brazzaville", "République du Congo"]
    table["CG"]["de"] = ["Republik Kongo", "Kongo-Brazzaville"]
    for code, names in {
        "CI": ["Elfenbeinküste"],
        "MK": ["Mazedonien", "Nordmazedonien"],
        "BY": ["Weißrussland"],
        "MM": ["Birma", "Burma"],
        "CZ": ["Tschechische Republik"],
        "MD": ["Moldawien", "Republik Moldau"],
        "XK": ["Kosovo"],
        "GB": ["Großbritannien", "England"],
        "US": ["USA", "Vereinigte Staaten von Amerika"],
    }.items():
        table[code]["de_name"] = list(dict.fromkeys([*table[code].get("de_name", []), *names]))
    table["XX"]["en"] += ["statelessness", "no nationality"]
    table["XX"]["de"] += ["staatenlosigkeit", "ohne staatsangehörigkeit"]
    table["XX"]["fr"] += ["sans nationalité"]
    table["XX"]["nl"] += ["zonder nationaliteit"]
    claims: dict[str, set[str]] = defaultdict(set)
    for code, f in table.items():
        for words in f.values():
            for w in words:
                claims[fold(w)].add(code)
    clash = sorted(w for w, c in claims.items() if len(c) > 1)
    for f in table.values():
        for k in f:
            f[k] = [w for w in f[k] if fold(w) not in clash]
    head = (
        "# Generated by tools/make_demonyms.py: do not edit by hand, edit the tool and rerun it.\n"
        "# Citizenship code -> nationality words (en, fr, nl, de) and German country name (de_name).\n"
        f"# Left out as ambiguous (two codes): {', '.join(clash) or 'none'}\n"
    )
    body = "".join(
        yaml.safe_dump(
            {c: table[c]}, allow_unicode=True, sort_keys=False, default_flow_style=True, width=10**6
        )[1:-2]
        + "\n"
        for c in sorted(table)
    )
    OUT.write_text(head + body, "utf-8")
    n = sum(len(w) for f in table.values() for w in f.values())
    print(f"{OUT.relative_to(ROOT)}: {len(table)} codes, {n} words")


if __name__ == "__main__":
    main()
