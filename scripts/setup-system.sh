#!/usr/bin/env bash
# Installs the system packages the test suite needs on a Debian machine, skipping what is present:
# Chromium's headless shell (browser tests, Lighthouse), a Java runtime (the W3C Nu Html Checker), SpamAssassin (newsletter),
# Caddy (tests/production: the production web server configuration in deploy/Caddyfile, run on loopback).
set -euo pipefail
need=()
command -v chromium-headless-shell >/dev/null 2>&1 || need+=(chromium-headless-shell)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v spamassassin >/dev/null 2>&1 || need+=(spamassassin)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
if [ ${#need[@]} -eq 0 ]; then
  echo "setup-system: chromium-headless-shell, java, spamassassin and caddy are present"
  exit 0
fi
echo "setup-system: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
