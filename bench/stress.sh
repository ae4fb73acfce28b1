#!/usr/bin/env bash
# Crash safety under SIGKILL: the real wizard in tmux, killed at random
# moments while answering (see bench/stress_kill.py for the method).
#
#   bash bench/stress.sh [--trials N] [--seed S] [--bin PATH] [--max-keys K]
#
# Default: 200 trials against a release build (scratch path .build-stress).
# Prints one summary line (trials, answers shown as saved, answers lost,
# unparsable files, kills in the middle of a save) and exits 1 on any loss
# or broken file. The short version runs in `swift test`
# (Tests/EndToEndTests/HardeningCrashTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
trials=200
binary=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --trials) trials="$2"; shift 2 ;;
    --bin) binary="$2"; shift 2 ;;
    --seed | --max-keys) extra+=("$1" "$2"); shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "stress: unknown argument $1" >&2; exit 64 ;;
  esac
done
command -v tmux >/dev/null 2>&1 || { echo "stress: tmux is needed" >&2; exit 69; }
if [ -z "$binary" ]; then
  echo "stress: building mlmaturity (release, .build-stress)" >&2
  swift build -c release --scratch-path .build-stress --product mlmaturity >&2
  binary="$(swift build -c release --scratch-path .build-stress --show-bin-path)/mlmaturity"
fi
exec python3 bench/stress_kill.py --bin "$binary" --trials "$trials" "${extra[@]}"
