#!/usr/bin/env bash
# Installs the program from its unpacked tarball for the current user, or removes it again:
#   ./install.sh                 into ~/.local (PREFIX=DIR or --prefix DIR for elsewhere)
#   ./install.sh --uninstall     removes everything it installed (never your data folder)
# Installs: the program folder (lib/contact-ownership), the launcher (bin/contact-ownership),
# the menu entry with its file types (exports, vCards, .coreview review packages), the MIME
# type of review packages, the icons in every size and the AppStream metainfo (validated with
# appstreamcli when it is there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --prefix) prefix=$2; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

app=contact-ownership
appid=nl.contactownership.ContactOwnership
mime=application-x-contact-ownership-review
sizes=(16 24 32 48 64 128 256)
program_dir="$prefix/lib/$app"
launcher="$prefix/bin/$app"
desktop_file="$prefix/share/applications/$app.desktop"
metainfo="$prefix/share/metainfo/$appid.metainfo.xml"
mime_xml="$prefix/share/mime/packages/$app.xml"
icons="$prefix/share/icons/hicolor"

icon_files() {
  for s in "${sizes[@]}"; do
    echo "$icons/${s}x${s}/apps/$app.png"
    echo "$icons/${s}x${s}/mimetypes/$mime.png"
  done
  echo "$icons/scalable/apps/$app.svg"
  echo "$icons/scalable/mimetypes/$mime.svg"
}

refresh_caches() {  # each tool is optional: desktops without it rescan on their own
  if command -v update-mime-database >/dev/null && [ -d "$prefix/share/mime/packages" ]; then
    update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
  fi
  # The icon cache only in a theme with an index.theme (as xdg-icon-resource does): one forced
  # into a bare hicolor folder outlives --uninstall and hides other programs' icons later.
  # Touching the folder makes GTK rescan it.
  if [ -d "$icons" ]; then touch "$icons"; fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -f "$icons" 2>/dev/null || true
  fi
}

uninstall() {
  rm -rf "$program_dir"
  rm -f "$launcher" "$desktop_file" "$metainfo" "$mime_xml"
  icon_files | xargs rm -f
  refresh_caches
  echo "Removed Contact Ownership from $prefix."
  echo "Your data folder (reviews, settings) is kept: ${XDG_DATA_HOME:-$HOME/.local/share}/$app"
}

install() {
  [ -x "$here/$app/$app" ] || {
    echo "install.sh: no program folder at $here/$app; run it from the unpacked tarball" \
         "(bash packaging/build.sh makes one)" >&2
    exit 1
  }
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$here/share/$appid.metainfo.xml" >/dev/null \
      || { echo "install.sh: the AppStream metainfo does not validate" >&2; exit 1; }
  fi
  mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$desktop_file")" "$(dirname "$metainfo")" \
           "$(dirname "$mime_xml")"
  # Replace the program folder whole: files of an older version must not linger.
  rm -rf "$program_dir.new"
  cp -a "$here/$app" "$program_dir.new"
  rm -rf "$program_dir"
  mv "$program_dir.new" "$program_dir"

  printf '#!/bin/sh\nexec "%s/%s" "$@"\n' "$program_dir" "$app" > "$launcher"
  chmod 755 "$launcher"
  # The menu runs the launcher by its full path: ~/.local/bin is not on every session's PATH.
  sed "s|^Exec=$app |Exec=\"$launcher\" |" "$here/share/$app.desktop" > "$desktop_file"
  cp "$here/share/$appid.metainfo.xml" "$metainfo"
  cp "$here/share/$app-mime.xml" "$mime_xml"
  for s in "${sizes[@]}"; do
    for kind in apps mimetypes; do mkdir -p "$icons/${s}x${s}/$kind"; done
    cp "$here/share/icons/${s}x${s}/apps/$app.png" "$icons/${s}x${s}/apps/$app.png"
    cp "$here/share/icons/${s}x${s}/apps/$app.png" "$icons/${s}x${s}/mimetypes/$mime.png"
  done
  mkdir -p "$icons/scalable/apps" "$icons/scalable/mimetypes"
  cp "$here/share/icons/scalable/apps/$app.svg" "$icons/scalable/apps/$app.svg"
  cp "$here/share/icons/scalable/apps/$app.svg" "$icons/scalable/mimetypes/$mime.svg"
  refresh_caches
  echo "Installed Contact Ownership into $prefix: run '$app' or find it in the menu."
  case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Note: $prefix/bin is not on your PATH; the menu entry works regardless." ;;
  esac
}

"$action"
