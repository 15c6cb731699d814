#!/usr/bin/env bash
# Installs everything the build, the demo and the tests need on a fresh machine; safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target add wasm32-unknown-unknown

# wasm-bindgen's CLI must match the wasm-bindgen library version pinned in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  # `--locked` fails on this registry mirror; the plain install works.
  cargo install wasm-bindgen-cli --version "$want"
fi

# cargo-fuzz for the libFuzzer targets of fuzz/ (scripts/fuzz.sh; stable Rust with RUSTC_BOOTSTRAP=1).
fuzz_want=0.13.2
if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)" != "$fuzz_want" ]; then
  cargo install cargo-fuzz --version "$fuzz_want"
fi

# Debian's Chromium and its driver for the browser tests (never a downloaded browser), and the
# OpenSSL headers the local server's WebAuthn library (webauthn-rs) builds against.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! dpkg -s libssl-dev pkg-config >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver libssl-dev pkg-config
fi

# `npm ci` installs exactly what package-lock.json lists and never rewrites it (it fails instead if
# package.json and the lock disagree), so setting up leaves the checkout clean. The lock lists
# every platform's optional package of rollup and esbuild, as npm 11 writes it; a lock without them
# is refused by `npm ci` and rewritten by `npm install`. After changing package.json, run
# `npm install` and commit package-lock.json.
npm ci --no-audit --no-fund
