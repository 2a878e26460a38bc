"""PNG figures for the model card: calibration, confusion matrix, learning curve.

matplotlib is needed only here, to train (``pip install -e .[dev]`` has it); the app never
imports this module.
"""

from __future__ import annotations

from pathlib import Path

# The figure's words, per interface language (the About box shows the one of the interface).
LABELS = {
    "en": {
        "perfect": "perfect",
        "model": "model",
        "predicted": "predicted p_work",
        "observed": "observed share of work",
        "calibration": "Calibration",
        "suggested": "suggested",
        "true": "true",
        "confusion": "Confusion (held-out persons)",
        "macro_f1": "macro-F1",
        "roc_auc": "ROC-AUC",
        "employer": "employer acc.",
        "persons": "training persons",
        "curve": "Learning curve (held-out persons)",
        "work": "work",
        "private": "private",
    },
    "nl": {
        "perfect": "perfect",
        "model": "model",
        "predicted": "voorspelde p_werk",
        "observed": "werkelijk aandeel werk",
        "calibration": "Kalibratie",
        "suggested": "voorgesteld",
        "true": "werkelijk",
        "confusion": "Verwarringsmatrix (achtergehouden personen)",
        "macro_f1": "macro-F1",
        "roc_auc": "ROC-AUC",
        "employer": "juiste werkgever",
        "persons": "personen in training",
        "curve": "Leercurve (achtergehouden personen)",
        "work": "werk",
        "private": "privé",
    },
}


def figure_name(language: str) -> str:
    """The card's key (and file stem) of the figure in ``language``."""
    return "model_card" if language == "en" else f"model_card_{language}"


def write_figures(model, card: dict, out_dir: str | Path) -> dict:
    """Draw the card's figures into ``out_dir``, once per language of :data:`LABELS`; returns
    {name: file name} (empty without matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return {}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for language, words in LABELS.items():
        name = figure_name(language)
        fig = _draw(plt, card, words)
        fig.savefig(out / f"{name}.png")
        plt.close(fig)
        files[name] = f"{name}.png"
    return files


def _draw(plt, card: dict, t: dict):
    fig, axes = plt.subplots(1, 3, figsize=(13, 4), dpi=100)

    cal = card.get("calibration", [])
    ax = axes[0]
    ax.plot([0, 1], [0, 1], color="#999", linestyle="--", label=t["perfect"])
    ax.plot(
        [c["predicted"] for c in cal],
        [c["observed"] for c in cal],
        marker="o",
        color="#1f77b4",
        label=t["model"],
    )
    ax.set(
        xlabel=t["predicted"],
        ylabel=t["observed"],
        title=t["calibration"],
        xlim=(0, 1),
        ylim=(0, 1),
    )
    ax.legend(loc="upper left")

    cm = card["confusion"]["matrix"]
    labels = [t.get(str(x), str(x)) for x in card["confusion"]["labels"]]
    ax = axes[1]
    ax.imshow(cm, cmap="Blues")
    for i in range(2):
        for j in range(2):
            ax.text(
                j,
                i,
                f"{cm[i][j]:,}",
                ha="center",
                va="center",
                color="white" if cm[i][j] > max(map(max, cm)) / 2 else "black",
            )
    ax.set(
        xticks=[0, 1],
        yticks=[0, 1],
        xticklabels=labels,
        yticklabels=labels,
        xlabel=t["suggested"],
        ylabel=t["true"],
        title=t["confusion"],
    )

    curve = card.get("learning_curve", [])
    ax = axes[2]
    if curve:
        xs = [c["train_persons"] for c in curve]
        ax.plot(xs, [c["macro_f1"] for c in curve], marker="o", label=t["macro_f1"])
        ax.plot(xs, [c["roc_auc"] for c in curve], marker="s", label=t["roc_auc"])
        ax.plot(xs, [c["employer_accuracy"] for c in curve], marker="^", label=t["employer"])
        ax.legend(loc="lower right")
    ax.set(xlabel=t["persons"], title=t["curve"])
    fig.tight_layout()
    return fig
