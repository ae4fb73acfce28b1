#!/usr/bin/env bash
# Stress tests of the session file, in two modes:
#
#   bash bench/stress.sh [--mode kill|writers] [--trials N] [--seed S] [--bin PATH] [--max-keys K]
#
# --mode kill (default): crash safety under SIGKILL, the real wizard in tmux
#   killed at random moments while answering (bench/stress_kill.py). Prints
#   trials, answers shown as saved, answers lost, unparsable files, kills in
#   the middle of a save. The short version runs in `swift test`
#   (Tests/EndToEndTests/HardeningCrashTests.swift).
# --mode writers: concurrent writers, the wizard in tmux plus two `set`
#   loops on one file (bench/stress_writers.py). Prints set runs saved and
#   refused (exit 75 while the wizard holds the lock), wizard answers saved,
#   answers lost, leftover lock or temp files. The short version runs in
#   `swift test` (Tests/EndToEndTests/SessionLockingTests.swift).
#
# Default: 200 trials against a release build (scratch path .build-stress).
# Exits 1 on any loss, broken file or leftover file.
set -euo pipefail
cd "$(dirname "$0")/.."
trials=200
binary=""
mode=kill
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --bin) binary="$2"; shift 2 ;;
    --mode) mode="$2"; shift 2 ;;
    --seed | --max-keys) extra+=("$1" "$2"); shift 2 ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "stress: unknown argument $1" >&2; exit 64 ;;
  esac
done
command -v tmux >/dev/null 2>&1 || { echo "stress: tmux is needed" >&2; exit 69; }
if [ -z "$binary" ]; then
  echo "stress: building mlmaturity (release, .build-stress)" >&2
  swift build -c release --scratch-path .build-stress --product mlmaturity >&2
  binary="$(swift build -c release --scratch-path .build-stress --show-bin-path)/mlmaturity"
fi
case "$mode" in
  kill) script=bench/stress_kill.py ;;
  writers) script=bench/stress_writers.py ;;
  *) echo "stress: --mode is kill or writers, not $mode" >&2; exit 64 ;;
esac
exec python3 "$script" --bin "$binary" --trials "$trials" "${extra[@]+"${extra[@]}"}"
