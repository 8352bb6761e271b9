#!/usr/bin/env bash
# Runs a command against a private, unlocked Secret Service (gnome-keyring) on a private D-Bus session,
# so keychain tests work headless and never touch the user's real keyring.
#
#   bash e2e/keyring/with-secret-service.sh <command...>
#   e.g. bash e2e/keyring/with-secret-service.sh vitest run --project keychain
#
# - fresh temporary HOME, XDG_DATA_HOME (where the keyring file lives), XDG_CONFIG_HOME, XDG_CACHE_HOME
#   and XDG_RUNTIME_DIR, removed afterwards (an existing login keyring with another password would answer
#   "Cannot create an item in a locked collection");
# - PATH and the current directory are kept; ./node_modules/.bin is put first so `vitest` resolves;
# - the command's exit code is this script's exit code.
# Needs (Debian/Ubuntu): apt-get install -y gnome-keyring dbus libsecret-1-dev
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash $0 <command...>" >&2
  exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-secret-service: '$tool' not found. Install it: apt-get install -y gnome-keyring dbus libsecret-1-dev" >&2
    exit 127
  fi
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/invoice-inbox-keyring.XXXXXX")"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

if [ -d "$PWD/node_modules/.bin" ]; then
  PATH="$PWD/node_modules/.bin:$PATH"
fi

set +e
env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
  PATH="$PATH" \
  HOME="$tmp/home" \
  XDG_DATA_HOME="$tmp/data" \
  XDG_CONFIG_HOME="$tmp/config" \
  XDG_CACHE_HOME="$tmp/cache" \
  XDG_RUNTIME_DIR="$tmp/runtime" \
  dbus-run-session -- sh -c '
    # Our own daemon in the foreground (so we know its pid and stop it ourselves: a daemonized one can
    # outlive the session bus). A fresh "login" keyring is created with this password and left unlocked.
    printf "%s" pw | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
      tries=$((tries + 1))
      if [ "$tries" -ge 100 ] || ! kill -0 "$keyring" 2>/dev/null; then
        echo "with-secret-service: gnome-keyring-daemon did not start" >&2
        kill "$keyring" 2>/dev/null
        exit 125
      fi
      sleep 0.1
    done
    "$@"
    status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit "$status"
  ' with-secret-service "$@"
status=$?
set -e
exit "$status"
