#!/usr/bin/env python3
"""The wizard figures of bench/run.sh: start-up, key latency, bytes per key,
peak RSS; mlmaturity side by side with dialog. Prints one JSON object.

    python3 bench/tui_bench.py --bin .build-bench/release/mlmaturity --work DIR

Uses bench/pty_harness.py (method described there and in bench/README.md).
Both programs run in the same pty size, with the same environment, and are
measured alternately (run by run, key by key) so that background load on
the machine hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pty_harness import Pty, bench_env, summary  # noqa: E402

WIZARD_MARKER = "1-9 / letter"  # start of the last row (key hints) of the questions screen
DIALOG_MARKER = "<Cancel>"  # dialog's button row, drawn last
DIALOG_ITEMS = 28


def log(message: str) -> None:
    print(f"tui_bench: {message}", file=sys.stderr, flush=True)


def terminfo_key(name: str, fallback: bytes) -> bytes:
    """The bytes xterm-256color sends for a key (keypad mode), from terminfo."""
    try:
        out = subprocess.run(["tput", "-T", "xterm-256color", name], capture_output=True, check=True).stdout
        return out or fallback
    except (OSError, subprocess.CalledProcessError):
        return fallback


def dialog_argv() -> list[str]:
    argv = ["dialog", "--checklist", "Which tests run automatically?", "0", "0", "0"]
    for i in range(1, DIALOG_ITEMS + 1):
        argv += [f"t{i}", f"Item-{i}", "off"]
    return argv


def new_session(binary: str, path: str) -> None:
    """An empty session over every shipped framework, made the way users do."""
    if os.path.exists(path):
        os.unlink(path)
    subprocess.run([binary, "set", path], check=True, env=bench_env())


def stop(p: Pty, keys: bytes | None = None, timeout: float = 5.0) -> int | None:
    """Ends a program: its quit keys first when given, else SIGTERM."""
    if keys:
        try:
            p.send(keys)
        except OSError:
            pass
    else:
        try:
            os.kill(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    return p.close(timeout)


def startup(args, env, binary, work):
    template = os.path.join(work, "startup-template.json")
    new_session(binary, template)
    commands = [
        ("mlmaturity", WIZARD_MARKER, lambda i: [binary, "open", copy(template, work, f"startup-{i}.json")]),
        ("dialog", DIALOG_MARKER, lambda i: dialog_argv()),
    ]
    results = {name: {"ms": [], "bytes": []} for name, _, _ in commands}
    for i in range(-args.warmup, args.runs):
        for name, marker, make_argv in commands:
            p = Pty(make_argv(i), args.rows, args.cols, env, args.quiet)
            try:
                t, n = p.wait_marker(marker, 10.0)
            finally:
                stop(p)
            if i >= 0:
                results[name]["ms"].append((t - p.t_spawn) * 1000)
                results[name]["bytes"].append(n)
    # The harness floor: fork+exec of a program that only prints the marker.
    floor = []
    printf = shutil.which("printf") or "/usr/bin/printf"
    for _ in range(args.runs):
        p = Pty([printf, WIZARD_MARKER], args.rows, args.cols, env, args.quiet)
        t, _ = p.wait_marker(WIZARD_MARKER, 5.0)
        p.close(2.0)
        floor.append((t - p.t_spawn) * 1000)
    return {
        name: {"ms": summary(r["ms"]), "bytes": summary(r["bytes"]), "raw_ms": r["ms"]}
        for name, r in results.items()
    } | {"floor_ms": summary(floor)}


def copy(src: str, folder: str, name: str) -> str:
    dst = os.path.join(folder, name)
    shutil.copyfile(src, dst)
    return dst


def answered_count(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for a in json.load(f).get("answers", {}).values() if a.get("value"))


def key_latency(args, env, binary, work):
    """Answer keys ('1') in the wizard, each followed by one arrow key in
    dialog's checklist (down to the last item, then up, and so on)."""
    down, up = terminfo_key("kcud1", b"\x1bOB"), terminfo_key("kcuu1", b"\x1bOA")
    wiz = {"ms": [], "bytes": [], "late_keys": 0, "late_bytes": 0, "no_output": 0, "cells": []}
    dlg = {"ms": [], "bytes": [], "late_keys": 0, "late_bytes": 0, "no_output": 0, "cells": []}
    move = {"ms": [], "bytes": [], "late_keys": 0, "late_bytes": 0, "no_output": 0, "cells": []}
    per_session = 90  # of 91 questions: the 91st answer leaves for the summary
    dialog = Pty(dialog_argv(), args.rows, args.cols, env, args.quiet)
    dialog.wait_marker(DIALOG_MARKER, 10.0)
    dialog_pos, dialog_dir = 0, 1
    sessions, saved_ok = 0, 0

    def measure(p: Pty, key: bytes, into: dict) -> None:
        late = p.drain(0.0)  # output that came after the previous burst ended
        if late:
            into["late_keys"] += 1
            into["late_bytes"] += late
        before = [row[:] for row in p.screen.grid]
        latency, n = p.key(key, timeout=2.0)
        if latency is None:
            into["no_output"] += 1
            return
        into["ms"].append(latency * 1000)
        into["bytes"].append(n)
        # Cells whose character differs afterwards: what any diffing
        # renderer must send at least (attributes-only changes not counted).
        into["cells"].append(sum(a != b for ra, rb in zip(before, p.screen.grid) for a, b in zip(ra, rb)))

    def dialog_key() -> None:
        nonlocal dialog_pos, dialog_dir
        if not 0 <= dialog_pos + dialog_dir < DIALOG_ITEMS:
            dialog_dir = -dialog_dir
        dialog_pos += dialog_dir
        measure(dialog, down if dialog_dir > 0 else up, dlg)

    while len(wiz["ms"]) + wiz["no_output"] < args.keys:
        path = os.path.join(work, f"keys-{sessions}.json")
        new_session(binary, path)
        p = Pty([binary, "open", path], args.rows, args.cols, env, args.quiet)
        p.wait_marker(WIZARD_MARKER, 10.0)
        count = min(per_session, args.keys - len(wiz["ms"]) - wiz["no_output"])
        for _ in range(count):
            measure(p, b"1", wiz)
            dialog_key()
        # A few moves in the index (the wizard's own "moving through" key),
        # up and down, compared with the same dialog keys.
        if sessions < 2:
            for j in range(args.move_keys // 2):
                measure(p, up if j % 2 == 0 else down, move)
        status = stop(p, b"q")
        sessions += 1
        if status == 0 and answered_count(path) == count:
            saved_ok += 1
        else:
            log(f"session {path}: exit {status}, {answered_count(path)} answers saved, expected {count}")
    stop(dialog, b"\x1b")
    return {
        "mlmaturity": {k: (summary(v) if isinstance(v, list) else v) for k, v in wiz.items()},
        "mlmaturity_move": {k: (summary(v) if isinstance(v, list) else v) for k, v in move.items()},
        "dialog": {k: (summary(v) if isinstance(v, list) else v) for k, v in dlg.items()},
        "sessions": sessions,
        "sessions_saved_ok": saved_ok,
        "quiet_ms": args.quiet * 1000,
    }


def max_rss_kb(path: str) -> int | None:
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    return int(m.group(1)) if m else None


def memory(args, env, binary, work):
    """Peak RSS over a full pass: every question answered, summary shown, quit."""
    time_bin = "/usr/bin/time"
    path = os.path.join(work, "memory.json")
    new_session(binary, path)
    out = os.path.join(work, "time-mlmaturity.txt")
    p = Pty([time_bin, "-v", "-o", out, binary, "open", path], args.rows, args.cols, env, args.quiet)
    p.wait_marker(WIZARD_MARKER, 10.0)
    total = len(json.loads(subprocess.run([binary, "questions", "--json"], capture_output=True, check=True,
                                          env=bench_env()).stdout))
    answered_keys = 0
    for _ in range(total):
        latency, _ = p.key(b"1")
        answered_keys += latency is not None
    p.key(b"q")
    status = p.close(10.0)
    wizard = {"kb": max_rss_kb(out), "exit": status, "answers_saved": answered_count(path), "questions": total}
    # dialog through the same kind of pass: tick every item, then OK.
    down = terminfo_key("kcud1", b"\x1bOB")
    out = os.path.join(work, "time-dialog.txt")
    p = Pty([time_bin, "-v", "-o", out] + dialog_argv(), args.rows, args.cols, env, args.quiet)
    p.wait_marker(DIALOG_MARKER, 10.0)
    for _ in range(DIALOG_ITEMS):
        p.key(b" ")
        p.key(down)
    p.send(b"\r")
    status = p.close(10.0)
    return {"mlmaturity": wizard, "dialog": {"kb": max_rss_kb(out), "exit": status}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--quiet", type=float, default=0.003)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--keys", type=int, default=540)
    parser.add_argument("--move-keys", type=int, default=200)
    parser.add_argument("--only", choices=["startup", "keys", "memory"], action="append")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    home = os.path.join(work, "home")
    os.makedirs(home, exist_ok=True)
    env = bench_env(home)
    result = {"rows": args.rows, "cols": args.cols, "quiet_ms": args.quiet * 1000}
    steps = args.only or ["startup", "keys", "memory"]
    for step, func in (("startup", startup), ("keys", key_latency), ("memory", memory)):
        if step in steps:
            t = time.monotonic()
            log(f"{step} ...")
            result[step] = func(args, env, binary, work)
            log(f"{step} done in {time.monotonic() - t:.1f} s")
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
