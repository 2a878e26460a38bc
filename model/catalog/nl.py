"""Nederlands: key for key the same messages as model/catalog/en.py, with the same fields."""

from __future__ import annotations

_HELP_PACKAGE = "of controleer het met contact-ownership verify"
_CHANGED = "is na het maken van het pakket gewijzigd"

MESSAGES_NL: dict[str, str | dict[str, str]] = {
    # --- elk bestand ------------------------------------------------------------------------
    "file.problem": "{file}: {problem}",
    "text": "{text}",
    "joined": "{first}; {second}",
    "file.missing": "bestaat niet",
    "file.cannot_read": "kan niet worden gelezen ({reason})",
    "file.cannot_write": "kan niet worden geschreven ({reason})",
    "file.cannot_delete": "kan niet worden verwijderd ({reason})",
    "file.not_regular": "is geen gewoon bestand; verwacht een {what}",
    "file.too_large": "is groter dan {mb} MB, te groot voor een {what}",
    "file.cannot_read_what": "kan niet worden gelezen als {what} ({reason})",
    "file.overwrites_input": "de uitvoer zou een invoerbestand overschrijven ({source}); kies "
    "een andere naam",
    "file.no_folder": "de uitvoermap bestaat niet",
    "what.review_package": "reviewpakket",
    "what.review_file": "reviewbestand van HR",
    "what.decisions_file": "bestand met besluiten",
    "what.model_card": "modelkaart",
    "what.contacts_export": "contactenexport",
    "what.saved_career": "bewaarde loopbaan (.json)",
    "what.client_list": "klantenlijst",
    "what.positions": "Positions-bestand (Positions.csv)",
    "file.not_json": "is geen geldige JSON (regel {line})",
    # --- wat het systeem zei -------------------------------------------------------------------
    "os.no_space": "de schijf is vol",
    "os.quota": "de schijfruimte die je mag gebruiken is op",
    "os.permission": "geen toestemming",
    "os.not_permitted": "handeling niet toegestaan",
    "os.read_only": "het bestandssysteem is alleen-lezen",
    "os.not_found": "bestand of map bestaat niet",
    "os.is_folder": "is een map",
    "os.not_folder": "is geen map",
    "os.name_too_long": "bestandsnaam te lang",
    "os.busy": "apparaat of bron is bezet",
    "os.exists": "er bestaat al een bestand met die naam",
    "os.not_empty": "de map is niet leeg",
    "os.io": "lees- of schrijffout van het apparaat",
    "os.loop": "te veel symbolische koppelingen na elkaar (een kring?)",
    "os.other": "{strerror}",
    # --- fouten van de lezers ------------------------------------------------------------------
    "read.empty": "het bestand is leeg",
    "read.binary": "is geen tekstbestand (het bevat binaire gegevens)",
    "read.html": "is een webpagina (HTML), geen CSV-export",
    "read.no_connections": "geen LinkedIn-connecties gevonden: verwacht een kopregel met First "
    "Name, Last Name, Company, Position, Connected On",
    "read.no_contacts": "geen LinkedIn-connecties gevonden: verwacht een kopregel met First "
    "Name, Last Name, Company, Position, Connected On (of een contactenexport van Google of "
    "Outlook)",
    "read.not_linkedin_file": "geen {what}-bestand van LinkedIn: verwacht een kopregel met "
    "{columns}",
    "read.no_connections_file": "geen Connections.csv gevonden: verwacht de gegevensexport van "
    "LinkedIn (een zip of map met Connections.csv) of een bestand Connections.csv",
    "read.not_a_regular_file": "is geen gewoon bestand (een named pipe, een apparaat of een "
    "verbroken koppeling); niet geopend",
    "read.nested_unzip": "er zit {inner} in: pak dat uit en open het",
    "read.nested_open": "er zit {inner} in: open dat",
    "read.not_file_or_folder": "is geen gewoon bestand of gewone map; verwacht een contactenexport",
    "read.review_package": "is een reviewpakket voor HR, geen contactenexport: open het in de "
    f"app (contact-ownership open BESTAND), {_HELP_PACKAGE}",
    "read.renamed_review_package": "is een reviewpakket voor HR dat hernoemd is naar {suffix}, "
    "geen contactenexport: hernoem het naar .coreview en open het in de HR-modus van de app, "
    f"{_HELP_PACKAGE} (contact-ownership report schrijft het overdrachtsrapport)",
    "read.unzipped_review_package": "bevat een uitgepakt reviewpakket voor HR, geen "
    "contactenexport: open het .coreview-bestand zelf in de HR-modus van de app, "
    f"{_HELP_PACKAGE}",
    "read.positions_given": "is het loopbaanbestand van LinkedIn (Positions.csv), niet de "
    "contacten: die staan in Connections.csv van dezelfde export; open dat (of de hele "
    "export), en geef Positions.csv aan classify of package met --positions",
    "read.not_zip": "is geen zipbestand (het is misschien beschadigd of maar half gedownload)",
    "read.permission": "kan niet worden gelezen: geen toestemming",
    "read.damaged_gzip": "is een beschadigd gzip-bestand; download of kopieer het opnieuw",
    "read.incomplete_gzip": "is een onvolledig gzip-bestand (afgebroken tijdens het downloaden?)",
    "read.damaged_zip": "is een beschadigd zipbestand (de inhoudsopgave is kapot); download de export opnieuw",
    "read.incomplete_zip": "is een beschadigd of onvolledig zipbestand (afgebroken tijdens "
    "het downloaden?)",
    "read.unpacks_too_large": "is uitgepakt groter dan {mb} MB",
    "read.tar": "is een tar-archief; pak het uit en open de export die erin zit",
    "read.gzip_zip": "bevat een zipbestand; pak het uit (gunzip) en open dat",
    "read.too_many_entries": "heeft {count:,} onderdelen; geen LinkedIn-export",
    "read.spreadsheet": "is een spreadsheet; sla het op als CSV (Connections.csv) en open dat",
    "read.member_damaged": "{name} is beschadigd en kan niet worden uitgepakt (een mislukte download?); download de export opnieuw",
    "read.member_method": "{name} is ingepakt op een manier die dit programma niet kan uitpakken; pak de zip uit met een ander programma en open de map",
    "read.damaged_unnamed": "is beschadigd en kan niet worden uitgepakt",
    "read.method_unnamed": "is ingepakt op een manier die dit programma niet kan uitpakken",
    "read.member_password": "{name} is met een wachtwoord beveiligd",
    "read.member_too_large": "{name} is uitgepakt {mb} MB; geen LinkedIn-export",
    "read.member_unpacks_too_large": "{name} is uitgepakt groter dan {mb} MB",
    "read.password": "is met een wachtwoord beveiligd",
    "read.too_large_unnamed": "is uitgepakt {mb} MB; geen LinkedIn-export",
    "read.member": "{name}: {problem}",
    "read.malformed_rows": {
        "one": "bevat geen leesbare contacten: 1 onjuiste regel (regel {line}: {reason})",
        "other": "bevat geen leesbare contacten: {n} onjuiste regels (regel {line}: {reason})",
    },
    "read.no_contacts_found": "geen contacten gevonden in dit bestand",
    "read.header_only": "bevat geen contacten (de kopregel is er, maar er volgen geen regels)",
    "read.no_useful_contacts": "bevat geen contacten met een naam, e-mailadres of bedrijf",
    "read.workbook_too_large": "is uitgepakt {mb} MB; geen werkmap met contacten",
    "read.bad_workbook": "is een beschadigde Excel-werkmap die niet te openen is; sla hem opnieuw op in Excel, of als CSV",
    "read.not_xlsx": "is geen Excel-werkmap, al eindigt de naam op .xlsx (het is misschien beschadigd of maar half gedownload)",
    "read.formulas_without_values": {
        "one": "1 cel is een formule zonder opgeslagen waarde en is als leeg gelezen (rij {row}); "
        "open de werkmap in Excel of LibreOffice en sla hem opnieuw op om te bewaren wat die toont",
        "other": "{n} cellen zijn formules zonder opgeslagen waarde en zijn als leeg gelezen (de "
        "eerste in rij {row}); open de werkmap in Excel of LibreOffice en sla hem opnieuw op om "
        "te bewaren wat ze tonen",
    },
    "read.unsafe_names": {
        "one": "de zip bevat 1 bestand met een naam die buiten de zip wijst ({names}); "
        "genegeerd, er is niets uitgepakt",
        "other": "de zip bevat {n} bestanden met een naam die buiten de zip wijst ({names}); "
        "genegeerd, er is niets uitgepakt",
    },
    "read.and_more": "{shown} en nog {n}",
    # --- waarom een rij is overgeslagen --------------------------------------------------------
    "row.huge_field": "een veld langer dan {chars:,} tekens, meer dan een echt veld bevat",
    "row.too_many_fields": "{seen} velden waar de kopregel er {width} heeft",
    "row.unclosed_quote": "een aanhalingsteken geopend op regel {line} sluit nooit",
    "row.quote_runs_over": "een open aanhalingsteken laat dit record over regels {first}-{last} "
    "lopen",
    "row.unreadable": "onleesbaar ({detail})",
    "row.repeated_header": "opnieuw de kopregel (twee exports aan elkaar geplakt?)",
    "row.no_name_email_company": "geen naam, e-mailadres of bedrijf",
    "row.empty": "lege rij",
    "row.line_date": "regel {line}: {date}",
    "row.line_reason": "regel {line}: {reason}",
    "note.rows_skipped": {
        "one": "1 rij overgeslagen ({shown})",
        "other": "{n} rijen overgeslagen ({shown})",
    },
    "note.and_more_rows": "{shown}; nog {n}",
    # --- opmerkingen van de lezers ------------------------------------------------------------
    "note.nameless": {
        "one": "1 contact in {file} heeft geen naam (een profiel dat LinkedIn verbergt); behouden",
        "other": "{n} contacten in {file} hebben geen naam (profielen die LinkedIn verbergt); "
        "behouden",
    },
    "note.duplicates": {
        "one": "1 dubbele rij in {file}; behouden en als dubbel gemarkeerd",
        "other": "{n} dubbele rijen in {file}; behouden en als dubbel gemarkeerd",
    },
    "note.duplicate_entries": {
        "one": "1 dubbele vermelding in {file}; behouden en als dubbel gemarkeerd",
        "other": "{n} dubbele vermeldingen in {file}; behouden en als dubbel gemarkeerd",
    },
    "note.no_dates": "{file} heeft geen verbindingsdata; de suggesties steunen op de rest",
    "note.contacts_only": "alleen een contactenbestand gegeven: functies en de datum van "
    "aanmelden zijn onbekend",
    "note.zip_date": "de naam van de zip heeft geen exportdatum; {date} genomen uit de data van "
    "de bestanden erin",
    "note.other_connections": {
        "one": "de zip bevat nog een Connections.csv, niet gelezen: {names}; "
        "alleen {file} is gelezen (pak de zip uit en open dat bestand apart)",
        "other": "de zip bevat nog {n} andere Connections.csv-bestanden, niet "
        "gelezen: {names}; alleen {file} is gelezen (pak de zip uit en open elk ervan apart)",
    },
    "note.contacts_named_zip": "{file} is een contactenbestand, geen zip; zo gelezen (hernoem het naar {suffix})",
    "note.connections_copy_read": "geen Connections.csv, maar wel {file}: gelezen als de Connections.csv van de export",
    "note.contacts_named_xlsx": "{file} is een contactenbestand, geen Excel-werkmap; zo gelezen (hernoem het naar {suffix})",
    "note.other_connections_folder": {
        "one": "de map bevat nog een Connections.csv, niet gelezen: {names}; "
        "alleen {file} is gelezen (open dat bestand apart)",
        "other": "de map bevat nog {n} andere Connections.csv-bestanden, niet "
        "gelezen: {names}; alleen {file} is gelezen (open elk ervan apart)",
    },
    "note.no_positions": "de export heeft geen Positions.csv: de loopbaan is leeg",
    "note.left_out": "{file} kon niet worden gelezen ({problem}); weggelaten",
    "note.no_connected_on": "{file} heeft geen kolom Connected On; de data zijn onbekend",
    "note.duplicate_columns": "{file} heeft {n} kolommen voor één veld ({names}: kolommen "
    "{numbers}); alleen de eerste wordt gelezen, de andere blijven buiten beschouwing",
    "note.no_position_column": "{file} heeft geen kolom Position; de functies van de contacten "
    "zijn onbekend",
    "note.no_company_column": "{file} heeft geen kolom Company; de werkgevers van de contacten "
    "zijn onbekend",
    "note.position_no_company": "{file} regel {line}: een functie zonder bedrijf; weggelaten",
    "note.bad_start": "{file} regel {line}: onleesbare begindatum van {company} ({value}); leeg "
    "gelaten",
    "note.bad_end": "{file} regel {line}: onleesbare einddatum van {company} ({value}); bewaard "
    "als eerdere baan met onbekend einde",
    "note.swapped_dates": "{file} regel {line}: {company} eindigt ({end}) voordat het begint "
    "({start}); gelezen als {end} – {start}",
    "note.early_start": "{file} regel {line}: {company} begint in {start}, vóór 1950; "
    "controleer de data",
    "note.registration_after_connection": "{file}: de datum van aanmelding bij LinkedIn ({date}) "
    "ligt na de eerste connectie in {connections} ({first}); een van beide klopt niet",
    "note.future_start": "{file} regel {line}: {company} begint in {start}, in de toekomst; "
    "controleer de data",
    "note.direction_controls": {
        "one": "{file}: 1 veld bevatte tekens die tekst op het scherm omkeren (U+202E en "
        "dergelijke); verwijderd",
        "other": "{file}: {n} velden bevatten tekens die tekst op het scherm omkeren (U+202E "
        "en dergelijke); verwijderd",
    },
    "note.decisions_unknown": {
        "one": "1 besluit in {file} is werk noch privé ({example!r}); onbeslist gelaten",
        "other": "{n} besluiten in {file} zijn werk noch privé (bijv. {example!r}); onbeslist "
        "gelaten",
    },
    "note.too_many_positions": "{file} bevat {n:,} functies, meer dan welke loopbaan ook: "
    "alleen de eerste {kept:,} zijn gelezen (is het het juiste bestand?)",
    "note.bad_registration": "{file}: de datum van aanmelding bij LinkedIn ({date}) ligt vóór "
    "het bestaan van LinkedIn of in de toekomst; onbekend gelaten",
    "note.early_dates": {
        "one": "1 verbindingsdatum in {file} ligt vóór het bestaan van LinkedIn ({example}); "
        "als onbekend behandeld",
        "other": "{n} verbindingsdata in {file} liggen vóór het bestaan van LinkedIn "
        "({example}); als onbekend behandeld",
    },
    "note.future_dates": {
        "one": "1 verbindingsdatum in {file} ligt in de toekomst ({example}); als onbekend "
        "behandeld",
        "other": "{n} verbindingsdata in {file} liggen in de toekomst ({example}); als onbekend "
        "behandeld",
    },
    "note.in_file": " in {file}",
    "note.dates_unreadable": {
        "one": "1 datum{where} kon niet worden gelezen (bijv. {examples}); leeg gelaten",
        "other": "{n} data{where} konden niet worden gelezen (bijv. {examples}); leeg gelaten",
    },
    "note.dates_mixed": "data{where} mengen dag/maand en maand/dag; gelezen als {order} (het "
    "vaakst); data die alleen in de andere volgorde passen zijn leeg gelaten",
    "note.dates_ambiguous_us": "data{where} zoals {sample} kunnen dag/maand of maand/dag zijn en "
    "geen datum bewijst welke; gelezen als {order} (Amerikaans, zoals LinkedIn ze schrijft)",
    "note.dates_ambiguous_eu": "data{where} zoals {sample} kunnen dag/maand of maand/dag zijn en "
    "geen datum bewijst welke; gelezen als {order} (Europees)",
    "note.day_month": "dag/maand",
    "note.month_day": "maand/dag",
    "note.swapped_position": "{file} functie {k}: {company} eindigt ({end}) voordat het begint "
    "({start}); gelezen als {end} – {start}",
    "note.row_left_out": "{file} regel {line}: {reason}; weggelaten",
    "note.cut_short": "{file} regel {line}: het bestand houdt op midden in dit contact "
    "(afgebroken?); gelezen zo ver het gaat - controleer of de hele export is opgeslagen",
    "note.cp1252": "{file} is geen UTF-8: gelezen als Windows-1252 (cp1252, zoals Excel het "
    "opslaat); controleer of namen met accenten er goed uitzien",
    "note.mixed_encoding": "{file} mengt regels in UTF-8 en Windows-1252 (cp1252); elke regel "
    "is in zijn eigen codering gelezen",
    "note.nul_bytes": {
        "one": "{file} bevat 1 NUL-byte (een beschadigde kopie?); verwijderd — controleer de "
        "namen eromheen",
        "other": "{file} bevat {n} NUL-bytes (een beschadigde kopie?); verwijderd — controleer "
        "de namen eromheen",
    },
    "note.stray_quote": {
        "one": "{file} regel {lines}: een aanhalingsteken dat nooit sluit; die rij is zonder "
        "gelezen en de rijen erna als eigen contacten",
        "other": "{file} regels {lines}: aanhalingstekens die nooit sluiten; die rijen zijn "
        "zonder gelezen en de rijen erna als eigen contacten",
    },
    "note.unterminated_cards": {
        "one": "{file}: 1 kaart zonder END:VCARD (regel {lines}); gelezen tot de volgende kaart "
        "of het einde van het bestand",
        "other": "{file}: {n} kaarten zonder END:VCARD (regel {lines}); elk gelezen tot de "
        "volgende kaart of het einde van het bestand",
    },
    # --- een bewaarde loopbaan, een klantenlijst ---------------------------------------------
    "career.in_position": "{field} in functie {k}",
    "career.company": "bedrijf",
    "career.title": "functietitel",
    "career.description": "omschrijving",
    "career.location": "plaats",
    "career.start_of": "het begin van functie {k}",
    "career.end_of": "het einde van functie {k}",
    "career.owner_name": "naam van de eigenaar",
    "career.registration_date": "de datum van aanmelden",
    "career.export_date": "de exportdatum",
    "career.not_ours": "is geen loopbaanbestand van deze applicatie",
    "career.newer": "is geschreven door een nieuwere versie van deze applicatie",
    "career.bad_date": "heeft een ongeldige datum voor {what}: {value}",
    "career.bad_text": "heeft een ongeldige {what}: {value}",
    "career.text_too_long": "heeft een {what} van {length:,} tekens (hooguit {cap:,})",
    "career.no_positions": "heeft geen geldige lijst met functies",
    "career.too_many": "heeft {count:,} functies (hooguit {cap:,})",
    "clients.undecodable": "de tekst kan niet worden gelezen (geen UTF-8, UTF-16 of Windows-1252)",
    "clients.not_text": "geen tekstbestand; verwacht één bedrijfsnaam per regel",
    "clients.long_line": "regel {line} is {length:,} tekens lang; verwacht één bedrijfsnaam per "
    "regel",
    "clients.empty": "bevat geen bedrijfsnamen; verwacht één bedrijf per regel",
    "positions.none": "bevat geen functies (geen Positions.csv met een bedrijf erin)",
    # --- het reviewpakket van HR (.coreview) ---------------------------------------------------
    "package.cannot_read": "het reviewpakket kan niet worden gelezen ({reason})",
    "package.not_regular": "is geen gewoon bestand; verwacht een reviewpakket",
    "package.too_large": "is groter dan {mb} MB, te groot voor een reviewpakket",
    "package.not_zip": "is geen reviewpakket (geen leesbare zip; beschadigd of afgebroken?)",
    "package.bad_zip": "is geen reviewpakket (geen leesbare zip: {detail})",
    "package.twice": "is geen reviewpakket (een onderdeel komt twee keer voor)",
    "package.linkedin_export": "is een gegevensexport van LinkedIn, geen reviewpakket",
    "package.unexpected_member": "is geen reviewpakket (onverwacht onderdeel {member!r})",
    "package.missing_member": "is geen reviewpakket ({member} ontbreekt)",
    "package.encrypted": "{member} is versleuteld",
    "package.member_too_large": "{member} is te groot ({size:,} bytes)",
    "package.member_too_large_plain": "{member} is te groot",
    "package.total_too_large": "het pakket is uitgepakt groter dan de toegestane grootte",
    "package.no_manifest": "is geen reviewpakket van deze applicatie (geen manifest)",
    "package.newer": "is gemaakt door een nieuwere versie van deze applicatie",
    "package.bad_manifest": "heeft een beschadigd manifest (de onderdelen staan er niet goed in)",
    "package.manifest_not_text": "heeft een beschadigd manifest ({name} is geen tekst)",
    "package.member_not_json": "{member} is geen geldige JSON",
    "package.clients_not_utf8": "{member} is geen UTF-8-tekst",
    "package.clients_long_line": "{member} heeft een regel die te lang is",
    "package.no_contact_list": "{member} bevat geen lijst met contacten",
    "package.too_many_contacts": "{member} bevat meer dan {cap:,} contacten",
    "package.repeated_id": "{member}: contact {k} herhaalt de id {id!r}",
    "package.contact": "{member}: contact {k} {problem}",
    "contact.not_a_contact": "heeft niet de velden van een contact",
    "contact.invalid_field": "heeft een ongeldig veld {field}",
    "contact.field_too_long": "heeft een veld {field} dat te lang is",
    "contact.invalid_reasons": "heeft ongeldige redenen",
    "contact.unknown_decision": "heeft een onbekende suggestie of beslissing",
    "contact.unknown_category": "heeft een onbekende categorie {category!r}",
    "contact.p_work": "heeft een p_work buiten 0..1",
    "contact.bad_date": "heeft een ongeldige verbindingsdatum",
    "package.holds_no_private": "een reviewpakket bevat geen privécontacten; gebruik je export",
    "package.no_work_for": "geen werkcontacten voor {given!r}; werkgevers: {names}",
    # --- gewijzigde pakketten en reviewbestanden (verify) ---------------------------------------
    "integrity.part": "{what} {problem}",
    "integrity.entry": "regel {k}",
    "integrity.member_entry": "{member} regel {k}",
    "integrity.header": "kopregel",
    "integrity.last_entry": "laatste regel",
    "integrity.sha_differs": "klopt niet met zijn SHA-256 in het manifest",
    "integrity.not_listed": "staat niet in het manifest",
    "integrity.listed_missing": "staat in het manifest maar ontbreekt",
    "integrity.damaged": "is beschadigd (de zip-controlesom klopt niet)",
    "integrity.manifest_edited": f"{_CHANGED} (niet zoals het geschreven is)",
    "integrity.manifest_entry_for": f"{_CHANGED} (de regel voor {{member}})",
    "integrity.audit_head": f"{_CHANGED} (het einde van het auditspoor)",
    "integrity.details_changed": f"{_CHANGED} (de gegevens passen niet meer bij het begin van "
    "het auditspoor)",
    "integrity.no_contact": "noemt geen contact uit het pakket",
    "integrity.not_hr_on_package": "is geen besluit van HR over dit pakket",
    "integrity.not_hr": "is geen besluit van HR",
    "integrity.nothing_to_travel": "is een {action} zonder besluitstap om dat op te doen",
    "integrity.bad_travel": "is een {action} die de besluitstap die ze noemt niet herstelt",
    "integrity.after_sign_off": "komt na de aftekening",
    "integrity.bad_withdrawal": "trekt een aftekening in zonder aftekening of toelichting",
    "integrity.seal": "klopt niet met het zegel (gewijzigd of verwijderd)",
    "integrity.changed": "is gewijzigd",
    "integrity.other_package": "is gemaakt voor een andere versie van {package} (het pakket is "
    "veranderd nadat de review door HR begon); zet dit bestand ergens anders neer om een nieuwe "
    "review te beginnen",
    "chain.not_object": "is geen JSON-object",
    "chain.fields": "heeft ontbrekende of onbekende velden: {fields}",
    "chain.field_kind": "veld {field} is geen {kind}",
    "chain.field_long": "veld {field} is te lang",
    "chain.actor": "onbekende actor {actor!r}",
    "chain.action": "onbekende handeling {action!r}",
    "chain.numbered": "heeft nummer {seq}, verwacht {index}",
    "chain.incomplete": "de laatste regel is onvolledig",
    "chain.not_json": "is geen regel JSON",
    "chain.not_canonical": "staat niet in de vaste vorm (met de hand bewerkt?)",
    "chain.broken": "draagt niet de SHA-256 van de regel ervoor",
    # --- het reviewbestand van HR (.review) en de besluiten -------------------------------------
    "review.incomplete": "is geen volledig reviewbestand van HR",
    "review.no_header": "is geen reviewbestand van HR (geen kopregel)",
    "review.not_ours": "is geen reviewbestand van HR van deze applicatie",
    "review.no_reviewer": "vul de naam van de beoordelaar in om de review te beginnen",
    "review.signed_off": "de review is afgetekend; besluiten kunnen niet meer veranderen",
    "review.choose_employer": "kies de werkgever waarvoor het contact is verworven",
    "review.override_note": "een afwijkend besluit heeft een toelichting nodig",
    "review.already_signed": "de review is al afgetekend",
    "review.open_items": {
        "one": "1 gemarkeerd of betwist contact heeft nog een besluit nodig",
        "other": "{n} gemarkeerde of betwiste contacten hebben nog een besluit nodig",
    },
    "review.not_signed": "de review is niet afgetekend",
    "review.withdraw_note": "een aftekening intrekken heeft een toelichting nodig",
    "review.nothing_to_undo": "er is geen besluit om ongedaan te maken",
    "review.nothing_to_redo": "er is geen ongedaan gemaakt besluit om opnieuw te doen",
    "hr_step.agree": {
        "one": "instemming met 1 contact",
        "other": "instemming met {n} contacten",
    },
    "hr_step.override_work": {
        "one": "afwijkend besluit over 1 contact: werk voor {employer}",
        "other": "afwijkend besluit over {n} contacten: werk voor {employer}",
    },
    "hr_step.override_private": {
        "one": "afwijkend besluit over 1 contact: privé",
        "other": "afwijkend besluit over {n} contacten: privé",
    },
    "hr_step.override": {
        "one": "afwijkend besluit over 1 contact",
        "other": "afwijkend besluit over {n} contacten",
    },
    # --- een bestand met besluiten (leren) ----------------------------------------------------
    "labels.no_decision_column": "heeft geen kolom 'decision'; verwacht URL of row, decision",
    "labels.no_key_column": "heeft geen kolom 'URL' of 'row' om de contacten mee te vinden",
    "labels.bad_decision": "record {record}: besluit {value!r} is 'work' noch 'private'",
    "labels.conflict": "record {record} beslist contact {contact} als {decision}, maar record "
    "{other} besliste het als {earlier}; houd er één van",
    "labels.not_table": "{problem}; een bestand met besluiten is een tabel met de kolommen "
    "'decision' en 'URL' of 'row', zoals Alles exporteren in de app die schrijft",
    "labels.no_header": "geen kopregel met de kolommen 'decision' en 'URL' of 'row'",
    "labels.unreadable_line": "regel {line} kan niet worden gelezen: {reason}; het besluit erin "
    "zou verloren gaan",
    "labels.unreadable_line_more": "regel {line} kan niet worden gelezen: {reason} (en nog "
    "{more:,}); het besluit erin zou verloren gaan",
    "labels.row_not_number": "record {record}: rij {value!r} is geen getal",
    "labels.row_out_of_range": "record {record}: rij {row} valt buiten de 1..{count} contacten "
    "van de export",
    # --- het reviewjournaal ----------------------------------------------------------------------
    "db.full": "de database of de schijf is vol",
    "db.read_only": "de database is alleen-lezen",
    "db.cannot_open": "het databasebestand kan niet worden geopend",
    "db.damaged": "het databasebestand is beschadigd",
    "db.not_a_database": "het bestand is geen database",
    "db.io_error": "lees- of schrijffout op de schijf",
    "db.busy": "de database is vergrendeld",
    "db.permission": "geen toestemming",
    "journal.folder_unwritable": "in {folder} kan niet worden geschreven: {reason}",
    "journal.format": "journaalformaat {version} wordt niet ondersteund",
    "vcard.connected": "LinkedIn-connectie sinds {date}",
    "vcard.acquired_for": "verworven voor {employer}",
    "journal.previous_newer_read": "Je review van een eerdere export van deze persoon is "
    "opgeslagen door een nieuwere versie van deze applicatie: de besluiten zijn overgenomen voor "
    "zover deze versie ze kan lezen, en die review blijft zoals hij was.",
    "journal.previous_newer_unreadable": "Je review van een eerdere export van deze persoon is "
    "opgeslagen door een nieuwere versie van deze applicatie, die deze versie niet kan lezen: er "
    "is niets overgenomen, en die review blijft zoals hij was, zodat de nieuwere versie hem kan "
    "openen.",
    "journal.newer": "is je review van deze export, opgeslagen door een nieuwere versie van deze "
    "applicatie: open de export met die versie (de review blijft zoals hij was)",
    "learning.newer": "Wat de suggesties in deze review van je besluiten leerden, is opgeslagen "
    "door een nieuwere versie van deze applicatie. Het blijft zoals het was: deze versie leert "
    "hier niets nieuws van je besluiten (je besluiten zelf worden gewoon opgeslagen).",
    "learning.newer_kept": "een nieuwere versie van deze applicatie heeft die van haarzelf "
    "opgeslagen, die blijft zoals hij was",
    "journal.cannot_open": "het reviewjournaal kan niet worden geopend ({detail})",
    "journal.cannot_save": "het besluit kon niet worden opgeslagen ({detail})",
    "journal.cannot_read": "het reviewjournaal kan niet worden gelezen ({detail})",
    "journal.in_use": "is open in een ander venster van Contact Ownership; ga naar dat venster "
    "of sluit het daar eerst (één venster per review, zodat geen besluit verloren gaat)",
    # --- modelbestanden --------------------------------------------------------------------------
    "model.missing": "dit modelbestand bestaat niet",
    "model.card_other_file": "de kaart ervan beschrijft {name}, niet dit bestand",
    "model.sha_differs": "klopt niet met de modelkaart (de SHA-256 verschilt)",
    "model.card_version": "gemaakt met scikit-learn {made}, maar de kaart zegt {claimed}: train "
    "het opnieuw met `contact-ownership train`",
    "model.too_large": "is groter dan {mb} MB: niet ons model",
    "model.unpacks_too_large": "is uitgepakt groter dan {mb} MB: niet ons model",
    "model.needs_sklearn": "heeft geen gecompileerde tweeling en heeft dus scikit-learn nodig: "
    "installeer {extra}",
    "model.installed_version": "gemaakt met scikit-learn {claimed}, maar {installed} is "
    "geïnstalleerd: train het opnieuw met `contact-ownership train`",
    "career.not_text": "is geen opgeslagen loopbaan: er staat geen tekst in (Loopbaan opslaan… in Loopbaan ▸ Loopbaan en klanten bewerken… slaat er een op als JSON)",
    "model.unreadable": "geen leesbaar modelbestand (beschadigd, of niet door dit programma gemaakt)",
    "model.refused_type": "geweigerd: het bestand vraagt om typen die we niet toestaan: {name}",
    "model.old_version": "gemaakt met scikit-learn {version}: train het opnieuw",
    "model.not_ours": "is geen model van Contact Ownership",
    "model.outside_allow_list": "heeft typen nodig buiten de toegestane lijst: {names}",
    "model.no_card": "geen modelkaart ({card}) naast het modelbestand",
    "model.card_unreadable": "onleesbare modelkaart (beschadigd, of niet de JSON die dit programma schrijft)",
    "model.card_not_object": "de modelkaart is geen JSON-object",
    "model.card_band": "flag_band moet twee getallen 0 <= laag < hoog <= 1 zijn, niet {value}",
    "model.card_file_name": "{key} moet een kale bestandsnaam zijn, niet {value}",
    "model.no_schema": "is geen skops-modelbestand (geen schema.json)",
    "model.schema_too_large": "het schema is te groot: niet ons model",
    "model.bad_twin": "is geen bruikbaar gecompileerd model ({detail})",
    "model.cannot_compile_text": "kan de tekstinstellingen van {name} niet compileren",
    "model.cannot_compile": "kan geen {kind} compileren",
    "model.only_sigmoid": "alleen sigmoïde kalibratie kan worden gecompileerd",
    # --- uitvoer ----------------------------------------------------------------------------------
    "write.unknown_format": "onbekend uitvoerformaat {suffix!r}; gebruik .csv of .xlsx",
    "write.use_csv_xlsx": "onbekend uitvoerformaat: gebruik een bestandsnaam op .csv of .xlsx",
    "write.use_pdf_xlsx": "onbekend rapportformaat: gebruik een bestandsnaam op .pdf of .xlsx",
    "write.use_csv_xlsx_vcf": "onbekend formaat: gebruik een bestandsnaam op .csv, .xlsx of .vcf",
    "write.too_many_rows": "{rows:,} rijen passen niet in een spreadsheet (Excel houdt er "
    "{cap:,} met de kopregel); schrijf een .csv",
    "write.cannot_create_folder": "de uitvoermap kan niet worden gemaakt ({reason})",
    "write.folder_not_writable": "in de uitvoermap kan niet worden geschreven ({reason})",
    # --- batch ------------------------------------------------------------------------------------
    "batch.nothing_to_classify": "geen exports om in te delen ({kinds}-bestanden of exportmappen)",
    "batch.nothing_but_earlier": "{nothing}{earlier}; een invoerbestand dat je bij naam noemt, wordt gelezen",
    "batch.no_memory": "niet genoeg geheugen om het in te delen",
    "batch.unexpected": "onverwachte fout ({kind}: {detail})",
    "batch.dask_worker_failed": "de Dask-worker is uitgevallen ({kind})",
    "batch.worker_stopped": "het werkproces is gestopt ({kind}); probeer --jobs 1",
    "batch.unsupported": "geen contactenexport ({what}); verwacht {kinds} of een exportmap",
    "batch.suffix_file": "een {suffix}-bestand",
    "batch.no_suffix": "een bestand zonder extensie",
    "batch.perhaps_old_private_list": "overgeslagen als lijst van privécontacten van een "
    "eerdere versie van dit programma ({form}); een LinkedIn-export die opnieuw in een "
    "spreadsheet is opgeslagen, kan er net zo uitzien: noem hem bij naam om hem te lezen",
    "batch.old_private_csv": "alleen de zeven kolommen van LinkedIn, een byte-order mark, "
    "CRLF-regeleinden, de kopregel op de eerste regel en elke datum als JJJJ-MM-DD",
    "batch.old_private_book": "alleen de zeven kolommen van LinkedIn, op één blad met de naam "
    "Contacts, elke datum als JJJJ-MM-DD",
    "batch.earlier_output": "eerdere uitvoer van dit programma ({what}), geen export",
    "batch.summary_file": "een batchoverzicht",
    "batch.classified_table": "een ingedeelde tabel",
    "batch.private_list": "een lijst van privécontacten",
    "batch.handover_list": "een overdrachtslijst van HR",
    "batch.card_list": "een werk- of privélijst als vCards",
    "batch.progress": "{done} van {n} klaar{earlier}",
    "batch.earlier_skipped": {
        "one": " ({n} eerdere uitvoer overgeslagen)",
        "other": " ({n} eerdere uitvoerbestanden overgeslagen)",
    },
    "batch.fifo": "een named pipe (FIFO), geen bestand; niet geopend",
    "batch.special_file": "geen gewoon bestand (een socket of apparaat); niet geopend",
    "batch.unlisted_folder": "een map waarvan de inhoud niet te zien is ({reason}); niet gelezen",
    "batch.broken_link": "een verbroken koppeling naar {target}; niets te lezen",
    # --- de opdrachtregel -------------------------------------------------------------------------
    "cli.cannot_create_folder": "de map kan niet worden gemaakt ({reason})",
    "cli.cannot_write_folder": "in de map kan niet worden geschreven ({reason})",
    "cli.cannot_write_sample": "het voorbeeld kan niet worden geschreven ({reason}); niets "
    "geschreven",
    "cli.exists": "bestaat al; kies een andere map met --out (niets geschreven)",
    "cli.unknown_excel": "onbekende Excel-variant {given!r}; kies uit: {choices}",
    "cli.unknown_profession": "onbekend beroep {given!r}; kies uit: {choices}",
    "cli.needs_training_extra": "{command} heeft scikit-learn en skops nodig: pip install "
    "'{extra}'",
    "cli.not_in_bundle": "{command} hoort niet bij het geïnstalleerde programma; het heeft het "
    "Python-pakket met scikit-learn nodig: pip install '{extra}' in een virtuele omgeving",
    "cli.needs_dask": "de Dask-backend heeft dask.distributed nodig: pip install '{extra}'",
    "cli.no_scheduler": "kan de Dask-scheduler op {scheduler} niet bereiken ({detail})",
    # --- het menu-item voor pip-installaties (contact-ownership desktop-entry) -----------------
    "desktop.installed": {
        "one": "menu-item van Contact Ownership geïnstalleerd in {folder} (1 bestand "
        "geschreven); het start {program}",
        "other": "menu-item van Contact Ownership geïnstalleerd in {folder} ({n} bestanden "
        "geschreven: het item, de bestandstypen en pictogrammen); het start {program}",
    },
    "desktop.up_to_date": "het menu-item van Contact Ownership in {folder} is al actueel; niets "
    "veranderd (het start {program})",
    "desktop.removed": {
        "one": "1 bestand van het menu-item van Contact Ownership verwijderd uit {folder}",
        "other": "{n} bestanden van het menu-item van Contact Ownership verwijderd uit {folder} "
        "(het item, de bestandstypen en pictogrammen)",
    },
    "desktop.nothing_to_remove": "geen menu-item van Contact Ownership in {folder}; niets "
    "verwijderd",
    "desktop.would_write": "zou {file} schrijven",
    "desktop.would_remove": "zou {file} verwijderen",
    "desktop.dry_run": "--dry-run: niets geschreven of verwijderd",
    "desktop.not_linux": "desktop-entry maakt alleen menu-items op Linux-bureaubladen "
    "(freedesktop.org); gebruik op {system} de bundel: {instead}",
    "desktop.instead_macos": "Contact Ownership.app, gebouwd met pyinstaller "
    "packaging/contact-ownership.spec",
    "desktop.instead_windows": "contact-ownership-gui.exe, gebouwd met pyinstaller "
    "packaging/contact-ownership.spec",
    "desktop.in_bundle": "dit is het gebundelde programma: zijn install.sh maakt het menu-item, "
    "de bestandstypen en pictogrammen (install.sh --uninstall verwijdert ze)",
    "desktop.no_home": "kan je thuismap niet vinden (HOME is niet ingesteld); zet XDG_DATA_HOME "
    "op de map voor menu-items, meestal ~/.local/share",
    "desktop.home_missing": "je thuismap bestaat niet; niets geschreven (zet HOME of "
    "XDG_DATA_HOME)",
    "desktop.no_program": "{program} niet gevonden in {folder}: installeer het pakket daar eerst "
    "(pip install contact-ownership)",
    "desktop.no_package": "de bestanden van de desktop-app ontbreken in deze installatie; "
    "installeer contact-ownership opnieuw",
    "desktop.odd_path": "dit pad bevat een regeleinde of is geen UTF-8, wat een menu-item niet "
    "kan bevatten; installeer in een map met een gewone naam",
    "desktop.foreign_entry": "is een menu-item dat door iets anders is gemaakt (install.sh van de "
    "bundel?); niets geschreven: verwijder dat eerst (install.sh --uninstall)",
    "desktop.foreign_kept": "is een menu-item dat door iets anders is gemaakt (install.sh van de "
    "bundel?); niets verwijderd: install.sh --uninstall verwijdert dat",
    # De eigen regels van de opdrachtregel.
    "cli.label.error": "fout",
    "cli.label.warning": "waarschuwing",
    "cli.label.note": "opmerking",
    "cli.label.skipped": "overgeslagen",
    "cli.label.cancelled": "geannuleerd",
    "cli.label.changed": "gewijzigd",
    "cli.cancelled": "geannuleerd",
    "cli.interrupted": "onderbroken",
    "cli.interrupted_batch": "onderbroken; wat klaar is staat in {file}",
    "cli.no_memory": "{inputs}: niet genoeg geheugen om het af te maken",
    "cli.unexpected": "{inputs}: onverwachte {kind} ({detail}); zet {variable}=1 voor details en "
    "meld het ons alsjeblieft",
    "cli.nothing_written": "niets geschreven",
    "cli.wrote": "{file} geschreven",
    "cli.wrote_sample": "{first} en {second} geschreven (gegenereerde, fictieve personen)",
    "cli.wrote_summary": "{file} geschreven: {summary}",
    "cli.wrote_contacts": {
        "one": "{file} geschreven: {n:,} contact",
        "other": "{file} geschreven: {n:,} contacten",
    },
    "cli.wrote_work_of": {
        "one": "{file} geschreven: {n:,} werkcontact van {employer}",
        "other": "{file} geschreven: {n:,} werkcontacten van {employer}",
    },
    "cli.wrote_private": {
        "one": "{file} geschreven: {n:,} privécontact",
        "other": "{file} geschreven: {n:,} privécontacten",
    },
    "cli.summary": {
        "one": "{n:,} contact: {work:,} werk, {private:,} privé, {flagged:,} gemarkeerd",
        "other": "{n:,} contacten: {work:,} werk, {private:,} privé, {flagged:,} gemarkeerd",
    },
    "cli.employer_count": "{employer}: {n:,}",
    "cli.employer_unknown": "(werkgever onbekend)",
    "cli.more_employers": {"one": "nog {n:,} werkgever", "other": "nog {n:,} werkgevers"},
    "cli.decisions_applied": {
        "one": "{n:,} beslissing toegepast",
        "other": "{n:,} beslissingen toegepast",
    },
    "cli.decisions_unmatched": "{n:,} bij geen enkel contact gevonden",
    "cli.suggestions_changed": {
        "one": "{n:,} andere suggestie gewijzigd",
        "other": "{n:,} andere suggesties gewijzigd",
    },
    "cli.decisions_left_out": {
        "one": "{n:,} beslissing past bij geen contact van de export en is weggelaten",
        "other": "{n:,} beslissingen passen bij geen contact van de export en zijn weggelaten",
    },
    "cli.batch_done": "{ok} van {inputs} invoerbestanden ingedeeld{warned} in {folder} "
    "(summary.csv){earlier}{skipped}{unlisted}",
    "cli.batch_warned": " ({n} met waarschuwingen)",
    "cli.batch_earlier": {
        "one": "; {n} eerdere uitvoer van dit programma overgeslagen (een ingedeelde tabel, "
        "overzicht of contactlijst tussen de invoer: {names})",
        "other": "; {n} eerdere uitvoerbestanden van dit programma overgeslagen (ingedeelde "
        "tabellen, overzichten of contactlijsten tussen de invoer: {names})",
    },
    "cli.batch_skipped": {
        "one": "; {n} ander bestand overgeslagen (geen export)",
        "other": "; {n} andere bestanden overgeslagen (geen export)",
    },
    "cli.batch_unlisted": {
        "one": "; {n} map niet gelezen (de inhoud is niet te zien)",
        "other": "; {n} mappen niet gelezen (de inhoud is niet te zien)",
    },
    "cli.confirm_write": "Deze {n:,} contacten naar {file} schrijven? [j/N] ",
    "verify.ok": "{package}: OK — {members} onderdelen kloppen met het manifest; het auditspoor "
    "van {entries} regels is heel",
    "verify.ok_review": "{package}: OK — {members} onderdelen kloppen met het manifest; het "
    "auditspoor van {entries} regels en de review van HR ({hr_entries} regels in {review}) zijn "
    "heel",
    "cli.package_holds": "Het pakket bevat {n:,} contacten (werk en gemarkeerd, waarvan "
    "{private:,} privé); je andere {left:,} privécontacten blijven op deze computer.",
    "cli.integrity_failed": "integriteitscontrole MISLUKT: {problem}",
    # inspect's text (model.report.inspect_text); labels are padded to one column.
    "inspect.label.contacts": "contacten",
    "inspect.label.skipped": "overgeslagen",
    "inspect.label.duplicates": "dubbel",
    "inspect.label.connected": "verbonden",
    "inspect.label.without_date": "zonder datum",
    "inspect.label.repaired": "hersteld",
    "inspect.label.hidden": "verborgen",
    "inspect.label.owner": "eigenaar",
    "inspect.label.on_linkedin": "op LinkedIn",
    "inspect.label.exported": "geëxporteerd",
    "inspect.label.positions": "functies",
    "inspect.count": "{n:,}",
    "inspect.imported": "{contacts:,} geïmporteerd van {rows:,} gelezen regels",
    "inspect.duplicates_kept": " (behouden, gemarkeerd als dubbel)",
    "inspect.repaired": "{n:,} verminkte namen of titels (mojibake)",
    "inspect.hidden": "{n:,} (geen naam: profielen die LinkedIn verbergt)",
    "inspect.since": "sinds {date}",
    "inspect.from_file_name": " (uit de bestandsnaam)",
    "inspect.from_file_name_month_first": " (uit de bestandsnaam, maand eerst gelezen zoals "
    "LinkedIn die schrijft: dag en maand kunnen ook andersom staan)",
    "inspect.from_zip_dates": " (uit de datums in de zip)",
    "inspect.position": "{start} – {end}: {title} bij {company}",
    "inspect.no_title": "(geen titel)",
    "inspect.skipped_row": "overgeslagen: {where}regel {row}: {reason}",
    "inspect.more_skipped": "… en nog {n} overgeslagen regels",
    "inspect.warning": "waarschuwing: {warning}",
    # argparse's own words (model.argparse_words.ARGPARSE_KEYS): %-templates that argparse fills in.
    "argparse.usage": "gebruik: ",
    "argparse.positionals": "positionele argumenten",
    "argparse.options": "opties",
    "argparse.help": "deze hulptekst tonen en stoppen",
    "argparse.argument": "argument %(argument_name)s: %(message)s",
    "argparse.required": "de volgende argumenten zijn verplicht: %s",
    "argparse.one_required": "een van de argumenten %s is verplicht",
    "argparse.unrecognized": "onbekende argumenten: %s",
    "argparse.not_allowed": "niet toegestaan samen met argument %s",
    "argparse.ignored": "expliciet argument %r genegeerd",
    "argparse.expected_one": "één argument verwacht",
    "argparse.expected_at_most_one": "hoogstens één argument verwacht",
    "argparse.expected_at_least_one": "minstens één argument verwacht",
    "argparse.expected_n": {"one": "%s argument verwacht", "other": "%s argumenten verwacht"},
    "argparse.ambiguous": "dubbelzinnige optie: %(option)s kan passen bij %(matches)s",
    "argparse.invalid_value": "ongeldige %(type)s-waarde: %(value)r",
    "argparse.invalid_choice": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argparse.unexpected_option": "onverwachte optie: %s",
    "argparse.unknown_parser": "onbekende opdracht %(parser_name)r (keuzes: %(choices)s)",
    "argparse.cannot_open": "kan '%(filename)s' niet openen: %(error)s",
    "cli.usage_error": "{problem} (zie `{prog} --help`)",
    "cli.empty_file_name": "een lege bestandsnaam",
    "cli.expected_seed": "verwacht een geheel getal van 0 of meer, niet {value!r}",
    "cli.expected_number": "verwacht een geheel getal van minstens {least}, niet {value!r}",
    "cli.expected_number_range": "verwacht een geheel getal van {least} tot en met {most}, niet {value!r}",
    # The command line's help (argparse's help= texts), one key per option or command.
    "help.description": "Stelt per geëxporteerd contact voor of het voor het werk (en voor welke "
    "werkgever) of privé is gelegd, met redenen. Zonder opdracht: de app openen.",
    "help.command": "OPDRACHT",  # the placeholder of the command in the usage line
    "help.main.language": "de taal van meldingen en uitvoer (standaard die van de locale, uit "
    "LC_ALL, LC_MESSAGES, LANG en LANGUAGE; Engels tenzij Nederlands)",
    "help.version": "het versienummer van het programma tonen en stoppen",
    "help.open": "de desktop-app openen (ook: helemaal geen opdracht)",
    "help.open.input": "een export om te openen",
    "help.inspect": "tonen wat een export bevat en hoe die is gelezen",
    "help.inspect.input": "LinkedIn-zip, map met de bestanden ervan, of een contactenbestand",
    "help.json": "één JSON-object afdrukken",
    "help.sample": "een gegenereerde (fictieve) LinkedIn-export schrijven",
    "help.out_folder": "uitvoermap",
    "help.sample.seed": "een ander getal, een andere persoon",
    "help.sample.profession": "bijv. recruiter, it_consultant, student, nurse",
    "help.sample.contacts": "aantal contacten, 1-30000 (standaard: gebruikelijk)",
    "help.sample.layout": "de opmaak van de export naar jaar (standaard current)",
    "help.sample.excel": "verminken zoals Excel doet: utf8-bom, cp1252, utf16-tab, semicolon…",
    "help.classify": "werk/privé, werkgever en redenen per contact voorstellen",
    "help.classify.input": "alles wat `inspect` leest",
    "help.classify.out": "uitvoerbestand (.csv of .xlsx)",
    "help.classify.positions": "de Positions.csv (of .xlsx) van de eigenaar, de exportzip of -map "
    "waarin die staat, of een bewaarde loopbaan (.json)",
    "help.clients": "de klantenlijst van de werkgever, één bedrijf per regel",
    "help.model": "een modelbestand (standaard: het meegeleverde model)",
    "help.classify.labels": "je beslissingen tot nu toe (CSV/XLSX: URL of rij, beslissing "
    "work/private, eventueel werkgever, notitie; de export van de app bevat ze): gelabelde "
    "contacten houden hun label, de rest leert ervan",
    "help.batch": "veel exports in één map indelen, met summary.csv",
    "help.batch.inputs": "exportbestanden of mappen daarmee",
    "help.batch.jobs": "parallelle werkprocessen (standaard 1)",
    "help.batch.backend": "waar de invoer draait: lokale werkprocessen (standaard) of een "
    "Dask-cluster (vereist contact-ownership[distributed])",
    "help.batch.scheduler": "de Dask-scheduler om te gebruiken (bijv. tcp://10.0.0.5:8786); "
    "standaard: een lokaal cluster van --jobs workers. Invoer en --out moeten op een "
    "bestandssysteem staan dat elke worker ziet",
    "help.batch.format": "het formaat van de ingedeelde bestanden (standaard csv)",
    "help.batch.clients": "een klantenlijst voor elke invoer",
    "help.train": "een model trainen op gegenereerde personen en de modelkaart schrijven",
    "help.train.out": "uitvoermap voor het model en de modelkaart",
    "help.train.persons": "trainingspersonen (2 of meer)",
    "help.train.test_persons": "achtergehouden personen (standaard 60)",
    "help.train.seed": "eerste trainingsseed",
    "help.train.no_plots": "de PNG-figuren overslaan",
    "help.evaluate": "cijfers van een model op achtergehouden, gegenereerde personen",
    "help.evaluate.persons": "gegenereerde personen om op te testen (standaard 60)",
    "help.package": "een reviewpakket voor HR schrijven (alleen werk en gemarkeerd)",
    "help.package.input": "de export (alles wat `inspect` leest)",
    "help.package.out": "het pakketbestand (.coreview)",
    "help.package.decisions": "je beslissingen, zoals classify --labels ze neemt (CSV/XLSX: URL of "
    "rij, beslissing work/private, eventueel werkgever, notitie; Alles exporteren in de app "
    "schrijft ze)",
    "help.package.positions": "de Positions.csv van de eigenaar of een bewaarde loopbaan (.json)",
    "help.package.list": "elk contact tonen dat erin zou gaan; niets schrijven",
    "help.package.dry_run": "tonen wat erin zou gaan; niets schrijven",
    "help.package.yes": "schrijven zonder te vragen",
    "help.verify": "een pakket en de HR-review ervan controleren op wijzigingen",
    "help.package_file": "het reviewpakket (.coreview)",
    "help.review_file": "het reviewbestand van HR (standaard: dat naast het pakket)",
    "help.report": "het overdrachtsrapport van een pakket schrijven (.pdf of .xlsx); afsluitstatus "
    "1 als de integriteitscontrole mislukt (het rapport zegt dat)",
    "help.report.out": "het rapportbestand (.pdf of .xlsx)",
    "help.report.language": "de taal van het rapport (standaard die van de opdrachtregel, zie "
    "contact-ownership --help)",
    "help.handover": "de werkcontacten van één werkgever schrijven (uit een pakket of een export), "
    "of je privécontacten (uit een export)",
    "help.handover.input": "een reviewpakket, of een export",
    "help.handover.employer": "de werkgever wiens werkcontacten geschreven worden",
    "help.handover.private": "in plaats daarvan je privécontacten",
    "help.handover.out": "de lijst (.csv, .xlsx of .vcf)",
    "help.handover.decisions": "bij een export: je beslissingen (CSV/XLSX: URL of rij, beslissing "
    "work/private, eventueel werkgever, notitie; Alles exporteren in de app schrijft ze)",
    "help.handover.positions": "bij een export: Positions.csv of een bewaarde loopbaan",
    "help.handover.clients": "bij een export: de klantenlijst van de werkgever",
    "help.desktop-entry": "het menu-item, de bestandstypen en de pictogrammen van de app voor jou "
    "toevoegen (of verwijderen) op een Linux-desktop; voor installaties met pip en pipx "
    "(install.sh van de bundel doet het voor de bundel)",
    "help.desktop-entry.action": "install: ze onder $XDG_DATA_HOME (~/.local/share) schrijven, "
    "zodat ze de contact-ownership-gui van deze installatie starten; remove: precies die "
    "bestanden verwijderen",
    "help.desktop-entry.dry_run": "de bestanden tonen; niets wijzigen",
    "metavar.OUT": "UITVOER",
    "metavar.POSITIONS": "FUNCTIES",
    "metavar.CLIENTS": "KLANTEN",
    "metavar.MODEL": "MODELBESTAND",
    "metavar.LABELS": "BESLISSINGEN",
    "metavar.DECISIONS": "BESLISSINGEN",
    "metavar.EMPLOYER": "WERKGEVER",
    "metavar.REVIEW": "REVIEWBESTAND",
    "metavar.SEED": "GETAL",
    "metavar.PROFESSION": "BEROEP",
    "metavar.CONTACTS": "AANTAL",
    "metavar.EXCEL": "VARIANT",
    "metavar.JOBS": "PROCESSEN",
    "metavar.PERSONS": "PERSONEN",
    "metavar.TEST_PERSONS": "TESTPERSONEN",
    "metavar.ADDRESS": "ADRES",
    "metavar.PACKAGE": "PAKKET",
    "metavar.SOURCE": "BRON",
    "metavar.input": "invoer",
    "metavar.inputs": "invoer",
    "progress.reading": "lezen",
    "progress.reading_contacts": "contacten lezen",
    "progress.reading_career": "loopbaan lezen",
    "progress.read": "klaar",
    "progress.counting": "Het netwerk tellen",
    "progress.relating": "Contacten aan de loopbaan koppelen",
    "progress.classifying": "Indelen",
    "progress.classifying_with_career": "Indelen met je loopbaan",
    "progress.explaining": "Redenen geven",
    "progress.writing": "Schrijven",
    "progress.writing_table": "schrijven",
    "progress.done": "Klaar",
    "progress.generating_person": "Persoon {k} genereren",
    "progress.fitting": "Trainen",
    "progress.opening": "Lezen",
    "progress.loading_model": "Het model laden",
    "progress.preparing_table": "De tabel voorbereiden",
    "progress.preparing": "Voorbereiden",
    "progress.evaluating": "Evalueren",
    "cli.trained": {
        "one": "{file} geschreven: macro-F1 {macro_f1}, ROC-AUC {roc_auc}, Brier {brier}, "
        "ECE {ece}, juiste werkgever {employer_accuracy} op {n} achtergehouden persoon",
        "other": "{file} geschreven: macro-F1 {macro_f1}, ROC-AUC {roc_auc}, Brier {brier}, "
        "ECE {ece}, juiste werkgever {employer_accuracy} op {n} achtergehouden personen",
    },
    "cli.evaluate_profession": "beroep",
    "cli.evaluate_persons": "personen",
    "cli.evaluate_contacts": "contacten",
    "cli.evaluate_all": "ALLE",
    "app.no_display": "geen beeldscherm om het venster op te tonen (DISPLAY en WAYLAND_DISPLAY "
    "zijn geen van beide gezet); start de app in een bureaubladsessie, of gebruik de opdrachten "
    "(contact-ownership --help)",
    "help.app.description": "De desktop-app openen, en met BESTAND die export of dat reviewpakket "
    "erin.",
    "help.app.file": "een LinkedIn-export (zip, map of CSV), een contactenbestand (CSV, XLSX, "
    "vCard), een export van de app, of een .coreview-reviewpakket",
    "metavar.file": "bestand",
    "inferred.lead": "geen loopbaan opgegeven",
    "inferred.lead_given": "{file} bevat geen functies",
    "inferred.none": "{lead} en geen werkgever springt eruit in het netwerk: {advice}",
    "inferred.advice_check": "controleer of het de Positions.csv van LinkedIn met je banen is",
    "inferred.advice_positions": "geef --positions voor betere suggesties",
    "inferred.found": "{lead}: werkgever afgeleid uit het netwerk, waarschijnlijk {employers} - "
    "{advice} om je eigen loopbaan te gebruiken",
    "inferred.employer": "{company} ({start} - {end}, {n:,} contacten werken er)",
    "inferred.advice_give_file": "geef een Positions.csv met je banen",
    "inferred.advice_give": "geef --positions",
    "inferred.now": "nu",
    "inferred.month_year": "{month} {year}",
    "date.day": "{day} {month} {year}",
    "date.month": "{month} {year}",
    "month.1": "jan",
    "month.2": "feb",
    "month.3": "mrt",
    "month.4": "apr",
    "month.5": "mei",
    "month.6": "jun",
    "month.7": "jul",
    "month.8": "aug",
    "month.9": "sep",
    "month.10": "okt",
    "month.11": "nov",
    "month.12": "dec",
}
