"""Crafted model folders are refused before anything in them is trusted (issues 12 and 13.8).

Each case starts from a copy of the shipped model, breaks one thing the way an attacker or a
damaged download would, and must end as one ``contact-ownership: error:`` line that names
the model file, with exit status 2 and no output file. bench/model_files.py times them.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from model.cli import main
from model.errors import ModelFileError
from model.modelfile.twin import read_twin
from model.persist import CARD_FILE, COMPILED_FILE, MODEL_FILE, SHIPPED_DIR, load_model, sha256_of
from model.shipped import sample_export


def copy_shipped(folder: Path) -> Path:
    """A copy of the shipped model folder (model, twin, card)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in (MODEL_FILE, COMPILED_FILE, CARD_FILE):
        shutil.copy(SHIPPED_DIR / name, folder / name)
    return folder


def edit_card(folder: Path, **changes) -> None:
    card = json.loads((folder / CARD_FILE).read_text())
    card.update(changes)
    (folder / CARD_FILE).write_text(json.dumps(card))


def rehash(folder: Path) -> None:
    """Make the card vouch for the (crafted) files again, as an attacker would."""
    edit_card(
        folder,
        sha256=sha256_of(folder / MODEL_FILE),
        compiled_sha256=sha256_of(folder / COMPILED_FILE),
    )


def write_twin(folder: Path, arrays: dict, meta: dict | None = None) -> None:
    arrays = dict(arrays)
    if meta is not None:
        arrays["meta"] = np.asarray(json.dumps(meta))
    with open(folder / COMPILED_FILE, "wb") as fh:
        np.savez(fh, **arrays)
    rehash(folder)


def shipped_twin() -> tuple[dict, dict]:
    arrays, blocks = read_twin(SHIPPED_DIR / COMPILED_FILE)
    return arrays, {"format": 2, "blocks": blocks}


def _junk_skops(folder):
    (folder / MODEL_FILE).write_bytes(b"not a model at all" * 100)
    rehash(folder)


def _skops_of_another_class(folder):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("schema.json", json.dumps({"__module__": "os", "__class__": "system"}))
    (folder / MODEL_FILE).write_bytes(buf.getvalue())
    rehash(folder)


def _old_sklearn_claiming_new(folder):
    """A model made with scikit-learn 1.5.2 whose card claims the installed version."""
    src = folder / MODEL_FILE
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "schema.json":
                claimed = json.loads((folder / CARD_FILE).read_text())["sklearn_version"]
                data = data.replace(f'\\"{claimed}\\"'.encode(), b'\\"1.5.2\\"')
            zout.writestr(info, data)
    src.write_bytes(out.getvalue())
    rehash(folder)


def _absolute_twin_path(folder):
    elsewhere = folder.parent / "elsewhere.npz"
    shutil.copy(folder / COMPILED_FILE, elsewhere)
    edit_card(folder, compiled_file=str(elsewhere))


def _parent_twin_path(folder):
    shutil.copy(folder / COMPILED_FILE, folder.parent / "up.npz")
    edit_card(folder, compiled_file="../up.npz")


def _regex_in_twin(folder):
    """Format 1 carried its own token pattern: a catastrophic one must never be compiled."""
    arrays, meta = shipped_twin()
    meta["format"] = 1
    for b in meta["blocks"]:
        if b["kind"] == "DistinctTfidf":
            b["token_pattern"] = r"(a+)+$"
    write_twin(folder, arrays, meta)


def _regex_key_in_format_2(folder):
    arrays, meta = shipped_twin()
    for b in meta["blocks"]:
        if b["kind"] == "DistinctTfidf":
            b["token_pattern"] = r"(\w+\s?)*$"
    write_twin(folder, arrays, meta)


def _missing_array(folder):
    arrays, meta = shipped_twin()
    del arrays["sigmoid"]
    write_twin(folder, arrays, meta)


def _no_meta(folder):
    arrays, _ = shipped_twin()
    write_twin(folder, arrays)


def _nan_weights(folder):
    arrays, meta = shipped_twin()
    arrays["work_coef"] = arrays["work_coef"].copy()
    arrays["work_coef"][3] = np.nan
    write_twin(folder, arrays, meta)


def _infinite_intercept(folder):
    arrays, meta = shipped_twin()
    arrays["work_intercept"] = np.array([np.inf])
    write_twin(folder, arrays, meta)


def _wrong_shape(folder):
    arrays, meta = shipped_twin()
    arrays["work_coef"] = arrays["work_coef"][:-1]
    write_twin(folder, arrays, meta)


def _wrong_dtype(folder):
    arrays, meta = shipped_twin()
    arrays["work_coef"] = arrays["work_coef"].astype(np.float32)
    write_twin(folder, arrays, meta)


def _unknown_block_kind(folder):
    arrays, meta = shipped_twin()
    meta["blocks"][0]["kind"] = "EvalFeatures"
    write_twin(folder, arrays, meta)


def _unknown_column(folder):
    arrays, meta = shipped_twin()
    meta["blocks"][0]["columns"] = ["__class__"]
    write_twin(folder, arrays, meta)


def _pickled_array(folder):
    arrays, meta = shipped_twin()
    arrays["feature_names"] = np.array([object()] * len(arrays["feature_names"]), dtype=object)
    arrays["meta"] = np.asarray(json.dumps(meta))
    with open(folder / COMPILED_FILE, "wb") as fh:
        np.savez(fh, allow_pickle=True, **arrays)
    rehash(folder)


def _inflating_twin(folder):
    """A ~100 KB file that inflates to 100 MB (the issue's had 1.6 GB)."""
    _, meta = shipped_twin()
    with zipfile.ZipFile(folder / COMPILED_FILE, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("meta.npy", _npy(np.asarray(json.dumps(meta))))
        zf.writestr("work_coef.npy", b"\0" * (100 * 2**20))
    rehash(folder)


def _lying_array_header(folder):
    """An array header claiming ten billion numbers in a few bytes of data."""
    arrays, meta = shipped_twin()
    arrays["meta"] = np.asarray(json.dumps(meta))
    with zipfile.ZipFile(folder / COMPILED_FILE, "w") as zf:
        for name, a in arrays.items():
            data = _npy(a)
            if name == "work_coef":
                data = data.replace(f"({len(a)},)".encode(), b"(10000000000,)")
            zf.writestr(f"{name}.npy", data)
    rehash(folder)


def _huge_card(folder):
    (folder / CARD_FILE).write_text('{"x": "' + "x" * (3 * 2**20) + '"}')


def _npy(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return buf.getvalue()


CRAFTED = {
    "junk skops with a twin": (_junk_skops, MODEL_FILE, "not a readable model file"),
    "skops of another class": (_skops_of_another_class, MODEL_FILE, "not a Contact Ownership"),
    "scikit-learn 1.5 claiming the installed": (
        _old_sklearn_claiming_new,
        MODEL_FILE,
        "made with scikit-learn 1.5.2, but its card claims",
    ),
    "absolute twin path": (_absolute_twin_path, CARD_FILE, "bare file name"),
    "twin path outside the folder": (_parent_twin_path, CARD_FILE, "bare file name"),
    "token pattern in a format-1 twin": (_regex_in_twin, COMPILED_FILE, "format 1 is not 2"),
    "token pattern in a format-2 twin": (
        _regex_key_in_format_2,
        COMPILED_FILE,
        "breaks the format",
    ),
    "missing array": (_missing_array, COMPILED_FILE, "missing arrays: sigmoid"),
    "no meta": (_no_meta, COMPILED_FILE, "no meta"),
    "NaN weight": (_nan_weights, COMPILED_FILE, "work_coef holds NaN or infinite"),
    "infinite intercept": (_infinite_intercept, COMPILED_FILE, "NaN or infinite"),
    "weights of the wrong length": (_wrong_shape, COMPILED_FILE, "work_coef has shape"),
    "float32 weights": (_wrong_dtype, COMPILED_FILE, "work_coef has dtype <f4"),
    "unknown block kind": (_unknown_block_kind, COMPILED_FILE, "unknown feature block"),
    "unknown input column": (_unknown_column, COMPILED_FILE, "invalid settings"),
    "pickled objects": (_pickled_array, COMPILED_FILE, "Python objects"),
    "inflates to 100 MB": (_inflating_twin, COMPILED_FILE, "unpacks to more than 64 MB"),
    "array header that lies": (_lying_array_header, COMPILED_FILE, "claims more data"),
    "3 MB card": (_huge_card, CARD_FILE, "larger than 1 MB"),
}


def craft(case: str, root: Path) -> tuple[Path, str, str]:
    """A model folder broken as ``case`` says; returns it, the file to blame and the problem."""
    make, blamed, problem = CRAFTED[case]
    folder = copy_shipped(root / "model")
    make(folder)
    return folder, blamed, problem


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_crafted_model_folder_is_refused(case, tmp_path):
    folder, blamed, problem = craft(case, tmp_path)
    with pytest.raises(ModelFileError) as err:
        load_model(folder)
    assert err.value.path.name == blamed
    assert problem in str(err.value)


@pytest.mark.parametrize(
    "case", ["junk skops with a twin", "NaN weight", "inflates to 100 MB", "absolute twin path"]
)
def test_classify_with_a_crafted_model_is_one_line_naming_it(case, tmp_path, capsys):
    folder, blamed, problem = craft(case, tmp_path)
    out = tmp_path / "out.csv"
    code = main(["classify", str(sample_export()), "--out", str(out), "--model", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("contact-ownership: error: ")
    assert str(folder / blamed) in err and problem in err
    assert "Basic_LinkedInDataExport" not in err  # the model is blamed, not the input
    assert not out.exists()


def test_the_shipped_model_passes_every_check():
    model = load_model()
    assert type(model.estimator).__name__ == "CompiledClassifier"
    assert model.card["compiled_format"] == 2


def test_a_twin_round_trips_through_its_own_checks(tmp_path):
    """The helpers above write valid files: only the one broken thing is refused."""
    folder = copy_shipped(tmp_path / "model")
    arrays, meta = shipped_twin()
    write_twin(folder, arrays, meta)
    fresh = load_model(folder)
    shipped = load_model()
    np.testing.assert_array_equal(fresh.estimator.arrays["work_coef"], arrays["work_coef"])
    assert fresh.card["compiled_sha256"] != shipped.card["compiled_sha256"]  # really rewritten


def test_without_a_twin_or_scikit_learn_the_model_asks_for_the_train_extra(tmp_path, monkeypatch):
    import model.persist

    folder = copy_shipped(tmp_path / "model")
    (folder / COMPILED_FILE).unlink()
    monkeypatch.setattr(model.persist, "_installed_sklearn", lambda: None)
    with pytest.raises(ModelFileError, match=r"contact-ownership\[train\]"):
        load_model(folder)


def test_versions_noted_while_parsing_equal_a_walk_of_the_whole_schema(tmp_path):
    """check_skops gathers ``_sklearn_version`` as the JSON is parsed; a walk over the parsed
    tree must find the same, in the shipped model and deep inside a crafted schema."""
    from model.modelfile.skops_file import check_skops, recorded_versions

    with zipfile.ZipFile(SHIPPED_DIR / MODEL_FILE) as zf:
        shipped = json.loads(zf.read("schema.json"))
    assert check_skops(SHIPPED_DIR / MODEL_FILE) == recorded_versions(shipped) != set()

    def version(text):
        return {"_sklearn_version": {"content": text}}

    schema = {
        "__module__": "model.classifier",
        "__class__": "OwnershipClassifier",
        **version('"1.0"'),
        "content": [[{"x": version("not json")}], {"y": [version('"2.0"'), version(3)]}],
        "none": {"_sklearn_version": None},
    }
    path = tmp_path / "nested.skops"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("schema.json", json.dumps(schema))
    assert check_skops(path) == recorded_versions(schema) == {"1.0", "not json", "2.0"}
