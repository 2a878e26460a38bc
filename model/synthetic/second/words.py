"""The second generator's own words: people's names, places, company-name parts and the titles
of the population at large (friends, relatives, neighbours).

Written for this generator alone (see the package docstring): nothing here is taken from the
first generator or from the lexicons, and the lexicons must not be edited toward it.
"""

from __future__ import annotations

# Given names of people living in the Netherlands and Flanders now: Dutch, Flemish, and the
# names of families with Moroccan, Turkish, Surinamese, Polish or other roots, because a
# real network there mixes them.
GIVEN = (
    "Anouk", "Bram", "Catharina", "Daan", "Emine", "Fleur", "Gijs", "Hanneke", "Ilse", "Jelle",
    "Karin", "Lotte", "Maarten", "Nadia", "Olaf", "Petra", "Quinten", "Rik", "Saskia", "Thijs",
    "Ursula", "Vincent", "Wendy", "Xander", "Yvonne", "Zeynep", "Arjen", "Bo", "Cor", "Dewi",
    "Elif", "Frank", "Gerda", "Hamza", "Ineke", "Jasper", "Kees", "Lieke", "Mohamed", "Nienke",
    "Orlando", "Pieter-Jan", "Roos", "Sven", "Tamara", "Ufuk", "Veerle", "Willem", "Yusuf",
    "Zoë", "Aafke", "Bilal", "Chantal", "Dirk", "Esmee", "Fatima", "Geert", "Hilde", "Ivo",
    "Jolien", "Kevin", "Lars", "Marloes", "Niels", "Oumaima", "Patrick", "Rachid", "Sanne",
    "Tom", "Vera", "Wout", "Agnieszka", "Bart", "Cynthia", "Dries", "Evelien", "Floor", "Gert",
    "Hatice", "Jeroen", "Kim", "Laura", "Michiel", "Noor", "Pim", "Renske", "Stijn", "Tessa",
    "Wim", "Yara", "Annelies", "Brecht", "Liesbeth", "Mehmet", "Sofie", "Tobias", "Marieke",
    "Joost", "Priya", "Luuk", "Femke", "Stefan", "Ayşe", "Koen", "Merel", "Robin", "Eline",
)  # fmt: skip

# Surnames; a tussenvoegsel is part of the surname as LinkedIn shows it.
FAMILY = (
    "Aerts", "Bakker", "Claes", "van Dalen", "Eijkelenboom", "Fransen", "Goossens", "Hendriks",
    "Idrissi", "Janssens", "Kok", "de Leeuw", "Maes", "Nijhuis", "Oosterhuis", "Peeters",
    "Quist", "Ramdin", "Schouten", "ter Horst", "Uittenbogaard", "Vermeulen", "Wouters",
    "Yilmaz", "Zwart", "van den Akker", "Brouwer", "Coenen", "Dijkman", "El Amrani", "Feenstra",
    "van Gils", "Hoekstra", "Jacobs", "Kowalski", "Lambrechts", "Mertens", "Nowak", "Ozturk",
    "Post", "Rutten", "Smeets", "Timmermans", "Verbruggen", "Willems", "de Wit", "Bos",
    "Claessens", "van Dongen", "Evers", "Geerts", "Hermans", "van Hulst", "Kuipers", "Lemmens",
    "Martens", "Nieuwenhuis", "Pauwels", "Reinders", "Sarmo", "Tahiri", "Veldkamp", "Wijnands",
    "Aydin", "Bouzid", "de Clercq", "Dekkers", "Everaert", "van Ginkel", "Huisman", "Jonkers",
    "Kramer", "van Leeuwen", "Mulder", "Noordam", "Overbeek", "Prins", "Roelofs", "Slegers",
    "Tuinman", "van Vliet", "Wagenaar", "Zijlstra", "Dewulf", "Vandenberghe", "Chaouch",
    "Pinas", "Wiśniewski", "Boateng",
)  # fmt: skip

# Places for branch names and school/municipality names: Dutch and Flemish towns.
PLACES = (
    "Deventer", "Zutphen", "Hengelo", "Gouda", "Delft", "Dordrecht", "Leeuwarden", "Assen",
    "Heerlen", "Venlo", "Roermond", "Middelburg", "Alkmaar", "Hoorn", "Purmerend", "Zaandam",
    "Ede", "Veenendaal", "Harderwijk", "Gent", "Antwerpen", "Leuven", "Hasselt", "Brugge",
    "Mechelen", "Kortrijk", "Aalst", "Sittard", "Oss", "Helmond", "Emmen", "Lelystad",
    "Schiedam", "Vlaardingen", "Zeist", "Woerden", "Drachten", "Genk", "Turnhout", "Lier",
)  # fmt: skip

# Parts of invented brand names: a stem and an ending make "Tralvo", "Kenexa"-like names.
BRAND_STEMS = (
    "Trav", "Kor", "Vel", "Mun", "Quar", "Zen", "Lum", "Brix", "Oct", "Pel", "Sol", "Tam",
    "Nor", "Ves", "Dral", "Fin", "Gal", "Hol", "Jun", "Kav", "Lin", "Mer", "Nex", "Orv",
)  # fmt: skip
BRAND_ENDS = ("ia", "o", "ex", "ion", "ara", "is", "um", "ent", "ico", "a", "us", "eon")

# Legal forms people add or leave out when they type their employer.
LEGAL_FORMS = ("B.V.", "BV", "N.V.", "NV", "bv", "VOF", "Holding B.V.", "Group", "Groep")

# The titles of everyone else: what friends, relatives and neighbours do for a living, in
# both languages and at every level, with students and the retired, because a private
# network is a slice of the whole population.
POPULATION_TITLES = (
    "Verkoopmedewerker", "Kassamedewerker", "Student", "Student Bedrijfskunde",
    "Student at Hogeschool", "Masterstudent Psychologie", "Gepensioneerd", "Retired",
    "Huisvrouw", "Stay-at-home dad", "Magazijnmedewerker", "Chauffeur", "Vrachtwagenchauffeur",
    "Buschauffeur", "Kapper", "Schoonheidsspecialiste", "Tandartsassistente", "Apothekersassistent",
    "Doktersassistente", "Verzorgende IG", "Verpleegkundige", "Huisarts", "Fysiotherapeut",
    "Leerkracht", "Juf groep 3", "Docent Engels", "Pedagogisch medewerker", "Kinderopvang",
    "Bakker", "Slager", "Timmerman", "Elektricien", "Schilder", "Stukadoor", "Monteur",
    "Automonteur", "Hovenier", "Boer", "Agrarisch ondernemer", "Melkveehouder", "Politieagent",
    "Brandweerman", "Militair", "Beveiliger", "Schoonmaker", "Postbode", "Barista", "Kok",
    "Bediening", "Receptioniste", "Administratief medewerker", "Secretaresse",
    "Office Manager", "Boekhouder", "Accountant", "Software Engineer", "Developer",
    "Consultant", "Project Manager", "Manager", "Teamleider", "Operator", "Procesoperator",
    "Productiemedewerker", "Laborant", "Apotheker", "Advocaat", "Notaris", "Makelaar",
    "Journalist", "Fotograaf", "Muzikant", "Artist", "Designer", "Architect", "Ingenieur",
    "Engineer", "Sales Manager", "Marketing Manager", "Ondernemer", "Eigenaar", "Owner",
    "Zelfstandige", "ZZP'er", "Freelancer", "Werkzoekende", "Looking for a new challenge",
    "Op zoek naar werk", "Mantelzorger", "Vrijwilliger", "Scholier", "PhD candidate",
    "Onderzoeker", "Dierenarts", "Pastoor", "Predikant", "Sportinstructeur", "Personal trainer",
    "Voetbaltrainer", "Zwemleraar", "Rijinstructeur", "Taxichauffeur", "Stewardess",
    "Piloot", "Loodgieter", "Installateur", "Glazenwasser", "Bloemist", "Interieurstylist",
    # friends and relatives have office jobs too: business titles are not a sign of work
    "Accountmanager", "Adviseur", "Projectleider", "Beleidsmedewerker", "HR-adviseur",
    "Business Analyst", "Financial Advisor", "Inkoper", "Buyer", "Sales Representative",
    "Key Account Manager", "IT Consultant", "Data Analyst", "Product Manager", "Jurist",
    "Communicatiemedewerker", "Marketing Specialist", "Customer Service", "Klantenservice",
    "Teamleider klantcontact", "Medewerker backoffice", "Claimbehandelaar", "Schadebehandelaar",
    "Verkoopadviseur", "Commercieel medewerker", "Directeur-eigenaar", "Bedrijfsleider",
    "Consultant Werving & Selectie", "Recruiter", "Trainer", "Coach", "Docent", "Leraar",
    "Zorgcoördinator", "Maatschappelijk werker", "Jeugdhulpverlener", "Orthopedagoog",
    "Psycholoog", "Verloskundige", "Operatieassistent", "Ambulanceverpleegkundige",
    "Medisch specialist", "Tandarts", "Opticien", "Logopedist", "Ergotherapeut",
)  # fmt: skip

# Companies of the population at large (where friends and relatives work): kinds of
# organisation every town has. {place} and {family} are filled in.
POPULATION_COMPANIES = (
    "Gemeente {place}", "Ziekenhuis {place}", "Basisschool De Regenboog", "Albert Heijn",
    "Jumbo Supermarkten", "Lidl", "Kruidvat", "Action", "HEMA", "PostNL", "NS", "Politie",
    "Defensie", "Rabobank", "ING", "KBC", "Belfius", "{family} Bouw", "Bakkerij {family}",
    "Kapsalon {given}", "Huisartsenpraktijk {place}", "Tandartspraktijk {place}",
    "Apotheek {place}", "Kinderopvang Het Kabouterhuis", "Sportschool {place}",
    "Autobedrijf {family}", "Hoveniersbedrijf {family}", "Zorgcentrum De Linde",
    "Thuiszorg {place}", "Universiteit Gent", "KU Leuven", "Hogeschool {place}",
    "Brandweer {place}", "Bpost", "Colruyt", "Delhaize", "IKEA", "Coolblue", "bol.com",
    "Philips", "ASML", "Unilever", "Heineken", "Shell", "KLM", "Schiphol", "Port of Antwerp",
    "Belastingdienst", "UWV", "Waterschap", "Provincie", "Rijkswaterstaat", "Vlaamse Overheid",
    "",  # not everyone lists an employer
)  # fmt: skip

# Most people work at one of thousands of small and mid-sized organisations, not at the big
# names: an activity word makes "{family} Bouw", "{brand} Accountants", "Zorgboerderij {brand}".
ACTIVITIES = (
    "Bouw", "Techniek", "Zorg", "Advies", "Transport", "Media", "Consultancy", "Software",
    "Accountants", "Advocaten", "Makelaardij", "Installaties", "Solutions", "Services",
    "Kinderopvang", "Schoonmaak", "Catering", "Metaal", "Kunststoffen", "Verhuur", "Logistiek",
    "Verzekeringen", "Interieur", "Tuinen", "Dakwerken", "Elektro", "Fietsen", "Reizen",
    "Opleidingen", "Vastgoed", "Coaching", "Events", "Fotografie", "Uitgeverij", "Dierenkliniek",
)  # fmt: skip
SMALL_ORGS = (
    "{family} {activity}", "{brand} {activity}", "{activity} {place}", "{brand}",
    "{family} & {family2}", "Stichting {brand}", "{brand} {activity} B.V.",
)  # fmt: skip
# Seniority and scope people add to a title.
TITLE_PREFIXES = ("Senior ", "Junior ", "Hoofd ", "Lead ", "Medior ", "Assistant ", "Coördinator ")
# ...and what they add after it: scope, status, the employer in words.
TITLE_SUFFIXES = (" a.i.", " | {activity}", " bij {company}", " at {company}", " (ZZP)",
                  " - {place}", " / Teamleider", " & Coach")  # fmt: skip

# How people fill in their headline when it is not a title: slogans, status, emoji, nothing.
ODD_TITLES = (
    "--", ".", "n.v.t.", "Open to work", "#opentowork", "Trotse papa van 2",
    "Living life", "Genieten!", "Helping people grow 🌱", "Werkt aan zichzelf",
    "Coach | Spreker | Moeder", "Wereldreiziger ✈", "Tijdelijk uit de running",
    "Ex-", "Entrepreneur | Investor | Speaker", "?", "Bezig met een nieuw avontuur",
)  # fmt: skip

# Recruiters who approach anyone: agencies that contact people about their own next job.
RECRUITER_TITLES = (
    "Recruiter", "Senior Recruiter", "Talent Acquisition Specialist", "Intercedent",
    "Recruitment Consultant", "Corporate Recruiter", "Executive Search Consultant",
    "Werving & Selectie", "Talent Sourcer", "Headhunter", "Consultant Werving en Selectie",
    "Account Manager Detachering", "Arbeidsbemiddelaar",
)  # fmt: skip
RECRUITER_FIRMS = (
    "Randstad", "Tempo-Team", "Adecco", "Unique", "Olympia Uitzendbureau", "Start People",
    "Hays", "Michael Page", "Brunel", "Yacht", "Solvus", "{brand} Recruitment",
    "{brand} Talent", "{family} Executive Search", "{brand} Detachering", "Jobat", "Accent Jobs",
)  # fmt: skip

# Support functions every employer has: the colleagues outside your own line of work.
SUPPORT_TITLES = (
    "HR-adviseur", "HR Business Partner", "Salarisadministrateur", "Financieel medewerker",
    "Controller", "Office Manager", "Receptionist", "Facilitair medewerker",
    "Medewerker ICT", "Functioneel beheerder", "Communicatieadviseur", "Directeur",
    "Managing Director", "Directiesecretaresse", "Teamleider", "Afdelingshoofd",
    "Kwaliteitsfunctionaris", "Planner", "Management Assistant", "Stagiair",
    "Intern", "Werkstudent", "Inkoper", "Bedrijfsleider", "Operations Manager",
)  # fmt: skip

# Studies, for classmates' titles when they are still students.
STUDIES = (
    "Student Verpleegkunde", "Student Pabo", "Student HBO-ICT", "Student Rechten",
    "Student Economie", "Student Communicatie", "Student Werktuigbouwkunde",
    "Student Sociaal Werk", "Student Logistiek", "Student Hotelschool",
)  # fmt: skip
