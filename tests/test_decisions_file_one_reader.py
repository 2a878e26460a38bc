"""One decisions reader: HR's ``package --decisions`` (load_decisions) and learning's
``--labels`` (read_labels) read a decisions file alike, and complete it with the decisions
the input table carries by one rule."""

import numpy as np
import pandas as pd
import pytest

from model.errors import InputError
from model.hr.decisions import load_decisions
from model.learning.labels import labels_frame, read_labels, table_labels, with_carried

HEADER = (
    "\ufeffFirst Name,Last Name,URL,Email Address,Company,Position,Connected On,suggestion,"
    "p_work,employer,category,flagged,reasons,decision,review_state,decided_by,decided_at,note"
)


def _contacts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "first_name": ["Ann", "Bob", "Bob", "Cas", "", "Dirk"],
            "last_name": ["Aal", "Bos", "Bos", "Cox", "", "Dam"],
            "url": ["https://www.linkedin.com/in/ann", "https://linkedin.com/in/bob",
                    "https://linkedin.com/in/bob", "", "", "https://linkedin.com/in/dirk"],
            "email": [""] * 6,
            "company": ["Acme", "Bolt", "Bolt", "Cato", "", "Delta"],
            "position": ["Engineer"] * 6,
            "connected_on": ["01 Jan 2020", "02 Jan 2020", "02 Jan 2020", "03 Jan 2020",
                             "04 Jan 2020", "05 Jan 2020"],
        }
    )  # fmt: skip


def _tricky_table(tmp_path):
    """The app's own table as a spreadsheet leaves it: Dutch decision words in any case, a
    contact the export lists twice decided differently, a record repeated, a hidden profile,
    a neutralised note and an undecided row with a note, CRLF."""
    lines = [
        HEADER,
        "Ann,Aal,http://linkedin.com/in/ann/,,Acme,Engineer,01 Jan 2020,work,0.9,Acme,colleague,"
        "false,,Werk,decided,ann@x,2026-01-02T10:00:00,'=SUM(A1)",
        "Bob,Bos,https://linkedin.com/in/bob,,Bolt,Engineer,02 Jan 2020,work,0.8,Bolt,client,"
        "false,,privé,decided,,,",
        "Bob,Bos,https://linkedin.com/in/bob,,Bolt,Engineer,02 Jan 2020,work,0.8,Bolt,client,"
        "false,,WERK,decided,,,met Bob",
        "Cas,Cox,,,Cato,Engineer,03 Jan 2020,private,0.2,,private,false,,,,,,ask Cas",
        ",,,,,,04 Jan 2020,private,0.3,,private,false,,Prive,decided,,,hidden",
        "Ann,Aal,https://linkedin.com/in/ann,,Acme,Engineer,01 Jan 2020,work,0.9,Acme,colleague,"
        "false,,work,decided,,,again",
        "Eve,Eck,https://linkedin.com/in/eve,,Echo,Engineer,06 Jan 2020,work,0.9,Echo,client,"
        "false,,work,decided,,,",
    ]
    path = tmp_path / "export all.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


def test_both_readers_agree_on_the_apps_own_table(tmp_path):
    path = _tricky_table(tmp_path)
    hr, unmatched = load_decisions(path, _contacts())
    labels = read_labels(path, _contacts())
    pd.testing.assert_frame_equal(hr, labels_frame(labels))
    assert unmatched == labels.unmatched == 1  # Eve is not in this export
    assert hr["decision"].tolist() == ["work", "private", "work", "", "private", ""]
    assert hr["employer"].tolist() == ["Acme", "", "Bolt", "", "", ""]
    assert hr.at[0, "note"] == "=SUM(A1)"  # the export's apostrophe is taken off
    assert hr.at[0, "decided_by"] == "ann@x"
    assert hr.at[3, "note"] == "ask Cas"  # undecided, but its note stays
    assert labels.given == 6


def test_two_records_deciding_one_contact_differently_stop_both(tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text(
        "URL,decision\nhttps://linkedin.com/in/dirk,werk\nhttps://linkedin.com/in/dirk,privé\n",
        encoding="utf-8",
    )
    for read in (lambda: load_decisions(path, _contacts()), lambda: read_labels(path, _contacts())):
        with pytest.raises(InputError, match="record 2 decides contact 6"):
            read()


def test_one_record_decides_every_row_of_its_contact_in_both(tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text("URL,row,decision\nlinkedin.com/in/bob,,Privé\n,4,work\n", encoding="utf-8")
    hr, _ = load_decisions(path, _contacts())
    assert hr["decision"].tolist() == ["", "private", "private", "work", "", ""]
    pd.testing.assert_frame_equal(hr, labels_frame(read_labels(path, _contacts())))


def test_the_file_decides_its_rows_and_the_table_the_rest(tmp_path):
    path = tmp_path / "decisions.csv"
    path.write_text("URL,decision\nlinkedin.com/in/ann,privé\n", encoding="utf-8")
    carried = pd.DataFrame(
        {
            "decision": ["work", "", "", "", "", "work"],
            "employer": ["Acme", "", "", "", "", "Delta"],
            "note": ["", "", "", "", "", "table"],
            "decided_by": [""] * 5 + ["me"],
            "decided_at": [""] * 6,
        }
    )
    merged = with_carried(read_labels(path, _contacts()), table_labels(carried))
    assert merged.decision.tolist() == ["private", "", "", "", "", "work"]
    assert merged.employer.tolist() == ["", "", "", "", "", "Delta"]
    assert merged.decided_by[5] == "me" and merged.given == 2
    assert np.array_equal(labels_frame(merged)["note"], ["", "", "", "", "", "table"])


def test_a_url_written_without_its_scheme_still_names_its_contact(tmp_path):
    # as a person types or a spreadsheet shortens them: www. without https://, other case
    path = tmp_path / "decisions.csv"
    path.write_text(
        "URL,decision\nwww.linkedin.com/in/bob,work\nLinkedIn.com/in/Ann/,private\n"
        "https://www.linkedin.com/in/dirk?trk=x,work\n",
        encoding="utf-8",
    )
    labels = read_labels(path, _contacts())
    assert labels.decision.tolist() == ["private", "work", "work", "", "", "work"]
    assert labels.unmatched == 0
