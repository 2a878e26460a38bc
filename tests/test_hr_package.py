"""The review package, its audit trail, HR's review and verify (issue 10)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from model.errors import InputError
from model.hr import HrReview, ReviewError, load_package, plan_package, verify
from model.hr.audit import AuditTrail, ChainError, canonical, parse_trail, sha256_hex
from model.hr.package import (
    AUDIT,
    CONTACTS,
    MANIFEST,
    PACKAGE_SUFFIX,
    goes_in,
    package_bytes,
    write_package,
)
from model.predictor import load_model
from model.synthetic import generate_person

NOW = "2026-01-02T03:04:05Z"


@pytest.fixture(scope="module")
def model():
    return load_model()


def _person(model, seed: int, profession: str | None = None, n: int = 180):
    person = generate_person(seed, profession, n_contacts=n)
    clients = ["Provincie Utrecht", "Gemeente Veluwe"]
    results = model.classify(person.contacts, person.career, clients)
    return person, results, clients


def _random_decisions(results: pd.DataFrame, seed: int) -> tuple[pd.DataFrame, list[dict]]:
    """Decisions on a third of the rows, with notes and an audit event each."""
    rng = np.random.default_rng(seed)
    n = len(results)
    decision = np.full(n, "", dtype=object)
    picked = rng.random(n) < 0.35
    decision[picked] = rng.choice(["work", "private"], picked.sum())
    employer = np.where(decision == "work", results["employer"].astype(str), "")
    # A note unique to each row, so a leaked note of a private contact can be found.
    note = np.array([f"[note {r}]" if p else "" for r, p in enumerate(picked)], dtype=object)
    decisions = pd.DataFrame(
        {
            "decision": decision,
            "employer": employer,
            "note": note,
            "decided_by": np.where(picked, "owner", ""),
            "decided_at": np.where(picked, NOW, ""),
        }
    )
    events = [
        {
            "row": int(r),
            "at": NOW,
            "who": "owner",
            "action": "decide",
            "decision": decision[r],
            "employer": employer[r],
            "note": note[r],
        }
        for r in np.flatnonzero(picked)
    ]
    return decisions, events


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buffer.getvalue()


def _forms(value: str) -> list[bytes]:
    """The byte forms a text could take in a member: raw UTF-8 and JSON-escaped."""
    return [value.encode(), json.dumps(value)[1:-1].encode()]


# --- which contacts go in ---------------------------------------------------------------------


def test_goes_in_follows_the_rule():
    suggestion = ["work", "work", "private", "private", "work", "private"]
    flagged = [False, True, True, False, False, True]
    decision = ["", "private", "", "", "work", "work"]
    assert goes_in(suggestion, flagged, decision).tolist() == [
        True,  # suggested work
        False,  # decided private, even though flagged
        True,  # suggested private but flagged
        False,  # suggested private, not flagged
        True,  # decided work
        True,  # decided work against the suggestion
    ]


@pytest.mark.parametrize("seed,profession", [(3, "recruiter"), (11, "it_consultant"), (29, None)])
def test_a_package_never_carries_a_private_contact(model, seed, profession):
    person, results, clients = _person(model, seed, profession)
    decisions, events = _random_decisions(results, seed)
    plan = plan_package(
        person.contacts, results, person.career, clients, decisions=decisions, events=events
    )
    # The rule, written out here rather than taken from the code under test.
    decision = decisions["decision"].to_numpy()
    undecided = decision == ""
    suggested_work = results["suggestion"].to_numpy() == "work"
    flagged = results["flagged"].to_numpy(dtype=bool)
    keep = (decision == "work") | (undecided & (suggested_work | flagged))
    assert len(plan.records) == keep.sum() and plan.left_out == (~keep).sum() > 0
    blob = b"\n".join(_members(package_bytes(plan)).values())
    contacts = person.contacts
    kept = contacts.loc[keep]
    # Company names and titles may be shared with a contact that goes in, or with the career.
    shared = set(kept["company"]) | set(kept["position"]) | set(clients)
    shared |= {p.company for p in person.career.positions} | {
        p.title for p in person.career.positions
    }
    shared |= {r for rs in results.loc[keep, "reasons"] for r in rs}
    checked = 0
    for _, c in contacts.loc[~keep].iterrows():
        own = [c["url"], c["email"], f"{c['first_name']} {c['last_name']}".strip()]
        own += [v for v in (c["company"], c["position"]) if v not in shared]
        for value in own:
            if len(value) < 4 or any(value in s for s in shared if isinstance(s, str)):
                continue
            for form in _forms(value):
                assert form not in blob, f"{value!r} of a private contact is in the package"
            checked += 1
    assert checked > 50  # the test looked at real values, not at empty strings
    for r in np.flatnonzero(~keep):
        assert f"[note {r}]".encode() not in blob, f"the note of private contact {r} leaked"
    # And every contact that goes in is there, with the person's decision.
    table = load_package_from_bytes(package_bytes(plan)).contacts
    assert set(table["url"]) == set(kept["url"])
    decided = table.loc[table["decision"] != ""]
    assert len(decided) > 0 and set(decided["decision"]) == {"work"}


def load_package_from_bytes(data: bytes, tmp: Path | None = None):
    import tempfile

    folder = Path(tmp or tempfile.mkdtemp())
    path = folder / f"p{PACKAGE_SUFFIX}"
    path.write_bytes(data)
    return load_package(path)


# --- verify -----------------------------------------------------------------------------------


@pytest.fixture
def package(model, tmp_path):
    person, results, clients = _person(model, 5, "recruiter", n=120)
    decisions, events = _random_decisions(results, 5)
    plan = plan_package(
        person.contacts, results, person.career, clients, decisions=decisions, events=events
    )
    return write_package(plan, tmp_path / "leaver")


def test_a_written_package_verifies(package):
    assert package.suffix == PACKAGE_SUFFIX
    result = verify(package)
    assert result.ok, result.problem
    assert result.members == 4 and result.person_entries > 5
    pkg = load_package(package)
    assert len(pkg.audit.entries()) == result.person_entries
    assert all(e["actor"] == "person" for e in pkg.audit.entries())


@pytest.mark.parametrize("member", ["career.json", "contacts.json", "audit.jsonl", "clients.txt"])
def test_any_edited_byte_of_a_member_fails_verify(package, member):
    members = _members(package.read_bytes())
    body = members[member]
    for at in sorted({0, len(body) // 3, len(body) // 2, len(body) - 2}):
        edited = bytearray(body)
        edited[at] = (edited[at] + 1) % 256 or 1
        package.write_bytes(_rezip({**members, member: bytes(edited)}))
        result = verify(package)
        assert not result.ok, f"an edit at byte {at} of {member} went unnoticed"
        assert member in result.problem


def test_an_edited_entry_is_named_even_when_the_manifest_is_fixed(package):
    members = _members(package.read_bytes())
    lines = members[AUDIT].split(b"\n")[:-1]
    entry = json.loads(lines[2])
    entry["decision"] = "private" if entry["decision"] == "work" else "work"
    lines[2] = canonical(entry)
    audit = b"".join(line + b"\n" for line in lines)
    manifest = json.loads(members[MANIFEST])
    manifest["members"][AUDIT] = {"sha256": sha256_hex(audit), "size": len(audit)}
    package.write_bytes(_rezip({**members, MANIFEST: canonical(manifest), AUDIT: audit}))
    result = verify(package)
    assert not result.ok and "audit.jsonl entry 4" in result.problem


def test_a_removed_entry_or_reordered_entries_break_the_chain():
    trail = AuditTrail([])
    for k in range(4):
        trail.append(
            at=NOW,
            actor="hr",
            who="x",
            contact=f"c{k}",
            action="agree",
            decision="agree",
            employer="",
            note="",
        )
    lines = trail.lines
    removed = b"".join(line + b"\n" for line in [lines[0], lines[2], lines[3]])
    with pytest.raises(ChainError) as err:
        parse_trail(removed)
    assert err.value.index == 2
    swapped = b"".join(line + b"\n" for line in [lines[1], lines[0], *lines[2:]])
    with pytest.raises(ChainError):
        parse_trail(swapped)
    assert parse_trail(trail.to_bytes()).head == trail.head


def test_a_raw_byte_flip_in_the_file_fails_verify(package):
    data = package.read_bytes()
    for at in (len(data) // 4, len(data) // 2):
        edited = bytearray(data)
        edited[at] ^= 0x20
        package.write_bytes(bytes(edited))
        try:
            ok = verify(package).ok
        except InputError:  # unreadable is a failure too (exit 2)
            ok = False
        assert not ok, f"a flipped byte at {at} went unnoticed"
        package.write_bytes(data)


# --- HR's review ------------------------------------------------------------------------------


def test_hr_decisions_and_sign_off_round_trip(package):
    with pytest.raises(ReviewError):
        HrReview.open(package)  # no reviewer name for a new review
    review = HrReview.open(package, "Anne de Vries")
    assert review.path.parent == package.parent and review.path.exists()
    before = package.read_bytes()
    queue = review.queue()
    attention = review.needs_attention()
    n_attention = int(attention.sum())
    assert n_attention > 0 and attention[queue[:n_attention]].all()
    assert not attention[queue[n_attention:]].any()

    first, second, third = (int(r) for r in queue[:3])
    review.decide([first], "agree")
    person = review.contacts["final_suggestion"].iat[second]
    other = "private" if person == "work" else "work"
    employer = review.employers()[0]
    with pytest.raises(ReviewError, match="note"):
        review.decide([second], other, employer=employer)  # an override needs a note
    review.decide([second], other, employer=employer, note="met at the gym")
    review.decide([third], "work", employer=employer, note="client of the agency")
    with pytest.raises(ReviewError):
        review.sign_off()  # flagged contacts are still open
    assert review.open_items() == n_attention - 3 + int(not attention[third])
    for row in queue[:n_attention]:
        if review.hr_decision[row] == "":
            review.decide([int(row)], "agree")
    sign = review.sign_off("reviewed with the employee present")
    with pytest.raises(ReviewError):
        review.decide([first], "agree")

    again = HrReview.open(package)
    assert again.reviewer == "Anne de Vries"
    assert again.signed_off == sign
    assert list(again.hr_decision) == list(review.hr_decision)
    assert again.hr_note[second] == "met at the gym"
    final = again.final()
    assert final["final_suggestion"].iat[second] == other
    assert final["final_suggestion"].iat[first] == final["person_suggestion"].iat[first]
    assert package.read_bytes() == before  # never written into the package
    assert verify(package).ok and verify(package).hr_entries == len(again.trail.lines)


def test_any_edited_byte_of_the_review_file_fails_verify(package):
    review = HrReview.open(package, "Anne")
    rows = review.queue()[:3]
    review.decide(rows[:2], "agree")
    review.decide(rows[2:], "private", note="school friend")
    data = review.path.read_bytes()
    for at in range(0, len(data) - 1, max(1, len(data) // 40)):
        if data[at : at + 1] == b"\n":
            continue
        edited = bytearray(data)
        edited[at] = ord("x") if edited[at] != ord("x") else ord("y")
        review.path.write_bytes(bytes(edited))
        try:
            ok = verify(package).ok
        except InputError:  # unreadable is a failure too (exit 2)
            ok = False
        assert not ok, f"an edit at byte {at} of the review went unnoticed"
    review.path.write_bytes(data)
    assert verify(package).ok


# --- hostile packages -------------------------------------------------------------------------


def _hostile(tmp_path, members: dict[str, bytes]) -> Path:
    path = tmp_path / f"hostile{PACKAGE_SUFFIX}"
    path.write_bytes(_rezip(members))
    return path


def test_hostile_packages_give_one_line_errors(package, tmp_path):
    good = _members(package.read_bytes())
    cases = {
        "unexpected member": {**good, "../../evil.sh": b"rm -rf /"},
        "contacts.json is missing": {k: v for k, v in good.items() if k != CONTACTS},
        "not a review package of this application": {**good, MANIFEST: b'{"format":"x"}'},
    }
    for expected, members in cases.items():
        with pytest.raises(InputError) as err:
            load_package(_hostile(tmp_path, members))
        assert expected in str(err.value) and "\n" not in str(err.value)
        assert str(tmp_path) in str(err.value)
    not_zip = tmp_path / f"text{PACKAGE_SUFFIX}"
    not_zip.write_text("hello")
    with pytest.raises(InputError, match="not a readable zip"):
        load_package(not_zip)


def test_a_schema_violation_with_a_matching_manifest_is_refused(package, tmp_path):
    members = _members(package.read_bytes())
    data = json.loads(members[CONTACTS])
    data["contacts"][0]["p_work"] = "high"
    body = json.dumps(data).encode()
    manifest = json.loads(members[MANIFEST])
    manifest["members"][CONTACTS] = {"sha256": sha256_hex(body), "size": len(body)}
    path = _hostile(tmp_path, {**members, MANIFEST: canonical(manifest), CONTACTS: body})
    with pytest.raises(InputError, match="contact 1 has an invalid p_work"):
        load_package(path)


def test_a_zip_bomb_is_refused_without_unpacking_it(tmp_path, monkeypatch):
    import model.hr.unpack as pkg

    monkeypatch.setattr(pkg, "MAX_MEMBER", 1000)
    members = {MANIFEST: b"{}", "career.json": b"{}", CONTACTS: b" " * 50_000, AUDIT: b""}
    with pytest.raises(InputError, match="too large"):
        load_package(_hostile(tmp_path, members))


def test_a_new_version_of_the_package_is_not_mixed_with_the_old_review(package, model):
    review = HrReview.open(package, "Anne")
    review.decide(review.queue()[:1], "agree")
    person, results, _ = _person(model, 6, "recruiter", n=100)
    write_package(plan_package(person.contacts, results, person.career), package)
    result = verify(package)
    assert not result.ok and "another version" in result.problem
    with pytest.raises(InputError, match="move this file away"):
        HrReview.open(package, "Anne")


def test_a_package_given_as_an_export_says_what_it_is(package, capsys):
    from model.cli import main
    from model.hr.package import PACKAGE_SUFFIX
    from model.readers.dispatch import REVIEW_PACKAGE_SUFFIX

    assert REVIEW_PACKAGE_SUFFIX == PACKAGE_SUFFIX
    assert main(["inspect", str(package)]) == 2
    err = capsys.readouterr().err
    assert "is a review package for HR" in err and "verify" in err and err.count("\n") == 1


@pytest.mark.parametrize("key", ["prepared_by", "created", "owner"])
def test_the_manifest_details_cannot_be_changed_either(package, tmp_path, key, capsys):
    """Who prepared the package and when is covered by the audit chain's start: a changed
    detail of manifest.json (its members' digests untouched) makes verify name the manifest."""
    from model.cli import main

    members = _members(package.read_bytes())
    manifest = json.loads(members["manifest.json"])
    manifest[key] = "someone else" if key != "created" else "2020-01-01T00:00:00+00:00"
    members["manifest.json"] = json.dumps(manifest).encode()
    edited = tmp_path / "edited.coreview"
    edited.write_bytes(_rezip(members))
    assert main(["verify", str(package)]) == 0
    capsys.readouterr()
    assert main(["verify", str(edited)]) == 1
    said = capsys.readouterr()
    assert "manifest.json was changed after the package was made" in said.out + said.err


@pytest.mark.parametrize("member", ["career.json", "contacts.json", "audit.jsonl"])
def test_an_edited_digest_in_the_manifest_names_the_manifest(package, member):
    """The member is as it was made (its hash still starts the audit chain that ends at the
    manifest's head); only the manifest's entry for it was edited — so the manifest is named."""
    members = _members(package.read_bytes())
    manifest = json.loads(members[MANIFEST])
    manifest["members"][member]["sha256"] = "0" * 64
    package.write_bytes(_rezip({**members, MANIFEST: canonical(manifest)}))
    result = verify(package)
    assert not result.ok
    assert result.problem.endswith(
        f"manifest.json was changed after the package was made (its entry for {member})"
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda m: canonical({**m, "note": "added by hand"}),
        lambda m: canonical(m) + b"\n",
        lambda m: json.dumps(m, indent=1).encode(),
    ],
    ids=["extra key", "trailing newline", "reformatted"],
)
def test_any_edit_of_the_manifest_is_noticed(package, edit):
    members = _members(package.read_bytes())
    manifest = json.loads(members[MANIFEST])
    package.write_bytes(_rezip({**members, MANIFEST: edit(manifest)}))
    result = verify(package)
    assert (
        not result.ok and "manifest.json was changed after the package was made" in result.problem
    )


@pytest.mark.parametrize(
    "key,value,said",
    [
        ("contacts", 3, "its details no longer match where the audit trail starts"),
        ("audit_head", "0" * 64, "its audit head"),
    ],
)
def test_the_manifest_count_and_head_are_covered_too(package, key, value, said):
    members = _members(package.read_bytes())
    manifest = json.loads(members[MANIFEST])
    manifest[key] = value
    package.write_bytes(_rezip({**members, MANIFEST: canonical(manifest)}))
    result = verify(package)
    assert not result.ok
    assert result.problem.endswith(f"manifest.json was changed after the package was made ({said})")


def test_two_leavers_packages_of_one_name_in_read_only_folders_get_a_review_each(
    model, tmp_path, monkeypatch
):
    """A read-only folder (a share, a mail attachment folder) keeps HR's review in the data
    folder: two packages both called review.coreview must not share (and refuse) one review."""
    from model.hr import review as review_module

    paths = []
    for seed, folder in [(5, "mail-1"), (7, "mail-2")]:
        person, results, clients = _person(model, seed, "recruiter", n=80)
        plan = plan_package(person.contacts, results, person.career, clients)
        (tmp_path / folder).mkdir()
        paths.append(write_package(plan, tmp_path / folder / "review"))
    monkeypatch.setattr(review_module.os, "access", lambda path, mode: False)
    first = HrReview.open(paths[0], "Henk (HR)")
    first.decide([0], "agree")
    second = HrReview.open(paths[1], "Henk (HR)")  # was: "made for another version"
    second.decide([1], "agree")
    assert first.path != second.path and first.path.parent == second.path.parent
    assert not (tmp_path / "mail-1" / "review.hr-review.jsonl").exists()
    again = HrReview.open(paths[0])
    assert again.hr_decision[0] == "agree" and again.hr_decision[1] == ""
    assert HrReview.open(paths[1]).hr_decision[1] == "agree"
    assert verify(paths[0]).ok and verify(paths[1]).ok


def test_a_decision_or_sign_off_the_disk_refuses_is_not_half_made(package, monkeypatch):
    """What HR sees is what is saved: a save that fails (a full disk) leaves the review as it
    was — no decision shown that is not on disk, no sign-off in memory only."""
    import errno

    from model.hr import review as review_module

    review = HrReview.open(package, "Henk (HR)")
    review.decide([0], "agree")
    saved = review.path.read_bytes()
    real = review_module.atomic_path

    def full_disk(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(review_module, "atomic_path", full_disk)
    with pytest.raises(InputError, match="No space left on device"):
        review.decide([1, 2], "private", note="a neighbour")
    assert list(review.hr_decision[:3]) == ["agree", "", ""] and len(review.trail.lines) == 1
    for row in review.queue()[1:4]:
        with pytest.raises(InputError):
            review.decide([int(row)], "agree")
    assert list(review.hr_decision[:3]) == ["agree", "", ""]
    assert review.path.read_bytes() == saved
    # a refused note in the middle of several rows changes none of them either
    monkeypatch.setattr(review_module, "atomic_path", real)
    with pytest.raises(ReviewError):
        review.decide([3, 4], "work", employer="Nobody B.V.")
    assert review.hr_decision[3] == ""
    for row in review.queue():
        review.decide([int(row)], "agree")
    monkeypatch.setattr(review_module, "atomic_path", full_disk)
    entries = len(review.trail.lines)
    with pytest.raises(InputError):
        review.sign_off("done")
    assert review.signed_off is None and len(review.trail.lines) == entries
    monkeypatch.setattr(review_module, "atomic_path", real)
    review.decide([1], "private", note="still open: the sign-off did not happen")
    review.sign_off("done")
    again = HrReview.open(package)
    assert again.signed_off is not None and again.hr_decision[1] == "private"
    assert verify(package).ok


def test_an_export_named_as_a_package_is_said_to_be_an_export(tmp_path):
    from model.synthetic import write_sample

    zip_path, _ = write_sample(tmp_path, seed=2, n_contacts=30)
    renamed = tmp_path / "leaver.coreview"
    renamed.write_bytes(zip_path.read_bytes())
    with pytest.raises(InputError) as caught:
        load_package(renamed)
    assert str(caught.value) == (f"{renamed}: is a LinkedIn data export, not a review package")


def test_a_zip_of_a_version_python_cannot_unpack_is_one_line_too(package, tmp_path):
    """A damaged or crafted package whose directory claims a zip version zipfile does not
    support (it raises NotImplementedError) is refused like any unreadable zip, both by the
    look before the reviewer is asked for a name and when it is read."""
    from model.hr.unpack import check_package_file

    data = bytearray(package.read_bytes())
    at = data.find(b"PK\x01\x02")  # the first central directory entry
    data[at + 6] = 65  # version needed to extract: 6.5
    path = tmp_path / f"future{PACKAGE_SUFFIX}"
    path.write_bytes(bytes(data))
    for read in (check_package_file, load_package):
        with pytest.raises(InputError, match="not a readable zip"):
            read(path)
