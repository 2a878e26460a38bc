"""The words of the hand-over report, in English and Dutch (key for key)."""

from __future__ import annotations

from ..schema import CATEGORY_NL

REPORT_EN: dict[str, str] = {
    "title": "Hand-over report: how contacts were acquired",
    "subtitle": "Contacts of {owner}",
    "header": "Hand-over report — {owner}",
    "footer": "Package SHA-256 {sha} · generated {when}",
    "confidential": "Confidential: contains personal data",
    "page": "Page {page} of {pages}",
    "details": "Details",
    "person": "Person",
    "prepared_by": "Package prepared by",
    "package": "Review package",
    "package_sha": "Package SHA-256",
    "created": "Package made on",
    "reviewer": "HR reviewer",
    "no_reviewer": "— (not reviewed by HR yet)",
    "status": "Status",
    "signed": "Signed off by {who} on {when}",
    "not_signed": "NOT signed off — this is a draft",
    "integrity": "Integrity check",
    "integrity_ok": "passed: {members} members match the manifest; the audit trail of {entries} "
    "entries is whole",
    "integrity_bad": "FAILED: {problem}",
    "generated": "Report generated",
    "scope_title": "What this report is",
    "scope": "This report documents how the contacts listed in it were acquired: in the course of "
    "work, and for which employer, or privately. It records the suggestions of the Contact "
    "Ownership application with their reasons, the decisions of {owner}, and the review by HR. "
    "It is not a finding that any agreement, including a relatiebeding (client clause), was "
    "broken, nor a statement about how any contact will be used.",
    "scope_private": "Only contacts suggested or decided to be work contacts, and contacts "
    "flagged as uncertain, were handed over. {owner}'s private contacts did not leave "
    "{owner}'s computer and are not in this report.",
    "summary_title": "1. Summary per employer and category",
    "summary_intro": "{n} contacts were handed over. Each is counted once, under the outcome: "
    "HR's decision where HR overrode, else the person's decision, else the suggestion.",
    "employer": "Employer",
    "no_employer": "(no employer)",
    "total": "Total",
    "relations_title": "2. Relatiebeding (client clause)",
    "relations_intro": "Two lists that a client clause usually turns on. Being on them is a "
    "fact about the contact, not about what anyone did with it.",
    "clients_title": "2.1 Work contacts at relations on the client list",
    "clients_none": "No client list was supplied with the package.",
    "clients_empty": "No work contact works at a company on the client list ({n} relations).",
    "recent_title": "2.2 Work contacts connected in the 12 months before a position ended",
    "recent_intro": "New connections in a job's last year are the ones competitors watch.",
    "recent_position": "{company}: {start} – {end}",
    "recent_current": "{company}: current position, counted up to {end} (the export date)",
    "recent_empty": "No work contact was connected in the 12 months before a position ended.",
    "recent_inferred": "The person gave no career: these positions were inferred from their "
    "network (the companies where an unusual share of their contacts work, dated by when "
    "those contacts were added), not stated by the person.",
    "contacts_title": "3. The contacts handed over",
    "contacts_intro": "{n} contacts were handed over. Section 3.1 shows in full the {m} that "
    "needed a decision: flagged as uncertain, decided otherwise than suggested, overridden by HR "
    "or with a note. Suggestion: the application's, with the probability that the contact was "
    "acquired for work. Person: {owner}'s decision. HR: the reviewer's decision, then the "
    "outcome. Section 3.2 lists every contact in one line by outcome and employer. The XLSX "
    "report holds every column and reason of every contact.",
    "contacts_intro_summary": "{n} contacts were handed over: too many to print one by one. "
    "Section 3.1 shows in full {shown} of the {m} contacts that needed a decision, the most "
    "telling first: overridden by HR, decided by {owner} otherwise than suggested, with a note, "
    "then flagged and still undecided. Section 3.2 sums up each employer's contacts by company. "
    "The XLSX report lists every contact with every column and reason.",
    "more_in_xlsx": "{k} more contacts that needed a decision are listed in the XLSX report.",
    "list_in_xlsx": "{n} contacts, summed up by company here; the XLSX report lists each one.",
    "by_employer_summary_title": "3.2 Each employer's contacts by company",
    "col_contacts": "Contacts",
    "col_company_name": "Company",
    "col_categories": "Categories",
    "col_decided": "Decided",
    "no_company": "(no company)",
    "other_companies": "{n} other companies",
    "attention_title": "3.1 Contacts that needed a decision",
    "attention_none": "No contact was flagged, disputed, overridden or given a note.",
    "by_employer_title": "3.2 Every contact by outcome and employer",
    "employer_block": "Work for {employer}",
    "no_employer_block": "Work, no employer given",
    "private_block": "Private after review",
    "col_by": "Decided by",
    "by_person": "person",
    "by_hr": "HR",
    "by_both": "person, HR",
    "col_no": "#",
    "col_name": "Name",
    "col_company": "Company and title",
    "col_connected": "Connected",
    "col_suggestion": "Suggestion",
    "col_person": "Person",
    "col_hr": "HR",
    "col_outcome": "Outcome",
    "col_reasons": "Reasons",
    "col_note": "Note",
    "col_category": "Category",
    "undecided": "not decided",
    "decided_as": "decided {decision}",
    "no_name": "(no name)",
    "agree": "agrees",
    "not_reviewed": "not reviewed",
    "flagged": "flagged",
    "p_work": "p(work) {p}",
    "work_for": "work: {employer}",
    "private": "private",
    "work": "work",
    "audit_title": "4. Audit trail",
    "audit_intro": "Every decision of the person and of HR, in order. Each entry carries the "
    "SHA-256 of the entry before it (shown shortened), so a changed, removed or reordered entry "
    "is detected: run “contact-ownership verify” on the package. The chain shows changes made "
    "after the fact; it is not an electronic signature.",
    "audit_empty": "No decisions were recorded.",
    "col_when": "When (UTC)",
    "col_who": "Who",
    "col_contact": "Contact",
    "col_action": "Action",
    "col_decision": "Decision",
    "col_prev": "Previous entry",
    "actor_person": "person",
    "actor_hr": "HR",
    "signoff_title": "5. Sign-off",
    "signoff_done": "{who} signed off the review on {when}.",
    "signoff_note": "Remark: {note}",
    "signoff_withdrawn": "A sign-off by {who} on {when} was withdrawn by {by} on {at}: {note}",
    "withdrawn_action": "sign-off withdrawn",
    "undo_entry": "undone; back to {decision}",
    "redo_entry": "redone: {decision}",
    "undo_action": "undone",
    "redo_action": "redone",
    "signoff_missing": "The review has not been signed off. This report is a draft and its "
    "contents may still change.",
    "signatures": "Signatures",
    "sign_employer": "For the employer",
    "sign_person": "Employee",
    "sign_name": "Name",
    "sign_date": "Date",
    "sign_signature": "Signature",
    "sheet_summary": "Summary",
    "sheet_contacts": "Contacts",
    "sheet_relations": "Relatiebeding",
    "sheet_audit": "Audit trail",
    "sheet_signoff": "Sign-off",
    "col_list": "List",
    "col_title": "Title",
    "col_p_work": "p_work",
    "col_email": "E-mail",
    "col_url": "URL",
}

REPORT_NL: dict[str, str] = {
    "title": "Overdrachtsrapport: hoe contacten zijn verworven",
    "subtitle": "Contacten van {owner}",
    "header": "Overdrachtsrapport — {owner}",
    "footer": "SHA-256 van het pakket {sha} · gemaakt {when}",
    "confidential": "Vertrouwelijk: bevat persoonsgegevens",
    "page": "Pagina {page} van {pages}",
    "details": "Gegevens",
    "person": "Persoon",
    "prepared_by": "Pakket gemaakt door",
    "package": "Reviewpakket",
    "package_sha": "SHA-256 van het pakket",
    "created": "Pakket gemaakt op",
    "reviewer": "Beoordelaar HR",
    "no_reviewer": "— (nog niet door HR beoordeeld)",
    "status": "Status",
    "signed": "Afgetekend door {who} op {when}",
    "not_signed": "NIET afgetekend — dit is een concept",
    "integrity": "Integriteitscontrole",
    "integrity_ok": "geslaagd: {members} onderdelen kloppen met het manifest; het auditspoor van "
    "{entries} regels is heel",
    "integrity_bad": "MISLUKT: {problem}",
    "generated": "Rapport gemaakt",
    "scope_title": "Wat dit rapport is",
    "scope": "Dit rapport legt vast hoe de contacten erin zijn verworven: in het kader van het "
    "werk, en voor welke werkgever, of privé. Het bevat de suggesties van de toepassing Contact "
    "Ownership met hun redenen, de besluiten van {owner} en de beoordeling door HR. Het is geen "
    "vaststelling dat enige afspraak, ook geen relatiebeding, is geschonden, en zegt niets over "
    "hoe een contact wordt gebruikt.",
    "scope_private": "Alleen contacten die als werkcontact zijn voorgesteld of besloten, en "
    "contacten die als onzeker zijn gemarkeerd, zijn overgedragen. De privécontacten van {owner} "
    "hebben de computer van {owner} niet verlaten en staan niet in dit rapport.",
    "summary_title": "1. Overzicht per werkgever en categorie",
    "summary_intro": "{n} contacten zijn overgedragen. Elk telt één keer, naar de uitkomst: het "
    "besluit van HR waar HR afweek, anders dat van de persoon, anders de suggestie.",
    "employer": "Werkgever",
    "no_employer": "(geen werkgever)",
    "total": "Totaal",
    "relations_title": "2. Relatiebeding",
    "relations_intro": "Twee lijsten waar een relatiebeding meestal om draait. Erop staan is een "
    "feit over het contact, niet over wat iemand ermee deed.",
    "clients_title": "2.1 Werkcontacten bij relaties op de klantenlijst",
    "clients_none": "Bij het pakket is geen klantenlijst gegeven.",
    "clients_empty": "Geen werkcontact werkt bij een bedrijf op de klantenlijst ({n} relaties).",
    "recent_title": "2.2 Werkcontacten verbonden in de 12 maanden voor het einde van een baan",
    "recent_intro": "Nieuwe connecties in het laatste jaar van een baan zijn die waar "
    "concurrenten op letten.",
    "recent_position": "{company}: {start} – {end}",
    "recent_current": "{company}: huidige baan, geteld tot {end} (de exportdatum)",
    "recent_empty": "Geen werkcontact is verbonden in de 12 maanden voor het einde van een baan.",
    "recent_inferred": "De persoon gaf geen loopbaan op: deze banen zijn afgeleid uit het "
    "netwerk (de bedrijven waar opvallend veel contacten werken, gedateerd op wanneer die "
    "contacten zijn toegevoegd), niet door de persoon zelf opgegeven.",
    "contacts_title": "3. De overgedragen contacten",
    "contacts_intro": "{n} contacten zijn overgedragen. Paragraaf 3.1 toont volledig de {m} die "
    "een besluit vroegen: gemarkeerd als onzeker, anders besloten dan voorgesteld, door HR "
    "overschreven of met een notitie. Suggestie: die van de toepassing, met de kans dat het "
    "contact voor het werk is verworven. Persoon: het besluit van {owner}. HR: het besluit van de "
    "beoordelaar, daarna de uitkomst. Paragraaf 3.2 noemt elk contact op één regel, per uitkomst "
    "en werkgever. Het XLSX-rapport bevat elke kolom en reden van elk contact.",
    "contacts_intro_summary": "{n} contacten zijn overgedragen: te veel om een voor een af te "
    "drukken. Paragraaf 3.1 toont volledig {shown} van de {m} contacten die een besluit vroegen, "
    "de meest veelzeggende eerst: door HR overschreven, door {owner} anders besloten dan "
    "voorgesteld, met een notitie, daarna gemarkeerd en nog zonder besluit. Paragraaf 3.2 vat de "
    "contacten van elke werkgever per bedrijf samen. Het XLSX-rapport noemt elk contact met elke "
    "kolom en reden.",
    "more_in_xlsx": "Nog {k} contacten die een besluit vroegen staan in het XLSX-rapport.",
    "list_in_xlsx": "{n} contacten, hier per bedrijf samengevat; het XLSX-rapport noemt ze elk.",
    "by_employer_summary_title": "3.2 De contacten van elke werkgever per bedrijf",
    "col_contacts": "Contacten",
    "col_company_name": "Bedrijf",
    "col_categories": "Categorieën",
    "col_decided": "Besloten",
    "no_company": "(geen bedrijf)",
    "other_companies": "{n} andere bedrijven",
    "attention_title": "3.1 Contacten die een besluit vroegen",
    "attention_none": "Geen contact was gemarkeerd, betwist, overschreven of van een notitie "
    "voorzien.",
    "by_employer_title": "3.2 Elk contact per uitkomst en werkgever",
    "employer_block": "Werk voor {employer}",
    "no_employer_block": "Werk, geen werkgever opgegeven",
    "private_block": "Privé na beoordeling",
    "col_by": "Besloten door",
    "by_person": "persoon",
    "by_hr": "HR",
    "by_both": "persoon, HR",
    "col_no": "#",
    "col_name": "Naam",
    "col_company": "Bedrijf en functie",
    "col_connected": "Verbonden",
    "col_suggestion": "Suggestie",
    "col_person": "Persoon",
    "col_hr": "HR",
    "col_outcome": "Uitkomst",
    "col_reasons": "Redenen",
    "col_note": "Notitie",
    "col_category": "Categorie",
    "undecided": "geen besluit",
    "decided_as": "besloten: {decision}",
    "no_name": "(geen naam)",
    "agree": "akkoord",
    "not_reviewed": "niet beoordeeld",
    "flagged": "gemarkeerd",
    "p_work": "p(werk) {p}",
    "work_for": "werk: {employer}",
    "private": "privé",
    "work": "werk",
    "audit_title": "4. Auditspoor",
    "audit_intro": "Elk besluit van de persoon en van HR, op volgorde. Elke regel bevat de "
    "SHA-256 van de regel ervoor (ingekort getoond), zodat een gewijzigde, verwijderde of "
    "verplaatste regel wordt ontdekt: voer „contact-ownership verify” uit op het pakket. De "
    "keten toont latere wijzigingen; het is geen elektronische handtekening.",
    "audit_empty": "Er zijn geen besluiten vastgelegd.",
    "col_when": "Wanneer (UTC)",
    "col_who": "Wie",
    "col_contact": "Contact",
    "col_action": "Actie",
    "col_decision": "Besluit",
    "col_prev": "Vorige regel",
    "actor_person": "persoon",
    "actor_hr": "HR",
    "signoff_title": "5. Aftekening",
    "signoff_done": "{who} heeft de beoordeling afgetekend op {when}.",
    "signoff_note": "Opmerking: {note}",
    "signoff_withdrawn": "Een aftekening door {who} op {when} is ingetrokken door {by} op {at}: "
    "{note}",
    "withdrawn_action": "aftekening ingetrokken",
    "undo_entry": "ongedaan gemaakt; terug naar {decision}",
    "redo_entry": "opnieuw gedaan: {decision}",
    "undo_action": "ongedaan gemaakt",
    "redo_action": "opnieuw gedaan",
    "signoff_missing": "De beoordeling is niet afgetekend. Dit rapport is een concept en de "
    "inhoud kan nog veranderen.",
    "signatures": "Handtekeningen",
    "sign_employer": "Namens de werkgever",
    "sign_person": "Werknemer",
    "sign_name": "Naam",
    "sign_date": "Datum",
    "sign_signature": "Handtekening",
    "sheet_summary": "Overzicht",
    "sheet_contacts": "Contacten",
    "sheet_relations": "Relatiebeding",
    "sheet_audit": "Auditspoor",
    "sheet_signoff": "Aftekening",
    "col_list": "Lijst",
    "col_title": "Functie",
    "col_p_work": "p_work",
    "col_email": "E-mail",
    "col_url": "URL",
}


def report_texts(language: str = "en") -> dict[str, str]:
    """The report's texts in ``language`` ("en" or "nl"; anything else gives English)."""
    return REPORT_NL if language == "nl" else REPORT_EN


def category_name(category: str, language: str = "en") -> str:
    """A category as the report names it."""
    return CATEGORY_NL.get(category, category) if language == "nl" else category
