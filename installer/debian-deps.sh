#!/usr/bin/env bash
# Install the Debian packages ClientSafe's tests and GUI need (idempotent).
#   root on Debian/Ubuntu: apt-get installs whatever is missing (apt-get update once).
#   otherwise: prints one line naming the missing packages and exits 0.
# Silent and fast (one dpkg-query call) when everything is already installed.
# All names checked against Debian 12 (bookworm) with `apt-cache policy`.
set -euo pipefail

PACKAGES=(
  xvfb xauth x11-utils                       # headless X server for screenshots / xcb tests
  dbus dbus-x11 gnome-keyring libdbus-1-3    # private D-Bus session + real Secret Service
  poppler-utils                              # pdftotext / pdftoppm to read PDFs back
  fonts-noto-cjk                             # Chinese glyphs in Qt
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libfontconfig1 libglib2.0-0  # Qt xcb platform plugin runtime
)

command -v dpkg-query >/dev/null 2>&1 || { echo "debian-deps: not a Debian system; needs: ${PACKAGES[*]}"; exit 0; }

# One dpkg-query for all names; unknown names go to stderr and simply don't appear.
# A multi-arch package may print one line per arch; any "... ok installed" line counts.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null \
  | awk '$4 == "installed" { print $1 }' || true)
missing=()
for p in "${PACKAGES[@]}"; do
  grep -qxF -- "$p" <<<"$installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
  echo "debian-deps: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "debian-deps: missing packages (install as root with apt-get): ${missing[*]}"
fi
exit 0
