#!/usr/bin/env bash
# Installs what the tests need on a fresh machine of this kind (Debian, Node 20, npm registry
# and Debian packages only): Debian's Chromium for the browser tests, then the locked npm
# packages. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
	echo "setup: installing Debian's Chromium (Playwright cannot download its own browser here)"
	sudo_cmd=""
	[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
		chromium fonts-dejavu-core fonts-liberation >/dev/null
fi
"$chromium" --version

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
