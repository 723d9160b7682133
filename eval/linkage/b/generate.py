#!/usr/bin/env python3
"""linkage-b: process-based evaluation data generator for cross-register
record linkage of (presumed) victims of trafficking in human beings.

Independent generator. It does not add random typos to clean strings; it
simulates WHO registers a person, WHEN, FROM WHICH identity source (passport /
ID card, interview, third-party referral, copy of the referring register's
form), IN WHICH language and script, and with WHICH register conventions.
The errors in the output follow from that process.  See README.md.

    python generate.py --persons N --seed S --out DIR

writes DIR/records.csv and DIR/truth.csv (and DIR/provenance.csv with
--provenance: per-record process labels for stratified evaluation; never give
that file to the system under test).

Standard library + numpy only; deterministic given --seed.
"""
import argparse
import bisect
import csv
import datetime as dt
import os
import random
import re
import sys
import time
import unicodedata
from functools import lru_cache
from itertools import accumulate

import numpy as np

REGISTERS = ['police', 'social_inspection', 'immigration_office',
             'shelter_north', 'shelter_south', 'shelter_capital']
SHELTER_OF_REGION = {'north': 'shelter_north', 'south': 'shelter_south',
                     'capital': 'shelter_capital'}
EU = {'RO', 'BG', 'HU', 'BE', 'NL', 'FR', 'ES', 'PT', 'IT'}

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


class Pool:
    """Zipf-weighted pool: items listed in (approximate) frequency order."""

    def __init__(self, items, s=1.0):
        if isinstance(items, str):
            items = items.split()
        self.items = list(items)
        w = [1.0 / (i + 1) ** s for i in range(len(self.items))]
        self.cum = list(accumulate(w))
        self.total = self.cum[-1]

    def draw(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def wchoice(rng, pairs):
    """pairs: list of (item, weight)."""
    tot = 0.0
    for _, w in pairs:
        tot += w
    r = rng.random() * tot
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


def pick(rng, options):
    """options: list of spellings, first most likely (weights 1, .35, .15..)"""
    if len(options) == 1:
        return options[0]
    r = rng.random()
    if r < 0.68:
        return options[0]
    if r < 0.90 or len(options) == 2:
        return options[1]
    return options[2 + int(rng.random() * (len(options) - 2))]


_SPECIAL = str.maketrans({'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D',
                          'ł': 'l', 'Ł': 'L', 'æ': 'ae', 'Æ': 'AE', 'ı': 'i'})


@lru_cache(maxsize=200000)
def strip_acc(s):
    s = s.translate(_SPECIAL)
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(c))


AZERTY_OK = set('éèêëàâäçùûüïîôöñÉÈÊËÀÂÄÇÙÛÜÏÎÔÖÑ')


@lru_cache(maxsize=200000)
def azerty_reduce(s):
    """What survives typing on a Belgian AZERTY keyboard by hand."""
    return ''.join(c if (c in AZERTY_OK or ord(c) < 128) else strip_acc(c) for c in s)


@lru_cache(maxsize=200000)
def mrz_form(s):
    """ICAO 9303 machine-readable-zone rendering: upper, no diacritics,
    hyphen and apostrophe become filler (read back as a space / nothing)."""
    s = strip_acc(s).upper().replace('-', ' ').replace("'", '')
    return re.sub(r'\s+', ' ', s).strip()


def has_nonlatin(s):
    for c in s:
        if ord(c) > 0x24F:
            return True
    return False


def titlecase(s):
    out = []
    cap = True
    for c in s:
        if cap and c.isalpha():
            out.append(c.upper())
            cap = False
        else:
            out.append(c.lower() if c.isalpha() else c)
        if c in " -'":
            cap = True
    return ''.join(out)


# AZERTY (Belgian) physical neighbours for slip-of-the-finger typos
_ROWS = ['azertyuiop', 'qsdfghjklm', 'wxcvbn']
NEIGH = {}
for _r, _row in enumerate(_ROWS):
    for _i, _ch in enumerate(_row):
        nb = []
        if _i > 0:
            nb.append(_row[_i - 1])
        if _i < len(_row) - 1:
            nb.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < len(_ROWS):
                for _j in (_i, _i + 1 if _rr < _r else _i - 1):
                    if 0 <= _j < len(_ROWS[_rr]):
                        nb.append(_ROWS[_rr][_j])
        NEIGH[_ch] = ''.join(nb)


def keyboard_typo(s, rng):
    if len(s) < 3:
        return s
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if not letters:
        return s
    i = letters[int(rng.random() * len(letters))]
    r = rng.random()
    c = s[i]
    if r < 0.35:                                   # neighbour key
        nb = NEIGH.get(c.lower())
        if not nb:
            return s
        n = nb[int(rng.random() * len(nb))]
        n = n.upper() if c.isupper() else n
        return s[:i] + n + s[i + 1:]
    if r < 0.55:                                   # omission
        return s[:i] + s[i + 1:]
    if r < 0.70:                                   # doubled key
        return s[:i] + c + s[i:]
    if r < 0.90 and i + 1 < len(s) and s[i + 1].isalpha():   # transposition
        return s[:i] + s[i + 1] + c + s[i + 2:]
    m = re.search(r'(\w)\1', s)                    # double letter collapsed
    if m:
        return s[:m.start()] + s[m.start() + 1:]
    return s[:i] + s[i + 1:]


# ---------------------------------------------------------------------------
# NAME POOLS (written for this generator; listed roughly by frequency)
# ---------------------------------------------------------------------------

P = {}
# Romanian
P['RO_F'] = Pool('Maria Elena Ioana Andreea Mihaela Alexandra Ana-Maria Cristina Gabriela '
                 'Nicoleta Florentina Daniela Adriana Simona Roxana Alina Ionela Georgiana '
                 'Denisa Bianca Larisa Ramona Loredana Mădălina Claudia Violeta Petruța '
                 'Lăcrămioara Florina Luminița Sorina Diana')
P['RO_M'] = Pool('Ion Gheorghe Constantin Alexandru Andrei Mihai Ionuț Florin Marian Daniel '
                 'Adrian Cristian Vasile Nicolae Ștefan Dumitru Gabriel Costel Marius Cătălin '
                 'Viorel Sorin Bogdan Răzvan Petrică Dănuț Liviu Valentin Ciprian')
P['RO_S'] = Pool('Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu '
                 'Rusu Munteanu Constantin Marin Mihai Lazăr Dinu Florea Tudor Ion Moldovan Ene '
                 'Stănescu Bălan Dobre Sandu Barbu Niță Cristea Ursu Toma Vasile Dragomir Lungu '
                 'Neagu Căldăraru Lăcătuș Ștefan Zamfir Oprea Mocanu Dumitrescu Preda Voicu '
                 'Mircea Surdu Grigore Ilie Țăranu Bucur', s=0.9)
# Moldovan (Romanian-language, many also hold a Romanian passport)
P['MD_F'] = Pool('Ana Natalia Maria Elena Tatiana Olga Cristina Irina Svetlana Victoria '
                 'Ludmila Mariana Doina Valentina Aurelia Nadejda Corina')
P['MD_M'] = Pool('Ion Vasile Andrei Sergiu Alexandru Nicolae Vladimir Dumitru Igor Victor '
                 'Vitalie Valeriu Oleg Mihail Gheorghe Pavel Iurie')
P['MD_S'] = Pool('Rotaru Ceban Țurcan Cebotari Lungu Rusu Munteanu Botnari Sârbu Ciobanu Popa '
                 'Moraru Bivol Cojocari Cazacu Croitoru Răileanu Guțu Postolachi Melnic')
# Hungarian
P['HU_F'] = Pool('Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Margit Judit Ágnes Andrea '
                 'Krisztina Erika Mónika Tímea Szilvia Anita Nikolett Renáta Alexandra Vivien '
                 'Klaudia Brigitta Bernadett Dóra')
P['HU_M'] = Pool('László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás '
                 'Zsolt Tibor András Csaba Imre Norbert Krisztián Richárd Gyula Béla')
P['HU_S'] = Pool('Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp '
                 'Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér '
                 'Balázs Gál Kis Szűcs Kocsis Orsós Pintér Sárközi Rostás Kolompár Vadász Bogdán',
                 s=0.9)
# Albanian
P['AL_F'] = Pool('Elona Anila Blerta Eriona Jonida Klaudia Mirela Valbona Arta Entela Fjorela '
                 'Ledia Dorina Brikena Xhesika Rezarta Ermira Mimoza Lindita Ina Besjana Manjola')
P['AL_M'] = Pool('Arben Artan Besnik Dritan Ermal Gentian Ilir Klodian Agron Fatmir Erion Erjon '
                 'Elton Endrit Florian Arjan Mërgim Bledar Sokol Gëzim Ardit Kristjan Mariglen')
P['AL_S'] = Pool('Hoxha Shehu Krasniqi Gashi Berisha Leka Çela Kola Dervishi Hysa Marku Gjoka '
                 'Lika Basha Prifti Mema Kurti Zeneli Shala Xhafa Muça Rama Meta Duka Bregu Thaçi '
                 'Bajrami Dushku Ndreca Qosja Gjonaj Hasani', s=0.9)
# Nigerian: Edo (Benin City dominates), Yoruba, Igbo; English Christian names
P['NG_EN_F'] = Pool('Blessing Joy Precious Faith Gift Mercy Favour Success Peace Happiness Grace '
                    'Patience Esther Gloria Vivian Juliet Jennifer Stella Princess Sandra Rita '
                    'Loveth Comfort Glory Endurance Osas')
P['NG_EN_M'] = Pool('Lucky Sunday Godwin Friday Emmanuel Samuel Peter Daniel Kingsley Prince '
                    'Monday Victor Frank Collins Innocent Felix Solomon Henry Destiny Justice')
P['NG_EDO_F'] = Pool('Osasere Ivie Esohe Eseosa Itohan Osaretin Ewere Osayuwamen Izogie Omosede '
                     'Edosa Uyiosa Efe Nosakhare Omoye Ekinadose Iyobosa Adesuwa Ogieva Imuetinyan')
P['NG_EDO_M'] = Pool('Osaro Efosa Osagie Eghosa Nosa Omoruyi Osaretin Uyi Ehigie Aiyudu Osas '
                     'Ikponmwosa Osayande Osazee Idemudia Eghe Iyore Aisosa Nosakhare')
P['NG_EDO_S'] = Pool('Osagie Omoregie Igbinedion Osaghae Obasogie Ogbebor Iyamu Aigbe Osayande '
                     'Ehigiator Edosa Izevbigie Okungbowa Eguavoen Idahosa Ekhator Uwaifo Osazuwa '
                     'Aghedo Erhabor Ighodaro Omorogbe Uwadiae Enabulele Imasuen Aimufua Ogiemwonyi '
                     'Osunde Iyoha Evbuomwan', s=0.85)
P['NG_YO_F'] = Pool('Folake Funmilayo Yetunde Bukola Temitope Damilola Kehinde Taiwo Titilayo '
                    'Omolara Adebimpe Oluwakemi Abisola Morenike Adunni')
P['NG_YO_M'] = Pool('Oluwaseun Adewale Olumide Babatunde Adebayo Kehinde Taiwo Abiodun Oluwafemi '
                    'Ayodele Olusegun Adeola Tunde Gbenga')
P['NG_YO_S'] = Pool('Adeyemi Ogunleye Adebayo Olawale Akinola Balogun Ogunbiyi Adeleke Afolabi '
                    'Alabi Ojo Oladipo Salami Oyelaran Adekunle Ogundele Olaniyan Fashola')
P['NG_IG_F'] = Pool('Chioma Ngozi Nkechi Ifeoma Adaeze Chiamaka Amarachi Chidinma Uchenna '
                    'Obioma Chinyere Ogechi Nneka Ebere Ijeoma')
P['NG_IG_M'] = Pool('Chinedu Chukwuemeka Obinna Uche Ebuka Nnamdi Ikechukwu Chidi Emeka Kelechi '
                    'Onyekachi Chibuzor Ifeanyi Okechukwu')
P['NG_IG_S'] = Pool('Okafor Okonkwo Eze Nwosu Obi Okeke Nwankwo Chukwu Onyeka Ugwu Okoro Anyanwu '
                    'Nwachukwu Ibe Okoye Onuoha Eze Nnaji Agu Obiora')
# Moroccan (French-based transliteration on documents)
P['MA_M'] = Pool('Mohamed Ahmed Youssef Mustapha Abdelkader Hicham Rachid Khalid Said Hassan Omar '
                 'Karim Abdellah Mehdi Ayoub Hamza Anas Bilal Nabil Adil Driss Brahim Abderrahim '
                 'Soufiane Ilyas Zakaria Jamal Mourad Redouane Yassine Othmane')
P['MA_F'] = Pool('Fatima Khadija Aicha Naima Nadia Samira Malika Latifa Zineb Houda Hanane Siham '
                 'Meryem Salma Imane Saida Souad Rachida Karima Fatima-Zahra Najat Loubna Khaoula '
                 'Ikram Sanae Hafsa')
P['MA_S'] = Pool('El Idrissi Alaoui El Amrani Benali Bennani Tahiri Ouali El Khattabi Chakir '
                 'Ait Ali El Mansouri Ouazzani Berrada Ziani Lahlou El Fassi Benjelloun Haddad '
                 'El Hajji Naciri Bakkali Mrabet Rahmouni Azzouzi Charki Ben Ahmed El Ouardi Belhaj '
                 'Ait Ouahmane Bouzidi Boukhari Ennaji Essaidi Amrani Laaroussi El Bouazzaoui Tazi',
                 s=0.85)
# multi-word MA surnames are written with spaces in the pool string; rebuild:
P['MA_S'] = Pool(['El Idrissi', 'Alaoui', 'El Amrani', 'Benali', 'Bennani', 'Tahiri', 'Ouali',
                  'El Khattabi', 'Chakir', 'Ait Ali', 'El Mansouri', 'Ouazzani', 'Berrada',
                  'Ziani', 'Lahlou', 'El Fassi', 'Benjelloun', 'Haddad', 'El Hajji', 'Naciri',
                  'Bakkali', 'Mrabet', 'Rahmouni', 'Azzouzi', 'Charki', 'Ben Ahmed', 'El Ouardi',
                  'Belhaj', 'Ait Ouahmane', 'Bouzidi', 'Boukhari', 'Ennaji', 'Essaidi', 'Amrani',
                  'Laaroussi', 'El Bouazzaoui', 'Tazi', 'Ben Said', 'El Asri', 'Ouled Ali'], s=0.85)
# Pakistani / Indian (Punjab-heavy labour migration)
P['PK_M'] = Pool('Imran Ali Asif Bilal Usman Zeeshan Kashif Tariq Naveed Shahid Waqas Adnan Faisal '
                 'Arshad Irfan Nadeem Sajid Amir Rizwan Kamran Javed')
P['PK_F'] = Pool('Fatima Ayesha Sana Saima Nadia Rabia Amina Iqra Bushra Shazia Nasreen Farzana '
                 'Sadia Mehwish Kiran')
P['PK_S'] = Pool('Khan Ahmed Ali Hussain Shah Iqbal Butt Malik Raza Chaudhry Akhtar Aslam Javed '
                 'Rehman Mahmood Bhatti Qureshi Abbasi Sheikh Anwar', s=0.95)
P['IN_SIKH_M'] = Pool('Gurpreet Harpreet Manpreet Jaswinder Sukhwinder Kuldeep Sandeep Paramjit '
                      'Baljit Harjinder Jagdeep Amandeep Ranjit Lakhwinder Gurvinder Balwinder')
P['IN_SIKH_F'] = Pool('Harpreet Manpreet Gurpreet Jaspreet Simran Amandeep Rajwinder Kulwinder '
                      'Navdeep Sukhpreet Parminder Kiran')
P['IN_SIKH_CLAN'] = Pool('Gill Sandhu Sidhu Dhillon Grewal Brar Mann Randhawa Bains Cheema Sekhon '
                         'Virk Aulakh Bajwa')
P['IN_M'] = Pool('Rajesh Amit Sunil Ravi Rakesh Vijay Suresh Anil Ramesh Deepak Manoj Ashok '
                 'Santosh Ajay Mohan')
P['IN_F'] = Pool('Priya Sunita Pooja Anita Kavita Rekha Neha Poonam Geeta Suman Lakshmi Asha')
P['IN_S'] = Pool('Kumar Sharma Patel Yadav Verma Gupta Singh Das Reddy Mishra Thakur Chauhan Nair')
# Eritrean (Tigrinya)
P['ER_F'] = Pool('Helen Senait Selam Semhar Saba Luwam Mebrat Feven Rahel Tsega Letebrhan Eden '
                 'Freweini Hiwet Yordanos Winta Ruta Elsa Almaz Azieb Meron Hanna Tirhas Abrehet '
                 'Ksanet Filmona Hermon')
P['ER_M'] = Pool('Yonas Daniel Dawit Tesfay Mehari Habtom Samuel Filmon Yohannes Tewelde Kidane '
                 'Berhane Amanuel Medhanie Ghirmay Semere Michael Mulugeta Haile Tekle Robel '
                 'Biniam Ermias Efrem Yosief Abraham Goitom Henok Teklit Mussie')
P['ER_FATHER'] = Pool('Tesfay Gebremedhin Gebreyesus Tesfamariam Haile Berhe Woldu Tekle '
                      'Ghebremichael Kidane Mehari Habte Asmerom Negash Abraha Gebru Hagos '
                      'Weldemariam Zerai Andemariam Yemane Tsegay Mebrahtu Fisehaye Tewelde '
                      'Okbazghi Ghebrehiwet Kahsay Habtemariam Woldegiorgis Teklehaimanot', s=0.9)
# Brazilian
P['BR_F'] = Pool('Maria Ana Juliana Fernanda Patrícia Aline Camila Amanda Bruna Jéssica Letícia '
                 'Vanessa Priscila Tatiana Luana Daniela Gabriela Larissa Thaís Débora Rafaela')
P['BR_F2'] = Pool('Eduarda Paula Clara Luiza Cristina Aparecida Fernanda Beatriz Carolina')
P['BR_M'] = Pool('João José Lucas Gabriel Rafael Pedro Carlos Marcos Paulo Thiago Felipe Bruno '
                 'Rodrigo Anderson Leandro Matheus Diego Luiz Antônio Fábio')
P['BR_M2'] = Pool('Pedro Carlos Paulo Eduardo Henrique Vitor Lucas Miguel Antônio')
P['BR_S'] = Pool(['da Silva', 'dos Santos', 'de Oliveira', 'de Souza', 'Rodrigues', 'Ferreira',
                  'Alves', 'Pereira', 'Lima', 'Gomes', 'da Costa', 'Ribeiro', 'Martins',
                  'Carvalho', 'de Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
                  'Rocha', 'Dias', 'do Nascimento', 'de Andrade', 'Moreira', 'Nunes', 'Marques',
                  'Machado', 'Mendes', 'de Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Santana',
                  'Teixeira', 'de Araújo', 'Conceição', 'Batista'], s=0.9)
# Vietnamese (passport: no diacritics; native forms below)
VN_SURNAMES = [('Nguyen', 38), ('Tran', 11), ('Le', 9.5), ('Pham', 7), ('Hoang', 5), ('Huynh', 4),
               ('Phan', 4.5), ('Vu', 4), ('Vo', 3.5), ('Dang', 2.5), ('Bui', 2.5), ('Do', 2.5),
               ('Ho', 1.5), ('Ngo', 1.5), ('Duong', 1.2), ('Ly', 0.8), ('Dinh', 1.0), ('Trinh', 0.6)]
VN_MID_F = [('Thi', 80), ('Ngoc', 6), ('Thu', 4), ('Thanh', 4), ('Kim', 3), ('Hong', 3)]
VN_MID_M = [('Van', 55), ('Duc', 10), ('Minh', 9), ('Quang', 7), ('Huu', 7), ('Thanh', 6),
            ('Dinh', 4)]
P['VN_F'] = Pool('Linh Huong Lan Mai Trang Hoa Thao Ngoc Hang Nhung Phuong Thu Hanh Yen Nga Dung '
                 'Hien Ha Anh Loan Tuyet Van')
P['VN_M'] = Pool('Anh Hung Tuan Duc Hoang Nam Long Minh Quang Hieu Thanh Dung Hai Son Phuc Khanh '
                 'Tien Cuong Dat Trung Thang Vinh')
VN_DIAC = {'Nguyen': 'Nguyễn', 'Tran': 'Trần', 'Le': 'Lê', 'Pham': 'Phạm', 'Hoang': 'Hoàng',
           'Huynh': 'Huỳnh', 'Vu': 'Vũ', 'Vo': 'Võ', 'Dang': 'Đặng', 'Bui': 'Bùi', 'Do': 'Đỗ',
           'Ho': 'Hồ', 'Ngo': 'Ngô', 'Duong': 'Dương', 'Ly': 'Lý', 'Dinh': 'Đinh', 'Trinh': 'Trịnh',
           'Van': 'Văn', 'Duc': 'Đức', 'Huu': 'Hữu', 'Thanh': 'Thành', 'Thi': 'Thị', 'Ngoc': 'Ngọc',
           'Hong': 'Hồng', 'Hung': 'Hùng', 'Tuan': 'Tuấn', 'Hieu': 'Hiếu', 'Dung': 'Dung',
           'Hai': 'Hải', 'Son': 'Sơn', 'Phuc': 'Phúc', 'Khanh': 'Khánh', 'Tien': 'Tiến',
           'Cuong': 'Cường', 'Dat': 'Đạt', 'Thang': 'Thắng', 'Huong': 'Hương', 'Thao': 'Thảo',
           'Hang': 'Hằng', 'Phuong': 'Phương', 'Hanh': 'Hạnh', 'Yen': 'Yến', 'Hien': 'Hiền',
           'Ha': 'Hà', 'Tuyet': 'Tuyết', 'Vinh': 'Vinh', 'Trung': 'Trung', 'Loan': 'Loan'}
# Chinese (pinyin on passports; hanzi for a few records)
CN_SURNAMES = [('Wang', '王', 7), ('Li', '李', 7), ('Zhang', '张', 6.5), ('Liu', '刘', 5),
               ('Chen', '陈', 6), ('Yang', '杨', 3), ('Huang', '黄', 3.5), ('Zhao', '赵', 2),
               ('Wu', '吴', 2.5), ('Zhou', '周', 2.2), ('Xu', '徐', 1.8), ('Sun', '孙', 1.5),
               ('Ma', '马', 1.3), ('Zhu', '朱', 1.2), ('Hu', '胡', 1.2), ('Guo', '郭', 1.1),
               ('He', '何', 1.1), ('Lin', '林', 3.0), ('Gao', '高', 1.0), ('Zheng', '郑', 2.0),
               ('Ye', '叶', 0.8), ('Pan', '潘', 0.6)]
CN_GIVEN_F = [('Mei', '美'), ('Li', '丽'), ('Xiao', '小'), ('Hong', '红'), ('Yan', '燕'),
              ('Ying', '英'), ('Hui', '慧'), ('Jing', '静'), ('Ling', '玲'), ('Fang', '芳'),
              ('Juan', '娟'), ('Xia', '霞'), ('Yun', '云'), ('Lan', '兰'), ('Qing', '青'),
              ('Na', '娜'), ('Ting', '婷'), ('Xiu', '秀')]
CN_GIVEN_M = [('Wei', '伟'), ('Jun', '军'), ('Jian', '建'), ('Ming', '明'), ('Hao', '浩'),
              ('Qiang', '强'), ('Lei', '磊'), ('Tao', '涛'), ('Bin', '斌'), ('Gang', '刚'),
              ('Yong', '勇'), ('Hai', '海'), ('Dong', '东'), ('Feng', '峰'), ('Jie', '杰'),
              ('Bo', '波'), ('Chao', '超'), ('Guo', '国'), ('Hua', '华')]
# Belgian (Flemish + Walloon), Dutch, French
P['BEnl_S'] = Pool(['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes',
                    'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van Damme', 'De Clercq',
                    'Hermans', 'Michiels', 'Pauwels', 'Van de Velde', 'Van den Broeck',
                    'De Backer', 'Verstraete', 'Desmet', 'Coppens', 'Van Acker', 'De Meyer',
                    'Van der Linden', 'Smets', 'Vandenberghe'], s=0.9)
P['BEfr_S'] = Pool(['Dubois', 'Lambert', 'Dupont', 'Martin', 'Leclercq', 'Simon', 'Dumont',
                    'Lejeune', 'Renard', 'Laurent', 'Leroy', 'François', 'Denis', 'Collard',
                    'Lemaire', 'Gérard', 'Henry', 'Noël', 'Delvaux', 'Mathieu', 'Wautier'], s=0.9)
P['NL_S'] = Pool(['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen',
                  'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos',
                  'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer'], s=0.9)
P['FR_S'] = Pool(['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand',
                  'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David',
                  'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard'], s=0.9)
P['BEnl_F'] = Pool('Sarah Laura Julie Emma Lisa Charlotte Sofie Kimberly Jessica Elke Lien Ines '
                   'Nathalie Marie Femke Jolien Lotte Britt Shana')
P['BEnl_M'] = Pool('Kevin Thomas Jonas Tom Pieter Bart Dylan Jens Wout Kenny Stijn Glenn Koen Sven '
                   'Dries Niels Brecht')
P['BEfr_F'] = Pool('Marie Julie Sarah Laura Céline Amélie Anaïs Manon Camille Mélanie Aurélie '
                   'Stéphanie Sophie Élodie Justine Océane')
P['BEfr_M'] = Pool('Nicolas Maxime Julien Thomas Kevin Romain Antoine Jérôme Sébastien Olivier '
                   'Christophe Cédric François Loïc Benoît')
P['NL_F'] = Pool('Anna Lisa Sanne Fleur Eva Laura Iris Sophie Kim Lotte Naomi Demi Esther')
P['NL_M'] = Pool('Daan Thijs Lucas Ruben Jeroen Mark Bas Dennis Tim Sander Jesse Rick Martijn')
P['FR_F'] = Pool('Marie Camille Léa Manon Chloé Sarah Emma Inès Julie Laura Océane Marine Pauline')
P['FR_M'] = Pool('Thomas Nicolas Julien Maxime Alexandre Kévin Antoine Romain Quentin Hugo Théo '
                 'Lucas Jérémy')
MARRY_SURNAME_POOL = {'BE': 'BEnl_S', 'NL': 'NL_S', 'FR': 'FR_S'}

# --- Cyrillic pools -------------------------------------------------------
# Ukrainian male given names with Russian equivalent and patronymics
#   (ua, ru, ua_patr_m, ua_patr_f, ru_patr_m, ru_patr_f)
UA_MALE = [
    ('Олександр', 'Александр', 'Олександрович', 'Олександрівна', 'Александрович', 'Александровна'),
    ('Андрій', 'Андрей', 'Андрійович', 'Андріївна', 'Андреевич', 'Андреевна'),
    ('Сергій', 'Сергей', 'Сергійович', 'Сергіївна', 'Сергеевич', 'Сергеевна'),
    ('Дмитро', 'Дмитрий', 'Дмитрович', 'Дмитрівна', 'Дмитриевич', 'Дмитриевна'),
    ('Микола', 'Николай', 'Миколайович', 'Миколаївна', 'Николаевич', 'Николаевна'),
    ('Іван', 'Иван', 'Іванович', 'Іванівна', 'Иванович', 'Ивановна'),
    ('Володимир', 'Владимир', 'Володимирович', 'Володимирівна', 'Владимирович', 'Владимировна'),
    ('Юрій', 'Юрий', 'Юрійович', 'Юріївна', 'Юрьевич', 'Юрьевна'),
    ('Віталій', 'Виталий', 'Віталійович', 'Віталіївна', 'Витальевич', 'Витальевна'),
    ('Василь', 'Василий', 'Васильович', 'Василівна', 'Васильевич', 'Васильевна'),
    ('Михайло', 'Михаил', 'Михайлович', 'Михайлівна', 'Михайлович', 'Михайловна'),
    ('Олег', 'Олег', 'Олегович', 'Олегівна', 'Олегович', 'Олеговна'),
    ('Богдан', 'Богдан', 'Богданович', 'Богданівна', 'Богданович', 'Богдановна'),
    ('Максим', 'Максим', 'Максимович', 'Максимівна', 'Максимович', 'Максимовна'),
    ('Віктор', 'Виктор', 'Вікторович', 'Вікторівна', 'Викторович', 'Викторовна'),
    ('Роман', 'Роман', 'Романович', 'Романівна', 'Романович', 'Романовна'),
    ('Павло', 'Павел', 'Павлович', 'Павлівна', 'Павлович', 'Павловна'),
    ('Тарас', 'Тарас', 'Тарасович', 'Тарасівна', 'Тарасович', 'Тарасовна'),
    ('Ігор', 'Игорь', 'Ігорович', 'Ігорівна', 'Игоревич', 'Игоревна'),
    ('Євген', 'Евгений', 'Євгенович', 'Євгенівна', 'Евгеньевич', 'Евгеньевна'),
]
UA_MALE_POOL = Pool(list(range(len(UA_MALE))))
UA_FEMALE = [('Олена', 'Елена'), ('Наталія', 'Наталья'), ('Тетяна', 'Татьяна'), ('Ірина', 'Ирина'),
             ('Оксана', 'Оксана'), ('Юлія', 'Юлия'), ('Світлана', 'Светлана'), ('Ольга', 'Ольга'),
             ('Катерина', 'Екатерина'), ('Марія', 'Мария'), ('Анна', 'Анна'),
             ('Вікторія', 'Виктория'), ('Людмила', 'Людмила'), ('Галина', 'Галина'),
             ('Алла', 'Алла'), ('Анастасія', 'Анастасия'), ('Дарина', 'Дарья'),
             ('Христина', 'Кристина'), ('Валентина', 'Валентина'), ('Інна', 'Инна')]
UA_FEMALE_POOL = Pool(list(range(len(UA_FEMALE))))
# (ua_m, ua_f, ru_m, ru_f)
UA_SUR = [('Шевченко',) * 4, ('Коваленко',) * 4, ('Бондаренко',) * 4, ('Ткаченко',) * 4,
          ('Кравченко',) * 4, ('Мельник',) * 4, ('Бойко',) * 4, ('Ковальчук',) * 4,
          ('Савченко',) * 4, ('Олійник', 'Олійник', 'Олейник', 'Олейник'), ('Шевчук',) * 4,
          ('Поліщук', 'Поліщук', 'Полищук', 'Полищук'), ('Лисенко', 'Лисенко', 'Лысенко', 'Лысенко'),
          ('Марченко',) * 4, ('Мороз',) * 4, ('Петренко',) * 4, ('Руденко',) * 4, ('Козак',) * 4,
          ('Павленко',) * 4, ('Клименко',) * 4,
          ('Ковальський', 'Ковальська', 'Ковальский', 'Ковальская'), ('Савчук',) * 4,
          ('Гончаренко',) * 4, ('Романюк',) * 4, ('Кузьменко',) * 4,
          ('Левченко',) * 4, ('Гриценко',) * 4, ('Захарченко',) * 4]
UA_SUR_POOL = Pool(list(range(len(UA_SUR))), s=0.8)
RU_MALE = ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван',
           'Михаил', 'Николай', 'Артём', 'Владимир', 'Денис', 'Игорь', 'Роман', 'Павел']
RU_PATR = {'Александр': 'Александров', 'Сергей': 'Сергеев', 'Дмитрий': 'Дмитриев',
           'Андрей': 'Андреев', 'Алексей': 'Алексеев', 'Максим': 'Максимов',
           'Евгений': 'Евгеньев', 'Иван': 'Иванов', 'Михаил': 'Михайлов', 'Николай': 'Николаев',
           'Артём': 'Артёмов', 'Владимир': 'Владимиров', 'Денис': 'Денисов', 'Игорь': 'Игорев',
           'Роман': 'Романов', 'Павел': 'Павлов'}
RU_MALE_POOL = Pool(RU_MALE)
RU_FEMALE_POOL = Pool('Елена Ольга Наталья Татьяна Ирина Анна Екатерина Светлана Юлия Мария '
                      'Анастасия Евгения Ксения Дарья Марина Виктория')
RU_SUR_POOL = Pool('Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков '
                   'Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов '
                   'Николаев Орлов Андреев Макаров Никитин Захаров Белов Тарасов', s=0.8)
# Bulgarian: (given male, patronymic stem male form)
BG_MALE = [('Георги', 'Георгиев'), ('Иван', 'Иванов'), ('Димитър', 'Димитров'),
           ('Николай', 'Николаев'), ('Петър', 'Петров'), ('Христо', 'Христов'),
           ('Стефан', 'Стефанов'), ('Тодор', 'Тодоров'), ('Йордан', 'Йорданов'),
           ('Васил', 'Василев'), ('Атанас', 'Атанасов'), ('Красимир', 'Красимиров'),
           ('Стоян', 'Стоянов'), ('Ангел', 'Ангелов'), ('Живко', 'Живков'), ('Асен', 'Асенов'),
           ('Мирослав', 'Мирославов'), ('Емил', 'Емилов'), ('Росен', 'Росенов'),
           ('Кирил', 'Кирилов')]
BG_MALE_POOL = Pool(list(range(len(BG_MALE))))
BG_FEMALE_POOL = Pool('Мария Иванка Елена Йорданка Пенка Даниела Десислава Цветелина Румяна '
                      'Анелия Радка Снежана Гергана Красимира Силвия Теодора Николета Невена '
                      'Моника Ваня')
BG_SUR_POOL = Pool('Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев '
                   'Василев Атанасов Петков Ангелов Колев Йорданов Маринов Стефанов Попов '
                   'Михайлов Костов Асенов Мехмедов Юсеинов Алиев', s=0.8)


def ru_fem(s):
    """feminine form of a Russian/Bulgarian surname"""
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    if s.endswith('ский'):
        return s[:-2] + 'ая'
    if s.endswith('ой'):
        return s[:-2] + 'ая'
    return s


# --- Cyrillic -> Latin transliteration systems ----------------------------
_VOW = set('аеєиіїоуюяэыёАЕЄИІЇОУЮЯЭЫЁ')


def _tbl(base, **over):
    t = dict(base)
    t.update(over)
    return t


_CYR_COMMON = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ґ': 'g', 'д': 'd', 'е': 'e', 'ё': 'e',
               'ж': 'zh', 'з': 'z', 'и': 'i', 'і': 'i', 'ї': 'i', 'й': 'i', 'к': 'k', 'л': 'l',
               'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u',
               'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': 'ie',
               'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'iu', 'я': 'ia', 'є': 'ie', "'": '', '’': ''}
# (table, initial-position table)
TRANSLIT = {
    # Ukraine, Cabinet resolution 55/2010 (passports since 2010)
    'UA2010': (_tbl(_CYR_COMMON, г='h', и='y', є='ie', ю='iu', я='ia', й='i', ї='i'),
               {'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'}),
    # older Ukrainian passports (ya/yu/y style, Russian-influenced)
    'UAold': (_tbl(_CYR_COMMON, г='h', и='y', є='ye', ю='yu', я='ya', й='y', ї='yi'), {}),
    # Russia, ICAO 9303 (passports since 2013)
    'RU2013': (_tbl(_CYR_COMMON, и='i', ы='y', й='i', ю='iu', я='ia', ъ='ie'), {}),
    # older Russian passports
    'RUold': (_tbl(_CYR_COMMON, й='y', ю='yu', я='ya', ъ=''), {}),
    # Bulgaria, Streamlined system (2009 law)
    'BG2009': (_tbl(_CYR_COMMON, х='h', щ='sht', ъ='a', ь='y', ю='yu', я='ya', й='y'), {}),
}
# officer / ad-hoc renderings by ear: value = list of options (first most likely)
OFFICER_CYR = {
    'fr': {'а': ['a'], 'б': ['b'], 'в': ['v'], 'г': ['g'], 'ґ': ['g'], 'д': ['d'],
           'е': ['e', 'e', 'é'], 'ё': ['io', 'e'], 'ж': ['j'], 'з': ['z'], 'и': ['i'], 'і': ['i'],
           'ї': ['ï', 'i'], 'й': ['ï', 'i', 'y'], 'к': ['k'], 'л': ['l'], 'м': ['m'], 'н': ['n'],
           'о': ['o'], 'п': ['p'], 'р': ['r'], 'с': ['s'], 'т': ['t'], 'у': ['ou'], 'ф': ['f'],
           'х': ['kh', 'r'], 'ц': ['ts', 'tz'], 'ч': ['tch'], 'ш': ['ch'], 'щ': ['chtch', 'ch'],
           'ъ': ['', 'e'], 'ы': ['y', 'i'], 'ь': [''], 'э': ['e'], 'ю': ['iou', 'you'],
           'я': ['ia', 'ya'], 'є': ['ie', 'ye'], "'": [''], '’': ['']},
    'nl': {'а': ['a'], 'б': ['b'], 'в': ['v', 'w'], 'г': ['g'], 'ґ': ['g'], 'д': ['d'],
           'е': ['e'], 'ё': ['jo', 'e'], 'ж': ['zj', 'zh'], 'з': ['z'], 'и': ['i'], 'і': ['i'],
           'ї': ['ji', 'i'], 'й': ['j', 'i'], 'к': ['k'], 'л': ['l'], 'м': ['m'], 'н': ['n'],
           'о': ['o'], 'п': ['p'], 'р': ['r'], 'с': ['s'], 'т': ['t'], 'у': ['oe', 'u'],
           'ф': ['f'], 'х': ['ch', 'kh'], 'ц': ['ts', 'tz'], 'ч': ['tsj', 'tch'],
           'ш': ['sj', 'sh'], 'щ': ['sjtsj', 'sj'], 'ъ': ['', 'a'], 'ы': ['y', 'i'], 'ь': [''],
           'э': ['e'], 'ю': ['joe', 'ju'], 'я': ['ja'], 'є': ['je'], "'": [''], '’': ['']},
    'en': {'а': ['a'], 'б': ['b'], 'в': ['v'], 'г': ['g'], 'ґ': ['g'], 'д': ['d'],
           'е': ['e', 'ye'], 'ё': ['yo', 'e'], 'ж': ['zh', 'j'], 'з': ['z'], 'и': ['i'],
           'і': ['i'], 'ї': ['yi', 'i'], 'й': ['y', 'i'], 'к': ['k'], 'л': ['l'], 'м': ['m'],
           'н': ['n'], 'о': ['o'], 'п': ['p'], 'р': ['r'], 'с': ['s'], 'т': ['t'], 'у': ['u'],
           'ф': ['f'], 'х': ['kh', 'h'], 'ц': ['ts'], 'ч': ['ch'], 'ш': ['sh'],
           'щ': ['shch', 'sch'], 'ъ': ['', 'a'], 'ы': ['y'], 'ь': [''], 'э': ['e'],
           'ю': ['yu'], 'я': ['ya'], 'є': ['ye'], "'": [''], '’': ['']},
}


def translit_cyr(s, system):
    tbl, init = TRANSLIT[system]
    out = []
    prev = ' '
    for c in s:
        low = c.lower()
        if low in tbl:
            at_start = (prev == ' ' or prev == '-' or prev.lower() in _VOW or prev.lower() in 'ьъ')
            r = init.get(low) if (at_start and low in init) else tbl[low]
            out.append(r.capitalize() if c.isupper() else r)
        else:
            out.append(c)
        prev = c
    res = ''.join(out)
    if system == 'BG2009':                     # -ия at word end -> -ia
        res = re.sub(r'iya\b', 'ia', res)
    return res


def officer_translit_cyr(s, lang, rng, ukr=False):
    tbl = OFFICER_CYR[lang]
    out = []
    prev = ' '
    for c in s:
        low = c.lower()
        if low in tbl:
            opts = tbl[low]
            if low == 'г' and ukr:
                opts = ['h', 'g']
            if low == 'и' and ukr:
                opts = ['y', 'i']
            at_start = prev in ' -' or prev.lower() in _VOW
            if lang == 'nl' and low == 'е' and at_start:
                opts = ['je', 'e']
            if lang == 'fr' and low == 'е' and at_start and prev not in ' -':
                opts = ['ie', 'e']
            if lang == 'en' and low == 'е' and not at_start:
                opts = ['e']
            if lang == 'fr' and low == 'с' and prev.lower() in _VOW:
                opts = ['ss', 's']
            r = pick(rng, opts)
            out.append(r.capitalize() if c.isupper() else r)
        else:
            out.append(c)
        prev = c
    return ''.join(out)


# --- phonetic respelling for Latin-script names ----------------------------
# source orthography: grapheme -> phoneme code (UPPER) or (code, literal suffix)
SRC = {
    'en': {'sh': 'SH', 'ch': 'CH', 'j': 'DJ', 'y': 'Y', 'u': 'U', 'oo': 'U', 'kh': 'KH',
           'ts': 'TS', 'gh': 'GH', 'w': 'W', 'ee': 'I'},
    'fr': {'tch': 'CH', 'ch': 'SH', 'dj': 'DJ', 'j': 'ZH', 'ou': 'U', 'y': 'Y', 'kh': 'KH',
           'gh': 'GH', 'ss': 'S', 'é': 'E_', 'w': 'W', 'ï': 'i'},
    'ro': {'ș': 'SH', 'ş': 'SH', 'ț': 'TS', 'ţ': 'TS', 'ă': 'SCHWA', 'â': 'I_', 'î': 'I_',
           'che': ('K', 'e'), 'chi': ('K', 'i'), 'ghe': ('G', 'e'), 'ghi': ('G', 'i'),
           'ce': ('CH', 'e'), 'ci': ('CH', 'i'), 'ge': ('DJ', 'e'), 'gi': ('DJ', 'i'),
           'j': 'ZH', 'u': 'U'},
    'sq': {'xh': 'DJ', 'gj': 'DJ', 'zh': 'ZH', 'sh': 'SH', 'ç': 'CH', 'q': 'CH', 'dh': 'DH',
           'th': 'TH', 'j': 'Y', 'u': 'U', 'y': 'UE', 'ë': 'SCHWA', 'll': 'l', 'rr': 'r'},
    'vi': {'nh': 'NY', 'ph': 'F', 'tr': 'CH', 'ch': 'CH', 'x': 'S', 'gi': 'Z', 'd': 'Z',
           'kh': 'KH', 'qu': 'KW', 'u': 'U', 'th': 'TH', 'y': 'I'},
    'zh': {'zh': 'DJ', 'x': 'SHY', 'q': 'CHY', 'j': 'DJ', 'c': 'TS', 'z': 'DZ', 'ch': 'CH',
           'sh': 'SH', 'u': 'U', 'ui': 'UEI', 'ou': 'OU', 'iu': 'IOU', 'ie': 'IE', 'h': 'KH'},
    'pt': {'nh': 'NY', 'lh': 'LY', 'ç': 'S', 'ch': 'SH', 'x': 'SH', 'j': 'ZH', 'ge': ('ZH', 'e'),
           'gi': ('ZH', 'i'), 'ão': 'AON', 'u': 'U', 'ss': 'S', 'é': 'E_', 'ê': 'E_'},
    'hu': {'sz': 'S', 'cs': 'CH', 'zs': 'ZH', 'gy': 'DY', 'ny': 'NY', 'ly': 'Y', 'ty': 'TY',
           's': 'SH', 'c': 'TS', 'j': 'Y', 'ö': 'OE', 'ő': 'OE', 'ü': 'UE', 'ű': 'UE',
           'u': 'U', 'ú': 'U', 'é': 'E_'},
    'nl': {'oe': 'U', 'ij': 'EI', 'ui': 'UI', 'j': 'Y', 'sch': 'SKH', 'g': 'GX', 'w': 'W',
           'ee': 'EE', 'aa': 'AA', 'oo': 'OO', 'ie': 'I'},
    'frfr': {'ou': 'U', 'ch': 'SH', 'j': 'ZH', 'é': 'E_', 'è': 'E', 'eau': 'O', 'gn': 'NY',
             'qu': 'K', 'ç': 'S', 'ë': 'E', 'ï': 'i', 'ge': ('ZH', 'e')},
}
# officer spelling per phoneme (first most likely)
TGT = {
    'fr': {'SH': ['ch'], 'ZH': ['j'], 'CH': ['tch', 'ch'], 'DJ': ['dj'], 'Y': ['y', 'i', 'ï'],
           'U': ['ou'], 'KH': ['kh', 'r'], 'TS': ['ts', 'tz'], 'NY': ['gn', 'ny'],
           'LY': ['li', 'll'], 'SCHWA': ['e', 'a'], 'I_': ['i', 'î'], 'UE': ['u', 'ü'],
           'GH': ['gh', 'r'], 'K': ['k', 'qu'], 'G': ['gu', 'g'], 'S': ['ss', 's'],
           'E_': ['é', 'e'], 'W': ['ou', 'w'], 'DH': ['d', 'dh'], 'TH': ['t', 'th'], 'I': ['i'],
           'F': ['ph', 'f'], 'Z': ['z', 'd'], 'KW': ['kou', 'qu'], 'SHY': ['ch', 's', 'x'],
           'CHY': ['tch', 'ts', 'q'], 'DZ': ['dz', 'z'], 'UEI': ['ouei', 'ui'],
           'OU': ['eou', 'ou', 'o'], 'IOU': ['iou', 'iu'], 'IE': ['ié', 'ie'],
           'AON': ['aon', 'ao'], 'DY': ['di', 'dj', 'gy'], 'TY': ['ti', 'ty'],
           'OE': ['eu', 'o'], 'EI': ['ei', 'aï'], 'UI': ['eu', 'ui'], 'SKH': ['sch', 'sk'],
           'GX': ['g', 'gh'], 'EE': ['é', 'ee'], 'AA': ['a', 'aa'], 'OO': ['o', 'oo'],
           'E': ['è', 'e']},
    'nl': {'SH': ['sj', 'sh'], 'ZH': ['zj', 'j'], 'CH': ['tsj', 'tch'], 'DJ': ['dj', 'dzj'],
           'Y': ['j'], 'U': ['oe', 'u'], 'KH': ['ch', 'kh'], 'TS': ['ts', 'tz'],
           'NY': ['nj', 'ny'], 'LY': ['lj', 'l'], 'SCHWA': ['e', 'a'], 'I_': ['i'],
           'UE': ['u', 'uu'], 'GH': ['gh', 'g'], 'K': ['k'], 'G': ['g', 'gh'], 'S': ['s', 'ss'],
           'E_': ['ee', 'e', 'é'], 'W': ['w'], 'DH': ['d', 'dh'], 'TH': ['t', 'th'], 'I': ['ie', 'i'],
           'F': ['f', 'ph'], 'Z': ['z', 'd'], 'KW': ['kw', 'qu'], 'SHY': ['sj', 's', 'x'],
           'CHY': ['tsj', 'tj', 'q'], 'DZ': ['dz', 'z', 'ts'], 'UEI': ['oei', 'ui'],
           'OU': ['o', 'ou'], 'IOU': ['jo', 'iu'], 'IE': ['je', 'ie'], 'AON': ['aun', 'ao'],
           'DY': ['dj', 'gy'], 'TY': ['tj', 'ty'], 'OE': ['eu', 'ö', 'o'], 'EI': ['ij', 'ei'],
           'UI': ['ui'], 'SKH': ['sch'], 'GX': ['g'], 'EE': ['ee'], 'AA': ['aa'], 'OO': ['oo'],
           'E': ['e']},
    'en': {'SH': ['sh'], 'ZH': ['zh', 'j'], 'CH': ['ch'], 'DJ': ['j', 'dj'], 'Y': ['y'],
           'U': ['u', 'oo'], 'KH': ['kh', 'h'], 'TS': ['ts'], 'NY': ['ny'], 'LY': ['ly', 'l'],
           'SCHWA': ['a', 'e', 'u'], 'I_': ['i', 'y'], 'UE': ['u', 'ue'], 'GH': ['gh', 'g'],
           'K': ['k', 'c'], 'G': ['g', 'gu'], 'S': ['s', 'ss'], 'E_': ['e', 'ay'], 'W': ['w'],
           'DH': ['dh', 'th'], 'TH': ['th', 't'], 'I': ['ee', 'i'], 'F': ['ph', 'f'],
           'Z': ['z', 'd'], 'KW': ['qu', 'kw'], 'SHY': ['sh', 'x', 's'], 'CHY': ['ch', 'q'],
           'DZ': ['dz', 'z'], 'UEI': ['ui', 'way'], 'OU': ['ou', 'o'], 'IOU': ['iu', 'yo'],
           'IE': ['ie', 'ye'], 'AON': ['ao', 'aon'], 'DY': ['dy', 'j'], 'TY': ['ty', 'ch'],
           'OE': ['o', 'oe'], 'EI': ['ei', 'ay'], 'UI': ['ui', 'ow'], 'SKH': ['sch', 'sk'],
           'GX': ['g', 'h'], 'EE': ['ay', 'ee'], 'AA': ['a', 'aa'], 'OO': ['o', 'oo'],
           'E': ['e']},
}
# orthographies that are "native" for an officer language (no re-spelling)
NATIVE_FOR = {'fr': {'fr', 'frfr'}, 'nl': {'nl'}, 'en': {'en'}}


@lru_cache(maxsize=100000)
def tokenize(orth, word):
    rules = SRC[orth]
    maxlen = 3
    out = []
    i = 0
    n = len(word)
    while i < n:
        for L in range(min(maxlen, n - i), 0, -1):
            g = word[i:i + L]
            if g in rules:
                out.append((rules[g], g))
                i += L
                break
        else:
            out.append((None, word[i]))
            i += 1
    if orth == 'en' and n > 3 and word.endswith('e') and out and out[-1][0] is None \
            and word[-2] not in 'aeiou':
        out[-1] = ('E_', 'e')
    return tuple(out)


def respell_word(word, orth, lang, rng, keep=0.35):
    if not word:
        return word
    low = word.lower()
    toks = tokenize(orth, low)
    tgt = TGT[lang]
    out = []
    for pos, (code, g) in enumerate(toks):
        if code is None:
            out.append(strip_acc(g))
            continue
        if rng.random() < keep:
            out.append(strip_acc(g) if lang != 'fr' else azerty_reduce(g))
            continue
        if isinstance(code, tuple):
            code, suf = code
        else:
            suf = ''
        if code == 'Y' and lang == 'fr' and pos == 0:
            r = 'y'
        else:
            r = pick(rng, tgt.get(code, [g]))
        out.append(r + suf)
    res = ''.join(out)
    return res[:1].upper() + res[1:] if res else res


def respell_name(name, orth, lang, rng, keep=0.35):
    if orth in NATIVE_FOR.get(lang, ()):
        return name
    parts = re.split(r'([ \-])', name)
    return ''.join(p if p in (' ', '-') or not p else respell_word(p, orth, lang, rng, keep)
                   for p in parts)


# --- spelling-variant families ---------------------------------------------
VARIANTS = {
    'Mohamed': ['Mohammed', 'Muhammad', 'Mohammad', 'Mouhamed', 'Mohamad', 'Mohamet'],
    'Ahmed': ['Ahmad', 'Ahmet', 'Achmed'], 'Mustapha': ['Mustafa', 'Moustapha', 'Mostafa'],
    'Youssef': ['Yousef', 'Youssouf', 'Yusuf', 'Joesef', 'Youcef', 'Jousef'],
    'Abdelkader': ['Abdel Kader', 'Abdelkadir', 'Abdulkadir', 'Abdel-Kader'],
    'Hicham': ['Hisham', 'Hichem', 'Hisjam'], 'Rachid': ['Rashid', 'Rasjid', 'Rached'],
    'Khalid': ['Khaled', 'Chalid', 'Halid'], 'Said': ['Saïd', 'Saeed', 'Sayed'],
    'Hassan': ['Hasan', 'Hassane', 'Hassen'], 'Omar': ['Oumar', 'Umar', 'Omer'],
    'Karim': ['Kareem', 'Kerim'], 'Abdellah': ['Abdallah', 'Abdullah', 'Abdelah'],
    'Ayoub': ['Ayub', 'Ajoeb', 'Ayyoub'], 'Brahim': ['Ibrahim', 'Brahime'],
    'Driss': ['Idriss', 'Idris', 'Dris'], 'Abderrahim': ['Abderahim', 'Abdel Rahim'],
    'Soufiane': ['Sofiane', 'Sufyan', 'Soufian'], 'Zakaria': ['Zakariya', 'Zakariae', 'Zakarya'],
    'Yassine': ['Yassin', 'Yasin', 'Jassin'], 'Redouane': ['Redwan', 'Ridouan', 'Radouane'],
    'Othmane': ['Otman', 'Othman', 'Osman'], 'Ilyas': ['Ilias', 'Elias', 'Iliass'],
    'Fatima': ['Fatma', 'Fatema', 'Fadma', 'Fatimah'],
    'Khadija': ['Khadidja', 'Khadijah', 'Chadija', 'Kadija'],
    'Aicha': ['Aïcha', 'Aisha', 'Aysha', 'Aïsja'], 'Naima': ['Naïma', 'Nayma'],
    'Meryem': ['Meriem', 'Maryam', 'Mariam'], 'Zineb': ['Zaynab', 'Zeinab', 'Zainab'],
    'Houda': ['Hoda', 'Huda', 'Hoeda'], 'Hanane': ['Hanan', 'Hanaan'], 'Imane': ['Iman', 'Imaan'],
    'Saida': ['Saïda', 'Saeeda'], 'Souad': ['Suad', 'Soead'], 'Rachida': ['Rashida', 'Rasjida'],
    'Siham': ['Sihame', 'Seham'], 'Khaoula': ['Khawla', 'Chaoula', 'Kaoutar'],
    'Muhammad': ['Mohammad', 'Muhammed', 'Mohammed', 'Mohd', 'M.'],
    'Usman': ['Osman', 'Othman', 'Uthman'], 'Ayesha': ['Aisha', 'Aysha', 'Ayisha'],
    'Imran': ['Imraan', 'Emran'], 'Zeeshan': ['Zishan', 'Zeshan'], 'Waqas': ['Wakas', 'Waqaas'],
    'Hussain': ['Hussein', 'Husain', 'Hossain'], 'Rehman': ['Rahman', 'Rehmaan'],
    'Chaudhry': ['Chaudhary', 'Choudhry', 'Chaudri'], 'Mahmood': ['Mahmoud', 'Mehmood'],
    'Javed': ['Javaid', 'Jawed'], 'Iqbal': ['Ikbal', 'Iqbaal'], 'Shahid': ['Shaheed', 'Sjahid'],
    'Tariq': ['Tarik', 'Tareq'], 'Qureshi': ['Kureshi', 'Qureishi'],
    'Gurpreet': ['Gurprit', 'Gurpret'], 'Harpreet': ['Harprit'], 'Manpreet': ['Manprit'],
    'Jaswinder': ['Jasvinder'], 'Sukhwinder': ['Sukhvinder', 'Sukwinder'],
    'Kuldeep': ['Kuldip'], 'Sandeep': ['Sandip'], 'Paramjit': ['Paramjeet'],
    'Baljit': ['Baljeet'], 'Jaspreet': ['Jasprit'], 'Amandeep': ['Amandip'],
    'Lakhwinder': ['Lakhvinder'], 'Balwinder': ['Balvinder'], 'Gurvinder': ['Gurwinder'],
    'Chaudhary': ['Chaudhry'],
    'Yohannes': ['Yohanes', 'Johannes', 'Yohanness'], 'Yosief': ['Yosef', 'Josief', 'Yoseph'],
    'Mussie': ['Musie', 'Mussa'], 'Biniam': ['Biniyam', 'Binyam'], 'Dawit': ['Dawid', 'Dauit'],
}
NICK = {'Oluwaseun': 'Seun', 'Chukwuemeka': 'Emeka', 'Ikechukwu': 'Ike', 'Babatunde': 'Tunde',
        'Funmilayo': 'Funmi', 'Temitope': 'Tope', 'Oluwafemi': 'Femi', 'Olusegun': 'Segun',
        'Osasere': 'Osas', 'Eseosa': 'Esosa', 'Osayuwamen': 'Osayu', 'Ikponmwosa': 'Ikpon',
        'Alexandru': 'Alex', 'Gheorghe': 'Gigi', 'Ionuț': 'Ionut', 'Nicoleta': 'Nicol',
        'Mădălina': 'Mădă', 'Constantin': 'Costi', 'Ana-Maria': 'Ana',
        'Erzsébet': 'Erzsi', 'Katalin': 'Kati', 'Zsuzsanna': 'Zsuzsa', 'István': 'Pista',
        'József': 'Józsi', 'László': 'Laci', 'Krisztina': 'Kriszta', 'Gabriela': 'Gabi',
        'Fernanda': 'Nanda', 'Mohamed': 'Simo', 'Abdellah': 'Abdou', 'Youssef': 'Youss',
        'Fatima-Zahra': 'Fatima', 'Mustapha': 'Mous', 'Abdelkader': 'Kader',
        'Олександр': 'Саша', 'Наталія': 'Наташа', 'Катерина': 'Катя', 'Олена': 'Лена',
        'Тетяна': 'Таня', 'Юлія': 'Юля', 'Анастасія': 'Настя', 'Дмитро': 'Діма',
        'Михайло': 'Міша', 'Александр': 'Саша', 'Наталья': 'Наташа', 'Екатерина': 'Катя',
        'Елена': 'Лена', 'Татьяна': 'Таня', 'Мария': 'Маша', 'Анастасия': 'Настя',
        'Дмитрий': 'Дима', 'Михаил': 'Миша', 'Ирина': 'Ира', 'Светлана': 'Света', 'Ольга': 'Оля',
        'Георги': 'Гошо', 'Десислава': 'Деси', 'Цветелина': 'Цвети'}
ER_RULES = [(re.compile(r'^Gh(?=e)'), 'G'), (re.compile(r'^Ge(?=b)'), 'Ghe'),
            (re.compile(r'ay$'), 'ai'), (re.compile(r'ai$'), 'ay'), (re.compile(r'ay$'), 'aye'),
            (re.compile(r'^Wel'), 'Wol'), (re.compile(r'^Wol'), 'Wel'),
            (re.compile(r'ie$'), 'ye'), (re.compile(r'ts'), 'tz'), (re.compile(r'mariam$'), 'maryam'),
            (re.compile(r'^Tes'), 'Tez'), (re.compile(r'^Mebrat'), 'Mibrat'),
            (re.compile(r'^Tek'), 'Tekh')]
ER_SPLIT = re.compile(r'^(Gebre|Ghebre|Wolde|Welde|Habte|Tesfa|Haile|Ande|Tekle)([a-z]{3,})$')
PARTICLE_RE = re.compile(r'^(El|Al|Ben|Ait|Aït|Ouled|Van den|Van der|Van de|Van|De|de|van den|'
                         r'van der|van|da|de|dos|das|do) (.+)$')

# ---------------------------------------------------------------------------
# ORIGINS
# ---------------------------------------------------------------------------
# weight, (sexual, labour, forced-crime) mix
ORIGINS = {
    'RO': (0.130, (0.45, 0.35, 0.20)), 'BG': (0.065, (0.60, 0.30, 0.10)),
    'MD': (0.020, (0.40, 0.50, 0.10)), 'HU': (0.040, (0.75, 0.20, 0.05)),
    'NG': (0.110, (0.85, 0.10, 0.05)), 'MA': (0.090, (0.15, 0.55, 0.30)),
    'AL': (0.040, (0.50, 0.20, 0.30)), 'UA': (0.050, (0.30, 0.65, 0.05)),
    'RU': (0.015, (0.50, 0.45, 0.05)), 'VN': (0.050, (0.20, 0.40, 0.40)),
    'CN': (0.040, (0.55, 0.40, 0.05)), 'IN': (0.045, (0.02, 0.95, 0.03)),
    'PK': (0.040, (0.03, 0.92, 0.05)), 'ER': (0.050, (0.20, 0.70, 0.10)),
    'BR': (0.050, (0.55, 0.40, 0.05)), 'BE': (0.080, (0.70, 0.10, 0.20)),
    'NL': (0.015, (0.70, 0.10, 0.20)), 'FR': (0.020, (0.65, 0.15, 0.20)),
}
ORTH = {'RO': 'ro', 'MD': 'ro', 'HU': 'hu', 'NG': 'en', 'MA': 'fr', 'AL': 'sq', 'VN': 'vi',
        'CN': 'zh', 'IN': 'en', 'PK': 'en', 'ER': 'en', 'BR': 'pt', 'NL': 'nl', 'FR': 'frfr'}
# probability that, in an interview without a document, a name part is spelled by ear
P_RESPELL = {'RO': 0.35, 'MD': 0.45, 'HU': 0.45, 'NG': 0.35, 'MA': 0.40, 'AL': 0.50, 'VN': 0.60,
             'CN': 0.65, 'IN': 0.45, 'PK': 0.45, 'ER': 0.55, 'BR': 0.40, 'BE': 0.05, 'NL': 0.10,
             'FR': 0.05, 'UA': 0.75, 'RU': 0.75, 'BG': 0.70}
# knows full date of birth (else gives an age)
P_KNOWS_DOB = {'RO': 0.95, 'MD': 0.95, 'HU': 0.96, 'NG': 0.80, 'MA': 0.88, 'AL': 0.95,
               'VN': 0.85, 'CN': 0.90, 'IN': 0.80, 'PK': 0.75, 'ER': 0.55, 'BR': 0.97,
               'BE': 0.99, 'NL': 0.99, 'FR': 0.99, 'UA': 0.97, 'RU': 0.97, 'BG': 0.93}
# owns a travel/ID document at all
P_HAS_DOC = {'RO': 0.85, 'MD': 0.85, 'HU': 0.88, 'NG': 0.70, 'MA': 0.75, 'AL': 0.85,
             'VN': 0.55, 'CN': 0.70, 'IN': 0.80, 'PK': 0.80, 'ER': 0.35, 'BR': 0.92,
             'BE': 0.97, 'NL': 0.97, 'FR': 0.97, 'UA': 0.92, 'RU': 0.90, 'BG': 0.85}
# travels on / was given a false identity document by the network
P_FAKE_ID = {'NG': 0.12, 'VN': 0.07, 'CN': 0.08, 'AL': 0.06, 'ER': 0.05, 'MA': 0.04,
             'PK': 0.04, 'IN': 0.04, 'BR': 0.02}
# passport date of birth set to 1 January (documents issued without a known date)
P_DOC_JAN1 = {'ER': 0.30, 'PK': 0.10, 'NG': 0.04, 'VN': 0.03, 'MA': 0.03, 'IN': 0.05}
STATED_CIT_ERR = {'MD': [('RO', 0.10)], 'ER': [('ET', 0.04)], 'UA': [('RU', 0.02)],
                  'RU': [('UA', 0.02)], 'NG': [('GH', 0.01)], 'AL': [('XK', 0.02)],
                  'MA': [('DZ', 0.015)], 'IN': [('PK', 0.005)], 'PK': [('IN', 0.005)],
                  'BR': [('PT', 0.01)], 'BG': [('MK', 0.01)], 'HU': [('RO', 0.01)],
                  'CN': [('HK', 0.005)], 'VN': [('CN', 0.005)]}
# names every Belgian officer has seen written many times: rarely spelled by ear
FAMILIAR = {'Nguyen', 'Tran', 'Le', 'Pham', 'Mohamed', 'Singh', 'Kaur', 'Khan', 'Ali', 'Ahmed',
            'Maria', 'Ana', 'Elena', 'Li', 'Wang', 'Zhang', 'Chen', 'Daniel', 'Samuel', 'Joy',
            'Blessing', 'Grace', 'Peter', 'Silva', 'da Silva', 'dos Santos', 'Fatima', 'Sarah'}
UNISEX = {'Precious', 'Gift', 'Favour', 'Success', 'Peace', 'Happiness', 'Osas', 'Edosa',
          'Kehinde', 'Taiwo', 'Uchenna', 'Gurpreet', 'Harpreet', 'Manpreet', 'Amandeep',
          'Kiran', 'Thanh', 'Anh', 'Minh', 'Dung', 'Ngoc', 'Hai', 'Li', 'Yun', 'Hong', 'Lan',
          'Eden', 'Hermon', 'Tsega', 'Nosakhare', 'Osaretin'}


def doc_number(country, kind, rng):
    d = lambda k: ''.join(str(int(rng.random() * 10)) for _ in range(k))
    L = lambda k: ''.join('ABCDEFGHJKLMNPRSTUVWXYZ'[int(rng.random() * 23)] for _ in range(k))
    if kind == 'id':
        if country == 'BE':
            return d(3) + '-' + d(7) + '-' + d(2)
        if country == 'RO':
            return L(2) + d(6)
        if country == 'BG':
            return '6' + d(8)
        if country == 'HU':
            return d(6) + L(2)
        if country == 'NL':
            return L(2) + ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + d(1)
        if country == 'FR':
            return d(12)
        if country in ('ES', 'PT', 'IT'):
            return L(3) + d(6)
    fmt = {'RO': lambda: '05' + d(7), 'MD': lambda: 'A' + L(1) + d(7), 'BG': lambda: '3' + d(8),
           'HU': lambda: L(2) + d(7), 'NG': lambda: 'A' + d(8), 'MA': lambda: L(2) + d(7),
           'AL': lambda: 'B' + L(1) + d(7), 'UA': lambda: L(2) + d(6), 'RU': lambda: '7' + d(8),
           'VN': lambda: 'C' + d(7), 'CN': lambda: 'E' + L(1) + d(7), 'IN': lambda: L(1) + d(7),
           'PK': lambda: L(2) + d(7), 'ER': lambda: 'P' + d(7), 'BR': lambda: L(2) + d(6),
           'BE': lambda: 'EM' + d(6), 'NL': lambda: 'N' + L(2) + d(6), 'FR': lambda: d(2) + L(2) + d(5),
           'ES': lambda: 'P' + L(2) + d(6), 'PT': lambda: 'C' + d(6), 'IT': lambda: 'Y' + L(1) + d(7),
           'GH': lambda: 'G' + d(7)}
    return fmt.get(country, lambda: L(2) + d(7))()


# ---------------------------------------------------------------------------
# PERSONS / IDENTITIES
# ---------------------------------------------------------------------------


class Identity:
    """A name-bearing identity as the person (or a document) presents it."""
    __slots__ = ('origin', 'sex', 'given', 'call', 'surname', 'alt_sur', 'orth', 'cyr', 'hanzi',
                 'vn', 'dob', 'cit', 'docs', 'married', 'p_married', 'patr', 'eng_idx',
                 'family_first', 'er_father', 'er_grand', 'br_sur', 'sikh')

    def __init__(self):
        for s in self.__slots__:
            setattr(self, s, None)


def random_dob(rng, year):
    start = dt.date(year, 1, 1).toordinal()
    return dt.date.fromordinal(start + int(rng.random() * 365))


def gen_identity(origin, sex, rng, fam=None):
    """Create the true identity. fam: shared family attributes for siblings."""
    I = Identity()
    I.origin = origin
    I.sex = sex
    I.orth = ORTH.get(origin)
    I.alt_sur = []
    F = (sex == 'F')
    fam_out = {}
    if origin in ('RO', 'MD', 'HU', 'AL'):
        g = P[origin + ('_F' if F else '_M')]
        n = 2 if rng.random() < (0.35 if origin in ('RO', 'MD') else 0.15) else 1
        given = []
        while len(given) < n:
            x = g.draw(rng)
            if x not in given:
                given.append(x)
        I.given, I.call = given, 0
        I.surname = fam['sur'] if fam else P[origin + '_S'].draw(rng)
        fam_out['sur'] = I.surname
        I.family_first = origin in ('HU', 'RO')
    elif origin == 'NG':
        sub = fam['sub'] if fam else wchoice(rng, [('EDO', 0.70), ('IG', 0.18), ('YO', 0.12)])
        fam_out['sub'] = sub
        native = P['NG_%s_%s' % (sub, 'F' if F else 'M')].draw(rng)
        if rng.random() < (0.65 if F else 0.5):
            eng = P['NG_EN_' + ('F' if F else 'M')].draw(rng)
            I.given = [eng, native] if rng.random() < 0.8 else [native, eng]
            I.eng_idx = I.given.index(eng)
            I.call = I.eng_idx if rng.random() < 0.7 else 1 - I.eng_idx
        else:
            I.given, I.call = [native], 0
        I.surname = fam['sur'] if fam else P['NG_%s_S' % sub].draw(rng)
        fam_out['sur'] = I.surname
    elif origin == 'MA':
        I.given = [P['MA_F' if F else 'MA_M'].draw(rng)]
        if not F and rng.random() < 0.08:
            I.given = ['Mohamed', P['MA_M'].draw(rng)]   # "Mohamed Amine"-type compound
            if I.given[1] == 'Mohamed':
                I.given = ['Mohamed']
        I.call = len(I.given) - 1
        if fam:
            I.surname = fam['sur']
        else:
            base = P['MA_S'].draw(rng)
            m = PARTICLE_RE.match(base)
            if m:   # passport form of particle chosen once per family
                r = rng.random()
                if r < 0.35:
                    base = m.group(1) + m.group(2).lower()          # Elidrissi, Benahmed
                elif r < 0.5:
                    base = m.group(1) + '-' + m.group(2)
            I.surname = base
        fam_out['sur'] = I.surname
    elif origin == 'PK':
        if F:
            I.given, I.call = [P['PK_F'].draw(rng)], 0
            if rng.random() < 0.2:
                I.given.append('Bibi')
        else:
            if rng.random() < 0.55:
                I.given, I.call = ['Muhammad', P['PK_M'].draw(rng)], 1
            else:
                I.given, I.call = [P['PK_M'].draw(rng)], 0
        I.surname = fam['sur'] if fam else P['PK_S'].draw(rng)
        fam_out['sur'] = I.surname
    elif origin == 'IN':
        sikh = fam['sikh'] if fam else (rng.random() < 0.7)
        fam_out['sikh'] = sikh
        if sikh:
            I.given, I.call = [P['IN_SIKH_F' if F else 'IN_SIKH_M'].draw(rng)], 0
            clan = fam['clan'] if fam else (P['IN_SIKH_CLAN'].draw(rng) if rng.random() < 0.6 else None)
            fam_out['clan'] = clan
            rel = 'Kaur' if F else 'Singh'
            I.sikh = (rel, clan)
            if clan and rng.random() < 0.45:
                I.surname = clan
                I.alt_sur = [(rel, 0.35), (rel + ' ' + clan, 0.2)]
            else:
                I.surname = rel
                if clan:
                    I.alt_sur = [(clan, 0.3), (rel + ' ' + clan, 0.2)]
        else:
            I.given, I.call = [P['IN_F' if F else 'IN_M'].draw(rng)], 0
            I.surname = fam['sur'] if fam else P['IN_S'].draw(rng)
            fam_out['sur'] = I.surname
    elif origin == 'ER':
        I.given, I.call = [P['ER_F' if F else 'ER_M'].draw(rng)], 0
        father = fam['father'] if fam else P['ER_FATHER'].draw(rng)
        grand = fam['grand'] if fam else P['ER_FATHER'].draw(rng)
        fam_out.update(father=father, grand=grand)
        I.er_father, I.er_grand = father, grand
        if rng.random() < 0.7:
            I.surname = father
        else:
            I.surname = grand
            if rng.random() < 0.5:
                I.given = I.given + [father]
        I.alt_sur = [(father, 0.75), (grand, 0.10), (father + ' ' + grand, 0.15)]
    elif origin == 'BR':
        g1 = P['BR_F' if F else 'BR_M'].draw(rng)
        I.given = [g1]
        if rng.random() < 0.3:
            g2 = P['BR_F2' if F else 'BR_M2'].draw(rng)
            if g2 != g1:
                I.given.append(g2)
        I.call = 0
        if fam:
            mom, dad = fam['br']
        else:
            mom, dad = P['BR_S'].draw(rng), P['BR_S'].draw(rng)
            if mom == dad:
                mom = P['BR_S'].draw(rng)
        fam_out['br'] = (mom, dad)
        I.br_sur = [mom, dad]
        I.surname = mom + ' ' + dad if mom != dad else dad
    elif origin == 'VN':
        if fam:
            s = fam['sur']
        else:
            s = wchoice(rng, [(a, w) for a, w in VN_SURNAMES])
        fam_out['sur'] = s
        mid = wchoice(rng, VN_MID_F if F else VN_MID_M)
        if rng.random() < 0.12:
            mid = None
        gv = P['VN_F' if F else 'VN_M'].draw(rng)
        I.given = ([mid] if mid else []) + [gv]
        I.call = len(I.given) - 1
        I.surname = s
        I.family_first = True
        I.vn = True
    elif origin == 'CN':
        if fam:
            s, sh = fam['sur']
        else:
            s, sh, _ = CN_SURNAMES[bisect.bisect(CN_CUM, rng.random() * CN_CUM[-1])]
        fam_out['sur'] = (s, sh)
        pool = CN_GIVEN_F if F else CN_GIVEN_M
        k = 2 if rng.random() < 0.75 else 1
        syl = [pool[int(rng.random() * len(pool))] for _ in range(k)]
        if k == 2 and syl[0] == syl[1] and rng.random() < 0.7:
            syl = syl[:1]
        I.given = [''.join(x[0] for x in syl).capitalize()]
        I.given[0] = I.given[0][0] + I.given[0][1:].lower()
        I.call = 0
        I.surname = s
        I.hanzi = (sh, ''.join(x[1] for x in syl), [x[0] for x in syl])
        I.family_first = True
    elif origin in ('UA', 'RU', 'BG'):
        cyr = {}
        if origin == 'UA':
            if F:
                gi = UA_FEMALE[UA_FEMALE_POOL.draw(rng)]
            else:
                gi = UA_MALE[UA_MALE_POOL.draw(rng)][:2]
            fi = fam['father'] if fam else UA_MALE_POOL.draw(rng)
            fa = UA_MALE[fi]
            si = fam['sur'] if fam else UA_SUR_POOL.draw(rng)
            sr = UA_SUR[si]
            fam_out.update(father=fi, sur=si)
            cyr['given'], cyr['given_ru'] = gi[0], gi[1]
            cyr['patr'] = fa[3] if F else fa[2]
            cyr['patr_ru'] = fa[5] if F else fa[4]
            cyr['sur'] = sr[1] if F else sr[0]
            cyr['sur_ru'] = sr[3] if F else sr[2]
            system = 'UA2010' if rng.random() < 0.8 else 'UAold'
        elif origin == 'RU':
            g = (RU_FEMALE_POOL if F else RU_MALE_POOL).draw(rng)
            fa = fam['father'] if fam else RU_MALE_POOL.draw(rng)
            s = fam['sur'] if fam else RU_SUR_POOL.draw(rng)
            fam_out.update(father=fa, sur=s)
            pr = RU_PATR[fa]
            if pr.endswith('ев') or pr.endswith('ёв'):
                pm, pf = pr[:-2] + 'евич', pr[:-2] + 'евна'
            else:
                pm, pf = pr + 'ич', pr + 'на'
            if fa == 'Михаил':
                pm, pf = 'Михайлович', 'Михайловна'
            if fa == 'Павел':
                pm, pf = 'Павлович', 'Павловна'
            cyr['given'] = cyr['given_ru'] = g
            cyr['patr'] = cyr['patr_ru'] = pf if F else pm
            cyr['sur'] = cyr['sur_ru'] = ru_fem(s) if F else s
            system = 'RU2013' if rng.random() < 0.75 else 'RUold'
        else:
            g = BG_FEMALE_POOL.draw(rng) if F else BG_MALE[BG_MALE_POOL.draw(rng)][0]
            fi = fam['father'] if fam else BG_MALE_POOL.draw(rng)
            s = fam['sur'] if fam else BG_SUR_POOL.draw(rng)
            fam_out.update(father=fi, sur=s)
            p = BG_MALE[fi][1]
            cyr['given'] = cyr['given_ru'] = g
            cyr['patr'] = cyr['patr_ru'] = ru_fem(p) if F else p
            cyr['sur'] = cyr['sur_ru'] = ru_fem(s) if F else s
            system = 'BG2009'
        cyr['system'] = system
        I.cyr = cyr
        I.given = [translit_cyr(cyr['given'], system)]
        I.call = 0
        I.surname = translit_cyr(cyr['sur'], system)
        I.patr = translit_cyr(cyr['patr'], system)
    else:   # BE / NL / FR
        if origin == 'BE':
            side = fam['side'] if fam else ('nl' if rng.random() < 0.6 else 'fr')
            fam_out['side'] = side
            I.orth = 'nl' if side == 'nl' else 'frfr'
            gp = P['BE%s_%s' % (side, 'F' if F else 'M')]
            sp = P['BE%s_S' % side]
        else:
            gp = P['%s_%s' % (origin, 'F' if F else 'M')]
            sp = P['%s_S' % origin]
        I.given = [gp.draw(rng)]
        if rng.random() < 0.45:
            x = gp.draw(rng)
            if x != I.given[0]:
                I.given.append(x)
        I.call = 0
        I.surname = fam['sur'] if fam else sp.draw(rng)
        fam_out['sur'] = I.surname
    return I, fam_out


CN_CUM = list(accumulate(w for _, _, w in CN_SURNAMES))


class Person:
    __slots__ = ('pid', 'origin', 'sex', 'expl', 'region', 'true', 'fake', 'alias', 'cit',
                 'dob', 'doc_dob', 'stated_dob', 'docs', 'conf', 'recover_t', 'age0', 't0',
                 'knows_dob', 'married', 'marr_mode', 'plan', 'lit', 'eu')


def make_person(pid, rng, sibling_of=None, fam=None):
    p = Person()
    p.pid = pid
    if sibling_of is not None:
        s = sibling_of
        p.origin, p.expl, p.region = s.origin, s.expl, s.region
        pf = {'sexual': 0.85, 'labour': 0.35, 'crime': 0.45}[p.expl]
        p.sex = 'F' if rng.random() < pf else 'M'
    else:
        p.origin = wchoice(rng, [(o, w) for o, (w, _) in ORIGINS.items()])
        mix = ORIGINS[p.origin][1]
        p.expl = wchoice(rng, [('sexual', mix[0]), ('labour', mix[1]), ('crime', mix[2])])
        pf = {'sexual': 0.92, 'labour': 0.25, 'crime': 0.40}[p.expl]
        p.sex = 'F' if rng.random() < pf else 'M'
        p.region = wchoice(rng, [('north', 0.45), ('capital', 0.30), ('south', 0.25)])
    p.true, fam_out = gen_identity(p.origin, p.sex, rng, fam)
    # citizenship
    o = p.origin
    cit = [o]
    r = rng.random()
    if o == 'MD' and r < 0.55:
        cit = ['MD', 'RO']
    elif o == 'MA' and r < 0.10:
        cit = ['MA', 'BE' if rng.random() < 0.6 else 'ES']
    elif o == 'BR' and r < 0.15:
        cit = ['BR', 'PT' if rng.random() < 0.6 else 'IT']
    elif o == 'HU' and r < 0.05:
        cit = ['HU', 'RO']
    elif o == 'BE' and r < 0.03:
        cit = ['BE', 'FR']
    p.cit = cit
    p.eu = all(c in EU for c in cit[:1]) or (len(cit) > 1 and cit[1] in EU)
    # timeline & age
    p.t0 = 2016.0 + rng.random() * 9.0
    if sibling_of is not None:
        p.t0 = sibling_of.t0 + (rng.random() * 0.02 if rng.random() < 0.6 else rng.random() * 2)
        p.t0 = min(p.t0, 2024.99)
        twin = rng.random() < 0.04
        if twin:
            p.dob = sibling_of.dob
        else:
            gap = (1 + int(rng.random() * 7)) * (1 if rng.random() < 0.5 else -1)
            p.dob = random_dob(rng, max(1960, min(2009, sibling_of.dob.year + gap)))
    else:
        if p.expl == 'crime' and o in ('MA', 'RO', 'VN', 'AL') and rng.random() < 0.35:
            age = 14 + rng.random() * 4
        elif rng.random() < 0.06:
            age = 15 + rng.random() * 3
        else:
            age = 18 + float(np.clip(rng.gammavariate(2.0, 5.5), 0, 42))
        p.dob = random_dob(rng, int(p.t0 - age))
    p.age0 = p.t0 - p.dob.year
    p.true.dob = p.dob
    p.doc_dob = p.dob
    if rng.random() < P_DOC_JAN1.get(o, 0.0):
        p.doc_dob = dt.date(p.dob.year + (0 if rng.random() < 0.7 else -1), 1, 1)
    # what the person says when asked: usually the document date
    p.stated_dob = p.doc_dob if rng.random() < 0.85 else p.dob
    p.knows_dob = rng.random() < P_KNOWS_DOB[o]
    p.lit = rng.random()   # spelling ability/literacy in Latin script
    # documents
    docs = []
    if rng.random() < P_HAS_DOC[o]:
        c = cit[-1] if (len(cit) > 1 and rng.random() < 0.5) else cit[0]
        if c in EU and rng.random() < 0.8:
            docs.append(('id', c, doc_number(c, 'id', rng)))
            if rng.random() < 0.25:
                docs.append(('passport', c, doc_number(c, 'passport', rng)))
        else:
            docs.append(('passport', c, doc_number(c, 'passport', rng)))
        if len(cit) > 1 and rng.random() < 0.4:
            c2 = cit[1] if c == cit[0] else cit[0]
            docs.append(('passport' if c2 not in EU else 'id', c2,
                         doc_number(c2, 'passport' if c2 not in EU else 'id', rng)))
    p.docs = docs
    p.conf = (p.expl in ('sexual', 'labour') and o not in ('BE', 'NL', 'FR')
              and rng.random() < 0.4)
    p.recover_t = (p.t0 + rng.expovariate(1.5)) if (p.conf and rng.random() < 0.6) else 9999.0
    p.true.docs = docs
    p.true.cit = cit
    # marriage (women, cultures where the name changes or is used)
    p.married = None
    if p.sex == 'F' and p.age0 > 21 and rng.random() < 0.28 and o not in ('VN', 'CN', 'ER', 'MA'):
        ms = None
        if o in ('UA', 'RU', 'BG'):
            if o == 'UA':
                sr = UA_SUR[UA_SUR_POOL.draw(rng)]
                ms_cyr = sr[1]
            elif o == 'RU':
                ms_cyr = ru_fem(RU_SUR_POOL.draw(rng))
            else:
                ms_cyr = ru_fem(BG_SUR_POOL.draw(rng))
            ms = ('cyr', ms_cyr)
        elif o in ('IN',):
            ms = None
        elif o == 'PK':
            ms = ('lat', P['PK_S'].draw(rng))
        elif o == 'NG':
            ms = ('lat', P['NG_%s_S' % wchoice(rng, [('EDO', .7), ('IG', .18), ('YO', .12)])].draw(rng))
        elif o == 'BR':
            ms = ('br', P['BR_S'].draw(rng))
        elif o == 'HU':
            h = P['HU_S'].draw(rng)
            ms = ('hu', h)
        elif o in MARRY_SURNAME_POOL or o == 'BE':
            ms = ('usage', P[MARRY_SURNAME_POOL.get(o, 'BEnl_S')].draw(rng))
        elif o in ('RO', 'MD', 'AL'):
            ms = ('lat', P[o + '_S'].draw(rng))
        if ms:
            p.married = ms
            # does the passport show the married name?
            p.marr_mode = rng.random() < (0.7 if ms[0] in ('lat', 'cyr', 'hu') else 0.15)
    # false document identity (network-provided)
    p.fake = None
    if rng.random() < P_FAKE_ID.get(o, 0.0):
        fo = o
        if o == 'NG' and rng.random() < 0.3:
            fo = 'NG'
        fsex = p.sex
        f, _ = gen_identity(fo, fsex, rng, None)
        fy = p.dob.year - int(rng.random() * 6) - (2 if p.age0 < 18 else 0)
        f.dob = random_dob(rng, fy)
        fc = {'NG': 'NG', 'VN': 'CN' if rng.random() < 0.2 else 'VN', 'CN': 'CN',
              'AL': 'IT' if rng.random() < 0.3 else 'AL', 'ER': 'ET' if rng.random() < 0.4 else 'ER',
              'MA': 'ES' if rng.random() < 0.5 else 'MA', 'PK': 'PK', 'IN': 'IN',
              'BR': 'PT'}.get(o, o)
        f.cit = [fc]
        f.docs = [('passport', fc, doc_number(fc, 'passport', rng))]
        p.fake = f
    p.alias = None
    return p, fam_out


def make_alias(p, rng):
    """Alias used at re-arrest (forced criminality): other first name, often other
    surname, a claimed age, sometimes another claimed nationality."""
    a, _ = gen_identity(p.origin, p.sex, rng, None)
    if rng.random() < 0.5:
        a.surname = p.true.surname
        a.cyr = p.true.cyr if (a.cyr and p.true.cyr) else a.cyr
    a.dob = random_dob(rng, p.dob.year + int(rng.random() * 5) - 2)
    claimed = {'MA': ['DZ', 'LY', 'TN', 'MA'], 'RO': ['RO', 'MD'], 'VN': ['VN', 'CN'],
               'AL': ['AL', 'XK']}.get(p.origin, [p.cit[0]])
    a.cit = [claimed[int(rng.random() * len(claimed))]]
    a.docs = []
    return a


# ---------------------------------------------------------------------------
# EVENT PLAN (who registers whom, when)
# ---------------------------------------------------------------------------

def other_shelter(sh, rng):
    o = [s for s in ('shelter_north', 'shelter_south', 'shelter_capital') if s != sh]
    return o[int(rng.random() * 2)]


def plan_events(p, rng):
    """Returns list of events: dicts(t, reg, kind, ref) where ref is the index of the
    event whose form was passed on (referral) or None."""
    ev = []
    expl = p.expl
    t0 = p.t0
    r = rng.random()
    if expl == 'sexual':
        entry = 'police' if r < .55 else ('shelter' if r < .90 else 'social_inspection')
    elif expl == 'labour':
        entry = 'social_inspection' if r < .55 else ('police' if r < .85 else 'shelter')
    else:
        entry = 'police' if r < .85 else 'shelter'
    shelter = SHELTER_OF_REGION[p.region]
    if rng.random() < 0.15:
        shelter = other_shelter(shelter, rng)      # placement where a bed is free
    sh_idx = None
    if entry == 'shelter':
        ev.append(dict(t=t0, reg=shelter, kind='direct', ref=None))
        sh_idx = 0
        if rng.random() < 0.55:                    # hearing: cooperation with justice
            ev.append(dict(t=t0 + 0.02 + rng.random() * 0.3, reg='police', kind='hearing', ref=0))
    else:
        ev.append(dict(t=t0, reg=entry, kind='detect', ref=None))
        other = 'social_inspection' if entry == 'police' else 'police'
        pj = 0.30 if expl == 'labour' else (0.10 if entry == 'police' else 0.35)
        if expl == 'crime':
            pj = 0.02
        if rng.random() < pj:                      # joint control / raid
            ev.append(dict(t=t0 + rng.random() * 0.01, reg=other, kind='joint', ref=None))
        pref = {'police': {'sexual': 0.50, 'labour': 0.45, 'crime': 0.30},
                'social_inspection': {'sexual': 0.45, 'labour': 0.50, 'crime': 0.3}}[entry][expl]
        if rng.random() < pref:
            ev.append(dict(t=t0 + 0.003 + rng.random() * 0.1, reg=shelter, kind='referral', ref=0))
            sh_idx = len(ev) - 1
    if sh_idx is not None:
        tsh = ev[sh_idx]['t']
        if 'BE' not in p.cit:
            pimm = 0.20 if p.eu else 0.75
            if rng.random() < pimm:
                ev.append(dict(t=tsh + 0.05 + rng.random() * 0.5, reg='immigration_office',
                               kind='procedure', ref=sh_idx))
        if rng.random() < 0.04:                    # transfer between shelters
            ev.append(dict(t=tsh + 0.1 + rng.random() * 0.8, reg=other_shelter(ev[sh_idx]['reg'], rng),
                           kind='transfer', ref=sh_idx))
        if ev[sh_idx]['reg'] == 'shelter_capital' and rng.random() < 0.12:   # re-admission
            ev.append(dict(t=tsh + 0.3 + rng.random() * 1.7, reg='shelter_capital',
                           kind='readmission', ref=sh_idx))
    regs = [e['reg'] for e in ev]
    if 'police' in regs and rng.random() < (0.25 if expl == 'crime' else 0.05):
        ev.append(dict(t=t0 + 0.2 + rng.random() * 2, reg='police', kind='rearrest', ref=None))
    if 'social_inspection' in regs and rng.random() < 0.05:
        ev.append(dict(t=t0 + 0.2 + rng.random() * 2, reg='social_inspection', kind='recontrol',
                       ref=None))
    return ev


# ---------------------------------------------------------------------------
# REGISTER CONVENTIONS
# ---------------------------------------------------------------------------
REG = {
    'police': dict(case='upper', chars='ascii', unknown_dob='0101', p_typo=0.04,
                   p_doc_use=0.75, p_docno=0.90, p_sex_missing=0.01, p_cit_missing=0.03,
                   p_swap_ff=0.30, p_whole=0.04, p_drop_second=0.25),
    'social_inspection': dict(case='mixed', chars='azerty', unknown_dob='0701', p_typo=0.05,
                              p_doc_use=0.70, p_docno=0.50, p_sex_missing=0.04,
                              p_cit_missing=0.06, p_swap_ff=0.35, p_whole=0.06,
                              p_drop_second=0.35),
    'immigration_office': dict(case='upper', chars='mrz', unknown_dob='0101', p_typo=0.01,
                               p_doc_use=0.95, p_docno=0.98, p_sex_missing=0.0,
                               p_cit_missing=0.0, p_swap_ff=0.10, p_whole=0.01,
                               p_drop_second=0.05),
    'shelter_north': dict(case='title', chars='unicode', unknown_dob='0701', p_typo=0.03,
                          p_doc_use=0.55, p_docno=0.30, p_sex_missing=0.01, p_cit_missing=0.02,
                          p_swap_ff=0.20, p_whole=0.03, p_drop_second=0.30),
    'shelter_south': dict(case='title', chars='azerty', unknown_dob='none', p_typo=0.04,
                          p_doc_use=0.55, p_docno=0.25, p_sex_missing=0.05,
                          p_cit_missing=0.03, p_swap_ff=0.25, p_whole=0.05,
                          p_drop_second=0.30),
    'shelter_capital': dict(case='title', chars='unicode', unknown_dob='0101', p_typo=0.03,
                            p_doc_use=0.55, p_docno=0.35, p_sex_missing=0.01,
                            p_cit_missing=0.02, p_swap_ff=0.20, p_whole=0.03,
                            p_drop_second=0.30),
}


def officer_language(reg, region, rng):
    r = rng.random()
    if reg == 'shelter_north':
        return 'nl' if r < 0.8 else 'en'
    if reg == 'shelter_south':
        return 'fr' if r < 0.9 else 'en'
    if reg == 'shelter_capital':
        return 'fr' if r < 0.5 else ('nl' if r < 0.7 else 'en')
    if reg == 'immigration_office':
        return 'fr' if r < 0.55 else 'nl'
    if region == 'north':
        return 'nl' if r < 0.95 else 'fr'
    if region == 'south':
        return 'fr' if r < 0.97 else 'nl'
    return 'fr' if r < 0.7 else 'nl'


def apply_chars(s, chars, rng, lang):
    if not s:
        return s
    if chars == 'ascii':
        return strip_acc(s)
    if chars == 'mrz':
        return mrz_form(s)
    if chars == 'azerty':
        return azerty_reduce(s)
    # unicode: Romanian comma-below letters often stored with cedilla (legacy fonts)
    if ('ș' in s or 'ț' in s or 'Ș' in s or 'Ț' in s) and rng.random() < 0.4:
        s = s.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').replace('Ț', 'Ţ')
    return s


def apply_case(s, case, rng):
    if not s:
        return s
    if case == 'upper':
        return s.upper()
    if case == 'title':
        if s.isupper() or s.islower():
            return titlecase(s)
        return s
    # mixed: as typed, sometimes all caps
    if rng.random() < 0.2:
        return s.upper()
    return s


def date_str(d):
    return '%04d-%02d-%02d' % (d.year, d.month, d.day)


def year_placeholder(year, reg):
    u = REG[reg]['unknown_dob']
    if u == 'none':
        return ''
    return '%04d-%s-%s' % (year, u[:2], u[2:])


def event_date(t):
    y = int(t)
    return dt.date.fromordinal(dt.date(y, 1, 1).toordinal() + min(364, int((t - y) * 365)))


def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def typo_date(s, rng):
    if not s:
        return s
    r = rng.random()
    y, m, d = s.split('-')
    if r < 0.5 and int(d) <= 12 and d != m:        # day/month swap (US-style form, scan)
        return '%s-%s-%s' % (y, d, m)
    if r < 0.8:                                    # digit slip in day
        dd = int(d) + (1 if rng.random() < 0.5 else -1) * (1 if rng.random() < 0.7 else 10)
        if 1 <= dd <= 28:
            return '%s-%s-%02d' % (y, m, dd)
        return s
    yy = int(y) + (1 if rng.random() < 0.5 else -1) * (1 if rng.random() < 0.6 else 10)
    return '%04d-%s-%s' % (yy, m, d)


def fmt_docno(num, reg, rng):
    if not num:
        return ''
    s = num
    if reg == 'social_inspection':
        s = s.replace('-', '')
        if s.isdigit() and rng.random() < 0.6:     # exported through a spreadsheet
            s = s.lstrip('0')
    elif reg == 'police':
        s = s.replace('-', '') if rng.random() < 0.5 else s
    elif reg.startswith('shelter') and rng.random() < 0.3:
        s = s.replace('-', ' ')
    if rng.random() < 0.02:                        # O/0, I/1, S/5 and transpositions
        i = int(rng.random() * len(s))
        c = s[i]
        sub = {'0': 'O', 'O': '0', '1': 'I', 'I': '1', '5': 'S', 'S': '5', '8': 'B', 'B': '8'}
        if c in sub:
            s = s[:i] + sub[c] + s[i + 1:]
        elif i + 1 < len(s):
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---------------------------------------------------------------------------
# RECORD RENDERING
# ---------------------------------------------------------------------------

def particle_variant(name, rng, lang, reg):
    """El/Al/Ben/Ait (Maghreb), Van/De (Low Countries), da/dos (Brazil)."""
    m = PARTICLE_RE.match(name)
    if not m:
        m2 = re.match(r'^(El|Ben|Ait)([a-z].{2,})$', name)   # joined form on passport
        if m2 and rng.random() < 0.3:
            return m2.group(1) + ' ' + m2.group(2).capitalize()
        return name
    part, rest = m.group(1), m.group(2)
    r = rng.random()
    pl = part.lower()
    if pl in ('el', 'al'):
        if r < 0.45:
            return name
        if r < 0.65:
            return part + rest.lower()
        if r < 0.75:
            return part + '-' + rest
        if r < 0.90:
            return rest
        return ('Al' if pl == 'el' else 'El') + ' ' + rest
    if pl in ('ben', 'ait', 'aït', 'ouled'):
        if r < 0.55:
            return name
        if r < 0.85:
            return part + rest.lower()
        if r < 0.93:
            return part + '-' + rest
        return rest
    if pl in ('da', 'de', 'dos', 'das', 'do') and pl == part:      # Brazilian lower-case
        if r < 0.5:
            return name
        if r < 0.9:
            return rest
        return part.capitalize() + ' ' + rest
    # Belgian/Dutch "Van den Broeck", "De Smet", Dutch "van der Linden"
    if r < 0.55:
        return name
    if r < 0.80:
        return (part + rest).replace(' ', '').capitalize() if part[0].isupper() else name
    if r < 0.90:
        return rest               # tussenvoegsel in a separate field, not exported
    return titlecase(name)


def told_names(I, p, reg, rng, third=False):
    """What the person (or referrer) says: lists of given-name and surname parts in
    canonical Latin (or Cyrillic for cyr identities). Returns (given, sur, cyr_flag)."""
    o = I.origin
    cyr = I.cyr is not None
    conv = REG[reg]
    # --- given names
    if cyr:
        gname = I.cyr['given']
        if o == 'UA' and rng.random() < 0.3:
            gname = I.cyr['given_ru']            # Russian form when interviewed in Russian
        given = [gname]
    else:
        given = list(I.given)
        if len(given) > 1:
            r = rng.random()
            if third or r < conv['p_drop_second'] + 0.1:
                given = [given[I.call]]
            elif r < conv['p_drop_second'] + 0.2 and I.call > 0:
                given = [given[I.call]] + [g for i, g in enumerate(given) if i != I.call]
    if third:
        g0 = given[0]
        if g0 in NICK and rng.random() < 0.35:
            given = [NICK[g0]]
    elif given[0] in NICK and rng.random() < 0.04:
        given = [NICK[given[0]]]
    # --- surname
    if cyr:
        sur = I.cyr['sur']
        if o == 'UA' and gname == I.cyr['given_ru'] and rng.random() < 0.7:
            sur = I.cyr['sur_ru']
        if p.married and p.married[0] == 'cyr' and p.true is I and rng.random() < 0.6:
            sur = p.married[1]
        r = rng.random()
        if not third and r < 0.06:
            sur = I.cyr['patr']                  # patronymic taken as surname
        elif not third and r < 0.11:
            given = given + [I.cyr['patr']]      # patronymic kept in first-name field
        return given, [sur], True
    sur = I.surname
    if I.alt_sur:
        r = rng.random()
        for s, w in I.alt_sur:
            if r < w:
                sur = s
                break
            r -= w
    if o == 'ER' and I.given and len(I.given) > 1 and I.given[-1] == I.er_father:
        given = given[:1]
    if I.br_sur and not third:
        mom, dad = I.br_sur
        r = rng.random()
        if mom != dad:
            if r < 0.45:
                sur = mom + ' ' + dad
            elif r < 0.80:
                sur = dad                         # legal/common: last surname
            else:
                sur = mom
    if p.married and p.true is I and p.married[0] != 'cyr':
        kind, ms = p.married
        if rng.random() < 0.6:
            if kind == 'br':
                sur = sur + ' ' + ms
            elif kind == 'hu':
                sur = ms + 'né' if rng.random() < 0.5 else ms
            elif kind == 'usage':
                sur = (sur + '-' + ms) if rng.random() < 0.5 else ms
            else:
                sur = ms
    if o == 'PK' and given and given[0] == 'Muhammad' and len(given) > 1 and rng.random() < 0.45:
        given = given[1:]
    if third:
        r = rng.random()
        if r < 0.45:
            sur = ''
        elif r < 0.55:
            given = []
    return given, ([sur] if sur else []), False


def spell(names, I, p, lang, reg, rng, respell_p, cyr, cyr_script=False):
    """Write told names down: Cyrillic transliteration, respelling by ear,
    spelling-variant families."""
    out = []
    o = I.origin
    for n in names:
        if not n:
            continue
        if cyr:
            if cyr_script:
                out.append(n)
                continue
            r = rng.random()
            if r < 0.35 * (0.5 + p.lit):
                # person writes/spells it in Latin themselves: passport system or English-ish
                if rng.random() < 0.6:
                    out.append(translit_cyr(n, I.cyr['system']))
                else:
                    out.append(officer_translit_cyr(n, 'en', rng, ukr=(o == 'UA')))
            else:
                out.append(officer_translit_cyr(n, lang, rng, ukr=(o == 'UA')))
            continue
        w = n
        if w in VARIANTS and rng.random() < respell_p:
            w = VARIANTS[w][int(rng.random() * len(VARIANTS[w]))]
        elif o == 'ER' and rng.random() < respell_p:
            for rx, rep in ER_RULES:
                if rx.search(w) and rng.random() < 0.35:
                    w = rx.sub(rep, w, count=1)
            if lang == 'nl' and w.startswith('Yo') and rng.random() < 0.5:
                w = 'Jo' + w[2:]
        elif I.orth and rng.random() < respell_p * (1.2 - p.lit * 0.6) * \
                (0.25 if w in FAMILIAR else 1.0):
            w = respell_name(w, I.orth, lang, rng)
        if o == 'ER':
            m = ER_SPLIT.match(w)
            if m and rng.random() < 0.25:
                w = m.group(1) + (' ' if rng.random() < 0.7 else '-') + m.group(2).capitalize()
        if o == 'CN' and ' ' not in w and I.hanzi and len(I.hanzi[2]) == 2 \
                and w.lower() == ''.join(I.hanzi[2]).lower() and rng.random() < 0.35:
            a, b = I.hanzi[2]
            w = a + (' ' if rng.random() < 0.6 else '-') + b
        out.append(w)
    return out


def particles(names, lang, reg, rng):
    return [particle_variant(n, rng, lang, reg) if (' ' in n or n[:2] in ('El', 'Be', 'Ai'))
            else n for n in names]


def assemble(given, sur, I, reg, rng, from_doc=False):
    """Put name parts into first_name / last_name following register habits."""
    conv = REG[reg]
    first = ' '.join(given)
    last = ' '.join(sur)
    if I.family_first:
        pswap = conv['p_swap_ff'] * (0.3 if from_doc else 1.0)
        if I.origin == 'RO' or I.origin == 'MD':
            pswap *= 0.25
        if rng.random() < pswap:
            first, last = last, first
        elif I.vn and rng.random() < (0.04 if from_doc else 0.12) and len(given) > 1:
            # Vietnamese full name split at the wrong place: "NGUYEN THI" / "LAN"
            last = last + ' ' + given[0]
            first = ' '.join(given[1:])
    if rng.random() < conv['p_whole'] * (0.3 if from_doc else 1.0) and first and last:
        full = (last + ' ' + first) if (I.family_first and rng.random() < 0.6) else (first + ' ' + last)
        if rng.random() < 0.75:
            return '', full
        return full, ''
    return first, last


def render_doc(I, p, doc, reg, rng, lang):
    """Identity copied from a document (passport, ID card, or false document)."""
    conv = REG[reg]
    given = list(I.given)
    sur = I.surname
    if p.married and p.true is I and p.marr_mode and p.married[0] != 'cyr':
        kind, ms = p.married
        sur = {'br': sur + ' ' + ms, 'hu': ms + 'né', 'usage': sur}.get(kind, ms)
    if p.married and p.true is I and p.marr_mode and p.married[0] == 'cyr':
        sur = translit_cyr(p.married[1], I.cyr['system'])
    if I.vn and rng.random() < 0.10 and reg != 'immigration_office':
        # VIZ shows the full name in one field; typed as it stands
        first, last = '', ' '.join([sur] + given)
        if rng.random() < 0.5:
            first, last = ' '.join(given[1:]) if len(given) > 1 else given[0], sur + (' ' + given[0] if len(given) > 1 else '')
    else:
        if len(given) > 1 and rng.random() < conv['p_drop_second'] * 0.4:
            given = given[:1] if not I.vn else given
        first, last = assemble(given, [sur], I, reg, rng, from_doc=True)
    dob = date_str(I.dob if I is not p.true else p.doc_dob)
    if rng.random() < (0.004 if conv['chars'] == 'mrz' else 0.015):
        dob = typo_date(dob, rng)
    sex = I.sex
    cit = doc[1]
    num = doc[2] if rng.random() < conv['p_docno'] else ''
    return first, last, dob, sex, cit, num


def render_interview(I, p, reg, rng, lang, ev_date, third=False, cyr_script=False,
                     police_minor_claim=False):
    conv = REG[reg]
    given, sur, cyr = told_names(I, p, reg, rng, third=third)
    rp = P_RESPELL.get(I.origin, 0.3)
    if third:
        rp = min(0.9, rp + 0.25)
    given = spell(given, I, p, lang, reg, rng, rp, cyr, cyr_script)
    sur = spell(sur, I, p, lang, reg, rng, rp, cyr, cyr_script)
    sur = particles(sur, lang, reg, rng)
    if I.vn and cyr_script is False and reg in ('shelter_capital', 'shelter_north') \
            and lang != 'en' and rng.random() < 0.15:
        # Vietnamese-speaking interpreter writes the name with diacritics
        given = [' '.join(VN_DIAC.get(x, x) for x in g.split(' ')) for g in given]
        sur = [VN_DIAC.get(x, x) for x in sur]
    first, last = assemble(given, sur, I, reg, rng)
    # --- date of birth
    true_dob = p.stated_dob if I is p.true else I.dob
    if third:
        if rng.random() < 0.45:
            dob = ''
        else:
            age = age_at(p.dob, ev_date) + int(round(rng.gauss(0, 2.5)))
            dob = year_placeholder(ev_date.year - age, reg)
    elif (p.knows_dob or I is not p.true) and rng.random() < 0.95:
        d = true_dob
        if police_minor_claim:
            d = dt.date(d.year - 2 - int(rng.random() * 2), d.month, min(d.day, 28))
        dob = date_str(d)
        if rng.random() < 0.025:
            dob = typo_date(dob, rng)
    else:
        age = age_at(true_dob, ev_date)
        if I.origin in ('CN', 'VN') and rng.random() < 0.3:
            age += 1                                # East Asian age reckoning
        if police_minor_claim:
            age = max(age, 18)
        y = ev_date.year - age
        if I.origin == 'ER' and rng.random() < 0.08:
            y -= 8 if rng.random() < 0.7 else 7    # year given in the Ethiopian calendar
        dob = year_placeholder(y, reg)
    # --- sex
    sex = I.sex
    unisex = any(g in UNISEX for g in I.given)
    pmiss = conv['p_sex_missing'] + (0.25 if third else 0.0)
    r = rng.random()
    if r < pmiss:
        sex = ''
    elif r < pmiss + (0.03 if unisex else 0.006) + (0.02 if third else 0.0):
        sex = 'M' if sex == 'F' else 'F'
    # --- citizenship
    cits = I.cit
    c = cits[0] if (len(cits) == 1 or rng.random() < 0.55) else cits[1]
    for alt, pe in STATED_CIT_ERR.get(c, []):
        if rng.random() < pe * (3 if third else 1):
            c = alt
    if rng.random() < conv['p_cit_missing'] + (0.40 if third else 0.0):
        c = ''
    return first, last, dob, sex, c, ''


def hanzi_record(I, rng):
    sh, gh, _ = I.hanzi
    r = rng.random()
    if r < 0.6:
        return gh, sh
    if r < 0.8:
        return '', sh + gh
    return sh, gh     # family name typed in the first field


def cyr_record(given, sur):
    return ' '.join(given), ' '.join(sur)


def finalize(fields, reg, rng, lang, typed=True, typo_mult=1.0):
    first, last, dob, sex, cit, num = fields
    conv = REG[reg]
    if conv['chars'] in ('ascii', 'mrz', 'azerty') and (has_nonlatin(first) or has_nonlatin(last)):
        first = officer_translit_cyr(first, lang, rng) if first else first
        last = officer_translit_cyr(last, lang, rng) if last else last
    first = apply_chars(first, conv['chars'], rng, lang)
    last = apply_chars(last, conv['chars'], rng, lang)
    if typed:
        pt = conv['p_typo'] * typo_mult
        if first and rng.random() < pt:
            first = keyboard_typo(first, rng)
        if last and rng.random() < pt:
            last = keyboard_typo(last, rng)
    first = apply_case(first, conv['case'], rng)
    last = apply_case(last, conv['case'], rng)
    return [first.strip(), last.strip(), dob, sex, cit, fmt_docno(num, reg, rng)]


def doc_available(p, t):
    if not p.docs:
        return None
    if p.conf and t < p.recover_t:
        return None
    return p.docs


def render_event(p, e, recs, rng):
    """Produce one record (list of fields) and its provenance label."""
    reg = e['reg']
    kind = e['kind']
    conv = REG[reg]
    lang = officer_language(reg, p.region, rng)
    ev_date = event_date(min(e['t'], 2025.99))
    t = e['t']
    # which identity is presented
    I = p.true
    if p.fake is not None:
        pf = {'detect': 0.70, 'joint': 0.60, 'rearrest': 0.50}.get(kind, 0.10)
        if reg == 'immigration_office':
            pf = 0.03
        if rng.random() < pf:
            I = p.fake
    if kind == 'rearrest' and p.expl == 'crime' and rng.random() < 0.35:
        if p.alias is None:
            p.alias = make_alias(p, rng)
        I = p.alias
    # copy of the referring register's form
    if e['ref'] is not None and kind in ('referral', 'procedure', 'transfer', 'readmission',
                                           'hearing'):
        pc = {'referral': 0.40, 'procedure': 0.25, 'transfer': 0.6, 'readmission': 0.45,
              'hearing': 0.30}[kind]
        src_rec = recs[e['ref']]
        if rng.random() < pc and src_rec is not None:
            fields = list(src_rec[0])
            if not (has_nonlatin(fields[0]) or has_nonlatin(fields[1])) or reg == 'shelter_capital':
                fields[5] = fields[5] if rng.random() < 0.6 else ''
                if not fields[2] and p.knows_dob and rng.random() < 0.5:
                    fields[2] = date_str(p.stated_dob)    # completed at intake
                out = finalize(fields, reg, rng, lang, typed=True, typo_mult=0.8)
                return out, 'copy:' + src_rec[1].split('|')[0] + '|' + lang
    # documents
    docs = doc_available(p, t) if I is p.true else I.docs
    if kind == 'procedure':
        use_doc = docs and rng.random() < 0.92
    else:
        use_doc = docs and rng.random() < conv['p_doc_use']
    if use_doc:
        doc = docs[0] if (len(docs) == 1 or rng.random() < 0.6) else docs[1]
        fields = render_doc(I, p, doc, reg, rng, lang)
        label = ('fakedoc' if I is p.fake else 'document')
        out = finalize(list(fields), reg, rng, lang, typed=(conv['chars'] != 'mrz'))
        return out, label + '|' + lang
    # third-party referral (hotline, NGO outreach, social worker, employer)
    third = (kind == 'direct' and rng.random() < 0.30) or (kind == 'detect' and rng.random() < 0.04)
    minor_claim = (reg == 'police' and kind in ('detect', 'rearrest') and
                   age_at(p.dob, ev_date) < 18 and rng.random() < 0.3)
    cyr_script = (reg == 'shelter_capital' and I.cyr is not None and I.origin in ('UA', 'RU')
                  and not third and rng.random() < 0.6)
    if (reg == 'shelter_capital' and I.hanzi is not None and not third and rng.random() < 0.12):
        f, l = hanzi_record(I, rng)
        fields = render_interview(I, p, reg, rng, lang, ev_date)
        fields = (f, l) + tuple(fields[2:])
        return finalize(list(fields), reg, rng, lang, typed=False), 'interview_hanzi|zh'
    fields = render_interview(I, p, reg, rng, lang, ev_date, third=third, cyr_script=cyr_script,
                              police_minor_claim=minor_claim)
    label = 'third_party' if third else ('interview_cyr' if cyr_script else 'interview')
    if I is p.alias:
        label = 'alias'
    return finalize(list(fields), reg, rng, lang), label + '|' + lang


# ---------------------------------------------------------------------------
# MAIN
# ---------------------------------------------------------------------------

def generate(n_persons, seed):
    rng = random.Random(seed)
    np.random.seed(seed % (2 ** 32))
    persons = []
    plans = []
    pid = 0
    while len(persons) < n_persons:
        pid += 1
        p, fam = make_person('P%06d' % pid, rng)
        persons.append(p)
        plans.append(plan_events(p, rng))
        pi = len(persons) - 1
        # siblings (trafficked together or separately)
        if rng.random() < 0.07 and len(persons) < n_persons:
            for _ in range(1 if rng.random() < 0.75 else 2):
                if len(persons) >= n_persons:
                    break
                pid += 1
                s, _ = make_person('P%06d' % pid, rng, sibling_of=p, fam=fam)
                persons.append(s)
                if rng.random() < 0.6:      # co-registered: same plan, new renderings
                    plans.append([dict(e) for e in plans[pi]])
                else:
                    plans.append(plan_events(s, rng))
        # unrelated namesake: same name, nearby birth year, same origin
        if rng.random() < 0.02 and len(persons) < n_persons:
            pid += 1
            q, _ = make_person('P%06d' % pid, rng)
            if q.origin == p.origin and q.sex == p.sex:
                q.true.given = list(p.true.given)
                q.true.surname = p.true.surname
                q.true.cyr = p.true.cyr
                q.true.hanzi = p.true.hanzi
                q.true.br_sur = p.true.br_sur
                q.true.alt_sur = p.true.alt_sur
                q.true.er_father, q.true.er_grand = p.true.er_father, p.true.er_grand
                q.true.sikh = p.true.sikh
                y = p.dob.year + int(rng.random() * 5) - 2
                q.dob = random_dob(rng, y)
                q.true.dob = q.dob
                q.doc_dob = q.stated_dob = q.dob
            persons.append(q)
            plans.append(plan_events(q, rng))
    records = []
    for p, plan in zip(persons, plans):
        recs = []
        for e in plan:
            fields, label = render_event(p, e, recs, rng)
            recs.append((fields, label + '|' + e['kind'] + '|' + e['reg']))
            records.append((e['reg'], fields, p.pid, label + '|' + e['kind']))
            # export glitch: shelter_capital occasionally exports a file twice
            if e['reg'] == 'shelter_capital' and rng.random() < 0.01:
                records.append((e['reg'], list(fields), p.pid, 'export_duplicate|' + e['kind']))
    # anonymous ids, shuffled order
    ids = set()
    out = []
    order = list(range(len(records)))
    rng.shuffle(order)
    for k in order:
        reg, fields, ppid, label = records[k]
        while True:
            rid = '%010x' % rng.getrandbits(40)
            if rid not in ids:
                ids.add(rid)
                break
        out.append((rid, reg, fields, ppid, label))
    return persons, out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--persons', type=int, default=2000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='sample')
    ap.add_argument('--provenance', action='store_true',
                    help='also write provenance.csv (process labels; evaluation only)')
    a = ap.parse_args(argv)
    t = time.time()
    persons, recs = generate(a.persons, a.seed)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'records.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'source', 'first_name', 'last_name', 'birth_date', 'sex',
                    'citizenship', 'document_number'])
        for rid, reg, fl, _, _ in recs:
            w.writerow([rid, reg] + fl)
    with open(os.path.join(a.out, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        for rid, _, _, ppid, _ in recs:
            w.writerow([rid, ppid])
    if a.provenance:
        with open(os.path.join(a.out, 'provenance.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(['record_id', 'identity_source', 'officer_language', 'event'])
            for rid, _, _, _, lab in recs:
                parts = lab.split('|')
                w.writerow([rid, parts[0], parts[1] if len(parts) > 2 else '', parts[-1]])
    cnt = {}
    for _, _, _, ppid, _ in recs:
        cnt[ppid] = cnt.get(ppid, 0) + 1
    n_rec = len(recs)
    n_p = len(cnt)
    multi = sum(1 for v in cnt.values() if v >= 2)
    pairs = sum(v * (v - 1) // 2 for v in cnt.values())
    by_src = {}
    for _, reg, _, _, _ in recs:
        by_src[reg] = by_src.get(reg, 0) + 1
    print('records=%d persons=%d share_ge2=%.3f true_pairs=%d time=%.1fs'
          % (n_rec, n_p, multi / n_p, pairs, time.time() - t), file=sys.stderr)
    print('by source: ' + ', '.join('%s=%d' % (k, by_src.get(k, 0)) for k in REGISTERS),
          file=sys.stderr)


if __name__ == '__main__':
    main()
