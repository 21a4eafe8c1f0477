#!/usr/bin/env bash
# Usage: bash tests/with-secret-service.sh CMD ARGS...
# Runs CMD in a private D-Bus session with a fresh, unlocked gnome-keyring Secret Service.
# CMD sees CLIENTSAFE_SECRET_SERVICE=1 and CLIENTSAFE_TEST_KEYRING_PASSWORD (the login
# keyring's password, for tests/keyring_tools.unlock_default_collection). Exit status is CMD's.
#
# Checked with gnome-keyring 42.1 / dbus 1.14 (Debian 12):
# - `gnome-keyring-daemon --unlock` with a fresh HOME creates the "login" collection from the
#   password on stdin and makes it the "default" alias, unlocked, so the first keyring write
#   neither prompts nor hangs (~0.1 s). With --components=secrets it prints no variables today;
#   we still export whatever it prints, as documented.
# - Locking the collection makes gnome-keyring ask gcr-prompter for a password. Without a display
#   that fails at once (keyring raises KeyringLocked), but with DISPLAY set (Xvfb) it opens a
#   dialog and the caller hangs forever. So the prompters are replaced by /bin/false through
#   service files in XDG_DATA_HOME, which the private bus prefers over /usr/share ones.
# - As root in a container, dbus-daemon logs "Failed to set fd limit to 65536: Operation not
#   permitted" on every start (hard limit < 65536). Harmless noise on stderr.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: bash tests/with-secret-service.sh CMD [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session dbus-daemon gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "with-secret-service: '$tool' not found; install dbus and gnome-keyring (installer/debian-deps.sh)" >&2
    exit 2
  }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clientsafe-ss.XXXXXX")
# Only an EXIT trap: bash runs it on SIGTERM/SIGINT too, and an INT/TERM trap would be deferred
# until CMD ends (so `timeout` could not stop a hung run).
trap 'rm -rf "$tmp"' EXIT

export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/dbus-1/services" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$tmp" "$XDG_RUNTIME_DIR"
for name in SystemPrompter PrivatePrompter; do
  printf '[D-BUS Service]\nName=org.gnome.keyring.%s\nExec=/bin/false\n' "$name" \
    >"$XDG_DATA_HOME/dbus-1/services/org.gnome.keyring.$name.service"
done

# Never touch a developer's real keyring or backend choice.
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID PYTHON_KEYRING_BACKEND
export CLIENTSAFE_SECRET_SERVICE=1
CLIENTSAFE_TEST_KEYRING_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
export CLIENTSAFE_TEST_KEYRING_PASSWORD

status=0
dbus-run-session -- bash -c '
  set -euo pipefail
  vars=$(printf %s "$CLIENTSAFE_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)
  while IFS= read -r line; do if [ -n "$line" ]; then export "$line"; fi; done <<<"$vars"
  "$@"
' with-secret-service "$@" || status=$?
exit "$status"
