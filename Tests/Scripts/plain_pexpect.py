#!/usr/bin/env python3
"""Drives `mlmaturity --plain` in a pseudo-terminal with pexpect, as a
screen-reader user would: every path of the plain mode, each checked by
what it prints and by the session file it leaves.

Usage: plain_pexpect.py PATH-TO-MLMATURITY
"""
import json
import os
import sys
import tempfile

import pexpect

BINARY = sys.argv[1]


def spawn(args, home):
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + "/data", TERM="dumb",
               MLMATURITY_NOW="2026-11-26T10:00:00Z")
    child = pexpect.spawn(BINARY, args, env=env, encoding="utf-8", timeout=20)
    return child


def expect(child, text):
    child.expect_exact(text)


def sessions(home):
    folder = home + "/data/mlmaturity/sessions"
    return sorted(n for n in os.listdir(folder) if not n.startswith(".")) if os.path.isdir(folder) else []


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main():
    home = tempfile.mkdtemp()
    # New: the form, then answers, n/a with a reason, note, back, undo, go to.
    child = spawn(["--plain"], home)
    expect(child, "Team> ")
    child.sendline("Payments")
    expect(child, "ML system> ")
    child.sendline("fraud-scoring")
    expect(child, "Facilitator> ")
    child.sendline("Ana")
    expect(child, "Participants, separated by commas> ")
    child.sendline("Ana, Bo")
    expect(child, "Enter if unknown (every question applies)> ")
    child.sendline("")
    expect(child, "Enter for all> ")
    child.sendline("3")
    expect(child, "Enter for no timebox> ")
    child.sendline("")
    expect(child, "default folder> ")
    child.sendline("")
    expect(child, "Question 1 of 28, ML Test Score, Tests for Features and Data 1 of 7.")
    expect(child, "Answer> ")
    child.sendline("2")
    expect(child, "Saved: Manual")
    expect(child, "Answer> ")
    child.sendline("0")
    expect(child, "Why does this question not apply?> ")
    child.sendline("no new features planned")
    expect(child, "Saved: not applicable.")
    expect(child, "Answer> ")
    child.sendline("n")
    expect(child, "Note for this question")
    child.sendline("checked by hand")
    expect(child, "Note saved.")
    expect(child, "Answer> ")
    child.sendline("b")
    expect(child, "Current answer: not applicable, because no new features planned.")
    expect(child, "Answer> ")
    child.sendline("u")
    expect(child, "Undone")
    expect(child, "Answer> ")
    child.sendline("g mlts.monitor.1")
    expect(child, "Question 22 of 28")
    expect(child, "Answer> ")
    child.sendline("v")
    expect(child, "Vote 1 of 2, Ana> ")
    child.sendline("3")
    expect(child, "Vote 2 of 2, Bo> ")
    child.sendline("2")
    expect(child, "The votes disagree.")
    expect(child, "Agreed answer")
    child.sendline("3")
    expect(child, "Why did the team agree?")
    child.sendline("alerts exist")
    expect(child, "Who disagreed")
    child.sendline("Bo: only by hand")
    expect(child, "Agreed: Automated")
    expect(child, "Answer> ")
    child.sendline("")
    expect(child, "Skipped.")
    expect(child, "Answer> ")
    child.sendline("s")
    expect(child, "How it is computed:")
    expect(child, "Answer> ")
    child.sendline("?")
    expect(child, "g ID or words: go to a question")
    expect(child, "Answer> ")
    child.sendline("q")
    expect(child, "Session saved to ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.exitstatus
    files = sessions(home)
    assert len(files) == 1, files
    path = home + "/data/mlmaturity/sessions/" + files[0]
    data = load(path)
    answers = data["answers"]
    assert data["team"] == "Payments" and data["participants"] == ["Ana", "Bo"], data
    assert answers["mlts.data.1"]["value"] == "manual", answers
    assert answers["mlts.data.2"]["value"] == "n/a", answers
    assert "note" not in answers["mlts.data.2"], answers  # undone
    assert answers["mlts.monitor.1"]["votes"] == {"Ana": "automated", "Bo": "manual"}
    assert answers["mlts.monitor.1"]["dissent"] == "Bo: only by hand"

    # Resume from the start list: continue, then review with Enter keeping.
    child = spawn(["--plain"], home)
    expect(child, "1. Payments · fraud-scoring, 2026-11-26, 3 of 28 answered")
    child.sendline("1")
    expect(child, "Type c to continue with the 25 unanswered, r to review all 28")
    child.sendline("r")
    expect(child, "Current answer: Manual")
    child.sendline("")
    expect(child, "Kept.")
    expect(child, "Answer> ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert load(path)["answers"]["mlts.data.1"]["value"] == "manual"

    # Empty input: no file.
    other = tempfile.mkdtemp()
    child = spawn(["--plain"], other)
    expect(child, "Team> ")
    child.sendeof()
    expect(child, "No input: nothing was saved.")
    child.expect(pexpect.EOF)
    assert sessions(other) == [], sessions(other)
    print("plain mode: all paths passed")


if __name__ == "__main__":
    main()
