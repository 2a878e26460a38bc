"""Reading a review package as hostile input: it comes from another machine.

Size caps are enforced while reading, without trusting the zip's headers (a zip bomb claims
small sizes); only the fixed member names of :mod:`model.hr.package` are accepted (no paths, no
duplicates); every member must match its SHA-256 in the manifest, the person's audit trail must
be whole, and every field of every contact is checked against the schema. Every problem is one
line naming the file.
"""

from __future__ import annotations

import io
import json
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from ..career import Career
from ..errors import InputError, os_reason
from ..inferred import career_from_record
from ..messages import Message
from ..paths import read_capped
from ..readers.linewise import MAX_FIELD_CHARS
from ..schema import CATEGORIES, SUGGESTIONS
from .audit import AuditTrail, ChainError, canonical, parse_trail, sha256_hex
from .package import (
    ALLOWED,
    AUDIT,
    CAREER,
    CLIENTS,
    CONTACTS,
    CONTENT_MEMBERS,
    HEADER_FIELDS,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_VERSION,
    RECORD_FIELDS,
    REQUIRED,
    IntegrityError,
    anchor,
    header_of,
    with_person_final,
)

MAX_PACKAGE = 200 * 2**20  # bytes of the zip file
MAX_MEMBER = 150 * 2**20  # uncompressed bytes of one member (30,000 contacts take ~20 MB)
MAX_TOTAL = 300 * 2**20
MAX_CONTACTS = 100_000
# characters of one text field: what the readers keep (a company, a title), and a reason
# quoting one of them in its words
MAX_FIELD = 2 * MAX_FIELD_CHARS + 1000
_FIELD_NAMES = frozenset(RECORD_FIELDS)
_MANIFEST_KEYS = frozenset((*HEADER_FIELDS, "audit_head", "members"))


@dataclass
class RawPackage:
    """The members of a package file, read within limits but not yet checked."""

    path: Path
    sha256: str  # of the whole file
    members: dict[str, bytes]
    damaged: str = ""  # the first member whose bytes failed the zip's own CRC check


# What zipfile raises for a damaged or crafted zip (NotImplementedError: a zip version or a
# compression method it does not support, e.g. a changed byte in a header)
_UNREADABLE = (zipfile.BadZipFile, OSError, ValueError, NotImplementedError)


def check_package_file(path: str | Path) -> None:
    """Raise InputError unless ``path`` is a regular file, within the size cap, that is a zip
    holding a package's members: a cheap look (the zip's directory only) before anyone is asked
    to review it, so a LinkedIn export given the suffix is said at once."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as err:
        raise InputError(path, Message("package.cannot_read", reason=os_reason(err))) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, Message("package.not_regular"))
    if info.st_size > MAX_PACKAGE:
        raise InputError(path, Message("package.too_large", mb=MAX_PACKAGE // 2**20))
    try:
        readable = zipfile.is_zipfile(path)
    except OSError as err:
        raise InputError(path, Message("package.cannot_read", reason=os_reason(err))) from None
    if not readable:
        raise InputError(path, Message("package.not_zip"))
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except _UNREADABLE as err:
        raise InputError(path, Message("package.bad_zip", detail=str(err))) from None
    _check_names(path, names)


def _check_names(path: Path, names: list[str]) -> None:
    """Raise InputError unless ``names`` are a package's members: no repeats, none unknown (a
    LinkedIn export is named as one), none required missing."""
    if len(names) != len(set(names)):
        raise InputError(path, Message("package.twice"))
    unknown = [n for n in names if n not in ALLOWED]
    if any(Path(n).name.lower() == "connections.csv" for n in unknown):
        raise InputError(path, Message("package.linkedin_export"))
    if unknown:
        raise InputError(path, Message("package.unexpected_member", member=unknown[0]))
    missing = [n for n in REQUIRED if n not in names]
    if missing:
        raise InputError(path, Message("package.missing_member", member=missing[0]))


def read_raw(path: str | Path) -> RawPackage:
    """Read the members of a package, refusing anything that is not one of ours.

    Raises InputError (unreadable: not a zip, unsafe or unknown member names, over a size cap,
    encrypted). A member failing the zip's CRC is reported in ``damaged``, not raised.
    """
    path = Path(path)
    data = read_capped(path, MAX_PACKAGE, "review package")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:  # no zip directory: not a zip, or one cut short on its way
        raise InputError(path, Message("package.not_zip")) from None
    except _UNREADABLE as err:
        raise InputError(path, Message("package.bad_zip", detail=str(err))) from None
    with zf:
        infos = zf.infolist()
        _check_names(path, [i.filename for i in infos])
        members, damaged, total = {}, "", 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise InputError(path, Message("package.encrypted", member=info.filename))
            if info.file_size > MAX_MEMBER:
                raise InputError(
                    path,
                    Message("package.member_too_large", member=info.filename, size=info.file_size),
                )
            try:
                with zf.open(info) as fh:  # the header's size can lie: read at most the cap
                    body = fh.read(MAX_MEMBER + 1)
            except (*_UNREADABLE, zlib.error, EOFError):
                # Bytes changed inside a member: its data no longer decompresses or checks out.
                damaged = damaged or info.filename
                body = b""
            if len(body) > MAX_MEMBER:
                raise InputError(
                    path, Message("package.member_too_large_plain", member=info.filename)
                )
            total += len(body)
            if total > MAX_TOTAL:
                raise InputError(path, Message("package.total_too_large"))
            members[info.filename] = body
    return RawPackage(path, sha256_hex(data), members, damaged)


def read_manifest(raw: RawPackage) -> dict:
    """The checked manifest of ``raw``; raises InputError if it is not a manifest of ours."""
    path = raw.path
    manifest = _json(raw, MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise InputError(path, Message("package.no_manifest"))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > PACKAGE_VERSION:
        raise InputError(path, Message("package.newer"))
    listed = manifest.get("members")
    ok = isinstance(listed, dict) and all(
        isinstance(v, dict)
        and isinstance(v.get("sha256"), str)
        and isinstance(v.get("size"), int)
        and k in ALLOWED
        and k != MANIFEST
        for k, v in listed.items()
    )
    if not ok:
        raise InputError(path, Message("package.bad_manifest"))
    for key in ("created", "owner", "prepared_by", "audit_head"):
        if not isinstance(manifest.get(key, ""), str):
            raise InputError(path, Message("package.manifest_not_text", name=key))
    return manifest


def check_members(raw: RawPackage, manifest: dict) -> None:
    """Raise IntegrityError naming the first member that does not match the manifest (or is
    missing from it, or listed but absent)."""
    listed = manifest["members"]
    for name in sorted(set(raw.members) - {MANIFEST} | set(listed)):
        if name not in listed:
            raise IntegrityError(raw.path, name, Message("integrity.not_listed"))
        if name not in raw.members:
            raise IntegrityError(raw.path, name, Message("integrity.listed_missing"))
        if name == raw.damaged:
            raise IntegrityError(raw.path, name, Message("integrity.damaged"))
        body = raw.members[name]
        if sha256_hex(body) != listed[name]["sha256"] or len(body) != listed[name]["size"]:
            if _members_as_made(raw, manifest):  # the members are whole: the list was edited
                raise IntegrityError(
                    raw.path,
                    MANIFEST,
                    Message("integrity.manifest_entry_for", member=name),
                )
            if name == AUDIT:  # name the entry, not just the file
                _check_chain(raw, manifest)
            raise IntegrityError(raw.path, name, Message("integrity.sha_differs"))
    # The manifest is written in canonical form with these keys only: anything else is an edit.
    if set(manifest) - _MANIFEST_KEYS or canonical(manifest) != raw.members[MANIFEST]:
        raise IntegrityError(raw.path, MANIFEST, Message("integrity.manifest_edited"))


def _members_as_made(raw: RawPackage, manifest: dict) -> bool:
    """True when the members, as they are, still end at the manifest's audit head: the audit
    chain starts from a hash of the content members and the details, so only the manifest's
    list of digests can have changed."""
    if not isinstance(manifest.get("audit_head"), str) or AUDIT not in raw.members:
        return False
    digests = {n: sha256_hex(raw.members[n]) for n in CONTENT_MEMBERS if n in raw.members}
    try:
        trail = parse_trail(raw.members[AUDIT], anchor(digests, header_of(manifest)))
    except ChainError:
        return False
    return trail.head == manifest["audit_head"]


def _check_chain(raw: RawPackage, manifest: dict) -> AuditTrail:
    """The person's trail of ``raw``; raises IntegrityError naming the manifest when its
    details were changed, else the first broken entry."""
    digests = {n: sha256_hex(raw.members[n]) for n in CONTENT_MEMBERS if n in raw.members}
    start = anchor(digests, header_of(manifest))
    try:
        trail = parse_trail(raw.members[AUDIT], start)
    except ChainError as err:
        if err.index == 1 and _starts_elsewhere(raw.members[AUDIT], start):
            raise _edited_manifest(raw.path) from None
        entry = Message("integrity.member_entry", member=AUDIT, k=err.index)
        raise IntegrityError(raw.path, entry, err.problem) from None
    if not trail.lines and manifest.get("audit_head", start) != start:
        raise _edited_manifest(raw.path)
    return trail


def _starts_elsewhere(data: bytes, start: str) -> bool:
    """True when the trail's first entry is whole but starts from another anchor."""
    try:
        first = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False
    return isinstance(first, dict) and first.get("prev") != start


def _edited_manifest(path: Path) -> IntegrityError:
    return IntegrityError(
        path,
        MANIFEST,
        Message("integrity.details_changed"),
    )


@dataclass
class Package:
    """A package read, verified and parsed."""

    path: Path
    sha256: str
    manifest: dict
    career: Career
    clients: list[str]
    contacts: pd.DataFrame  # one row per record (RECORD_FIELDS), plus final_* from the person
    audit: AuditTrail

    @property
    def owner(self) -> str:
        """The person whose contacts these are."""
        return self.career.owner_name or str(self.manifest.get("owner", ""))


def load_package(path: str | Path) -> Package:
    """Read, verify and parse a package. Raises InputError if it cannot be read or is not a
    package of ours, IntegrityError if any member or audit entry was changed."""
    raw = read_raw(path)
    manifest = read_manifest(raw)
    check_members(raw, manifest)
    path = raw.path
    career_data = _json(raw, CAREER)
    career = career_from_record(career_data, f"{path}: {CAREER}")
    clients = _clients(raw)
    records = _json(raw, CONTACTS)
    table = _contacts_table(path, records)
    trail = _check_chain(raw, manifest)
    if manifest.get("audit_head", trail.head) != trail.head:
        # audit.jsonl matches its digest and its chain is whole: the head was edited
        raise IntegrityError(path, MANIFEST, Message("integrity.audit_head"))
    ids = set(table["id"])
    for k, entry in enumerate(trail.entries(), start=1):
        if entry["actor"] != "person" or entry["contact"] not in ids:
            entry_k = Message("integrity.member_entry", member=AUDIT, k=k)
            raise IntegrityError(path, entry_k, Message("integrity.no_contact"))
    return Package(path, raw.sha256, manifest, career, clients, table, trail)


def _json(raw: RawPackage, name: str):
    if name == raw.damaged:  # its bytes were read as nothing: "not valid JSON" would be untrue
        raise IntegrityError(raw.path, name, Message("integrity.damaged"))
    try:
        return json.loads(raw.members[name].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(raw.path, Message("package.member_not_json", member=name)) from None


def _clients(raw: RawPackage) -> list[str]:
    if CLIENTS not in raw.members:
        return []
    try:
        text = raw.members[CLIENTS].decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(raw.path, Message("package.clients_not_utf8", member=CLIENTS)) from None
    names = [line.strip() for line in text.splitlines() if line.strip()]
    if any(len(n) > MAX_FIELD for n in names):
        raise InputError(raw.path, Message("package.clients_long_line", member=CLIENTS))
    return names


def _contacts_table(path: Path, data) -> pd.DataFrame:
    records = data.get("contacts") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise InputError(path, Message("package.no_contact_list", member=CONTACTS))
    if len(records) > MAX_CONTACTS:
        raise InputError(
            path, Message("package.too_many_contacts", member=CONTACTS, cap=MAX_CONTACTS)
        )
    seen: set[str] = set()
    for k, rec in enumerate(records, start=1):
        _check_record(path, rec, k)
        if rec["id"] in seen:
            raise InputError(
                path, Message("package.repeated_id", member=CONTACTS, k=k, id=rec["id"])
            )
        seen.add(rec["id"])
    table = pd.DataFrame(records, columns=list(RECORD_FIELDS))
    table["p_work"] = table["p_work"].astype(float)
    table["flagged"] = table["flagged"].astype(bool)
    table["reasons"] = [tuple(r) for r in table["reasons"]]
    return with_person_final(table)


def _check_record(path: Path, rec, k: int) -> None:
    def bad(problem: Message) -> InputError:
        return InputError(path, Message("package.contact", member=CONTACTS, k=k, problem=problem))

    if not isinstance(rec, dict) or rec.keys() != _FIELD_NAMES:
        raise bad(Message("contact.not_a_contact"))
    for name, kind in RECORD_FIELDS.items():
        value = rec[name]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise bad(Message("contact.invalid_field", field=name))
        if isinstance(value, str) and len(value) > MAX_FIELD:
            raise bad(Message("contact.field_too_long", field=name))
    if not all(isinstance(r, str) and len(r) <= MAX_FIELD for r in rec["reasons"][:10]):
        raise bad(Message("contact.invalid_reasons"))
    rec["reasons"] = rec["reasons"][:10]
    if rec["suggestion"] not in SUGGESTIONS or rec["decision"] not in ("", *SUGGESTIONS):
        raise bad(Message("contact.unknown_decision"))
    if rec["category"] not in CATEGORIES:
        raise bad(Message("contact.unknown_category", category=rec["category"][:40]))
    if not (0.0 <= float(rec["p_work"]) <= 1.0):
        raise bad(Message("contact.p_work"))
    if rec["connected_on"]:
        try:  # fromisoformat is C-fast; the length check keeps it to YYYY-MM-DD
            if len(rec["connected_on"]) != 10:
                raise ValueError
            date.fromisoformat(rec["connected_on"])
        except ValueError:
            raise bad(Message("contact.bad_date")) from None


def load_unverified(path: str | Path) -> Package:
    """A package parsed although it failed verification, so a report can say what failed.

    Raises InputError if it cannot be read or parsed at all; the trail is empty if broken.
    """
    raw = read_raw(path)
    manifest = read_manifest(raw)
    career = career_from_record(_json(raw, CAREER), f"{raw.path}: {CAREER}")
    table = _contacts_table(raw.path, _json(raw, CONTACTS))
    try:
        trail = _check_chain(raw, manifest)
    except IntegrityError:
        trail = AuditTrail([])
    return Package(raw.path, raw.sha256, manifest, career, _clients(raw), table, trail)
