#!/usr/bin/env python3
"""Turns the JSON of tui_bench.py and batch.py into the one table that
bench/run.sh prints (plain text, also valid Markdown).

    python3 bench/report.py --tui tui.json --batch batch.json [--meta meta.json]
"""

import argparse
import json

TARGETS = {  # the goals of issue 16
    "startup": 1.0,  # × dialog, median
    "latency_median_ms": 1.0,  # absolute, answer key
    "latency_p99": 1.5,  # × dialog's p99
    "late_keys": 0,  # keys whose output came after the quiet window, or none
    "bytes_per_cell": 1.3,  # bytes per changed cell, answer keys
    "cells_per_answer": 600,  # changed cells per answer key at 120×40 (median)
    "batch": 0.5,  # × jq, trend over 10,000 sessions
    "linear": 10.5,  # trend over 10× the sessions, × the time for 1×
    "rss_mb": 15.0,  # absolute
}


def ms(v):
    return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms"


def verdict(ok):
    if ok is None:
        return "n/a"
    return "PASS" if ok else "MISS"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tui", required=True)
    parser.add_argument("--batch", required=True)
    parser.add_argument("--meta")
    args = parser.parse_args()
    tui = json.load(open(args.tui))
    batch = json.load(open(args.batch))
    meta = json.load(open(args.meta)) if args.meta else {}
    rows = []

    s = tui["startup"]
    m, d = s["mlmaturity"]["ms"], s["dialog"]["ms"]
    r = m["median"] / d["median"]
    rows.append((f"Start-up: exec → first full frame, median of {m['n']} (alternating runs)",
                 f"{ms(m['median'])} (`open`, nothing answered)",
                 f"{ms(d['median'])} (dialog --checklist, 28 items)",
                 f"{r:.2f}×", f"≤ {TARGETS['startup']}× dialog", verdict(r <= TARGETS["startup"])))
    rows.append(("  same, harness floor (fork+exec of printf)", ms(s["floor_ms"]["median"]), "", "", "", "info"))

    k = tui["keys"]
    wk, dk = k["mlmaturity"], k["dialog"]
    med = wk["ms"]["median"]
    rows.append((f"Answer key, median: key → last byte of its burst (n={wk['ms']['n']})",
                 f"{ms(med)} (answer key `1`)",
                 f"{ms(dk['ms']['median'])} (↓/↑ in the checklist)",
                 f"{med / dk['ms']['median']:.2f}×", f"≤ {TARGETS['latency_median_ms']:.0f} ms",
                 verdict(med <= TARGETS["latency_median_ms"])))
    r = wk["ms"]["p99"] / dk["ms"]["p99"]
    rows.append(("Answer key, p99", ms(wk["ms"]["p99"]), ms(dk["ms"]["p99"]), f"{r:.2f}×",
                 f"≤ {TARGETS['latency_p99']}× dialog", verdict(r <= TARGETS["latency_p99"])))
    mv = k["mlmaturity_move"]
    if mv["ms"].get("n"):
        rows.append((f"  same, wizard move key ↑/↓ in the index (n={mv['ms']['n']}): median / p99",
                     f"{ms(mv['ms']['median'])} / {ms(mv['ms']['p99'])}",
                     f"{ms(dk['ms']['median'])} / {ms(dk['ms']['p99'])}",
                     f"{mv['ms']['median'] / dk['ms']['median']:.2f}× / {mv['ms']['p99'] / dk['ms']['p99']:.2f}×",
                     "", "info"))
    late = wk["late_keys"] + wk["no_output"]
    rows.append((f"Answer keys with output after the {k['quiet_ms']:.0f} ms quiet window / with none",
                 f"{wk['late_keys']} / {wk['no_output']} of {wk['ms']['n'] + wk['no_output']}",
                 f"{dk['late_keys']} / {dk['no_output']}", "", "0", verdict(late <= TARGETS["late_keys"])))

    size = f"{tui['cols']}×{tui['rows']}"
    at_goal_size = (tui["cols"], tui["rows"]) == (120, 40)
    # Means, so the figure is all bytes over all changed cells.
    bytes_mean, cells_mean = wk["bytes"]["mean"], wk["cells"]["mean"]
    per_cell = bytes_mean / cells_mean if cells_mean else float("inf")
    rows.append((f"Bytes per changed cell, answer keys at {size} (all bytes / all changed cells)",
                 f"{per_cell:.2f} B ({bytes_mean:.0f} B for {cells_mean:.0f} cells per key)",
                 f"{dk['bytes']['mean']:.0f} B per arrow key", "",
                 f"≤ {TARGETS['bytes_per_cell']}", verdict(per_cell <= TARGETS["bytes_per_cell"])))
    cells = wk["cells"]["median"]
    rows.append((f"Changed cells per answer key at {size} (character changed; median)",
                 f"{cells:.0f} of {tui['rows'] * tui['cols']}",
                 f"{dk['cells']['median']:.0f}", "", f"≤ {TARGETS['cells_per_answer']} at 120×40",
                 verdict(cells <= TARGETS["cells_per_answer"]) if at_goal_size else "n/a"))

    b = batch
    unfair = b["mode"] != "trend"
    extra = ", extrapolated" if b["mlmaturity"].get("extrapolated") else ""
    how = (f"`score --json` × {b['count']:,} processes{extra}: UNFAIR, no `trend` yet"
           if unfair else "`trend DIR --format json`, one process")
    r = b["ratio"]
    agree = b["agreement"]
    rows.append((f"`trend` over {b['count']:,} sessions ({b['bytes'] / 1e6:.0f} MB), median",
                 f"{b['mlmaturity']['seconds']:.2f} s ({how})",
                 f"{b['jq']['seconds']:.2f} s (one jq process)",
                 f"{r:.2f}×", f"≤ {TARGETS['batch']}× jq",
                 verdict(r <= TARGETS["batch"]) + (" (unfair)" if unfair else "")))
    sc = b.get("scaled")
    if sc and sc.get("seconds"):
        times = sc["times_base"]
        scale = sc["count"] / b["count"]
        rows.append((f"  `trend` over {sc['count']:,} sessions vs {b['count']:,} (linear: {scale:.0f}×)",
                     f"{sc['seconds']:.2f} s", f"{b['mlmaturity']['seconds']:.2f} s", f"{times:.2f}×",
                     f"≤ {TARGETS['linear'] * scale / 10:.1f}×", verdict(times <= TARGETS["linear"] * scale / 10)))
    else:
        rows.append(("  `trend` over 10× the sessions", "not measured", "", "", f"≤ {TARGETS['linear']}×", "n/a"))
    rows.append(("  results agree (final ML Test Score per file)",
                 f"{agree['compared'] - agree['mismatches']}/{agree['compared']} equal",
                 "", "", "all equal", verdict(agree["ok"])))
    p = b.get("portfolio")
    if p and "error" in p:
        rows.append((f"Portfolio of {b['count']:,} sessions", f"failed: {p['error']}", "", "", "", "FAIL"))
    elif p:
        rows.append((f"Portfolio: latest per team and system of {b['count']:,} sessions",
                     f"{p['seconds']:.2f} s (`portfolio DIR --format json`, one process)",
                     f"{b['jq']['seconds']:.2f} s (same jq run)",
                     f"{p['ratio']:.2f}×", f"≤ {TARGETS['batch']}×", verdict(p["ratio"] <= TARGETS["batch"])))
        rows.append(("  latest session per team and system agrees",
                     f"{p['expected_teams'] - p['wrong_latest']}/{p['expected_teams']} equal",
                     "", "", "all equal", verdict(p["wrong_latest"] == 0 and p["teams"] == p["expected_teams"])))

    mem = tui["memory"]
    wm, dm = mem["mlmaturity"], mem["dialog"]
    if wm["kb"]:
        mb = wm["kb"] / 1024
        ref = f"{dm['kb'] / 1024:.1f} MB (dialog, all 28 ticked)" if dm["kb"] else "n/a"
        ratio = f"{wm['kb'] / dm['kb']:.2f}×" if dm["kb"] else ""
        rows.append((f"Peak RSS, full pass ({wm['answers_saved']}/{wm['questions']} answered, summary, quit)",
                     f"{mb:.1f} MB", ref, ratio, f"≤ {TARGETS['rss_mb']:.0f} MB", verdict(mb <= TARGETS["rss_mb"])))
    else:
        rows.append(("Peak RSS, full pass", "not measured", "", "", f"≤ {TARGETS['rss_mb']:.0f} MB", "n/a"))

    header = ("Figure", "mlmaturity", "reference", "ratio", "target", "result")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
    if meta:
        print()
        print(f"Machine: {meta.get('machine', '?')}; load average before/after: "
              f"{meta.get('load_before', '?')} / {meta.get('load_after', '?')}")
        print(f"pty {tui['cols']}x{tui['rows']}, TERM=xterm-256color, quiet window {tui['quiet_ms']:.0f} ms; "
              f"binary: {meta.get('binary', '?')} ({meta.get('build', '?')})")
        if meta.get("versions"):
            print(f"Versions: {meta['versions']}")
    if agree.get("note"):
        print(f"Batch note: {agree['note']}")


if __name__ == "__main__":
    main()
