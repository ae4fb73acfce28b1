#!/usr/bin/env bash
# Regenerates the README's screenshots under docs/ with headless Chromium
# (apt-get install -y chromium) from the test fixtures, so they always show
# what the current build prints.
#
#   bash docs/screenshots.sh            # builds mlmaturity, writes docs/*.png
#
# docs/summary.png  the one-page summary (report --format summary) of the
#                   platform team's December round, beside its June and
#                   September rounds (Tests/Fixtures/summary/).
# docs/portfolio.png portfolio --format html over Tests/Fixtures/compare and
#                   Tests/Fixtures/workshop/team-search.json.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium" ]]; then
  echo "screenshots.sh: Chromium is not installed (apt-get install -y chromium)" >&2
  exit 69
fi

swift build --product mlmaturity >/dev/null
bin="$(swift build --show-bin-path)/mlmaturity"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shot HTML PNG WIDTH,HEIGHT: a screenshot of a page at that window size.
shot() {
  HOME="$work" "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/profile" --screenshot="$2" --window-size="$3" \
    "file://$1" 2>/dev/null
  echo "wrote $2"
}

# The summary: three rounds in one folder give a change since last time and
# a trend of three sessions.
cp Tests/Fixtures/summary/platform-2026-*.json "$work/"
"$bin" report "$work/platform-2026-12.json" --format summary -o "$work/summary.html"
shot "$work/summary.html" "$root/docs/summary.png" 900,1160

# The portfolio: the teams of the compare fixtures and the workshop's
# search team, side by side.
mkdir -p "$work/teams"
cp Tests/Fixtures/compare/*.json Tests/Fixtures/workshop/team-search.json "$work/teams/"
"$bin" portfolio "$work/teams" --format html -o "$work/portfolio.html"
shot "$work/portfolio.html" "$root/docs/portfolio.png" 1200,900
