#!/usr/bin/env bash
# Installs what the real-VS-Code e2e harness needs, idempotently:
#   * Debian packages: chromium (thin headless client), libkrb5-dev (kerberos addon headers), ripgrep
#   * code-server (= VS Code server + web workbench) from the npm registry, into .vscode-test/code-server,
#     without running any install script that downloads from outside the npm registry.
# Second and later runs only check a stamp file and return in well under a second.
#
# Env: CHINH_DANH_CODE_SERVER_VERSION (default 4.100.3 = VS Code 1.100.3, the newest one for node 20)
#      CHINH_DANH_VSCODE_CACHE        (default <repo>/.vscode-test)
set -Eeuo pipefail

CS_VERSION="${CHINH_DANH_CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CHINH_DANH_VSCODE_CACHE:-$REPO/.vscode-test}"
DEST="$CACHE/code-server"
STAMP="$DEST/.chinh-danh-installed"
VSCODE_DIR="node_modules/code-server/lib/vscode"

say() { printf '[install-vscode] %s\n' "$*"; }
die() { printf '\n[install-vscode] FAILED: %s\n\n' "$*" >&2; exit 1; }
trap 'rc=$?; printf "\n[install-vscode] FAILED (exit %s) at line %s: %s\n\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

started=$SECONDS

# --- 1. system packages --------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install ${missing[*]}"
    SUDO="sudo -n"
  fi
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q </dev/null >/dev/null || die "apt-get update failed"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >/dev/null \
    || die "apt-get install ${missing[*]} failed"
  say "system packages installed ($((SECONDS - started)) s)"
fi

# --- 2. code-server ------------------------------------------------------------------------------
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$CS_VERSION" ] \
   && [ -f "$DEST/$VSCODE_DIR/out/server-main.js" ] && [ -x "$DEST/$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg" ]; then
  say "code-server $CS_VERSION already installed in $DEST"
  exit 0
fi

command -v npm >/dev/null 2>&1 || die "npm not found"
# Work in a scratch dir and move it into place only when everything succeeded,
# so an interrupted install never looks like a finished one.
WORK="$DEST.partial"
rm -rf "$WORK" "$DEST"
mkdir -p "$WORK"
cd "$WORK"
printf '{ "name": "chinh-danh-vscode-cache", "private": true }\n' > package.json

export npm_config_yes=true          # node-pty's install script runs `npx node-gyp`; ~/.npmrc may say yes=false
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

# Packages that have install scripts, from a lockfile, minus those whose scripts only download
# things from outside the npm registry (ripgrep: we link Debian's rg; windows-*: not for linux).
install_script_pkgs() {
  node -e '
    const lock = require(process.argv[1]);
    const skip = new RegExp(process.argv[2]);
    const names = new Set();
    for (const [k, v] of Object.entries(lock.packages || {})) {
      if (!k || !v.hasInstallScript || v.optional && v.os && !v.os.includes("linux")) continue;
      const name = k.replace(/^.*node_modules\//, "");
      if (!skip.test(name)) names.add(name);
    }
    console.log([...names].join(" "));' "$1" "$2"
}

say "npm install code-server@$CS_VERSION --ignore-scripts (into $DEST)"
npm install "code-server@$CS_VERSION" --ignore-scripts "${NPM_QUIET[@]}" </dev/null

# code-server's own native addons (argon2): the prebuilt download fails offline, node-gyp builds it.
TOP=$(install_script_pkgs "$WORK/package-lock.json" '^(code-server|@vscode/ripgrep|.*windows.*)$')
if [ -n "$TOP" ]; then say "npm rebuild $TOP"; npm rebuild $TOP "${NPM_QUIET[@]}" </dev/null; fi

cd "$WORK/$VSCODE_DIR"
say "installing VS Code server dependencies"
npm install --omit=dev --ignore-scripts "${NPM_QUIET[@]}" </dev/null
NATIVE=$(install_script_pkgs "$PWD/npm-shrinkwrap.json" '(ripgrep|windows)')
say "npm rebuild $NATIVE"
npm rebuild $NATIVE "${NPM_QUIET[@]}" </dev/null

# @vscode/ripgrep's postinstall downloads rg from outside the registry: use Debian's rg instead.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

# What code-server's postinstall.sh would otherwise do.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts "${NPM_QUIET[@]}" </dev/null && node postinstall.mjs >/dev/null)

# Smoke check: the server prints its version and exits.
cd "$WORK"
ver=$(node "$VSCODE_DIR/out/server-main.js" --version 2>/dev/null | head -1) || die "server-main.js --version failed"
[ -n "$ver" ] || die "server-main.js --version printed nothing"

cd "$CACHE"
echo "$CS_VERSION" > "$WORK/.chinh-danh-installed"
mv "$WORK" "$DEST"
say "code-server $CS_VERSION (VS Code $ver) installed in $DEST ($((SECONDS - started)) s)"
