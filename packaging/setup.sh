#!/usr/bin/env bash
# Sets up Contact Ownership on a fresh Debian/Ubuntu machine: the system libraries Qt needs,
# a virtual environment in .venv and the package in it (with --dev: the test tools too).
#   bash packaging/setup.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."
extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# Qt's offscreen and xcb platforms need these; skip apt when they are all there already.
# fonts-noto-color-emoji: people put emoji in their LinkedIn names and titles ("Anna 🚀");
# without a colour-emoji font they show as empty boxes.
libs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
      fonts-noto-color-emoji
      libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xinerama0)
if apt-cache policy libglib2.0-0t64 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  libs+=(libglib2.0-0t64)
else
  libs+=(libglib2.0-0)
fi
missing=()
for p in "${libs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system libraries for Qt: ${missing[*]}"
  $sudo apt-get update -qq
  # A name apt does not know (another distribution's spelling) must not stop the rest.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "warning: some system libraries could not be installed: ${missing[*]}" >&2
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Python 3.11 or newer is needed (found $("$python" --version))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# setuptools prints a boxed warning on every editable install (folders named like the packages);
# it means nothing to whoever sets the app up. Errors still show: they are no Python warnings.
PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q -e ".${extras}"
