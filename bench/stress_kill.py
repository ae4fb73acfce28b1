#!/usr/bin/env python3
"""Crash safety: answer questions in the real wizard and SIGKILL it at random.

Python 3 standard library and tmux only. Run by bench/stress.sh (long
version) and by Tests/EndToEndTests/HardeningCrashTests.swift (short one):

    python3 bench/stress_kill.py --bin .build/debug/mlmaturity --trials 200

Each trial:
1. copies a fresh session (all three frameworks, no answers) and opens it
   with `mlmaturity open` in a private tmux server (100x30);
2. presses `2` between 1 and 40 times with random gaps (0-30 ms); `2`
   answers the current question with its second option and moves on, so
   after n keys the first n questions should hold their second option;
3. now and then captures the screen twice; when both captures agree and
   the status line says `saved HH:MM:SS`, the header count N/91 is an
   answer count the screen showed as saved;
4. at a random moment (right after a key, after a short random delay, or
   right after a capture) sends SIGKILL to the wizard;
5. checks the file: `mlmaturity validate` exits 0 (it parses and every
   answer is valid), its answers are exactly the first m questions with
   their second option (no torn or foreign content), m is at least the
   largest count shown as saved, and m is at most the keys sent.

A loss is an answer the screen showed as saved that is not in the file.
Temporary files left by a kill in the middle of a save (`.NAME.tmp-XXXXXX`)
are counted and removed; they never replace the session.

Prints one summary line and exits 1 if any file did not parse, held
unexpected content, or lost a saved answer.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HEADER = re.compile(r" (\d+)/(\d+) ")
SAVED = re.compile(r"^ saved \d\d:\d\d:\d\d ")


class Tmux:
    """A private tmux server with one pane that the wizard is respawned in."""

    def __init__(self, columns: int, rows: int) -> None:
        self.socket = f"stress-{os.getpid()}-{random.randrange(1 << 30)}"
        self.run("new-session", "-d", "-s", "stress", "-x", str(columns), "-y", str(rows),
                 "sleep 1000000")
        self.run("set-option", "-t", "stress", "remain-on-exit", "on")
        self.run("set-option", "-t", "stress", "status", "off")

    def run(self, *arguments: str) -> str:
        result = subprocess.run(["tmux", "-f", "/dev/null", "-L", self.socket, *arguments],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(arguments)}: {result.stderr.strip()}")
        return result.stdout

    def respawn(self, command: str) -> None:
        self.run("respawn-pane", "-k", "-t", "stress", command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "stress")

    def pane_pid(self) -> int:
        return int(self.run("display-message", "-p", "-t", "stress", "#{pane_pid}").strip())

    def send(self, key: str) -> None:
        self.run("send-keys", "-t", "stress", key)

    def close(self) -> None:
        subprocess.run(["tmux", "-f", "/dev/null", "-L", self.socket, "kill-server"],
                       capture_output=True, check=False)


def shown_saved_count(tmux: Tmux) -> int | None:
    """The header's answer count if two captures agree and say saved."""
    first = tmux.screen()
    second = tmux.screen()
    if first != second:
        return None
    lines = first.split("\n")
    header = HEADER.search(lines[0]) if lines else None
    if header is None or not any(SAVED.match(line) for line in lines):
        return None
    return int(header.group(1))


def wait_until_gone(pid: int, timeout: float = 5) -> bool:
    """Whether `pid` is dead (gone or a zombie) within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as status:
                if any(line.startswith("State:") and "Z" in line for line in status):
                    return True
        except (FileNotFoundError, ProcessLookupError):
            return True
        time.sleep(0.005)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="the mlmaturity binary")
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-keys", type=int, default=40)
    parser.add_argument("--work", default=None, help="work folder (default: a new temp folder)")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 31)
    rng = random.Random(seed)
    binary = os.path.abspath(options.bin)
    work = options.work or tempfile.mkdtemp(prefix="mlmaturity-stress-")
    os.makedirs(work, exist_ok=True)

    questions = json.loads(subprocess.run([binary, "questions", "--json"], capture_output=True,
                                          text=True, check=True).stdout)
    expected = [(q["id"], q["answers"][1]) for q in questions]
    base = os.path.join(work, "base.json")
    if os.path.exists(base):
        os.unlink(base)
    subprocess.run([binary, "set", base, "--team", "Stress"], check=True)

    tmux = Tmux(100, 30)
    counts = {"trials": 0, "keys": 0, "saved_shown": 0, "answers_in_files": 0, "losses": 0,
              "unparsable": 0, "wrong_content": 0, "too_many": 0, "temp_files": 0,
              "mid_save_kills": 0, "stuck": 0}
    failures: list[str] = []
    started = time.monotonic()
    try:
        for trial in range(options.trials):
            folder = os.path.join(work, f"t{trial % 4}")
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            path = os.path.join(folder, "session.json")
            shutil.copyfile(base, path)
            tmux.respawn(f"exec '{binary}' open '{path}'")
            deadline = time.monotonic() + 10
            while "opened" not in tmux.screen():
                if time.monotonic() > deadline:
                    raise RuntimeError("the wizard did not start:\n" + tmux.screen())
                time.sleep(0.01)
            pid = tmux.pane_pid()
            keys = rng.randint(1, options.max_keys)
            kill_after = rng.randint(0, keys)  # keys sent before the kill
            saved_shown = 0
            sent = 0
            for _ in range(kill_after):
                tmux.send("2")
                sent += 1
                if rng.random() < 0.5:
                    time.sleep(rng.uniform(0, 0.03))
                if rng.random() < 0.25:
                    shown = shown_saved_count(tmux)
                    if shown is not None:
                        saved_shown = max(saved_shown, shown)
            mode = rng.choice(["now", "short", "capture"])
            if mode == "short":
                time.sleep(rng.uniform(0, 0.01))
            elif mode == "capture":
                shown = shown_saved_count(tmux)
                if shown is not None:
                    saved_shown = max(saved_shown, shown)
            os.kill(pid, signal.SIGKILL)
            if not wait_until_gone(pid):
                counts["stuck"] += 1
                failures.append(f"trial {trial}: pid {pid} survived SIGKILL")
            counts["trials"] += 1
            counts["keys"] += sent
            counts["saved_shown"] += saved_shown

            temporaries = [n for n in os.listdir(folder) if ".tmp-" in n]
            counts["temp_files"] += len(temporaries)
            if temporaries:
                counts["mid_save_kills"] += 1
            validate = subprocess.run([binary, "validate", path], capture_output=True, text=True,
                                      check=False)
            try:
                with open(path, encoding="utf-8") as handle:
                    answers = json.load(handle).get("answers", {})
            except (OSError, ValueError) as error:
                answers = None
                counts["unparsable"] += 1
                failures.append(f"trial {trial}: the file does not parse: {error}")
            if validate.returncode != 0 and answers is not None:
                counts["unparsable"] += 1
                failures.append(f"trial {trial}: validate exited {validate.returncode}: "
                                f"{validate.stderr.strip()}")
            if answers is None:
                continue
            m = len(answers)
            counts["answers_in_files"] += m
            prefix = {qid: value for qid, value in expected[:m]}
            got = {qid: entry.get("value") for qid, entry in answers.items()}
            if got != prefix:
                counts["wrong_content"] += 1
                failures.append(f"trial {trial}: the answers are not the first {m} questions")
            if m < saved_shown:
                counts["losses"] += saved_shown - m
                failures.append(f"trial {trial}: the screen showed {saved_shown} saved, "
                                f"the file has {m}")
            if m > sent:
                counts["too_many"] += 1
                failures.append(f"trial {trial}: {m} answers after {sent} keys")
    finally:
        tmux.close()
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    for failure in failures[:20]:
        print("stress: FAIL " + failure)
    print(
        f"stress: {counts['trials']} trials (seed {seed}), {counts['trials']} SIGKILLs, "
        f"{counts['keys']} answer keys, {counts['saved_shown']} answers shown as saved, "
        f"{counts['answers_in_files']} answers in the files, {counts['losses']} lost, "
        f"{counts['unparsable']} unparsable or invalid files, {counts['wrong_content']} with wrong "
        f"content, {counts['mid_save_kills']} kills mid-save ({counts['temp_files']} temp files "
        f"left beside the session), {elapsed:.1f} s"
    )
    bad = (counts["losses"] + counts["unparsable"] + counts["wrong_content"] + counts["too_many"]
           + counts["stuck"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
