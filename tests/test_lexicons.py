"""Title families, seniority, role relations and company sectors, Dutch and English."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import lexicons as lx


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # recruitment
        ("Recruiter", "recruitment"),
        ("Senior IT Recruiter", "recruitment"),
        ("IT-recruiter", "recruitment"),
        ("Talent Acquisition Specialist", "recruitment"),
        ("Sourcer", "recruitment"),
        ("Headhunter", "recruitment"),
        ("Intercedente", "recruitment"),
        ("Consultant werving & selectie", "recruitment"),
        ("Recruitment Consultant", "recruitment"),
        ("Wervingsadviseur", "recruitment"),
        ("Freelance recruiter", "recruitment"),
        ("Corporate Recruiter at Acme", "recruitment"),
        # hr
        ("HR Manager", "hr"),
        ("HR Business Partner", "hr"),
        ("P&O adviseur", "hr"),
        ("P&O-adviseur", "hr"),
        ("Personeelsadviseur", "hr"),
        ("Medewerker personeelszaken", "hr"),
        ("Hiring manager", "hr"),
        ("Salarisadministrateur", "hr"),
        ("Learning & Development specialist", "hr"),
        # sales
        ("Account Manager", "sales"),
        ("Accountmanager binnendienst", "sales"),
        ("Key Account Manager", "sales"),
        ("Business Developer", "sales"),
        ("Sales Director Benelux", "sales"),
        ("Salesmanager", "sales"),
        ("Verkoopleider", "sales"),
        ("Commercieel medewerker", "sales"),
        ("Vertegenwoordiger", "sales"),
        # purchasing
        ("Inkoper", "purchasing"),
        ("Strategisch inkoper", "purchasing"),
        ("Senior Buyer", "purchasing"),
        ("Purchaser", "purchasing"),
        ("Procurement Officer", "purchasing"),
        ("Category Manager", "purchasing"),
        ("Inkoopmanager", "purchasing"),
        ("Contractmanager", "purchasing"),
        # it
        ("IT Consultant", "it"),
        ("ZZP IT consultant", "it"),
        ("Software Engineer", "it"),
        ("Senior Java Developer", "it"),
        ("Softwareontwikkelaar", "it"),
        ("Full-stack developer", "it"),
        ("Scrum Master", "it"),
        ("Product Owner", "it"),
        ("Data Scientist", "it"),
        ("Systeembeheerder", "it"),
        ("Functioneel beheerder", "it"),
        ("Enterprise Architect", "it"),
        ("CIO", "it"),
        ("Head of IT", "it"),
        # finance
        ("Financial Controller", "finance"),
        ("Accountant", "finance"),
        ("Register accountant", "finance"),
        ("Boekhouder", "finance"),
        ("Financieel administrateur", "finance"),
        ("CFO", "finance"),
        ("Hypotheekadviseur", "finance"),
        ("Fiscalist", "finance"),
        ("Internal auditor", "finance"),
        # legal
        ("Advocaat", "legal"),
        ("Advocaat-stagiaire", "legal"),
        ("Legal Counsel", "legal"),
        ("Bedrijfsjurist", "legal"),
        ("Notaris", "legal"),
        ("Paralegal", "legal"),
        # marketing
        ("Marketing Manager", "marketing"),
        ("Online Marketeer", "marketing"),
        ("Communicatieadviseur", "marketing"),
        ("Woordvoerder", "marketing"),
        ("Content marketeer", "marketing"),
        # education and research
        ("Docent Engels", "education"),
        ("Leraar basisonderwijs", "education"),
        ("Leerkracht groep 5", "education"),
        ("Teacher", "education"),
        ("Intern begeleider", "education"),
        ("Hoogleraar", "education"),
        ("Pedagogisch medewerker", "education"),
        ("Researcher", "research"),
        ("PhD candidate", "research"),
        ("Promovendus", "research"),
        ("Postdoc", "research"),
        # healthcare
        ("Verpleegkundige", "healthcare"),
        ("Wijkverpleegkundige", "healthcare"),
        ("Huisarts", "healthcare"),
        ("Fysiotherapeut", "healthcare"),
        ("Nurse", "healthcare"),
        ("Verzorgende IG", "healthcare"),
        ("Zorgmanager", "healthcare"),
        ("GZ-psycholoog", "healthcare"),
        # public sector
        ("Beleidsmedewerker", "public_sector"),
        ("Beleidsadviseur", "public_sector"),
        ("Wethouder", "public_sector"),
        ("Politieagent", "public_sector"),
        ("Policy officer", "public_sector"),
        # hospitality, retail, construction, real estate, creative, administrative
        ("Kok", "hospitality"),
        ("Barista", "hospitality"),
        ("Bedrijfsleider", "hospitality"),
        ("Store Manager", "retail"),
        ("Winkelmedewerker", "retail"),
        ("Filiaalmanager", "retail"),
        ("Uitvoerder", "construction"),
        ("Timmerman", "construction"),
        ("Projectleider bouw", "construction"),
        ("Architect", "construction"),
        ("Makelaar", "real_estate"),
        ("Vastgoedmanager", "real_estate"),
        ("Grafisch ontwerper", "creative"),
        ("Journalist", "creative"),
        ("Secretaresse", "administrative"),
        ("Managementassistent", "administrative"),
        ("Medewerker klantenservice", "administrative"),
        # engineering and operations
        ("Werktuigbouwkundig ingenieur", "engineering"),
        ("Servicemonteur", "engineering"),
        ("Mechanical Engineer", "engineering"),
        ("Project Manager", "operations"),
        ("Projectleider", "operations"),
        ("Logistiek medewerker", "operations"),
        ("Supply Chain Manager", "operations"),
        ("Vrachtwagenchauffeur", "operations"),
        # generic roles
        ("CEO", "management"),
        ("Directeur", "management"),
        ("Algemeen directeur", "management"),
        ("Owner", "management"),
        ("Eigenaar", "management"),
        ("Founder & CEO", "management"),
        ("Teamleider", "management"),
        ("Vestigingsmanager", "management"),
        ("Consultant", "consulting"),
        ("Senior adviseur", "consulting"),
        ("Management consultant", "consulting"),
        # private statuses beat job words
        ("Student", "student"),
        ("Studente", "student"),
        ("Scholier", "student"),
        ("Masterstudent Bedrijfskunde", "student"),
        ("Student at University of Amsterdam", "student"),
        ("Stagiair marketing", "student"),
        ("HR student", "student"),
        ("Gepensioneerd", "retired"),
        ("Retired teacher", "retired"),
        ("Met pensioen", "retired"),
        ("Werkzoekend", "jobseeker"),
        ("Looking for work", "jobseeker"),
        ("Op zoek naar een nieuwe uitdaging", "jobseeker"),
        ("Huisvrouw", "homemaker"),
        ("Vrijwilliger", "volunteer"),
        ("Penningmeester", "volunteer"),
        ("Investor", "finance"),
        ("Jeugdhulpverlener", "healthcare"),
        ("Personal Trainer", "sports"),
        ("Melkveehouder", "agriculture"),
        ("Predikant", "religion"),
        ("Geschäftsführer", "management"),
        ("Einkäufer", "purchasing"),
        ("Responsable RH", "hr"),
        ("Infirmière", "healthcare"),
        ("Retraité", "retired"),
        ("DevOps Engineer", "it"),
        ("Infrastructure Engineer", "it"),
        ("Engineer", "engineering"),
        ("Registeraccountant", "finance"),
        ("Elektromonteur", "engineering"),
        # a real job beats "open to work"
        ("Senior recruiter, open to work", "recruitment"),
        # nothing recognisable
        ("", ""),
        ("Acme", ""),
        ("-", ""),
    ],
)
def test_title_family(title, family):
    assert lx.title_family(title) == family
    assert family == "" or family in lx.FAMILIES


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("CEO", "executive"),
        ("Directeur", "executive"),
        ("Owner", "executive"),
        ("Managing Partner", "executive"),
        ("Head of Sales", "executive"),
        ("Chief Technology Officer", "executive"),
        ("HR Manager", "manager"),
        ("Teamleider", "manager"),
        ("Projectleider", "manager"),
        ("Bedrijfsleider", "manager"),
        ("Senior Software Engineer", "senior"),
        ("Sr. Developer", "senior"),
        ("Junior accountant", "junior"),
        ("Trainee", "junior"),
        ("Stagiair", "junior"),
        # "manager" that manages no one
        ("Account Manager", ""),
        ("Key Account Manager", ""),
        ("Product Owner", ""),
        ("HR Business Partner", ""),
        ("Woonbegeleider", ""),
        ("Intern begeleider", ""),
        ("Verpleegkundige", ""),
        ("", ""),
    ],
)
def test_seniority(title, level):
    assert lx.seniority(title) == level
    assert lx.is_senior(title) == (level in ("executive", "manager"))


@pytest.mark.parametrize(
    ("role", "title", "relation"),
    [
        # a recruiter: HR and hiring managers are clients, the rest candidates
        ("recruitment", "HR Manager", "client"),
        ("recruitment", "P&O adviseur", "client"),
        ("recruitment", "CEO", "client"),
        ("recruitment", "Teamleider", "client"),
        ("recruitment", "IT Manager", "client"),
        ("recruitment", "Software Engineer", "candidate"),
        ("recruitment", "Verpleegkundige", "candidate"),
        ("recruitment", "Consultant", "candidate"),
        ("recruitment", "Recruiter", "colleague"),
        ("recruitment", "Student", "private"),
        ("recruitment", "Management Trainee", ""),
        ("recruitment", "Lid Raad van Toezicht", "client"),
        # a salesperson: buyers and management are clients
        ("sales", "Inkoper", "client"),
        ("sales", "Category Manager", "client"),
        ("sales", "Directeur", "client"),
        ("sales", "Account Manager", "colleague"),
        ("sales", "Sales Manager", "colleague"),
        ("sales", "Online Marketeer", "colleague"),
        ("sales", "Verpleegkundige", ""),
        ("sales", "Gepensioneerd", "private"),
        # an IT consultant: IT managers and executives are clients, developers colleagues
        ("it", "IT Manager", "client"),
        ("it", "CIO", "client"),
        ("it", "Head of IT", "client"),
        ("it", "Software Engineer", "colleague"),
        ("it", "Account Manager", "supplier"),
        ("it", "Docent Engels", ""),
        # a buyer: salespeople are suppliers
        ("purchasing", "Account Manager", "supplier"),
        ("purchasing", "Inkoper", "colleague"),
        # a nurse or teacher: no clients, colleagues in the same field
        ("healthcare", "Huisarts", "colleague"),
        ("healthcare", "CEO", ""),
        ("education", "Leraar", "colleague"),
        ("education", "Researcher", "colleague"),
        # unknown role or title
        ("", "HR Manager", ""),
        ("sales", "", ""),
        ("student", "Software Engineer", ""),
    ],
)
def test_title_relation(role, title, relation):
    assert lx.title_relation(role, title) == relation


def test_relation_sets():
    assert "hr" in lx.client_families("recruitment")
    assert "purchasing" in lx.client_families("sales")
    assert "sales" in lx.supplier_families("purchasing")
    assert "it" in lx.candidate_families("recruitment")
    assert "recruitment" not in lx.candidate_families("recruitment")
    assert lx.candidate_families("sales") == frozenset()
    assert lx.colleague_families("healthcare") >= {"healthcare"}
    assert lx.colleague_families("student") == frozenset()
    assert lx.colleague_families("") == frozenset()
    assert "recruitment" in lx.SENIORITY_IS_CLIENT_FOR
    assert "healthcare" not in lx.SENIORITY_IS_CLIENT_FOR
    assert set(lx.FAMILIES) >= lx.PRIVATE_FAMILIES
    for role in lx.FAMILIES:
        for kind in (lx.client_families, lx.supplier_families, lx.candidate_families):
            assert kind(role) <= set(lx.FAMILIES), (role, kind)
            # people looking for work are a recruiter's candidates, private for anyone else
            allowed = {"jobseeker"} if kind is lx.candidate_families else set()
            assert not kind(role) & lx.PRIVATE_FAMILIES - allowed


def test_private_titles():
    for title in ["Student", "Gepensioneerd", "Retired", "Werkzoekend", "Huisvrouw"]:
        assert lx.is_private_title(title), title
    for title in ["Recruiter", "Verpleegkundige", "CEO", "", "Acme"]:
        assert not lx.is_private_title(title), title


def test_owner_role():
    assert lx.owner_role("Senior Recruitment Consultant") == "recruitment"
    assert lx.owner_role("Accountmanager") == "sales"
    assert lx.owner_role("IT Consultant") == "it"
    assert lx.owner_role("Verpleegkundige") == "healthcare"
    assert lx.owner_role("") == ""


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Acme Software B.V.", "it"),
        ("Capgemini", "it"),
        ("Ordina", "it"),
        ("KPN", "it"),
        ("Rabobank", "finance"),
        ("ING", "finance"),
        ("ABN AMRO Bank N.V.", "finance"),
        ("Achmea", "finance"),
        ("a.s.r.", "finance"),
        ("Zorggroep Noord", "healthcare"),
        ("Ziekenhuis Gelderse Vallei", "healthcare"),
        ("UMC Utrecht", "healthcare"),
        ("Erasmus MC", "healthcare"),
        ("Buurtzorg", "healthcare"),
        ("Basisschool De Regenboog", "education"),
        ("ROC van Twente", "education"),
        ("Universiteit Utrecht", "education"),
        ("Hogeschool Rotterdam", "education"),
        ("University of Amsterdam", "education"),
        ("Randstad", "staffing"),
        ("Tempo-Team", "staffing"),
        ("Uitzendbureau Flex", "staffing"),
        ("Brunel", "staffing"),
        ("Albert Heijn", "retail"),
        ("Jumbo Supermarkten", "retail"),
        ("HEMA", "retail"),
        ("Gemeente Amsterdam", "government"),
        ("Ministerie van Financiën", "government"),
        ("Belastingdienst", "government"),
        ("Provincie Noord-Holland", "government"),
        ("Advocatenkantoor Smit", "legal"),
        ("NautaDutilh", "legal"),
        ("Notariskantoor Bakker", "legal"),
        ("Bouwbedrijf Jansen", "construction"),
        ("Heijmans", "construction"),
        ("PostNL", "logistics"),
        ("Transportbedrijf de Vries", "logistics"),
        ("Kuehne + Nagel", "logistics"),
        ("Eneco", "energy"),
        ("Shell", "energy"),
        ("DPG Media", "media"),
        ("Uitgeverij Noord", "media"),
        ("Deloitte", "consulting"),
        ("Adviesbureau Jansen", "consulting"),
        ("Hotel Okura", "hospitality"),
        ("Makelaardij Jansen", "real_estate"),
        ("Heineken", "manufacturing"),
        ("Acme", ""),
        ("Plan A", ""),
        ("", ""),
    ],
)
def test_company_sector(name, sector):
    assert lx.company_sector(name) == sector
    assert sector == "" or sector in lx.SECTOR_NAMES


def test_vectorised_helpers_agree_with_scalars():
    titles = np.array(["Recruiter", None, "HR Manager", "Recruiter", "", "Student"], dtype=object)
    assert list(lx.title_families(titles)) == [
        "recruitment",
        "",
        "hr",
        "recruitment",
        "",
        "student",
    ]
    assert list(lx.seniorities(titles)) == ["", "", "manager", "", "", "junior"]
    assert list(lx.title_relations("recruitment", titles)) == [
        "colleague",
        "",
        "client",
        "colleague",
        "",
        "private",
    ]
    assert list(lx.company_sectors(["Rabobank", None, "Acme"])) == ["finance", "", ""]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_crashes_and_labels_are_known(text):
    assert lx.title_family(text) in ("", *lx.FAMILIES)
    assert lx.seniority(text) in ("", *lx.SENIORITIES)
    assert lx.company_sector(text) in ("", *lx.SECTOR_NAMES)
    assert lx.title_relation("recruitment", text) in (
        "",
        "private",
        "colleague",
        "client",
        "supplier",
        "candidate",
    )


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Recruiter", "HR Manager", "Inkoper", "Verpleegkundige", "Docent"]))
def test_casing_and_punctuation_do_not_matter(title):
    family = lx.title_family(title)
    assert lx.title_family(title.upper()) == family
    assert lx.title_family(f"  {title.lower()} , ") == family
    assert lx.title_family(title.replace("e", "é")) == family
