#!/usr/bin/env python3
"""The batch figure of bench/run.sh: the ML Test Score of N generated
session files, by mlmaturity and by one jq invocation. Prints one JSON object.

    python3 bench/batch.py --bin .build-bench/release/mlmaturity --work DIR [--count 10000]

mlmaturity side: `mlmaturity trend DIR --format json` when the binary has a
`trend` subcommand (its `trend --help` exits 0 and shows a
"USAGE: mlmaturity trend" line; a bare exit 0 is not enough, because an
unknown word falls through to the default `start` subcommand, whose help
exits 0 too). Otherwise one `mlmaturity score --json FILE` process per file,
run one after another by xargs: that pays a process start and the bank
loading 10,000 times and is reported as an unfair comparison.

jq side: bench/mlts.jq over all files in a single jq process.

Portfolio: when the binary has a `portfolio` subcommand (detected like
`trend`), `mlmaturity portfolio DIR --format json` is timed the same way and
its ratio to the same jq run reported. Its choice of the latest session per
team and system is checked against one computed here from the files (by
date, then updatedAt, then file name).

Agreement: the final ML Test Score per file from both sides, compared on
every file that both report (at least a sample of 200 is required).

Linearity (`--scale K`, default 10): `trend` once more over K times the
files (K hard links to each generated file, under other names: the same
parsing and scoring work per file, without writing K times the data), timed
once and compared with K times the time for N files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def log(message: str) -> None:
    print(f"batch: {message}", file=sys.stderr, flush=True)


def has_command(binary: str, name: str) -> bool:
    try:
        run = subprocess.run([binary, name, "--help"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return run.returncode == 0 and f"USAGE: mlmaturity {name}" in run.stdout


def has_trend(binary: str) -> bool:
    return has_command(binary, "trend")


def expected_latest(data: str, files) -> dict[tuple[str, str], str]:
    """The latest file per (team, system): greatest (date, updatedAt, name)."""
    best: dict[tuple[str, str], tuple[str, str, str]] = {}
    for name in files:
        with open(os.path.join(data, name), encoding="utf-8") as f:
            doc = json.load(f)
        key = (doc.get("team", ""), doc.get("system", ""))
        rank = (doc.get("date") or doc.get("updatedAt", "")[:10], doc.get("updatedAt", ""), name)
        if key not in best or rank > best[key]:
            best[key] = rank
    return {key: rank[2] for key, rank in best.items()}


def measure_portfolio(binary: str, data: str, files, runs: int, jq_seconds: float, work: str):
    """Times `portfolio DIR --format json`; checks its latest per team."""
    argv = [binary, "portfolio", data, "--format", "json"]
    out = os.path.join(work, "portfolio.out")
    times = []
    for _ in range(runs):
        with open(out, "w") as f:
            seconds, done = timed(argv, stdout=f, timeout=600)
        if done.returncode != 0:
            return {"error": f"exit {done.returncode}: {done.stderr.decode(errors='replace')[:300]}"}
        times.append(seconds)
    with open(out, encoding="utf-8") as f:
        doc = json.load(f)
    chosen = {(t["team"], t["system"]): os.path.basename(t["latest"]["file"]) for t in doc["teams"]}
    expected = expected_latest(data, files)
    wrong = [key for key in expected if chosen.get(key) != expected[key]]
    median = statistics.median(times)
    return {"seconds": median, "runs": times, "ratio": median / jq_seconds,
            "command": "mlmaturity portfolio DIR --format json",
            "teams": len(chosen), "expected_teams": len(expected), "wrong_latest": len(wrong),
            "examples": [[*key, chosen.get(key), expected[key]] for key in wrong[:5]]}


def timed(argv, cwd=None, stdout=None, stdin=None, timeout=None):
    """Runs argv; returns (wall seconds, completed process)."""
    t = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=stdout, stdin=stdin, stderr=subprocess.PIPE,
                          timeout=timeout)
    return time.perf_counter() - t, done


def json_documents(text: str):
    """Every top-level JSON value in text (concatenated documents)."""
    decoder = json.JSONDecoder()
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        value, i = decoder.raw_decode(text, i)
        yield value


def finals_from_score_docs(docs) -> dict[str, float]:
    out = {}
    for doc in docs:
        mlts = doc.get("mlTestScore") if isinstance(doc, dict) else None
        if isinstance(mlts, dict) and "final" in mlts and "file" in doc:
            out[os.path.basename(doc["file"])] = float(mlts["final"])
    return out


def finals_from_trend(value) -> dict[str, float]:
    """Any object that names a file (file/path/session) and holds an ML Test
    Score, itself or under "results": mlTestScore.score (the trend format:
    groups[].sessions[] = {file, results: {mlTestScore: {score}}}),
    mlTestScore.final, or a numeric mlTestScore."""
    out: dict[str, float] = {}

    def visit(node):
        if isinstance(node, dict):
            name = next((node[k] for k in ("file", "path", "session", "source") if isinstance(node.get(k), str)), None)
            score = None
            holders = [node] + [node[k] for k in ("results", "scores") if isinstance(node.get(k), dict)]
            for holder in holders:
                for key in ("mlTestScore", "mlts", "mlTestScoreFinal"):
                    v = holder.get(key)
                    if isinstance(v, dict):
                        for field in ("final", "score"):
                            if isinstance(v.get(field), (int, float)) and not isinstance(v.get(field), bool):
                                score = v[field]
                                break
                    elif isinstance(v, (int, float)) and not isinstance(v, bool):
                        score = v
            if name is not None and score is not None:
                out[os.path.basename(name)] = float(score)
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)

    visit(value)
    return out


def scaled_trend(binary, data, folder, files, scale, seconds):
    """`trend` over `scale` copies of every file: its time, and its
    ratio to `scale` times `seconds` (1.0 is exactly linear). Copies, not
    hard links: `trend` reads a file reached twice (same device and inode)
    once, so links would measure the 10,000 files again."""
    marker = os.path.join(folder, f".complete-copies-{len(files)}x{scale}")
    if not os.path.exists(marker):
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                os.unlink(os.path.join(folder, name))
        os.makedirs(folder, exist_ok=True)
        for copy in range(scale):
            for name in files:
                shutil.copyfile(os.path.join(data, name), os.path.join(folder, f"c{copy}-{name}"))
        open(marker, "w").close()
    with open(os.devnull, "w") as out:
        took, done = timed([binary, "trend", folder, "--format", "json"], stdout=out, timeout=900)
    if done.returncode != 0:
        log(f"scaled trend failed (exit {done.returncode})")
        return {"count": len(files) * scale, "seconds": None}
    return {"count": len(files) * scale, "seconds": took, "times_base": took / seconds,
            "linear_ratio": took / (seconds * scale)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--jq-runs", type=int, default=3)
    parser.add_argument("--trend-runs", type=int, default=3)
    parser.add_argument("--per-file-budget", type=float, default=240.0,
                        help="seconds before the per-file run is stopped and extrapolated")
    parser.add_argument("--force-per-file", action="store_true", help="ignore `trend` even when present")
    parser.add_argument("--scale", type=int, default=10,
                        help="also time `trend` over this many times the files (0: skip)")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    work = os.path.abspath(args.work)
    data = os.path.join(work, "sessions")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")

    # 1. Sessions: N files with every question answered at random.
    questions = os.path.join(work, "questions.json")
    with open(questions, "w", encoding="utf-8") as f:
        subprocess.run([binary, "questions", "--json"], stdout=f, check=True, env=env)
    with open(questions, encoding="utf-8") as f:
        qs = json.load(f)
    sections = sorted({q["section"] for q in qs if q["framework"] == "mlts"},
                      key=lambda s: [q["section"] for q in qs if q["framework"] == "mlts"].index(s))
    marker = os.path.join(data, f".complete-{args.count}")
    if not os.path.exists(marker):
        template = os.path.join(work, "template.json")
        if os.path.exists(template):
            os.unlink(template)
        subprocess.run([binary, "set", template], check=True, env=env)
        if os.path.isdir(data):
            for name in os.listdir(data):
                os.unlink(os.path.join(data, name))
        t = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(HERE, "gen_sessions.py"), "--questions", questions,
                        "--template", template, "--out", data, "--count", str(args.count)], check=True)
        log(f"generated {args.count} sessions in {time.perf_counter() - t:.1f} s")
        open(marker, "w").close()
    files = sorted(n for n in os.listdir(data) if n.endswith(".json"))
    total_bytes = sum(os.path.getsize(os.path.join(data, n)) for n in files)
    # Validate a few with the tool itself, so the generator cannot drift.
    sample = random.Random(1).sample(files, min(20, len(files)))
    check = subprocess.run([binary, "validate"] + [os.path.join(data, n) for n in sample],
                           capture_output=True, text=True, env=env)
    if check.returncode != 0:
        log(f"generated sessions do not validate:\n{check.stdout}{check.stderr}")
        sys.exit(1)
    for n in files:  # page cache warm for both sides
        with open(os.path.join(data, n), "rb") as f:
            f.read()

    # 2. jq, one process over all files (names relative to keep argv short).
    jq_out = os.path.join(work, "jq.out")
    jq_times = []
    jq_argv = ["jq", "-n", "-c", "--argjson", "sections", json.dumps(sections), "-f",
               os.path.join(HERE, "mlts.jq")] + files
    for _ in range(args.jq_runs):
        with open(jq_out, "w") as f:
            seconds, done = timed(jq_argv, cwd=data, stdout=f)
        if done.returncode != 0:
            log(f"jq failed: {done.stderr.decode(errors='replace')[:500]}")
            sys.exit(1)
        jq_times.append(seconds)
    jq_finals = {}
    with open(jq_out, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            jq_finals[os.path.basename(row["file"])] = float(row["final"])

    # 3. mlmaturity.
    result = {"count": len(files), "bytes": total_bytes, "sections": sections,
              "jq": {"seconds": statistics.median(jq_times), "runs": jq_times}}
    mode = "trend" if has_trend(binary) and not args.force_per_file else "per-file"
    ml_out = os.path.join(work, "mlmaturity.out")
    ml_finals: dict[str, float] = {}
    note = ""
    if mode == "trend":
        times = []
        argv = [binary, "trend", data, "--format", "json"]
        for _ in range(args.trend_runs):
            with open(ml_out, "w") as f:
                seconds, done = timed(argv, stdout=f, timeout=600)
            if done.returncode != 0:
                note = f"`trend` failed (exit {done.returncode}): {done.stderr.decode(errors='replace')[:300]}"
                log(note + "; falling back to score --json per file")
                mode = "per-file"
                break
            times.append(seconds)
        if mode == "trend":
            result["mlmaturity"] = {"seconds": statistics.median(times), "runs": times,
                                    "command": " ".join(["mlmaturity", "trend", "DIR", "--format", "json"])}
            try:
                with open(ml_out, encoding="utf-8") as f:
                    docs = list(json_documents(f.read()))
                ml_finals = finals_from_trend(docs)
            except ValueError as error:
                note = f"trend output is not JSON: {error}"
    if mode == "per-file":
        listing = os.path.join(work, "files.txt")
        with open(listing, "w") as f:
            f.write("".join(n + "\n" for n in files))
        # Bounded: past --per-file-budget seconds the run is stopped and the
        # time for all files extrapolated from the files done (reported).
        with open(ml_out, "w") as f, open(listing) as names:
            t = time.perf_counter()
            proc = subprocess.Popen(["xargs", "-n", "1", binary, "score", "--json"], cwd=data, stdout=f,
                                    stdin=names, stderr=subprocess.PIPE, start_new_session=True)
            try:
                _, err = proc.communicate(timeout=args.per_file_budget)
                stopped = False
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                _, err = proc.communicate()
                stopped = True
            seconds = time.perf_counter() - t
        if not stopped and proc.returncode not in (0, 123):  # 123: some invocation exited 1..125
            log(f"score --json failed: {err.decode(errors='replace')[:500]}")
            sys.exit(1)
        with open(ml_out, encoding="utf-8") as f:
            text = f.read()
        if stopped:  # drop a document cut off by the kill
            text = text[: text.rfind("\n}\n") + 3] if "\n}\n" in text else ""
        ml_finals = finals_from_score_docs(json_documents(text))
        done_files = len(ml_finals)
        if stopped:
            seconds = seconds / max(1, done_files) * len(files)
            note = (f"per-file run stopped after {args.per_file_budget:.0f} s at {done_files} files; "
                    f"time for all {len(files)} extrapolated")
            log(note)
        result["mlmaturity"] = {"seconds": seconds, "runs": [seconds], "files_run": done_files,
                                "extrapolated": stopped,
                                "command": "xargs -n 1 mlmaturity score --json  (one process per file)"}
    if mode == "trend" and len(ml_finals) < 200:
        # The trend output did not name files with their scores: check a
        # sample with score --json instead (same code path for the maths).
        sample = random.Random(2).sample(files, min(200, len(files)))
        out = subprocess.run(["xargs", "-n", "1", binary, "score", "--json"], cwd=data,
                             input="".join(n + "\n" for n in sample), capture_output=True, text=True)
        ml_finals = finals_from_score_docs(json_documents(out.stdout))
        note = (note + "; " if note else "") + "agreement checked with score --json on 200 files " \
            "(trend output names no per-file ML Test Score)"
    result["mode"] = mode
    common = sorted(set(ml_finals) & set(jq_finals))
    mismatches = [n for n in common if abs(ml_finals[n] - jq_finals[n]) > 1e-9]
    result["agreement"] = {"compared": len(common), "mismatches": len(mismatches),
                           "examples": [(n, ml_finals[n], jq_finals[n]) for n in mismatches[:5]],
                           "ok": len(common) >= min(200, len(files)) and not mismatches, "note": note}
    result["ratio"] = result["mlmaturity"]["seconds"] / result["jq"]["seconds"]
    if has_command(binary, "portfolio"):
        result["portfolio"] = measure_portfolio(binary, data, files, args.trend_runs,
                                                result["jq"]["seconds"], work)
    if mode == "trend" and args.scale > 1:
        result["scaled"] = scaled_trend(binary, data, os.path.join(work, "scaled"), files, args.scale,
                                        result["mlmaturity"]["seconds"])
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
