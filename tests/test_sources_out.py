"""bench/sources_out.py's bookkeeping: how a fold deals its persons, how the protocol selects,
and how the ship rule reads its inputs (the measurement itself is the bench's)."""

from __future__ import annotations

import pytest

from bench.sources_out import CANDIDATES, fold_sizes, own_figures, select, ship_rule

FIVE = ("first", "second", "third", "fourth", "fifth")


def test_a_fold_renormalises_the_other_generators_shares():
    assert fold_sizes(CANDIDATES["shipped"], "first", FIVE, 72) == {"second": 72}
    assert fold_sizes(CANDIDATES["shipped"], "third", FIVE, 72) == {"first": 54, "second": 18}
    # 54/66 x 72 = 58.9 and 6.5 twice: the two largest remainders, ties in order
    four = fold_sizes(CANDIDATES["four-lead"], "second", FIVE, 72)
    assert four == {"first": 59, "fourth": 7, "fifth": 6}
    five = fold_sizes(CANDIDATES["five-equal"], "third", FIVE, 72)
    assert five == {"first": 18, "second": 18, "fourth": 18, "fifth": 18}
    assert fold_sizes(CANDIDATES["five-low"], "fifth", FIVE, 72) == fold_sizes(
        CANDIDATES["five-low"], "fifth", FIVE, 72
    )
    for name, shares in CANDIDATES.items():
        for h in FIVE:
            assert sum(fold_sizes(shares, h, FIVE, 72).values()) == 72, (name, h)
    # an absent generator (a dry run) drops out of the shares
    assert fold_sizes(CANDIDATES["four-keep2"], "third", FIVE[:3], 72) == {
        "first": 48,
        "second": 24,
    }


def _summary(j_by: dict, ece=(0.04, 0.05)) -> dict:
    mean = {"full": {"ece": ece[0]}, "no_career": {"ece": ece[1]}}
    return {"J": sum(j_by.values()) / len(j_by), "J_by": j_by, "mean": mean}


def test_selection_needs_a_gain_of_0_003_and_admissibility_and_breaks_ties_to_the_first():
    gens = ("first", "second")
    summary = {
        "shipped": _summary({"first": 0.60, "second": 0.70}),
        "four-lead": _summary({"first": 0.61, "second": 0.70}),  # +0.005
        "five-equal": _summary({"first": 0.622, "second": 0.69}),  # +0.006, within 0.002
        "five-low": _summary({"first": 0.64, "second": 0.68}, ece=(0.04, 0.061)),  # ECE
        "four-half": _summary({"first": 0.65, "second": 0.685}),  # second down 0.015
    }
    chosen, why = select(summary, gens)
    assert chosen == "four-lead"  # the larger first share among the near-best
    assert any("five-low: not admissible (ECE no career" in w for w in why)
    assert any("four-half: not admissible (J on second" in w for w in why)
    summary["four-lead"] = _summary({"first": 0.604, "second": 0.70})  # +0.002 only
    del summary["five-equal"]
    assert select(summary, gens)[0] is None


OWN = """scenario                                 persons  macro-F1     AUC     ECE   work
full export                                   60    0.7669  0.8575  0.0325  0.579
held-out vocabulary pool                      30    0.7458  0.8414  0.0208  0.595
Connections.csv only (no career)              30    0.6851  0.7830  0.0531  0.595
no connection dates                           30    0.7320  0.8073  0.0485  0.595
second generator, held-out persons            60    0.7391  0.8242  0.0334  0.592
second generator, no career                   30    0.7240  0.8034  0.0143  0.586
second generator, no connection dates         30    0.7487  0.8323  0.0607  0.586
third generator, held-out persons             60    0.7000  0.8000  0.0300  0.600
"""


def _independent(f1, ece=0.02, worst=0.65):
    return {"seed": 2026, **{
        k: {"macro_f1": f, "ece": ece, "worst_person_macro_f1": worst}
        for k, f in zip(("with career", "Connections.csv only", "no dates"), f1, strict=True)
    }}  # fmt: skip


def test_the_ship_rule_reads_every_clause(capsys):
    assert own_figures(OWN)["second generator, no career"] == 0.7240
    assert len(own_figures(OWN)) == 7  # the third generator's row is for information only
    shipped = _independent((0.776, 0.745, 0.720))
    assert ship_rule(shipped, _independent((0.780, 0.746, 0.716)), OWN, OWN)
    assert not ship_rule(shipped, _independent((0.780, 0.745, 0.720)), OWN, OWN)  # not up
    assert not ship_rule(shipped, _independent((0.780, 0.750, 0.714)), OWN, OWN)  # no dates
    assert not ship_rule(shipped, _independent((0.780, 0.750, 0.72), ece=0.031), OWN, OWN)
    assert not ship_rule(shipped, _independent((0.780, 0.750, 0.72), worst=0.64), OWN, OWN)
    lower = OWN.replace("0.7391", "0.7340")
    assert not ship_rule(shipped, _independent((0.780, 0.750, 0.72)), OWN, lower)
    assert "FAILS  5. own held-out second generator, held-out persons" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="2026 only"):
        ship_rule(shipped, {**shipped, "seed": 3031}, OWN, OWN)
