#!/usr/bin/env bash
# Installs Neovim from Debian (package `neovim`) when `nvim` is not on PATH, for test/editors/neovim.test.ts.
# Idempotent: when nvim is present it only prints its version. Needs root or sudo for apt-get; the CI machine
# is a fresh Debian running as root. Nothing is downloaded from outside the Debian archive.
set -Eeuo pipefail

say() { printf '[install-neovim] %s\n' "$*"; }
die() { printf '\n[install-neovim] FAILED: %s\n\n' "$*" >&2; exit 1; }

if ! command -v nvim >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 || die "nvim is not installed and apt-get is not available: install Neovim 0.7 or newer"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install neovim"
    SUDO="sudo -n"
  fi
  started=$SECONDS
  say "apt-get install neovim"
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  $SUDO apt-get update -q </dev/null >"$log" 2>&1 || { tail -20 "$log" >&2; die "apt-get update failed"; }
  $SUDO apt-get install -y -q --no-install-recommends neovim </dev/null >"$log" 2>&1 \
    || { tail -20 "$log" >&2; die "apt-get install neovim failed"; }
  command -v nvim >/dev/null 2>&1 || die "apt-get installed neovim but nvim is not on PATH"
  say "installed ($((SECONDS - started)) s)"
fi
say "$(nvim --version | head -1)"
