"""Job titles in Dutch and English, grouped by field, and the noise real profiles carry.

A contact's title comes from a field (``TITLES[field]``) and then passes :func:`messy_titles`:
seniority words, casing, "|"-separated multi-titles, the occasional emoji.
"""

from __future__ import annotations

import numpy as np


def _lines(text: str) -> tuple[str, ...]:
    return tuple(" ".join(t.split()) for t in text.split(";") if t.strip())


TITLES: dict[str, tuple[str, ...]] = {
    "software": _lines("""
        Product Manager; Product Designer; BI Specialist; Business Intelligence Developer; Data Analyst; Salesforce Developer; Low-code Developer; Platform Engineer; Security Engineer;
        Software Developer; Software Engineer; Java Developer; .NET Developer; Python Developer;
        Front-end Developer; Back-end Developer; Full Stack Developer; DevOps Engineer;
        Cloud Engineer; Data Engineer; Data Scientist; Tester; Test Engineer; QA Engineer;
        Scrum Master; Product Owner; Solution Architect; Software Architect; Tech Lead;
        Mobile Developer; iOS Developer; Android Developer; Softwareontwikkelaar; Programmeur;
        Machine Learning Engineer; Site Reliability Engineer; UX Designer; UI Designer"""),
    "it_ops": _lines("""
        Systeembeheerder; System Administrator; Netwerkbeheerder; Network Engineer;
        IT Specialist; ICT Medewerker; Servicedesk Medewerker; Helpdesk Medewerker;
        Functioneel Beheerder; Applicatiebeheerder; Security Officer; Security Specialist;
        Information Security Officer; IT Support Engineer; Werkplekbeheerder; Database Administrator;
        Infrastructure Engineer; Cloud Architect; IT Auditor"""),
    "it_management": _lines("""
        IT Manager; ICT Manager; CIO; CTO; Hoofd ICT; Manager IT; Teamlead IT;
        Head of IT; IT Director; Informatiemanager; Head of Engineering; Engineering Manager;
        Manager Informatievoorziening; Enterprise Architect; Delivery Manager; IT Coördinator"""),
    "consulting": _lines("""
        IT Consultant; Consultant; Senior Consultant; Business Consultant; Managing Consultant;
        Adviseur; Functioneel Consultant; Technisch Consultant; SAP Consultant;
        Business Analyst; Informatieanalist; Functioneel Ontwerper; Principal Consultant;
        Management Consultant; Interim Manager; Projectleider; Procesadviseur"""),
    "recruitment": _lines("""
        Recruiter; Corporate Recruiter; Recruitment Consultant; Intercedent; Talent Acquisition
        Specialist; Talent Acquisition Manager; Sourcer; IT Recruiter; Technical Recruiter;
        Executive Search Consultant; Accountmanager Werving & Selectie; Recruitment Manager;
        Consultant Werving en Selectie; Detacheringsconsultant; Uitzendconsulent; Headhunter"""),
    "hr": _lines("""
        HR Adviseur; HR Advisor; HR Manager; HR Business Partner; Personeelsadviseur;
        P&O Adviseur; HR Medewerker; Hoofd P&O; Manager HR; HR Director; Salarisadministrateur;
        Learning & Development Specialist; HR Officer; Hiring Manager; Directeur HR;
        Manager P&O; Recruitment Lead; Talent Manager"""),
    "sales": _lines("""
        Customer Support; Teamleider Klantenservice; Sales Support; Accountmanager MKB; Accountmanager Zakelijke Markt; Retail Manager; Dealer Manager;
        Account Manager; Accountmanager; Sales Manager; Key Account Manager; Business Developer;
        Sales Representative; Commercieel Medewerker; Binnendienst Medewerker;
        Buitendienst Medewerker; Sales Executive; Verkoper; Commercieel Manager;
        Area Manager; Sales Director; Inside Sales; Customer Success Manager;
        Relatiebeheerder; Accountmanager Buitendienst; Partner Manager"""),
    "procurement": _lines("""
        Inkoper; Buyer; Senior Inkoper; Purchaser; Procurement Manager; Inkoopmanager;
        Category Manager; Hoofd Inkoop; Strategisch Inkoper; Tactisch Inkoper; Contractmanager;
        Supply Chain Manager; Purchasing Manager; Operationeel Inkoper"""),
    "marketing": _lines("""
        Marketing Manager; Marketeer; Online Marketeer; Marketing Specialist; Content Marketeer;
        Communicatieadviseur; Communicatiemedewerker; Brand Manager; Social Media Manager;
        Growth Marketeer; SEO Specialist; Marketing Coördinator; Copywriter; Grafisch Ontwerper;
        Art Director; Campagnemanager; PR Adviseur; Eventmanager; Head of Marketing; CMO"""),
    "finance": _lines("""
        Accountant; Registeraccountant; Assistent Accountant; Controller; Financial Controller;
        Business Controller; Boekhouder; Financieel Administrateur; Financieel Medewerker;
        Auditor; Senior Auditor; Belastingadviseur; Fiscalist; CFO; Finance Manager;
        Hoofd Financiën; Credit Controller; Crediteurenadministrateur; Treasurer;
        Financieel Adviseur; Financial Analyst; Administratief Medewerker"""),
    "banking": _lines("""
        Hypotheekadviseur; Financieel Planner; Private Banker; Relatiemanager; Kredietanalist;
        Verzekeringsadviseur; Risk Manager; Compliance Officer; Schadebehandelaar;
        Beleggingsadviseur; Accountmanager Zakelijk; Acceptant; Actuaris"""),
    "legal": _lines("""
        Advocaat; Advocaat-stagiair; Advocaat Partner; Lawyer; Associate; Senior Associate;
        Partner; Jurist; Bedrijfsjurist; Legal Counsel; Notaris; Kandidaat-notaris;
        Juridisch Medewerker; Paralegal; Legal Officer; Juridisch Adviseur; General Counsel;
        Secretaresse Advocatuur"""),
    "management": _lines("""
        Directeur; Director; Algemeen Directeur; Managing Director; CEO; COO; Eigenaar; Owner;
        Founder; Co-founder; Oprichter; Manager; Operationeel Manager; Operations Manager;
        Bedrijfsleider; Vestigingsmanager; Teamleider; Afdelingshoofd; Programmamanager;
        General Manager; Directeur-eigenaar; Partner; Bestuurder; Manager Bedrijfsvoering"""),
    "project": _lines("""
        Projectmanager; Project Manager; Projectleider; Programma Manager; Project Coördinator;
        PMO Medewerker; Projectsecretaris; Implementatieconsultant; Change Manager;
        Agile Coach; Portfolio Manager; Projectondersteuner"""),
    "office": _lines("""
        Opleidingscoördinator; Secretaris; Notulist; Document Controller; Data Entry Medewerker;
        Office Manager; Managementassistent; Secretaresse; Receptioniste; Officemanager;
        Administratief Medewerker; Klantenservice Medewerker; Customer Service Agent;
        Planner; Facilitair Medewerker; Facility Manager; Executive Assistant;
        Medewerker Backoffice; Teamassistent"""),
    "education": _lines("""
        Docent; Leraar; Leerkracht; Juf; Meester; Groepsleerkracht; Docent Engels;
        Docent Wiskunde; Docent Nederlands; Docent Geschiedenis; Teacher; Mentor;
        Intern Begeleider; Schoolleider; Directeur Basisschool; Teamleider Onderwijs;
        Onderwijsassistent; Lerarenopleider; Rector; Conrector; Decaan; Remedial Teacher;
        Lecturer; Hogeschooldocent; Onderzoeker; Promovendus; PhD Candidate; Universitair Docent"""),
    "healthcare": _lines("""
        Verpleegkundige; Verpleegkundige IC; Wijkverpleegkundige; Verzorgende IG;
        Praktijkondersteuner; Doktersassistente; Huisarts; Arts; Arts-assistent; Specialist
        Ouderengeneeskunde; Fysiotherapeut; Psycholoog; GZ-psycholoog; Teamleider Zorg;
        Zorgcoördinator; Verpleegkundig Specialist; Apothekersassistente; Tandarts;
        Mondhygiënist; Nurse; Registered Nurse; Physiotherapist; Ergotherapeut; Logopedist;
        Verloskundige; Kraamverzorgende; Begeleider; Ambulanceverpleegkundige; Zorgmanager"""),
    "healthcare_management": _lines("""
        Manager Zorg; Zorgmanager; Teammanager Zorg; Locatiemanager; Bestuurder Zorg;
        Directeur Zorg; Manager Bedrijfsvoering Zorg; Afdelingsmanager; Hoofd Verpleging"""),
    "real_estate": _lines("""
        Makelaar; Makelaar o.g.; Register Makelaar Taxateur; Taxateur; Commercieel Medewerker
        Makelaardij; Verhuurmakelaar; Vastgoedbeheerder; Asset Manager; Property Manager;
        Vastgoedadviseur; Aankoopmakelaar; Binnendienst Makelaardij; Projectontwikkelaar"""),
    "technical": _lines("""
        Kwaliteitsmanager; Arbo-adviseur; Veiligheidskundige; Projectingenieur; Maintenance Engineer; Field Service Engineer; Storingsmonteur;
        Monteur; Servicemonteur; Elektromonteur; Installateur; Werkvoorbereider; Uitvoerder;
        Werktuigbouwkundig Engineer; Mechanical Engineer; Electrical Engineer; Constructeur;
        Tekenaar; Calculator; Onderhoudsmonteur; Lasser; CNC Operator; Procesoperator;
        Operator; Kwaliteitsmedewerker; QHSE Manager; Technisch Specialist; PLC Programmeur"""),
    "logistics": _lines("""
        Supply Chain Planner; Demand Planner; Operations Specialist; Inkoop Planner; Heftruckchauffeur;
        Logistiek Medewerker; Magazijnmedewerker; Chauffeur; Vrachtwagenchauffeur; Planner;
        Logistiek Planner; Transportplanner; Warehouse Manager; Expediteur; Orderpicker;
        Teamleider Logistiek; Logistics Coordinator; Douanedeclarant"""),
    "retail": _lines("""
        Verkoopmedewerker; Winkelmedewerker; Filiaalmanager; Store Manager; Caissière;
        Kassamedewerker; Vakkenvuller; Medewerker Bediening; Kok; Zelfstandig Werkend Kok;
        Barista; Barmedewerker; Gastheer; Horeca Medewerker; Bezorger; Visual Merchandiser;
        Assistent Bedrijfsleider; Afdelingsmanager Retail"""),
    "government": _lines("""
        Beleidsmedewerker; Beleidsadviseur; Senior Beleidsadviseur; Gemeenteambtenaar;
        Medewerker Burgerzaken; Handhaver; Boa; Vergunningverlener; Wethouder;
        Raadslid; Griffier; Projectleider Gemeente; Adviseur Ruimtelijke Ordening;
        Politieagent; Brandweerman; Militair; Medewerker Publiekszaken"""),
    "social": _lines("""
        Maatschappelijk Werker; Jeugdhulpverlener; Pedagogisch Medewerker; Ambulant Begeleider;
        Woonbegeleider; Sociaal Werker; Jongerenwerker; Casemanager; Schuldhulpverlener;
        Zorgconsulent; Pedagogisch Medewerker Kinderopvang; Gezinsvoogd; Trajectbegeleider;
        Jobcoach; Participatiecoach; Wijkcoach; Social Worker; Youth Worker"""),
    "science": _lines("""
        Onderzoeker; Researcher; Postdoc; Postdoctoral Researcher; Laborant; Analist;
        Chemicus; Research Scientist; Biologist; Medisch Analist; R&D Engineer;
        Research Assistant; Wetenschappelijk Medewerker; Hoogleraar; Associate Professor;
        Assistant Professor; Data Analist; Statisticus"""),
    "networker": _lines("""
        Founder & CEO; Entrepreneur; Investor; Angel Investor; Business Owner; Life Coach;
        Author; Keynote Speaker; Crypto Enthusiast; Real Estate Investor; Growth Hacker;
        Serial Entrepreneur; Business Coach; Mindset Coach; LION; Open Networker;
        Digital Nomad; Trader; Import Export; Managing Partner; Chairman"""),
    "student": _lines("""
        Student; Student Bedrijfskunde; Student Rechten; Student Informatica;
        Student Psychologie; Student HBO-V; Student Commerciële Economie; Student Pabo;
        Masterstudent; Bachelor Student; Student at Hogeschool; Stagiair; Intern;
        Afstudeerder; Werkstudent; Student Geneeskunde; Student Bouwkunde; Student Marketing;
        MBO Student; Scholier"""),
    "student_job": _lines("""
        Vakkenvuller; Kassamedewerker; Bezorger; Medewerker Bediening; Barmedewerker;
        Afwasser; Bijlesdocent; Callcenter Medewerker; Klantenservice Medewerker;
        Verkoopmedewerker; Oppas; Zwemleraar; Hockeytrainer; Promotiemedewerker;
        Magazijnmedewerker; Student-assistent"""),
    "other": _lines("""
        Gepensioneerd; Retired; Huisvrouw; Thuisblijfmoeder; Werkzoekend; Op zoek naar een
        nieuwe uitdaging; Looking for new opportunities; Open to work; Vrijwilliger;
        Mantelzorger; ZZP'er; Zelfstandig ondernemer; Fotograaf; Kapper; Schoonheidsspecialiste;
        Personal Trainer; Muzikant; Kunstenaar; Boer; Hovenier; Schilder; Timmerman;
        Loodgieter; Rijinstructeur; Coach; Yogadocent; Sportinstructeur; Vertaler;
        Journalist; Redacteur; Predikant; Sport Coach; Influencer; Content Creator"""),
}  # fmt: skip
FIELDS: tuple[str, ...] = tuple(TITLES)

_SENIORITY = ("Senior", "Sr.", "Junior", "Jr.", "Medior", "Lead", "sr.", "Senior", "Principal")
# Seniority words go only on professional titles, never on "Senior Vakkenvuller".
_SENIOR_WORDS = (
    "engineer",
    "developer",
    "consultant",
    "adviseur",
    "advisor",
    "manager",
    "accountant",
    "recruiter",
    "analyst",
    "analist",
    "architect",
    "specialist",
    "designer",
    "controller",
    "auditor",
    "jurist",
    "associate",
    "beleids",
    "buyer",
    "inkoper",
    "officer",
    "marketeer",
    "projectleider",
    "scientist",
    "tester",
    "programmeur",
    "ontwikkelaar",
    "account",
    "counsel",
    "makelaar",
    "planner",
    "administrateur",
    "verpleegkundige",
    "docent",
    "lecturer",
)
_NO_SENIORITY = (
    "senior",
    "junior",
    "sr",
    "jr",
    "medior",
    "lead",
    "principal",
    "head",
    "hoofd",
    "director",
    "directeur",
    "chief",
    "student",
    "stagiair",
    "intern",
)
_EMOJI = ("🚀", "✨", "💡", "🌍", "📈", "👋", "🔥", "💼", "⭐", "🎯")
_TAGLINES = (
    "Open to work", "Connecting people", "Helping companies grow", "Tech enthusiast",
    "Verbinder", "Ondernemer", "Mentor", "Speaker", "Bestuurslid", "Vrijwilliger",
    "Coach", "Papa van twee", "Innovator", "Hardloper", "MBA", "Board member",
)  # fmt: skip


def titles_from(rng: np.random.Generator, fields: tuple[str, ...], n: int) -> np.ndarray:
    """``n`` titles drawn from the union of ``fields`` (object array)."""
    from .pools import active_pool, split_pools

    pool = np.array(
        [t for f in fields for t in split_pools(TITLES[f])[active_pool()]], dtype=object
    )
    return pool[rng.integers(0, len(pool), n)]


def messy_titles(
    rng: np.random.Generator, titles: np.ndarray, *, strength: float = 1.0
) -> np.ndarray:
    """Titles as people type them: seniority words, casing, multi-titles, emojis (new array)."""
    out = titles.copy()
    n = len(out)
    u = rng.random((6, n))
    pick = rng.integers(0, 1 << 30, (4, n))
    for i in np.flatnonzero(u[0] < 0.12 * strength):
        low = out[i].lower()
        if any(w in low for w in _SENIOR_WORDS) and not any(w in low for w in _NO_SENIORITY):
            out[i] = f"{_SENIORITY[pick[0, i] % len(_SENIORITY)]} {out[i]}"
    for i in np.flatnonzero(u[1] < 0.05 * strength):
        out[i] = out[i].lower()
    for i in np.flatnonzero(u[2] < 0.01 * strength):
        out[i] = out[i].upper()
    for i in np.flatnonzero(u[3] < 0.06 * strength):
        if out[i]:
            extra = _TAGLINES[pick[1, i] % len(_TAGLINES)]
            sep = (" | ", " | ", " - ", " / ", " · ")[pick[2, i] % 5]
            out[i] = f"{out[i]}{sep}{extra}"
    for i in np.flatnonzero(u[4] < 0.015 * strength):
        if out[i]:
            out[i] = f"{out[i]} {_EMOJI[pick[3, i] % len(_EMOJI)]}"
    return out
