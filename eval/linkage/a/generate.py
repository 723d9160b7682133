#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled evaluation-data generator for cross-actor record linkage of THB victim records.

    python generate.py --persons N --seed S --out DIR   ->  DIR/records.csv, DIR/truth.csv

Python 3.11, standard library only (numpy not needed). Deterministic given --seed.
See README.md for the population model, the per-actor house styles and the noise model.
"""
# Name pools (hand-written).  Notation: A|B|C spelling variants, A_B = space inside a name,
# name:12 explicit weight instead of the rank-based Zipf weight. Cyrillic pools are romanised at render time.

POOLS = {
# ---------------------------------------------------------------- Romania
'RO': dict(
 m="""Ion Gheorghe Constantin Vasile Alexandru Nicolae Ștefan Mihai Andrei Florin Marian Dumitru
 Ionuț Adrian Cristian Daniel Gabriel Marius Ciprian Costel Viorel Cătălin Nicușor Bogdan Dragoș
 Sorin Lucian Valentin Cosmin Iulian Petru Vlad Robert Claudiu Răzvan Silviu Emil Liviu Dorin Fănel
 Marin Cornel Aurel Georgel Sebastian Laurențiu Mădălin Remus Tudor Ovidiu Eugen Petrică Gigel""",
 f="""Maria Elena Ioana Andreea Mihaela Ana Alexandra Cristina Daniela Gabriela Florentina Nicoleta
 Ionela Georgiana Alina Simona Roxana Ramona Adriana Larisa Denisa Bianca Mădălina Loredana Claudia
 Elisabeta Violeta Lenuța Marinela Luminița Florina Oana Raluca Diana Irina Camelia Monica Petronela
 Valentina Anca Ana-Maria|Ana_Maria|Anamaria Lavinia Carmen Angela Viorica Steluța Rodica Geanina
 Alexandrina Paula Sorina Cosmina Iuliana Mariana Aurelia Emilia Nicolina""",
 s="""Popescu Popa Pop Radu Ionescu Dumitru Stan Stoica Gheorghe Matei Rusu Munteanu Ciobanu
 Constantin Marin Mihai Ștefan Lazăr Florea Dinu Tudor Ion Ilie Moldovan Barbu Oprea Sandu Nistor
 Niță Lupu Cristea Toma Dobre Ene Dragomir Georgescu Neagu Enache Anghel Vasile Preda Pavel Roman
 Cojocaru Lungu Mocanu Căldăraru Rădulescu Zamfir Voicu Mitrea Nedelcu Bălan Diaconu Sârbu
 Ungureanu Mihăilă Manea Iordache Grigore Costache Stănescu Done Lăcătuș Rostaș Caramidaru Mutu
 Dima Ispas Tănase Chirilă Bucur Paraschiv Nica Coman Avram""",
 tail=("Stoian Marin Petr Dobr Voic Vlăd Mircea Brat Ghiț Nedel Tăn Prod Mănăil Cârst Sterg Anton Zlătar Drăgh Băl Oct Fier Mărg Dan Cost",
       "escu eanu aru ache oiu an ică ea u"),
 s_zipf=1.0, g_zipf=0.95),
# ---------------------------------------------------------------- Bulgaria (Cyrillic)
'BG': dict(
 m="""Георги Иван Димитър Николай Петър Христо Стоян Тодор Асен Красимир Мехмед Ахмед Юсеин Васил
 Стефан Александър Атанас Ангел Кирил Митко Росен Любомир Валентин Данаил Емил Пламен Веселин
 Борислав Цветан Илия Йордан Михаил Кольо Сашо Марин Милен Живко Златко Румен""",
 f="""Мария Иванка Елена Йорданка Пенка Даниела Надежда Силвия Десислава Радка Цветанка Росица
 Снежана Гергана Фатме Айше Емине Мариана Петя Галина Виктория Станка Николина Кремена Анелия
 Теодора Габриела Здравка Милена Василка Светла Хасиде Севдалина Ива Симона""",
 s="""Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев Атанасов
 Петков Ангелов Йорданов Колев Маринов Стефанов Михайлов Костов Попов Русев Янков Асенов Демиров
 Юсеинов Алиев Мехмедов Кирилов Митев Райчев Славов Енчев Божков Симеонов Йосифов Кръстев
 Александров Цветков Ганев Младенов Добрев Сотиров Трифонов Панайотов Маринчев Кабзамалов""",
 tail=("Стоя Петка Дра Вел Злат Кол Мил Рад Цан Бой Гроз Кър Мит Нед Пан Сав Тан Хрис Чав Ян",
       "нов ков чев ев ов лов ев"),
 s_zipf=1.0, g_zipf=0.95),
# ---------------------------------------------------------------- Ukraine (Cyrillic)
'UA': dict(
 m="""Олександр Сергій Андрій Володимир Віктор Юрій Микола Дмитро Олег Іван Василь Петро Максим
 Богдан Тарас Ігор Михайло Роман Віталій Анатолій Євген Артем Денис Руслан Вадим Ярослав Степан
 Назар Остап Григорій""",
 f="""Олена Наталія Тетяна Ірина Оксана Світлана Юлія Людмила Галина Марія Ольга Анна Катерина
 Вікторія Надія Валентина Яна Анастасія Дарина Софія Лариса Інна Алла Христина Іванна Олеся Мар'яна
 Ганна Любов Зоряна""",
 s="""Шевченко Бондаренко Коваленко Бойко Ткаченко Кравченко Коваль Олійник Шевчук Поліщук Ткачук
 Савченко Мельник Лисенко Руденко Марченко Петренко Кравчук Мороз Климченко Павленко Савчук
 Романенко Левченко Харченко Карпенко Гаврилюк Кузьменко Іваненко Козак Захарченко Литвиненко
 Бондар Гончаренко Мартинюк Пономаренко Василенко Швець Мазур Ковальчук Гнатюк Дячук Федорів
 Яковенко Головко Стасюк Приходько Білик Кушнір""",
 tail=("Гриц Онищ Сидор Тимош Юрч Кирил Мирон Данил Остап Федор Кость Гнат Дем Лук Прок Сем Сав Тар Яр",
       "енко ук юк чук ишин ович ій ак"),
 s_zipf=1.0, g_zipf=0.95),
# ---------------------------------------------------------------- Nigeria (Edo-heavy)
'NG': dict(
 m="""Osas|Osasu Osaro Emeka Chinedu John Samuel Daniel Godwin Sunday Friday Collins Kingsley Prince
 Michael Emmanuel|Emanuel Ikechukwu Uche Oluwaseun|Oluwasegun Tunde Femi Ibrahim Musa Efosa|Efosa
 Osagie Nosa Victor Lucky Innocent Peter Stanley Chukwuemeka Obinna Ifeanyi Festus Monday Godspower""",
 f="""Blessing Joy Precious Mercy Favour|Favor Gift Peace Faith Happiness Success Esther Grace
 Patience Goodness Vivian|Vivien Osaretin Eki Efe Ivie Osasu Ewere Uyi Princess Juliet Gloria Queen
 Rita Loveth|Lovett Sandra Jennifer Miracle Promise Beauty Glory Omosede Osarugue Itohan Eghosa
 Adesuwa Comfort Stella Christiana|Cristiana Rose Sharon Ruth Hope Destiny Oghenekaro Chioma Ngozi""",
 s="""Osagie Osaro Igbinosa Omoregie Aigbe Ehigiator Obaseki Uwaifo Edosomwan Eghosa Ogbebor
 Osayande Iyamu Idahosa Erhabor Osarumwense Okoro Okafor Eze Okonkwo Adeyemi Ogunleye Bello Ibrahim
 Musa Johnson Williams James Peters Friday Sunday Monday Aghedo Omoruyi Uyi Osayi Egharevba
 Ogiemwonyi Omorogbe Agbonlahor Ehiorobo Imasuen Okundaye Osemwegie|Osemwengie Edokpolor Ize-Iyamu
 Nwachukwu Obi Okeke Emmanuel Godwin Lucky Akhigbe Enabulele""",
 tail=("Osa Osaro Igbino Omo Ehi Aig Edo Uwa Iyo Ogie Ose Ize Oba Agho Ero Ime Okun Ekhat",
       "gie mwen ghae wande yande regie somwen iator kpolor nosa re ba hon mwonyi ruyi"),
 s_zipf=0.95, g_zipf=0.9),
# ---------------------------------------------------------------- Morocco (French transliteration first)
'MA': dict(
 m="""Mohamed|Mohammed|Muhammad|Mohammad|Mohamad|Mouhamed Ahmed|Ahmad Youssef|Youssouf|Yousef|Yusuf
 Said|Saïd|Saeed|Sayid Rachid|Rashid|Rachide Mustapha|Mustafa|Moustapha
 Abdelkader|Abdelkadir|Abdel_Kader|Abd_El_Kader|Abdulkadir Hassan|Hasan Hicham|Hisham Karim|Kareem
 Khalid|Khaled Omar|Umar Brahim|Ibrahim Abdellah|Abdallah|Abdullah Mehdi|Mahdi Driss|Idriss|Idris
 Aziz Nabil Abdelaziz|Abdel_Aziz|Abdulaziz Hamza|Hamsa Anouar|Anwar Ayoub|Ayub Bilal Soufiane|Sofiane|Sufian
 Ilyas|Elias|Ilias Yassine|Yassin|Yasin Zakaria|Zakariya|Zakariae Adil|Adel Jamal|Djamal Mourad|Murad
 Noureddine|Nourdine|Nour_Eddine|Nuradin Tarik|Tariq Amine|Amin Redouane|Redouan|Ridouan Jawad|Jaouad""",
 f="""Fatima|Fatma|Fadma|Fatema Khadija|Khadidja|Khadeeja|Hadija Aicha|Aïcha|Aisha|Aysha Naima|Naïma|Naeema
 Samira Nadia Malika Zineb|Zainab|Zaynab|Zeynab Meryem|Maryam|Meriem|Mariam Hanane|Hanan Salma
 Loubna|Lubna Hafsa Imane|Iman Sanaa|Sana Karima Latifa Soukaina|Sukaina|Soukayna Houda|Huda
 Hayat Rachida|Rashida Saida|Saïda Asmae|Asma Najat Ilham Siham Hasna Wafae|Wafa Nawal Btissam|Ibtissam
 Ikram Khaoula|Khawla Nora|Noura Yasmina|Yasmine""",
 s="""El_Amrani|Elamrani Alaoui Benali|Ben_Ali El_Idrissi|Idrissi Bennani Tazi El_Fassi Berrada Chraibi
 Ouali Bouzid Amrani El_Ouardi Benjelloun|Ben_Jelloun Lahlou Zerouali Belhaj|Bel_Haj Azzouzi
 El_Khattabi Boukhari Ait_Ahmed Ait_Ali Ouazzani Mansouri|El_Mansouri Kaddouri Haddad Naciri|Nasiri
 Moussaoui|Moussaui Rahmani Hajji|El_Hajji Bakkali Saidi Jaouhari Benhaddou|Ben_Haddou Boutaleb
 Cherkaoui Ziani El_Ouazzani Aouad Tahiri Belkacem|Belkassem Hamdaoui Lamrani Essaidi|Es_Saidi
 Ouled_Ali Azizi Bouazza El_Hamdaoui Ali""",
 tail=("Ben Bou El Ait Al Ou",
       "hamou hadi jemaa kerroum lahcen moussa salah taleb zid rahmoun chaib kassou"),
 s_zipf=0.95, g_zipf=1.05),
# ---------------------------------------------------------------- Albania
'AL': dict(
 m="""Arben Ardit Erion Gentian Elton Klodian Endrit Dritan Fatmir Besnik Ilir Altin Edmond Gëzim Artan
 Bledar Sokol Flamur Luan Kreshnik Ervis Kastriot Mariglen Erald Arjan Fation Redon Alban Genci Shpëtim""",
 f="""Elona Klodiana Ermira Anila Besjana Dorina Arjola Fatjona Ledia Mirela Jonida Klaudia Erjona Elisa
 Blerina Xhensila Megi Anxhela Kejsi Enkeleda Rudina Entela Valbona Drita Alketa Albana Lindita
 Marsela Greta Sidorela""",
 s="""Hoxha Shehu Leka Krasniqi Gashi Berisha Dervishi Kola Marku Prifti Cela Hysa Basha Rama Meta
 Kadriu Dushku Gjoka Mema Lika Hasani Dibra Bregu Muça Tafa Zeqiri Mullai Kurti Halili Sula Çela
 Lleshi Xhafa Dautaj Bajrami Ahmeti Rexhepi Dedaj Gjoni Cani Luli Shkodra Beqiri""",
 tail=("Bajr Dem Hys Ism Rexh Sal Mus Zen Lul Nik Pren Gjon Ded Mark Kol",
       "aj i aku ollari iu ja"),
 s_zipf=1.0, g_zipf=0.95),
# ---------------------------------------------------------------- Vietnam (family name, middle, given)
'VN': dict(
 s="""Nguyễn:38 Trần:11 Lê:9.5 Phạm:7 Hoàng:4 Huỳnh:2 Phan:4.5 Vũ:3 Võ:2.5 Đặng:2.1 Bùi:2 Đỗ:1.4 Hồ:1.3
 Ngô:1.3 Dương:1 Lý:0.5 Đào:0.5 Đinh:0.5 Trịnh:0.4 Mai:0.3 Lương:0.3 Cao:0.3 Tạ:0.2 Hà:0.3 Lâm:0.2 Tô:0.2""",
 mid_m="Văn:60 Đức:8 Minh:6 Hữu:5 Quang:5 Công:4 Xuân:3 Thanh:3 Ngọc:2 Đình:3",
 mid_f="Thị:80 Ngọc:5 Thu:4 Thanh:3 Kim:3 Bích:2 Hồng:2 Minh:1",
 m="""Thành Hùng Dũng Tuấn Minh Nam Hải Long Quang Sơn Tùng Hiếu Hoàng Khánh Phúc Trung Huy Đức Cường
 Thắng Việt Bình Anh Toàn Tài Phong Kiên Lâm Quân Duy Thịnh Hưng Hòa Tiến Vinh Lợi Trọng Đạt Khoa Tâm""",
 f="""Lan Hương Linh Hoa Mai Thảo Trang Hằng Nga Ngọc Phương Thủy Yến Huyền Hà Nhung Anh Hạnh Loan Dung
 Vân Thu Hiền Oanh Quyên Trinh My Nhi Vy Tuyết Liên Hồng Xuân Diệp Thơm Hậu Giang Nhàn""",
 s_zipf=1.0, g_zipf=0.9),
# ---------------------------------------------------------------- China (Fujian|Zhejiang heavy)
'CN': dict(
 s="""Chen:9 Lin:9 Wang:8 Li:7 Zhang:6 Liu:5 Huang:4 Zheng:4 Wu:3.5 Yang:3 Zhou:3 Xu:2.5 Zhao:2 Sun:1.5
 Ma:1.2 Zhu:1.2 Hu:1.2 Guo:1 He:1 Gao:0.9 Luo:0.9 Liang:0.8 Xie:0.8 Song:0.7 Tang:0.7 Han:0.6 Feng:0.5
 Deng:0.5 Cao:0.5 Peng:0.5 Zeng:0.5 Xiao:0.4 Tian:0.4 Dong:0.4 Pan:0.4 Yuan:0.4 Cai:0.4 Jiang:0.4 Yu:0.4
 Du:0.3 Ye:0.5 Cheng:0.3 Wei:0.3 Su:0.3 Lu:0.3 Ding:0.3 Ren:0.2 Shen:0.3 Yao:0.2 Weng:0.3 Fang:0.2""",
 syl_m="Wei Jian Jun Ming Hua Tao Lei Bo Qiang Gang Yong Ping Hai Lin Chun Xiao Zhi Guo Hong Dong Feng Liang Jie Bin Hui Peng Long Chao Yi Jin Wen Cheng",
 syl_f="Xiao Mei Ying Hui Li Ling Yan Fang Jing Xia Yu Na Juan Xin Hong Lan Qing Hua Ping Li Yun Ting Jie Min Wen Zhen Qian Lian Chun Dan",
 s_zipf=1.0, g_zipf=0.8),
# ---------------------------------------------------------------- India (Punjab-heavy)
'IN': dict(
 m="""Gurpreet|Gurprit Harpreet Manpreet Jaspreet Sandeep|Sundeep Rajesh Sukhwinder|Sukhvinder Kuldeep|Kuldip
 Amandeep Baljit|Baljeet Harjit|Harjeet Paramjit|Paramjeet Ravi Suresh Ramesh Mohan Anil Vijay Rakesh Sunil
 Jaswinder|Jasvinder Balwinder|Balvinder Gurwinder Harvinder Lakhwinder Mandeep Navdeep Ajay Manoj Sanjay
 Raju Deepak Rahul Amit Sukhdev Gurdeep Jagdeep Satnam Kulwant|Kulvant""",
 f="""Harpreet Manpreet Jaspreet Gurpreet Amandeep Kamaljeet|Kamaljit Sukhwinder Rajwinder Simran Navneet
 Priya Pooja|Puja Sunita Anita Rekha Kavita Neha Geeta|Gita Seema|Sima Manjit Parminder Baljinder""",
 s="""Singh:40 Kumar:10 Sharma:4 Patel:3 Yadav:2 Verma:2 Gupta:1.5 Thakur:1 Chauhan:1 Gill:2 Sandhu:2
 Sidhu:1.5 Dhillon:1.5 Grewal:1 Brar:1 Mann:1 Randhawa:1 Bains:0.8 Saini:0.8 Kaur:0.1 Ram:1.5 Lal:1 Das:1
 Mishra:0.8 Pandey:0.8 Rana:0.6 Bhatti:0.6 Sohal:0.5 Virk:0.5 Toor:0.4""",
 clans="Sandhu Sidhu Dhillon Grewal Brar Mann Randhawa Gill Bains Virk Toor Sohal Cheema Bajwa Hundal Aulakh",
 s_zipf=1.0, g_zipf=0.9),
# ---------------------------------------------------------------- Eritrea (given + father + grandfather)
'ER': dict(
 m="""Tesfay|Tesfaye|Tesfai Haile|Hayle Berhane|Berhan|Birhane Yohannes|Yohanes|Johannes Tekle|Teklay
 Mehari|Mihari Kidane|Kidan Amanuel|Emanuel|Ammanuel Filmon|Philmon|Filimon Dawit|Daweit Semere|Semre
 Habtom|Habtum Biniam|Biniyam|Binyam Robel|Robiel Mussie|Musie|Mussa Yemane|Yemani Tewelde|Teweldie
 Goitom|Goitam Ermias|Ermiyas Michael|Mikael|Mikiel Natnael|Natanael Aron|Aaron Efrem|Ephrem Samson
 Daniel Kibrom|Kbrom Kiflom|Kflom Gebremedhin|Gebre_Medhin|Ghebremedhin|G/Medhin
 Gebreyesus|Gebre_Yesus|Ghebreyesus|G/Yesus Weldemichael|Woldemichael|Welde_Michael|W/Michael
 Tesfamariam|Tesfa_Mariam|Tesfamariyam Habtemariam|Habte_Mariam Gebrehiwet|Gebre_Hiwet|G/Hiwet
 Ghirmay|Girmay|Ghermai Asmerom|Asmeron Ghebremichael|Gebremichael|Gebre_Michael Okbay|Ukbay
 Mohammed|Mohamed|Mohammad Idris|Idriss Osman|Othman Saleh|Salih Ibrahim Abraham|Abrham Solomon|Selomon
 Yonas|Jonas Isaias|Isayas Fitsum Henok|Hanok Tsegay|Tsegai Afewerki|Afwerki""",
 f="""Helen|Hellen Selam|Salam Senait|Sennait|Sinit Yordanos|Yordanose Rahel Rahwa Saba Lidia|Lydia
 Meron|Miron Feven|Fiven Hiwet|Hiwot Letekidan|Lete_Kidan|Letikidan Ruta Mebrat Tsega|Tsegga Winta
 Semhar|Semharr Eden Aster|Astier Almaz|Alemaz Abrehet|Abrehit Mihret|Mehret Freweini|Fruweini|Freweyni
 Nebiat|Nebyat Tirhas|Terhas Elsa Yohana|Johanna Danait Luwam|Luam Fiyori|Fiori Saron Milka Amleset
 Fatna Amina""",
 s_zipf=0.95, g_zipf=0.95),
# ---------------------------------------------------------------- Brazil (given(s) + mother's + father's surname)
'BR': dict(
 m="""José João Antônio|Antonio Francisco Carlos Paulo Pedro Lucas Luiz|Luis Marcos Luciano Gabriel Rafael
 Daniel Marcelo Bruno Eduardo Felipe|Filipe Raimundo Rodrigo Manoel|Manuel Mateus|Matheus André Fernando
 Fábio Leonardo Gustavo Thiago|Tiago Wellington|Welington Anderson Washington Edson Cleiton|Kleiton
 Jefferson|Jeferson Ronaldo""",
 f="""Maria Ana Francisca Antônia|Antonia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila
 Amanda Bruna Jéssica|Jessica Letícia Júlia Luciana Vanessa Mariana Gabriela Tatiane|Tatiana
 Daniele|Danielle Priscila|Priscilla Raquel Débora Simone Cláudia Kelly|Keli Thaís|Tais Bianca
 Aparecida Paula Carolina Luana Rosângela Cristiane Elaine Silvana Michele|Michelle""",
 s="""Silva Santos Oliveira Souza|Sousa Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins
 Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes
 Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Moura Cavalcanti
 Pinto Batista Correia Campos Monteiro Reis Farias Melo""",
 s_zipf=0.9, g_zipf=0.95),
# ---------------------------------------------------------------- Belgium
'BE': dict(
 m="""Kevin Thomas Nicolas Jonas Dylan Tom Pieter Bart Jan Steven Kenny Maxime Jordy Brandon Jens Wim
 Lucas Mathieu Olivier Julien Gilles Sam Yannick Dieter Michaël|Michael Glenn Jurgen Sébastien Jérôme
 Frédéric Didier Kristof|Christophe Stijn Koen""",
 f="""Marie Laura Sarah Julie Sofie|Sophie Emma Lisa Lotte Amélie Chloé Manon Elise Nathalie Kimberly
 Jessica Melissa Charlotte Eline Camille Léa Shauni Stefanie|Stéphanie Kelly Jolien Ines Annelies
 Caroline Valérie Sandrine Virginie Tamara Shana""",
 s="""Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Dubois Lambert
 Dupont Martin Hermans Michiels Van_Damme Vermeulen De_Clercq Van_den_Broeck Pauwels Dumont
 Leclercq Desmet Lemaire Simon Laurent Renard Verstraete Van_de_Velde Van_Hoof Aerts Hendrickx
 De_Backer Vandenberghe Declercq Stevens Segers Cools Lejeune Denis Smets De_Vos Van_Dyck Verhaegen
 Van_der_Linden De_Meyer Mathieu Collard Dewulf Van_Acker De_Wilde Lenaerts""",
 tail=("Van_de Van_den De Ver Van",
       "Velde Putte Broeck Walle Bossche Heuvel Berghe Kerckhove Meersch Poel Wiele Steen Linden Bruggen Mol Kerk"),
 s_zipf=0.8, g_zipf=0.9),
# ---------------------------------------------------------------- Hungary (family name first)
'HU': dict(
 m="""László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor Csaba Imre
 Norbert Róbert Krisztián Gyula Richárd Dávid Roland Árpád Béla Lajos Kálmán Dezső Gergő Bence Ádám""",
 f="""Anita Krisztina Erika Mónika Andrea Zsuzsanna Katalin Éva Tímea Nikolett Viktória Alexandra Szilvia
 Renáta Edina Barbara Brigitta Dóra Beáta Ildikó Mária Erzsébet Klaudia Vivien Evelin Kitti Bianka
 Szabina Judit Gabriella""",
 s="""Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos
 Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor
 Szalai Sipos Magyar Lukács Gulyás Biró Király Katona László Jakab Bogdán Sárközi Rostás Kolompár
 Vadász Bodnár Csonka""",
 s_zipf=1.0, g_zipf=0.95),
# ---------------------------------------------------------------- Syria (English-style transliteration first)
'SY': dict(
 m="""Mohammad|Mohammed|Muhammad|Mohamad|Mohamed Ahmad|Ahmed Ali Omar|Umar Khaled|Khalid
 Mahmoud|Mahmud|Mahmood Hussein|Hussain|Husein|Hosein Hassan|Hasan Abdullah|Abdallah|Abdulla
 Ibrahim|Ebrahim Mustafa|Mostafa Yousef|Youssef|Yusuf Bilal Amer|Amir|Aamer Fadi Rami Samer Ammar
 Ayham Ghaith|Ghaeth Anas Hamza Wael|Wail Jamal Abdulrahman|Abdul_Rahman|Abdelrahman|Abdurrahman
 Abdulkarim|Abdul_Karim Firas Majd Yazan Alaa|Ala""",
 f="""Fatima|Fatema|Fatma Aisha|Aysha|Aicha Maryam|Mariam|Meryem Noor|Nour|Nur Rasha Hiba|Heba Lina Rana
 Huda|Houda|Hoda Amal Reem|Rim Zainab|Zeinab|Zaynab Rania Yasmin|Yasmine|Jasmin Ola|Oula Duaa|Doaa|Dua
 Asmaa|Asma Sara|Sarah Khadija|Khadeeja Raghad Hala Bayan Nisreen|Nesrine Shahed Walaa""",
 s="""Al_Ahmad|Alahmad Al_Hassan|Alhassan Al_Ali|Alali Al_Hussein|Alhussein Al_Khalil Al_Mohammad
 Al_Omar|Alomar Al_Khatib|Alkhatib Al_Halabi Al_Masri|Almasri Haddad Hamdan Khalil Ibrahim Ismail
 Kurdi|Al_Kurdi Darwish|Darwich Al_Sheikh|Alsheikh|Sheikh Othman|Osman|Uthman Abdullah Al_Issa|Alissa
 Al_Hamoud Al_Jasem|Al_Jassem|Aljasem Al_Saleh|Alsaleh Al_Rifai Al_Aswad Kassem|Qasim|Qassem Mansour
 Nasser|Naser Saleh Suleiman|Sleiman|Sulaiman Hamada Al_Hamwi Al_Abdullah Shaaban|Chaaban Al_Najjar
 Al_Zoubi|Alzoubi Hammoud|Hamoud""",
 tail=("Al_",
       "Hamid Karim Salem Rashid Hariri Tamer Obaid Fares Najjar Jabr Dahhan Shami Homsi Idlibi Attar Bakri Sabbagh"),
 s_zipf=0.95, g_zipf=1.0),
# ---------------------------------------------------------------- Afghanistan (often no family name)
'AF': dict(
 m="""Mohammad|Mohammed|Muhammad|Mohamad Ahmad|Ahmed Ali Hussain|Hussein|Husain Jawad|Javad
 Mustafa|Mostafa Ali_Reza|Alireza Hamid Rahim Karim Nasir|Naser|Nasser Farid Omid|Umid Sayed|Sayyed|Seyed
 Zabihullah|Zabiullah|Zabihollah Naqibullah|Naqibollah Rahmatullah|Rahmatollah Ezatullah|Ezatollah|Izzatullah
 Sohrab Jamshid|Jamsheed Wahid Elyas|Ilyas Shafiq Noor|Nur Gul Bilal Abdul_Rahman|Abdulrahman
 Hamidullah|Hamidollah Asadullah Mujtaba Mahdi|Mehdi Murtaza|Mortaza Rohullah|Ruhullah Khalid Ismail""",
 f="""Fatima|Fatema Zahra|Zohra Maryam|Mariam Masouma|Masuma|Massoumeh Khadija Sakina|Sakineh Nazanin
 Roya Shukria|Shukriya Parwana|Parvana Nargis|Narges Somaya|Sumaya Freshta|Fereshteh|Fereshta Farzana
 Laila|Leila|Layla Malalai Shabnam Marzia|Marziyeh Zainab Hakima""",
 s="""Ahmadi Mohammadi Hussaini|Hosseini|Husseini Rahimi Karimi Hashimi|Hashemi Sultani Rezaei|Rezai
 Jafari|Jaafari Haidari|Heydari|Haydari Nazari Amiri Sadat|Sadaat Stanekzai|Stanikzai Popal Noori|Nouri|Nuri
 Wardak Safi Sharifi Qaderi|Kaderi Azizi Habibi Rasuli|Rasouli Samadi Akbari Yusufzai|Yousafzai Mohmand
 Ghafari|Ghaffari Barakzai Durrani Hakimi Rahmani Faizi Niazi""",
 s_zipf=0.95, g_zipf=1.0),
}

# hypocoristics used by outreach workers | shelters (first given name -> nickname)
NICK = {
 'Alexandru': 'Alex', 'Alexandra': 'Alexa', 'Ionela': 'Ela', 'Florentina': 'Flori', 'Georgiana': 'Geo',
 'Nicoleta': 'Nico', 'Gheorghe': 'Gigi', 'Constantin': 'Costel', 'Nicolae': 'Nicu', 'Mădălina': 'Mădă',
 'Георги': 'Гошо', 'Иван': 'Ваньо', 'Мария': 'Мими', 'Десислава': 'Деси', 'Александър': 'Сашо',
 'Олександр': 'Саша', 'Олена': 'Лена', 'Наталія': 'Наташа', 'Тетяна': 'Таня', 'Юлія': 'Юля', 'Катерина': 'Катя',
 'Анастасія': 'Настя', 'Вікторія': 'Віка', 'Дмитро': 'Діма', 'Володимир': 'Вова', 'Ірина': 'Іра',
 'Blessing': 'Bless', 'Precious': 'Presh', 'Osaretin': 'Osas', 'Christiana': 'Tina', 'Jennifer': 'Jenny',
 'Klodiana': 'Klodi', 'Anxhela': 'Xhela', 'Krisztina': 'Kriszti', 'Erzsébet': 'Erzsi', 'László': 'Laci',
 'István': 'Pista', 'Francisca': 'Chica', 'José': 'Zé', 'Antônio': 'Toninho', 'Mohamed': 'Simo',
 'Abdelkader': 'Kader', 'Nathalie': 'Nath', 'Stefanie': 'Steffi', 'Jessica': 'Jess', 'Fatima': 'Fati',
 'Mohammad': 'Hamoudi', 'Abdulrahman': 'Abed', 'Amanuel': 'Amanu', 'Gabriela': 'Gabi', 'Gabriel': 'Gabi',
 'Daniela': 'Dani', 'Kimberly': 'Kim', 'Elisabeta': 'Lisa', 'Ștefan': 'Fane', 'Ionuț': 'Nuțu',
}

# Ukrainian given name -> Russian form (written by Russian-speaking interpreters|staff)
RUSSIFY = {
 'Олександр': 'Александр', 'Сергій': 'Сергей', 'Андрій': 'Андрей', 'Володимир': 'Владимир', 'Віктор': 'Виктор',
 'Юрій': 'Юрий', 'Микола': 'Николай', 'Дмитро': 'Дмитрий', 'Іван': 'Иван', 'Василь': 'Василий', 'Петро': 'Петр',
 'Михайло': 'Михаил', 'Віталій': 'Виталий', 'Анатолій': 'Анатолий', 'Євген': 'Евгений', 'Ігор': 'Игорь',
 'Григорій': 'Григорий', 'Олена': 'Елена', 'Наталія': 'Наталья', 'Тетяна': 'Татьяна', 'Ірина': 'Ирина',
 'Світлана': 'Светлана', 'Юлія': 'Юлия', 'Катерина': 'Екатерина', 'Вікторія': 'Виктория', 'Надія': 'Надежда',
 'Марія': 'Мария', 'Анастасія': 'Анастасия', 'Дарина': 'Дарья', 'Христина': 'Кристина', 'Ганна': 'Анна',
 'Любов': 'Любовь', 'Олеся': 'Алеся', 'Інна': 'Инна', 'Ярослав': 'Ярослав', 'Степан': 'Степан',
}

# extra second given names per origin (used when a person carries two given names)
SECOND_GIVEN = {
 'MA': {'M': "Amine Ali Reda Yassine Karim Said Anas Mehdi", 'F': "Zahra Amina Nour Salma"},
 'BR': {'M': "Carlos Henrique Eduardo Paulo Antônio José Augusto Luiz", 'F': "Aparecida Paula Cristina Carolina Maria Luiza Beatriz Fernanda"},
 'BE': {'M': "Jan Maria Jozef Pierre Louis Marc Paul Frans", 'F': "Maria Marie Anne Louise Jeanne Elisabeth"},
 'RO': {'M': "Ionuț Mihai Alexandru Daniel Cristian Florin Marian", 'F': "Maria Elena Cristina Ionela Alexandra Mădălina Georgiana"},
 'HU': {'M': "János István József Péter", 'F': "Mária Anna Erzsébet Éva"},
 'NG': {'M': "Osas Chukwudi Oluwafemi Uyi Ehis", 'F': "Osas Ivie Eki Omo Osarugue Nosa"},
 'AL': {'M': "Gjergj Leka", 'F': "Maria Ana"},
}

# =============================================================================================
#  Generator core
# =============================================================================================
import argparse
import bisect
import csv
import datetime as dt
import os
import random
import sys
import unicodedata

# ------------------------------------------------------------------ pools
class Pool:
    __slots__ = ('items', 'cum', 'total')

    def __init__(self, items, weights):
        self.items = items
        self.cum = []
        t = 0.0
        for w in weights:
            t += w
            self.cum.append(t)
        self.total = t

    def sample(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _parse(text, zipf, extra=()):
    items, weights, seen = [], [], set()
    rank = 0
    for tok in text.split():
        w = None
        if ':' in tok:
            tok, w = tok.rsplit(':', 1)
            w = float(w)
        variants = tuple(v.replace('_', ' ') for v in tok.split('|'))
        if variants[0] in seen:
            continue
        seen.add(variants[0])
        rank += 1
        items.append(variants)
        weights.append(w if w is not None else 1.0 / rank ** zipf)
    for name in extra:                      # generated long tail continues the Zipf curve
        if name in seen:
            continue
        seen.add(name)
        rank += 1
        items.append((name,))
        weights.append(1.0 / rank ** zipf)
    return Pool(items, weights)


def _tail(spec, n=350):
    roots, sufs = spec[0].split(), spec[1].split()
    out = []
    for r in roots:
        for s in sufs:
            if r.endswith('_'):
                out.append(r[:-1] + ' ' + s)
            elif '_' in r or r in ('Van', 'De', 'Ver'):
                rr = r.replace('_', ' ')
                out.append(rr + ('' if r == 'Ver' else ' ') + (s.lower() if r == 'Ver' else s))
            else:
                out.append(r + s)
    trng = random.Random(9173)               # fixed: pools are part of the model, not of the seed
    trng.shuffle(out)
    return out[:n]


P = {}
for _o, _d in POOLS.items():
    gz, sz = _d.get('g_zipf', 0.95), _d.get('s_zipf', 1.0)
    e = {}
    if 'm' in _d:
        e['M'] = _parse(_d['m'], gz)
        e['F'] = _parse(_d['f'], gz)
    if 's' in _d:
        e['S'] = _parse(_d['s'], sz, _tail(_d['tail']) if 'tail' in _d else ())
    for k in ('mid_m', 'mid_f', 'syl_m', 'syl_f', 'clans'):
        if k in _d:
            e[k] = _parse(_d[k], 0.7 if k.startswith('syl') else 1.0)
    if _o in SECOND_GIVEN:
        e['G2M'] = _parse(SECOND_GIVEN[_o]['M'], 0.8)
        e['G2F'] = _parse(SECOND_GIVEN[_o]['F'], 0.8)
    P[_o] = e

CYR_ORIGINS = {'UA': 'uk', 'BG': 'bg'}
FAMILY_FIRST = {'VN', 'CN', 'HU'}
EU = {'RO', 'BG', 'BE', 'HU', 'IT', 'PT', 'ES'}

# ------------------------------------------------------------------ population parameters
ORIGIN_W = {'RO': 13, 'BG': 8, 'NG': 10, 'MA': 7, 'AL': 4, 'UA': 6, 'VN': 6, 'CN': 5, 'IN': 6, 'ER': 4,
            'BR': 4, 'BE': 10, 'HU': 5, 'SY': 4, 'AF': 5}
P_FEMALE = {'RO': .60, 'BG': .60, 'NG': .90, 'MA': .35, 'AL': .75, 'UA': .55, 'VN': .40, 'CN': .35, 'IN': .05,
            'ER': .45, 'BR': .60, 'BE': .70, 'HU': .65, 'SY': .30, 'AF': .08}
AGE_MEAN = {'NG': 23, 'AL': 24, 'BE': 22, 'RO': 27, 'BG': 28, 'HU': 27, 'VN': 26, 'ER': 24, 'AF': 22,
            'IN': 34, 'CN': 37, 'UA': 33, 'MA': 30, 'SY': 29, 'BR': 29}
P_HAS_DOCS = {'RO': .85, 'BG': .85, 'BE': .9, 'HU': .85, 'UA': .8, 'AL': .7, 'BR': .75, 'MA': .6, 'IN': .6,
              'CN': .5, 'VN': .45, 'NG': .45, 'SY': .5, 'AF': .3, 'ER': .2}
P_KNOWS_DOB = {'ER': .70, 'AF': .60, 'NG': .85, 'SY': .90, 'VN': .92}          # default .96
P_DOC_JAN1 = {'AF': .35, 'ER': .15, 'SY': .08, 'NG': .05, 'MA': .03, 'IN': .03}  # default .005
P_FALSE_ID = {'NG': .06, 'VN': .05, 'CN': .04, 'AF': .04, 'ER': .04, 'AL': .03, 'IN': .03, 'MA': .02,
              'SY': .02, 'UA': .01, 'BR': .02}
MARRY_ORIGINS = {'RO', 'BG', 'UA', 'HU', 'AL', 'BR', 'NG'}

# ------------------------------------------------------------------ actor house styles
ACTORS = {
 'police': dict(prefix='PV', case_last='upper', case_first='title', keep_diac=.08, cedilla=.5, cyr_keep=0,
                scheme='en', russify=.25, drop_given2=.10, drop_surn2=.15, father=.25,
                particle={'space': .80, 'joined': .10, 'hyphen': .05, 'drop': .05}, order_err=.08,
                all_last=.02, all_first=0, first_only=.005, last_only=.01, mononym='father',
                vn_mid={'given': .90, 'surname': .05, 'drop': .05},
                p_doc=.75, p_docnum=.60, p_age=.05, placeholder='0101', dob_missing=.01, date_typo=.008,
                dm_swap=.003, sex_missing=.005, sex_wrong=.007, cit_missing=.03, cit_err=.02,
                typo=.035, ocr=.01, phon=.05, nick=0, same_spelling=.60, lower=0, dup=.13, spaces=.005),
 'inspection': dict(prefix='SI', case_last='title', case_first='title', keep_diac=0, cedilla=0, cyr_keep=0,
                scheme='fr', russify=.30, drop_given2=.50, drop_surn2=.40, father=.05,
                particle={'space': .50, 'joined': .30, 'drop': .20}, order_err=.35,
                all_last=.15, all_first=0, first_only=.01, last_only=.02, mononym='last',
                vn_mid={'given': .70, 'surname': .15, 'drop': .15},
                p_doc=.45, p_docnum=.30, p_age=.35, placeholder='0101', dob_missing=.04, date_typo=.015,
                dm_swap=.01, sex_missing=.06, sex_wrong=.015, cit_missing=.10, cit_err=.04,
                typo=.08, ocr=0, phon=.12, nick=.02, same_spelling=.50, lower=0, dup=.06, spaces=.01),
 'immigration': dict(prefix='OE', case_last='upper', case_first='upper', keep_diac=.70, cedilla=0, cyr_keep=0,
                scheme='en', russify=.05, drop_given2=.03, drop_surn2=.05, father=.10,
                particle={'space': .90, 'hyphen': .05, 'joined': .05}, order_err=.02,
                all_last=.005, all_first=0, first_only=0, last_only=.005, mononym='xxx',
                vn_mid={'given': .97, 'surname': .03, 'drop': 0},
                p_doc=.90, p_docnum=.80, p_age=.01, placeholder='0101', dob_missing=.005, date_typo=.005,
                dm_swap=.002, sex_missing=.002, sex_wrong=.003, cit_missing=.01, cit_err=.01,
                typo=.015, ocr=.025, phon=.05, nick=0, same_spelling=.70, lower=0, dup=.10, spaces=0),
 'centre_a': dict(prefix='CA', case_last='title', case_first='title', keep_diac=.85, cedilla=1, cyr_keep=0,
                scheme='nl', russify=.15, drop_given2=.35, drop_surn2=.30, father=.05,
                particle={'space': .70, 'joined': .20, 'drop': .10}, order_err=.15,
                all_last=.02, all_first=.01, first_only=.01, last_only=.01, mononym='first',
                vn_mid={'given': .75, 'surname': .05, 'drop': .20},
                p_doc=.60, p_docnum=.12, p_age=.02, placeholder='empty', dob_missing=.02, date_typo=.01,
                dm_swap=.005, sex_missing=.01, sex_wrong=.005, cit_missing=.04, cit_err=.03,
                typo=.04, ocr=0, phon=.08, nick=.03, same_spelling=.60, lower=0, dup=.04, spaces=.01),
 'centre_b': dict(prefix='CB', case_last='asis', case_first='asis', keep_diac=.60, cedilla=0, cyr_keep=0,
                scheme='fr', russify=.20, drop_given2=.40, drop_surn2=.25, father=.05,
                particle={'lower': .40, 'space': .40, 'joined': .10, 'drop': .10}, order_err=.20,
                all_last=.01, all_first=.08, first_only=.01, last_only=.01, mononym='first',
                vn_mid={'given': .75, 'surname': .10, 'drop': .15},
                p_doc=.55, p_docnum=.10, p_age=.03, placeholder='0701', dob_missing=.02, date_typo=.01,
                dm_swap=.005, sex_missing=.01, sex_wrong=.005, cit_missing=.05, cit_err=.03,
                typo=.04, ocr=0, phon=.08, nick=.03, same_spelling=.60, lower=0, dup=.04, spaces=.01),
 'centre_c': dict(prefix='CC', case_last='upper', case_first='title', keep_diac=.80, cedilla=0, cyr_keep=.55,
                scheme='en', russify=.30, drop_given2=.30, drop_surn2=.30, father=.10,
                particle={'space': .60, 'hyphen': .20, 'joined': .10, 'drop': .10}, order_err=.12,
                all_last=.02, all_first=.02, first_only=.01, last_only=.01, mononym='dup',
                vn_mid={'given': .80, 'surname': .05, 'drop': .15},
                p_doc=.60, p_docnum=.10, p_age=.02, placeholder='0101', dob_missing=.02, date_typo=.01,
                dm_swap=.005, sex_missing=.01, sex_wrong=.005, cit_missing=.04, cit_err=.03,
                typo=.035, ocr=0, phon=.08, nick=.03, same_spelling=.60, lower=0, dup=.04, spaces=.01),
 'ngo': dict(prefix='NGO', case_last='asis', case_first='asis', keep_diac=.45, cedilla=.5, cyr_keep=.05,
                scheme='en', russify=.40, drop_given2=.60, drop_surn2=.50, father=0,
                particle={'space': .50, 'joined': .25, 'drop': .25}, order_err=.30,
                all_last=.03, all_first=.10, first_only=.22, last_only=.01, mononym='first',
                vn_mid={'given': .55, 'surname': .10, 'drop': .35},
                p_doc=.15, p_docnum=0, p_age=.60, placeholder='0101', dob_missing=.15, date_typo=.02,
                dm_swap=.01, sex_missing=.10, sex_wrong=.02, cit_missing=.20, cit_err=.06,
                typo=.10, ocr=0, phon=.20, nick=.15, same_spelling=.45, lower=.08, dup=.18, spaces=.03),
}
ACTOR_LIST = list(ACTORS)
CENTRE_BY_REGION = {'flanders': 'centre_a', 'wallonia': 'centre_b', 'brussels': 'centre_c'}

# ------------------------------------------------------------------ transliteration of Cyrillic
_BASE = dict(zip('абвдзклмнопрстуф', 'abvdzklmnoprstuf'))
_VOW = set('аеєиіїоуюяэыёaeiouy')
SCHEMES = {
 # letter: (initial, medial); language-specific keys are 'x@uk', 'x@ru', 'x@bg'
 'uk_nat': {'г': 'h', 'ґ': 'g', 'е': 'e', 'є': ('ye', 'ie'), 'ж': 'zh', 'и': 'y', 'і': 'i', 'ї': ('yi', 'i'),
            'й': ('y', 'i'), 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', 'ю': ('yu', 'iu'),
            'я': ('ya', 'ia'), "'": '', 'ъ': 'ie', 'ы': 'y', 'э': 'e', 'ё': 'e', 'г@ru': 'g', 'и@ru': 'i',
            'й@ru': 'i', 'ю@ru': 'iu', 'я@ru': 'ia'},
 'bg_off': {'г': 'g', 'е': 'e', 'ж': 'zh', 'и': 'i', 'й': 'y', 'х': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
            'щ': 'sht', 'ъ': 'a', 'ь': 'y', 'ю': 'yu', 'я': 'ya'},
 'en': {'г@uk': 'h', 'г': 'g', 'ґ': 'g', 'е': 'e', 'е@ru': ('ye', 'e'), 'є': 'ye', 'ж': 'zh', 'и@uk': 'y',
        'и': 'i', 'і': 'i', 'ї': 'yi', 'й': 'y', 'х': 'kh', 'х@bg': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
        'щ': 'shch', 'щ@bg': 'sht', 'ъ@bg': 'a', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya',
        'ё': 'yo', "'": ''},
 'fr': {'г@uk': 'h', 'г': 'g', 'ґ': 'g', 'е': 'e', 'є': 'ie', 'ж': 'j', 'и@uk': 'y', 'и': 'i', 'і': 'i',
        'ї': 'ï', 'й': ('i', 'ï'), 'х': 'kh', 'ц': 'ts', 'ч': 'tch', 'ш': 'ch', 'щ': 'chtch', 'щ@bg': 'cht',
        'ъ@bg': 'a', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'iou', 'я': 'ia', 'у': 'ou', 'ё': 'io', "'": ''},
 'nl': {'г@uk': 'h', 'г': 'g', 'ґ': 'g', 'е': 'e', 'є': 'je', 'ж': 'zj', 'и@uk': 'y', 'и': 'i', 'і': 'i',
        'ї': 'ji', 'й': 'j', 'х': 'ch', 'ц': 'ts', 'ч': 'tsj', 'ш': 'sj', 'щ': 'sjtsj', 'щ@bg': 'sjt',
        'ъ@bg': 'a', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'joe', 'я': 'ja', 'у': 'oe', 'ё': 'jo', "'": ''},
}


def translit(word, lang, scheme):
    w = word.lower()
    tab = SCHEMES[scheme]
    out = []
    n = len(w)
    for i, ch in enumerate(w):
        if ch in ' -':
            out.append(ch)
            continue
        initial = i == 0 or w[i - 1] in " -'"
        m = tab.get(ch + '@' + lang)
        if m is None:
            m = tab.get(ch)
        if m is None:
            m = _BASE.get(ch, ch)
        if isinstance(m, tuple):
            m = m[0] if initial else m[1]
        if scheme == 'fr':
            if ch == 'с' and 0 < i < n - 1 and w[i - 1] in _VOW and w[i + 1] in _VOW:
                m = 'ss'
            if ch == 'й' and i == n - 1 and w[i - 1] in 'иі':
                m = ''
        out.append(m)
    s = ''.join(out)
    return '-'.join(' '.join(x[:1].upper() + x[1:] for x in part.split(' ')) for part in s.split('-'))


def is_cyr(s):
    return any('\u0400' <= c <= '\u04ff' for c in s)


_SPECIAL = str.maketrans({'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'ı': 'i'})


def strip_diac(s):
    if is_cyr(s):
        return s
    s = s.translate(_SPECIAL)
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


_CEDILLA = str.maketrans({'ș': 'ş', 'ț': 'ţ', 'Ș': 'Ş', 'Ț': 'Ţ'})


def title(s):
    def cap(x):
        return x[:1].upper() + x[1:].lower()
    return ' '.join('-'.join(cap(p) for p in tok.split('-')) for tok in s.split(' '))


# ------------------------------------------------------------------ typing / OCR / hearing errors
def _kbd(rows):
    nb = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            s = set()
            for dr in (-1, 0, 1):
                rr = r + dr
                if 0 <= rr < len(rows):
                    for dc in ((-1, 1) if dr == 0 else (0, 1) if dr == -1 else (-1, 0)):
                        cc = c + dc
                        if 0 <= cc < len(rows[rr]):
                            s.add(rows[rr][cc])
            nb[ch] = ''.join(sorted(s))
    return nb


AZERTY = _kbd(['azertyuiop', 'qsdfghjklm', 'wxcvbn'])
QWERTY = _kbd(['qwertyuiop', 'asdfghjkl', 'zxcvbnm'])
OCR_PAIRS = [('rn', 'm'), ('m', 'rn'), ('l', 'I'), ('I', 'l'), ('i', 'l'), ('O', '0'), ('0', 'O'), ('e', 'c'),
             ('h', 'b'), ('cl', 'd'), ('u', 'v'), ('n', 'h'), ('S', '5'), ('B', '8'), ('E', 'F'), ('M', 'N'),
             ('N', 'M'), ('H', 'N'), ('U', 'V'), ('Q', 'O'), ('D', 'O'), ('G', 'C'), ('I', '1'), ('1', 'I'),
             ('Z', '2'), ('K', 'X'), ('W', 'VV'), ('Ü', 'U'), ('É', 'E'), ('Ă', 'A')]
PHON_PAIRS = [('ph', 'f'), ('f', 'ph'), ('y', 'i'), ('i', 'y'), ('k', 'c'), ('c', 'k'), ('ou', 'u'), ('u', 'ou'),
              ('sh', 'ch'), ('ch', 'sh'), ('ee', 'i'), ('j', 'dj'), ('dj', 'j'), ('kh', 'h'), ('h', ''), ('w', 'v'),
              ('v', 'w'), ('tt', 't'), ('ss', 's'), ('s', 'ss'), ('z', 's'), ('e', 'a'), ('a', 'e'), ('ie', 'y'),
              ('q', 'k'), ('x', 'ks'), ('ks', 'x'), ('gh', 'g'), ('th', 't'), ('ai', 'ay'), ('ay', 'ai'),
              ('ei', 'ey'), ('o', 'ou'), ('mm', 'm'), ('n', 'nn'), ('l', 'll'), ('ll', 'l'), ('r', 'rr'),
              ('rr', 'r'), ('oe', 'u'), ('dz', 'z'), ('ts', 'tz'), ('ck', 'k'), ('c', 's'), ('ue', 'u')]


def _repl_one(s, pairs, rng, tries=6):
    low = s
    for _ in range(tries):
        a, b = pairs[rng.randrange(len(pairs))]
        idxs = []
        start = 1 if len(s) > 3 else 0               # first letter is rarely misheard/misread
        j = low.find(a, start)
        while j != -1:
            idxs.append(j)
            j = low.find(a, j + 1)
        if not idxs:
            # case-insensitive attempt
            la, ls = a.lower(), s.lower()
            j = ls.find(la, start)
            while j != -1:
                idxs.append(j)
                j = ls.find(la, j + 1)
            if not idxs:
                continue
            k = idxs[rng.randrange(len(idxs))]
            seg = s[k:k + len(a)]
            bb = b.upper() if seg.isupper() else b
            return s[:k] + bb + s[k + len(a):]
        k = idxs[rng.randrange(len(idxs))]
        return s[:k] + b + s[k + len(a):]
    return s


def keyboard_typo(s, rng, nb):
    if len(s) < 2:
        return s
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if not letters:
        return s
    cand = [i for i in letters if i > 0] if rng.random() < .9 and len(letters) > 1 else letters
    i = cand[rng.randrange(len(cand))]
    c = s[i]
    up = c.isupper()
    lc = c.lower()
    op = rng.random()
    if op < .30 and lc in nb:                                    # neighbour key
        r = nb[lc][rng.randrange(len(nb[lc]))]
        return s[:i] + (r.upper() if up else r) + s[i + 1:]
    if op < .52:                                                 # deletion
        return s[:i] + s[i + 1:]
    if op < .62 and lc in nb:                                    # insertion of neighbour
        r = nb[lc][rng.randrange(len(nb[lc]))]
        return s[:i] + (r.upper() if up else r) + s[i:]
    if op < .84 and i + 1 < len(s) and s[i + 1].isalpha():       # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .94:                                                 # doubled letter
        return s[:i] + c + s[i:]
    for k in range(1, len(s)):                                   # undouble
        if s[k] == s[k - 1] and s[k].isalpha():
            return s[:k] + s[k + 1:]
    return s[:i] + s[i + 1:]


# ------------------------------------------------------------------ dates
D0 = dt.date(2016, 1, 1).toordinal()
D1 = dt.date(2024, 9, 30).toordinal()


def fmt(d):
    return '%04d-%02d-%02d' % (d.year, d.month, d.day)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def safe_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def date_typo(d, rng):
    s = fmt(d)
    for _ in range(10):
        r = rng.random()
        if r < .25:
            nd = safe_date(d.year + rng.choice((-1, 1)), d.month, d.day)
        elif r < .35:
            nd = safe_date(d.year + rng.choice((-10, 10)), d.month, d.day)
        else:
            pos = rng.choice((2, 3, 5, 6, 8, 9))
            digit = int(s[pos])
            nd_digit = (digit + rng.choice((-1, 1, 1, -1, 2, 5))) % 10
            t = s[:pos] + str(nd_digit) + s[pos + 1:]
            nd = safe_date(int(t[:4]), int(t[5:7]), int(t[8:10]))
        if nd and nd != d:
            return nd
    return d


# ------------------------------------------------------------------ documents
_L = 'ABCDEFGHJKLMNPRSTUVWXYZ'


def _digits(rng, n):
    return ''.join(str(rng.randrange(10)) for _ in range(n))


def passport_no(cit, rng):
    if cit == 'RO':
        return '0' + _digits(rng, 8)
    if cit == 'BG':
        return '3' + _digits(rng, 8)
    if cit == 'NG':
        return 'A' + _digits(rng, 8)
    if cit in ('MA', 'AL', 'HU', 'IT', 'MD', 'ES', 'TR', 'PT'):
        return rng.choice(_L) + rng.choice(_L) + _digits(rng, 7)
    if cit in ('UA', 'BR', 'BE'):
        return rng.choice(('F', 'E', 'G')) + rng.choice(_L) + _digits(rng, 6)
    if cit == 'VN':
        return rng.choice('BCN') + _digits(rng, 7)
    if cit == 'CN':
        return 'E' + (_digits(rng, 8) if rng.random() < .5 else rng.choice(_L) + _digits(rng, 7))
    if cit == 'IN':
        return rng.choice(_L) + _digits(rng, 7)
    if cit in ('ER', 'AF'):
        return 'P' + _digits(rng, 8)
    if cit == 'SY':
        return 'N' + _digits(rng, 9)
    return rng.choice(_L) + _digits(rng, 8)


def id_card_no(cit, rng):
    if cit == 'RO':
        return rng.choice(('RX', 'RT', 'RD', 'KX', 'XB', 'XT', 'DP', 'TZ', 'IF', 'GL')) + _digits(rng, 6)
    if cit == 'BG':
        return '6' + _digits(rng, 8)
    if cit == 'BE':
        return _digits(rng, 3) + '-' + _digits(rng, 7) + '-' + _digits(rng, 2)
    if cit == 'HU':
        return _digits(rng, 6) + rng.choice(_L) + rng.choice(_L)
    if cit == 'AL':
        return 'I' + _digits(rng, 8)
    if cit == 'MA':
        return rng.choice(_L) + rng.choice(_L) + _digits(rng, 6)
    return None


def doc_typo(s, rng):
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    r = rng.random()
    if r < .45 and digits:
        i = rng.choice(digits)
        return s[:i] + str((int(s[i]) + rng.choice((1, -1, 3, 5))) % 10) + s[i + 1:]
    if r < .70 and len(digits) > 1:
        i = rng.choice(digits[:-1])
        if s[i + 1].isdigit():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < .85:
        return _repl_one(s, [('0', 'O'), ('O', '0'), ('1', 'I'), ('I', '1'), ('8', 'B'), ('5', 'S')], rng)
    if digits:
        i = rng.choice(digits)
        return s[:i] + s[i + 1:]
    return s

# ------------------------------------------------------------------ population
def wchoice(d, rng):
    r = rng.random() * sum(d.values())
    for k, w in d.items():
        r -= w
        if r <= 0:
            return k
    return k


def pick(pool, rng, p_first=.6):
    v = pool.sample(rng)
    if len(v) == 1:
        return (v, 0)
    return (v, 0 if rng.random() < p_first else rng.randrange(len(v)))


class Person:
    pass


BR_PART = {'Silva': 'da', 'Costa': 'da', 'Rocha': 'da', 'Santos': 'dos', 'Reis': 'dos', 'Oliveira': 'de',
           'Souza': 'de', 'Sousa': 'de', 'Almeida': 'de', 'Jesus': 'de', 'Araújo': 'de', 'Moura': 'de',
           'Lima': 'de', 'Freitas': 'de', 'Andrade': 'de', 'Nascimento': 'do', 'Carvalho': 'de'}


def cn_given(sex, rng):
    pool = P['CN']['syl_m' if sex == 'M' else 'syl_f']
    a = pool.sample(rng)[0]
    if rng.random() < .25:
        return ((a,), 0)
    b = pool.sample(rng)[0]
    while b == a and rng.random() < .8:
        b = pool.sample(rng)[0]
    return ((a + b.lower(), a + ' ' + b, a + '-' + b, a + '-' + b.lower()), 0)


def make_given(no, sex, rng):
    if no == 'CN':
        return [cn_given(sex, rng)]
    g = [pick(P[no][sex], rng)]
    p2 = {'BR': .55, 'BE': .60, 'RO': .25, 'HU': .10, 'MA': .18, 'NG': .25, 'AL': .04}.get(no, 0)
    if rng.random() < p2 and ('G2' + sex) in P[no]:
        second = pick(P[no]['G2' + sex], rng) if rng.random() < .6 else pick(P[no][sex], rng)
        if second[0][0] != g[0][0][0]:
            g.append(second)
    return g


def make_surnames(no, sex, rng):
    if no == 'ER':
        return [pick(P['ER']['M'], rng), pick(P['ER']['M'], rng)]
    if no == 'AF':
        return [pick(P['AF']['S'], rng)] if rng.random() < .6 else []
    if no == 'IN':
        if rng.random() < .5:
            s = [(('Singh',) if sex == 'M' else ('Kaur',), 0)]
            if rng.random() < .45:
                s.append(pick(P['IN']['clans'], rng))
            return s
        return [pick(P['IN']['S'], rng)]
    if no == 'BR':
        out = []
        for _ in range(2):
            v, i = pick(P['BR']['S'], rng)
            if v[0] in BR_PART and rng.random() < .3:
                v = tuple(BR_PART[v[0]] + ' ' + x for x in v)
            out.append((v, i))
        if out[0][0] == out[1][0]:
            out = out[1:]
        return out
    return [pick(P[no]['S'], rng)]


def sikh_adjust(surn, sex):
    out = []
    for v, i in surn:
        if v[0] in ('Singh', 'Kaur'):
            v = ('Singh',) if sex == 'M' else ('Kaur',)
        out.append((v, i))
    return out


def feminize(s, lang):
    if '-' in s:
        return '-'.join(feminize(x, lang) for x in s.split('-'))
    if lang == 'bg':
        if s.endswith('ски'):
            return s[:-1] + 'а'
        if s.endswith(('ов', 'ев', 'ин')):
            return s + 'а'
    elif lang == 'uk':
        if s.endswith('ський'):
            return s[:-2] + 'а'
        if s.endswith(('ов', 'ев', 'ін', 'ин')):
            return s + 'а'
    return s


def rand_days(rng, lo, hi):
    return rng.randint(lo, hi)


def new_person(origin, rng, sex=None, name_origin=None):
    p = Person()
    p.origin = origin
    if name_origin is None:
        name_origin = origin
        if origin == 'BE' and rng.random() < .25:
            name_origin = 'MA'
        elif origin == 'RO' and rng.random() < .07:
            name_origin = 'HU'
    p.no = name_origin
    p.lang = CYR_ORIGINS.get(name_origin)
    p.sex = sex or ('F' if rng.random() < P_FEMALE[origin] else 'M')
    p.doc_sex = p.sex
    p.given = make_given(name_origin, p.sex, rng)
    p.surn = make_surnames(name_origin, p.sex, rng)
    p.mid = None
    if name_origin == 'VN':
        p.mid = pick(P['VN']['mid_m' if p.sex == 'M' else 'mid_f'], rng)
    p.father = pick(P[name_origin]['M'], rng) if name_origin in ('AF', 'SY') else None
    p.social_given = None
    p.married = None
    # citizenship (dual nationality)
    cits = [origin]
    r = rng.random()
    if origin == 'BE' and name_origin == 'MA' and r < .5:
        cits.append('MA')
    elif origin == 'RO' and name_origin == 'HU' and r < .5:
        cits.append('HU')
    elif origin == 'RO' and r < .04:
        cits.append('MD')
    elif origin == 'BR' and r < .06:
        cits.append(rng.choice(('IT', 'PT')))
    elif origin == 'MA' and r < .04:
        cits.append('ES')
    elif origin == 'SY' and r < .03:
        cits.append('TR')
    elif origin == 'BG' and r < .03:
        cits.append('TR')
    if rng.random() < .5 and len(cits) == 2 and origin in ('RO', 'BG', 'BE', 'HU'):
        cits.reverse()      # the "other" passport is the one usually shown
    p.cits = cits
    p.has_docs = rng.random() < P_HAS_DOCS[origin]
    p.knows_dob = rng.random() < P_KNOWS_DOB.get(origin, .96)
    p.exploit = None
    return p


def set_dob(p, first_reg, rng, age=None):
    if age is None:
        m = AGE_MEAN[p.origin]
        age = -1
        while not 14 <= age <= 62:
            age = int(round(rng.gauss(m, 7.5)))
    d = first_reg.toordinal() - age * 365 - rng.randrange(365) - age // 4
    p.dob = dt.date.fromordinal(d)
    if rng.random() < P_DOC_JAN1.get(p.origin, .005):
        p.dob = dt.date(p.dob.year, 1, 1)


def set_docs(p, rng):
    p.passports = {}
    p.idcard = None
    p.passport2 = None
    p.renew = None
    if p.has_docs:
        for c in p.cits:
            if c == p.cits[0] or rng.random() < .5:
                p.passports[c] = passport_no(c, rng)
        if p.cits[0] in EU or p.cits[0] in ('AL', 'MA'):
            p.idcard = id_card_no(p.cits[0], rng)
            if p.cits[0] in EU and rng.random() < .4:
                p.passports.pop(p.cits[0], None)       # EU citizens often travel with the ID card only
        if rng.random() < .15:
            p.passport2 = passport_no(p.cits[0], rng)  # renewed / replacement passport
    p.permit = ('B' + _digits(rng, 9)) if p.cits[0] not in EU else None


def exploitation(p, rng):
    o = p.origin
    if p.sex == 'F':
        d = {'sexual': .70, 'labour': .14, 'domestic': .10, 'crime': .06}
        if o in ('IN', 'CN', 'VN'):
            d = {'sexual': .35, 'labour': .45, 'domestic': .12, 'crime': .08}
        if o in ('MA', 'SY', 'AF', 'ER'):
            d = {'sexual': .40, 'labour': .20, 'domestic': .35, 'crime': .05}
    else:
        d = {'labour': .70, 'crime': .20, 'sexual': .05, 'domestic': .05}
        if o == 'VN':
            d = {'labour': .50, 'crime': .45, 'sexual': .02, 'domestic': .03}
        if o in ('RO', 'BG'):
            d = {'labour': .60, 'crime': .32, 'sexual': .05, 'domestic': .03}
    return wchoice(d, rng)


def make_alias(p, rng):
    """A false/borrowed identity (trafficker-supplied passport or an instructed story)."""
    a = Person()
    a.__dict__.update(p.__dict__)
    no = p.no
    r = rng.random()
    if r < .5:          # completely different name
        a.given = make_given(no, p.sex, rng)
        a.surn = make_surnames(no, p.sex, rng)
    elif r < .8:        # same given name, different surname
        a.surn = make_surnames(no, p.sex, rng)
    # else: same name, only the birth date is false
    shift = rng.choice((-1, 1)) * rng.randint(1, 6)
    if p.origin in ('NG', 'VN', 'AF', 'ER') and rng.random() < .6:
        shift = -rng.randint(2, 6)      # minors presented as adults
    try:
        a.dob = dt.date(p.dob.year + shift, p.dob.month, min(p.dob.day, 28))
    except ValueError:
        a.dob = p.dob
    if rng.random() < .3:
        a.dob = dt.date.fromordinal(a.dob.toordinal() + rng.randint(-200, 200))
    cit = p.cits[0]
    if rng.random() < .25:
        cit = {'NG': 'GH', 'VN': 'CN', 'CN': 'KR', 'AF': 'PK', 'ER': 'ET', 'AL': 'IT', 'IN': 'PK', 'MA': 'ES',
               'SY': 'IQ', 'UA': 'PL', 'BR': 'PT'}.get(cit, cit)
    a.cits = [cit]
    a.passports = {cit: passport_no(cit, rng)}
    a.passport2 = None
    a.idcard = None
    a.has_docs = True
    return a


def build_population(n, rng):
    origins = list(ORIGIN_W)
    ow = [ORIGIN_W[o] for o in origins]
    groups = []
    count = 0
    while count < n:
        origin = rng.choices(origins, ow)[0]
        first_reg = dt.date.fromordinal(rng.randint(D0, D1 - 60))
        r = rng.random()
        base = new_person(origin, rng)
        set_dob(base, first_reg, rng)
        members = [base]
        if r < .05:                                         # siblings
            k = 2 if rng.random() < .8 else 3
            for _ in range(k - 1):
                s = new_person(origin, rng, name_origin=base.no)
                s.surn = sikh_adjust(list(base.surn), s.sex)
                s.father = base.father
                s.cits = list(base.cits)
                gap = rng.randint(300, 8 * 365)
                s.dob = dt.date.fromordinal(base.dob.toordinal() + (gap if rng.random() < .5 else -gap))
                if age_at(s.dob, first_reg) < 13:
                    s.dob = dt.date.fromordinal(base.dob.toordinal() - gap)     # the younger one is the base
                if base.dob.month == 1 and base.dob.day == 1 and rng.random() < .7:
                    s.dob = dt.date(s.dob.year, 1, 1)
                members.append(s)
        elif r < .062:                                      # twins
            s = new_person(origin, rng, name_origin=base.no)
            s.surn = sikh_adjust(list(base.surn), s.sex)
            s.father = base.father
            s.cits = list(base.cits)
            s.dob = base.dob
            if rng.random() < .3:                           # alliterating twin names
                for _ in range(30):
                    g = make_given(base.no, s.sex, rng)
                    if g[0][0][0][:1] == base.given[0][0][0][:1] and g[0][0] != base.given[0][0]:
                        s.given = g
                        break
            if s.given[0][0] == base.given[0][0]:
                s.given = make_given(base.no, s.sex, rng)
            if base.mid and s.sex == base.sex:
                s.mid = base.mid
            members.append(s)
        elif r < .08:                                       # parent and child, same surname
            c = new_person(origin, rng, name_origin=base.no)
            c.surn = sikh_adjust(list(base.surn), c.sex)
            c.father = base.given[0] if base.sex == 'M' and base.no in ('AF', 'SY') else base.father
            if base.no == 'ER':
                c.surn = [base.given[0], base.surn[0]] if base.sex == 'M' else list(base.surn)
            c.cits = list(base.cits)
            age_c = max(14, age_at(base.dob, first_reg) - rng.randint(18, 30))
            set_dob(c, first_reg, rng, age=age_c)
            if rng.random() < .15 and c.sex == base.sex:
                c.given = [base.given[0]] + c.given[1:]
            members.append(c)
        ex = exploitation(base, rng)
        region = wchoice({'flanders': .45, 'wallonia': .20, 'brussels': .35}, rng)
        for m in members:
            m.exploit = ex if rng.random() < .85 else exploitation(m, rng)
            m.region = region
            set_docs(m, rng)
            m.alias = make_alias(m, rng) if rng.random() < P_FALSE_ID.get(m.origin, 0) else None
            # Brazilian trans women: documents male, social name used by shelters/NGO
            if m.origin == 'BR' and m.sex == 'F' and m.exploit == 'sexual' and rng.random() < .12:
                m.doc_sex = 'M'
                m.social_given = m.given
                m.given = make_given('BR', 'M', rng)
        groups.append((first_reg, members))
        count += len(members)
    # trim to exactly n
    extra = count - n
    while extra > 0:
        fr, mem = groups[-1]
        if len(mem) <= extra:
            groups.pop()
            extra -= len(mem)
        else:
            groups[-1] = (fr, mem[:len(mem) - extra])
            extra = 0
    return groups


# ------------------------------------------------------------------ who sees whom
ENTRY = {
 'sexual': {'police': .45, 'ngo': .28, 'immigration': .08, 'inspection': .05, 'centre': .14},
 'labour': {'inspection': .45, 'police': .28, 'immigration': .12, 'ngo': .07, 'centre': .08},
 'crime': {'police': .75, 'immigration': .12, 'ngo': .08, 'centre': .05},
 'domestic': {'police': .35, 'ngo': .25, 'centre': .20, 'inspection': .12, 'immigration': .08},
}
P_CENTRE_FROM_POLICE = {'sexual': .42, 'labour': .27, 'crime': .17, 'domestic': .42}


def simulate_path(p, t0, rng):
    """Returns a list of (actor, ordinal_day) registrations for one person (before duplicates)."""
    centre = CENTRE_BY_REGION[p.region]
    if rng.random() < .15:
        centre = rng.choice([c for c in CENTRE_BY_REGION.values() if c != centre])
    entry = wchoice(ENTRY[p.exploit], rng)
    if entry == 'centre':
        entry = centre
    ev = [(entry, t0)]
    seen = {entry}

    def add(a, lo, hi):
        if a in seen or len(seen) >= 4:
            return
        seen.add(a)
        ev.append((a, min(D1, ev[-1][1] + rng.randint(lo, hi))))

    r = rng.random
    if entry == 'police':
        if p.exploit == 'labour' and r() < .15:
            add('inspection', 5, 120)
        if r() < P_CENTRE_FROM_POLICE[p.exploit]:
            add(centre, 0, 30)
    elif entry == 'inspection':
        if r() < .25:
            add('police', 3, 120)
        if r() < .22:
            add(centre, 0, 40)
    elif entry == 'immigration':
        if r() < .15:
            add('police', 2, 90)
        if r() < .15:
            add(centre, 0, 60)
    elif entry == 'ngo':
        if r() < .20:
            add(centre, 3, 150)
        if r() < .08:
            add('police', 5, 200)
    if centre in seen:
        if 'police' not in seen and r() < .40:
            add('police', 5, 90)
        if 'immigration' not in seen:
            if r() < (.60 if p.cits[0] not in EU else .04):
                add('immigration', 15, 200)
        if 'ngo' not in seen and p.exploit == 'sexual' and r() < .08:
            add('ngo', 10, 300)
        if r() < .04:
            add(rng.choice([c for c in CENTRE_BY_REGION.values() if c != centre]), 30, 400)
    elif 'immigration' not in seen and p.cits[0] not in EU and r() < .05:
        add('immigration', 30, 400)
    return ev


def add_duplicates(ev, rng):
    out = list(ev)
    for a, t in ev:
        pd = ACTORS[a]['dup']
        if rng.random() < pd:
            t2 = min(D1, t + (rng.randint(3, 330) if rng.random() < .8 else rng.randint(331, 1100)))
            out.append((a, t2))
            if rng.random() < .12:
                out.append((a, min(D1, t2 + rng.randint(10, 400))))
    return out

# ------------------------------------------------------------------ rendering one registration
PARTICLES = ('van der ', 'van den ', 'van de ', 'vanden ', 'el ', 'al ', 'ben ', 'bel ', 'ait ', 'ould ', 'ouled ',
             'van ', 'de ', 'da ', 'dos ', 'do ', 'das ', 'abou ', 'abu ', 'es ')
CIT_CONFUSION = {'AF': ('IR', 'PK'), 'ER': ('ET', 'SD'), 'NG': ('NE', 'GH'), 'UA': ('RU', 'MD'), 'SY': ('LB', 'IQ'),
                 'MA': ('DZ',), 'AL': ('XK', 'MK'), 'BR': ('PT',), 'IN': ('PK',), 'BG': ('MK', 'TR'), 'RO': ('MD',),
                 'HU': ('RO',), 'BE': ('NL', 'FR'), 'CN': ('TW', 'HK'), 'VN': ('CN',)}


def apply_particle(s, style):
    low = s.lower()
    for pt in PARTICLES:
        if low.startswith(pt) and len(s) > len(pt):
            head, rest = s[:len(pt) - 1], s[len(pt):]
            if style == 'space':
                return s
            if style == 'lower':
                return head.lower() + ' ' + rest
            if style == 'hyphen':
                if pt in ('al ', 'el ', 'abu ', 'abou ', 'ait ', 'ben ', 'es '):
                    return head + '-' + rest
                return s
            if style == 'joined':
                return head.replace(' ', '') + rest.lower()
            if style == 'drop':
                if pt in ('van der ', 'van den ', 'van de ', 'van ', 'vanden ') and len(rest) < 8:
                    return s                      # short Flemish cores are never dropped
                return rest
    return s


def married_surnames(p, date):
    m = p.married
    if not m or date.toordinal() < m[1]:
        return p.surn
    husband, _, mode = m
    if p.no == 'BR':
        return [p.surn[-1], husband] if mode == 'double' else [p.surn[0], husband]
    if mode == 'double':
        a, b = p.surn[0][0], husband[0]
        return [(tuple(x + '-' + b[0] for x in a), 0)]
    return [husband]


def token(entry, doc_seen, A, rng, cyr_mode, lang, sex, is_surname):
    v, idx = entry
    if lang and is_cyr(v[0]):
        s = v[0]
        if is_surname and sex == 'F':
            s = feminize(s, lang)
        if cyr_mode == 'keep':
            return s
        l2 = lang
        if lang == 'uk' and not is_surname and cyr_mode != 'uk_nat_doc' and s in RUSSIFY and \
                rng.random() < A['russify']:
            s = RUSSIFY[s]
            l2 = 'ru'
        if cyr_mode == 'uk_nat_doc':
            return translit(s, l2, 'uk_nat' if lang == 'uk' else 'bg_off')
        return translit(s, l2, cyr_mode)
    if len(v) == 1:
        return v[0]
    if doc_seen and rng.random() < .95:
        return v[idx]
    if rng.random() < A['same_spelling']:
        return v[idx]
    return v[rng.randrange(len(v))]


def render(p, ident, actor, date, rng):
    A = ACTORS[actor]
    r = rng.random
    doc_seen = ident.has_docs and r() < A['p_doc']
    if ident is not p:
        doc_seen = r() < .9
    lang = p.lang
    if lang:
        if doc_seen:
            cyr_mode = 'uk_nat_doc'
        elif r() < A['cyr_keep']:
            cyr_mode = 'keep'
        else:
            cyr_mode = A['scheme']
    else:
        cyr_mode = None
    sex_true = p.sex
    # ---- given names
    g = list(ident.given)
    if p.social_given and actor in ('centre_a', 'centre_b', 'centre_c', 'ngo'):
        g = list(p.social_given)
    if r() < A['nick']:
        key = g[0][0][0]
        if key in NICK:
            g = [((NICK[key],), 0)]
    if len(g) > 1 and r() < A['drop_given2']:
        g = [g[0]] if r() < .85 else [g[1]]
    surn = married_surnames(ident, date) if ident is p else ident.surn
    surn = list(surn)
    if ident.father and p.no in ('SY', 'AF') and surn and r() < A['father']:
        g = g + [ident.father]
    if len(surn) > 1 and r() < A['drop_surn2']:
        prim = {'BR': len(surn) - 1, 'ER': 0}.get(p.no, 0)
        if p.no == 'IN':
            prim = rng.randrange(len(surn))
        keep = prim if r() < .75 else (len(surn) - 1 - prim)
        surn = [surn[keep]]
    mono = not surn
    gs = [token(e, doc_seen, A, rng, cyr_mode, lang, sex_true, False) for e in g]
    ss = [token(e, doc_seen, A, rng, cyr_mode, lang, sex_true, True) for e in surn]
    if mono:
        style = A['mononym']
        if style == 'father' and ident.father:
            ss = [token(ident.father, doc_seen, A, rng, cyr_mode, lang, sex_true, False)]
        elif style == 'last' or (style == 'father'):
            ss, gs = gs, []
        elif style == 'dup':
            ss = list(gs)
        elif style == 'xxx':
            ss, gs = (['XXX'], gs) if r() < .6 else (gs, [])
        # 'first': keep as is, last name empty
    pstyle = wchoice(A['particle'], rng)
    ss = [apply_particle(s, pstyle) for s in ss]
    first = ' '.join(gs)
    last = ' '.join(ss)
    if ident.mid is not None:
        mid = token(ident.mid, doc_seen, A, rng, None, None, sex_true, False)
        place = 'given' if doc_seen and r() < .95 else wchoice(A['vn_mid'], rng)
        if place == 'given':
            first = (mid + ' ' + first).strip()
        elif place == 'surname':
            last = (last + ' ' + mid).strip()
    family_first = p.no in FAMILY_FIRST
    # ---- order errors (family-name-first cultures) and clerical swaps
    if first and last:
        if family_first and r() < A['order_err'] * (.3 if doc_seen else 1):
            if r() < .5:
                toks = (last + ' ' + first).split()
                first, last = ' '.join(toks[:-1]), toks[-1]
            else:
                first, last = last, first
        elif r() < .008:
            first, last = last, first
    # ---- field layout
    x = r()
    spoken = (last + ' ' + first) if family_first else (first + ' ' + last)
    spoken = spoken.strip()
    if x < A['all_last']:
        first, last = '', spoken
    elif x < A['all_last'] + A['all_first']:
        first, last = spoken, ''
    elif x < A['all_last'] + A['all_first'] + A['first_only']:
        last = ''
    elif x < A['all_last'] + A['all_first'] + A['first_only'] + A['last_only']:
        first = ''
    # ---- diacritics
    keep = r() < A['keep_diac']
    if actor == 'immigration' and p.no == 'VN':
        keep = False                              # Vietnamese passports carry no diacritics
    if not keep:
        first, last = strip_diac(first), strip_diac(last)
    elif r() < A['cedilla']:
        first, last = first.translate(_CEDILLA), last.translate(_CEDILLA)
    if cyr_mode in ('en', 'nl') and r() < .25:
        first, last = first.replace('ks', 'x'), last.replace('ks', 'x')
    # ---- case
    cl, cf = A['case_last'], A['case_first']
    last = last.upper() if cl == 'upper' else title(last) if cl == 'title' else last
    first = first.upper() if cf == 'upper' else title(first) if cf == 'title' else first
    if r() < A['lower']:
        first, last = first.lower(), last.lower()
    # ---- typing, hearing and OCR errors
    nb = QWERTY if actor == 'ngo' else AZERTY
    out = []
    for s in (first, last):
        if s:
            if r() < A['typo']:
                s = keyboard_typo(s, rng, nb)
                if r() < .15:
                    s = keyboard_typo(s, rng, nb)
            if not doc_seen and r() < A['phon']:
                s = _repl_one(s, PHON_PAIRS, rng)
            if doc_seen and r() < A['ocr']:
                s = _repl_one(s, OCR_PAIRS, rng)
            if r() < A['spaces']:
                s = (s + ' ') if r() < .5 or ' ' not in s else s.replace(' ', '  ', 1)
        out.append(s)
    first, last = out
    # ---- birth date
    dob = ident.dob
    if r() < A['dob_missing']:
        bd = ''
    else:
        d = None
        if doc_seen:
            d = dob
        elif p.knows_dob and r() >= A['p_age']:
            d = dob
            if r() < .02:
                d = safe_date(dob.year + rng.choice((-1, 1)), dob.month, dob.day) or dob
        else:
            mode = 'age' if (p.knows_dob or r() < .45) else 'year'
            if mode == 'age':
                age = age_at(dob, date)
                if r() < .15:
                    age += rng.choice((-1, 1, 1, -2, 2))
                y = date.year - age
            else:
                y = dob.year + (rng.choice((-1, 1)) if r() < .2 else 0)
            ph = A['placeholder']
            d = dt.date(y, 1, 1) if ph == '0101' else dt.date(y, 7, 1) if ph == '0701' else None
        if d is not None:
            if r() < A['date_typo']:
                d = date_typo(d, rng)
            if d.day <= 12 and d.day != d.month and r() < A['dm_swap']:
                d = dt.date(d.year, d.day, d.month)
        bd = fmt(d) if d else ''
    # ---- sex
    sx = ident.doc_sex if (doc_seen and actor in ('police', 'immigration', 'inspection')) else p.sex
    if r() < A['sex_wrong']:
        sx = 'M' if sx == 'F' else 'F'
    if r() < A['sex_missing']:
        sx = ''
    # ---- citizenship
    cits = ident.cits
    cit = cits[0] if len(cits) == 1 or r() < .7 else cits[1]
    if r() < A['cit_err'] and cit in CIT_CONFUSION:
        cit = rng.choice(CIT_CONFUSION[cit])
    if r() < A['cit_missing']:
        cit = ''
    # ---- document number
    docno = ''
    if doc_seen and r() < A['p_docnum']:
        opts = []
        if ident.passports:
            c = cit if cit in ident.passports else next(iter(ident.passports))
            pp = ident.passports[c]
            if ident.passport2 and ident is p and date.toordinal() > p.renew:
                pp = ident.passport2
            opts.append(pp)
        if ident.idcard:
            opts.append(ident.idcard)
        if ident.permit and ident is p and actor in ('inspection', 'immigration') and \
                r() < (.3 if actor == 'inspection' else .1):
            opts = [ident.permit]
        if opts:
            docno = opts[0] if len(opts) == 1 or r() < .6 else rng.choice(opts)
            if actor == 'police':
                docno = docno.replace('-', '')
            elif actor == 'inspection' and r() < .5:
                k = 0
                while k < len(docno) and docno[k].isalpha():
                    k += 1
                if 0 < k < len(docno):
                    docno = docno[:k] + ' ' + docno[k:]
            if r() < (.025 if actor == 'immigration' else .05):
                docno = doc_typo(docno, rng)
    return [first, last, bd, sx, cit, docno]


# ------------------------------------------------------------------ main
def generate(n, seed):
    rng = random.Random(seed)
    groups = build_population(n, rng)
    persons = []
    events_by_person = []
    for t0d, members in groups:
        t0 = t0d.toordinal()
        shared = simulate_path(members[0], t0, rng)
        for i, m in enumerate(members):
            if i == 0 or rng.random() < .7:
                ev = [(a, min(D1, t + (rng.randint(0, 3) if i else 0))) for a, t in shared]
            else:
                ev = simulate_path(m, t0 + rng.randint(-200, 400), rng)
            ev = add_duplicates(ev, rng)
            persons.append(m)
            events_by_person.append(ev)
    # marriages between registrations
    for m, ev in zip(persons, events_by_person):
        m.renew = min(t for _, t in ev) + rng.randint(90, 900)
        if m.sex == 'F' and m.no in MARRY_ORIGINS and len(ev) > 1:
            ts = sorted(t for _, t in ev)
            a = age_at(m.dob, dt.date.fromordinal(ts[0]))
            if ts[-1] - ts[0] > 60 and 17 <= a <= 45 and rng.random() < .15:
                husband = pick(P[m.no]['S'], rng)
                m.married = (husband, rng.randint(ts[0] + 1, ts[-1]), 'double' if rng.random() < .2 else 'replace')
    rows, truth = [], []
    used = {a: set() for a in ACTOR_LIST}
    for pid_i, (m, ev) in enumerate(zip(persons, events_by_person)):
        pid = 'P%06d' % (pid_i + 1)
        alias_used = set()
        for a, t in sorted(ev, key=lambda e: e[1]):
            date = dt.date.fromordinal(t)
            ident = m
            if m.alias is not None and a in ('police', 'immigration') and a not in alias_used and \
                    t - min(x[1] for x in ev) < 120 and rng.random() < .8:
                ident = m.alias
                alias_used.add(a)
            vals = render(m, ident, a, date, rng)
            while True:
                num = rng.randrange(10 ** 6, 10 ** 7)
                if num not in used[a]:
                    used[a].add(num)
                    break
            rid = '%s-%07d' % (ACTORS[a]['prefix'], num)
            rows.append([rid, a] + vals)
            truth.append((rid, pid))
    order = list(range(len(rows)))
    rng.shuffle(order)
    return [rows[i] for i in order], [truth[i] for i in order]


def main(argv=None):
    ap = argparse.ArgumentParser(description='Labelled THB record-linkage evaluation data generator')
    ap.add_argument('--persons', type=int, default=1500)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='sample')
    args = ap.parse_args(argv)
    rows, truth = generate(args.persons, args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'records.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'source', 'first_name', 'last_name', 'birth_date', 'sex', 'citizenship',
                    'document_number'])
        w.writerows(rows)
    with open(os.path.join(args.out, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        w.writerows(truth)
    from collections import Counter
    per = Counter(p for _, p in truth)
    multi = sum(1 for c in per.values() if c >= 2)
    pairs = sum(c * (c - 1) // 2 for c in per.values())
    print('records=%d persons=%d persons_with_2plus=%d (%.1f%%) true_pairs=%d' %
          (len(rows), len(per), multi, 100.0 * multi / len(per), pairs), file=sys.stderr)


if __name__ == '__main__':
    main()
