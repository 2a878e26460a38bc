"""What differs between professions: employers, titles, who they meet at work, network size.

Each :class:`Profession` parameterises the generator: the sectors of its employers, the owner's
own titles, the fields of colleagues, clients, suppliers, candidates and industry contacts, the
network size and the mix of latent sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The latent sources of a network and the category their contacts get.
WORK_SOURCES: dict[str, str] = {
    "colleague": "colleague",
    "ex_colleague": "colleague",  # connects just after the owner (or they) moved on
    "colleague_friend": "colleague",  # met at work, connected any time later: still work
    "client": "client",
    "supplier": "supplier",
    "candidate": "candidate",
    "industry": "other work",  # met at events, fairs, meetups
}
PRIVATE_SOURCES: tuple[str, ...] = (
    "family",
    "school_friend",
    "university_friend",
    "friend",
    "local",  # neighbours, sports club, parents at school
    "random",  # people the owner does not really know
    "friend_at_work",  # a private friend who happens to work at an employer or client
    "recruiter_contact",  # recruiters approaching the owner about jobs: not for the employer
)


@dataclass(frozen=True)
class Profession:
    """Parameters of one profession; ``mix`` weights the latent sources of its network."""

    name: str
    sectors: tuple[str, ...]  # sectors of its employers
    titles: tuple[str, ...]  # the owner's own titles, junior to senior
    colleague_fields: tuple[str, ...]
    client_fields: tuple[str, ...] = ()
    client_sectors: tuple[str, ...] | None = None  # None: any sector
    supplier_fields: tuple[str, ...] = ("sales",)
    supplier_sectors: tuple[str, ...] | None = None
    candidate_fields: tuple[tuple[str, ...], ...] = ()  # one specialism per recruiter
    industry_fields: tuple[str, ...] = ()
    size: tuple[float, float, int, int] = (400, 0.7, 40, 5000)  # median, sigma, min, max
    # P(0..6 listed jobs). No adult profession lists none here: a member who left Positions.csv
    # empty still has work contacts, which labels could not attribute; students may have none.
    positions: tuple[float, ...] = (0.0, 0.2, 0.25, 0.22, 0.16, 0.1, 0.07)
    mix: dict[str, float] = field(default_factory=dict)
    freelance: bool = False  # the current job is the owner's own business
    current: float = 0.85  # probability of having a current job
    private_clients: float = 0.0  # share of clients who are consumers, not companies


_PRIVATE_MIX = {"family": 0.03, "school_friend": 0.06, "university_friend": 0.07, "friend": 0.08,
                "local": 0.03, "random": 0.07, "friend_at_work": 0.012,
                "recruiter_contact": 0.02}  # fmt: skip


def _mix(**work: float) -> dict[str, float]:
    base = {"colleague": 0.14, "ex_colleague": 0.02, "colleague_friend": 0.015}
    return {**_PRIVATE_MIX, **base, **work}


_ALL = (
    Profession("recruiter", ("recruitment",),
               ("Recruiter", "Recruitment Consultant", "Senior Recruiter", "Intercedent",
                "Consultant Werving & Selectie", "Talent Acquisition Specialist",
                "Senior Recruitment Consultant", "Team Lead Recruitment"),
               ("recruitment", "sales", "office", "management"),
               client_fields=("hr", "it_management", "management", "hr"),
               client_sectors=("it", "banking", "manufacturing", "logistics", "healthcare",
                               "government", "energy", "retail", "telecom"),
               supplier_fields=("sales", "marketing"), supplier_sectors=("marketing", "it"),
               candidate_fields=(("software", "it_ops"), ("finance",), ("technical",),
                                 ("healthcare",), ("sales", "marketing"), ("logistics",),
                                 ("legal", "office")),
               industry_fields=("recruitment", "hr"), size=(1600, 0.65, 200, 12000),
               mix=_mix(candidate=0.40, client=0.16, supplier=0.02, industry=0.05,
                        colleague=0.07, recruiter_contact=0.0)),
    Profession("it_consultant", ("it", "consultancy"),
               ("Junior IT Consultant", "IT Consultant", "Consultant", "Senior IT Consultant",
                "Technisch Consultant", "Lead Consultant", "Principal Consultant"),
               ("consulting", "software", "sales", "hr", "project"),
               client_fields=("it_management", "software", "it_ops", "project"),
               client_sectors=("banking", "government", "energy", "logistics", "healthcare",
                               "telecom", "manufacturing", "retail"),
               supplier_sectors=("it",), industry_fields=("consulting", "software", "it_ops"),
               size=(500, 0.6, 60, 6000),
               mix=_mix(client=0.22, supplier=0.03, industry=0.08, recruiter_contact=0.04)),
    Profession("account_manager", ("manufacturing", "logistics", "it", "telecom", "energy"),
               ("Binnendienst Medewerker", "Accountmanager", "Account Manager",
                "Key Account Manager", "Senior Account Manager", "Sales Manager"),
               ("sales", "office", "marketing", "logistics", "management"),
               client_fields=("procurement", "management", "procurement", "office"),
               client_sectors=("manufacturing", "logistics", "retail", "construction", "energy",
                               "healthcare", "government", "hospitality"),
               supplier_fields=("sales", "logistics"), industry_fields=("sales", "procurement"),
               size=(700, 0.6, 80, 8000),
               mix=_mix(client=0.30, supplier=0.04, industry=0.07)),
    Profession("accountant", ("finance",),
               ("Assistent Accountant", "Accountant", "Senior Accountant", "Registeraccountant",
                "Manager Audit", "Partner"),
               ("finance", "office", "management"),
               client_fields=("management", "finance"), supplier_sectors=("it", "consultancy"),
               client_sectors=("construction", "retail", "hospitality", "logistics",
                               "manufacturing", "it", "real estate", "marketing"),
               industry_fields=("finance", "banking"), size=(300, 0.6, 40, 3000),
               mix=_mix(client=0.20, supplier=0.02, industry=0.05)),
    Profession("teacher", ("education",),
               ("Docent", "Leraar", "Docent Engels", "Groepsleerkracht", "Mentor",
                "Teamleider Onderwijs"),
               ("education", "office"), industry_fields=("education",),
               supplier_fields=("sales",), size=(150, 0.6, 30, 1200),
               mix=_mix(industry=0.05, colleague=0.2, supplier=0.005)),
    Profession("nurse", ("healthcare",),
               ("Verpleegkundige", "Verzorgende IG", "Wijkverpleegkundige",
                "Verpleegkundige IC", "Verpleegkundig Specialist", "Teamleider Zorg"),
               ("healthcare", "healthcare_management", "office"),
               industry_fields=("healthcare",), size=(100, 0.6, 25, 900),
               mix=_mix(industry=0.04, colleague=0.2)),
    Profession("student", ("retail", "hospitality", "marketing", "it", "finance"),
               ("Vakkenvuller", "Medewerker Bediening", "Bijlesdocent", "Stagiair Marketing",
                "Intern", "Werkstudent", "Student-assistent"),
               ("student_job", "retail", "office"), industry_fields=("student",),
               size=(140, 0.5, 50, 300), positions=(0.15, 0.3, 0.3, 0.17, 0.08),
               mix={**_PRIVATE_MIX, "university_friend": 0.30, "school_friend": 0.15,
                    "colleague": 0.07, "industry": 0.01, "colleague_friend": 0.005},
               current=0.6),
    Profession("freelancer", ("it", "marketing", "consultancy"),
               ("Consultant", "Developer", "Marketing Specialist", "Projectmanager",
                "Interim Manager", "Freelancer"),
               ("consulting", "software", "marketing", "project"),
               client_fields=("management", "it_management", "project", "marketing"),
               client_sectors=("it", "banking", "government", "marketing", "retail", "energy"),
               industry_fields=("consulting", "software", "marketing"),
               size=(500, 0.7, 50, 6000), freelance=True, current=0.95,
               mix=_mix(client=0.28, supplier=0.03, industry=0.10, colleague=0.09)),
    Profession("marketing_manager", ("retail", "manufacturing", "marketing", "telecom"),
               ("Marketing Assistent", "Online Marketeer", "Marketing Specialist",
                "Marketing Manager", "Brand Manager", "Head of Marketing"),
               ("marketing", "sales", "office", "management"),
               client_fields=("marketing", "procurement"), client_sectors=("retail", "manufacturing"),
               supplier_fields=("marketing", "sales"), supplier_sectors=("marketing",),
               industry_fields=("marketing",), size=(600, 0.6, 60, 6000),
               mix=_mix(client=0.06, supplier=0.15, industry=0.08)),
    Profession("software_developer", ("it",),
               ("Junior Developer", "Software Developer", "Software Engineer",
                "Senior Software Engineer", "Tech Lead", "Software Architect"),
               ("software", "it_ops", "project"),
               client_fields=("project", "it_management"),
               client_sectors=("banking", "government", "retail", "logistics", "energy"),
               supplier_sectors=("it",), industry_fields=("software",),
               size=(300, 0.6, 40, 4000),
               mix=_mix(client=0.04, supplier=0.02, industry=0.12, colleague=0.2,
                        recruiter_contact=0.05)),
    Profession("hr_advisor", ("government", "healthcare", "manufacturing", "banking", "retail"),
               ("HR Medewerker", "HR Adviseur", "P&O Adviseur", "HR Business Partner",
                "HR Manager"),
               ("hr", "office", "management", "finance"),
               supplier_fields=("recruitment",), supplier_sectors=("recruitment",),
               industry_fields=("hr",), size=(500, 0.6, 60, 5000),
               mix=_mix(supplier=0.18, industry=0.08, client=0.0, recruiter_contact=0.0)),
    Profession("lawyer", ("legal",),
               ("Advocaat-stagiair", "Advocaat", "Senior Associate", "Advocaat Partner",
                "Partner"),
               ("legal", "office"), client_fields=("management", "legal", "finance"),
               client_sectors=("manufacturing", "it", "real estate", "construction", "banking",
                               "retail", "logistics"),
               industry_fields=("legal",), size=(400, 0.6, 50, 4000),
               mix=_mix(client=0.18, supplier=0.02, industry=0.07)),
    Profession("project_manager", ("construction", "it", "government", "energy"),
               ("Projectondersteuner", "Projectleider", "Project Manager",
                "Senior Projectmanager", "Programmamanager"),
               ("project", "technical", "it_ops", "management"),
               client_fields=("management", "project", "government"),
               client_sectors=("government", "energy", "construction", "it", "healthcare"),
               supplier_fields=("technical", "sales"), industry_fields=("project",),
               size=(500, 0.6, 60, 5000),
               mix=_mix(client=0.14, supplier=0.08, industry=0.06)),
    Profession("real_estate_agent", ("real estate",),
               ("Commercieel Medewerker Makelaardij", "Makelaar", "Register Makelaar",
                "Makelaar o.g.", "Vestigingsmanager"),
               ("real_estate", "office"),
               # house buyers and sellers are clients with any title at any company
               client_fields=("other", "education", "healthcare", "sales", "finance"),
               supplier_fields=("banking", "legal"), supplier_sectors=("banking", "legal"),
               industry_fields=("real_estate", "banking"), size=(600, 0.6, 60, 5000),
               private_clients=0.85,
               mix=_mix(client=0.25, supplier=0.06, industry=0.06)),
    Profession("financial_advisor", ("banking",),
               ("Financieel Adviseur", "Hypotheekadviseur", "Relatiemanager",
                "Senior Financieel Planner", "Private Banker"),
               ("banking", "finance", "office"),
               client_fields=("management", "other", "finance", "healthcare"),
               client_sectors=("manufacturing", "retail", "construction", "hospitality"),
               industry_fields=("banking", "finance"), size=(500, 0.6, 50, 5000),
               private_clients=0.5,
               mix=_mix(client=0.22, supplier=0.03, industry=0.07)),
)  # fmt: skip

PROFESSION_SPECS: dict[str, Profession] = {p.name: p for p in _ALL}
PROFESSIONS: tuple[str, ...] = tuple(PROFESSION_SPECS)
