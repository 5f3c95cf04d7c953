#!/usr/bin/env bash
# Installs what the end-to-end suites need, offline-friendly (npm registry + Debian apt only):
#   - apt: chromium (headless browser for the VS Code workbench), ripgrep and libkrb5-dev (code-server's
#     search binary and a native module's headers), neovim, emacs-nox + elpa-eglot (LSP clients),
#     a C/C++ toolchain for code-server's native modules, and procps (`ps`, used to find the server's pid);
#   - code-server (a real VS Code workbench + Node extension host) from npm into .vscode-test/code-server/.
# code-server is never a dependency in package.json: its postinstall downloads from GitHub, which fails
# offline, so we replicate that postinstall here with Debian's ripgrep.
# Idempotent: a second run only checks and exits within a second.
set -euo pipefail

CODE_SERVER_VERSION=${FACTLENS_CODE_SERVER_VERSION:-4.100.3}   # 4.100.x runs on Node 20 (VS Code 1.100)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PREFIX="$ROOT/.vscode-test/code-server"
MARKER="$PREFIX/.installed-$CODE_SERVER_VERSION"

log() { printf '[setup:e2e] %s\n' "$*"; }

# ---- 1. Debian packages -------------------------------------------------------------------------
apt_packages=(chromium ripgrep libkrb5-dev neovim emacs-nox elpa-eglot build-essential python3 pkg-config procps)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  log "apt packages present: ${apt_packages[*]}"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install: ${missing[*]}"; exit 1; }
    SUDO="sudo"
  fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---- 2. code-server ------------------------------------------------------------------------------
if [ -f "$MARKER" ] && [ -f "$PREFIX/node_modules/code-server/out/node/entry.js" ]; then
  log "code-server $CODE_SERVER_VERSION present in $PREFIX"
  exit 0
fi

log "installing code-server $CODE_SERVER_VERSION into $PREFIX (a few minutes)"
export npm_config_yes=true          # node-pty's install runs `npx node-gyp`
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# node-gyp would download Node's headers from nodejs.org; use the ones installed next to node instead.
NODE_PREFIX=$(node -p 'require("path").resolve(process.execPath, "../..")')
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
else
  log "warning: no Node headers in $NODE_PREFIX/include/node; node-gyp will try to download them from nodejs.org"
fi

rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cd "$PREFIX"
echo '{"name":"factlens-code-server","private":true}' > package.json
npm install "code-server@$CODE_SERVER_VERSION" --ignore-scripts --no-save
npm rebuild argon2                  # code-server's own native dependency (password hashing)

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts
# VS Code's search needs ripgrep; its npm package downloads from GitHub, so use Debian's.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild                         # node-pty, spdlog, watcher, kerberos, ... via node-gyp
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev)

node "$PREFIX/node_modules/code-server/out/node/entry.js" --version >/dev/null
touch "$MARKER"
log "code-server $CODE_SERVER_VERSION installed"
