#!/usr/bin/env bash
# Builds the libFuzzer target Fuzz/SessionFuzzer.swift and runs it.
#
#   bench/fuzz.sh [SECONDS]     (default 60)
#
# The target is not a SwiftPM target: it is compiled with
# `swiftc -sanitize=fuzzer,address -parse-as-library` as one module from the
# MaturityCore sources and the fuzzer source, against a MaturityJSON module
# (the parser, reader and writer every JSON file goes through) and a
# BundledBanks module built from the same generated file the package's build
# plugin makes (Sources/EmbedResources, itself built on MaturityJSON, run over
# Resources/questions and Resources/schema).
# When Sources/MaturityCore/Compare exists, session diffs are fuzzed too
# (-D FUZZ_DIFF).
#
# Seeds: Tests/Fixtures/**/*.json (sessions, banks and the bad-input corpus).
# Work folder: $FUZZ_WORK (default .build-fuzz): the binary, the growing
# corpus (corpus/) and any crash inputs (crash-*). Prints the executions,
# the corpus size and the crashes, and exits 1 when a crash was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work="${FUZZ_WORK:-.build-fuzz}"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"

echo "fuzz: building the resource embedder"
mkdir -p "$work/tool"
: >"$work/build.log"
swiftc -O -module-name MaturityJSON -parse-as-library -emit-module \
  -emit-module-path "$work/tool/MaturityJSON.swiftmodule" -wmo -c \
  -o "$work/tool/MaturityJSON.o" Sources/MaturityJSON/*.swift 2>>"$work/build.log" &&
  swiftc -O -I "$work/tool" Sources/EmbedResources/main.swift "$work/tool/MaturityJSON.o" \
    -o "$work/embed-resources" 2>>"$work/build.log" || {
  cat "$work/build.log"
  exit 1
}
resources=$(ls Resources/questions/*.json Resources/schema/*.json | sort)
# shellcheck disable=SC2086
"$work/embed-resources" "$work/EmbeddedResources.swift" Resources $(printf '%s ' $resources)

flags=(-sanitize=fuzzer,address -parse-as-library -Onone)
diff_flag=()
if [ -d Sources/MaturityCore/Compare ]; then diff_flag=(-D FUZZ_DIFF); fi

# Builds one library module (sanitised like the fuzzer) into $work.
module() {
  local name=$1
  shift
  echo "fuzz: building $name"
  swiftc "${flags[@]}" -module-name "$name" -parse-as-library -emit-module -I "$work" \
    -emit-module-path "$work/$name.swiftmodule" -wmo -c \
    -o "$work/$name.o" "$@" 2>>"$work/build.log" || {
    cat "$work/build.log"
    exit 1
  }
}
module MaturityJSON Sources/MaturityJSON/*.swift
module TerminalUI $(find Sources/TerminalUI -name '*.swift' | sort)
module BundledBanks Sources/BundledBanks/*.swift "$work/EmbeddedResources.swift"

echo "fuzz: building the session fuzzer ${diff_flag[*]}"
mapfile -t core < <(find Sources/MaturityCore -name '*.swift' | sort)
swiftc "${flags[@]}" -g "${diff_flag[@]}" -module-name SessionFuzzer -I "$work" \
  Fuzz/SessionFuzzer.swift "${core[@]}" "$work/MaturityJSON.o" "$work/TerminalUI.o" \
  "$work/BundledBanks.o" \
  -o "$work/session-fuzzer" 2>>"$work/build.log" || {
  grep -v 'Cannot export local symbol' "$work/build.log"
  exit 1
}

find Tests/Fixtures -name '*.json' -size -1000k -exec cp {} "$work/seeds/" \;
echo "fuzz: running for ${seconds}s with $(ls "$work/seeds" | wc -l) seed files"
started=$(date +%s)
set +e
# Swift's own crash backtracer confuses AddressSanitizer; libFuzzer prints
# the stack itself.
SWIFT_BACKTRACE=enable=no "$work/session-fuzzer" "$work/corpus" "$work/seeds" \
  -max_total_time="$seconds" -max_len=65536 -dict=Fuzz/session.dict -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$work/fuzz.log" 2>&1
status=$?
set -e
elapsed=$(($(date +%s) - started))
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || true)
crashes=$(find "$work/artifacts" -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)
corpus=$(ls "$work/corpus" | wc -l)
tail -n 20 "$work/fuzz.log" | grep -E 'ERROR|SUMMARY|Fatal|#[0-9]+ *DONE' || true
echo "fuzz: ${elapsed}s of ${seconds}s, ${executions:-0} executions, corpus ${corpus} inputs, ${crashes} crashes (libFuzzer exit ${status})"
if [ "$crashes" -gt 0 ] || [ "$status" -ne 0 ]; then
  find "$work/artifacts" -type f | sed 's/^/fuzz: crash input: /'
  exit 1
fi
