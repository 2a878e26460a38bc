"""The lines of work of the second generator's members, each with whom it meets at work.

A trade says which titles its member holds over a career, who the colleagues are, which
organisations employ it, and the people it deals with: the served side ("client": buyers,
patients' relatives, parents, tenants), the supplying side ("supplier") and the peers of its
field elsewhere ("other work": fellow teachers at other schools, GPs a district nurse works
with, the municipality a contractor deals with). ``mix`` gives the relative number of work
contacts of each kind; the reason for each trade's mix is beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Trade:
    """One line of work as the generator uses it (see the module docstring)."""

    name: str
    path: tuple[str, ...]  # the owner's titles, junior to senior (English and Dutch mixed)
    peers: tuple[str, ...]  # colleagues in the same line of work
    employers: tuple[str, ...]  # employer name patterns ({brand} {place} {family} filled in)
    served: tuple[str, ...] = ()  # titles of the people served or sold to
    served_orgs: tuple[str, ...] = ()
    supplying: tuple[str, ...] = ()  # titles on the supplying side
    supplying_orgs: tuple[str, ...] = ()
    field_peers: tuple[str, ...] = ()  # same field, other organisations
    field_orgs: tuple[str, ...] = ()
    mix: dict[str, float] = field(default_factory=dict)  # work kind -> relative weight
    size: float = 300.0  # median network size of a member with ~8 years on LinkedIn
    work_share: float = 0.6  # share of the network met at work, before per-person habits
    freelance: float = 0.05  # chance that one of the jobs is the member's own business
    vocational: float = 0.3  # chance a classmate went into the same trade (school -> trade)
    hands_client_list: bool = False  # the employer keeps a client list it could hand over


TRADES: dict[str, Trade] = {}


def _add(trade: Trade) -> None:
    TRADES[trade.name] = trade


# District nursing: a large team and the GPs, pharmacists and case managers around it;
# patients rarely connect, so clients are few.
_add(Trade(
    "district_nurse",
    ("Leerling-verpleegkundige", "Wijkverpleegkundige", "Senior wijkverpleegkundige",
     "Casemanager dementie", "Teamleider wijkzorg"),
    ("Wijkverpleegkundige", "Verpleegkundige", "Verzorgende IG", "Helpende plus",
     "Registered Nurse", "Praktijkverpleegkundige", "Zorgcoördinator", "Nurse"),
    ("Thuiszorg {place}", "{brand} Zorg", "Zorggroep {place}", "Stichting Wijkzorg {place}"),
    served=("Mantelzorger", "Cliëntenraad lid"), served_orgs=("",),
    supplying=("Accountmanager zorghulpmiddelen", "Adviseur hulpmiddelen"),
    supplying_orgs=("{brand} Medical", "{brand} Care Supplies"),
    field_peers=("Huisarts", "Apotheker", "Praktijkondersteuner", "Specialist ouderengeneeskunde",
                 "Ergotherapeut", "Maatschappelijk werker"),
    field_orgs=("Huisartsenpraktijk {place}", "Apotheek {place}", "Ziekenhuis {place}", "{family} {activity}"),
    mix={"colleague": 6, "client": 0.3, "supplier": 0.3, "field": 2.5},
    size=160, work_share=0.55, vocational=0.6,
))  # fmt: skip

# Physiotherapists often end up with a practice of their own; referrers and sports clubs
# are their network, patients seldom.
_add(Trade(
    "physio",
    ("Fysiotherapeut", "Sportfysiotherapeut", "Manueel therapeut", "Praktijkhouder"),
    ("Fysiotherapeut", "Physiotherapist", "Oefentherapeut", "Sportfysiotherapeut",
     "Praktijkmanager"),
    ("Fysiotherapie {place}", "{family} Fysio", "{brand} Beweegcentrum", "Paramedisch Centrum {place}"),
    served=("Trainer", "Voorzitter", "Hoofdtrainer", "Teammanager"),
    served_orgs=("Voetbalvereniging {place}", "Hockeyclub {place}", "Atletiekvereniging {brand}"),
    supplying=("Accountmanager", "Vertegenwoordiger medische hulpmiddelen"),
    supplying_orgs=("{brand} Medical", "{brand} Fitness Equipment"),
    field_peers=("Huisarts", "Orthopeed", "Sportarts", "Podotherapeut", "Ergotherapeut"),
    field_orgs=("Ziekenhuis {place}", "Huisartsenpraktijk {place}", "Sportmedisch Centrum {place}"),
    mix={"colleague": 3, "client": 1.5, "supplier": 0.5, "field": 3},
    size=220, work_share=0.55, freelance=0.35, vocational=0.6,
))  # fmt: skip

# Primary-school teachers: a school team, the parents (served), and teachers of other
# schools in the same foundation; LinkedIn use is light.
_add(Trade(
    "primary_teacher",
    ("Leerkracht groep 5", "Groepsleerkracht", "Intern begeleider", "Bouwcoördinator",
     "Adjunct-directeur", "Schooldirecteur"),
    ("Leerkracht", "Groepsleerkracht", "Juf", "Meester", "Onderwijsassistent",
     "Intern begeleider", "Vakleerkracht gym", "Primary School Teacher"),
    ("Basisschool De {brand}", "OBS {place}", "Stichting Primair Onderwijs {place}",
     "Kindcentrum {brand}"),
    served=("Ouder", "Voorzitter oudervereniging", "MR-lid"), served_orgs=("",),
    supplying=("Educatief adviseur", "Accountmanager onderwijs"),
    supplying_orgs=("{brand} Educatief", "{brand} Leermiddelen"),
    field_peers=("Leerkracht", "Schoolbegeleider", "Jeugdverpleegkundige", "Logopedist",
                 "Orthopedagoog"),
    field_orgs=("Basisschool {place}", "Onderwijsadvies {place}", "GGD {place}"),
    mix={"colleague": 5, "client": 1.5, "supplier": 0.3, "field": 2},
    size=140, work_share=0.45, vocational=0.7,
))  # fmt: skip

# Lecturers at vocational colleges work with companies that take interns: those
# internship supervisors are their clients.
_add(Trade(
    "vocational_lecturer",
    ("Instructeur", "Docent techniek", "Docent MBO", "Senior docent", "Teamleider opleiding"),
    ("Docent", "Docent Nederlands", "Lecturer", "Instructeur", "Studieloopbaanbegeleider",
     "Onderwijskundige", "Praktijkopleider", "Examencoördinator"),
    ("{place} College", "ROC {place}", "{brand} Vakschool", "Technova College {place}"),
    served=("Praktijkbegeleider", "Stagebegeleider", "Bedrijfsleider", "Opleidingscoördinator"),
    served_orgs=("{family} Installatietechniek", "{brand} Techniek", "Autobedrijf {family}"),
    supplying=("Accountmanager", "Trainer"), supplying_orgs=("{brand} Opleidingen",),
    field_peers=("Docent", "Beleidsmedewerker onderwijs", "Adviseur SBB"),
    field_orgs=("ROC {place}", "SBB", "Hogeschool {place}"),
    mix={"colleague": 5, "client": 2.5, "supplier": 0.5, "field": 1.5},
    size=260, work_share=0.55, vocational=0.4,
))  # fmt: skip

# Installers (plumbing, heating, electrical): a small firm, main contractors and
# housing corporations as clients, wholesalers as suppliers; many own a business.
_add(Trade(
    "installer",
    ("Leerling monteur", "Monteur", "Allround installateur", "Servicemonteur",
     "Projectleider installatietechniek", "Eigenaar"),
    ("Monteur", "Installateur", "Elektromonteur", "Servicetechnicus", "Werkvoorbereider",
     "Calculator", "Electrician", "Loodgieter"),
    ("{family} Installatietechniek", "{brand} Installaties", "Installatiebedrijf {family}",
     "{brand} Klimaattechniek"),
    served=("Projectleider", "Uitvoerder", "Opzichter", "Vastgoedbeheerder",
            "Woonconsulent", "Bedrijfsleider"),
    served_orgs=("Bouwbedrijf {family}", "{brand} Bouw", "Woningcorporatie {place}",
                 "Wonen {place}"),
    supplying=("Accountmanager", "Verkoper binnendienst", "Vertegenwoordiger", "Productspecialist"),
    supplying_orgs=("Technische Unie", "{brand} Groothandel", "{brand} Warmtepompen"),
    field_peers=("Installateur", "Monteur", "Adviseur installatietechniek"),
    field_orgs=("{family} Techniek", "Techniek Nederland", "{brand} Energie"),
    mix={"colleague": 3, "client": 3, "supplier": 2, "field": 1},
    size=130, work_share=0.55, freelance=0.3, vocational=0.6, hands_client_list=True,
))  # fmt: skip

# Municipal policy officers: colleagues in the town hall, and counterparts at other
# governments, housing and welfare organisations (their "field"); nobody sells them much.
_add(Trade(
    "policy_officer",
    ("Trainee", "Beleidsmedewerker", "Beleidsadviseur", "Senior beleidsadviseur",
     "Programmamanager", "Strategisch adviseur"),
    ("Beleidsmedewerker", "Beleidsadviseur", "Policy Advisor", "Projectleider",
     "Juridisch adviseur", "Gebiedsregisseur", "Wethouder", "Raadsgriffier",
     "Medewerker Publiekszaken"),
    ("Gemeente {place}", "Provincie {region}", "Ministerie van {ministry}", "Stad {place}"),
    served=("Bewonersvertegenwoordiger", "Voorzitter wijkraad", "Ondernemer"),
    served_orgs=("Wijkraad {place}", "Ondernemersvereniging {place}", ""),
    supplying=("Adviseur", "Senior Consultant", "Onderzoeker", "Projectmanager"),
    supplying_orgs=("{brand} Advies", "Bureau {brand}", "{brand} Research"),
    field_peers=("Beleidsadviseur", "Projectleider", "Adviseur", "Regisseur"),
    field_orgs=("Gemeente {place}", "Woningcorporatie {place}", "GGD {place}",
                "Veiligheidsregio {place}", "VNG"),
    mix={"colleague": 5, "client": 0.7, "supplier": 1.2, "field": 3.5},
    size=320, work_share=0.65,
))  # fmt: skip

# Retail store managers: many short-lived colleagues (students, part-timers), district
# managers and a few suppliers' reps; shoppers do not connect.
_add(Trade(
    "store_manager",
    ("Verkoopmedewerker", "Eerste verkoper", "Assistent-bedrijfsleider", "Filiaalmanager",
     "Store Manager", "Rayonmanager"),
    ("Verkoopmedewerker", "Sales Associate", "Caissière", "Vakkenvuller", "Teamleider winkel",
     "Store Manager", "Filiaalmanager", "Visual Merchandiser"),
    ("{brand} Fashion", "{brand} Home & Living", "{brand} Sport", "Bouwmarkt {brand}",
     "{brand} Wonen"),
    served=("Franchisenemer", "Winkelcentrummanager"), served_orgs=("Winkelcentrum {place}",),
    supplying=("Accountmanager retail", "Vertegenwoordiger", "Key Account Manager",
               "Merchandiser"),
    supplying_orgs=("{brand} Brands", "{brand} Distributie", "{brand} Foods"),
    field_peers=("Store Manager", "Filiaalmanager", "Area Manager"),
    field_orgs=("{brand} Fashion", "{brand} Retail", "Detailhandel Nederland"),
    mix={"colleague": 7, "client": 0.3, "supplier": 1.5, "field": 1},
    size=200, work_share=0.5, vocational=0.2,
))  # fmt: skip

# Logistics planners: a depot team, carriers (suppliers) and shippers (clients).
_add(Trade(
    "logistics_planner",
    ("Logistiek medewerker", "Planner", "Transportplanner", "Senior planner",
     "Teamleider planning", "Logistics Manager"),
    ("Planner", "Transportplanner", "Chauffeur", "Warehouse Operator", "Teamleider expeditie",
     "Customer Service Logistics", "Dispatcher", "Heftruckchauffeur"),
    ("{brand} Logistics", "Transportbedrijf {family}", "{brand} Distributie",
     "{brand} Supply Chain"),
    served=("Supply Chain Manager", "Inkoper", "Logistiek coördinator", "Customer Service Manager"),
    served_orgs=("{brand} Foods", "{brand} Chemicals", "{brand} Retail"),
    supplying=("Charterdispatcher", "Eigenaar", "Accountmanager", "Sales Manager"),
    supplying_orgs=("Transport {family}", "{brand} Carriers", "{brand} Trucks"),
    field_peers=("Planner", "Logistiek adviseur", "Douane-expediteur"),
    field_orgs=("{brand} Logistics", "Evofenedex", "Port of {place}"),
    mix={"colleague": 4, "client": 2.5, "supplier": 2.5, "field": 1},
    size=280, work_share=0.6, vocational=0.3, hands_client_list=True,
))  # fmt: skip

# Data and cloud engineers: teams, the client's people when seconded, tool vendors; the
# IT recruiter is everywhere in their network (a private source here).
_add(Trade(
    "data_engineer",
    ("Junior Developer", "Data Engineer", "Cloud Engineer", "Senior Data Engineer",
     "Tech Lead", "Engineering Manager"),
    ("Software Engineer", "Data Engineer", "Backend Developer", "DevOps Engineer",
     "Data Scientist", "Product Owner", "Scrum Master", "Ontwikkelaar", "QA Engineer",
     "Solution Architect"),
    ("{brand} Data", "{brand} Technologies", "{brand} Digital", "{brand} Cloud Solutions",
     "{brand} IT"),
    served=("Product Owner", "IT Manager", "Data Analist", "Business Analyst", "CIO",
            "Informatiemanager"),
    served_orgs=("{brand} Verzekeringen", "Gemeente {place}", "{brand} Bank", "{brand} Energie"),
    supplying=("Account Executive", "Partner Manager", "Customer Success Manager",
               "Solutions Engineer"),
    supplying_orgs=("{brand} Software", "{brand} SaaS", "{brand} Cloud"),
    field_peers=("Developer", "Data Engineer", "Meetup organiser", "Software Architect"),
    field_orgs=("{brand} Tech", "{brand} Labs", "{family} {activity}"),
    mix={"colleague": 5, "client": 2, "supplier": 0.8, "field": 2.5},
    size=420, work_share=0.65, freelance=0.15, vocational=0.5,
))  # fmt: skip

# Service desk and system administrators: an internal IT team serving the employer's
# own staff (colleagues, not clients), plus a few vendors.
_add(Trade(
    "sysadmin",
    ("Servicedeskmedewerker", "Systeembeheerder", "Netwerkbeheerder", "Senior systeembeheerder",
     "Teamleider IT"),
    ("Systeembeheerder", "Servicedesk Analyst", "Netwerkbeheerder", "Werkplekbeheerder",
     "IT Specialist", "Applicatiebeheerder", "System Administrator"),
    ("{brand} ICT", "{brand} Automatisering", "Ziekenhuis {place}", "Gemeente {place}",
     "{brand} Managed Services"),
    served=("ICT-coördinator", "Office Manager", "Directeur"),
    served_orgs=("{brand} Accountants", "Tandartspraktijk {place}", "{family} Advocaten"),
    supplying=("Accountmanager", "Pre-sales Consultant", "Partner Manager"),
    supplying_orgs=("{brand} Networks", "{brand} Distributie", "{brand} Hosting"),
    field_peers=("Systeembeheerder", "IT Manager"),
    field_orgs=("{brand} ICT", "{family} {activity}"),
    mix={"colleague": 5, "client": 1.5, "supplier": 1.5, "field": 1},
    size=230, work_share=0.6, vocational=0.4,
))  # fmt: skip

# Financial controllers: a finance team, auditors and banks (suppliers), business
# managers inside; clients only at an accountancy firm.
_add(Trade(
    "controller",
    ("Financieel administratief medewerker", "Assistant Controller", "Business Controller",
     "Financial Controller", "Hoofd Financiën", "CFO"),
    ("Controller", "Financial Analyst", "Crediteurenadministrateur", "Accountant",
     "Boekhouder", "Finance Manager", "Business Controller", "Administrateur"),
    ("{brand} Industries", "{brand} Holding", "{brand} Group", "Stichting {brand} Wonen",
     "{brand} Foods"),
    served=("Directeur", "Operations Manager", "Eigenaar"),
    served_orgs=("{brand} Services", ""),
    supplying=("Auditor", "Accountmanager zakelijk", "Relatiemanager", "Belastingadviseur",
               "Audit Manager"),
    supplying_orgs=("{brand} Accountants", "{brand} Audit", "Rabobank", "ING", "KBC"),
    field_peers=("Controller", "Finance Manager", "CFO"),
    field_orgs=("{brand} Group", "{brand} Industries", "{family} {activity}"),
    mix={"colleague": 5, "client": 0.8, "supplier": 2, "field": 1.5},
    size=300, work_share=0.6, vocational=0.4,
))  # fmt: skip

# Mortgage advisers serve households (they do connect with their adviser), and deal with
# banks, estate agents and notaries who send them clients.
_add(Trade(
    "mortgage_adviser",
    ("Binnendienst medewerker", "Hypotheekadviseur", "Financieel adviseur",
     "Senior hypotheekadviseur", "Eigenaar adviespraktijk"),
    ("Hypotheekadviseur", "Financieel planner", "Backoffice medewerker", "Adviseur",
     "Mortgage Advisor", "Accountmanager particulieren"),
    ("{brand} Hypotheken", "De Hypotheekspecialist {place}", "{family} Financieel Advies",
     "{brand} Financiële Diensten"),
    served=("Verpleegkundige", "Docent", "Monteur", "Consultant", "Zelfstandige", "Manager",
            "Leraar", "Ondernemer", "Software Engineer"),
    served_orgs=("Gemeente {place}", "Ziekenhuis {place}", "{brand} Bouw", "{brand} IT", ""),
    supplying=("Accountmanager intermediair", "Relatiebeheerder", "Acceptant"),
    supplying_orgs=("{brand} Bank", "{brand} Verzekeringen", "{brand} Hypotheekbank"),
    field_peers=("Makelaar", "Notaris", "Taxateur", "Kandidaat-notaris"),
    field_orgs=("{family} Makelaardij", "Notariskantoor {family}", "{brand} Taxaties"),
    mix={"colleague": 2, "client": 4, "supplier": 2, "field": 2.5},
    size=380, work_share=0.65, freelance=0.25, hands_client_list=True,
))  # fmt: skip

# Graphic designers: usually freelance sooner or later, clients are marketing people,
# suppliers are printers, peers are other creatives.
_add(Trade(
    "designer",
    ("Junior ontwerper", "Grafisch ontwerper", "Visual Designer", "Art Director",
     "Creative Director"),
    ("Designer", "Grafisch vormgever", "Copywriter", "Art Director", "Motion Designer",
     "UX Designer", "Illustrator", "Traffic Manager"),
    ("Studio {brand}", "{brand} Creative", "Reclamebureau {brand}", "{brand} Branding"),
    served=("Marketing Manager", "Communicatieadviseur", "Brand Manager", "Eigenaar",
            "Marketeer", "Marketing Coördinator"),
    served_orgs=("{brand} Foods", "Gemeente {place}", "{brand} Fashion", "{family} Wijnen",
                 "{brand} Festival"),
    supplying=("Accountmanager drukwerk", "Drukker", "Fotograaf", "Printspecialist"),
    supplying_orgs=("Drukkerij {family}", "{brand} Print", ""),
    field_peers=("Designer", "Illustrator", "Fotograaf", "Creative"),
    field_orgs=("{family} {activity}", "Studio {brand}", "Freelance"),
    mix={"colleague": 2.5, "client": 3.5, "supplier": 1, "field": 3},
    size=350, work_share=0.6, freelance=0.5, vocational=0.6, hands_client_list=True,
))  # fmt: skip

# Chefs and restaurant managers: brigades that change every season, suppliers of food
# and drink; guests rarely.
_add(Trade(
    "chef",
    ("Afwasser", "Commis de cuisine", "Zelfstandig werkend kok", "Sous-chef", "Chef-kok",
     "Restaurantmanager"),
    ("Kok", "Chef de partie", "Sous Chef", "Gastheer", "Bediening", "Bartender",
     "Floor Manager", "Sommelier", "Cook"),
    ("Restaurant {brand}", "Brasserie {place}", "Hotel {brand} {place}", "Grand Café {brand}",
     "{brand} Catering"),
    served=("Eventmanager", "Office Manager", "Wedding Planner"),
    served_orgs=("{brand} Events", "{brand} Congrescentrum", ""),
    supplying=("Accountmanager horeca", "Vertegenwoordiger", "Wijnhandelaar", "Visgroothandel"),
    supplying_orgs=("{brand} Foodservice", "Wijnhandel {family}", "Slagerij {family}",
                    "{brand} Dranken"),
    field_peers=("Chef-kok", "Eigenaar", "Restauranthouder"),
    field_orgs=("Restaurant {brand}", "KHN", "{family} {activity}"),
    mix={"colleague": 5, "client": 0.5, "supplier": 2, "field": 2},
    size=240, work_share=0.5, freelance=0.15, vocational=0.7,
))  # fmt: skip

# Sales engineers in industry: the clearest B2B network, buyers and engineers at clients.
_add(Trade(
    "sales_engineer",
    ("Binnendienst verkoop", "Technisch commercieel medewerker", "Sales Engineer",
     "Key Account Manager", "Sales Manager Benelux"),
    ("Sales Engineer", "Accountmanager", "Inside Sales", "Application Engineer",
     "Service Engineer", "Productmanager", "Verkoop binnendienst", "Area Sales Manager"),
    ("{brand} Industrial", "{brand} Pompen", "{brand} Automation", "{brand} Machinery",
     "{brand} Hydraulics"),
    served=("Inkoper", "Purchaser", "Maintenance Engineer", "Technisch manager",
            "Procesingenieur", "Plant Manager", "Category Buyer", "Onderhoudsmonteur"),
    served_orgs=("{brand} Chemicals", "{brand} Foods", "{brand} Papier", "{brand} Staal",
                 "Waterbedrijf {place}"),
    supplying=("Export Manager", "Regional Sales Director", "Distributor Manager"),
    supplying_orgs=("{brand} GmbH", "{brand} Srl", "{brand} AB"),
    field_peers=("Sales Engineer", "Accountmanager", "Beursorganisator"),
    field_orgs=("{brand} Industrial", "FME", "{family} {activity}"),
    mix={"colleague": 3, "client": 5, "supplier": 1.5, "field": 1.5},
    size=480, work_share=0.72, vocational=0.3, hands_client_list=True,
))  # fmt: skip

# Agency recruiters: candidates in the market they fill and the hiring managers who buy.
_add(Trade(
    "agency_recruiter",
    ("Junior Intercedent", "Intercedent", "Recruiter", "Senior Recruitment Consultant",
     "Vestigingsmanager"),
    ("Recruiter", "Intercedent", "Recruitment Consultant", "Accountmanager", "Sourcer",
     "Branch Manager", "Backoffice medewerker"),
    ("{brand} Personeelsdiensten", "{brand} Uitzendbureau", "{brand} Recruitment",
     "{brand} Staffing"),
    served=("HR Manager", "Hiring Manager", "Bedrijfsleider", "Productieleider",
            "HR-adviseur", "Operationeel manager", "Talent Acquisition Lead"),
    served_orgs=("{brand} Logistics", "{brand} Foods", "{brand} Techniek", "Zorggroep {place}"),
    supplying=("Accountmanager", "Salesmanager jobboards"),
    supplying_orgs=("{brand} Jobs", "Indeed", "{brand} Vacaturebank"),
    field_peers=("Recruiter", "Arbeidsmarktadviseur"),
    field_orgs=("{brand} Recruitment", "ABU", "UWV"),
    mix={"colleague": 2.5, "client": 3, "supplier": 0.5, "field": 1, "candidate": 8},
    size=1100, work_share=0.78, vocational=0.1, hands_client_list=True,
))  # fmt: skip

# Interim project leaders: self-employed after a salaried start; assignments at
# organisations, brokers who place them (suppliers), fellow interim managers.
_add(Trade(
    "interim_manager",
    ("Projectmedewerker", "Projectleider", "Programmamanager", "Interim manager",
     "Interim programmamanager"),
    ("Projectleider", "Programmamanager", "Manager Bedrijfsvoering", "Directeur",
     "Projectsecretaris", "Kwartiermaker", "Teammanager"),
    ("{family} Interim", "{family} Projectmanagement", "{brand} Consultancy",
     "Gemeente {place}", "{brand} Zorggroep"),
    served=("Directeur", "Bestuurder", "Opdrachtgever", "Afdelingsmanager", "CEO"),
    served_orgs=("Gemeente {place}", "Woningcorporatie {place}", "{brand} Zorggroep",
                 "Provincie {region}"),
    supplying=("Accountmanager interim", "Consultant interim management", "Intermediair"),
    supplying_orgs=("{brand} Interim", "{brand} Professionals", "{brand} Flex"),
    field_peers=("Interim manager", "Zelfstandig adviseur", "Projectleider"),
    field_orgs=("{family} {activity}", "{family} Advies"),
    mix={"colleague": 3, "client": 3.5, "supplier": 2, "field": 2.5},
    size=520, work_share=0.7, freelance=0.7, vocational=0.1, hands_client_list=True,
))  # fmt: skip

# Lab analysts and researchers: lab teams, instrument vendors, university collaborators.
_add(Trade(
    "lab_analyst",
    ("Laboratoriumassistent", "Analist", "Research Technician", "Senior analist",
     "Labmanager"),
    ("Analist", "Research Associate", "Scientist", "Laboratory Technician", "QC Analyst",
     "Postdoc", "Onderzoeker", "QA Officer"),
    ("{brand} Pharma", "{brand} Biosciences", "Universiteit {place}", "{brand} Diagnostics",
     "{brand} Laboratories"),
    served=("QA Manager", "Productmanager", "Projectleider R&D"),
    served_orgs=("{brand} Foods", "{brand} Pharma", ""),
    supplying=("Application Specialist", "Field Service Engineer", "Account Manager Life Sciences"),
    supplying_orgs=("{brand} Instruments", "{brand} Scientific", "{brand} Lab Supplies"),
    field_peers=("PhD Candidate", "Onderzoeker", "Assistant Professor", "Scientist"),
    field_orgs=("Universiteit {place}", "{brand} Institute", "KU Leuven"),
    mix={"colleague": 5, "client": 0.8, "supplier": 1.5, "field": 2.5},
    size=260, work_share=0.6, vocational=0.5,
))  # fmt: skip

# HR business partners: the managers they advise are colleagues (internal), arbo and
# payroll vendors are suppliers, recruiters are partly suppliers (work) here.
_add(Trade(
    "hr_partner",
    ("HR-assistent", "HR-adviseur", "HR Business Partner", "Senior HR-adviseur",
     "HR Manager"),
    ("HR-adviseur", "Recruiter", "Salarisadministrateur", "Teamleider", "Manager Operations",
     "Directeur", "HR Officer", "Learning & Development Adviseur"),
    ("{brand} Groep", "Zorggroep {place}", "{brand} Retail", "Gemeente {place}",
     "{brand} Technology"),
    served=("Ondernemingsraad lid", "OR-voorzitter"), served_orgs=("",),
    supplying=("Recruiter", "Bedrijfsarts", "Arbeidsdeskundige", "Accountmanager payroll",
               "Trainer", "Loopbaancoach"),
    supplying_orgs=("{brand} Arbodienst", "{brand} Payroll", "{brand} Recruitment",
                    "{brand} Opleidingen"),
    field_peers=("HR Manager", "HR Business Partner", "Arbeidsjurist"),
    field_orgs=("{brand} Groep", "NVP", "{family} {activity}"),
    mix={"colleague": 5, "client": 0.3, "supplier": 3, "field": 2},
    size=450, work_share=0.68, vocational=0.2,
))  # fmt: skip

TRADE_NAMES = tuple(TRADES)

MINISTRIES = ("Financiën", "Binnenlandse Zaken", "Volksgezondheid", "Infrastructuur en Waterstaat")
REGIONS = ("Gelderland", "Overijssel", "Friesland", "Zeeland", "Limburg", "Drenthe",
           "Oost-Vlaanderen", "Antwerpen")  # fmt: skip
