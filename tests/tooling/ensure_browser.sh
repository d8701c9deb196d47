#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright: CHROMIUM_PATH, Playwright's own browser,
# or Debian's chromium (installed with apt-get when none is there). Idempotent.
set -euo pipefail
python=${1:-python3}

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then
    echo "==> Webbläsare: CHROMIUM_PATH=$CHROMIUM_PATH"; exit 0
  fi
  echo "FEL: CHROMIUM_PATH=$CHROMIUM_PATH finns inte eller är inte körbar." >&2; exit 1
fi

if "$python" -m tests.tooling.browser --has-bundled >/dev/null 2>&1; then
  echo "==> Webbläsare: Playwrights egen Chromium"; exit 0
fi

if [ -x /usr/bin/chromium ]; then
  echo "==> Webbläsare: Debians Chromium (/usr/bin/chromium)"; exit 0
fi

echo "==> Ingen Chromium hittades: installerar Debians paket chromium (apt-get)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
echo "==> Webbläsare: Debians Chromium installerad ($(/usr/bin/chromium --version 2>/dev/null || echo okänd version))"
