#!/usr/bin/env python3
"""Instruction counts (callgrind Ir, which do not depend on the machine's
load) of the wizard: start-up to the first frame, and per answer key.

    python3 bench/callgrind_keys.py --bin .build-bench/release/mlmaturity [--keys 20]

Runs `mlmaturity open F` on a fresh session under
`valgrind --tool=callgrind` in a 120x40 pty twice: once quitting right after
the first frame, once after `--keys` answer keys (`1`, each waited for).
Prints the start-up figure (the first run's total: start, first frame and
quit), the per-key figure (the difference divided by the number of keys;
it moves with how many extra frames the save outcomes caused, so it is
noisy) and, steadier, the instructions per call of the frame's render and
draw in the second run. The callgrind files stay in --work for
`callgrind_annotate`.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_harness import Pty, bench_env  # noqa: E402

MARKER = "1-9 / letter"


def run(binary: str, work: str, keys: int, rows: int, cols: int) -> int:
    session = os.path.join(work, f"cg-{keys}.json")
    if os.path.exists(session):
        os.unlink(session)
    env = bench_env(os.path.join(work, "home"))
    subprocess.run([binary, "set", session], check=True, env=env)
    out = os.path.join(work, f"callgrind-{keys}.out")
    p = Pty(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, "open", session],
            rows, cols, env, 0.2)
    p.wait_marker(MARKER, 120.0)
    for _ in range(keys):
        p.key(b"1", timeout=30.0)
    p.send(b"q")
    p.close(120.0, kill=False)
    with open(out, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"(?:summary|totals): (\d+)", line)
            if m:
                return int(m.group(1))
    raise SystemExit(f"no totals in {out}")


FUNCTIONS = {  # label: what the mangled name of the function contains
    "render (WizardView.render)": ("WizardView", "render_4size"),
    "draw (backend draw of one frame)": ("CursesTerminal", "4drawyy"),
}


def per_call(out: str) -> dict[str, tuple[int, int]]:
    """Inclusive Ir and calls of the functions in FUNCTIONS, from
    `callgrind_annotate --tree=caller` (calls summed over the callers)."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--tree=caller", out],
                          capture_output=True, text=True).stdout
    found: dict[str, tuple[int, int]] = {}
    calls = 0
    for line in text.splitlines():
        caller = re.match(r"\s*[\d,]+ \([\d.]+%\)\s+<.*\((\d+)x\)", line)
        if caller:
            calls += int(caller.group(1))
            continue
        callee = re.match(r"\s*([\d,]+) \([\d.]+%\)\s+\*\s+(\S+)", line)
        if callee:
            for label, needles in FUNCTIONS.items():
                if label not in found and all(n in callee.group(2) for n in needles):
                    found[label] = (int(callee.group(1).replace(",", "")), calls)
        calls = 0 if not caller else calls
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", default="/tmp/mlmaturity-callgrind")
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--cols", type=int, default=120)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.work, "home"), exist_ok=True)
    binary = os.path.abspath(args.bin)
    start = run(binary, args.work, 0, args.rows, args.cols)
    more = run(binary, args.work, args.keys, args.rows, args.cols)
    print(f"start-up, first frame and quit: {start / 1e6:.2f} M Ir")
    print(f"per answer key: {(more - start) / args.keys / 1e6:.3f} M Ir ({args.keys} keys)")
    for label, (ir, calls) in per_call(os.path.join(args.work, f"callgrind-{args.keys}.out")).items():
        print(f"{label}: {ir / max(1, calls) / 1e6:.3f} M Ir per call ({calls} calls)")


if __name__ == "__main__":
    main()
