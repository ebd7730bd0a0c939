#!/usr/bin/env bash
# Installs the Debian packages the full test suite talks to, when they are missing:
# PostgreSQL (server), Chromium (browser tests), gettext (compiled translations),
# a JDK with Maven (the OpenSearch node), and Apertium with its bokmål–nynorsk pair (the
# machine translator). Needs root for apt-get; otherwise it says what to install.
set -euo pipefail
missing=()
ls -d /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v java >/dev/null 2>&1 || missing+=(default-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v apertium >/dev/null 2>&1 || missing+=(apertium)
[ -d /usr/share/apertium/apertium-nno-nob ] || missing+=(apertium-nno-nob)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing system packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
