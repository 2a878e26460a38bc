"""Names, places, firms and the titles of people outside the member's trade, for the fourth
generator: written from everyday Dutch and Flemish working life, not from any word list."""

from __future__ import annotations

# --- people --------------------------------------------------------------------------------

GIVEN_NL = (
    "Jan", "Kees", "Henk", "Gert", "Bart", "Ruud", "Sander", "Dennis", "Patrick", "Marco",
    "Erwin", "Ronald", "Wesley", "Kevin", "Jeroen", "Niels", "Rick", "Stefan", "Mike", "Danny",
    "Jordy", "Tim", "Thijs", "Luuk", "Bram", "Sem", "Daan", "Joost", "Arjen", "Wim", "Gerrit",
    "Hendrik", "Klaas", "Jelle", "Sjoerd", "Mohamed", "Youssef", "Mehmet", "Emre", "Dirk",
    "Ilse", "Sandra", "Monique", "Petra", "Mariska", "Esther", "Linda", "Anouk", "Kim", "Sanne",
    "Lotte", "Femke", "Naomi", "Demi", "Kelly", "Chantal", "Bianca", "Ingrid", "Yvonne", "Anja",
    "Marieke", "Janneke", "Tessa", "Fleur", "Romy", "Iris", "Fatima", "Samira", "Elif", "Priya",
    "Gonnie", "Riet", "Wilma", "Tineke", "Jolanda", "Hanneke", "Annemiek", "Nicole", "Jessica",
)  # fmt: skip
GIVEN_BE = (
    "Wouter", "Pieter", "Koen", "Jens", "Bert", "Filip", "Dries", "Stijn", "Jonas", "Lander",
    "Geert", "Luc", "Marc", "Rudi", "Jef", "Tom", "Kristof", "Glenn", "Jurgen", "Yannick",
    "Sofie", "Els", "Griet", "Veerle", "An", "Hilde", "Katrien", "Lien", "Nele", "Jolien",
    "Ellen", "Lore", "Elke", "Inge", "Brecht", "Amber", "Fien", "Marijke", "Tine", "Kaat",
)  # fmt: skip
SURNAMES_NL = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
    "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Berg", "van Dijk", "Schouten", "Hoekstra", "Koster",
    "Prins", "Huisman", "Post", "Kuipers", "Veenstra", "Kramer", "van Beek", "Wijnands", "Timmer",
    "Hofman", "Bosman", "Scholten", "Wolters", "Evers", "Haverkamp", "Nijhuis", "Brinkman",
    "Oosterhof", "Lammers", "Zwart", "ter Horst", "Bruggink", "Kleinjan", "Hulshof", "Rademaker",
    "Yilmaz", "Kaya", "El Amrani", "Bouzid", "Ramdin", "Tjon", "Kowalski", "Nowak", "Pinas",
)  # fmt: skip
SURNAMES_BE = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Van den Broeck", "Aerts", "Hermans",
    "De Clercq", "Van Damme", "Verhaeghe", "Desmet", "Coppens", "Verstraete", "Van Hecke",
    "Segers", "Michiels", "Van de Velde", "Cools", "Bogaert", "Leclercq", "Declercq", "Vandamme",
)  # fmt: skip

# --- places --------------------------------------------------------------------------------

PLACES_NL = (
    "Zwolle", "Apeldoorn", "Deventer", "Hengelo", "Enschede", "Almelo", "Emmen", "Assen",
    "Drachten", "Heerenveen", "Sneek", "Leeuwarden", "Groningen", "Hoogeveen", "Meppel", "Kampen",
    "Harderwijk", "Ede", "Barneveld", "Veenendaal", "Tiel", "Oss", "Veghel", "Uden", "Helmond",
    "Weert", "Venlo", "Roermond", "Sittard", "Heerlen", "Tilburg", "Waalwijk", "Breda", "Roosendaal",
    "Bergen op Zoom", "Goes", "Middelburg", "Terneuzen", "Gorinchem", "Dordrecht", "Zoetermeer",
    "Naaldwijk", "Westland", "Poeldijk", "Honselersdijk", "Bleiswijk", "Lansingerland",
    "Purmerend", "Hoorn", "Alkmaar", "Den Helder", "Lelystad", "Almere", "Emmeloord", "Urk",
    "Amersfoort", "Nijkerk", "Doetinchem", "Winterswijk", "Zutphen", "Nijmegen", "Arnhem",
    "Rotterdam", "Den Haag", "Utrecht", "Amsterdam", "Eindhoven", "Maastricht", "Schiedam",
)  # fmt: skip
PLACES_BE = (
    "Antwerpen", "Gent", "Brugge", "Kortrijk", "Roeselare", "Aalst", "Mechelen", "Leuven",
    "Hasselt", "Genk", "Turnhout", "Geel", "Lier", "Sint-Niklaas", "Dendermonde", "Oostende",
    "Waregem", "Tielt", "Ieper", "Lokeren", "Herentals", "Mol", "Beringen", "Tongeren",
)  # fmt: skip
PROVINCE = {
    "NL": ("Overijssel", "Gelderland", "Noord-Brabant", "Zuid-Holland", "Noord-Holland",
           "Drenthe", "Friesland", "Groningen", "Limburg", "Zeeland", "Utrecht", "Flevoland"),
    "BE": ("Antwerpen", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant", "Limburg"),
}  # fmt: skip

# --- firms ---------------------------------------------------------------------------------

# Dutch and Belgian legal forms as people type them after a firm's name (or leave them off).
LEGAL_NL = (" B.V.", " BV", " b.v.", " B.V", " V.O.F.", " vof", "")
LEGAL_BE = (" BV", " NV", " bvba", " BVBA", " CommV", "")
# Staffing agencies and payrolling firms (uitzendbureaus) of the Low Countries.
AGENCIES = (
    "Randstad", "Tempo-Team", "Olympia Uitzendbureau", "Start People", "Manpower", "Adecco",
    "Covebo", "Otto Work Force", "Hobij Uitzendbureau", "YoungCapital", "Unique", "Luba",
    "Timing Uitzendteam", "Driessen HRM", "Jobfixers", "Goldstep", "Flexspecialisten",
    "ASA Talent", "Content Uitzendbureau", "Konnekt", "Werkzoeken.nl", "Dactylo Jobs",
)  # fmt: skip
AGENCIES_BE = ("Accent Jobs", "Daoust", "Tempo-Team België", "Randstad Belgium", "Trace",
               "Synergie", "Agilitas", "Asap.be", "Unique Interim", "Start People België")  # fmt: skip
# Titles at an agency's branch: the intercedent a temp worker deals with every week.
AGENCY_TITLES = (
    "Intercedent", "Intercedente", "Senior intercedent", "Vestigingsmanager", "Accountmanager",
    "Consultant", "Jobconsultant", "Uitzendconsultant", "Recruiter", "Flex consultant",
    "Planner / intercedent", "Business manager", "On-site manager", "Implant coördinator",
)  # fmt: skip

# Firms where the friends, neighbours and family of a practical worker work: every sector,
# offices as well, as the people around anyone do.
ELSEWHERE = (
    "Gemeente {place}", "Rabobank", "ING", "ABN AMRO", "Belastingdienst", "UWV", "Achmea",
    "Stichting Jeugdzorg {place}", "Basisschool De Regenboog", "OBS De Klimop", "CBS De Wegwijzer",
    "Het Rijnlands Lyceum", "ROC van Twente", "Deltion College", "Albeda", "Hogeschool Windesheim",
    "Isala", "Rijnstate", "UMC Utrecht", "Jeroen Bosch Ziekenhuis", "Huisartsenpraktijk {place}",
    "Apotheek {place}", "Tandartspraktijk {surname}", "Fysiotherapie {place}", "Action",
    "HEMA", "Kruidvat", "Gamma", "Praxis", "Coolblue", "bol.com", "PostNL", "NS", "Arriva",
    "Connexxion", "KPN", "Vodafone", "Philips", "ASML", "Vanderlande", "DSM", "Tata Steel",
    "FrieslandCampina", "Vion", "Heineken", "Shell", "Eneco", "Vattenfall", "Alliander",
    "Enexis", "Waterschap {place}", "Provincie {province}", "Rijkswaterstaat", "Ziggo",
    "Accountantskantoor {surname}", "Notariskantoor {surname}", "Makelaardij {surname}",
    "Autobedrijf {surname}", "Garage {surname}", "Bakkerij {surname}", "Slagerij {surname}",
    "Fietsenwinkel {surname}", "{surname} Advies", "Bureau {surname}", "Kantoor {place}",
    "Proximus", "Telenet", "KBC", "Belfius", "Colruyt", "Delhaize", "AZ {place}",
    "Stad {place}", "Vlaamse Overheid", "Bpost", "De Lijn", "Fluvius", "VDAB", "UZ Leuven",
)  # fmt: skip
# What such people do: a spread of ordinary jobs, in Dutch mostly and some English.
ELSEWHERE_TITLES = (
    "Administratief medewerker", "Medewerker klantenservice", "Leerkracht", "Juf groep 3",
    "Docent Nederlands", "Verpleegkundige", "Doktersassistente", "Tandartsassistente",
    "Apothekersassistent", "Fysiotherapeut", "Accountant", "Boekhouder", "Financieel adviseur",
    "Hypotheekadviseur", "Makelaar", "Notarisklerk", "Beleidsmedewerker", "Projectmanager",
    "Teamleider", "Adviseur", "Consultant", "Software developer", "ICT medewerker",
    "Systeembeheerder", "Marketing medewerker", "Office manager", "Secretaresse",
    "Managementassistent", "Receptioniste", "Verkoopmedewerker", "Winkelmedewerker",
    "Automonteur", "APK keurmeester", "Bakker", "Slager", "Buschauffeur", "Machinist",
    "Conducteur", "Postbezorger", "Productiemedewerker", "Operator", "Procesoperator",
    "Onderhoudsmonteur", "Lasser", "CNC operator", "Laborant", "Kwaliteitsmedewerker",
    "HR adviseur", "Salarisadministrateur", "Jurist", "Advocaat", "Huisarts", "Tandarts",
    "Sales manager", "Account manager", "Business controller", "Directeur", "Eigenaar",
    "Student", "Student HBO Verpleegkunde", "Student MBO", "Stagiair", "Gepensioneerd",
    "Met pensioen", "Huisvrouw", "Moeder van 3", "Thuisblijfmoeder", "Werkzoekend",
    "Op zoek naar werk", "Mantelzorger", "Vrijwilliger", "Zelfstandige", "Ondernemer",
    "Kinderboekenschrijver", "Fotograaf", "Grafisch ontwerper", "Vormgever", "Dierenarts",
    "Medewerker bediening", "Barista", "Sportinstructeur", "Personal trainer", "Zwemleraar",
    "Voetbaltrainer", "Logopedist", "Ergotherapeut", "Psycholoog", "Maatschappelijk werker",
    "Jongerenwerker", "Schoolmaatschappelijk werker", "Onderwijsassistent", "Conciërge",
    "Bediende", "Bediende boekhouding", "Zorgkundige", "Kinesitherapeut", "Leraar",
    "Onthaalmedewerker", "Kassierster", "Arbeider", "Magazijnier", "Vertegenwoordiger",
)  # fmt: skip
# What pupils of a vocational school or a secondary school are called, and schools.
SCHOOLS = (
    "ROC {place}", "ROC Midden Nederland", "ROC Friese Poort", "Graafschap College",
    "Summa College", "Koning Willem I College", "Da Vinci College", "Noorderpoort",
    "Drenthe College", "Aventus", "Scalda", "Curio", "Landstede", "Helicon", "Citaverde",
    "Wellantcollege", "Vakschool {place}", "Bouwmensen {place}", "VTI {place}", "KTA {place}",
    "Sint-Jozefsinstituut", "Technicum {place}", "PTI {place}", "GO! atheneum {place}",
)  # fmt: skip
STUDENT_TITLES = (
    "Student", "Student MBO", "Leerling", "Student bij {school}", "MBO student",
    "Student Bouwkunde", "Student Mbo Verzorgende IG", "Scholier", "BBL student",
    "Student Logistiek", "Studente", "student", "Student Toerisme",
)  # fmt: skip
# Headlines that name no job at all (written by people of every kind).
LOOSE_HEADLINES = (
    "--", ".", "Werkzaam", "Werkzaam bij {company}", "Bij {company}", "Medewerker",
    "Op zoek naar een nieuwe uitdaging", "Zoekende", "Open voor werk", "Nvt", "n.v.t.",
    "Geen", "Zie profiel", "Vader, man, harde werker", "Gelukkig getrouwd", "Ajax!",
    "Life is good", "Carpe diem", "...", "Werk", "Arbeider", "Allround", "Alles",
)  # fmt: skip
