#!/bin/sh
# Regenerates Sources/TerminalUI/Generated/DisplayWidthTable.swift from the
# wcwidth() of the glibc on this machine. Run from anywhere; needs a C compiler.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/generate-width-table" "$here/generate-width-table.c"
mkdir -p "$root/Sources/TerminalUI/Generated"
"$work/generate-width-table" > "$root/Sources/TerminalUI/Generated/DisplayWidthTable.swift"
