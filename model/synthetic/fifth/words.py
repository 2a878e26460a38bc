"""Names, organisations and titles of the fifth generator's world: professional and corporate
life in the Netherlands, in English and Dutch, as LinkedIn profiles write it.

Written from working knowledge of the Dutch market (firms, public bodies, job ladders), not from
any other generator's or the product's word lists. Organisations are public names; the people
are made up.
"""

from __future__ import annotations

GIVEN_MEN = (
    "Daan", "Sem", "Bram", "Thijs", "Jeroen", "Maarten", "Pieter", "Joost", "Ruben", "Koen",
    "Stijn", "Wouter", "Sander", "Bas", "Niels", "Tim", "Rik", "Jasper", "Floris", "Gijs",
    "Hidde", "Jelle", "Erik", "Marco", "Frank", "Hans", "Kees", "Willem", "Dirk", "Arjen",
    "Roel", "Michiel", "Vincent", "Tom", "Mark", "Rob", "Paul", "Martijn", "Remco", "Wim",
    "Gerard", "Arnout", "Sjoerd", "Tjeerd", "Friso", "Coen", "Olivier", "Laurens", "Reinier",
    "Mehmet", "Mohamed", "Youssef", "Rajesh", "Arjun", "Stefan", "Thomas", "Jan", "Johan",
    "Matthijs", "Diederik", "Hugo", "Lars", "Luuk", "Mees", "Ties", "Guus", "Pim", "Ivo",
    "Emre", "Karim", "Anil", "Ravi", "Lukas", "Ben", "James", "Pedro", "Marcel", "Ronald",
)  # fmt: skip
GIVEN_WOMEN = (
    "Emma", "Sophie", "Julia", "Anouk", "Lotte", "Sanne", "Fleur", "Eva", "Lisa", "Iris",
    "Femke", "Marieke", "Esther", "Ingrid", "Annemarie", "Saskia", "Mirjam", "Linda",
    "Monique", "Marloes", "Judith", "Petra", "Wendy", "Nicole", "Charlotte", "Roos", "Merel",
    "Noor", "Floor", "Maaike", "Hanneke", "Astrid", "Ilse", "Karin", "Yvonne", "Bregje",
    "Jildou", "Nadia", "Fatima", "Samira", "Priya", "Elif", "Laura", "Anna", "Sarah", "Kim",
    "Renske", "Liesbeth", "Margriet", "Willemijn", "Claire", "Isabel", "Evelien", "Marjolein",
    "Tessa", "Demi", "Britt", "Manon", "Yasmina", "Ayşe", "Meera", "Hannah", "Chloé", "Inge",
)  # fmt: skip
SURNAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Lange",
    "Kuipers", "van Wijk", "Postma", "Kramer", "van den Bosch", "Boersma", "Wouters",
    "Bosman", "Hermans", "Timmermans", "Groen", "Scholten", "van Rijn", "Veenstra",
    "Terpstra", "ter Horst", "Zwart", "Oosterhuis", "Kuiper", "Bouwman", "van Os", "Nijhuis",
    "Wijnands", "Rietveld", "Bleeker", "Vink", "Hofman", "Schipper", "Verbeek", "Evers",
    "Yılmaz", "Kaya", "El Amrani", "Bouzid", "Sharma", "Patel", "Müller", "Schmidt", "Smith",
    "Pinas", "Rahman", "Nguyen", "Wang", "Rossi", "García", "Öztürk", "Martens", "Sahin",
)  # fmt: skip

# What people add to their name fields: Dutch academic titles before, degrees after.
NAME_PREFIXES = ("mr.", "drs.", "dr.", "ir.", "mr. drs.", "prof. dr.", "ing.")
NAME_SUFFIXES = (" MSc", " RA", " MBA", " LL.M.", " (she/her)", " PhD", ", CFA", " RC", " MD")

# Organisations of each sector, as people type them on their profile.
ORGS: dict[str, tuple[str, ...]] = {
    "law": (
        "De Brauw Blackstone Westbroek", "NautaDutilh", "Stibbe", "Houthoff", "Loyens & Loeff",
        "AKD", "Van Doorne", "Kennedy Van der Laan", "Allen & Overy", "CMS", "Simmons & Simmons",
        "Pels Rijcken", "Dentons", "BarentsKrans", "Lexence", "Boekel", "Dirkzwager",
        "Van Benthem & Keulen", "Holla Advocaten", "Banning Advocaten", "Hekkelman Advocaten",
        "Van Iersel Luchtman", "Kneppelhout & Korthals", "Kroes Advocaten",
        "Notariskantoor Van Dam & De Wit", "Notariaat Zuidas", "Bingh Notarissen",
    ),
    "audit": (
        "Deloitte", "PwC", "EY", "KPMG", "BDO", "Grant Thornton", "Mazars", "Baker Tilly",
        "RSM Netherlands", "Flynth", "Crowe Foederer", "Visser & Visser", "ABAB",
        "Countus", "Alfa Accountants", "Van Ree Accountants", "Auditdienst Rijk", "WEA",
    ),
    "consulting": (
        "Accenture", "Capgemini", "McKinsey & Company", "Boston Consulting Group", "Bain & Company",
        "Berenschot", "Twynstra Gudde", "Andersson Elffers Felix", "KplusV", "Sogeti",
        "Ordina", "CGI", "Centric", "Yacht", "Conclusion", "Info Support", "Xebia",
        "Highberg", "Hiemstra & De Vries", "Significant", "Rebel Group", "Squarewise",
        "Quint", "Projectbureau Noord", "Strategy&", "Roland Berger", "Magnus Red",
    ),
    "bank": (
        "ING", "ABN AMRO", "Rabobank", "SNS Bank", "Triodos Bank", "bunq", "Van Lanschot",
        "NIBC", "De Nederlandsche Bank", "AFM", "Achmea", "Delta Lloyd", "a.s.r.", "Aegon",
        "Interpolis", "Centraal Beheer", "NN Group", "APG", "PGGM", "Knab", "Obvion",
        "Nationale Investeringsbank", "BNG Bank", "Robeco", "Rabobank Utrecht",
    ),
    "agency": (
        "DEPT", "Havas Lynx", "Ogilvy", "TBWA\\Neboko", "N=5", "Kaliber", "Momkai",
        "Studio Dumbar", "Brandbase", "Dentsu", "Publicis", "MediaMonks", "Achtung!",
        "Lemon Scented Tea", "INDIE Amsterdam", "Wunderman Thompson", "Social Brothers",
        "Fabrique", "Mirabeau", "&samhoud", "Hammerfest", "Eden Design", "Booreiland",
    ),
    "public": (
        "Ministerie van Financiën", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "Ministerie van Infrastructuur en Waterstaat", "Ministerie van VWS",
        "Ministerie van Economische Zaken en Klimaat", "Ministerie van Justitie en Veiligheid",
        "Ministerie van OCW", "Rijkswaterstaat", "Provincie Utrecht", "Provincie Noord-Holland",
        "Provincie Gelderland", "Provincie Zuid-Holland", "Gemeente Amsterdam",
        "Gemeente Utrecht", "Gemeente Rotterdam", "Gemeente Den Haag", "Gemeente Eindhoven",
        "Waterschap Rivierenland", "Hoogheemraadschap Hollands Noorderkwartier", "Waternet",
        "Waterschap Vallei en Veluwe", "Belastingdienst", "UWV", "RVO", "CBS", "Kadaster",
        "Tweede Kamer der Staten-Generaal", "Raad van State", "Algemene Rekenkamer",
    ),
    "ngo": (
        "Oxfam Novib", "Cordaid", "KWF Kankerbestrijding", "Natuurmonumenten",
        "VluchtelingenWerk Nederland", "Amnesty International Nederland", "Nederlandse Rode Kruis",
        "Hartstichting", "Fonds 1818", "Stichting Het Vergeten Kind", "Greenpeace Nederland",
        "Plan International Nederland", "Leger des Heils", "Stichting Lezen & Schrijven",
        "Prins Bernhard Cultuurfonds", "Humanitas", "War Child", "Save the Children Nederland",
        "Stichting Voedselbanken Nederland", "Milieudefensie", "ZonMw",
    ),
    "media": (
        "NOS", "RTL Nieuws", "de Volkskrant", "NRC", "Het Parool", "Het Financieele Dagblad",
        "DPG Media", "Mediahuis", "BNR Nieuwsradio", "Follow the Money", "VPRO", "Omroep Brabant",
        "Trouw", "AD", "De Correspondent", "EenVandaag", "Nieuwsuur", "NPO", "ANP",
        "Sanoma", "Talpa Network", "Het Nieuwsblad van het Noorden", "Omroep West",
    ),
    "hospital": (
        "UMC Utrecht", "AMC", "VUmc", "Erasmus MC", "LUMC", "Radboudumc", "Maastricht UMC+",
        "OLVG", "Sint Lucas Andreas Ziekenhuis", "Rijnstate", "Catharina Ziekenhuis", "Isala",
        "Kennemer Gasthuis", "Spaarne Gasthuis", "Gelre ziekenhuizen", "Jeroen Bosch Ziekenhuis",
        "Máxima MC", "Noordwest Ziekenhuisgroep", "Meander Medisch Centrum", "Tergooi MC",
        "Antoni van Leeuwenhoek", "Prinses Máxima Centrum", "Zuyderland",
    ),
    "mental": (
        "GGZ inGeest", "Parnassia Groep", "Arkin", "PsyQ", "Indigo", "GGZ Centraal",
        "Pro Persona", "Altrecht", "Lentis", "Dimence Groep", "Karakter", "Accare",
        "Praktijk voor Psychologie Zuid", "Psychologenpraktijk De Linde", "HSK Groep",
        "Mentaal Beter", "Praktijk Vijverhof", "GGZ Noord-Holland-Noord",
    ),
    "engineering": (
        "Arcadis", "Royal HaskoningDHV", "Witteveen+Bos", "Grontmij", "Sweco", "Antea Group",
        "Mecanoo", "MVRDV", "OMA", "UNStudio", "KAAN Architecten", "Van Oord", "BAM",
        "Heijmans", "Dura Vermeer", "Boskalis", "Movares", "Tauw", "Fugro", "DP6 architectuurstudio",
        "De Zwarte Hond", "Powerhouse Company", "Inbo", "ABT", "Deerns", "Royal BAM Group",
    ),
    "pharma": (
        "Philips", "Janssen Vaccines", "Galapagos", "Astellas Pharma", "MSD", "Genmab",
        "Lonza", "Thermo Fisher Scientific", "Medtronic", "argenx", "Abbott", "Sanofi", "Pfizer",
        "DSM", "Organon", "Teva", "Sandoz", "Siemens Healthineers", "Stryker", "Bayer",
        "Novartis", "Roche Nederland", "Pharming", "Synthon", "Merus", "ProQR",
    ),
    "saas": (
        "Mollie", "Adyen", "Picnic", "Booking.com", "Takeaway.com", "Catawiki", "Bynder",
        "MessageBird", "Channable", "Framer", "Mambu", "Backbase", "Effectory", "Ohpen",
        "WeTransfer", "Miro", "Lightyear", "Otrium", "Sendcloud", "Tiqets", "Payvision",
        "Vandebron", "Polarsteps", "Fastned", "Silverflow", "Recruitee", "Lepaya",
        "Homerun", "Lightspeed", "Elastic", "Personio", "HubSpot", "Salesforce",
    ),
    "school": (
        "Stedelijk Gymnasium Leiden", "Christelijk Lyceum Zeist", "Het Amsterdams Lyceum",
        "Barlaeus Gymnasium", "Montessori Lyceum Amsterdam", "Dalton Den Haag",
        "Stedelijk Gymnasium Utrecht", "Openbare Scholengemeenschap Hengelo",
        "Sint-Janscollege", "ROC van Amsterdam", "ROC Midden Nederland", "Hogeschool Utrecht",
        "Hogeschool van Amsterdam", "Fontys Hogescholen", "Hanzehogeschool Groningen",
        "Haagse Hogeschool", "Avans Hogeschool", "Hogeschool Rotterdam", "Stichting LVO",
        "OBS De Regenboog", "CBS De Wegwijzer", "Basisschool De Klimop",
    ),
    "university": (
        "Universiteit van Amsterdam", "Universiteit Utrecht", "Universiteit Leiden",
        "Erasmus Universiteit Rotterdam", "TU Delft", "Rijksuniversiteit Groningen",
        "Radboud Universiteit", "Wageningen University & Research", "Tilburg University",
        "Vrije Universiteit Amsterdam", "TNO", "NWO", "KNAW", "Maastricht University",
        "Eindhoven University of Technology", "University of Twente", "Deltares", "RIVM",
        "Nederlands Kanker Instituut", "Hubrecht Institute", "NIKHEF", "CWI",
    ),
    "justice": (
        "Rechtbank Amsterdam", "Rechtbank Midden-Nederland", "Rechtbank Rotterdam",
        "Gerechtshof Den Haag", "Gerechtshof Arnhem-Leeuwarden", "Openbaar Ministerie",
        "Raad voor de rechtspraak", "Hoge Raad der Nederlanden", "Nederlandse Orde van Advocaten",
    ),
    # where people outside the owner's working world are
    "everyday": (
        "Albert Heijn", "Jumbo", "bol.com", "Coolblue", "KLM", "Schiphol Group", "NS",
        "Heineken", "Unilever", "Shell", "ASML", "PostNL", "Randstad", "Ahold Delhaize",
        "Decathlon", "IKEA", "HEMA", "Gamma", "Action", "Eneco", "Vattenfall", "KPN",
        "Vodafone Ziggo", "Brabantia", "FrieslandCampina", "Thuiszorg West-Brabant",
        "Bakkerij Van der Wal", "Fysiotherapie Centrum Noord", "Autobedrijf Jansen",
        "Kapsalon Haarmonie", "Hoveniersbedrijf Groen", "Tandartspraktijk De Molen",
        "Huisartsenpraktijk Oost", "Kinderopvang Humanitas", "Sportschool Fit For Life",
        "Hockeyclub Rood-Wit", "Zorggroep Almere", "Buurtzorg", "Politie Nederland",
        "Defensie", "Brandweer Amsterdam-Amstelland", "Makelaardij Bos", "Hotel Okura",
        "Tesla", "Booking Holdings", "Philips", "TomTom", "Rituals", "Scotch & Soda",
    ),
    # staffing and executive search
    "recruitment": (
        "Michael Page", "Robert Walters", "Hays", "Randstad Professionals", "Page Personnel",
        "Brunel", "Hudson", "Spencer Stuart", "Egon Zehnder", "Korn Ferry",
        "Altena Executive Search", "Legal Talent", "Legal People", "Finance Professionals",
        "Hoofdkraal", "Young Capital", "Tempo-Team", "Undutchables", "Harvey Nash",
        "Computer Futures", "Motion Recruitment", "Between Recruitment", "Smart Recruiters",
    ),
    # vendors that pitch to a working world
    "vendor": (
        "Wolters Kluwer", "Sdu", "LexisNexis", "Legal Intelligence", "Exact", "AFAS Software",
        "Visma", "Twinfield", "Salesforce", "HubSpot", "Microsoft", "SAP", "Oracle", "ServiceNow",
        "Workday", "Topdesk", "Mendix", "Ortec", "Dataiku", "Snowflake", "Pega",
        "Medtronic", "Olympus", "Stryker", "Zimmer Biomet", "Canon Medical Systems",
        "Heutink", "Malmberg", "Noordhoff", "ThiemeMeulenhoff", "Sodexo", "ISS Facility Services",
        "Regus", "Spaces", "Yoobi", "Trengo", "Leapsome", "Spendesk", "Pipedrive",
    ),
}  # fmt: skip

# Public bodies, foundations and institutions: never written with a company's legal form.
NO_LEGAL_FORM = frozenset(
    o
    for sector in ("public", "ngo", "school", "university", "hospital", "mental", "justice")
    for o in ORGS[sector]
)
# Office jobs at any employer.
OFFICE_TITLES = (
    "Projectleider", "Teamleider", "Adviseur", "Manager", "Office Manager",
    "Management Assistant", "Controller", "HR Adviseur", "Data Analyst", "Product Owner",
    "Scrum Master", "Medewerker", "Specialist", "Communicatieadviseur", "Jurist",
    "Financieel administrateur", "Operations Manager", "Sales Manager", "Marketing Manager",
    "Inkoper", "Software Developer", "Business Controller", "Directiesecretaresse",
    "Facility Manager", "Category Manager", "Supply Chain Planner", "Head of Finance",
)  # fmt: skip

# Employers renamed by a merger or take-over: the profile may keep the old name while
# colleagues' profiles show the new one.
RENAMED = {
    "SNS Bank": "de Volksbank",
    "Delta Lloyd": "NN Group",
    "Van Lanschot": "Van Lanschot Kempen",
    "Mazars": "Forvis Mazars",
    "Allen & Overy": "A&O Shearman",
    "Ordina": "Sopra Steria",
    "Grontmij": "Sweco",
    "AMC": "Amsterdam UMC",
    "VUmc": "Amsterdam UMC",
    "Sint Lucas Andreas Ziekenhuis": "OLVG",
    "Kennemer Gasthuis": "Spaarne Gasthuis",
    "DSM": "dsm-firmenich",
    "Takeaway.com": "Just Eat Takeaway.com",
    "MessageBird": "Bird",
    "Janssen Vaccines": "Johnson & Johnson Innovative Medicine",
    "Grant Thornton": "Grant Thornton Netherlands",
    "Waternet": "Waternet / AGV",
}

# How one organisation's name is written on different profiles.
COMPANY_SUFFIXES = (" B.V.", " N.V.", " Nederland", " Netherlands", " NL", " Group", " (NL)")

# Names of one's own business, by surname.
OWN_BUSINESS = (
    "{last} Advies", "{last} Consultancy", "{last} Legal", "{last} Holding B.V.",
    "{last} & Partners", "Studio {last}", "{last} Interim Management", "{initial}{last2} Consult",
)  # fmt: skip
SELF_EMPLOYED = (
    "Self-employed", "Eigen bedrijf", "Zelfstandig ondernemer", "Freelance", "ZZP", "Freelancer",
    "Zelfstandige", "Independent", "Eigenaar",
)  # fmt: skip

# Jobs anywhere in the economy: friends, family, neighbours, club members.
EVERYDAY_TITLES = (
    "Verpleegkundige", "Leerkracht basisonderwijs", "Fysiotherapeut", "Timmerman",
    "Accountmanager", "Huisarts", "Winkelmanager", "Kapper", "Elektricien", "Monteur",
    "Store Manager", "Customer Service Medewerker", "Klantenservice medewerker",
    "Operations Manager", "Logistiek medewerker", "Teamleider", "Office Manager",
    "Management Assistant", "Pilot", "Purser", "Stewardess", "Politieagent", "Brandweerman",
    "Makelaar", "Tandarts", "Apotheker", "Dierenarts", "Kok", "Bedrijfsleider",
    "Hovenier", "Schilder", "Loodgieter", "Chauffeur", "Software Developer", "Data Analyst",
    "Product Owner", "Scrum Master", "Projectleider", "Facilitair medewerker",
    "Doktersassistente", "Pedagogisch medewerker", "Zorgcoördinator", "Sales Manager",
    "Marketing Manager", "Financieel administrateur", "Boekhouder", "HR Adviseur",
    "Beleidsmedewerker", "Secretaresse", "Receptioniste", "Fotograaf", "Grafisch ontwerper",
    "Personal Trainer", "Yogadocent", "Muziekdocent", "Consultant", "Engineer",
    "Service Engineer", "Procesoperator", "Planner", "Inkoper", "Category Manager",
    "Store Associate", "Barista", "Sommelier", "Wijkagent", "Eigenaar", "Directeur",
    "Owner", "Ondernemer", "Manager", "Medewerker", "Adviseur", "Specialist",
)  # fmt: skip
STUDENT_TITLES = (
    "Student at UvA", "Student Rechten aan de Universiteit Leiden", "MSc Student",
    "Student Bedrijfskunde", "Bachelor student Psychology", "Student HBO-V",
    "Master student at Erasmus University Rotterdam", "Student", "Stagiair", "Intern",
    "Werkstudent", "Student TU Delft", "Student Geneeskunde", "Student aan de Hogeschool Utrecht",
)  # fmt: skip
RETIRED_TITLES = (
    "Retired", "Gepensioneerd", "Met pensioen", "Retired partner", "Emeritus hoogleraar",
    "Genieten van het pensioen", "Retired - previously CFO",
)  # fmt: skip
SEEKING = (
    "Open to work", "Op zoek naar een nieuwe uitdaging", "Looking for new opportunities",
    "Open for new opportunities", "Actively looking for a new role", "Beschikbaar per direct",
    "#OpenToWork", "Werkzoekend", "In between jobs", "Open to new challenges | Finance",
)  # fmt: skip
BLANKISH = ("--", "-", ".", "...", "n.v.t.", "x", "—")

RECRUITER_TITLES = (
    "Recruiter", "Senior Recruiter", "Corporate Recruiter", "Talent Acquisition Specialist",
    "Executive Search Consultant", "Headhunter", "Intercedent", "Recruitment Consultant",
    "Recruitment Consultant | Finance & Legal", "Partner Executive Search", "Sr. Recruiter",
    "Talent Acquisition Partner", "IT Recruiter", "Legal Recruiter", "Associate Director",
    "Business Manager", "Principal Consultant | Interim Finance", "Recruitment Lead",
    "Connecting top legal talent with leading firms", "Helping finance professionals grow",
)  # fmt: skip
SALES_TITLES = (
    "Account Executive", "Business Development Representative", "Sales Development Representative",
    "Accountmanager", "Partner Manager", "Enterprise Account Executive", "Key Account Manager",
    "Sales Manager Benelux", "Customer Success Manager", "Business Developer",
    "Helping law firms automate their workflow", "Helping finance teams close faster",
    "Solution Consultant", "Regional Sales Director", "Commercieel adviseur",
    "Strategic Account Director", "I help B2B companies grow their pipeline",
)  # fmt: skip

# Headline pieces people add after their title.
HEADLINE_TOPICS = (
    "Speaker", "Keynote spreker", "Author", "Podcast host", "Board member", "Mentor",
    "Ex-Deloitte", "Ex-McKinsey", "Ex-KPMG", "Ex-Booking.com", "Ex-ING", "Investor",
    "Angel investor", "Lecturer", "Gastdocent", "Toezichthouder", "Vader van 3",
    "Marathon runner", "Coach", "PhD", "MBA", "RA", "CFA", "CPA", "LL.M.", "MSc", "Hockey",
    "Sustainability", "Duurzaamheid", "AI", "Innovation", "Change", "Leadership",
    "ESG", "Data & AI", "Digital transformation", "Strategy", "Governance",
)  # fmt: skip
HEADLINE_FORMS = (
    "{title} | {topic} | {topic2}", "{title} | {topic}", "{title} @ {company}",
    "{title} at {company}", "{title} bij {company}", "{title} - {company}",
    "{emoji} {title} | {topic}", "{title} • {topic} • {topic2}", "{title} | {company} | {topic}",
    "Helping {whom} {verb} | {topic}", "{topic} | {title} | {topic2}",
)  # fmt: skip
EMOJIS = ("🚀", "✨", "💡", "🌱", "📈", "🎯", "⚖️", "🩺", "🎓", "👋", "🔥", "🌍")
HELP_WHOM = (
    "scale-ups", "organisations", "leaders", "teams", "founders", "municipalities",
    "law firms", "CFOs", "professionals", "companies", "ondernemers", "hospitals",
)  # fmt: skip
HELP_VERB = (
    "grow", "scale", "transform", "innovate", "navigate change", "win", "make better decisions",
    "become data-driven", "groeien", "verduurzamen", "hire better", "tell their story",
)  # fmt: skip

# Title abbreviations and mixes as people write them.
ABBREVIATIONS = (
    ("Senior ", "Sr. "), ("Junior ", "Jr. "), ("Manager", "Mgr"), ("Vice President", "VP"),
    ("Chief Financial Officer", "CFO"), ("Chief Executive Officer", "CEO"),
    ("Chief Technology Officer", "CTO"), ("Chief Operating Officer", "COO"),
    ("Director", "Dir."), ("Assistant", "Asst."), ("Management", "Mgmt"),
)  # fmt: skip

DESCRIPTIONS = (
    "", "", "", "Verantwoordelijk voor {topic}.", "Responsible for {topic}.",
    "Focus op {topic} binnen de organisatie.", "Leading a team of {n} on {topic}.",
    "Gedetacheerd bij {client}.", "Seconded to {client}.",
)  # fmt: skip
DESCRIPTION_TOPICS = (
    "strategie", "digitale transformatie", "financiële rapportage", "klantrelaties",
    "compliance", "M&A transactions", "policy development", "duurzaamheid", "procurement",
    "data governance", "audit engagements", "stakeholdermanagement", "de jaarrekening",
    "business development", "implementaties", "arbeidsrecht", "fondsenwerving", "onderzoek",
)  # fmt: skip
LOCATIONS = (
    "Amsterdam", "Amsterdam, Noord-Holland, Nederland", "Utrecht", "Rotterdam", "Den Haag",
    "The Hague, South Holland, Netherlands", "Eindhoven", "Groningen", "Leiden", "Nijmegen",
    "Arnhem", "Zwolle", "Haarlem", "Amersfoort", "Netherlands", "Nederland", "",
)  # fmt: skip
