#!/usr/bin/env python3
"""Check the shipped question banks.

Usage: python3 Tests/Scripts/check_banks.py

(a) Validates every Resources/questions/*.json against
    Resources/schema/bank.schema.json (JSON Schema draft 2020-12).
(b) Checks the rules of docs/bank-format.md that the schema cannot express.
(c) Checks that every id in Tests/Fixtures/reference-ids.txt is covered by some
    question's `source`, and, when ../shared/reference/frameworks.md exists
    next to the repository, that every `source` id exists there (and is not an
    M-confidence item) and that official titles match it.
(d) Prints one line per problem and a summary line; exits 1 on any problem.

Needs python3 and the `jsonschema` package (4.x).
"""

import glob
import json
import os
import re
import sys

import jsonschema

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(SCRIPT_DIR))
sys.path.insert(0, SCRIPT_DIR)
import extract_reference_ids  # noqa: E402

SCHEMA_PATH = os.path.join(REPO_ROOT, "Resources", "schema", "bank.schema.json")
BANKS_GLOB = os.path.join(REPO_ROOT, "Resources", "questions", "*.json")
REFERENCE_IDS_PATH = os.path.join(REPO_ROOT, "Tests", "Fixtures", "reference-ids.txt")
# FRAMEWORKS_MD overrides the path (e.g. when run from a git worktree).
FRAMEWORKS_PATH = os.environ.get("FRAMEWORKS_MD") or os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "reference", "frameworks.md")
)

MAX_LABEL = 70
MAX_MESSAGE = 160
MLTS_TEST = re.compile(r"^MLTS-(D|M|I|MON)[0-9]+$")

# Official level names of the shipped banks (exact).
OFFICIAL_LEVEL_NAMES = {
    "azure": [
        "No MLOps",
        "DevOps but no MLOps",
        "Automated training",
        "Automated model deployment",
        "Full MLOps automated operations",
    ],
    "google": [
        "MLOps level 0: Manual process",
        "MLOps level 1: ML pipeline automation",
        "MLOps level 2: CI/CD pipeline automation",
    ],
    "mlts": ["0", "(0, 1]", "(1, 2]", "(2, 3]", "(3, 5]", "> 5"],
}

OFFICIAL_SECTION_TITLES = {
    "mlts": {
        "data": "Tests for Features and Data",
        "model": "Tests for Model Development",
        "infra": "Tests for ML Infrastructure",
        "monitor": "Monitoring Tests for ML",
    },
}


class Report:
    def __init__(self):
        self.problems = 0

    def problem(self, where, message):
        self.problems += 1
        print("%s: %s" % (where, message))


def json_path(parts):
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += "[%d]" % p
        else:
            out += "." + str(p)
    return out


def rel(path):
    return os.path.relpath(path, REPO_ROOT)


def strip_md(cell):
    """Remove markdown bold/code markers from a table cell."""
    return cell.replace("**", "").replace("`", "").strip()


def official_title(ident, row):
    """The exact official title a question citing `ident` first must carry, or None."""
    if MLTS_TEST.match(ident) and len(row) > 2:
        # | id | # | Short title | ...
        return strip_md(row[2])
    if ident.startswith("GC-L2-COMP-") and len(row) > 1:
        return strip_md(row[1])
    if ident in ("GC-L1-RAPID", "GC-L1-CT", "GC-L1-SYM", "GC-L1-MOD", "GC-L1-CDM", "GC-L1-PIPE"):
        return strip_md(row[1])
    return None


def is_m_confidence(row):
    return any(c.strip() == "M" for c in row[1:])


# Keys that some scorings forbid with a `false` subschema.
SCORING_KEYS = ("dimension", "level", "optional", "points")


def resolve(doc, parts):
    for p in parts:
        try:
            doc = doc[p]
        except (KeyError, IndexError, TypeError):
            return None
    return doc


def schema_location(bank, err):
    """JSON path of a schema error. A `false` subschema reached through $ref
    reports the parent object's path; add the forbidden key back."""
    parts = list(err.absolute_path)
    if err.validator is None:
        parent = resolve(bank, parts)
        if isinstance(parent, dict):
            keys = [k for k in SCORING_KEYS if k in parent and parent[k] == err.instance]
            if len(keys) == 1:
                parts.append(keys[0])
    return json_path(parts)


def schema_message(err):
    """A short message for a schema error (jsonschema's repeats the whole instance)."""
    if err.validator == "minItems":
        return "has %d items, at least %d required" % (len(err.instance), err.validator_value)
    if err.validator == "maxItems":
        return "has %d items, at most %d allowed" % (len(err.instance), err.validator_value)
    if err.validator is None or err.validator == "false":
        return "key not allowed for this scoring"
    message = err.message
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 3] + "..."
    return message


def check_schema(validator, path, bank, report):
    errors = sorted(validator.iter_errors(bank), key=lambda e: [str(p) for p in e.absolute_path])
    for err in errors:
        report.problem("%s: %s" % (rel(path), schema_location(bank, err)), "schema: " + schema_message(err))
    return not errors


def check_semantics(path, bank, seen_question_ids, report):
    where = rel(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    bank_id = bank.get("id")
    if bank_id != stem:
        report.problem("%s: $.id" % where, "bank id %r does not match file name %r" % (bank_id, stem))
    scoring = bank.get("scoring")

    levels = bank.get("levels") or []
    for i, lv in enumerate(levels):
        if isinstance(lv, dict) and lv.get("level") != i:
            report.problem("%s: $.levels[%d].level" % (where, i), "level must equal its index %d" % i)
    official = OFFICIAL_LEVEL_NAMES.get(bank_id)
    if official is not None:
        names = [lv.get("name") for lv in levels if isinstance(lv, dict)]
        if names != official:
            report.problem("%s: $.levels" % where, "level names %r differ from the official %r" % (names, official))

    section_ids = set()
    for si, section in enumerate(bank.get("sections") or []):
        if not isinstance(section, dict):
            continue
        spath = "%s: $.sections[%d]" % (where, si)
        sid = section.get("id")
        if sid in section_ids:
            report.problem(spath + ".id", "duplicate section id %r" % sid)
        section_ids.add(sid)
        titles = OFFICIAL_SECTION_TITLES.get(bank_id)
        if titles and sid in titles and section.get("title") != titles[sid]:
            report.problem(spath + ".title", "expected official title %r" % titles[sid])

        for qi, question in enumerate(section.get("questions") or []):
            if not isinstance(question, dict):
                continue
            qpath = "%s.questions[%d]" % (spath, qi)
            qid = question.get("id", "")
            if not str(qid).startswith("%s." % bank_id):
                report.problem(qpath + ".id", "question id %r must start with %r" % (qid, bank_id + "."))
            if qid in seen_question_ids:
                report.problem(qpath + ".id", "question id %r already used in %s" % (qid, seen_question_ids[qid]))
            else:
                seen_question_ids[qid] = where

            options = [o for o in (question.get("options") or []) if isinstance(o, dict)]
            ids = [o.get("id") for o in options]
            keys = [o.get("key") for o in options]
            for label, values in (("option id", ids), ("option key", keys)):
                dupes = sorted({v for v in values if values.count(v) > 1})
                if dupes:
                    report.problem(qpath + ".options", "duplicate %s(s): %s" % (label, ", ".join(map(str, dupes))))
            for oi, o in enumerate(options):
                text = o.get("label", "")
                if isinstance(text, str) and len(text) > MAX_LABEL:
                    report.problem(
                        "%s.options[%d].label" % (qpath, oi),
                        "label is %d characters, more than %d" % (len(text), MAX_LABEL),
                    )
                # Per-option next steps: every option but the most mature one
                # says how to reach the next; the most mature one has none.
                step = o.get("next")
                if oi == len(options) - 1:
                    if step is not None:
                        report.problem("%s.options[%d].next" % (qpath, oi), "the most mature option has no next step")
                elif not isinstance(step, str) or not step.strip():
                    report.problem(
                        "%s.options[%d]" % (qpath, oi),
                        "needs a \"next\" step to option %r" % options[oi + 1].get("id"),
                    )

            if scoring in ("ml-test-score", "google-levels"):
                points = [o.get("points") for o in options]
                if all(isinstance(p, (int, float)) for p in points):
                    if any(b <= a for a, b in zip(points, points[1:])):
                        report.problem(qpath + ".options", "points must be strictly increasing: %r" % points)
            if scoring == "azure-levels":
                lvls = [o.get("level") for o in options]
                if all(isinstance(v, int) for v in lvls) and lvls:
                    if any(b < a for a, b in zip(lvls, lvls[1:])):
                        report.problem(qpath + ".options", "option levels must never decrease: %r" % lvls)
                    if lvls[-1] != 4:
                        report.problem(qpath + ".options", "the last option must be level 4, not %r" % lvls[-1])


def check_rules(path, bank, report):
    """The fields that carry the sources' own conditions, and the change log."""
    where = rel(path)
    scoring = bank.get("scoring")
    groups = {}
    ids = set()
    for si, section in enumerate(bank.get("sections") or []):
        for qi, question in enumerate(section.get("questions") or []):
            if not isinstance(question, dict):
                continue
            qpath = "%s: $.sections[%d].questions[%d]" % (where, si, qi)
            ids.add(question.get("id"))
            roles = [k for k in ("optional", "recommended") if question.get(k) is True]
            if "anyOf" in question:
                roles.append("anyOf")
                groups.setdefault(question["anyOf"], []).append((qpath, question.get("level")))
            if len(roles) > 1:
                report.problem(qpath, "at most one of optional, recommended, anyOf: %s" % ", ".join(roles))
            for key in ("recommended", "anyOf"):
                if key in question and scoring != "google-levels":
                    report.problem(qpath + "." + key, "only google-levels questions have %r" % key)
            if "productDerived" in question and scoring != "azure-levels":
                report.problem(qpath + ".productDerived", "only azure-levels questions have 'productDerived'")
            applies = question.get("appliesWhen")
            if isinstance(applies, dict) and applies.get("source") not in (question.get("source") or []):
                report.problem(
                    qpath + ".appliesWhen.source",
                    "%r must be one of the question's own source ids" % applies.get("source"),
                )
    for group, members in sorted(groups.items()):
        if len(members) < 2 or len({level for _, level in members}) != 1:
            report.problem(members[0][0] + ".anyOf", "anyOf group %r needs 2+ questions at one level" % group)

    def version_key(text):
        try:
            return tuple(int(part) for part in str(text).split("."))
        except ValueError:
            return ()

    for ci, change in enumerate(bank.get("changes") or []):
        cpath = "%s: $.changes[%d]" % (where, ci)
        if not isinstance(change, dict):
            continue
        if version_key(change.get("from")) >= version_key(bank.get("version")):
            report.problem(cpath + ".from", "%r is not older than the bank's version" % change.get("from"))
        current = list(change.get("added") or []) + list(change.get("reworded") or [])
        current += list((change.get("renamed") or {}).values()) + list((change.get("options") or {}).keys())
        for ident in current:
            if ident not in ids:
                report.problem(cpath, "%s is not a question of this version" % ident)
        for ident in list(change.get("removed") or []) + list((change.get("renamed") or {}).keys()):
            if ident in ids:
                report.problem(cpath, "%s is removed or renamed but still a question" % ident)


def check_sources(banks, report):
    """Coverage of reference-ids.txt, and source ids against frameworks.md."""
    cited = {}
    for path, bank in banks:
        for si, section in enumerate(bank.get("sections") or []):
            for qi, question in enumerate(section.get("questions") or []):
                for k, ident in enumerate(question.get("source") or []):
                    cited.setdefault(ident, []).append(
                        ("%s: $.sections[%d].questions[%d].source[%d]" % (rel(path), si, qi, k), question)
                    )

    if os.path.exists(REFERENCE_IDS_PATH):
        with open(REFERENCE_IDS_PATH, encoding="utf-8") as f:
            required = [line.strip() for line in f if line.strip()]
        for ident in required:
            if ident not in cited:
                report.problem(rel(REFERENCE_IDS_PATH), "%s is not in any question's source" % ident)
    else:
        report.problem(rel(REFERENCE_IDS_PATH), "file not found")

    if not os.path.exists(FRAMEWORKS_PATH):
        print("note: %s not found; skipping the source-id checks against it" % FRAMEWORKS_PATH)
        return
    with open(FRAMEWORKS_PATH, encoding="utf-8") as f:
        known = extract_reference_ids.parse_ids(f.read())
    if os.path.exists(REFERENCE_IDS_PATH):
        expected = extract_reference_ids.required_ids(known)
        with open(REFERENCE_IDS_PATH, encoding="utf-8") as f:
            listed = [line.strip() for line in f if line.strip()]
        if listed != expected:
            missing = sorted(set(expected) - set(listed))
            extra = sorted(set(listed) - set(expected))
            report.problem(
                rel(REFERENCE_IDS_PATH),
                "differs from extract_reference_ids.py output (missing: %s; extra: %s; or not sorted)"
                % (", ".join(missing) or "none", ", ".join(extra) or "none"),
            )
    for ident, uses in sorted(cited.items()):
        if ident not in known:
            for where, _ in uses:
                report.problem(where, "%s does not exist in frameworks.md" % ident)
            continue
        row = known[ident]
        if is_m_confidence(row):
            for where, _ in uses:
                report.problem(where, "%s is an M-confidence (unverified) item" % ident)
        title = official_title(ident, row)
        if title is None:
            continue
        for where, question in uses:
            if question.get("source", [None])[0] == ident and question.get("title") != title:
                report.problem(
                    where.rsplit(".source", 1)[0] + ".title",
                    "title %r should be the official %r" % (question.get("title"), title),
                )


def check_format(path, text, bank, report):
    canonical = json.dumps(bank, indent=2, ensure_ascii=False) + "\n"
    if text != canonical:
        report.problem(rel(path), "not pretty-printed with 2-space indentation and a trailing newline")


def check_presentation(banks, report):
    """Every shipped bank gives its `shortName` and a unique `order` (the
    wizard's short name and the display order come from the files)."""
    orders = {}
    for path, bank in banks:
        for key in ("shortName", "order"):
            if key not in bank:
                report.problem(rel(path), "a shipped bank needs %r" % key)
        order = bank.get("order")
        if order is not None:
            if order in orders:
                report.problem(rel(path) + ".order", "order %r is also %s's" % (order, orders[order]))
            orders[order] = rel(path)


def main():
    report = Report()
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    paths = sorted(glob.glob(BANKS_GLOB))
    banks = []
    seen_question_ids = {}
    n_questions = 0
    for path in paths:
        with open(path, "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            report.problem(rel(path), "starts with a UTF-8 BOM")
        try:
            text = raw.decode("utf-8-sig")
            bank = json.loads(text)
        except (UnicodeDecodeError, ValueError) as e:
            report.problem(rel(path), "not valid UTF-8 JSON: %s" % e)
            continue
        check_format(path, text, bank, report)
        check_schema(validator, path, bank, report)
        if not isinstance(bank, dict):
            continue
        check_semantics(path, bank, seen_question_ids, report)
        check_rules(path, bank, report)
        banks.append((path, bank))
        for section in bank.get("sections") or []:
            if isinstance(section, dict):
                n_questions += len(section.get("questions") or [])

    if not paths:
        report.problem(rel(os.path.dirname(BANKS_GLOB)), "no question banks found")
    check_sources(banks, report)
    check_presentation(banks, report)

    print("banks: %d files, %d questions, %d problems" % (len(paths), n_questions, report.problems))
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
