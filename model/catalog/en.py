"""English: the words of the command line and the logs (``str`` of every Message)."""

from __future__ import annotations

_HELP_PACKAGE = "or check it with contact-ownership verify"

MESSAGES_EN: dict[str, str | dict[str, str]] = {
    # --- any file ----------------------------------------------------------------------------
    "file.problem": "{file}: {problem}",
    "text": "{text}",  # words that are not ours (a library's), passed on as they are
    "joined": "{first}; {second}",
    "file.missing": "does not exist",
    "file.cannot_read": "cannot be read ({reason})",
    "file.cannot_write": "cannot be written ({reason})",
    "file.cannot_delete": "cannot be deleted ({reason})",
    "file.not_regular": "is not a regular file; expected a {what}",
    "file.too_large": "is larger than {mb} MB, too large for a {what}",
    "file.cannot_read_what": "cannot read the {what} ({reason})",
    "file.overwrites_input": "the output would overwrite an input ({source}); choose another name",
    "file.no_folder": "the output folder does not exist",
    "what.review_package": "review package",
    "what.review_file": "HR review file",
    "what.decisions_file": "decisions file",
    "what.model_card": "model card",
    "what.contacts_export": "contacts export",
    "what.saved_career": "saved career (.json)",
    "what.client_list": "client list",
    "what.positions": "Positions.csv",
    "file.not_json": "is not valid JSON (line {line})",
    # --- what the system said (fixed words, so the English is the same on every system) -----
    "os.no_space": "No space left on device",
    "os.quota": "Disk quota exceeded",
    "os.permission": "Permission denied",
    "os.not_permitted": "Operation not permitted",
    "os.read_only": "Read-only file system",
    "os.not_found": "No such file or directory",
    "os.is_folder": "Is a directory",
    "os.not_folder": "Not a directory",
    "os.name_too_long": "File name too long",
    "os.busy": "Device or resource busy",
    "os.exists": "File exists",
    "os.not_empty": "Directory not empty",
    "os.io": "Input/output error",
    "os.loop": "Too many levels of symbolic links",
    "os.other": "{strerror}",
    # --- the readers' errors (the problem after "FILE: ") -----------------------------------
    "read.empty": "the file is empty",
    "read.binary": "is not a text file (it contains binary data)",
    "read.html": "is a web page (HTML), not a CSV export",
    "read.no_connections": "no LinkedIn connections found: expected a header with First Name, "
    "Last Name, Company, Position, Connected On",
    "read.no_contacts": "no LinkedIn connections found: expected a header with First Name, "
    "Last Name, Company, Position, Connected On (or a Google or Outlook contacts export)",
    "read.not_linkedin_file": "not a LinkedIn {what} file: expected a header with {columns}",
    "read.no_connections_file": "no Connections.csv found: expected LinkedIn's data export (a "
    "zip or folder holding Connections.csv) or a Connections.csv file",
    "read.not_a_regular_file": "is not a regular file (a named pipe, a device or a broken link); "
    "not opened",
    "read.nested_unzip": "it holds {inner}: unzip it and open that",
    "read.nested_open": "it holds {inner}: open that",
    "read.not_file_or_folder": "is not a regular file or folder; expected a contacts export",
    "read.review_package": "is a review package for HR, not a contacts export: open it in the "
    f"app (contact-ownership open FILE), {_HELP_PACKAGE}",
    "read.renamed_review_package": "is a review package for HR renamed to {suffix}, not a "
    "contacts export: rename it to .coreview and open it in the app's HR mode, "
    f"{_HELP_PACKAGE} (contact-ownership report writes its hand-over report)",
    "read.unzipped_review_package": "holds an unzipped review package for HR, not a contacts "
    f"export: open the .coreview file itself in the app's HR mode, {_HELP_PACKAGE}",
    "read.positions_given": "is LinkedIn's career file (Positions.csv), not the contacts: "
    "those are in Connections.csv of the same export; open that (or the whole export), and "
    "give Positions.csv to classify or package with --positions",
    "read.not_zip": "is not a zip file (it may be damaged or only partly downloaded)",
    "read.permission": "cannot be read: permission denied",
    "read.damaged_gzip": "is a damaged gzip file; download or copy it again",
    "read.incomplete_gzip": "is an incomplete gzip file (cut short while downloading?)",
    "read.damaged_zip": "is a damaged zip file (its table of contents is broken); download the export again",
    "read.incomplete_zip": "is a damaged or incomplete zip file (cut short while downloading?)",
    "read.unpacks_too_large": "unpacks to more than {mb} MB",
    "read.tar": "is a tar archive; unpack it and open the export inside",
    "read.gzip_zip": "holds a zip file; unpack it (gunzip) and open that",
    "read.too_many_entries": "has {count:,} entries; not a LinkedIn export",
    "read.spreadsheet": "is a spreadsheet; save it as CSV (Connections.csv) and open that",
    "read.member_damaged": "{name} is damaged and cannot be unpacked (a broken download?); download the export again",
    "read.member_method": "{name} is packed with a method this program cannot unpack; unpack the zip with another program and open the folder",
    "read.damaged_unnamed": "is damaged and cannot be unpacked",
    "read.method_unnamed": "is packed with a method this program cannot unpack",
    "read.member_password": "{name} is password-protected",
    "read.member_too_large": "{name} unpacks to {mb} MB; not a LinkedIn export",
    "read.member_unpacks_too_large": "{name} unpacks to more than {mb} MB",
    "read.password": "is password-protected",
    "read.too_large_unnamed": "unpacks to {mb} MB; not a LinkedIn export",
    "read.member": "{name}: {problem}",
    "read.malformed_rows": {
        "one": "contains no readable contacts: 1 malformed row (line {line}: {reason})",
        "other": "contains no readable contacts: {n} malformed rows (line {line}: {reason})",
    },
    "read.no_contacts_found": "no contacts found in this file",
    "read.header_only": "contains no contacts (the header is there but no rows follow)",
    "read.no_useful_contacts": "contains no contacts with a name, e-mail or company",
    "read.workbook_too_large": "unpacks to {mb} MB; not a contacts workbook",
    "read.bad_workbook": "is a damaged Excel workbook that cannot be opened; save it again in Excel, or save it as CSV",
    "read.not_xlsx": "is not an Excel workbook, although its name ends in .xlsx (it may be damaged or only partly downloaded)",
    "read.formulas_without_values": {
        "one": "1 cell is a formula without a saved value and was read as empty (row {row}); "
        "open the workbook in Excel or LibreOffice and save it again to keep what it shows",
        "other": "{n} cells are formulas without a saved value and were read as empty (the "
        "first in row {row}); open the workbook in Excel or LibreOffice and save it again to "
        "keep what they show",
    },
    "read.unsafe_names": {
        "one": "the zip holds 1 file with a name pointing outside it ({names}); ignored, "
        "nothing was unpacked",
        "other": "the zip holds {n} files with a name pointing outside it ({names}); ignored, "
        "nothing was unpacked",
    },
    "read.and_more": "{shown} and {n} more",
    # --- why a row was skipped -----------------------------------------------------------------
    "row.huge_field": "a field longer than {chars:,} characters, more than any real one holds",
    "row.too_many_fields": "{seen} fields where the header has {width}",
    "row.unclosed_quote": "a quote opened on line {line} never closes",
    "row.quote_runs_over": "an unclosed quote runs this record over lines {first}-{last}",
    "row.unreadable": "unreadable ({detail})",
    "row.repeated_header": "the header line again (two exports pasted together?)",
    "row.no_name_email_company": "no name, e-mail or company",
    "row.empty": "empty row",
    "row.line_date": "line {line}: {date}",
    "row.line_reason": "line {line}: {reason}",
    "note.rows_skipped": {
        "one": "1 row skipped ({shown})",
        "other": "{n} rows skipped ({shown})",
    },
    "note.and_more_rows": "{shown}; {n} more",
    # --- the readers' notes (import warnings) -------------------------------------------------
    "note.nameless": {
        "one": "1 contact in {file} has no name (profiles hidden by LinkedIn); kept",
        "other": "{n} contacts in {file} have no name (profiles hidden by LinkedIn); kept",
    },
    "note.duplicates": {
        "one": "1 duplicate row in {file}; kept and marked as duplicates",
        "other": "{n} duplicate rows in {file}; kept and marked as duplicates",
    },
    "note.duplicate_entries": {
        "one": "1 duplicate entry in {file}; kept and marked as duplicates",
        "other": "{n} duplicate entries in {file}; kept and marked as duplicates",
    },
    "note.no_dates": "{file} has no connection dates; the suggestions rely on the rest",
    "note.contacts_only": "only a contacts file was given: positions and the date of joining "
    "are unknown",
    "note.zip_date": "the zip's name has no export date; took {date} from the dates of the "
    "files in it",
    "note.other_connections": {
        "one": "the zip holds another Connections.csv, not read: {names}; only "
        "{file} was read (unzip it and open that file on its own)",
        "other": "the zip holds {n} other Connections.csv files, not read: "
        "{names}; only {file} was read (unzip it and open each of them on its own)",
    },
    "note.contacts_named_zip": "{file} is a contacts file, not a zip; read as such (rename it to {suffix})",
    "note.connections_copy_read": "no Connections.csv, but {file}: read as the export's Connections.csv",
    "note.contacts_named_xlsx": "{file} is a contacts file, not an Excel workbook; read as such (rename it to {suffix})",
    "note.other_connections_folder": {
        "one": "the folder holds another Connections.csv, not read: {names}; only "
        "{file} was read (open that file on its own)",
        "other": "the folder holds {n} other Connections.csv files, not read: "
        "{names}; only {file} was read (open each of them on its own)",
    },
    "note.no_positions": "the export has no Positions.csv: the career is empty",
    "note.left_out": "{file} could not be read ({problem}); left out",
    "note.no_connected_on": "{file} has no Connected On column; dates are unknown",
    "note.duplicate_columns": "{file} has {n} columns for one field ({names}: columns "
    "{numbers}); only the first is read, the others are left out",
    "note.no_position_column": "{file} has no Position column; the contacts' titles are unknown",
    "note.no_company_column": "{file} has no Company column; the contacts' employers are unknown",
    "note.position_no_company": "{file} line {line}: a position without a company; left out",
    "note.bad_start": "{file} line {line}: unreadable start date of {company} ({value}); "
    "left empty",
    "note.bad_end": "{file} line {line}: unreadable end date of {company} ({value}); kept as a "
    "past job whose end is unknown",
    "note.swapped_dates": "{file} line {line}: {company} ends ({end}) before it starts "
    "({start}); read as {end} – {start}",
    "note.early_start": "{file} line {line}: {company} starts in {start}, before 1950; "
    "check its dates",
    "note.registration_after_connection": "{file}: the date of joining LinkedIn ({date}) is "
    "later than the first connection in {connections} ({first}); one of the two is wrong",
    "note.future_start": "{file} line {line}: {company} starts in {start}, in the future; "
    "check its dates",
    "note.direction_controls": {
        "one": "{file}: 1 field held characters that turn text around on screen (U+202E and "
        "the like); removed",
        "other": "{file}: {n} fields held characters that turn text around on screen (U+202E "
        "and the like); removed",
    },
    "note.future_dates": {
        "one": "1 connection date in {file} lies in the future ({example}); treated as unknown",
        "other": "{n} connection dates in {file} lie in the future ({example}); treated as unknown",
    },
    "note.early_dates": {
        "one": "1 connection date in {file} lies before LinkedIn existed ({example}); treated "
        "as unknown",
        "other": "{n} connection dates in {file} lie before LinkedIn existed ({example}); "
        "treated as unknown",
    },
    "note.decisions_unknown": {
        "one": "1 decision in {file} is neither work nor private ({example!r}); left undecided",
        "other": "{n} decisions in {file} are neither work nor private (e.g. {example!r}); left "
        "undecided",
    },
    "note.too_many_positions": "{file} holds {n:,} positions, more than any career: only the "
    "first {kept:,} were read (is it the right file?)",
    "note.bad_registration": "{file}: the date of joining LinkedIn ({date}) lies before "
    "LinkedIn existed or in the future; left unknown",
    "note.in_file": " in {file}",
    "note.dates_unreadable": {
        "one": "1 date{where} could not be read (e.g. {examples}); left empty",
        "other": "{n} dates{where} could not be read (e.g. {examples}); left empty",
    },
    "note.dates_mixed": "dates{where} mix day/month and month/day orders; read as {order} (the "
    "more common); dates that fit only the other are left empty",
    "note.dates_ambiguous_us": "dates{where} such as {sample} could be day/month or month/day "
    "and no date proves which; read as {order} (US style, as LinkedIn writes them)",
    "note.dates_ambiguous_eu": "dates{where} such as {sample} could be day/month or month/day "
    "and no date proves which; read as {order} (European style)",
    "note.day_month": "day/month",
    "note.month_day": "month/day",
    "note.swapped_position": "{file} position {k}: {company} ends ({end}) before it starts "
    "({start}); read as {end} – {start}",
    "note.row_left_out": "{file} line {line}: {reason}; left out",
    "note.cut_short": "{file} line {line}: the file ends in the middle of this contact (cut "
    "short?); read as far as it goes - check that the whole export was saved",
    "note.cp1252": "{file} is not UTF-8: read as Windows-1252 (cp1252, as Excel saves it); "
    "check that accented names look right",
    "note.mixed_encoding": "{file} mixes UTF-8 with Windows-1252 (cp1252) lines; each line was "
    "read in its own encoding",
    "note.nul_bytes": {
        "one": "{file} holds 1 NUL byte (a damaged copy?); removed — check the names around them",
        "other": "{file} holds {n} NUL bytes (a damaged copy?); removed — check the names around "
        "them",
    },
    "note.stray_quote": {
        "one": "{file} line {lines}: a quote that never closes; read that row without it and "
        "the rows after it as contacts of their own",
        "other": "{file} lines {lines}: quotes that never close; read those rows without them "
        "and the rows after them as contacts of their own",
    },
    "note.unterminated_cards": {
        "one": "{file}: 1 card without END:VCARD (line {lines}); each read up to the next card "
        "or the end of the file",
        "other": "{file}: {n} cards without END:VCARD (line {lines}); each read up to the next "
        "card or the end of the file",
    },
    # --- a saved career, a client list ----------------------------------------------------------
    "career.in_position": "{field} in position {k}",
    "career.company": "company",
    "career.title": "title",
    "career.description": "description",
    "career.location": "location",
    "career.start_of": "the start of position {k}",
    "career.end_of": "the end of position {k}",
    "career.owner_name": "owner name",
    "career.registration_date": "the registration date",
    "career.export_date": "the export date",
    "career.not_ours": "is not a career file of this application",
    "career.newer": "was written by a newer version of this application",
    "career.bad_date": "has an invalid date for {what}: {value}",
    "career.bad_text": "has an invalid {what}: {value}",
    "career.text_too_long": "has a {what} of {length:,} characters (at most {cap:,})",
    "career.no_positions": "has no valid list of positions",
    "career.too_many": "has {count:,} positions (at most {cap:,})",
    "clients.undecodable": "cannot decode the text (not UTF-8, UTF-16 or Windows-1252)",
    "clients.not_text": "not a text file; expected one company name a line",
    "clients.long_line": "line {line} is {length:,} characters long; expected one company name "
    "a line",
    "clients.empty": "contains no company names; expected one company a line",
    "positions.none": "holds no positions (no Positions.csv with a company in it)",
    # --- HR's review package (.coreview) ---------------------------------------------------------
    "package.cannot_read": "cannot read the review package ({reason})",
    "package.not_regular": "is not a regular file; expected a review package",
    "package.too_large": "is larger than {mb} MB, too large for a review package",
    "package.not_zip": "is not a review package (not a readable zip; damaged or cut short?)",
    "package.bad_zip": "is not a review package (not a readable zip: {detail})",
    "package.twice": "is not a review package (a member name appears twice)",
    "package.linkedin_export": "is a LinkedIn data export, not a review package",
    "package.unexpected_member": "is not a review package (unexpected member {member!r})",
    "package.missing_member": "is not a review package ({member} is missing)",
    "package.encrypted": "{member} is encrypted",
    "package.member_too_large": "{member} is too large ({size:,} bytes)",
    "package.member_too_large_plain": "{member} is too large",
    "package.total_too_large": "the package unpacks to more than the size limit",
    "package.no_manifest": "is not a review package of this application (no manifest)",
    "package.newer": "was made by a newer version of this application",
    "package.bad_manifest": "has a damaged manifest (members are not listed properly)",
    "package.manifest_not_text": "has a damaged manifest ({name} is not text)",
    "package.member_not_json": "{member} is not valid JSON",
    "package.clients_not_utf8": "{member} is not UTF-8 text",
    "package.clients_long_line": "{member} has a line that is too long",
    "package.no_contact_list": "{member} holds no list of contacts",
    "package.too_many_contacts": "{member} holds more than {cap:,} contacts",
    "package.repeated_id": "{member}: contact {k} repeats the id {id!r}",
    "package.contact": "{member}: contact {k} {problem}",
    "contact.not_a_contact": "does not have the fields of a contact",
    "contact.invalid_field": "has an invalid {field}",
    "contact.field_too_long": "has a {field} that is too long",
    "contact.invalid_reasons": "has invalid reasons",
    "contact.unknown_decision": "has an unknown suggestion or decision",
    "contact.unknown_category": "has an unknown category {category!r}",
    "contact.p_work": "has a p_work outside 0..1",
    "contact.bad_date": "has an invalid connection date",
    "package.holds_no_private": "a review package holds no private contacts; use your export",
    "package.no_work_for": "no work contacts for {given!r}; employers: {names}",
    # --- changed packages and review files (verify) --------------------------------------------
    "integrity.part": "{what} {problem}",
    "integrity.entry": "entry {k}",
    "integrity.member_entry": "{member} entry {k}",
    "integrity.header": "header",
    "integrity.last_entry": "last entry",
    "integrity.sha_differs": "does not match its SHA-256 in the manifest",
    "integrity.not_listed": "is not listed in the manifest",
    "integrity.listed_missing": "is listed in the manifest but missing",
    "integrity.damaged": "is damaged (its zip checksum fails)",
    "integrity.manifest_edited": "was changed after the package was made (not as it was written)",
    "integrity.manifest_entry_for": "was changed after the package was made (its entry for "
    "{member})",
    "integrity.audit_head": "was changed after the package was made (its audit head)",
    "integrity.details_changed": "was changed after the package was made (its details no "
    "longer match where the audit trail starts)",
    "integrity.no_contact": "names no contact of the package",
    "integrity.not_hr_on_package": "is not an HR decision on this package",
    "integrity.not_hr": "is not an HR decision",
    "integrity.nothing_to_travel": "is an {action} with no decision step to {action}",
    "integrity.bad_travel": "is an {action} that does not restore the decision step it names",
    "integrity.after_sign_off": "comes after the sign-off",
    "integrity.bad_withdrawal": "withdraws a sign-off without one or a note",
    "integrity.seal": "does not match the seal (changed or removed)",
    "integrity.changed": "was changed",
    "integrity.other_package": "was made for another version of {package} (the package changed "
    "after HR's review began); move this file away to start a new review",
    "chain.not_object": "is not a JSON object",
    "chain.fields": "has missing or unknown fields: {fields}",
    "chain.field_kind": "field {field} is not a {kind}",
    "chain.field_long": "field {field} is too long",
    "chain.actor": "unknown actor {actor!r}",
    "chain.action": "unknown action {action!r}",
    "chain.numbered": "is numbered {seq}, expected {index}",
    "chain.incomplete": "the last line is incomplete",
    "chain.not_json": "is not a line of JSON",
    "chain.not_canonical": "is not in canonical form (edited by hand?)",
    "chain.broken": "does not carry the SHA-256 of the entry before it",
    # --- HR's review file (.review) and its decisions -------------------------------------------
    "review.incomplete": "is not a complete HR review file",
    "review.no_header": "is not an HR review file (no header)",
    "review.not_ours": "is not an HR review file of this application",
    "review.no_reviewer": "enter the reviewer's name to start the review",
    "review.signed_off": "the review is signed off; decisions can no longer change",
    "review.choose_employer": "choose the employer the contact was acquired for",
    "review.override_note": "an override needs a note saying why",
    "review.already_signed": "the review is already signed off",
    "review.open_items": {
        "one": "1 flagged or disputed contact still needs a decision",
        "other": "{n} flagged or disputed contacts still need a decision",
    },
    "review.not_signed": "the review is not signed off",
    "review.withdraw_note": "withdrawing a sign-off needs a note saying why",
    "review.nothing_to_undo": "there is no decision to undo",
    "review.nothing_to_redo": "there is no undone decision to redo",
    "hr_step.agree": {
        "one": "agreement on 1 contact",
        "other": "agreement on {n} contacts",
    },
    "hr_step.override_work": {
        "one": "override of 1 contact to work for {employer}",
        "other": "override of {n} contacts to work for {employer}",
    },
    "hr_step.override_private": {
        "one": "override of 1 contact to private",
        "other": "override of {n} contacts to private",
    },
    "hr_step.override": {
        "one": "override of 1 contact",
        "other": "override of {n} contacts",
    },
    # --- a file of decisions (learning) ------------------------------------------------------
    "labels.no_decision_column": "has no 'decision' column; expected URL or row, decision",
    "labels.no_key_column": "has neither a 'URL' nor a 'row' column to find the contacts by",
    "labels.bad_decision": "record {record}: decision {value!r} is neither 'work' nor 'private'",
    "labels.conflict": "record {record} decides contact {contact} {decision}, but record {other} "
    "decided it {earlier}; keep one of them",
    "labels.not_table": "{problem}; a decisions file is a table with 'decision' and 'URL' or "
    "'row' columns, such as the one Export all in the app writes",
    "labels.no_header": "no header with 'decision' and 'URL' or 'row' columns",
    "labels.unreadable_line": "line {line} cannot be read: {reason}; its decision would be lost",
    "labels.unreadable_line_more": "line {line} cannot be read: {reason} (and {more:,} more); its "
    "decision would be lost",
    "labels.row_not_number": "record {record}: row {value!r} is not a number",
    "labels.row_out_of_range": "record {record}: row {row} is outside the export's 1..{count} "
    "contacts",
    # --- the review journal -------------------------------------------------------------------
    "db.full": "database or disk is full",
    "db.read_only": "attempt to write a readonly database",
    "db.cannot_open": "unable to open database file",
    "db.damaged": "database disk image is malformed",
    "db.not_a_database": "file is not a database",
    "db.io_error": "disk I/O error",
    "db.busy": "database is locked",
    "db.permission": "access permission denied",
    "journal.folder_unwritable": "{folder} cannot be written: {reason}",
    "journal.format": "journal format {version} is not supported",
    # the note of a contact card in a work or private list (.vcf), for the person's address book
    "vcard.connected": "LinkedIn connection since {date}",
    "vcard.acquired_for": "acquired for {employer}",
    "journal.previous_newer_read": "Your review of an earlier export of this person was saved by "
    "a newer version of this application: its decisions were carried over as far as this version "
    "can read them, and that review is kept as it was.",
    "journal.previous_newer_unreadable": "Your review of an earlier export of this person was "
    "saved by a newer version of this application, which this version cannot read: nothing was "
    "carried over, and that review is kept as it was, for the newer version to open.",
    "journal.newer": "is your review of this export, saved by a newer version of this application: "
    "open the export with that version (the review is kept as it was)",
    "learning.newer": "What the suggestions learned from your decisions in this review was saved "
    "by a newer version of this application. It is left as it was: this version learns nothing "
    "new from your decisions here (your decisions themselves are saved as usual).",
    "learning.newer_kept": "a newer version of this application saved its own, which is left "
    "as it was",
    "journal.cannot_open": "the review journal cannot be opened ({detail})",
    "journal.cannot_save": "the decision could not be saved ({detail})",
    "journal.cannot_read": "the review journal cannot be read ({detail})",
    "journal.in_use": "is open in another Contact Ownership window; switch to that window, or "
    "close it there first (one window per review, so that no decision is lost)",
    # --- model files ----------------------------------------------------------------------------
    "model.missing": "no such model file",
    "model.card_other_file": "its card describes {name}, not this file",
    "model.sha_differs": "does not match its model card (SHA-256 differs)",
    "model.card_version": "made with scikit-learn {made}, but its card claims {claimed}: retrain "
    "it with `contact-ownership train`",
    "model.too_large": "is larger than {mb} MB: not our model",
    "model.unpacks_too_large": "unpacks to more than {mb} MB: not our model",
    "model.needs_sklearn": "has no compiled twin, so it needs scikit-learn: install {extra}",
    "model.installed_version": "made with scikit-learn {claimed}, but {installed} is installed: "
    "retrain it with `contact-ownership train`",
    "career.not_text": "is not a saved career: it holds no text (Save career… in Career ▸ Edit career and clients… saves one as JSON)",
    "model.unreadable": "not a readable model file (damaged, or not made by this program)",
    "model.refused_type": "refused: the file asks for types we do not allow: {name}",
    "model.old_version": "made with scikit-learn {version}: retrain it",
    "model.not_ours": "is not a Contact Ownership model",
    "model.outside_allow_list": "needs types outside the allow-list: {names}",
    "model.no_card": "no model card ({card}) beside the model file",
    "model.card_unreadable": "unreadable model card (damaged, or not the JSON this program writes)",
    "model.card_not_object": "the model card is not a JSON object",
    "model.card_band": "flag_band must be two numbers 0 <= low < high <= 1, not {value}",
    "model.card_file_name": "{key} must be a bare file name, not {value}",
    "model.no_schema": "is not a skops model file (no schema.json)",
    "model.schema_too_large": "its schema is too large: not our model",
    "model.bad_twin": "{detail}",
    "model.cannot_compile_text": "cannot compile text settings of {name}",
    "model.cannot_compile": "cannot compile a {kind}",
    "model.only_sigmoid": "only sigmoid calibration can be compiled",
    # --- outputs --------------------------------------------------------------------------------
    "write.unknown_format": "unknown output format {suffix!r}; use .csv or .xlsx",
    "write.use_csv_xlsx": "unknown output format: use a .csv or .xlsx file name",
    "write.use_pdf_xlsx": "unknown report format: use a .pdf or .xlsx file name",
    "write.use_csv_xlsx_vcf": "unknown format: use a .csv, .xlsx or .vcf file name",
    "write.too_many_rows": "{rows:,} rows do not fit in a spreadsheet (Excel holds {cap:,} rows "
    "with the header); write a .csv",
    "write.cannot_create_folder": "cannot create the output folder ({reason})",
    "write.folder_not_writable": "the output folder is not writable ({reason})",
    # --- batch ----------------------------------------------------------------------------------
    "batch.nothing_to_classify": "no exports to classify ({kinds} files or export folders)",
    "batch.nothing_but_earlier": "{nothing}{earlier}; an input given by name is read",
    "batch.no_memory": "not enough memory to classify it",
    "batch.unexpected": "unexpected error ({kind}: {detail})",
    "batch.dask_worker_failed": "the Dask worker failed ({kind})",
    "batch.worker_stopped": "the worker process stopped ({kind}); try --jobs 1",
    "batch.unsupported": "not a contacts export ({what}); expected {kinds} or an export folder",
    "batch.suffix_file": "a {suffix} file",
    "batch.no_suffix": "a file without an extension",
    "batch.perhaps_old_private_list": "skipped as a list of private contacts written by an "
    "earlier version of this program ({form}); a LinkedIn export saved again "
    "in a spreadsheet can look the same: give it by name to read it",
    "batch.old_private_csv": "LinkedIn's seven columns only, a byte-order mark, CRLF line ends, "
    "the header on the first line and every date YYYY-MM-DD",
    "batch.old_private_book": "LinkedIn's seven columns only, on one sheet named Contacts, every "
    "date YYYY-MM-DD",
    "batch.earlier_output": "an earlier output of this program ({what}), not an export",
    "batch.summary_file": "a batch summary",
    "batch.classified_table": "a classified table",
    "batch.private_list": "a list of private contacts",
    "batch.handover_list": "an HR hand-over list",
    "batch.card_list": "a work or private list as vCards",
    "batch.progress": "{done} of {n} done{earlier}",
    "batch.earlier_skipped": {
        "one": " ({n} earlier output skipped)",
        "other": " ({n} earlier outputs skipped)",
    },
    "batch.fifo": "a named pipe (FIFO), not a file; not opened",
    "batch.special_file": "not a regular file (a socket or device); not opened",
    "batch.unlisted_folder": "a folder whose contents cannot be listed ({reason}); not read",
    "batch.broken_link": "a broken link to {target}; nothing to read",
    # --- the command line ----------------------------------------------------------------------
    "cli.cannot_create_folder": "cannot create the folder ({reason})",
    "cli.cannot_write_folder": "cannot write in the folder ({reason})",
    "cli.cannot_write_sample": "cannot write the sample ({reason}); nothing written",
    "cli.exists": "already exists; choose another --out folder (nothing written)",
    "cli.unknown_excel": "unknown Excel variant {given!r}; choose from: {choices}",
    "cli.unknown_profession": "unknown profession {given!r}; choose from: {choices}",
    "cli.needs_training_extra": "{command} needs scikit-learn and skops: pip install '{extra}'",
    "cli.not_in_bundle": "{command} is not part of the installed program; it needs the Python "
    "package with scikit-learn: pip install '{extra}' in a virtual environment",
    "cli.needs_dask": "the Dask backend needs dask.distributed: pip install '{extra}'",
    "cli.no_scheduler": "cannot reach the Dask scheduler at {scheduler} ({detail})",
    # --- the menu entry for pip installs (contact-ownership desktop-entry) ----------------------
    "desktop.installed": {
        "one": "installed Contact Ownership's menu entry in {folder} (1 file written); "
        "it starts {program}",
        "other": "installed Contact Ownership's menu entry in {folder} ({n} files written: the "
        "entry, its file types and icons); it starts {program}",
    },
    "desktop.up_to_date": "Contact Ownership's menu entry in {folder} is up to date; nothing "
    "changed (it starts {program})",
    "desktop.removed": {
        "one": "removed 1 file of Contact Ownership's menu entry from {folder}",
        "other": "removed {n} files of Contact Ownership's menu entry from {folder} (the entry, "
        "its file types and icons)",
    },
    "desktop.nothing_to_remove": "no menu entry of Contact Ownership in {folder}; nothing removed",
    "desktop.would_write": "would write {file}",
    "desktop.would_remove": "would remove {file}",
    "desktop.dry_run": "--dry-run: nothing written or removed",
    "desktop.not_linux": "desktop-entry sets up menu entries on Linux desktops (freedesktop.org) "
    "only; on {system}, use the bundle instead: {instead}",
    "desktop.instead_macos": "Contact Ownership.app, built with pyinstaller "
    "packaging/contact-ownership.spec",
    "desktop.instead_windows": "contact-ownership-gui.exe, built with pyinstaller "
    "packaging/contact-ownership.spec",
    "desktop.in_bundle": "this is the bundled program: its install.sh sets up the menu entry, file "
    "types and icons (install.sh --uninstall removes them)",
    "desktop.no_home": "cannot tell where your home folder is (HOME is not set); set "
    "XDG_DATA_HOME to the folder for menu entries, usually ~/.local/share",
    "desktop.home_missing": "your home folder does not exist; nothing written (set HOME or "
    "XDG_DATA_HOME)",
    "desktop.no_program": "{program} not found in {folder}: install the package there first "
    "(pip install contact-ownership)",
    "desktop.no_package": "the desktop app's files are missing from this installation; install "
    "contact-ownership again",
    "desktop.odd_path": "this path holds a line break or is not UTF-8, which a menu entry cannot "
    "hold; install into a folder with a plain name",
    "desktop.foreign_entry": "is a menu entry made by something else (the bundle's install.sh?); "
    "nothing written: remove that first (install.sh --uninstall)",
    "desktop.foreign_kept": "is a menu entry made by something else (the bundle's install.sh?); "
    "nothing removed: install.sh --uninstall removes that one",
    # The command line's own lines: the labels before a line, and what a command wrote.
    "cli.label.error": "error",
    "cli.label.warning": "warning",
    "cli.label.note": "note",
    "cli.label.skipped": "skipped",
    "cli.label.cancelled": "cancelled",
    "cli.label.changed": "changed",
    "cli.cancelled": "cancelled",
    "cli.interrupted": "interrupted",
    "cli.interrupted_batch": "interrupted; what was done is in {file}",
    "cli.no_memory": "{inputs}: not enough memory to finish",
    "cli.unexpected": "{inputs}: unexpected {kind} ({detail}); set {variable}=1 for details and "
    "please report it",
    "cli.nothing_written": "nothing written",
    "cli.wrote": "wrote {file}",
    "cli.wrote_sample": "wrote {first} and {second} (generated, fictitious people)",
    "cli.wrote_summary": "wrote {file}: {summary}",
    "cli.wrote_contacts": {
        "one": "wrote {file}: {n:,} contact",
        "other": "wrote {file}: {n:,} contacts",
    },
    "cli.wrote_work_of": {
        "one": "wrote {file}: {n:,} work contact of {employer}",
        "other": "wrote {file}: {n:,} work contacts of {employer}",
    },
    "cli.wrote_private": {
        "one": "wrote {file}: {n:,} private contact",
        "other": "wrote {file}: {n:,} private contacts",
    },
    "cli.summary": {
        "one": "{n:,} contact: {work:,} work, {private:,} private, {flagged:,} flagged",
        "other": "{n:,} contacts: {work:,} work, {private:,} private, {flagged:,} flagged",
    },
    "cli.employer_count": "{employer}: {n:,}",
    "cli.employer_unknown": "(employer unknown)",
    "cli.more_employers": {"one": "{n:,} more employer", "other": "{n:,} more employers"},
    "cli.decisions_applied": {
        "one": "{n:,} decision applied",
        "other": "{n:,} decisions applied",
    },
    "cli.decisions_unmatched": "{n:,} matched no contact",
    "cli.suggestions_changed": {
        "one": "{n:,} other suggestion changed",
        "other": "{n:,} other suggestions changed",
    },
    "cli.decisions_left_out": {
        "one": "{n:,} decision matches no contact of the export and is left out",
        "other": "{n:,} decisions match no contact of the export and are left out",
    },
    "cli.batch_done": "{ok} of {inputs} inputs classified{warned} into {folder} (summary.csv)"
    "{earlier}{skipped}{unlisted}",
    "cli.batch_warned": " ({n} with warnings)",
    "cli.batch_earlier": {
        "one": "; {n} earlier output of this program skipped (a classified table, summary or "
        "contact list found among the inputs: {names})",
        "other": "; {n} earlier outputs of this program skipped (classified tables, summaries "
        "or contact lists found among the inputs: {names})",
    },
    "cli.batch_skipped": {
        "one": "; {n} other file skipped (not an export)",
        "other": "; {n} other files skipped (not an export)",
    },
    "cli.batch_unlisted": {
        "one": "; {n} folder not read (its contents cannot be listed)",
        "other": "; {n} folders not read (their contents cannot be listed)",
    },
    "cli.confirm_write": "Write these {n:,} contacts to {file}? [y/N] ",
    "verify.ok": "{package}: OK — {members} members match the manifest; the audit trail of "
    "{entries} entries is whole",
    "verify.ok_review": "{package}: OK — {members} members match the manifest; the audit trail of "
    "{entries} entries and HR's review ({hr_entries} entries in {review}) are whole",
    "cli.package_holds": "The package holds {n:,} contacts (work and flagged, {private:,} of "
    "them private); your other {left:,} private contacts stay on this computer.",
    "cli.integrity_failed": "integrity check FAILED: {problem}",
    # inspect's text (model.report.inspect_text); labels are padded to one column.
    "inspect.label.contacts": "contacts",
    "inspect.label.skipped": "skipped",
    "inspect.label.duplicates": "duplicates",
    "inspect.label.connected": "connected",
    "inspect.label.without_date": "without date",
    "inspect.label.repaired": "repaired",
    "inspect.label.hidden": "hidden",
    "inspect.label.owner": "owner",
    "inspect.label.on_linkedin": "on LinkedIn",
    "inspect.label.exported": "exported",
    "inspect.label.positions": "positions",
    "inspect.count": "{n:,}",
    "inspect.imported": "{contacts:,} imported of {rows:,} rows read",
    "inspect.duplicates_kept": " (kept, marked as duplicates)",
    "inspect.repaired": "{n:,} garbled names or titles (mojibake)",
    "inspect.hidden": "{n:,} (no name: profiles LinkedIn hides)",
    "inspect.since": "since {date}",
    "inspect.from_file_name": " (from the file name)",
    "inspect.from_file_name_month_first": " (from the file name, read month first as LinkedIn "
    "writes it: the day and month could be the other way round)",
    "inspect.from_zip_dates": " (from the zip entry dates)",
    "inspect.position": "{start} – {end}: {title} at {company}",
    "inspect.no_title": "(no title)",
    "inspect.skipped_row": "skipped {where}line {row}: {reason}",
    "inspect.more_skipped": "… and {n} more skipped rows",
    "inspect.warning": "warning: {warning}",
    # argparse's own words (model.argparse_words.ARGPARSE_KEYS): %-templates that argparse fills in.
    "argparse.usage": "usage: ",
    "argparse.positionals": "positional arguments",
    "argparse.options": "options",
    "argparse.help": "show this help message and exit",
    "argparse.argument": "argument %(argument_name)s: %(message)s",
    "argparse.required": "the following arguments are required: %s",
    "argparse.one_required": "one of the arguments %s is required",
    "argparse.unrecognized": "unrecognized arguments: %s",
    "argparse.not_allowed": "not allowed with argument %s",
    "argparse.ignored": "ignored explicit argument %r",
    "argparse.expected_one": "expected one argument",
    "argparse.expected_at_most_one": "expected at most one argument",
    "argparse.expected_at_least_one": "expected at least one argument",
    "argparse.expected_n": {"one": "expected %s argument", "other": "expected %s arguments"},
    "argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "argparse.invalid_value": "invalid %(type)s value: %(value)r",
    "argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "argparse.unexpected_option": "unexpected option string: %s",
    "argparse.unknown_parser": "unknown parser %(parser_name)r (choices: %(choices)s)",
    "argparse.cannot_open": "can't open '%(filename)s': %(error)s",
    "cli.usage_error": "{problem} (see `{prog} --help`)",
    "cli.empty_file_name": "an empty file name",
    "cli.expected_seed": "expected a whole number of 0 or more, not {value!r}",
    "cli.expected_number": "expected a whole number of at least {least}, not {value!r}",
    "cli.expected_number_range": "expected a whole number from {least} to {most}, not {value!r}",
    # The command line's help (argparse's help= texts), one key per option or command.
    "help.description": "Suggest, for each exported contact, whether it was acquired for work (and "
    "for which employer) or privately, with reasons. Without a command: open the app.",
    "help.command": "COMMAND",  # the placeholder of the command in the usage line
    "help.main.language": "the language of messages and outputs (default: the locale's, from "
    "LC_ALL, LC_MESSAGES, LANG and LANGUAGE; English unless Dutch)",
    "help.version": "show program's version number and exit",
    "help.open": "open the desktop app (also: no command at all)",
    "help.open.input": "an export to open",
    "help.inspect": "show what an export contains and how it was read",
    "help.inspect.input": "LinkedIn zip, folder of its files, or a contacts file",
    "help.json": "print one JSON object",
    "help.sample": "write a generated (fictitious) LinkedIn export",
    "help.out_folder": "output folder",
    "help.sample.seed": "another number, another person",
    "help.sample.profession": "e.g. recruiter, it_consultant, student, nurse",
    "help.sample.contacts": "number of contacts, 1-30000 (default: typical)",
    "help.sample.layout": "the export's layout by year (default current)",
    "help.sample.excel": "mangle as Excel would: utf8-bom, cp1252, utf16-tab, semicolon…",
    "help.classify": "suggest work/private, employer and reasons per contact",
    "help.classify.input": "anything `inspect` reads",
    "help.classify.out": "output file (.csv or .xlsx)",
    "help.classify.positions": "the owner's Positions.csv (or .xlsx), the export zip or folder "
    "holding it, or a saved career (.json)",
    "help.clients": "the employer's client list, one company a line",
    "help.model": "a model file (default: the shipped model)",
    "help.classify.labels": "your decisions so far (CSV/XLSX: URL or row, decision work/private, "
    "optional employer, note; the app's export has them): labelled contacts keep their label, the "
    "rest learn from them",
    "help.batch": "classify many exports into a folder, with summary.csv",
    "help.batch.inputs": "export files or folders of them",
    "help.batch.jobs": "parallel worker processes (default 1)",
    "help.batch.backend": "where inputs run: local worker processes (default) or a Dask cluster "
    "(needs contact-ownership[distributed])",
    "help.batch.scheduler": "the Dask scheduler to use (e.g. tcp://10.0.0.5:8786); default: a "
    "local cluster of --jobs workers. Inputs and --out must be on a file system every worker sees",
    "help.batch.format": "the classified files' format (default csv)",
    "help.batch.clients": "a client list used for every input",
    "help.train": "train a model on generated persons and write its card",
    "help.train.out": "output folder for the model and its card",
    "help.train.persons": "training persons (2 or more)",
    "help.train.test_persons": "held-out persons (default 60)",
    "help.train.seed": "first training seed",
    "help.train.no_plots": "skip the PNG figures",
    "help.evaluate": "held-out figures of a model on generated persons",
    "help.evaluate.persons": "generated persons to test on (default 60)",
    "help.package": "write a review package for HR (work and flagged only)",
    "help.package.input": "the export (anything `inspect` reads)",
    "help.package.out": "the package file (.coreview)",
    "help.package.decisions": "your decisions, as classify --labels takes them (CSV/XLSX: URL or "
    "row, decision work/private, optional employer, note; Export all in the app writes them)",
    "help.package.positions": "the owner's Positions.csv or a saved career (.json)",
    "help.package.list": "list every contact that would go in; write nothing",
    "help.package.dry_run": "show what would go in; write nothing",
    "help.package.yes": "write without asking",
    "help.verify": "check a package and HR's review of it for changes",
    "help.package_file": "the review package (.coreview)",
    "help.review_file": "HR's review file (default: the one beside the package)",
    "help.report": "write the hand-over report of a package (.pdf or .xlsx); exit 1 when its "
    "integrity check fails (the report says so)",
    "help.report.out": "the report file (.pdf or .xlsx)",
    "help.report.language": "the report's language (default: the command line's, see "
    "contact-ownership --help)",
    "help.handover": "write one employer's work contacts (from a package or an export), or your "
    "private contacts (from an export)",
    "help.handover.input": "a review package, or an export",
    "help.handover.employer": "the employer whose work contacts to write",
    "help.handover.private": "your private contacts instead",
    "help.handover.out": "the list (.csv, .xlsx or .vcf)",
    "help.handover.decisions": "with an export: your decisions (CSV/XLSX: URL or row, decision "
    "work/private, optional employer, note; Export all in the app writes them)",
    "help.handover.positions": "with an export: Positions.csv or a saved career",
    "help.handover.clients": "with an export: the employer's client list",
    "help.desktop-entry": "add (or remove) the app's menu entry, file types and icons for you on a "
    "Linux desktop; for pip and pipx installs (the bundle's install.sh does it for the bundle)",
    "help.desktop-entry.action": "install: write them under $XDG_DATA_HOME (~/.local/share), "
    "starting this installation's contact-ownership-gui; remove: delete exactly those files",
    "help.desktop-entry.dry_run": "list the files; change nothing",
    # The placeholders of option values and arguments in the usage (argparse's metavars): by the
    # English argparse shows, ``metavar.<that>`` (the option's name in capitals, an argument's).
    "metavar.OUT": "OUT",
    "metavar.POSITIONS": "POSITIONS",
    "metavar.CLIENTS": "CLIENTS",
    "metavar.MODEL": "MODEL",
    "metavar.LABELS": "LABELS",
    "metavar.DECISIONS": "DECISIONS",
    "metavar.EMPLOYER": "EMPLOYER",
    "metavar.REVIEW": "REVIEW",
    "metavar.SEED": "SEED",
    "metavar.PROFESSION": "PROFESSION",
    "metavar.CONTACTS": "CONTACTS",
    "metavar.EXCEL": "EXCEL",
    "metavar.JOBS": "JOBS",
    "metavar.PERSONS": "PERSONS",
    "metavar.TEST_PERSONS": "TEST_PERSONS",
    "metavar.ADDRESS": "ADDRESS",
    "metavar.PACKAGE": "PACKAGE",
    "metavar.SOURCE": "SOURCE",
    "metavar.input": "input",
    "metavar.inputs": "inputs",
    # --- what a long command is doing (its progress bar; the app's status bar) ----------------
    "progress.reading": "reading",
    "progress.reading_contacts": "reading contacts",
    "progress.reading_career": "reading career",
    "progress.read": "done",
    "progress.counting": "Counting the network",
    "progress.relating": "Relating contacts to the career",
    "progress.classifying": "Classifying",
    "progress.classifying_with_career": "Classifying with your career",
    "progress.explaining": "Explaining",
    "progress.writing": "Writing",
    "progress.writing_table": "writing",
    "progress.done": "Done",
    "progress.generating_person": "Generating person {k}",
    "progress.fitting": "Fitting",
    "progress.opening": "Reading",
    "progress.loading_model": "Loading the model",
    "progress.preparing_table": "Preparing the table",
    "progress.preparing": "Preparing",
    "progress.evaluating": "Evaluating",
    # --- train and evaluate --------------------------------------------------------------------
    "cli.trained": {
        "one": "wrote {file}: macro-F1 {macro_f1}, ROC-AUC {roc_auc}, Brier {brier}, "
        "ECE {ece}, employer accuracy {employer_accuracy} on {n} held-out person",
        "other": "wrote {file}: macro-F1 {macro_f1}, ROC-AUC {roc_auc}, Brier {brier}, "
        "ECE {ece}, employer accuracy {employer_accuracy} on {n} held-out persons",
    },
    "cli.evaluate_profession": "profession",
    "cli.evaluate_persons": "persons",
    "cli.evaluate_contacts": "contacts",
    "cli.evaluate_all": "ALL",
    # --- the desktop app started from the command line -----------------------------------------
    "app.no_display": "no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
    "set); start it in a desktop session, or use the commands (contact-ownership --help)",
    "help.app.description": "Open the desktop app, and with FILE that export or review package "
    "in it.",
    "help.app.file": "a LinkedIn export (zip, folder or CSV), a contacts file (CSV, XLSX, vCard), "
    "an export of the app, or a .coreview review package",
    "metavar.file": "file",
    # --- what classify inferred from the network (no career given) ------------------------------
    "inferred.lead": "no career given",
    "inferred.lead_given": "{file} holds no positions",
    "inferred.none": "{lead} and no employer stands out in the network: {advice}",
    "inferred.advice_check": "check that it is LinkedIn's Positions.csv with your jobs",
    "inferred.advice_positions": "give --positions for better suggestions",
    "inferred.found": "{lead}: employer inferred from the network, probably {employers} - "
    "{advice} to use your own",
    "inferred.employer": "{company} ({start} - {end}, {n:,} contacts work there)",
    "inferred.advice_give_file": "give a Positions.csv with your jobs",
    "inferred.advice_give": "give --positions",
    "inferred.now": "now",
    "inferred.month_year": "{month} {year}",
    "date.day": "{day} {month} {year}",
    "date.month": "{month} {year}",
    "month.1": "Jan",
    "month.2": "Feb",
    "month.3": "Mar",
    "month.4": "Apr",
    "month.5": "May",
    "month.6": "Jun",
    "month.7": "Jul",
    "month.8": "Aug",
    "month.9": "Sep",
    "month.10": "Oct",
    "month.11": "Nov",
    "month.12": "Dec",
}
