"""Lines of work of the third generator: who the owner is and whom work brings them.

Each track has the owner's titles (English, as in multinationals, and Dutch), colleagues'
titles, the titles of the people the work is with (clients, suppliers, candidates, event
contacts), sector words for its companies, and how its network grows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    """One line of work."""

    own: tuple[str, ...]  # the owner's titles, English and Dutch mixed
    peers: tuple[str, ...]  # colleagues' titles
    counterparts: tuple[str, ...]  # clients' (or candidates') titles
    suppliers: tuple[str, ...]
    sector: tuple[str, ...]  # words after a company stem
    outward: float  # share of work contacts outside the employer (clients, events, candidates)
    category: str  # what an outside work contact is: client, candidate, other work
    size: float  # network size multiplier (sales and recruiters collect thousands)


_CORP = ("Project Manager", "Projectleider", "HR Business Partner", "Office Manager",
         "Financieel medewerker", "IT Support", "Team Lead", "Country Manager",
         "Marketing Coordinator", "Directeur", "Administratief bediende")  # fmt: skip

TRACKS: dict[str, Track] = {
    # Sales in a multinational: English titles, buyers as counterparts, large network.
    "key_account_sales": Track(
        (
            "Key Account Manager",
            "Accountmanager",
            "Sales Executive",
            "Business Developer",
            "Area Sales Manager",
            "Commercieel medewerker buitendienst",
        ),
        ("Inside Sales", "Sales Manager", "Customer Service Agent", "Binnendienst", *_CORP),
        (
            "Buyer",
            "Inkoper",
            "Category Manager",
            "Procurement Lead",
            "Aankoopverantwoordelijke",
            "Purchasing Director",
            "Store Manager",
        ),
        ("Logistics Partner Manager", "Distributeur", "Agent"),
        ("Foods", "Retail", "Trading", "Distribution", "Consumer Goods"),
        0.6,
        "client",
        2.5,
    ),
    # In-house and agency recruiters: candidates and hiring managers, thousands of contacts.
    "talent_acquisition": Track(
        (
            "Talent Acquisition Specialist",
            "Recruiter",
            "Senior Recruiter",
            "Rekruteerder",
            "Talent Sourcer",
            "Selectieverantwoordelijke",
        ),
        ("Recruitment Consultant", "Interim Consultant", "HR Officer", *_CORP),
        (
            "Software Engineer",
            "Verpleegkundige",
            "Boekhouder",
            "Technicus",
            "Data Analyst",
            "Operator",
            "Electrician",
            "Mechanical Engineer",
            "Werfleider",
            "Magazijnier",
        ),
        ("Job Board Account Manager", "Employer Branding Consultant"),
        ("Interim", "Talent", "Staffing", "Jobs", "HR Services"),
        0.75,
        "candidate",
        3.0,
    ),
    # Founders: investors, accelerators, early clients; few colleagues.
    "founder": Track(
        ("Founder", "Co-founder & CEO", "Oprichter", "Zaakvoerder", "Managing Partner"),
        ("Product Owner", "Full-stack Developer", "Growth Marketer", "Office Manager"),
        (
            "Investment Manager",
            "Partner at Venture Fund",
            "Business Angel",
            "CTO",
            "Head of Innovation",
            "Program Manager Accelerator",
        ),
        ("Accountant", "Advocaat", "Cloud Partner Manager"),
        ("Labs", "Ventures", "Technologies", "AI", "Robotics"),
        0.7,
        "other work",
        1.5,
    ),
    # Event organisers: sponsors, venues, speakers; a burst per event.
    "events": Track(
        ("Event Manager", "Evenementencoördinator", "Conference Producer", "Event Planner"),
        ("Production Assistant", "Stagemanager", "Sponsorship Manager", *_CORP),
        (
            "Marketing Manager",
            "Communicatieverantwoordelijke",
            "Keynote Speaker",
            "Brand Manager",
            "Head of Partnerships",
        ),
        ("Venue Manager", "Cateraar", "AV Technician", "Zaalverhuur"),
        ("Events", "Congress", "Expo", "Live", "Productions"),
        0.7,
        "client",
        2.0,
    ),
    # IT freelancers: several clients at once, listed as simultaneous positions.
    "it_freelance": Track(
        (
            "Freelance Solution Architect",
            "Zelfstandig IT-consultant",
            "Cloud Engineer",
            "Freelance .NET Developer",
            "Data Engineer (freelance)",
        ),
        ("Developer", "Scrum Master", "Analist-programmeur", "DevOps Engineer", *_CORP),
        ("IT Manager", "CIO", "Head of IT", "Teamleider ICT", "Enterprise Architect"),
        ("Account Manager IT Services", "Consultancy Broker"),
        ("IT", "Digital", "Software", "Data", "Cloud"),
        0.5,
        "client",
        1.0,
    ),
    # Supply chain in the port: planners, forwarders, carriers.
    "supply_chain": Track(
        (
            "Supply Chain Planner",
            "Logistiek coördinator",
            "Transport Manager",
            "Expediteur",
            "Operations Manager",
        ),
        ("Warehouse Supervisor", "Magazijnverantwoordelijke", "Dispatcher", *_CORP),
        ("Customer Service Manager", "Import Manager", "Logistics Buyer"),
        ("Carrier Sales", "Freight Forwarder", "Douane-expediteur", "Haulier"),
        ("Logistics", "Shipping", "Port Services", "Forwarding", "Terminals"),
        0.45,
        "supplier",
        1.0,
    ),
    # Life sciences: lab colleagues, CROs and hospitals; moderate networks.
    "life_sciences": Track(
        (
            "Clinical Research Associate",
            "Scientist",
            "Labo-analist",
            "QA Specialist",
            "Regulatory Affairs Manager",
        ),
        ("Lab Technician", "Research Associate", "Validation Engineer", *_CORP),
        ("Principal Investigator", "Study Nurse", "Hospital Pharmacist", "Ziekenhuisapotheker"),
        ("CRO Project Manager", "Lab Equipment Specialist"),
        ("Pharma", "Biotech", "Therapeutics", "Biologics", "Diagnostics"),
        0.35,
        "client",
        0.8,
    ),
    # Academics: a network of students and alumni, few outside work contacts.
    "academia": Track(
        (
            "PhD Researcher",
            "Postdoctoral Researcher",
            "Doctoraatsonderzoeker",
            "Assistant Professor",
            "Docent",
        ),
        ("Professor", "Hoogleraar", "Research Fellow", "Lab Manager"),
        ("R&D Engineer", "Innovation Manager", "Policy Officer"),
        ("Scientific Instrument Sales",),
        ("University", "Research Institute", "Hogeschool"),
        0.2,
        "other work",
        0.7,
    ),
}
TRACK_NAMES: tuple[str, ...] = tuple(TRACKS)

# Titles of people unrelated to any of these tracks (private circles).
OTHER_TITLES = (
    "Leerkracht", "Teacher", "Nurse", "Verpleegkundige", "Student", "Student at KU Leuven",
    "Gepensioneerd", "Retired", "Kinesitherapeut", "Physiotherapist", "Huisarts", "Kapper",
    "Bakker", "Police Officer", "Architect", "Chef", "Zelfstandige", "Consultant",
    "Project Manager", "Engineer", "Masterstudent", "Jobstudent", "Looking for opportunities",
)  # fmt: skip
OTHER_SECTORS = ("Bakery", "Garage", "Hospital", "Scholengroep", "Gemeente", "Bank",
                 "Insurance", "Telecom", "Energy", "Construction")  # fmt: skip
