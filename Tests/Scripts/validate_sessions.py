#!/usr/bin/env python3
"""Validate session files against Resources/schema/session.schema.json.

Usage: python3 Tests/Scripts/validate_sessions.py FILE...

Prints one line per problem (file, JSON path, message) and a summary line
`sessions: N files, M problems`; exits 1 on any problem. Needs `jsonschema`.
"""

import json
import os
import sys

import jsonschema

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA_PATH = os.path.join(REPO_ROOT, "Resources", "schema", "session.schema.json")


def main(paths):
    with open(SCHEMA_PATH, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            where = "/".join(str(part) for part in error.path) or "(root)"
            print(f"{path}: {where}: {error.message}")
            problems += 1
    print(f"sessions: {len(paths)} files, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1:]))
