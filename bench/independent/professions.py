"""The owners of the independent evaluation set: professions with their careers and where their
work contacts come from. Written from how such networks look, not from our own generator.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """One way a work contact is made: its category and the companies and roles it comes from.
    An empty ``sectors`` means "the owner's own employer" (colleagues)."""

    tag: str
    category: str
    weight: float
    sectors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profession:
    """One kind of owner."""

    name: str
    countries: tuple[str, ...]
    employer_sectors: tuple[str, ...]  # where their jobs are, the last one first
    owner_role: str
    sources: tuple[Source, ...]
    work_share: tuple[float, float]
    network: tuple[int, int]  # typical size range at export
    field_friends: float  # share of school friends who work in the owner's own field
    field_sectors: tuple[str, ...] = ()
    field_roles: tuple[str, ...] = ()
    recruiter_share: float = 0.04  # of private contacts: recruiters who approached the owner
    side_job: tuple[str, str] | None = None  # (company, title) held next to the main job
    first_jobs: tuple[str, ...] = ("retail", "hospitality", "misc")
    extra: dict = field(default_factory=dict)


titles_police = (
    "Hoofdagent",
    "Brigadier",
    "Wijkagent",
    "Rechercheur",
    "Inspecteur van Politie",
    "Polizeikommissar",
    "Hoofdinspecteur",
)


def _colleagues(roles: tuple[str, ...], weight: float = 1.0) -> Source:
    return Source("colleague", "colleague", weight, (), roles)


PROFESSIONS: dict[str, Profession] = {
    p.name: p
    for p in (
        Profession(
            "hospital_doctor",
            ("NL", "BE", "DE", "UK"),
            ("hospital",),
            "doctor",
            (
                _colleagues(("doctor", "doctor", "nurse", "hospital_staff"), 1.0),
                Source("pharma-rep", "supplier", 0.12, ("pharma",), ("pharma_rep",)),
                Source("peer-other-hospital", "other work", 0.25, ("hospital",), ("doctor",)),
                Source("research-collab", "other work", 0.08, ("university",), ("researcher",)),
            ),
            (0.40, 0.60),
            (90, 350),
            0.35,
            ("hospital",),
            ("doctor", "nurse"),
            0.02,
        ),
        Profession(
            "civil_servant",
            ("NL", "BE"),
            ("government",),
            "civil_servant",
            (
                _colleagues(("civil_servant",), 1.0),
                Source("other-agency", "other work", 0.45, ("government",), ("civil_servant",)),
                Source("advisor-firm", "supplier", 0.25, ("consulting",), ("consultant",)),
                Source("it-vendor", "supplier", 0.10, ("it",), ("business", "tech")),
            ),
            (0.50, 0.70),
            (150, 600),
            0.10,
            ("government",),
            ("civil_servant",),
            0.04,
        ),
        Profession(
            "sales_engineer",
            ("DE", "NL", "BE"),
            ("industry", "industry", "distribution"),
            "sales_engineer",
            (
                _colleagues(("sales_engineer", "engineer", "business"), 0.7),
                Source("customer-engineer", "client", 0.8, ("industry",), ("engineer",)),
                Source("customer-buyer", "client", 0.45, ("industry", "fmcg"), ("purchasing",)),
                Source("distributor", "supplier", 0.25, ("distribution",), ("sales_engineer",)),
                Source("trade-fair", "other work", 0.20, ("industry", "it"), ("business",)),
            ),
            (0.65, 0.85),
            (300, 1400),
            0.20,
            ("industry",),
            ("engineer",),
            0.08,
        ),
        Profession(
            "startup_founder",
            ("UK", "NL", "DE"),
            ("startup", "consulting", "it"),
            "founder",
            (
                _colleagues(("tech", "business"), 0.6),
                Source("hire", "candidate", 0.35, ("it", "startup", "finance"), ("tech",)),
                Source("investor", "other work", 0.45, ("investor",), ("investor",)),
                Source("customer", "client", 0.6, ("fmcg", "retail", "logistics"), ("business",)),
                Source("vendor", "supplier", 0.15, ("it", "consulting"), ("business",)),
                Source("founder-peer", "other work", 0.3, ("startup",), ("founder",)),
            ),
            (0.60, 0.80),
            (600, 2600),
            0.15,
            ("startup", "it"),
            ("tech", "founder"),
            0.05,
            ("Rockstart", "Mentor"),
        ),
        Profession(
            "photographer",
            ("BE", "NL"),
            ("selfemployed", "media"),
            "photographer",
            (
                _colleagues(("photographer", "creative"), 0.25),
                Source("agency-client", "client", 0.7, ("media",), ("creative",)),
                Source(
                    "wedding-client",
                    "client",
                    0.35,
                    ("misc", "care", "it", "education"),
                    ("private", "business"),
                ),
                Source("gear-supplier", "supplier", 0.12, ("creative_supply",), ("business",)),
                Source("fellow-photog", "other work", 0.3, ("selfemployed",), ("photographer",)),
            ),
            (0.40, 0.60),
            (200, 900),
            0.20,
            ("media", "selfemployed"),
            ("creative", "photographer"),
            0.01,
            ("Kamera Express", "Verkoopmedewerker"),
        ),
        Profession(
            "phd_researcher",
            ("DE", "NL", "BE"),
            ("university",),
            "researcher",
            (
                _colleagues(("researcher",), 1.0),
                Source("co-author", "other work", 0.55, ("university",), ("researcher",)),
                Source("lab-vendor", "supplier", 0.08, ("labsupply",), ("business",)),
                Source(
                    "industry-partner",
                    "other work",
                    0.15,
                    ("industry", "pharma"),
                    ("engineer", "researcher"),
                ),
            ),
            (0.40, 0.60),
            (100, 450),
            0.40,
            ("university", "industry"),
            ("researcher", "engineer"),
            0.04,
            ("Fontys Hogescholen", "Gastdocent"),
            ("education", "hospitality"),
            extra={
                "owner_titles": (
                    "PhD Candidate",
                    "PhD Student",
                    "Doctoral Researcher",
                    "Doktorand",
                    "Wissenschaftlicher Mitarbeiter",
                    "PhD researcher",
                    "Promovendus",
                )
            },
        ),
        Profession(
            "pharmacist",
            ("BE", "NL"),
            ("pharmacy",),
            "pharmacist",
            (
                _colleagues(("pharmacist",), 1.0),
                Source("wholesaler-rep", "supplier", 0.35, ("pharma",), ("pharma_rep",)),
                Source("gp-partner", "other work", 0.2, ("hospital", "care"), ("doctor", "nurse")),
                Source("peer-pharmacy", "other work", 0.25, ("pharmacy",), ("pharmacist",)),
            ),
            (0.40, 0.55),
            (80, 300),
            0.40,
            ("pharmacy", "pharma"),
            ("pharmacist",),
            0.02,
        ),
        Profession(
            "police_officer",
            ("NL", "BE", "DE"),
            ("police_force",),
            "police",
            (
                _colleagues(("police",), 1.0),
                Source(
                    "chain-partner",
                    "other work",
                    0.35,
                    ("government", "care"),
                    ("civil_servant", "business"),
                ),
                Source("justice", "other work", 0.15, ("police",), ("police",)),
            ),
            (0.45, 0.60),
            (60, 250),
            0.10,
            ("police",),
            ("police",),
            0.03,
            extra={"owner_titles": titles_police},
        ),
        Profession(
            "logistics_planner",
            ("NL", "BE"),
            ("logistics",),
            "planner",
            (
                _colleagues(("planner",), 1.0),
                Source("shipper", "client", 0.5, ("fmcg", "retail"), ("planner", "business")),
                Source("carrier", "supplier", 0.45, ("logistics",), ("planner", "business")),
            ),
            (0.55, 0.75),
            (150, 700),
            0.15,
            ("logistics",),
            ("planner",),
            0.05,
        ),
        Profession(
            "store_manager",
            ("UK",),
            ("retail",),
            "retail_staff",
            (
                _colleagues(("retail_staff",), 1.0),
                Source("brand-rep", "supplier", 0.3, ("fmcg",), ("retail_buyer",)),
                Source(
                    "new-hire",
                    "candidate",
                    0.3,
                    ("retail", "hospitality", "education"),
                    ("retail_staff", "private"),
                ),
            ),
            (0.45, 0.65),
            (100, 450),
            0.15,
            ("retail",),
            ("retail_staff",),
            0.04,
            extra={
                "owner_titles": (
                    "Store Manager",
                    "Assistant Store Manager",
                    "Deputy Store Manager",
                    "Store Manager | Retail Operations",
                    "Department Manager",
                )
            },
        ),
        Profession(
            "hr_business_partner",
            ("NL", "DE"),
            ("finance", "it", "fmcg"),
            "hr",
            (
                _colleagues(("business", "hr", "tech"), 1.0),
                Source(
                    "candidate",
                    "candidate",
                    0.7,
                    ("it", "finance", "misc", "consulting"),
                    ("business", "tech"),
                ),
                Source("agency", "supplier", 0.35, ("recruitment",), ("recruiter",)),
                Source("hr-peer", "other work", 0.15, ("misc", "fmcg"), ("hr",)),
            ),
            (0.60, 0.80),
            (300, 1200),
            0.15,
            ("misc",),
            ("hr",),
            0.02,
        ),
        Profession(
            "management_consultant",
            ("BE", "NL"),
            ("consulting",),
            "consultant",
            (
                _colleagues(("consultant",), 1.0),
                Source(
                    "client-staff",
                    "client",
                    0.9,
                    ("finance", "government", "fmcg", "misc"),
                    ("business", "civil_servant"),
                ),
                Source("alliance-partner", "other work", 0.15, ("it",), ("business",)),
            ),
            (0.70, 0.85),
            (400, 1500),
            0.25,
            ("consulting", "finance"),
            ("consultant", "business"),
            0.06,
        ),
        Profession(
            "software_developer",
            ("DE", "NL", "UK"),
            ("it", "startup"),
            "tech",
            (
                _colleagues(("tech",), 1.0),
                Source("client-it", "client", 0.2, ("finance", "retail"), ("tech", "business")),
                Source("meetup", "other work", 0.1, ("it", "startup"), ("tech",)),
            ),
            (0.35, 0.55),
            (200, 1000),
            0.35,
            ("it", "startup"),
            ("tech",),
            0.18,
        ),
        Profession(
            "real_estate_agent",
            ("NL",),
            ("realestate",),
            "business",
            (
                _colleagues(("business",), 0.6),
                Source(
                    "home-buyer",
                    "client",
                    0.8,
                    ("misc", "care", "education", "it", "finance"),
                    ("private", "business", "tech"),
                ),
                Source(
                    "notary-mortgage",
                    "other work",
                    0.3,
                    ("realestate", "finance"),
                    ("business", "consultant"),
                ),
            ),
            (0.55, 0.70),
            (200, 800),
            0.10,
            ("realestate",),
            ("business",),
            0.03,
            extra={"owner_titles": ("Makelaar", "Register makelaar-taxateur", "Aankoopmakelaar")},
        ),
    )
}
