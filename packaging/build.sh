#!/usr/bin/env bash
# Builds the one-folder program with PyInstaller and packs it as a Linux tarball:
#   bash packaging/build.sh            -> dist/contact-ownership-VERSION-linux-ARCH.tar.gz
# The build runs in its own virtual environment (build/venv; BUILD_VENV overrides it) with the
# run-time dependencies only, so nothing of training or testing ends up in the bundle.
# CONTACT_OWNERSHIP_PYARROW=1 keeps pyarrow in (if the build venv has it): 160 MB more.
# The tarball holds the program folder, packaging/install.sh and what it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
venv=${BUILD_VENV:-build/venv}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
arch=$(uname -m)
name="contact-ownership-$version-linux-$arch"

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10"
rm -rf build/pyinstaller "dist/contact-ownership" "dist/$name" "dist/$name.tar.gz"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/contact-ownership.spec

# Python's own libraries may carry debug symbols (a self-built Python's libpython is 23 MB, 5 MB
# stripped). Only these are stripped: stripping the numpy wheel's OpenBLAS breaks it.
if command -v strip >/dev/null; then
  find dist/contact-ownership/_internal -maxdepth 1 -name 'libpython3*.so*' -exec strip --strip-unneeded {} +
  find dist/contact-ownership/_internal/python3* -name '*.so' -exec strip --strip-unneeded {} + 2>/dev/null || true
fi

# The tarball: dist/NAME/{contact-ownership/, install.sh, LICENSE, share/...}
stage="dist/$name"
bash packaging/stage.sh dist/contact-ownership "$stage"
rm -rf dist/contact-ownership
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "built dist/$name.tar.gz ($(du -sh "$stage" | cut -f1) unpacked, $(du -sh "dist/$name.tar.gz" | cut -f1) packed)"
