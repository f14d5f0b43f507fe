#!/usr/bin/env bash
# Installs what the tests need on a fresh machine of this kind (Debian, Node 20, npm registry
# and Debian packages only): Debian's Chromium for the browser tests and Debian's PostgreSQL for
# the store's tests (the tests start a throwaway cluster of it: scripts/postgres.mjs), then the
# locked npm packages. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
if [ ! -x "$chromium" ]; then
	echo "setup: installing Debian's Chromium (Playwright cannot download its own browser here)"
	packages+=(chromium fonts-dejavu-core fonts-liberation)
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	echo "setup: installing Debian's PostgreSQL (the store's tests run on it as well as on SQLite)"
	packages+=(postgresql)
fi
if [ ${#packages[@]} -gt 0 ]; then
	sudo_cmd=""
	[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
		"${packages[@]}" >/dev/null
fi
"$chromium" --version
ls -d /usr/lib/postgresql/*/bin | tail -1

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
