#!/usr/bin/env python3
"""Writes N session files with random answers to every question, in the
format `mlmaturity set` writes (formatVersion 1), straight from Python.

    mlmaturity questions --json > q.json
    python3 bench/gen_sessions.py --questions q.json --template t.json --out DIR --count 10000

--template is a session made by `mlmaturity set` (its top-level fields,
framework list and bank versions are copied, so the files match what the
installed banks expect). Deterministic for a given --seed.
"""

import argparse
import json
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", required=True, help="output of `mlmaturity questions --json`")
    parser.add_argument("--template", required=True, help="a session file made by `mlmaturity set`")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with open(args.questions, encoding="utf-8") as f:
        questions = json.load(f)
    with open(args.template, encoding="utf-8") as f:
        template = json.load(f)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    width = len(str(args.count - 1))
    for n in range(args.count):
        # One assessment a day or so, over a few years, for ~40 teams.
        day = n // 8
        year, rest = 2021 + day // 336, day % 336
        date = f"{year}-{rest // 28 + 1:02d}-{rest % 28 + 1:02d}"
        stamp = f"{date}T{9 + n % 8:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        answers = {}
        for q in sorted(questions, key=lambda q: q["id"]):
            answers[q["id"]] = {"value": rng.choice(q["answers"]), "answeredAt": stamp}
        session = dict(template)
        session.update(
            team=f"team-{n % 40:02d}",
            system=f"system-{n % 13:02d}",
            date=date,
            createdAt=stamp,
            updatedAt=stamp,
            answers=answers,
        )
        path = os.path.join(args.out, f"s{n:0{width}d}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(session, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
