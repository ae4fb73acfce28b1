#!/usr/bin/env bash
# Generates the man page the README installs (swift-argument-parser's
# generate-manual plugin, from the same definitions as --help) and checks it:
# every subcommand of `mlmaturity --help` has an entry, and it renders
# without mdoc errors. Usage: bash Tests/Scripts/check_manual.sh [debug|release]
set -euo pipefail
cd "$(dirname "$0")/../.."
configuration="${1:-debug}"
swift package plugin generate-manual --configuration "$configuration" >/dev/null
page=.build/plugins/GenerateManual/outputs/mlmaturity/mlmaturity.1
binary=".build/$configuration/mlmaturity"
[ -s "$page" ] || { echo "check_manual: $page was not generated" >&2; exit 1; }
status=0
commands=$("$binary" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | grep -E '^  [a-z]' | awk '{ print $1 }')
for command in $commands; do
  grep -qx ".It Em $command" "$page" || { echo "check_manual: no entry for '$command'" >&2; status=1; }
done
if command -v mandoc >/dev/null 2>&1; then
  mandoc -T lint -W error "$page" >&2 || status=1
elif command -v groff >/dev/null 2>&1; then
  problems=$(groff -mandoc -Tutf8 -ww -z "$page" 2>&1 | grep -v "Empty input line" || true)
  [ -z "$problems" ] || { echo "$problems" >&2; status=1; }
fi
[ "$status" -eq 0 ] && echo "check_manual: $page names all $(echo "$commands" | wc -w) commands"
exit "$status"
