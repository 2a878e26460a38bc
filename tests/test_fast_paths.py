"""The fast paths of a 30,000-contact run say exactly what the plain, row-by-row way says.

Reasons are worded once per distinct case and column-wise (model.explain): held to
``str.format`` of the template with each row's own fields, in English and Dutch. The whole CSV
of a 2,000-contact export with a career is held to the table built and written cell by cell
with the csv module, and the TF-IDF rows of the compiled model to plain counting.
"""

from __future__ import annotations

import dataclasses
import zipfile

import numpy as np
import pytest

from model import explain as ex
from model import messages
from model.context import load_positions
from model.features.relate import relate
from model.inferred import infer_career, is_inferred
from model.predictor import load_model
from model.readers import read_export
from model.synthetic import write_sample

FIELDS = ("date", "employer", "period", "months", "company", "title", "joined", "contacts")
FIELDS += ("year", "start")
TRICKY = ["", "Acme, Inc.", "{date}", "}{", "Zoë “Müller” & Co", "=1+1", "a\tb", "日本"]


class _Fields(dict):
    """Field columns by name, and the rows they are for (as explain's _FieldColumns)."""

    rows: np.ndarray


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_render_is_str_format_of_every_template(language):
    rng = np.random.default_rng(3)
    for key in messages.REASONS_EN:
        template = messages.reason_template(key, language)
        rows = np.arange(40)
        columns = {
            name: np.array([TRICKY[i] for i in rng.integers(0, len(TRICKY), 40)], dtype=object)
            for name in FIELDS
        }
        columns["peers"] = np.array([f"{n:,}" for n in rng.integers(0, 5000, 40)], dtype=object)
        columns["side"] = np.array(["werk", "private"] * 20, dtype=object)
        fields = _Fields(columns)
        fields.rows = rows
        expected = [template.format(**{k: v[i] for k, v in columns.items()}) for i in rows]
        assert ex._render(template, fields).tolist() == expected, key


@pytest.fixture(scope="module", params=["career", "inferred"])
def related(request, tmp_path_factory):
    """A generated 2,000-contact export with its owner's career (or, without one, the career
    inferred from the network, as classify does), related and scored."""
    folder = tmp_path_factory.mktemp("export")
    seed, profession = (7, "recruiter") if request.param == "career" else (21, "it_consultant")
    zip_path, _ = write_sample(folder, seed=seed, profession=profession, n_contacts=2000)
    with zipfile.ZipFile(zip_path) as zf:
        name = next(n for n in zf.namelist() if n.lower().endswith("positions.csv"))
        (folder / "Positions.csv").write_bytes(zf.read(name))
    export = read_export(zip_path)
    career = export.career
    career.positions = load_positions(folder / "Positions.csv", [])
    if request.param == "inferred":
        career.positions = []
        career = infer_career(export.contacts, career)
        assert is_inferred(career) and any(p.company for p in career.positions)
    model = load_model()
    facts = relate(export.contacts, career)
    Z = model.estimator.transform_features(facts)
    work = model.estimator.predict_proba_z(Z)[:, 1] >= model.estimator.threshold_
    return model, facts, Z, work, career, export.contacts


def _reference_word(ctx, group: str, r: int) -> str:
    """One reason of one row, worded field by field with ``reason_text`` (the slow way)."""
    c = ctx.career
    fields = {
        "side": "work" if ctx.work[r] else "private",
        "company": ctx.company[r],
        "title": ctx.title[r],
        "joined": ctx.joined,
    }
    if not ctx.no_date[r]:
        fields["date"] = ex._fmt_day(ctx.dates[r])
    if group == "during_job":
        p = c.positions[ctx.job[r]]
        start = ex._fmt_month(p.start) if p.start else "?"
        fields.update(employer=p.company, period=f"{start} – {ex._fmt_month(p.end)}")
    elif group == "after_job":
        fields.update(
            employer=c.positions[ctx.previous[r]].company,
            months=messages.months_text(ctx.after[r]),
        )
        if ctx.job[r] >= 0 and ctx.employer[r] == ctx.job[r]:
            group = "after_job_short"
    elif group == "same_sector":
        fields.update(employer=c.positions[ctx.employer[r]].company)
    elif group == "colleagues_nearby":
        fields.update(employer=c.positions[ctx.job[r]].company)
    elif group == "company_peers":
        fields.update(peers=f"{ctx.peers[r]:,}")
    elif group == "first_months" and ctx.joined == "?":
        group = "first_months_plain"
    elif group == "works_at_employer" and ctx.employer[r] != ctx.job[r]:
        group = "works_at_former_employer"
    if ctx.inferred and group in ex._INFERRED_WORDING:  # the employer is a guess
        if group in ("works_at_employer", "works_at_former_employer"):
            p = c.positions[ctx.employer[r]]
            fields.update(contacts=f"{p.contacts:,}", year=p.peak_year or "?")
        elif group in ("company_like_employer", "employer_email"):
            named = [p for p in c.positions if p.company]
            index = ctx.employer[r]
            p = c.positions[index] if index >= 0 and c.positions[index].company else named[0]
            fields.update(employer=p.company)
        elif group == "during_job":
            p = c.positions[ctx.job[r]]
            fields.update(start=ex._fmt_month(p.start) if p.start else "?")
        elif group == "after_job_short":
            fields.update(date=fields.get("date", "?"))
        if group != "no_career" or ctx.named.any():
            group = ex._INFERRED_WORDING[group]
    return messages.reason_text(group, **fields)


def _recorded_slots(monkeypatch) -> list:
    """(slot, groups, context, texts) of every reason slot explain words from now on."""
    seen = []
    fast = ex._word_slot

    def checked(slot, groups, ctx):
        out = fast(slot, groups, ctx)
        seen.append((slot, groups, ctx, out))
        return out

    monkeypatch.setattr(ex, "_word_slot", checked)
    return seen


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_every_reason_of_every_row_is_its_own_wording(related, language, monkeypatch):
    model, facts, Z, work, career, _ = related
    seen = _recorded_slots(monkeypatch)
    with messages.speaking(language):
        reasons = ex.explain(model.estimator.contributions_z(Z), facts, work, career)
        said = set()
        for slot, groups, ctx, out in seen:
            for r in np.flatnonzero(slot >= 0):
                expected = _reference_word(ctx, groups[slot[r]], r)
                assert out[r] == expected, (groups[slot[r]], r)
                said.add(groups[slot[r]])
            assert (out[slot < 0] == "").all()
    assert len(reasons) == len(facts) and all(isinstance(r, tuple) and r for r in reasons)
    # the export exercises the dated, company and title reasons, not only the fixed texts
    assert {"during_job", "company_peers", "client_title"} <= said
    if is_inferred(career):
        probably = {"en": "probably", "nl": "waarschijnlijk"}[language]
        assert sum(probably in t for r in reasons for t in r) > 100


def test_the_sector_reason_names_each_rows_own_employer(tmp_path, monkeypatch):
    """Contacts of one company attributed to different employers: "works in the same sector as"
    names each one's own (it was worded once per company, so a file classified whole and in
    chunks named different employers)."""
    zip_path, _ = write_sample(tmp_path, seed=3, n_contacts=1500)
    export = read_export(zip_path)
    career = export.career
    named = [i for i, p in enumerate(career.positions) if p.company]
    assert len(named) >= 2
    # every employer its own name, so that naming the wrong one shows
    career.positions = [
        dataclasses.replace(p, company=f"{p.company} {i}") if p.company else p
        for i, p in enumerate(career.positions)
    ]
    model = load_model()
    facts = relate(export.contacts, career)
    facts["same_sector"] = (facts["company"] != "").astype(np.float64)  # so that it is said
    Z = model.estimator.transform_features(facts)
    work = model.estimator.predict_proba_z(Z)[:, 1] >= model.estimator.threshold_
    rng = np.random.default_rng(7)
    facts["employer_index"] = rng.choice(named, size=len(facts))
    seen = _recorded_slots(monkeypatch)
    ex.explain(model.estimator.contributions_z(Z), facts, work, career)
    sector = 0
    for slot, groups, ctx, out in seen:
        for r in np.flatnonzero(slot >= 0):
            if groups[slot[r]] == "same_sector":
                sector += 1
                assert out[r] == _reference_word(ctx, "same_sector", r), r
    assert sector > 20


def test_csv_floats_are_written_as_the_csv_module_writes_them(tmp_path):
    import csv
    import io

    import pandas as pd

    from model.exports import write_table

    floats = [0.873, -0.0, 0.0, float("nan"), 1e-07, 0.1 + 0.2, float("inf"), -1.5, 0.873, 2.0]
    table = pd.DataFrame({"p_work": floats, "name": pd.array(list("abcdefghij"), dtype="str")})
    write_table(table, tmp_path / "out.csv")
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(["p_work", "name"])
    writer.writerows(["" if v != v else v, n] for v, n in zip(floats, "abcdefghij", strict=True))
    assert (tmp_path / "out.csv").read_bytes() == ("\ufeff" + expected.getvalue()).encode()
    assert b"\r\n-0.0,b\r\n0.0,c\r\n,d\r\n" in (tmp_path / "out.csv").read_bytes()


def test_tfidf_rows_are_counted_as_the_plain_way_counts_them():
    from collections import Counter

    import pandas as pd

    from model.compiled import TOKEN_PATTERN
    from model.features.text import analyze, tfidf_distinct_rows

    est = load_model().estimator
    vocabulary, idf = est.vocabularies["title"], est.arrays["title.idf"]
    titles = ["Directeur Financiën", "HR-Manager", "ÉQUIPE Ünïcode", "", "🙂 Coach", "a b"]
    titles += ["Sr. Software Engineer | Cloud | AWS", "manager manager manager", "ﬁnance ｆｕｌｌ"]
    for ngrams in [(1, 1), (1, 2), (2, 3)]:
        options = dict(token_pattern=TOKEN_PATTERN, ngram_range=ngrams, lowercase=True)
        codes, indptr, indices, data = tfidf_distinct_rows(
            pd.Series(titles * 2), vocabulary, idf, accents=True, sublinear_tf=True, **options
        )
        assert codes.tolist() == list(range(len(titles))) * 2
        for k, title in enumerate(titles):
            counts = Counter(
                vocabulary[g] for g in analyze(title, accents=True, **options) if g in vocabulary
            )
            terms = sorted(counts)
            weights = (np.log(np.array([counts[j] for j in terms], dtype=float)) + 1) * idf[terms]
            norm = np.sqrt((weights * weights).sum()) or 1.0
            row = slice(indptr[k], indptr[k + 1])
            assert indices[row].tolist() == terms
            np.testing.assert_allclose(data[row], weights / norm, rtol=1e-15)


def test_tfidf_rows_with_a_memo_kept_between_pieces_are_the_same_bits(monkeypatch):
    """The compiled model's memo of each title's terms (kept between the pieces of a large
    export), empty, filled by earlier pieces, or full: the same arrays as without one."""
    import pandas as pd

    from model.compiled import TOKEN_PATTERN
    from model.features import text

    est = load_model().estimator
    vocabulary, idf = est.vocabularies["title"], est.arrays["title.idf"]
    options = dict(token_pattern=TOKEN_PATTERN, ngram_range=(1, 2), lowercase=True)
    options |= dict(accents=True, sublinear_tf=True)
    rng = np.random.default_rng(11)
    words = ["Senior", "HR", "manager", "Zoë", "ﬁnance", "sales", "", "Engineer", "of", "IT"]
    pieces = [
        pd.Series([" ".join(rng.choice(words, rng.integers(0, 5))) for _ in range(400)])
        for _ in range(4)
    ]
    pieces[1][::7] = None
    memo: dict = {}
    monkeypatch.setattr(text, "MEMO_LIMIT", 60)  # full after the first piece
    for piece in pieces:
        plain = text.tfidf_distinct_rows(piece, vocabulary, idf, **options)
        kept = text.tfidf_distinct_rows(piece, vocabulary, idf, memo=memo, **options)
        for a, b in zip(plain, kept, strict=True):
            assert a.dtype == b.dtype and np.array_equal(a, b)
    assert 60 <= len(memo) < 400  # filled, then kept as it was


def test_compiled_model_keeps_its_title_memo_from_its_second_call(related):
    """The compiled model's text features, called again and again (the pieces of a large
    export: its memo of titles made at the second call, then used): the same matrix."""
    from model.compiled import _TEXT_MEMOS

    model, facts, Z, *_ = related
    est = type(model.estimator)(model.estimator.arrays, model.estimator.blocks)
    first = est.transform_features(facts).toarray()
    assert not _TEXT_MEMOS[est]  # one call: no memo filled (a 30,000-contact run)
    halves = (facts.iloc[: len(facts) // 2], facts.iloc[len(facts) // 2 :])
    parts = [est.transform_features(h).toarray() for h in (*halves, *halves)]
    assert len(_TEXT_MEMOS[est]["title"]) == facts["position"].nunique(dropna=False)
    assert np.array_equal(first, Z.toarray())
    assert np.array_equal(np.vstack(parts[:2]), first) and np.array_equal(
        np.vstack(parts[2:]), first
    )


def test_classify_csv_is_what_the_plain_way_writes(related, tmp_path):
    """The whole `classify` output of a 2,000-contact export with a career, byte for byte,
    against the classification table built and written cell by cell with the csv module."""
    import csv
    import io

    import pandas as pd

    from model.learning.output import classify_personal_to_file
    from model.schema import LINKEDIN_HEADERS
    from model.table_writers import neutralise_csv

    model, _, _, _, career, contacts = related
    out = tmp_path / "out.csv"
    results, personal = classify_personal_to_file(model, contacts, career, out)
    rows = []
    for i in range(len(contacts)):
        c, r = contacts.iloc[i], results.iloc[i]
        day = c["connected_on"]
        cells = [c[col] for col in LINKEDIN_HEADERS if col != "connected_on"]
        cells.insert(
            list(LINKEDIN_HEADERS).index("connected_on"), "" if pd.isna(day) else f"{day:%Y-%m-%d}"
        )
        order = personal.review_order.iloc[i]
        cells += [
            r["suggestion"],
            float(np.round(r["p_work"], 3)),
            "" if r["suggestion"] == "private" else r["employer"],
            r["category"],
            "true" if r["flagged"] else "false",
            " | ".join(t for t in r["reasons"] if t),
            "" if pd.isna(order) else int(order),
        ]
        rows.append([neutralise_csv(v) for v in cells])
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    results_columns = ["suggestion", "p_work", "employer", "category", "flagged", "reasons"]
    writer.writerow([*LINKEDIN_HEADERS.values(), *results_columns, "review_order"])
    writer.writerows(rows)
    assert out.read_bytes() == ("\ufeff" + expected.getvalue()).encode("utf-8")


def test_blank_texts_are_found_as_strip_finds_them():
    """relate's _blank looks in Python only at values whose first character could be
    whitespace: the same answer as ``isinstance(v, str) and not v.strip()`` on every value."""
    import pandas as pd

    from model.features.relate import _blank

    odd = ["", " ", "\xa0", "\u2003x", "\u3000", "\t\n", "\x00", "\x00 ", "\x1c", "a ", " a"]
    odd += ["é", "日本", "😀", "\u2028", "\x85", None, float("nan")]
    rng = np.random.default_rng(2)
    values = [odd[i] for i in rng.integers(0, len(odd), 500)]
    texts = [v for v in values if isinstance(v, str)]
    for series in (
        pd.Series(values, dtype=object),
        pd.Series(values, dtype="str"),
        pd.Series(texts),
    ):
        expected = [isinstance(v, str) and not v.strip() for v in series.tolist()]
        assert _blank(series).tolist() == expected


def test_ranks_are_the_inverse_np_unique_gives():
    """explain's codes of distinct reason cases: marked and counted when their range is small,
    sorted when not; the same codes either way."""
    rng = np.random.default_rng(5)
    for values in (
        rng.integers(0, 50, 3000),
        rng.integers(0, 10**9, 3000),  # too wide to mark: sorted
        np.array([7]),
        np.zeros(0, dtype=np.int64),
    ):
        expected = np.unique(values, return_inverse=True)[1].ravel()
        assert ex._ranks(values).tolist() == expected.tolist()


def test_company_sectors_are_worded_wherever_same_sector_can_hold():
    """company_facts words a company's sector only for contacts met during a job at an
    employer with a sector: the same facts as wording every company's sector."""
    import pandas as pd

    from model import lexicons
    from model.career import Career, Position
    from model.features.vocab import company_facts

    career = Career(
        positions=[
            Position(company="Quinent Search", title="Recruiter"),  # staffing
            Position(company="Flexix People", title="Intercedent"),  # no sector
            Position(company="ING Bank N.V.", title="HR"),  # finance
        ]
    )
    names = ["Randstad", "ABN AMRO Bank", "Flexix People", "", "Zorggroep Oost", None]
    names += ["Tempo-Team Uitzendbureau", "Rabobank", "Huisartsenpraktijk Noord"]
    rng = np.random.default_rng(4)
    companies = pd.Series([names[i] for i in rng.integers(0, len(names), 400)], dtype=object)
    job = rng.integers(-1, 3, len(companies))
    facts = company_facts(companies, career, job)
    employer = [lexicons.company_sector(p.company) for p in career.positions] + [""]
    sector = [lexicons.company_sector(c) if isinstance(c, str) else "" for c in companies]
    expected = [s != "" and s == employer[j] for s, j in zip(sector, job, strict=True)]
    assert facts["same_sector"].tolist() == expected
    assert sum(expected) > 20  # both sectors of the career are met


def test_collection_pause_restores_the_collector_as_it_was():
    """``collection_paused`` (explain's wording and a whole file's classify run inside it)
    turns the collector off inside, back on after, even on an error, and leaves it off when it
    was off (a nested pause must not switch it on early)."""
    import gc

    from model.scale.heap import collection_paused

    assert gc.isenabled()
    try:
        with collection_paused():
            assert not gc.isenabled()
            with collection_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner one found it off and left it off
            raise KeyError("inside")
    except KeyError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_strongest_groups_are_what_sorting_every_row_gives():
    """explain's top reasons by k passes of argmax: the same groups said as argsort of every
    row, with ties (at, above and below the weakest said), -inf, +inf and NaN."""
    rng = np.random.default_rng(5)
    score = rng.choice([-np.inf, 0.0, -0.0, 0.03, 0.05, 0.2, 0.7, 1.5, np.inf], size=(4000, 12))
    drawn = rng.random(score.shape) < 0.3
    score[drawn] = rng.normal(size=int(drawn.sum()))
    score[::97, 4] = np.nan
    for data in (score, score[:, :3], score[:, :2], np.full((5, 6), -np.inf)):
        expected = np.argsort(-data, axis=1)[:, : ex.MAX_REASONS]
        best = np.take_along_axis(data, expected, axis=1)
        keep = ex._kept(best)
        order, got_best, got_keep = ex._strongest(data, ex.MAX_REASONS)
        assert (got_keep == keep).all()
        assert (np.where(keep, order, -1) == np.where(keep, expected, -1)).all()
        assert np.array_equal(got_best[keep], best[keep])
    ties = np.flatnonzero((np.diff(np.sort(score, axis=1), axis=1) == 0).any(axis=1))
    assert len(ties) > 1000  # the slow path is exercised too
