"""Seniority words: executive > "none" (titles where "manager" names a portfolio) > manager >
senior, junior (see :mod:`model.lexicons`)."""

from __future__ import annotations

SENIORITY_WORDS: dict[str, dict] = {
    "executive": {
        "tier": 4,
        "words": (
            "ceo|cfo|cto|coo|cio|cmo|chro|cpo|cro|cdo|ciso|chief|c level|managing director|md"
            "|general manager|algemeen directeur|directeur|director|directrice|president"
            "|vice president|vp|svp|evp|eigenaar|co owner|founder|co founder|cofounder"
            "|oprichter|medeoprichter|mede oprichter|managing partner|senior partner"
            "|bestuurder|board member|bestuurslid|raad van bestuur|commissaris|chairman"
            "|voorzitter|dga|statutair directeur|head of|executive director|country manager"
            "|divisiedirecteur|rector|burgemeester|wethouder|hoogleraar|equity partner"
            "|vennoot|owner at|business owner|shop owner|advocaat partner|partner advocaat"
            "|geschaftsfuhrer|directeur general|pdg|inhaber|locatiedirecteur|full professor"
            "|raad van toezicht|lid raad van toezicht|rvt|rvc|member of the board"
            "|board of directors|supervisory board member|entrepreneur|ondernemer"
            "|zelfstandig ondernemer|investor|angel investor|trustee|chief of staff"
        ),
        "prefixes": "directeur|eigenaar|oprichter",
    },
    "manager": {
        "tier": 2,
        "words": (
            "manager|teamleider|team leader|teamlead|team lead|teammanager|leidinggevende"
            "|supervisor|afdelingshoofd|afdelingsmanager|department manager|unit manager|lead"
            "|leider|coordinator|coördinator|coordinerend|hiring manager|project manager"
            "|projectleider|program manager|programmamanager|office manager|bedrijfsleider"
            "|filiaalmanager|store manager|chef|meewerkend voorman|voorman|ploegleider"
            "|shift leader|shift manager|foreman|uitvoerder|hoofduitvoerder|hoofd"
            "|verkoopleider|groepsleider"
        ),
        "prefixes": "teamleid|leidinggev|afdelingshoofd|coordinat",
        "suffixes": (
            "manager|sleider|mleider|tleider|lleider|kleider|gleider|dleider|leidster"
            "|directeur|director"
        ),
    },
    "senior": {
        "tier": 1,
        "words": "senior|sr|principal|expert|ervaren|experienced|medior",
    },
    "junior": {
        "tier": 1,
        "words": (
            "junior|jr|trainee|graduate|starter|assistant|assistent|aankomend|leerling"
            "|apprentice|associate|entry level|werkstudent|stagiair|stagiaire|intern"
            "|internship|student"
        ),
        "prefixes": "stagiai",
    },
    "none": {
        "tier": 3,
        "words": (
            "account manager|accountmanager|key account manager|relationship manager"
            "|relatiemanager|customer success manager|partner manager|channel manager"
            "|community manager|social media manager|content manager|case manager|casemanager"
            "|product owner|business partner|people partner|talent partner|client manager"
            "|klantmanager|accountmanager binnendienst|accountmanager buitendienst|begeleider"
            "|persoonlijk begeleider|intern begeleider|woonbegeleider"
        ),
    },
}

# Whole titles (folded) with a fixed seniority.
SENIORITY_EXCEPTIONS: dict[str, str] = {
    "owner": "executive",
    "partner": "executive",
    "eigenaar": "executive",
    "business partner": "",
    "hr business partner": "",
    "product owner": "",
}
