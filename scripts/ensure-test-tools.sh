#!/usr/bin/env bash
# The programs the tests drive, from Debian's packages (their own downloads cannot work offline):
# Chromium's headless shell for Playwright, xmllint to check SEPA files against their schema, pdftotext/pdfdetach
# to read invoices, php to run the docs page's PHP webhook verifier.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell fonts-dejavu-core)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v php >/dev/null || missing+=(php-cli)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Für die Tests fehlen Programme – installiere Debians Pakete ${missing[*]} …"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
