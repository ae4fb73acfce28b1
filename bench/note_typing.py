#!/usr/bin/env python3
"""Key latency while typing in a large note: the wizard's note editor must do
per-key work in proportion to the edit and the lines on screen, not the
whole note (issue 17: 0.8-1.15 s per key in a note of 10,000 lines).

    python3 bench/note_typing.py --bin .build/debug/mlmaturity
    python3 bench/note_typing.py --bin OLD --bin NEW      # and the ratio

For each binary: a session whose first question carries a note of --lines
lines (default 10,000 lines of 20 characters, 205 KiB: near the 256 KiB
note limit), opened in a pseudo-terminal (bench/pty_harness.py, 120x40);
`n` opens the note editor, then --keys keys (default 40) are sent one at a
time and the time from each key to the end of the screen update it causes
is taken (the harness's burst method). Prints the median per binary and,
given two, the ratio old/new. A measurement, not a test: nothing fails.

The keys are Left and Right in turn by default (--kind arrows): each moves
the cursor, so each redraws, in any version. --kind letters types letters
instead; the editor before issue 17 refused typing past 20,000 characters
(and then drew nothing), so compare old and new binaries with letters only
on notes under that (--lines 900).

For an instruction count instead of wall time (steadier on a busy machine):

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out BIN open FILE
    (type n, then keys, then Esc q) and compare `callgrind_annotate` totals.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_harness import Pty, bench_env  # noqa: E402

MARKER = "1-9 / letter"  # the key-hint row: the questions screen is drawn


def make_session(binary: str, path: str, lines: int) -> None:
    """An empty session over every framework, plus a long note on the
    first question (the one the wizard opens on)."""
    subprocess.run([binary, "set", path], check=True, env=bench_env())
    questions = json.loads(subprocess.run(
        [binary, "questions", "--json"], check=True, capture_output=True, env=bench_env()
    ).stdout)
    with open(path, encoding="utf-8") as handle:
        session = json.load(handle)
    note = "\n".join(f"line {i:05d}: notes ok" for i in range(lines))
    session["answers"] = {questions[0]["id"]: {"note": note}}
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(session, handle, indent=2)


LEFT, RIGHT = b"\x1bOD", b"\x1bOC"  # xterm keypad mode, as ncurses sets it


def measure(binary: str, lines: int, keys: int, kind: str, work: str) -> list[float]:
    path = os.path.join(work, "note.json")
    if os.path.exists(path):
        os.unlink(path)
    make_session(binary, path, lines)
    p = Pty([binary, "open", path], 40, 120, bench_env(work))
    try:
        p.wait_marker(MARKER, 20.0)
        p.key(b"n", timeout=30.0)
        p.drain(1.0)
        times = []
        for index in range(keys):
            p.drain(0.0)
            if kind == "letters":
                key = b"abcdefghij"[index % 10:index % 10 + 1]
            else:
                key = LEFT if index % 2 == 0 else RIGHT
            latency, _ = p.key(key, timeout=30.0)
            if latency is not None:
                times.append(latency * 1000)
        p.send(b"\x1b")
        p.drain(1.0)
        p.send(b"q")
    finally:
        p.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", action="append", required=True, help="binary (give two for a ratio)")
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--kind", choices=["arrows", "letters"], default="arrows")
    args = parser.parse_args()
    medians = []
    with tempfile.TemporaryDirectory() as work:
        for binary in args.bin:
            times = measure(binary, args.lines, args.keys, args.kind, work)
            median = statistics.median(times) if times else float("nan")
            medians.append(median)
            print(f"{binary}: {len(times)} {args.kind} keys in a note of {args.lines} lines: "
                  f"median {median:.2f} ms per key, max {max(times, default=float('nan')):.2f} ms")
    if len(medians) == 2 and medians[1] > 0:
        print(f"ratio (first / second): {medians[0] / medians[1]:.1f}x")


if __name__ == "__main__":
    main()
