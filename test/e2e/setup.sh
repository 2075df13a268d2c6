#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end suite needs: Debian's chromium and the
# build tools, then code-server@4.100.3 (VS Code 1.100.3) into a cache folder, without
# internet access beyond the npm registry and Debian's packages.
# Idempotent: a marker file makes a completed install a no-op (a few seconds).
# See test/e2e/README.md and /work/shared/notes/real-vscode-e2e.md.
set -Eeuo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${RAPPORTEUR_E2E_CACHE:-$HOME/.cache/rapporteur-e2e}"
DEST="$CACHE/code-server"
MARKER="$DEST/.rapporteur-e2e-complete-$CODE_SERVER_VERSION"
APT_PACKAGES=(ripgrep chromium build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev)

START=$SECONDS
step() { printf '[e2e-setup %3ds] %s\n' "$((SECONDS - START))" "$*"; }
fail() { printf '[e2e-setup] FAILED: %s\n' "$*" >&2; exit 1; }
trap 'fail "command failed (exit $?) at line $LINENO: $BASH_COMMAND"' ERR

# Quiet logging of long steps: full output goes to a log, shown only on failure.
LOG="$CACHE/setup.log"
mkdir -p "$CACHE"
: >"$LOG"
run() {
  local what="$1"; shift
  step "$what"
  if ! "$@" >>"$LOG" 2>&1; then
    echo "----- last 40 lines of $LOG -----" >&2
    tail -n 40 "$LOG" >&2
    trap - ERR
    fail "$what (full log: $LOG)"
  fi
}

# 1. Debian packages.
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to install: ${missing[*]}"
    SUDO=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Update the package lists only when needed: when apt does not know a missing package
  # yet, or when installing from the present lists fails (stale lists give 404s).
  updated=0
  if ! apt-get install -y --dry-run "${missing[@]}" >/dev/null 2>&1; then
    run "apt-get update" $SUDO apt-get update
    updated=1
  fi
  step "apt-get install ${missing[*]}"
  if ! $SUDO apt-get install -y "${missing[@]}" >>"$LOG" 2>&1; then
    ((updated)) && { tail -n 40 "$LOG" >&2; trap - ERR; fail "apt-get install failed (log: $LOG)"; }
    run "apt-get update (retry)" $SUDO apt-get update
    run "apt-get install ${missing[*]} (retry)" $SUDO apt-get install -y "${missing[@]}"
  fi
else
  step "Debian packages present"
fi
command -v rg >/dev/null || fail "ripgrep (rg) not found after install"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium not found after install"

# 2. code-server.
if [ -f "$MARKER" ] && [ -x "$DEST/node_modules/.bin/code-server" ]; then
  step "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" = 20 ] || step "warning: code-server $CODE_SERVER_VERSION is meant for Node 20, found $(node -v)"

# Start from a clean folder: a half-finished install is not trusted.
rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{ "name": "rapporteur-e2e-code-server", "private": true }' >package.json

export npm_config_nodedir=/usr   # node-gyp: build against local Node headers, never download
export npm_config_yes=true       # node-pty's install script runs `npx node-gyp`
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

run "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION" \
  npm install --ignore-scripts --no-save "code-server@$CODE_SERVER_VERSION"
run "npm rebuild argon2" npm rebuild argon2

VS="$DEST/node_modules/code-server/lib/vscode"
[ -d "$VS" ] || fail "$VS missing after npm install"
cd "$VS"
run "lib/vscode: npm install --omit=dev --ignore-scripts" npm install --omit=dev --ignore-scripts
step "lib/vscode: ripgrep from /usr/bin/rg"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
run "lib/vscode: npm rebuild (native modules)" npm rebuild
step "lib/vscode: postinstall links"
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
cd "$VS/extensions"
run "lib/vscode/extensions: npm install --omit=dev" npm install --omit=dev

step "checking: code-server --version"
cd "$DEST"
V=$(XDG_CONFIG_HOME="$CACHE/tmp-xdg" XDG_DATA_HOME="$CACHE/tmp-xdg" XDG_CACHE_HOME="$CACHE/tmp-xdg" \
  ./node_modules/.bin/code-server --version 2>>"$LOG" | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -n1) || true
rm -rf "$CACHE/tmp-xdg"
case "$V" in
  "$CODE_SERVER_VERSION"*) ;;
  *) fail "code-server --version printed '$V', expected $CODE_SERVER_VERSION (log: $LOG)" ;;
esac

date -u +%FT%TZ >"$MARKER"
step "done: $DEST/node_modules/.bin/code-server ($V)"
