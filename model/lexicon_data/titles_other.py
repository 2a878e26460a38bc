"""Generic roles, private statuses and whole-title exceptions (see :mod:`model.lexicons`)."""

from __future__ import annotations

OTHER_FAMILIES: dict[str, dict] = {
    "consulting": {
        "tier": 1,
        "words": (
            "consultant|consulting|consultancy"
            "|strategy consultant|strategisch adviseur|adviseur|advisor"
            "|adviser|senior adviseur|organisatieadviseur|bedrijfsadviseur|strategy|strategie"
            "|consultant strategy|associate consultant"
            "|partner consulting|interim consultant|change manager"
            "|verandermanager|transitie manager|transformation|coach|trainer"
            "|trainer coach|facilitator|expert|specialist|analist|analyst"
            "|beleidsadviseur consultancy|berater|beraterin|unternehmensberater|conseiller"
            "|conseillere|consultante|adviseuse"
        ),
        "suffixes": "consultant|adviseur|advisor",
    },
    # generic roles (tier 1): used only when no function is named
    "management": {
        "tier": 1,
        "words": (
            "ceo|chief executive officer|md"
            "|algemeen manager|directeur|director|directrice|president"
            "|vice president|vp|eigenaar|co owner|mede eigenaar|founder|cofounder"
            "|oprichter|mede oprichter|medeoprichter|managing partner|senior partner"
            "|entrepreneur|ondernemer|bestuurder|board member|bestuurslid|raad van bestuur"
            "|raad van commissarissen|commissaris|supervisory board|non executive director"
            "|chairman|voorzitter|chair|dga|statutair directeur|head|hoofd"
            "|manager|teamleider|team leader|teamlead|team lead|teammanager|leidinggevende"
            "|supervisor|afdelingshoofd|afdelingsmanager|department manager|unit manager"
            "|unitmanager|vestigingsmanager|branch manager|regiomanager|regional manager"
            "|cluster manager|clustermanager|sectorhoofd|divisiedirecteur"
            "|business unit manager|bu manager|executive|c level|leadership|management"
            "|interim directeur|zzp manager|chief|officer|equity partner|vennoot|owner at"
            "|business owner|owner founder|founder owner|shop owner"
            "|locatiemanager|locatiedirecteur|geschaftsfuhrer|geschaftsfuhrerin|inhaber"
            "|inhaberin|directeur general|directrice generale|gerant|gerante|pdg|responsable"
            "|raad van toezicht|lid raad van toezicht|rvt|rvc|lid rvt|lid rvc"
            "|member of the board|board of directors|supervisory board member|non executive"
            "|trustee|bestuurder stichting|owner operator"
        ),
        "prefixes": "directeur|teamleid|leidinggev|afdelingshoofd|vestigingsmanag|regiomanag",
        "suffixes": (
            "manager|directeur|director|sleider|mleider|tleider|lleider|kleider|gleider"
            "|dleider|leidster|hoofd"
        ),
    },
    # hard private statuses (tier 5): win over any job word
    "student": {
        "tier": 5,
        "words": (
            "student|studente|scholier|pupil|leerling|masterstudent|master student"
            "|bachelorstudent|hbo student|wo student"
            "|student economie"
            "|studying|studeert|graduate student|undergraduate|undergrad|werkstudent"
            "|afstudeerder|afstudeerstagiair|stagiair|stagiaire|intern|internship"
            "|student assistant|studentassistent|student at|student aan|eerstejaars|freshman"
            "|sophomore|alumnus|alumna|exchange student|uitwisselingsstudent|stage bij"
            "|stage at|meewerkstage|afstudeerstage|snuffelstage|stagiair bij|oppas|babysitter"
            "|babysit|bijbaan|vakantiewerk|vakantiekracht|etudiant|etudiante|studentin"
            "|schuler|schulerin|azubi|auszubildender"
        ),
        "prefixes": "studente|masterstud|bachelorstud|stagiair|afstudeer",
    },
    "retired": {
        "tier": 5,
        "words": (
            "retired|gepensioneerd|gepensioneerde|met pensioen|pensioen|pensionado|pensionair"
            "|rentenier|emeritus|retiree|vut|genieten van pensioen|enjoying retirement"
            "|retirement|retraite|retraitee|rentner|rentnerin|im ruhestand|pensionada"
            "|retired professional|semi retired"
        ),
        "prefixes": "gepensioneer|rentenier",
    },
    # soft private statuses (tier 3): a named job still wins
    "jobseeker": {
        "tier": 3,
        "words": (
            "werkzoekend|werkzoekende|werkloos|unemployed|looking for work|looking for a job"
            "|looking for a new job|looking for opportunities"
            "|seeking opportunities|seeking new opportunities|open to work|open for work"
            "|op zoek naar werk|op zoek naar een baan"
            "|op zoek naar nieuwe uitdaging|beschikbaar|available|available for work"
            "|between jobs|tussen twee banen|career break|sabbatical|job seeker|jobseeker"
            "|in transition|herorientatie|new opportunities|nieuwe uitdaging|recent graduate"
            "|pas afgestudeerd|net afgestudeerd|bachelor of science|master of science"
            "|bachelor of arts|master of arts|afgestudeerd"
        ),
        "prefixes": "werkzoek",
    },
    "homemaker": {
        "tier": 3,
        "words": (
            "huisvrouw|huisman|homemaker|housewife|househusband|stay at home mom"
            "|stay at home dad|stay at home mother|stay at home parent|full time mom"
            "|fulltime moeder|mantelzorger|caretaker family|ouderschapsverlof|parental leave"
            "|thuisblijfmoeder|thuisblijfvader|thuismoeder|fulltime mama|mantelzorg"
            "|full time parent|fulltime parent|stay at home|thuisblijfouder"
        ),
    },
}

# Whole titles (folded) whose usual reading misleads: they win outright.
TITLE_EXCEPTIONS: dict[str, str] = {
    "advocaat stagiaire": "legal",
    "advocaat stagiair": "legal",
    "advocaat stagiaire bij": "legal",
    "student recruiter": "recruitment",
    "student recruitment officer": "recruitment",
    "student advisor": "education",
    "studentenadviseur": "education",
    "student counselor": "education",
    "studentendecaan": "education",
    "hr student": "student",
    "hiring manager": "hr",
    "account manager it": "sales",
    "it account manager": "sales",
    "it sales": "sales",
    "it recruiter": "recruitment",
    "it inkoper": "purchasing",
    "ict inkoper": "purchasing",
    "it buyer": "purchasing",
    "finance recruiter": "recruitment",
    "recruiter finance": "recruitment",
    "sales recruiter": "recruitment",
    "legal recruiter": "recruitment",
    "medical recruiter": "recruitment",
    "zorg recruiter": "recruitment",
    "recruiter zorg": "recruitment",
    "hr recruiter": "recruitment",
    "recruiter it": "recruitment",
    "ex recruiter": "recruitment",
    "intern begeleider": "education",
    "owner": "management",
    "eigenaar": "management",
    "partner": "management",
}
