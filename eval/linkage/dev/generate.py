#!/usr/bin/env python3
"""Labelled DEVELOPMENT data generator for record linkage of registrations of
(presumed) victims of trafficking in human beings across several actors.

    python generate.py --persons N --seed S --out DIR [--rate-<phenomenon> R ...]
                       [--only P1,P2] [--disable P1,P2] [--list-phenomena]

Writes DIR/records.csv (record_id,source,first_name,last_name,birth_date,sex,
citizenship,document_number) and DIR/truth.csv (record_id,person_id).

Everything is synthetic.  Name pools were written for this generator.
Deterministic given --seed and the flags (Python stdlib `random` streams,
string-seeded, plus numpy for record ids).  Each noise phenomenon draws from
its own random stream with a fixed number of draws per record, so switching
one phenomenon on or off leaves the base population and the other
phenomena's decisions unchanged (same seed -> same persons, same actors).
See README.md for the noise model.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import os
import random
import sys
import time
import unicodedata

import numpy as np

SOURCES = ["police", "inspection", "immigration", "centre1", "centre2", "centre3"]

# ---------------------------------------------------------------------------
# Name pools.  Entry grammar:  Canonical/variant/variant=Cyrillic
# Lists are ordered most-common first (Zipf rank order).
# ---------------------------------------------------------------------------
POOLS_RAW = {
    "RO": dict(
        f="Ioana,Maria,Elena,Andreea,Alexandra,Mihaela,Florentina,Cristina,Gabriela,Ramona,Roxana,"
          "Denisa,Bianca,Larisa,Alina,Georgiana,Nicoleta,Simona,Daniela,Loredana,Ionela,Mădălina,"
          "Anișoara,Luminița,Petruța,Violeta,Claudia,Adriana,Lavinia,Iuliana/Juliana,Florica,Rodica",
        m="Ion,Gheorghe,Constantin,Vasile,Marian,Florin,Ionuț,Adrian,Cătălin,Bogdan,Mihai,Ștefan,"
          "Costel,Nicușor,Dănuț,Sorin,Marius,Cristian,Alexandru,Lucian,Viorel,Gigel,Fănel,Ovidiu,"
          "Răzvan,Dorel,Nelu,Iulian/Julian",
        s="Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Rusu,Munteanu,Matei,Constantin,Șerban,"
          "Moldovan,Lungu,Mihai,Dinu,Lazăr,Neagu,Căldăraru,Florea,Ursu,Vlad,Bălan,Tănase,Preda,"
          "Oprea,Sârbu/Sîrbu,Ciobanu,Zamfir,Chiriac,Mocanu,Rădulescu,Năstase,Dobre,Badea,Pîrvu/Pârvu,"
          "Țurcanu,Gavrilă,Lăutaru,Stănescu",
    ),
    "BG": dict(
        f="Mariya/Maria/Mariia=Мария,Ivanka=Иванка,Elena=Елена,Yordanka/Iordanka/Jordanka=Йорданка,"
          "Desislava=Десислава,Tsvetelina/Cvetelina/Tzvetelina=Цветелина,Gergana=Гергана,Radka=Радка,"
          "Silviya/Silvia=Силвия,Galina=Галина,Petya/Petia=Петя,Nadezhda/Nadejda=Надежда,"
          "Violeta=Виолета,Kremena=Кремена,Milena=Милена,Stefka=Стефка,Yana/Iana=Яна,"
          "Ralitsa/Ralica/Ralitza=Ралица,Borislava=Борислава,Zornitsa/Zornica=Зорница,"
          "Daniela=Даниела,Emiliya/Emilia=Емилия,Fatme/Fatma=Фатме,Ayshe/Aishe=Айше",
        m="Georgi=Георги,Ivan=Иван,Dimitar/Dimitur/Dimiter=Димитър,Nikolay/Nikolai=Николай,"
          "Petar/Petur/Peter=Петър,Hristo/Khristo/Christo=Христо,Stoyan/Stoian=Стоян,Todor=Тодор,"
          "Angel=Ангел,Yordan/Iordan/Jordan=Йордан,Vasil=Васил,Atanas=Атанас,Krasimir=Красимир,"
          "Plamen=Пламен,Asen/Assen=Асен,Mihail=Михаил,Stefan=Стефан,Kaloyan/Kaloian=Калоян,"
          "Svetoslav=Светослав,Emil=Емил,Ahmed=Ахмед,Mehmed/Mehmet=Мехмед",
        s="Ivanov=Иванов,Georgiev=Георгиев,Dimitrov=Димитров,Petrov=Петров,Nikolov=Николов,"
          "Hristov/Khristov/Christov=Христов,Stoyanov/Stoianov=Стоянов,Todorov=Тодоров,Iliev=Илиев,"
          "Atanasov=Атанасов,Angelov=Ангелов,Yordanov/Iordanov=Йорданов,Kostov=Костов,"
          "Marinov=Маринов,Petkov=Петков,Kolev=Колев,Yankov/Iankov=Янков,"
          "Mihaylov/Mihailov=Михайлов,Asenov/Assenov=Асенов,Rusev=Русев,Dobrev=Добрев,"
          "Zhelev/Jelev=Желев,Tsvetkov/Cvetkov=Цветков,Kirilov=Кирилов,Mladenov=Младенов,"
          "Ahmedov=Ахмедов,Mehmedov=Мехмедов,Salimov=Салимов,Kamberov=Камберов,Yuseinov/Iuseinov=Юсеинов",
    ),
    "UA": dict(
        f="Olena/Elena=Олена,Yuliia/Yulia/Iuliia/Julia=Юлія,Kateryna/Ekaterina/Katerina=Катерина,"
          "Nataliia/Natalia/Natalya=Наталія,Oksana=Оксана,Tetiana/Tatiana/Tetyana=Тетяна,"
          "Iryna/Irina=Ірина,Svitlana/Svetlana=Світлана,Anastasiia/Anastasia=Анастасія,"
          "Viktoriia/Viktoria/Victoria=Вікторія,Halyna/Galina/Halina=Галина,Mariia/Maria=Марія,"
          "Khrystyna/Kristina/Khristina=Христина,Liudmyla/Lyudmila/Ludmila=Людмила,"
          "Daryna/Darina=Дарина,Alina=Аліна,Valentyna/Valentina=Валентина,Yana/Iana=Яна,"
          "Solomiia/Solomiya=Соломія,Oleksandra/Aleksandra/Olexandra=Олександра",
        m="Oleksandr/Aleksandr/Olexandr/Alexander=Олександр,Mykola/Nikolai/Mikola=Микола,"
          "Volodymyr/Vladimir/Volodimir=Володимир,Serhii/Serhiy/Sergei/Sergey=Сергій,"
          "Andrii/Andriy/Andrei/Andrey=Андрій,Oleh/Oleg=Олег,Dmytro/Dmitry/Dmitro=Дмитро,"
          "Yurii/Yuriy/Yuri/Iurii=Юрій,Ihor/Igor=Ігор,Vasyl/Vasiliy/Vasil=Василь,"
          "Mykhailo/Mikhail/Mykhaylo=Михайло,Taras=Тарас,Bohdan/Bogdan=Богдан,Petro/Pyotr/Petr=Петро,"
          "Vitalii/Vitaliy/Vitaly=Віталій,Roman=Роман,Artem/Artyom=Артем,"
          "Yevhen/Evgeny/Ievgen/Yevgen=Євген,Maksym/Maxim/Maksim=Максим,Denys/Denis=Денис",
        s="Shevchenko=Шевченко,Kovalenko=Коваленко,Bondarenko=Бондаренко,Tkachenko/Tkatchenko=Ткаченко,"
          "Kravchenko=Кравченко,Boiko/Boyko=Бойко,Melnyk/Melnik=Мельник,Kovalchuk/Kovalczuk=Ковальчук,"
          "Oliinyk/Oliynyk/Oleinik=Олійник,Lysenko/Lisenko=Лисенко,Marchenko=Марченко,"
          "Rudenko=Руденко,Savchenko=Савченко,Shevchuk=Шевчук,Moroz=Мороз,Kravchuk=Кравчук,"
          "Polishchuk/Polischuk=Поліщук,Hrytsenko/Gritsenko/Hritsenko=Гриценко,Pavlenko=Павленко,"
          "Lytvynenko/Litvinenko=Литвиненко,Ponomarenko=Пономаренко,Tkachuk=Ткачук,"
          "Kushnir=Кушнір,Voloshyn/Voloshin=Волошин,Zinchenko=Зінченко,"
          "Honcharenko/Goncharenko=Гончаренко,Yatsenko/Iatsenko=Яценко,Klymenko/Klimenko=Клименко,"
          "Moskalenko=Москаленко,Karpenko=Карпенко,Ivanov=Іванов,Sydorenko/Sidorenko=Сидоренко",
    ),
    "HU": dict(
        f="Erzsébet,Katalin,Éva,Zsuzsanna,Ildikó,Anikó,Krisztina,Andrea,Mónika,Edit,Judit,Ágnes,"
          "Tímea,Nikolett/Nikoletta,Szilvia,Zsófia,Boglárka,Réka,Dóra,Vivien,Kitti,Klaudia,Mária",
        m="László,István,József,János,Zoltán,Sándor,Gábor,Ferenc,Attila,Péter,Tamás,Zsolt,Tibor,"
          "Csaba,Gyula,Lajos,Imre,Balázs,Norbert,Krisztián,Róbert,Dávid,Bence,Levente",
        s="Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp,Lakatos,"
          "Takács,Juhász,Oláh,Mészáros,Simon,Rácz,Fekete,Szilágyi,Török,Fehér,Gál,Kocsis,Orsós,"
          "Sárközi,Rostás,Kolompár,Bódi,Csonka,Pásztor",
    ),
    "VN": dict(
        f="Hương,Lan,Linh,Trang,Hà,Thảo,Ngọc,Mai,Huyền,Nhung,Phương,Anh,Dung,Hằng,Yến,Vân,Loan,Nga,"
          "Thúy/Thuý,Hạnh",
        m="Tuấn,Dũng,Hùng,Minh,Nam,Hải,Long,Tùng,Thắng,Hoàng,Quân,Đức,Sơn,Cường,Khánh,Phúc,Huy,"
          "Trung,Bình,Việt",
        s="Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trương,"
          "Đào,Lương,Mai,Trịnh,Cao,Tạ",
        mf="Thị,Ngọc,Thu,Thanh,Kim,Hồng,Bích",
        mm="Văn,Đức,Minh,Quang,Hữu,Công,Xuân",
    ),
    "CN": dict(
        f="Xiaoling/Xiao Ling/Xiao-Ling,Lina/Li Na,Meiling/Mei Ling/Mei-Ling,Jing,Yan,Hui,"
          "Xiaoyan/Xiao Yan,Fang,Ying,Lihua/Li Hua,Xiuying/Xiu Ying,Min,Yuqing/Yu Qing,Hong,"
          "Juan,Ping,Yue,Xue,Qian,Lan",
        m="Wei,Jun,Lei,Jian,Qiang,Ming,Hao,Tao,Bo,Yong,Jie,Chao,Gang,Xiaoming/Xiao Ming/Hsiao-Ming,"
          "Zhiwei/Zhi Wei/Chih-Wei,Jianguo/Jian Guo,Haitao/Hai Tao,Jianhua/Jian Hua,"
          "Zhiqiang/Zhi Qiang,Peng",
        s="Wang/Wong,Li/Lee,Zhang/Chang/Cheung,Liu/Lau,Chen/Chan,Yang/Yeung,Huang/Hwang,"
          "Zhao/Chiu,Wu/Woo,Zhou/Chow/Chou,Xu/Hsu,Sun,Ma,Zhu/Chu,Hu,Guo/Kuo,He/Ho,Lin/Lam,Gao/Kao,"
          "Luo/Lo,Zheng/Cheng,Liang/Leung,Xie/Hsieh,Song,Tang,Han,Feng,Deng/Teng,Cao,Peng,Zeng,Xiao",
    ),
    "IN": dict(
        f="Priya,Pooja/Puja,Sunita,Anita,Kavita/Kavitha,Lakshmi/Laxmi,Deepa,Rekha,Sarita,Neha,Jyoti,"
          "Manisha,Geeta/Gita,Shabnam,Fatima/Fathima,Rani,Savitri,Sangeeta/Sangita,Parvati/Parvathi,"
          "Ayesha/Aisha,Harpreet,Simran",
        m="Rahul,Amit,Rajesh,Suresh,Ramesh,Sanjay,Vijay,Anil,Manoj,Sunil,"
          "Mohammed/Mohamed/Muhammad/Mohammad,Arjun,Ravi,Gurpreet,Mahesh,Dinesh,Rakesh,Imran,"
          "Salim/Saleem,Jaspal,Balwinder",
        s="Kumar,Singh,Sharma,Patel,Das,Yadav,Gupta,Khan,Reddy,Nair,Shaikh/Sheikh,Ansari,Mishra,"
          "Chauhan,Verma,Pillai,Rao,Mondal/Mandal,Biswas,Thakur,Choudhary/Chaudhary/Chowdhury,"
          "Sandhu,Gill,Begum",
    ),
    "NG": dict(
        f="Blessing,Joy,Precious,Favour/Favor,Mercy,Gift,Peace,Faith,Esther,Osasere,Itohan,Ivie,"
          "Omosede,Efe,Osayuki,Chioma,Ngozi,Adaeze,Amaka,Funmilayo/Funmilola,Folake,Yetunde,Aisha,"
          "Fatima,Princess,Eki",
        m="Emmanuel,Godwin,Samuel,Osagie,Osaro,Efosa/Efosa,Eghosa,Sunday,Friday,Kingsley,Prince,"
          "Lucky,Chukwuemeka,Chinedu,Obinna,Ikechukwu,Olumide,Babatunde,Adewale,Musa,Ibrahim,"
          "Abubakar/Abubakr,Mohammed/Muhammad/Mohamed",
        s="Omoregie,Osagie,Igbinedion,Aigbe,Edosomwan,Osayande,Idahosa,Ogbebor,Uwaifo,Iyamu,"
          "Obasogie,Ehigiator,Okafor,Okonkwo,Eze,Nwachukwu,Obi,Adeyemi,Ogunleye,Balogun,Adebayo,"
          "Okoro,Okoh,Okeke,Ibrahim,Bello,Abdullahi/Abdulahi,Usman/Osman,Mohammed/Muhammad/Mohamed",
    ),
    "MA": dict(
        f="Fatima/Fatma/Fatema,Khadija/Khadidja/Khadijah,Aicha/Aïcha/Aisha,Meryem/Maryam/Meriem,"
          "Naima/Naïma,Zineb/Zainab/Zaynab,Hanane/Hanan,Samira,Latifa,Karima,Salma,Imane/Iman,Nadia,"
          "Souad/Suad,Hafsa,Siham,Loubna/Lubna,Houda/Huda,Rachida/Rashida,Ikram",
        m="Mohamed/Mohammed/Muhammad/Mohammad/Mohamad,Ahmed/Ahmad,Youssef/Yousef/Youssouf/Yusuf,"
          "Abdelkader/Abdelkadir/Abdulkadir,Hassan/Hasan,Rachid/Rashid,Karim,Said/Saïd/Saeed,"
          "Mustapha/Mustafa/Moustafa,Omar/Umar,Hamza,Khalid/Khaled,Abdellah/Abdallah/Abdullah,"
          "Brahim/Ibrahim,Driss/Idriss,Nabil,Hicham/Hisham,Ayoub/Ayub,Soufiane/Sofiane/Sufyan,"
          "Mehdi/Mahdi,Anouar/Anwar",
        s="El Amrani,El Idrissi,Ben Ali,Bennani,El Alaoui,El Ouardi,Ben Moussa,El Fassi,Berrada,"
          "Tazi,Chraibi/Chraïbi,El Mansouri,Bouzid,Ait Ahmed,Azzouzi,Ouahbi/Wahbi,Ziani,El Khattabi,"
          "Ben Youssef,Haddad,Lahlou,Al Idrissi,El Hassani,Boukhris,Ben Abdellah,Al Hashimi/Al Hachimi",
    ),
    "AL": dict(
        f="Ermira,Elona,Anila,Blerina,Mimoza,Valbona,Arta,Drita,Lindita,Klea,Ornela,Jonida,Fatjona,"
          "Rovena,Eriselda,Mirela,Xhuljeta/Xhulieta,Alketa,Brunilda,Marsela,Entela,Dorina,Ardita",
        m="Arben,Artan,Ilir,Gentian,Besnik,Fatmir,Agron,Dritan,Erion,Ardit,Klodian,Alban,Shkëlqim,"
          "Bledar,Genti,Mentor,Kujtim,Ndriçim,Ervin,Altin,Sokol,Endrit",
        s="Hoxha/Hoxhaj,Shehu/Shehaj,Gjoka,Leka,Kola,Marku,Çela,Dervishi,Prifti,Brahimi,Kurti,"
          "Krasniqi,Berisha,Gashi,Hysa,Lika,Muça,Toska,Qose,Zeneli,Basha,Hasani,Bajrami,Dushku,"
          "Meta,Tafa,Mema,Xhafa,Gjini,Koçi,Doçi,Halili",
    ),
    "ER": dict(
        f="Senait/Senayt,Selam/Salam,Helen,Abrehet/Abrehit,Meron,Rahel/Rachel,Yordanos/Yordanose,"
          "Saba,Luwam/Luam,Semhar,Ruta,Feven/Fiyori,Tirhas/Tirhass,Winta/Wintana,Hiwet/Hewet,"
          "Almaz,Freweyni/Frewoini/Fraweyni,Mihret/Mhret,Segen/Seghen,Tsega/Tsige",
        m="Yohannes/Yohanes/Yohannis/Johannes,Tesfay/Tesfaye/Tesfai,Tsegay/Tsegai/Tsegaye,"
          "Berhane/Birhane/Berhani,Mebrahtu/Mebrahtom/Mebrahatu,Haile/Hayle,Kidane/Kidani,"
          "Tewelde/Tewolde/Teweldemedhin,Ghebremedhin/Gebremedhin/Ghebremedin,"
          "Ghirmay/Girmay/Ghirmai,Amanuel/Emanuel/Amaniel,Filmon/Filimon/Philemon,Yonas/Yonatan/Jonas,"
          "Habtom/Habtu,Semere/Semre,Kibrom/Kbrom/Kiberom,Mussie/Musie/Mussié,Robel,Dawit/David,"
          "Weldu/Woldu,Teklay/Teklai/Tekle,Goitom/Goytom",
        # Eritrean "surnames" are the father's / grandfather's given names: compound names
        # first, then the male pool is appended at parse time.
        s="Ghebreyesus/Gebreyesus/Gebreiyesus,Andemariam/Andemaryam,Woldemichael/Weldemichael/Woldemikael,"
          "Ghebrehiwet/Gebrehiwet,Tekleab/Tekleyb,Habtemariam/Habtemaryam,Weldegiorgis/Woldegiorgis,"
          "Zerai/Zeray,Asmerom/Asmerem,Negash/Negasi",
    ),
    "BR": dict(
        f="Maria,Ana,Juliana,Fernanda,Aline,Camila,Patrícia,Jéssica/Jessica,Bruna,Letícia,Larissa,"
          "Thaís/Taís,Daniela,Vanessa,Luana,Raquel,Francisca,Antônia/Antónia,Adriana,Kelly/Kelli,"
          "Tatiane/Tatiana,Rayane/Raiane,Gabriela,Paula,Cristina,Sueli",
        m="João,José,Antônio/António,Francisco,Carlos,Paulo,Lucas,Gabriel,Rafael,Mateus/Matheus,"
          "Thiago/Tiago,Felipe/Filipe,Rodrigo,Bruno,Leandro,Wellington/Welington,Luiz/Luís,"
          "Marcos/Marcus,Edson,Anderson,Diego,Gustavo,Henrique",
        s="da Silva,dos Santos,de Oliveira,de Souza/de Sousa,Rodrigues,Ferreira,Alves,Pereira,Lima,"
          "Gomes,da Costa,Ribeiro,Martins,Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,"
          "Rocha,Dias,do Nascimento,Araújo,Moreira,Cardoso,Gonçalves,da Conceição,Mendes,Batista/Baptista",
    ),
    "BE": dict(
        f="Marie,Sarah,Laura,Julie,Lotte,Emma,Charlotte,Sofie/Sophie,Els,An/Ann,Katrien,Nathalie,"
          "Isabelle,Véronique,Hélène,Chloé,Eline,Fien,Lien,Ine,Amélie,Manon,Anne,Françoise",
        m="Jan,Pieter,Tom,Bart,Koen,Wim,Stijn,Dirk,Kevin,Jens,Thomas,Nicolas,Olivier,François,"
          "Sébastien,Jérôme,Maxime,Arnaud,Benoît,Gilles,Wout,Jef,Luc,Marc",
        s="Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,De Smet,De Vos,"
          "Van Damme,Van den Broeck,Vermeulen,Dubois,Lambert,Dupont,Martin,Leroy,Lejeune,"
          "Van de Velde,De Backer,Van Acker,De Clercq,Van Hecke,Deschamps,Lemaire,Renard,Van Dyck,"
          "De Meyer,Verstraeten,Van der Linden",
    ),
}

# origin -> citizenship, share female, P(second given name), P(second surname),
# dual-nationality options, married-surname custom, weight in population
ORIGINS = {
    #      weight  F     2nd_given 2nd_surname dual options                married
    "RO": (0.14, 0.70, 0.30, 0.00, ["MD"], True),
    "BG": (0.10, 0.70, 0.05, 0.00, ["TR", "MK"], True),
    "NG": (0.12, 0.85, 0.25, 0.00, ["GB"], True),
    "MA": (0.08, 0.60, 0.05, 0.00, ["ES", "FR", "BE", "NL"], False),
    "AL": (0.06, 0.70, 0.05, 0.00, ["GR", "IT"], True),
    "UA": (0.08, 0.65, 0.00, 0.00, ["RU", "HU"], True),
    "VN": (0.07, 0.45, 0.92, 0.00, [], False),   # 2nd given = Vietnamese middle name
    "CN": (0.06, 0.50, 0.00, 0.00, [], False),
    "IN": (0.06, 0.35, 0.10, 0.00, ["GB"], True),
    "ER": (0.05, 0.50, 0.00, 0.45, ["ET"], False),  # 2nd surname = grandfather's name
    "BR": (0.05, 0.75, 0.30, 0.70, ["PT", "IT"], True),
    "BE": (0.08, 0.75, 0.45, 0.00, ["MA", "TR", "CD"], True),
    "HU": (0.05, 0.65, 0.10, 0.00, ["RO", "RS", "SK"], True),
}
FAMILY_FIRST_ORIGINS = ("VN", "CN", "HU")
CYRILLIC_ORIGINS = ("UA", "BG")
GENDERED_SURNAMES = ("BG", "UA")
EU = ("RO", "BG", "HU", "BE")

DOC_PATTERN = {
    "RO": "05DDDDDDD", "BG": "DDDDDDDDD", "NG": "ADDDDDDDD", "MA": "LLDDDDDDD", "AL": "BLDDDDDDD",
    "UA": "LLDDDDDD", "VN": "CDDDDDDD", "CN": "EDDDDDDDD", "IN": "LDDDDDDD", "ER": "PDDDDDDD",
    "BR": "LLDDDDDD", "BE": "LLDDDDDD", "HU": "LLDDDDDD", "GB": "DDDDDDDDD", "MD": "ABDDDDDDD",
    "TR": "UDDDDDDDD", "MK": "MDDDDDDD", "ES": "PLLDDDDDD", "FR": "DDLLDDDDD", "NL": "LLDDDDDDD",
    "GR": "LLDDDDDDD", "IT": "YLDDDDDDD", "RU": "DDDDDDDDD", "ET": "EPDDDDDDD", "PT": "LDDDDDD",
    "CD": "OPDDDDDDD", "RS": "DDDDDDDDD", "SK": "LLDDDDDDD",
}

ACTOR_WEIGHT = {"police": 0.22, "inspection": 0.14, "immigration": 0.18,
                "centre1": 0.20, "centre2": 0.14, "centre3": 0.12}
DOC_RECORDED = {"police": 0.45, "inspection": 0.30, "immigration": 0.90,
                "centre1": 0.20, "centre2": 0.15, "centre3": 0.10}
LABOUR_ORIGINS = ("VN", "CN", "IN", "UA", "RO", "BG")

# ---------------------------------------------------------------------------
# Phenomena: name -> (default rate, level, description)
# ---------------------------------------------------------------------------
PHENOMENA = {
    "zipf":               (1.0,  "pool", "Zipf exponent s of name-frequency distribution (0 = uniform)"),
    "namesakes":          (0.03, "person", "person forced to share first+last name of an earlier person (same origin/sex); half also share birth year"),
    "placeholder_dates":  (0.12, "record", "birth date replaced by YYYY-01-01 / YYYY-07-01 / empty / year derived from age (off by one)"),
    "whole_name_in_last": (0.04, "record", "whole name put in last_name, first_name empty"),
    "family_name_first":  (0.50, "record", "VN/CN/HU persons at police and centre3: family name in first_name"),
    "second_name_dropped":(0.40, "record", "second given name / Vietnamese middle name / second surname dropped"),
    "particles":          (0.40, "record", "surname particles (El, Al, Ben, Ait, Van, De, da, dos) dropped, joined, hyphenated or lower-cased"),
    "translit":           (0.35, "record", "transliteration/spelling variants (Oleksandr/Aleksandr, Mohamed/Muhammad, Tigrinya, pinyin/Wade-Giles, ...)"),
    "cyrillic":           (0.60, "record", "UA/BG persons written in Cyrillic at centre2"),
    "diacritics":         (0.40, "record", "diacritics stripped (or expanded ö->oe)"),
    "married_surname":    (0.30, "person", "adult woman has a married surname; records use maiden, married or combined"),
    "ocr_typos":          (0.05, "record", "OCR confusion (rn/m, l/1, O/0, cl/d, ...) in a name or document number"),
    "keyboard_typos":     (0.06, "record", "keyboard typo (adjacent key, transposition, deletion, doubling)"),
    "uppercase":          (0.50, "record", "names written in upper case (actor-dependent)"),
    "sex_wrong":          (0.015,"record", "sex recorded as the opposite"),
    "dual_nationality":   (0.08, "person", "person with a second citizenship (and passport); each record uses either"),
    "duplicate_registration": (0.03, "record", "same actor registers the person a second time (independent noise)"),
    "missing_fields":     (0.06, "record", "one of sex/citizenship/document/first/last name left empty"),
}

# Actor multipliers applied to the record-level rate (effective p = min(1, rate*mult)).
ACTOR_MULT = {
    "placeholder_dates":  {"police": 1.0, "inspection": 1.6, "immigration": 0.3, "centre1": 1.0, "centre2": 1.0, "centre3": 1.6},
    "whole_name_in_last": {"police": 1.0, "inspection": 2.5, "immigration": 0.2, "centre1": 1.0, "centre2": 0.5, "centre3": 1.0},
    "family_name_first":  {"police": 1.0, "inspection": 0.0, "immigration": 0.0, "centre1": 0.0, "centre2": 0.0, "centre3": 1.0},
    "cyrillic":           {"police": 0.0, "inspection": 0.0, "immigration": 0.0, "centre1": 0.0, "centre2": 1.0, "centre3": 0.0},
    "diacritics":         {"police": 1.5, "inspection": 1.2, "immigration": 2.0, "centre1": 0.5, "centre2": 0.7, "centre3": 0.7},
    "uppercase":          {"police": 1.4, "inspection": 0.6, "immigration": 1.8, "centre1": 0.2, "centre2": 0.1, "centre3": 0.3},
    "ocr_typos":          {"police": 0.8, "inspection": 1.5, "immigration": 1.5, "centre1": 0.6, "centre2": 0.6, "centre3": 1.0},
    "keyboard_typos":     {"police": 1.0, "inspection": 1.2, "immigration": 0.6, "centre1": 1.0, "centre2": 1.0, "centre3": 1.2},
    "missing_fields":     {"police": 0.8, "inspection": 1.5, "immigration": 0.3, "centre1": 1.0, "centre2": 1.2, "centre3": 1.2},
    "translit":           {"police": 1.0, "inspection": 1.2, "immigration": 0.6, "centre1": 1.0, "centre2": 1.0, "centre3": 1.2},
}
# placeholder dates are twice as likely for a person without any passport
PLACEHOLDER_NO_DOC_MULT = 2.0

PARTICLES = {"el", "al", "ben", "ait", "van", "de", "den", "der", "da", "dos", "das", "do", "di", "le", "la", "du", "des"}


# ---------------------------------------------------------------------------
# Pool parsing
# ---------------------------------------------------------------------------
class Pool:
    def __init__(self, origin, raw):
        self.origin = origin
        self.variants = {}   # canonical token -> [variant spellings]
        self.cyr = {}        # canonical token -> Cyrillic
        self.f = self._parse(raw["f"])
        self.m = self._parse(raw["m"])
        self.s = self._parse(raw["s"])
        if origin == "ER":
            self.s = self.s + [x for x in self.m if x not in self.s]
        self.mf = self._parse(raw["mf"]) if "mf" in raw else []
        self.mm = self._parse(raw["mm"]) if "mm" in raw else []
        if origin in GENDERED_SURNAMES:
            for canon in list(self.s):
                if _gendered(canon):
                    fem = canon + "a"
                    self.variants[fem] = [v + "a" for v in self.variants.get(canon, [])]
                    if canon in self.cyr:
                        self.cyr[fem] = self.cyr[canon] + "а"
        self.cum = {}

    def _parse(self, text):
        out = []
        for entry in text.split(","):
            entry = entry.strip()
            if not entry:
                continue
            cyr = None
            if "=" in entry:
                entry, cyr = entry.split("=", 1)
            forms = entry.split("/")
            canon = forms[0]
            if canon in out:
                continue
            out.append(canon)
            vs = [f for f in forms[1:] if f != canon]
            if vs:
                self.variants[canon] = vs
            if cyr:
                self.cyr[canon] = cyr
        return out

    def set_zipf(self, s):
        for key in ("f", "m", "s", "mf", "mm"):
            lst = getattr(self, key)
            if not lst:
                continue
            w = [1.0 / (r ** s) for r in range(1, len(lst) + 1)]
            tot = sum(w)
            acc, cum = 0.0, []
            for x in w:
                acc += x / tot
                cum.append(acc)
            cum[-1] = 1.0
            self.cum[key] = cum

    def pick(self, key, rnd):
        lst = getattr(self, key)
        return lst[bisect.bisect_left(self.cum[key], rnd.random())]


def _gendered(surname):
    return surname.endswith(("ov", "ev", "in", "yn")) and " " not in surname


def female_form(origin, surname):
    if origin in GENDERED_SURNAMES and _gendered(surname):
        return surname + "a"
    return surname


# ---------------------------------------------------------------------------
# Noise streams: fixed consumption (2 draws) per call, whatever the outcome.
# ---------------------------------------------------------------------------
class Stream:
    __slots__ = ("r",)

    def __init__(self, seed, name):
        self.r = random.Random(f"linkage-dev:{seed}:{name}")

    def draw(self, p):
        u = self.r.random()
        s = self.r.getrandbits(64)
        if p > 0 and u < p:
            return random.Random(s)
        return None


# ---------------------------------------------------------------------------
# String noise helpers
# ---------------------------------------------------------------------------
SPECIAL_STRIP = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i"}
EXPAND = {"ö": "oe", "ő": "oe", "ü": "ue", "ű": "ue", "ä": "ae", "Ö": "Oe", "Ő": "Oe", "Ü": "Ue", "Ű": "Ue", "Ä": "Ae"}


def strip_diacritics(s):
    out = []
    for ch in s:
        if ch in SPECIAL_STRIP:
            out.append(SPECIAL_STRIP[ch])
            continue
        if ord(ch) < 128:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        base = d[0]
        if "LATIN" in unicodedata.name(base, ""):
            out.append("".join(c for c in d if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


def expand_umlauts(s):
    return strip_diacritics("".join(EXPAND.get(c, c) for c in s))


OCR_PAIRS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("l", "1"), ("I", "l"), ("i", "l"),
             ("O", "0"), ("o", "0"), ("e", "c"), ("c", "e"), ("h", "b"), ("n", "h"), ("u", "ii"),
             ("w", "vv"), ("S", "5"), ("B", "8"), ("a", "o"), ("t", "f"), ("E", "F"), ("ü", "u"),
             ("é", "e"), ("H", "N"), ("M", "N"), ("Z", "2"), ("G", "6"), ("U", "V")]
OCR_DOC = [("0", "O"), ("O", "0"), ("1", "I"), ("I", "1"), ("5", "S"), ("S", "5"), ("8", "B"),
           ("B", "8"), ("2", "Z"), ("6", "G"), ("7", "1"), ("3", "8")]


def ocr_noise(s, rnd, pairs=OCR_PAIRS):
    cands = []
    for a, b in pairs:
        start = s.find(a)
        while start != -1:
            cands.append((start, a, b))
            start = s.find(a, start + 1)
    if not cands:
        return s
    pos, a, b = cands[rnd.randrange(len(cands))]
    return s[:pos] + b + s[pos + len(a):]


def _kb_neighbours():
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    offs = [0.0, 0.25, 0.75]
    coords = {}
    for r, (row, off) in enumerate(zip(rows, offs)):
        for i, ch in enumerate(row):
            coords[ch] = (r, i + off)
    nb = {}
    for a, (ra, xa) in coords.items():
        nb[a] = "".join(b for b, (rb, xb) in coords.items()
                        if b != a and abs(ra - rb) <= 1 and abs(xa - xb) < 1.3)
    return nb


KB_NB = _kb_neighbours()


def keyboard_noise(s, rnd):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 2:
        return s
    op = rnd.random()
    i = letters[rnd.randrange(len(letters))]
    c = s[i]
    if op < 0.40:
        nb = KB_NB.get(strip_diacritics(c).lower())
        if nb:
            n = nb[rnd.randrange(len(nb))]
            n = n.upper() if c.isupper() else n
            return s[:i] + n + s[i + 1:]
        op = 0.5
    if op < 0.65:
        j = i + 1 if i + 1 < len(s) and s[i + 1].isalpha() else i - 1
        if j < 0 or not s[j].isalpha() or s[i] == s[j]:
            return s[:i] + s[i + 1:]
        a, b = min(i, j), max(i, j)
        return s[:a] + s[b] + s[a] + s[b + 1:]
    if op < 0.85:
        return s[:i] + s[i + 1:]
    return s[:i] + c + s[i:]


def particle_variant(surname, rnd):
    toks = surname.split(" ")
    k = 0
    while k < len(toks) - 1 and toks[k].lower() in PARTICLES:
        k += 1
    if k == 0:
        return surname
    parts, core = toks[:k], toks[k:]
    u = rnd.random()
    if u < 0.35:   # dropped
        return " ".join(core)
    if u < 0.65:   # joined
        j = "".join(p.capitalize() if i == 0 else p.lower() for i, p in enumerate(parts))
        c = " ".join(core)
        return j + (c.lower() if rnd.random() < 0.6 else c)
    if u < 0.82:   # hyphenated
        return "-".join(parts + [" ".join(core)])
    # case of particle changed (El -> el, da -> Da)
    parts = [p.lower() if p[0].isupper() else p.capitalize() for p in parts]
    return " ".join(parts + core)


# ---------------------------------------------------------------------------
# Population
# ---------------------------------------------------------------------------
class Person:
    __slots__ = ("pid", "origin", "sex", "given", "surnames", "married", "birth",
                 "cits", "docs", "actors", "dates")


def make_doc(cit, rnd):
    pat = DOC_PATTERN.get(cit, "LLDDDDDDD")
    out = []
    for ch in pat:
        if ch == "D":
            out.append(str(rnd.randrange(10)))
        elif ch == "L":
            out.append(chr(65 + rnd.randrange(26)))
        else:
            out.append(ch)
    return "".join(out)


def sample_actors(origin, k, rnd):
    w = dict(ACTOR_WEIGHT)
    if origin in EU:
        w["immigration"] *= 0.15
    if origin in LABOUR_ORIGINS:
        w["inspection"] *= 1.8
    if origin == "BE":
        w["inspection"] *= 0.5
    if origin in CYRILLIC_ORIGINS:
        w["centre2"] *= 1.5
    chosen = []
    for _ in range(k):
        names = [a for a in SOURCES if a not in chosen]
        tot = sum(w[a] for a in names)
        u = rnd.random() * tot
        acc = 0.0
        pick = names[-1]
        for a in names:
            acc += w[a]
            if u < acc:
                pick = a
                break
        chosen.append(pick)
    return chosen


def build_population(n, seed, rates, pools, actor_dist):
    rnd = random.Random(f"linkage-dev:{seed}:population")
    st_namesake = Stream(seed, "namesakes")
    st_married = Stream(seed, "married_surname")
    st_dual = Stream(seed, "dual_nationality")
    origins = list(ORIGINS)
    ow = np.cumsum([ORIGINS[o][0] for o in origins])
    ow = [float(x) for x in ow / ow[-1]]
    kcum = np.cumsum(actor_dist)
    kcum = [float(x) for x in kcum / kcum[-1]]
    start = dt.date(2019, 1, 1).toordinal()
    span = dt.date(2024, 12, 31).toordinal() - start
    persons = []
    by_group = {}
    for i in range(n):
        p = Person()
        p.pid = f"P{i + 1:06d}"
        o = origins[bisect.bisect_left(ow, rnd.random())]
        _, fshare, p2g, p2s, dual_opts, married_custom = ORIGINS[o]
        pool = pools[o]
        p.origin = o
        p.sex = "F" if rnd.random() < fshare else "M"
        key = "f" if p.sex == "F" else "m"
        # given names
        g1 = pool.pick(key, rnd)
        u2 = rnd.random()
        if o == "VN":
            mid = pool.pick("mf" if p.sex == "F" else "mm", rnd)
            p.given = [mid, g1] if u2 < p2g else [g1]
        else:
            g2 = pool.pick(key, rnd)
            p.given = [g1, g2] if (u2 < p2g and g2 != g1) else [g1]
        s1 = pool.pick("s", rnd)
        s2 = pool.pick("s", rnd)
        u3 = rnd.random()
        if o == "IN" and p.sex == "F" and s1 == "Singh" and u3 < 0.7:
            s1 = "Kaur"
        if p.sex == "F":
            s1, s2 = female_form(o, s1), female_form(o, s2)
        p.surnames = [s1, s2] if (u3 < p2s and s2 != s1) else [s1]
        # dates: first registration, age
        first = start + rnd.randrange(span)
        ua = rnd.random()
        if ua < 0.12:
            age = 14 + rnd.randrange(4)
        else:
            age = min(62, 18 + int(rnd.expovariate(1 / 9.0)))
        bday = first - age * 365 - rnd.randrange(365) - age // 4
        p.birth = dt.date.fromordinal(bday)
        # actors and registration dates
        k = bisect.bisect_left(kcum, rnd.random()) + 1
        p.actors = sample_actors(o, k, rnd)
        p.dates = [first] + [first + rnd.randrange(1, 730) for _ in range(k - 1)]
        # citizenship + documents (base)
        p.cits = [o]
        has_doc = rnd.random() < 0.72
        p.docs = [make_doc(o, rnd) if has_doc else ""]
        husband_s = pools["BE"].pick("s", rnd) if rnd.random() < 0.12 else pool.pick("s", rnd)
        dual_c = dual_opts[rnd.randrange(len(dual_opts))] if dual_opts else None
        dual_doc = make_doc(dual_c, rnd) if dual_c and rnd.random() < 0.8 else ""
        ns_u = rnd.random()
        # --- person-level phenomena (own streams) ---
        sub = st_namesake.draw(rates["namesakes"])
        grp = by_group.setdefault((o, p.sex), [])
        if sub is not None and grp:
            other = grp[sub.randrange(len(grp))]
            p.given = list(other.given)
            p.surnames = list(other.surnames)
            if ns_u < 0.5:
                try:
                    p.birth = p.birth.replace(year=other.birth.year)
                except ValueError:
                    p.birth = p.birth.replace(year=other.birth.year, day=28)
        grp.append(p)
        p.married = None
        sub = st_married.draw(rates["married_surname"])
        age_now = (p.dates[-1] - p.birth.toordinal()) / 365.25
        if sub is not None and married_custom and p.sex == "F" and age_now >= 20:
            hs = female_form(o, husband_s)
            if hs != p.surnames[0]:
                p.married = hs
        sub = st_dual.draw(rates["dual_nationality"])
        if sub is not None and dual_c:
            p.cits.append(dual_c)
            p.docs.append(dual_doc)
        persons.append(p)
    return persons


# ---------------------------------------------------------------------------
# Record generation
# ---------------------------------------------------------------------------
REC_PHEN = ["married_surname", "second_name_dropped", "particles", "cyrillic", "translit",
            "diacritics", "family_name_first", "whole_name_in_last", "ocr_typos",
            "keyboard_typos", "uppercase", "placeholder_dates", "sex_wrong",
            "dual_nationality", "missing_fields", "duplicate_registration"]


def eff(rates, phen, actor):
    return min(1.0, rates[phen] * ACTOR_MULT.get(phen, {}).get(actor, 1.0))


def make_record(p, actor, regdate, pools, rates, st, base):
    o = p.origin
    pool = pools[o]
    given = list(p.given)
    surn = list(p.surnames)

    # married surname: choose maiden / married / combined per record
    sub = st["married_surname"].draw(1.0 if p.married else 0.0)
    if sub is not None:
        u = sub.random()
        if u < 0.50:
            surn = [p.married]
        elif u < 0.65:
            if o == "HU":
                surn = [p.married + "né", p.surnames[0]]
            elif o == "BR":
                surn = surn + [p.married]
            else:
                surn = [f"{p.surnames[0]}-{p.married}"]
        elif o == "HU" and u < 0.72:
            surn = [p.married + "né"]

    # second given / second surname dropped
    sub = st["second_name_dropped"].draw(rates["second_name_dropped"])
    if sub is not None and (len(given) > 1 or len(surn) > 1):
        u = sub.random()
        which = "g" if len(surn) < 2 else ("s" if len(given) < 2 else ("g" if u < 0.5 else ("s" if u < 0.8 else "b")))
        if which in ("g", "b") and len(given) > 1:
            given = given[1:] if (o != "VN" and sub.random() < 0.2) else given[:1] if o != "VN" else given[1:]
        if which in ("s", "b") and len(surn) > 1:
            if o == "ER":
                surn = surn[:1]
            else:
                surn = surn[-1:] if sub.random() < 0.7 else surn[:1]

    # particles
    sub = st["particles"].draw(rates["particles"])
    if sub is not None:
        surn = [particle_variant(s, sub) for s in surn]

    # script / spelling
    sub_c = st["cyrillic"].draw(eff(rates, "cyrillic", actor))
    sub_t = st["translit"].draw(eff(rates, "translit", actor))
    sub_d = st["diacritics"].draw(eff(rates, "diacritics", actor))
    cyr = sub_c is not None and o in CYRILLIC_ORIGINS

    def map_tokens(names, fn):
        out = []
        for name in names:
            if name in pool.variants or name in pool.cyr:
                out.append(fn(name))
            else:
                out.append(" ".join(fn(t) for t in name.split(" ")) if " " in name else fn(name))
        return out

    if cyr:
        given = map_tokens(given, lambda t: pool.cyr.get(t, t))
        surn = map_tokens(surn, lambda t: pool.cyr.get(t, t))
    else:
        if sub_t is not None:
            def tv(t, r=sub_t):
                vs = pool.variants.get(t)
                if vs and r.random() < 0.8:
                    return vs[r.randrange(len(vs))]
                return t
            given = map_tokens(given, tv)
            surn = map_tokens(surn, tv)
        if sub_d is not None:
            fn = expand_umlauts if (o == "HU" and sub_d.random() < 0.25) else strip_diacritics
            given = [fn(x) for x in given]
            surn = [fn(x) for x in surn]

    first = " ".join(given)
    last = " ".join(surn)

    sub = st["family_name_first"].draw(eff(rates, "family_name_first", actor))
    if sub is not None and o in FAMILY_FIRST_ORIGINS:
        if len(given) > 1 and o == "VN" and sub.random() < 0.35:
            first, last = " ".join(surn + given[:-1]), given[-1]
        else:
            first, last = last, first

    sub = st["whole_name_in_last"].draw(eff(rates, "whole_name_in_last", actor))
    if sub is not None:
        if o in FAMILY_FIRST_ORIGINS and sub.random() < 0.6:
            last = f"{last} {first}".strip()
        elif sub.random() < 0.8:
            last = f"{first} {last}".strip()
        else:
            last = f"{last} {first}".strip()
        first = ""

    # document / citizenship base
    sub_dual = st["dual_nationality"].draw(1.0 if len(p.cits) > 1 else 0.0)
    ci = 1 if (sub_dual is not None and sub_dual.random() < 0.5) else 0
    cit = p.cits[ci]
    b1, b2 = base.random(), base.random()
    doc = p.docs[ci] if b1 < DOC_RECORDED[actor] else ""
    if not doc and ci == 1 and p.docs[0] and b2 < 0.3:
        doc = p.docs[0]

    sub = st["ocr_typos"].draw(eff(rates, "ocr_typos", actor))
    if sub is not None:
        u = sub.random()
        if doc and u < 0.3:
            doc = ocr_noise(doc, sub, OCR_DOC)
        elif last and (u < 0.7 or not first):
            last = ocr_noise(last, sub)
        elif first:
            first = ocr_noise(first, sub)

    sub = st["keyboard_typos"].draw(eff(rates, "keyboard_typos", actor))
    if sub is not None:
        if first and (sub.random() < 0.5 or not last):
            first = keyboard_noise(first, sub)
        elif last:
            last = keyboard_noise(last, sub)

    sub = st["uppercase"].draw(eff(rates, "uppercase", actor))
    if sub is not None:
        if sub.random() < 0.8:
            first = first.upper()
        last = last.upper()

    # birth date
    bd = p.birth.isoformat()
    sub = st["placeholder_dates"].draw(min(1.0, eff(rates, "placeholder_dates", actor)
                                           * (PLACEHOLDER_NO_DOC_MULT if not any(p.docs) else 1.0)))
    if sub is not None:
        u = sub.random()
        if u < 0.35:
            bd = f"{p.birth.year:04d}-01-01"
        elif u < 0.50:
            bd = f"{p.birth.year:04d}-07-01"
        elif u < 0.80:
            bd = ""
        else:
            reg = dt.date.fromordinal(regdate)
            age = reg.year - p.birth.year - ((reg.month, reg.day) < (p.birth.month, p.birth.day))
            year = reg.year - age
            if year == p.birth.year:       # force the off-by-one of age conversion
                year += 1 if sub.random() < 0.8 else -1
            bd = f"{year:04d}-01-01"

    sex = p.sex
    sub = st["sex_wrong"].draw(rates["sex_wrong"])
    if sub is not None:
        sex = "M" if sex == "F" else "F"

    sub = st["missing_fields"].draw(eff(rates, "missing_fields", actor))
    if sub is not None:
        u = sub.random()
        if u < 0.35:
            sex = ""
        elif u < 0.70:
            cit = ""
        elif u < 0.85:
            doc = ""
        elif u < 0.92 and last:
            first = ""
        elif first:
            last = ""
    return [actor, first, last, bd, sex, cit, doc]


def generate(n, seed, rates, actor_dist):
    pools = {o: Pool(o, raw) for o, raw in POOLS_RAW.items()}
    for pl in pools.values():
        pl.set_zipf(rates["zipf"])
    persons = build_population(n, seed, rates, pools, actor_dist)
    st0 = {ph: Stream(seed, f"{ph}:0") for ph in REC_PHEN}
    st1 = {ph: Stream(seed, f"{ph}:1") for ph in REC_PHEN}
    base0 = random.Random(f"linkage-dev:{seed}:base:0")
    base1 = random.Random(f"linkage-dev:{seed}:base:1")
    rows, pids = [], []
    for p in persons:
        for actor, d in zip(p.actors, p.dates):
            rows.append(make_record(p, actor, d, pools, rates, st0, base0))
            pids.append(p.pid)
            dup = st0["duplicate_registration"].draw(rates["duplicate_registration"])
            if dup is not None:
                rows.append(make_record(p, actor, d + dup.randrange(1, 400), pools, rates, st1, base1))
                pids.append(p.pid)
    # record ids: random, unique, unrelated to person or order
    rng = np.random.default_rng(np.random.SeedSequence([int(seed) & 0xFFFFFFFF, 20240601]))
    m = len(rows)
    ids = set()
    out_ids = []
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while len(out_ids) < m:
        for v in rng.integers(0, 32 ** 9, size=m - len(out_ids) + 16, dtype=np.int64):
            v = int(v)
            if v in ids:
                continue
            ids.add(v)
            s = []
            for _ in range(9):
                s.append(alphabet[v & 31])
                v >>= 5
            out_ids.append("R" + "".join(s))
            if len(out_ids) == m:
                break
    order = sorted(range(m), key=lambda i: out_ids[i])
    return [(out_ids[i], rows[i], pids[i]) for i in order], persons


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default="out")
    ap.add_argument("--only", default="", help="comma list: keep only these phenomena on (others rate 0)")
    ap.add_argument("--disable", default="", help="comma list of phenomena to switch off")
    ap.add_argument("--actors-per-person", default="0.72,0.19,0.065,0.025",
                    help="probabilities of a person appearing at 1,2,3,4 actors")
    ap.add_argument("--list-phenomena", action="store_true")
    for ph, (rate, level, desc) in PHENOMENA.items():
        ap.add_argument(f"--rate-{ph.replace('_', '-')}", dest=f"rate_{ph}", type=float, default=rate,
                        help=f"[{level}] {desc} (default {rate})")
    a = ap.parse_args(argv)
    if a.list_phenomena:
        for ph, (rate, level, desc) in PHENOMENA.items():
            print(f"{ph:24s} {level:7s} default={rate:<6} {desc}")
        return 0
    rates = {ph: getattr(a, f"rate_{ph}") for ph in PHENOMENA}
    for flag in ("only", "disable"):
        for ph in [x.strip() for x in getattr(a, flag).split(",") if x.strip()]:
            if ph not in PHENOMENA:
                ap.error(f"unknown phenomenon {ph!r}; see --list-phenomena")
    if a.only:
        keep = {x.strip() for x in a.only.split(",") if x.strip()}
        rates = {ph: (r if ph in keep else 0.0) for ph, r in rates.items()}
    for ph in [x.strip() for x in a.disable.split(",") if x.strip()]:
        rates[ph] = 0.0
    actor_dist = [float(x) for x in a.actors_per_person.split(",")]
    if not 1 <= len(actor_dist) <= len(SOURCES):
        ap.error("--actors-per-person needs 1..6 probabilities")
    t0 = time.time()
    recs, persons = generate(a.persons, a.seed, rates, actor_dist)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "records.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "source", "first_name", "last_name", "birth_date", "sex",
                    "citizenship", "document_number"])
        for rid, row, _ in recs:
            w.writerow([rid] + row)
    with open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        for rid, _, pid in recs:
            w.writerow([rid, pid])
    counts = {}
    for _, _, pid in recs:
        counts[pid] = counts.get(pid, 0) + 1
    pairs = sum(c * (c - 1) // 2 for c in counts.values())
    print(f"persons={len(persons)} records={len(recs)} true_pairs={pairs} "
          f"seconds={time.time() - t0:.1f} out={a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
