"""PNG figures for the model card: calibration, confusion matrix, learning curve.

matplotlib is needed only here, to train (``pip install -e .[dev]`` has it); the app never
imports this module.
"""

from __future__ import annotations

from pathlib import Path


def write_figures(model, card: dict, out_dir: str | Path) -> dict:
    """Draw the card's figures into ``out_dir``; returns {name: file name} (empty without
    matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return {}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    fig, axes = plt.subplots(1, 3, figsize=(13, 4), dpi=100)

    cal = card.get("calibration", [])
    ax = axes[0]
    ax.plot([0, 1], [0, 1], color="#999", linestyle="--", label="perfect")
    ax.plot(
        [c["predicted"] for c in cal],
        [c["observed"] for c in cal],
        marker="o",
        color="#1f77b4",
        label="model",
    )
    ax.set(
        xlabel="predicted p_work",
        ylabel="observed share of work",
        title="Calibration",
        xlim=(0, 1),
        ylim=(0, 1),
    )
    ax.legend(loc="upper left")

    cm = card["confusion"]["matrix"]
    labels = card["confusion"]["labels"]
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
        xlabel="suggested",
        ylabel="true",
        title="Confusion (held-out persons)",
    )

    curve = card.get("learning_curve", [])
    ax = axes[2]
    if curve:
        xs = [c["train_persons"] for c in curve]
        ax.plot(xs, [c["macro_f1"] for c in curve], marker="o", label="macro-F1")
        ax.plot(xs, [c["roc_auc"] for c in curve], marker="s", label="ROC-AUC")
        ax.plot(xs, [c["employer_accuracy"] for c in curve], marker="^", label="employer acc.")
        ax.legend(loc="lower right")
    ax.set(xlabel="training persons", title="Learning curve (held-out persons)")
    fig.tight_layout()
    fig.savefig(out / "model_card.png")
    plt.close(fig)
    files["model_card"] = "model_card.png"
    return files
