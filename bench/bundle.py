"""The frozen program against running from source: size and start-up. Prints figures.

    bash packaging/build.sh && .venv/bin/python bench/bundle.py [dist/contact-ownership-*/]

- size of the unpacked program folder and of the tarball;
- `classify --help` (start-up only), frozen and from the source install (this Python);
- `classify` of the shipped sample (1,095 contacts), frozen and from source;
- app start until it has read its settings (just before the window is shown), offscreen.
Best of 5 wall times each. Targets: folder ≤ 250 MB, frozen `--help` ≤ 1.5 × source.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def best_of(cmd: list[str], repeat: int = 5, env: dict | None = None) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=True, timeout=120)
        best = min(best, time.perf_counter() - start)
    return best


def app_start(cmd: list[str], repeat: int = 5) -> float:
    """Spawn → the app's settings file written (Settings() runs right before window.show())."""
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as data:
            env = {**os.environ, "CONTACT_OWNERSHIP_DATA": data, "QT_QPA_PLATFORM": "offscreen"}
            start = time.perf_counter()
            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                while not any(Path(data).iterdir()) and time.perf_counter() - start < 30:
                    time.sleep(0.005)
                best = min(best, time.perf_counter() - start)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
    return best


def size_mb(path: Path) -> float:
    return (
        sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink()) / 2**20
    )


def main() -> int:
    given = sys.argv[1:]
    folder = Path(given[0]) if given else max((ROOT / "dist").glob("contact-ownership-*-linux-*/"))
    frozen = folder / "contact-ownership" / "contact-ownership"
    source = [sys.executable, "-m", "model.cli"]
    sample = next(
        (folder / "contact-ownership" / "_internal" / "model" / "shipped" / "sample").glob("*.zip")
    )
    tarball = folder.with_name(folder.name + ".tar.gz")
    print(
        f"program folder:                 {size_mb(folder / 'contact-ownership'):8.0f} MB"
        "   target ≤ 250 MB"
    )
    if tarball.exists():
        print(f"tarball:                        {tarball.stat().st_size / 2**20:8.0f} MB")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    f_help = best_of([str(frozen), "classify", "--help"])
    s_help = best_of([*source, "classify", "--help"], env=env)
    print(
        f"classify --help   frozen/source: {f_help:6.2f} s / {s_help:5.2f} s"
        f"   ratio {f_help / s_help:.2f}   target ≤ 1.5"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.csv")
        env_out = {**env, "CONTACT_OWNERSHIP_DATA": tmp}
        f_run = best_of([str(frozen), "classify", str(sample), "--out", out], env=env_out)
        s_run = best_of([*source, "classify", str(sample), "--out", out], env=env_out)
    print(
        f"classify sample   frozen/source: {f_run:6.2f} s / {s_run:5.2f} s"
        f"   ratio {f_run / s_run:.2f}"
    )
    f_app = app_start([str(frozen)])
    s_app = app_start([*source])
    print(
        f"app start         frozen/source: {f_app:6.2f} s / {s_app:5.2f} s"
        f"   ratio {f_app / s_app:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
