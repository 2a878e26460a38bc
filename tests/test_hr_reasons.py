"""Reasons travel in a package as text in the person's language; the report and HR mode show
them in their own language (model.hr.reasons), and text no template explains stays as is."""

from __future__ import annotations

import numpy as np
import openpyxl
import pytest

from model import messages
from model.hr import plan_package
from model.hr.package import write_package
from model.hr.reasons import reason_in, reasons_in
from model.hr.report import write_report
from model.learning.texts import _REASONS as PERSONAL
from model.learning.texts import personal_reason
from model.predictor import load_model
from model.synthetic import generate_person

FIELDS_EN = dict(
    date="14 Mar 2019", period="Jan 2017 – now", months="3 months", joined="Mar 2012",
    start="May 2015",
)  # fmt: skip
FIELDS_NL = dict(
    date="14 mrt 2019", period="jan 2017 – nu", months="3 maanden", joined="mrt 2012",
    start="mei 2015",
)  # fmt: skip
FREE = dict(
    employer="Acme B.V.", company="Globex, Inc.", title="Inkoper “senior”", peers="12",
    contacts="1,204", year="2019",
)  # fmt: skip


@pytest.mark.parametrize("key", sorted(messages.REASONS_EN))
@pytest.mark.parametrize("side", ["work", "private"])
def test_every_model_reason_reads_back_in_the_other_language(key, side):
    en = messages.reason_text(key, "en", **FIELDS_EN, **FREE, side=side)
    nl = messages.reason_text(key, "nl", **FIELDS_NL, **FREE, side=side)
    assert reason_in(en, "nl") == nl
    assert reason_in(nl, "en") == en
    assert reason_in(en, "en") == en  # already in the language asked for


@pytest.mark.parametrize("key", sorted(PERSONAL["en"]))
def test_every_personal_layer_reason_reads_back(key):
    inner = {  # "against it: <a model reason>": the reason inside is re-spelled too
        code: messages.reason_text("after_job_short", code, months=m, employer="Y")
        for code, m in (("en", "less than a month"), ("nl", "minder dan een maand"))
    }
    for side in ("work", "private"):
        en = personal_reason(key, side, "en", word="inkoop", company="Acme", reason=inner["en"])
        nl = personal_reason(key, side, "nl", word="inkoop", company="Acme", reason=inner["nl"])
        assert (reason_in(en, "nl"), reason_in(nl, "en")) == (nl, en)


def test_months_and_dates_are_re_spelled_not_guessed():
    text = messages.reason_text(
        "after_job", "en", date="1 Oct 2020", months="1 month", employer="X"
    )
    assert reason_in(text, "nl") == "verbonden op 1 okt 2020, 1 maand nadat je baan bij X eindigde"
    short = messages.reason_text("after_job_short", "en", months="less than a month", employer="Y")
    assert reason_in(short, "nl") == "minder dan een maand nadat je baan bij Y eindigde"
    # a "date" that is no date of ours: the text is not one of our templates, left alone
    odd = "connected 14 Foo 2019, between jobs"
    assert reason_in(odd, "nl") == odd
    assert reasons_in(["an older version's words", odd], "nl") == ["an older version's words", odd]


def test_a_dutch_report_of_an_english_package_speaks_dutch(tmp_path):
    person = generate_person(5, "it_consultant", n_contacts=120)
    with messages.speaking("en"):
        results = load_model().classify(person.contacts, person.career)
    stored = [r for rs in results["reasons"] for r in rs]
    assert any(r.startswith("connected ") for r in stored)  # the person's words: English
    results.loc[int(np.flatnonzero(results["flagged"])[0]), "reasons"] = ("a note of old",)
    plan = plan_package(person.contacts, results, person.career, None, prepared_by="owner")
    package = write_package(plan, tmp_path / "leaver")
    wb = openpyxl.load_workbook(write_report(package, tmp_path / "r.xlsx", language="nl"))
    sheet = wb["Contacten"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index("Redenen")
    reasons = [row[column].value or "" for row in sheet.iter_rows(min_row=2)]
    text = "\n".join(reasons)
    assert "verbonden op" in text or "werkt bij" in text
    english = [t for t in messages.REASONS_EN.values() if "{" not in t]
    assert not any(t in text for t in english)
    assert "connected " not in text and "works at " not in text
    assert "a note of old" in text  # unknown words survive
