#!/usr/bin/env bash
# Benchmarks of mlmaturity side by side with dialog and jq (issues 7 and 16):
# every figure of issue 16's table with its goal and PASS/MISS.
#
#   bash bench/run.sh            # from the repository root or anywhere
#
# Builds the release binary the way the README installs it (static Swift
# stdlib, scratch path .build-bench), installs what the measurements need
# when missing (dialog, jq, /usr/bin/time, python3), runs:
#   bench/tui_bench.py  start-up, key latency, bytes per key, peak RSS (pty)
#   bench/batch.py      10,000 generated sessions: mlmaturity vs one jq, and
#                       `trend` over 10 times as many (linearity)
# and prints one table. Everything it writes goes to .build-bench/bench-work/
# (git-ignored); the table is also saved there as results.md.
#
# Environment:
#   BENCH_BIN=path      use this binary instead of building
#   BENCH_QUICK=1       small counts (smoke test, about a minute)
#   BENCH_SESSIONS=N    batch size (default 10000)
#   BENCH_COLS, BENCH_ROWS  pty size (default 120x40)
set -euo pipefail

invoked="bash $0${*:+ $*}"
for var in BENCH_BIN BENCH_QUICK BENCH_SESSIONS BENCH_COLS BENCH_ROWS; do
  if [ -n "${!var:-}" ]; then invoked="$var=${!var} $invoked"; fi
done
started_in=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/.build-bench/bench-work"
mkdir -p "$work"
say() { printf 'bench: %s\n' "$*" >&2; }
SECONDS=0

# -- 1. tools ---------------------------------------------------------------
missing=()
command -v dialog >/dev/null 2>&1 || missing+=(dialog)
command -v jq >/dev/null 2>&1 || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v tput >/dev/null 2>&1 || missing+=(ncurses-bin)
command -v xargs >/dev/null 2>&1 || missing+=(findutils)
if [ -z "${BENCH_BIN:-}" ]; then
  [ -f /usr/include/ncursesw/curses.h ] || [ -f /usr/include/curses.h ] || missing+=(libncurses-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 - <<'EOF' || { say "python3 >= 3.8 with pty/termios is required"; exit 1; }
import sys, pty, termios, fcntl, select  # noqa: F401
sys.exit(0 if sys.version_info >= (3, 8) else 1)
EOF

# -- 2. the binary, built as the README installs it -------------------------
if [ -n "${BENCH_BIN:-}" ]; then
  bin=$(cd "$started_in" && realpath "$BENCH_BIN")
  build="given by BENCH_BIN"
else
  command -v swift >/dev/null 2>&1 || { say "swift is not on PATH"; exit 1; }
  # --product: the whole-package build would also compile the test helpers,
  # which need the Testing module that a --static-swift-stdlib build lacks.
  build_cmd=(swift build -c release --static-swift-stdlib --scratch-path .build-bench --product mlmaturity)
  say "building: ${build_cmd[*]}"
  t0=$SECONDS
  attempt=1
  until timeout 900 "${build_cmd[@]}" >"$work/build.log" 2>&1; do
    # A source file saved while the compiler read it: build again, once.
    if [ "$attempt" -lt 2 ] && grep -q 'was modified during the build' "$work/build.log"; then
      attempt=2
      say "a source changed during the build; building again"
      continue
    fi
    tail -30 "$work/build.log" >&2
    say "build failed (log: $work/build.log)"
    exit 1
  done
  say "built in $((SECONDS - t0)) s"
  bin="$root/.build-bench/release/mlmaturity"
  build="${build_cmd[*]}"
fi
[ -x "$bin" ] || { say "no binary at $bin"; exit 1; }

# -- 3. measurements ---------------------------------------------------------
if [ -n "${BENCH_QUICK:-}" ]; then
  tui_args=(--runs 20 --warmup 1 --keys 500 --move-keys 40)
  sessions=${BENCH_SESSIONS:-1000}
  batch_args=(--jq-runs 1 --trend-runs 1)
else
  tui_args=(--runs 30 --warmup 3 --keys 540 --move-keys 200)
  sessions=${BENCH_SESSIONS:-10000}
  batch_args=(--jq-runs 3 --trend-runs 3)
fi
rows=${BENCH_ROWS:-40}
cols=${BENCH_COLS:-120}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

say "wizard figures (pty ${cols}x${rows}) ..."
rm -rf "$work/tui"
timeout 300 python3 bench/tui_bench.py --bin "$bin" --work "$work/tui" --rows "$rows" --cols "$cols" \
  "${tui_args[@]}" >"$work/tui.json"

say "batch figure ($sessions sessions) ..."
timeout 900 python3 bench/batch.py --bin "$bin" --work "$work/batch" --count "$sessions" \
  "${batch_args[@]}" >"$work/batch.json"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
versions="$("$bin" --version 2>/dev/null | head -1) (mlmaturity), $(dialog --version 2>&1 | head -1 | sed 's/^Version: //') (dialog), $(jq --version) , $(swift --version 2>/dev/null | grep -o 'Swift version [0-9.]*' | head -1)"
python3 - "$work/meta.json" <<EOF
import json, os, platform, sys
json.dump({
  "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Linux {platform.release()}",
  "load_before": "$load_before", "load_after": "$load_after",
  "binary": "$bin", "build": """$build""", "versions": """$versions""",
}, open(sys.argv[1], "w"))
EOF

# -- 4. the table ------------------------------------------------------------
python3 bench/report.py --tui "$work/tui.json" --batch "$work/batch.json" --meta "$work/meta.json" \
  >"$work/results.md"
echo
cat "$work/results.md"
echo
if [ -n "${BENCH_BIN:-}" ]; then
  source_state="binary given, not built from this tree"
else
  source_state="commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ', with uncommitted changes in Sources/')"
fi
echo "Produced by: (cd $started_in && $invoked)   [$source_state, ${SECONDS} s]"
echo "Raw results: $work/{tui,batch,meta}.json"
