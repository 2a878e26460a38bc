"""The last English a Dutch user met: classify's progress words, train and evaluate, argparse's
placeholders (OUT, POSITIONS), the app's "no display" error and its --help. Dutch under a Dutch
locale or --language nl; English as before."""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from model import commands
from model.argparse_words import argparse_speaking
from model.catalog import CATALOGS
from model.cli import _parser, main
from model.messages import Message, localized, speaking

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")


def _shown_metavars(language: str) -> dict[tuple[str, str], str]:
    """(command, dest) -> the placeholder argparse shows for that value, built in ``language``."""
    with speaking(language), argparse_speaking():
        parser = _parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    shown = {}
    for name, sub in subparsers.choices.items():
        formatter = sub._get_formatter()
        for action in sub._actions:
            if action.nargs == 0 or action.choices is not None:
                continue
            default = action.dest.upper() if action.option_strings else action.dest
            shown[name, action.dest] = formatter._metavar_formatter(action, default)(1)[0]
    return shown


def test_every_placeholder_is_dutch_in_dutch_and_as_argparse_writes_it_in_english():
    english, dutch = _shown_metavars("en"), _shown_metavars("nl")
    assert english[("classify", "out")] == "OUT"
    assert english[("classify", "positions")] == "POSITIONS"
    assert english[("classify", "input")] == "input"
    assert english[("handover", "input")] == "SOURCE"  # an explicit metavar stays as it was
    assert len(english) > 30
    for key, word in dutch.items():
        assert word != english[key] or word in ("MODEL",), key  # "MODEL" reads the same
    assert dutch[("classify", "out")] == "UITVOER"
    assert dutch[("classify", "positions")] == "FUNCTIES"


def test_dutch_usage_and_errors_name_the_dutch_placeholders(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "nl", "classify", "--help"])
    out = capsys.readouterr().out
    assert "-o UITVOER" in out and "--positions FUNCTIES" in out and "invoer" in out
    assert "OUT" not in out and "POSITIONS" not in out
    with pytest.raises(SystemExit):
        main(["--language", "nl", "classify"])
    err = capsys.readouterr().err
    assert "verplicht: invoer, -o/--out" in err, err


def test_english_usage_is_as_before(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "en", "classify", "--help"])
    out = capsys.readouterr().out
    expected = (
        "usage: contact-ownership classify [-h] -o OUT [--positions POSITIONS] "
        "[--clients CLIENTS] [--model MODEL] [--labels LABELS] input"
    )
    assert out.startswith(expected), out
    assert "  -o OUT, --out OUT " in out


def _progress_words(module_root: Path) -> list[str]:
    """Where a progress step is given as bare English text (a literal or f-string)."""
    bare = []
    for path in module_root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("checkpoint", "reply") or len(node.args) < 4:
                continue
            step = node.args[3]
            if isinstance(step, ast.JoinedStr) or (
                isinstance(step, ast.Constant) and isinstance(step.value, str)
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return bare


def test_no_progress_step_is_bare_english():
    assert _progress_words(ROOT / "model") == []
    assert _progress_words(ROOT / "desktop") == []


def test_classify_progress_speaks_dutch(tmp_path, monkeypatch, capsys):
    """The terminal bar (forced on, as on a terminal) says each step in the language in force."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(commands.TerminalProgress, "__init__", _always_active)
    assert main(["sample", "-o", str(tmp_path), "--contacts", "60"]) == 0
    export = next(tmp_path.glob("*.zip"))
    capsys.readouterr()
    assert main(["--language", "nl", "classify", str(export), "-o", str(tmp_path / "n.csv")]) == 0
    dutch = capsys.readouterr().err
    assert "Indelen" in dutch and "Redenen geven" in dutch, dutch
    assert "Classifying" not in dutch and "Explaining" not in dutch
    assert main(["--language", "en", "classify", str(export), "-o", str(tmp_path / "e.csv")]) == 0
    english = capsys.readouterr().err
    assert "Classifying" in english and "Explaining" in english, english


def _always_active(self, label: str) -> None:
    self.label, self.active = label, True


def test_evaluate_speaks_dutch_and_english_as_before(capsys):
    assert main(["--language", "nl", "evaluate", "--persons", "1"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["beroep", "personen", "contacten"]
    assert rows[-1].startswith("ALLE ")
    assert main(["--language", "en", "evaluate", "--persons", "1"]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.startswith(f"{'profession':<22} persons contacts          macro_f1")
    assert rows[-1].startswith("ALL ")
    assert len(rows[-1].split()) == len(header.split())


def test_the_trained_line_in_both_languages():
    fields = dict(file="m/ownership.skops", macro_f1=0.7751, roc_auc=0.8, brier=0.15, ece=0.02)
    fields["employer_accuracy"] = 0.93
    english = Message("cli.trained", n=60, **fields)
    assert str(english) == (
        "wrote m/ownership.skops: macro-F1 0.7751, ROC-AUC 0.8, Brier 0.15, ECE 0.02, "
        "employer accuracy 0.93 on 60 held-out persons"
    )
    assert english.text("nl").startswith("m/ownership.skops geschreven: macro-F1 0.7751")
    assert english.text("nl").endswith("op 60 achtergehouden personen")
    assert Message("cli.trained", n=1, **fields).text("nl").endswith("1 achtergehouden persoon")


@pytest.mark.slow
def test_train_says_its_figures_in_dutch(tmp_path, capsys):
    argv = ["--language", "nl", "train", "-o", str(tmp_path), "--persons", "2"]
    assert main([*argv, "--test-persons", "1", "--no-plots"]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert " geschreven: macro-F1 " in last and "op 1 achtergehouden persoon" in last, last


def _app(env_language: str, *args: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL")
    }
    env["LANG"] = env_language
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_no_display_is_said_in_dutch_under_a_dutch_locale():
    proc = _app("nl_NL.UTF-8")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == (f"contact-ownership: fout: {CATALOGS['nl']['app.no_display']}\n"), (
        proc.stderr
    )
    english = _app("C.UTF-8")
    assert english.stderr == (
        "contact-ownership: error: no display to show the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); start it in a desktop session, or use the commands "
        "(contact-ownership --help)\n"
    )


def test_the_apps_help_in_dutch_and_english():
    dutch = _app("nl_NL.UTF-8", "--help")
    assert dutch.returncode == 0
    assert dutch.stdout.startswith("gebruik: contact-ownership open [-h] [bestand]"), dutch.stdout
    assert "De desktop-app openen" in dutch.stdout
    english = _app("C.UTF-8", "--help")
    assert english.stdout.startswith("usage: contact-ownership open [-h] [file]")
    assert "Open the desktop app, and with FILE that export or review package in it." in (
        " ".join(english.stdout.split())
    )


def test_the_apps_status_bar_says_the_step_in_its_language(qtbot):
    from desktop.tasks import TaskRunner
    from model import messages
    from model.progress import checkpoint

    def classifying(*, progress=None, cancel=None):
        checkpoint(progress, cancel, 1.0, Message("progress.classifying"))
        return 1

    runner = TaskRunner()
    said = []
    runner.progressed.connect(lambda fraction, message: said.append(message))
    messages.set_language("nl")
    try:
        runner.run(classifying, label="Openen")
        qtbot.waitUntil(lambda: bool(said))
    finally:
        messages.set_language("en")
        runner.shutdown()
    assert said == ["Indelen"]
    assert localized(Message("progress.classifying")) == "Classifying"


def test_what_classify_inferred_is_said_in_dutch(tmp_path, capsys):
    """The note on the career read from the network (no positions given), month names too."""
    from tests.test_inferred import EMPLOYER, network, write_connections

    csv = tmp_path / "Connections.csv"
    write_connections(network(later_at_employer=12), csv)
    out = tmp_path / "out.csv"
    assert main(["--language", "nl", "classify", str(csv), "--out", str(out)]) == 0
    note = next(line for line in capsys.readouterr().err.splitlines() if "opmerking" in line)
    assert note.startswith(
        f"contact-ownership: opmerking: geen loopbaan opgegeven: werkgever afgeleid uit het "
        f"netwerk, waarschijnlijk {EMPLOYER} ("
    ), note
    assert re.search(r"\((feb|mrt) 2019 - nu, [0-9.]+ contacten werken er\)", note), note
    assert note.endswith(
        "contacten werken er) - geef --positions om je eigen loopbaan te gebruiken"
    )
    assert main(["--language", "en", "classify", str(csv), "--out", str(out)]) == 0
    english = capsys.readouterr().err
    assert "contact-ownership: note: no career given: employer inferred from the network" in (
        english
    )
    assert "contacts work there) - give --positions to use your own" in english
    given = tmp_path / "Positions.csv"
    given.write_text("Company Name,Title,Description,Location,Started On,Finished On\n")
    write_connections(network(burst=0), csv)
    argv = ["classify", str(csv), "--out", str(out), "--positions", str(given)]
    assert main(["--language", "nl", *argv]) == 0
    assert (
        f"opmerking: {given} bevat geen functies en geen werkgever springt eruit in het netwerk: "
        "controleer of het de Positions.csv van LinkedIn met je banen is"
    ) in capsys.readouterr().err
