#!/usr/bin/env bash
# Lays out the tarball's folder around a built program folder (used by build.sh):
#   bash packaging/stage.sh PROGRAM_DIR OUT_DIR
# OUT_DIR/{contact-ownership/ (the program), install.sh, LICENSE, share/ (menu entry, MIME
# type, AppStream metainfo, hicolor icons)}. The menu entry, MIME type and icons are the Python
# package's own data (desktop/share, desktop/icons), which `contact-ownership desktop-entry`
# installs for pip users: one copy of each, laid out here in the freedesktop icon tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
program=$1
out=$2
mkdir -p "$out/share"
rm -rf "$out/contact-ownership"
cp -a "$program" "$out/contact-ownership"
cp "$root/packaging/install.sh" "$out/install.sh"
cp "$root/desktop/share/contact-ownership.desktop" "$root/desktop/share/contact-ownership-mime.xml" \
   "$root/packaging/nl.contactownership.ContactOwnership.metainfo.xml" "$out/share/"
rm -rf "$out/share/icons"
for png in "$root"/desktop/icons/contact-ownership-[0-9]*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$out/share/icons/${size}x${size}/apps"
  cp "$png" "$out/share/icons/${size}x${size}/apps/contact-ownership.png"
done
mkdir -p "$out/share/icons/scalable/apps"
cp "$root/desktop/icons/contact-ownership.svg" "$out/share/icons/scalable/apps/contact-ownership.svg"
cp "$root/LICENSE" "$out/"
