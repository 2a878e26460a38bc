"""Job-title vocabularies by role, written for the independent evaluation generator, and the
ways members dress a title up (taglines, "@", "Helping X do Y", other languages).
"""

from __future__ import annotations

import random


def _split(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.split("|") if s.strip())


ROLES: dict[str, tuple[str, ...]] = {
    "doctor": _split(
        "Internist|AIOS Interne Geneeskunde|ANIOS Chirurgie|Cardioloog|Anesthesioloog|"
        "Longarts|Medical Specialist|Consultant Cardiologist|Specialty Registrar|Registrar in "
        "Emergency Medicine|SHO|Foundation Doctor|Oberarzt|Assistenzarzt|Facharzt für Innere "
        "Medizin|Chefarzt Kardiologie|Médecin spécialiste|Arts-assistent pediatrie|Kinderarts|"
        "Neuroloog|Radioloog|Huisarts|GP Partner|MD, PhD|Orthopedisch chirurg|SEH-arts KNMG|"
        "Physician|Resident Physician|Intensivist"
    ),
    "nurse": _split(
        "Verpleegkundige|IC-verpleegkundige|Verpleegkundig specialist|Senior Staff Nurse|"
        "Ward Manager|Gesundheits- und Krankenpflegerin|Infirmière|Teamleider verpleging|"
        "Physician Assistant|OK-assistent|Anesthesiemedewerker|Doktersassistente|"
        "Nurse Practitioner|Specialistisch verpleegkundige SEH"
    ),
    "hospital_staff": _split(
        "Zorgmanager|Manager Bedrijfsvoering|Medisch secretaresse|Coördinator kwaliteit & "
        "veiligheid|Ziekenhuisapotheker|Klinisch fysicus|Fysiotherapeut|Diëtist|"
        "Head of Clinical Operations|Medical Director|Raad van Bestuur|Beleidsmedewerker zorg"
    ),
    "pharma_rep": _split(
        "Medical Science Liaison|Key Account Manager Hospital|Medisch Vertegenwoordiger|"
        "Area Sales Manager Oncology|Product Specialist Cardiology|Pharmareferent|"
        "Market Access Manager|Clinical Specialist|Territory Manager|Account Manager Apotheken|"
        "Accountmanager Farmacie|Sales Representative"
    ),
    "civil_servant": _split(
        "Beleidsmedewerker|Senior beleidsadviseur|Beleidsadviseur wonen|Projectleider|"
        "Programmamanager|Afdelingshoofd|Teammanager Vergunningen|Juridisch adviseur|"
        "Strategisch adviseur|Coördinerend beleidsmedewerker|Adviseur Ruimtelijke Ordening|"
        "Wethouder|Raadsgriffier|Gemeentesecretaris|Senior Policy Officer|Policy Advisor|"
        "Directeur|Informatieadviseur|Referent|Sachbearbeiterin|Attaché|Adviseur-generaal|"
        "Bestuursadviseur|Medewerker Burgerzaken|Inspecteur"
    ),
    "police": _split(
        "Hoofdagent|Brigadier|Inspecteur van Politie|Wijkagent|Rechercheur|Teamchef|"
        "Operationeel Expert|Digitaal rechercheur|Politieagent|Inspecteur-hoofdcommissaris|"
        "Polizeikommissar|Polizeihauptmeister|Police Constable|Detective Sergeant|"
        "Inspecteur de police|Hoofdinspecteur|Officier van Justitie|Parketsecretaris|"
        "Boa|Handhaver|Reclasseringswerker|Coördinator Veiligheid"
    ),
    "sales_engineer": _split(
        "Sales Engineer|Technical Sales Engineer|Key Account Manager|Vertriebsingenieur|"
        "Technischer Vertrieb Außendienst|Application Engineer|Area Sales Manager DACH|"
        "Business Development Manager|Technisch Commercieel Adviseur|Product Manager|"
        "Field Application Engineer|Sales Manager Benelux|Inside Sales Engineer|"
        "Regional Sales Manager|Vertriebsleiter"
    ),
    "engineer": _split(
        "Maintenance Engineer|Process Engineer|Automation Engineer|Projektingenieur|"
        "Werktuigbouwkundig ingenieur|Mechanical Design Engineer|Technical Director|"
        "Head of Engineering|Constructeur|Elektrotechnisch engineer|Service Engineer|"
        "Produktionsleiter|Plant Manager|Engineering Manager|PLC Programmeur|R&D Engineer|"
        "Technisch Manager|Manufacturing Engineer|Werkmeister"
    ),
    "purchasing": _split(
        "Buyer|Senior Buyer|Inkoper|Strategisch inkoper|Einkäufer|Strategischer Einkauf|"
        "Purchasing Manager|Category Manager Indirect|Procurement Lead|Inkoopmanager|"
        "Supply Chain Manager|Leiter Einkauf|Acheteur|Sourcing Specialist|Tactisch inkoper"
    ),
    "founder": _split(
        "Founder|Co-founder & CEO|Founder & CTO|CEO|Managing Director|Co-Founder|"
        "Founder | Building the future of logistics|Eigenaar|Oprichter|Geschäftsführer|"
        "Gründer|Fondateur|Entrepreneur|Serial entrepreneur"
    ),
    "investor": _split(
        "Partner|Investment Manager|Principal|Venture Partner|Associate|Analyst|"
        "Managing Partner|Angel Investor|Investment Director|Business Angel|Program Manager|"
        "Startup Coach|Entrepreneur in Residence"
    ),
    "tech": _split(
        "Software Engineer|Senior Software Developer|Full Stack Developer|Frontend Developer|"
        "Backend Engineer|DevOps Engineer|Data Scientist|Data Engineer|Machine Learning "
        "Engineer|Tech Lead|Engineering Manager|CTO|Product Manager|Product Owner|UX Designer|"
        "UX/UI Designer|Scrum Master|QA Engineer|Softwareentwickler|IT-Consultant|"
        "Cloud Architect|Solution Architect|Site Reliability Engineer|Growth Hacker"
    ),
    "business": _split(
        "Account Manager|Accountmanager|Sales Manager|Marketing Manager|Head of Marketing|"
        "Marketing Coordinator|Communicatieadviseur|Brand Manager|Commercieel Directeur|"
        "Business Controller|Finance Manager|CFO|COO|Operations Manager|Office Manager|"
        "Customer Success Manager|Partnerships Lead|Head of Growth|Country Manager|"
        "Directeur|General Manager|Consultant|Senior Consultant|Manager|Adviseur|"
        "Projectmanager|Project Manager|Management Assistant|Customer Service Medewerker"
    ),
    "creative": _split(
        "Art Director|Creative Director|Bildredakteur|Photo Editor|Beeldredacteur|Redacteur|"
        "Journalist|Copywriter|Content Creator|Social Media Manager|Marketing Manager|"
        "Brand Manager|Event Manager|Wedding Planner|Communicatiemedewerker|Stylist|"
        "Make-up Artist|Graphic Designer|Grafisch ontwerper|Videographer|Producer|"
        "Hoofdredacteur|Chef de projet communication|PR Manager|Content Manager"
    ),
    "photographer": _split(
        "Photographer|Fotograaf|Fotografin|Photographe|Freelance photographer|Videograaf|"
        "Camera operator|Retoucher|Photo assistant|Lighting technician|Studio manager"
    ),
    "researcher": _split(
        "PhD Candidate|PhD Student|Doctoral Researcher|Wissenschaftlicher Mitarbeiter|"
        "Doktorand|Postdoctoral Researcher|Postdoc|Research Scientist|Assistant Professor|"
        "Associate Professor|Professor|Full Professor|Universitair docent|Lecturer|"
        "Group Leader|Lab Manager|Research Technician|Laborant|Research Engineer|"
        "Principal Investigator|Junior Professor|Senior Scientist|Chargé de recherche"
    ),
    "pharmacist": _split(
        "Apotheker|Openbaar apotheker|Beherend apotheker|Tweede apotheker|Apotheker-titularis|"
        "Pharmacist|Pharmacist Manager|Locum Pharmacist|Pharmacienne|Apothekerin|"
        "Apothekersassistent|Farmaceutisch-technisch assistent|Pharmacy Technician|"
        "Apotheekassistente|Filiaalapotheker|Dispensing Assistant"
    ),
    "planner": _split(
        "Logistiek planner|Transportplanner|Planner|Senior Planner|Disponent|Supply Chain "
        "Planner|Expediteur|Logistics Coordinator|Teamleider Planning|Warehouse Manager|"
        "Operations Manager|Vestigingsmanager|Customer Service Logistics|Traffic Manager|"
        "Fleet Manager|Logistiek medewerker|Logistics Manager|Distributieplanner|"
        "Douanedeclarant|Account Manager Logistics|Chauffeur|Vrachtwagenchauffeur|"
        "Berufskraftfahrer|Magazijnmedewerker|Teamleider Warehouse"
    ),
    "retail_staff": _split(
        "Store Manager|Assistant Store Manager|Deputy Manager|Supervisor|Team Leader|"
        "Customer Assistant|Sales Assistant|Shift Manager|Area Manager|Regional Manager|"
        "Visual Merchandiser|Department Manager|Filiaalmanager|Bedrijfsleider|Verkoopmedewerker|"
        "Cashier|Stock Controller|Retail Operations Manager|Duty Manager|Team Member"
    ),
    "retail_buyer": _split(
        "Buyer|Category Manager|Account Manager|National Account Manager|Key Account Manager|"
        "Field Sales Representative|Merchandiser|Territory Manager|Business Development "
        "Executive|Regional Account Manager|Customer Development Manager"
    ),
    "hr": _split(
        "HR Business Partner|HR Manager|HR Advisor|HR-adviseur|P&O adviseur|Personalreferentin|"
        "Head of People|People Partner|Talent Acquisition Lead|Recruiter|Corporate Recruiter|"
        "HR Generalist|Chief People Officer|Learning & Development Specialist"
    ),
    "recruiter": _split(
        "Recruitment Consultant|Senior Recruitment Consultant|Talent Acquisition Specialist|"
        "Executive Search Consultant|Headhunter|Recruiter|IT Recruiter|Recruiter Engineering|"
        "Corporate Recruiter|Principal Consultant|Associate Director|Intercedent|"
        "Personalberater|Talent Scout|Technical Recruiter|Executive Recruiter"
    ),
    "consultant": _split(
        "Consultant|Senior Consultant|Manager|Senior Manager|Partner|Director|Adviseur|"
        "Senior adviseur|Business Analyst|Managing Consultant|Associate Partner|Berater|"
        "Interim manager|Programmamanager|Projectleider"
    ),
    "private": _split(
        "Student|Student Bedrijfskunde|Master student|Studente Geneeskunde|Masterstudent|"
        "Gepensioneerd|Retired|Rentner|Pensionné|Docent|Leraar basisonderwijs|Juf groep 5|"
        "Teacher|Lehrerin|Leerkracht|Kapster|Hairdresser|Loodgieter|Elektricien|Timmerman|"
        "Kok|Chef|Barista|Bartender|Personal Trainer|Fysiotherapeut|Tandarts|Dierenarts|"
        "Makelaar|Huisvrouw|Mother of three|Stay at home dad|Looking for new opportunities|"
        "Open to work|Werkzoekend|Vrijwilliger|Zoekende|Actor|Musician|Muzikant|Artist|"
        "Boer|Landbouwer|Hovenier|Bakker|Schilder|Pilot|Flight Attendant|Stewardess|"
        "Verkoper|Monteur|Automonteur|Buschauffeur|Conducteur|Kinderopvang|Pedagogisch "
        "medewerker|Zorgmedewerker|Verzorgende IG|Nurse|Ergotherapeut|Logopedist|Coach|"
        "Yoga teacher|Yogadocent|Trainer|Voetbaltrainer|Owner|Eigenaar|Webshop eigenaar"
    ),
}

FIELDS = (
    "B2B SaaS",
    "healthcare",
    "logistics",
    "the energy transition",
    "public sector",
    "e-commerce",
    "industrial automation",
    "fintech",
    "HR tech",
    "retail",
    "sustainability",
)

HELPING = (
    "Helping {who} {what}",
    "I help {who} {what}",
    "Helping {who} {what} | Speaker | Dad",
    "Ik help {who_nl} {what_nl}",
    "On a mission to help {who} {what}",
)
WHO = ("SMEs", "founders", "scale-ups", "hospitals", "municipalities", "retailers", "engineers")
WHAT = (
    "grow with data",
    "hire faster",
    "cut their cloud costs",
    "go green",
    "sell more online",
    "work smarter",
    "tell their story",
)
WHO_NL = ("ondernemers", "zorgorganisaties", "gemeenten", "mkb-bedrijven", "teams")
WHAT_NL = ("groeien", "slimmer werken", "digitaal transformeren", "het verschil maken")


def pick(rng: random.Random, role: str) -> str:
    """One plain title of ``role``."""
    return rng.choice(ROLES[role])


def dress(rng: random.Random, title: str, company: str, role: str) -> str:
    """The Position cell as a member writes it: mostly the bare title, sometimes a tagline."""
    roll = rng.random()
    if roll < 0.62 or not title:
        return title
    if role == "private":  # people outside business rarely write taglines
        return title.upper() if roll < 0.66 else title
    if roll < 0.70 and company:
        return f"{title} @ {company}"
    if roll < 0.76:
        return f"{title} | {rng.choice(FIELDS).title()} | {rng.choice(('MBA', 'Runner', 'Speaker', 'Mentor', 'Proud dad', 'Lifelong learner'))}"
    if roll < 0.80 and role in ("business", "consultant", "founder", "tech", "sales_engineer"):
        tpl = rng.choice(HELPING)
        return tpl.format(
            who=rng.choice(WHO),
            what=rng.choice(WHAT),
            who_nl=rng.choice(WHO_NL),
            what_nl=rng.choice(WHAT_NL),
        )
    if roll < 0.84:
        return f"Senior {title}" if not title.startswith("Senior") else title
    if roll < 0.87:
        return f"{title} (Interim)"
    if roll < 0.90:
        return f"{title} - {rng.choice(FIELDS)}"
    if roll < 0.93:
        return title.upper()
    if roll < 0.96:
        return f"{title} a.i."
    return f"{title} 🚀" if rng.random() < 0.5 else f"{title} | #OpenToWork"
