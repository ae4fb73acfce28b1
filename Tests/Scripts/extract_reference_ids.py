#!/usr/bin/env python3
"""Extract reference ids from the framework fact reference (frameworks.md).

Usage:
    python3 Tests/Scripts/extract_reference_ids.py [FRAMEWORKS_MD] [> Tests/Fixtures/reference-ids.txt]

FRAMEWORKS_MD defaults to ../shared/reference/frameworks.md relative to the
repository root. Prints, one per line and sorted, every reference id that the
shipped question banks must cover (see required_ids below).

The module is also imported by check_banks.py, which uses parse_ids() to know
which ids exist in the reference at all.
"""

import os
import re
import sys

# An id in the first cell of a markdown table row, e.g. "AZ-L0-TECH-1",
# "GC-L1-VAL-ONLINE", "MLTS-MON3", or a range such as "AZ-L3-CREATE-1..4".
_ID_CELL = re.compile(r"^((?:AZ|GC|MLTS)(?:-[A-Z0-9]+)+?)(?:\.\.(\d+))?$")

# Azure: every id in the People, Model creation, Model release, Application
# integration and Technology columns of levels 0-4 (not highlights, notes or
# derived rows).
_AZURE_REQUIRED = re.compile(r"^AZ-L[0-4]-(PEOPLE|CREATE|RELEASE|INTEG|TECH)-\d+$")
# Google: the level-1 characteristics and components, and the level-2
# components, CI tests and CD items.
_GOOGLE_REQUIRED = re.compile(
    r"^GC-L1-(RAPID|CT|SYM|MOD|CDM|PIPE|VAL|VAL-D|VAL-M|VAL-ONLINE|FS|META|TRIG)$"
    r"|^GC-L2-(COMP|CI|CD)-\d+$"
)
# ML Test Score: the 28 tests.
_MLTS_REQUIRED = re.compile(r"^MLTS-(D|M|I|MON)\d+$")


def default_reference_path():
    repo_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.normpath(os.path.join(repo_root, "..", "shared", "reference", "frameworks.md"))


def _expand(cell):
    """Return the ids a first table cell stands for (ranges expanded), or []."""
    m = _ID_CELL.match(cell)
    if not m:
        return []
    base, end = m.group(1), m.group(2)
    if end is None:
        return [base]
    head, _, start = base.rpartition("-")
    if not start.isdigit():
        return [base]
    return ["%s-%d" % (head, n) for n in range(int(start), int(end) + 1)]


def parse_ids(text):
    """Map every id defined in the reference's tables to its table row cells.

    Only the first cell of a table row defines an id. Ranges like
    "AZ-L4-RELEASE-1..3" define each id in the range.
    """
    ids = {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if not cells:
            continue
        for ident in _expand(cells[0]):
            ids[ident] = cells
    return ids


def required_ids(ids):
    """The ids the shipped banks must cover, sorted."""
    wanted = [
        i for i in ids
        if _AZURE_REQUIRED.match(i) or _GOOGLE_REQUIRED.match(i) or _MLTS_REQUIRED.match(i)
    ]
    return sorted(wanted)


def main(argv):
    path = argv[1] if len(argv) > 1 else default_reference_path()
    with open(path, encoding="utf-8") as f:
        ids = parse_ids(f.read())
    for ident in required_ids(ids):
        print(ident)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
