#!/usr/bin/env python3
"""Concurrent writers: the real wizard in tmux plus two `set` loops on one file.

Python 3 standard library and tmux only. Run by `bash bench/stress.sh
--mode writers` (or directly):

    python3 bench/stress_writers.py --bin .build/debug/mlmaturity --trials 200

Each trial:
1. copies a fresh session (all three frameworks, no answers);
2. starts two `set` loops in threads, each running 2-8 `mlmaturity set`
   with random gaps (0-150 ms); loop A answers questions from the last 30
   with even positions, loop B those with odd ones, with random options, so
   the loops never touch the same question;
3. after a random delay (0-300 ms) opens the wizard in a private tmux
   server (100x30) with `mlmaturity open`, presses `2` between 1 and 20
   times with random gaps (0-30 ms), stays open for up to 3 s in 30% of
   the trials, and quits with `q`; `2` answers the
   current question with its second option and moves on, so the wizard
   answers the first n questions (the loops never touch those);
4. waits for everything, then checks the file: `mlmaturity validate`
   exits 0; every `set` that exited 0 has its answer in the file (the last
   one per question); every answer the wizard took (it exited 0 after
   "session saved to") is there; no `.lock` or `.tmp-` file is left.

A `set` that runs while the wizard holds the lock waits up to 2 s and then
exits 75 (EX_TEMPFAIL) naming the wizard: counted as refused, not lost.
Any other exit status is a failure. A loss is an answer a writer reported
as saved (exit 0) that is not in the file.

Prints one summary line and exits 1 on any loss, failure or leftover file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from stress_kill import Tmux


def set_loop(binary: str, path: str, questions: list[dict], runs: int, rng: random.Random,
             results: list[tuple[str, str, int, str]]) -> None:
    """Runs `set` `runs` times; appends (id, value, exit status, stderr)."""
    for _ in range(runs):
        question = rng.choice(questions)
        value = rng.choice(question["answers"])
        if value == "n/a":
            value = question["answers"][0]
        done = subprocess.run([binary, "set", path, f"{question['id']}={value}"],
                              capture_output=True, text=True, check=False)
        results.append((question["id"], value, done.returncode, done.stderr.strip()))
        time.sleep(rng.uniform(0, 0.15))


def run_wizard(tmux: Tmux, binary: str, path: str, status_file: str, keys: int,
               rng: random.Random) -> tuple[int | None, bool, str]:
    """Opens the wizard, presses `2` `keys` times, quits; returns its exit
    status (None when it did not end), whether it was read-only, and the
    last screen."""
    tmux.respawn(f"sh -c \"'{binary}' open '{path}'; echo $? > '{status_file}.part'; "
                 f"mv '{status_file}.part' '{status_file}'; sleep 1000000\"")
    deadline = time.monotonic() + 15
    screen = ""
    while "opened" not in screen and "read-only" not in screen:
        if time.monotonic() > deadline:
            raise RuntimeError("the wizard did not start:\n" + screen)
        time.sleep(0.01)
        screen = tmux.screen()
    read_only = "read-only" in screen
    for _ in range(keys):
        tmux.send("2")
        if rng.random() < 0.5:
            time.sleep(rng.uniform(0, 0.03))
    if rng.random() < 0.3:
        time.sleep(rng.uniform(0, 3))  # long enough for a waiting `set` to give up
    tmux.send("q")
    deadline = time.monotonic() + 20
    while not os.path.exists(status_file):
        if time.monotonic() > deadline:
            return None, read_only, tmux.screen()
        time.sleep(0.01)
    with open(status_file, encoding="utf-8") as handle:
        status = int(handle.read().strip() or "-1")
    return status, read_only, tmux.screen()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="the mlmaturity binary")
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-keys", type=int, default=20)
    parser.add_argument("--work", default=None, help="work folder (default: a new temp folder)")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 31)
    rng = random.Random(seed)
    binary = os.path.abspath(options.bin)
    work = options.work or tempfile.mkdtemp(prefix="mlmaturity-writers-")
    os.makedirs(work, exist_ok=True)

    questions = json.loads(subprocess.run([binary, "questions", "--json"], capture_output=True,
                                          text=True, check=True).stdout)
    wizard_expected = [(q["id"], q["answers"][1]) for q in questions]
    tail = questions[-30:]
    loops = [tail[0::2], tail[1::2]]
    base = os.path.join(work, "base.json")
    if os.path.exists(base):
        os.unlink(base)
    subprocess.run([binary, "set", base, "--team", "Stress"], check=True)

    tmux = Tmux(100, 30)
    counts = {"trials": 0, "sets": 0, "sets_saved": 0, "sets_refused": 0, "wizard_answers": 0,
              "read_only": 0, "lost": 0, "failures": 0, "leftovers": 0}
    failures: list[str] = []
    started = time.monotonic()
    try:
        for trial in range(options.trials):
            folder = os.path.join(work, f"t{trial % 4}")
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            path = os.path.join(folder, "session.json")
            shutil.copyfile(base, path)
            status_file = os.path.join(work, f"status-{trial}")
            results: list[list[tuple[str, str, int, str]]] = [[], []]
            threads = [
                threading.Thread(target=set_loop, args=(binary, path, loops[i],
                                                        rng.randint(2, 8),
                                                        random.Random(rng.random()), results[i]))
                for i in range(2)
            ]
            for thread in threads:
                thread.start()
            time.sleep(rng.uniform(0, 0.3))
            keys = rng.randint(1, options.max_keys)
            status, read_only, screen = run_wizard(tmux, binary, path, status_file, keys, rng)
            for thread in threads:
                thread.join()
            counts["trials"] += 1

            expected: dict[str, str] = {}
            for loop in results:
                for qid, value, code, stderr in loop:
                    counts["sets"] += 1
                    if code == 0:
                        counts["sets_saved"] += 1
                        expected[qid] = value
                    elif code == 75:
                        counts["sets_refused"] += 1
                    else:
                        counts["failures"] += 1
                        failures.append(f"trial {trial}: set exited {code}: {stderr}")
            if read_only:
                counts["read_only"] += 1
            elif status == 0:
                counts["wizard_answers"] += keys
                expected.update(dict(wizard_expected[:keys]))
            else:
                counts["failures"] += 1
                failures.append(f"trial {trial}: the wizard exited {status}:\n{screen}")

            validate = subprocess.run([binary, "validate", path], capture_output=True,
                                      text=True, check=False)
            if validate.returncode != 0:
                counts["failures"] += 1
                failures.append(f"trial {trial}: validate exited {validate.returncode}: "
                                f"{validate.stderr.strip()}")
                continue
            with open(path, encoding="utf-8") as handle:
                answers = json.load(handle).get("answers", {})
            for qid, value in expected.items():
                if answers.get(qid, {}).get("value") != value:
                    counts["lost"] += 1
                    failures.append(f"trial {trial}: {qid}={value} was saved, the file has "
                                    f"{answers.get(qid, {}).get('value')}")
            leftovers = [n for n in os.listdir(folder) if n != "session.json"]
            if leftovers:
                counts["leftovers"] += len(leftovers)
                failures.append(f"trial {trial}: files left beside the session: {leftovers}")
    finally:
        tmux.close()
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.monotonic() - started
    for failure in failures[:20]:
        print("stress: FAIL " + failure)
    print(
        f"stress writers: {counts['trials']} trials (seed {seed}), wizard + 2 set loops per "
        f"trial: {counts['sets']} set runs ({counts['sets_saved']} saved, "
        f"{counts['sets_refused']} refused with 75 while the wizard held the lock), "
        f"{counts['wizard_answers']} wizard answers saved ({counts['read_only']} read-only "
        f"opens), {counts['lost']} lost, {counts['failures']} failures, "
        f"{counts['leftovers']} leftover files, {elapsed:.1f} s"
    )
    return 1 if counts["lost"] + counts["failures"] + counts["leftovers"] else 0


if __name__ == "__main__":
    sys.exit(main())
