"""What training needs of every generator's labels, checked alike for each generator."""

from __future__ import annotations

from model.schema import CATEGORIES


def assert_labels_consistent(person) -> None:
    """Work contacts belong to a listed position, named as Positions.csv names it, with a
    work category; private ones to none, with the private category."""
    lab, positions = person.labels, person.career.positions
    work = (lab["label"] == "work").to_numpy()
    assert set(lab["label"]) <= {"work", "private"}
    assert set(lab["category"]) <= set(CATEGORIES)
    idx = lab["position_index"].to_numpy()
    assert ((idx[work] >= 0) & (idx[work] < len(positions))).all()
    assert [positions[i].company for i in idx[work]] == list(lab["employer"][work])
    assert (lab["category"][work] != "private").all()
    assert (idx[~work] == -1).all() and (lab["employer"][~work] == "").all()
    assert (lab["category"][~work] == "private").all()
