#!/usr/bin/env bash
# Lays out the tarball's folder around a built program folder (used by build.sh):
#   bash packaging/stage.sh PROGRAM_DIR OUT_DIR
# OUT_DIR/{contact-ownership/ (the program), install.sh, LICENSE, share/ (menu entry, MIME
# type, AppStream metainfo, hicolor icons)}.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
program=$1
out=$2
mkdir -p "$out/share"
rm -rf "$out/contact-ownership"
cp -a "$program" "$out/contact-ownership"
cp "$root/packaging/install.sh" "$out/install.sh"
cp "$root/packaging/contact-ownership.desktop" "$root/packaging/contact-ownership-mime.xml" \
   "$root/packaging/nl.contactownership.ContactOwnership.metainfo.xml" "$out/share/"
rm -rf "$out/share/icons"
cp -r "$root/assets/icons/hicolor" "$out/share/icons"
cp "$root/LICENSE" "$out/"
