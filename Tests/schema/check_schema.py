#!/usr/bin/env python3
"""Checks the plan format's JSON Schema with an independent validator (Python's jsonschema).

usage: check_schema.py [REPO_ROOT]

1. The schema printed by `cycleplan schema` (the string in PlanSchema.swift) is a valid
   draft-07 schema.
2. Every shipped plan, every shared file under plans/ and every valid fixture passes it,
   read as an editor reads YAML (YAML 1.2: dates and `1_200_000` stay strings).
3. Every invalid fixture whose expected diagnostics are all about shape (unknown keys, wrong
   types, bad values) fails it, so the schema is not merely permissive.
Prints one line per file and `N passed, N failed`; exits 1 on any failure. Test tooling.
"""
import pathlib
import re
import sys

import jsonschema
import yaml

SHAPE_IDS = {"unknown_key", "type_mismatch", "missing_key", "invalid_id", "invalid_value", "unsupported_version"}


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's implicit timestamps, sexagesimals and yes/no booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in (
        "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"), list("-+.0123456789"))


def load_schema(root):
    text = (root / "Sources/PlanModel/Schema/PlanSchema.swift").read_text(encoding="utf-8")
    body = text.split('#"""', 1)[1].split('"""#', 1)[0]
    lines = [line[4:] if line.startswith("    ") else line for line in body.split("\n")]
    import json
    return json.loads("\n".join(lines))


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]).resolve()
    schema = load_schema(root)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    passed = failed = 0
    should_pass = sorted((root / "plans").rglob("*.yaml")) + sorted((root / "Tests/PlanModelTests/Fixtures/valid").rglob("*.yaml"))
    for path in should_pass:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            print(f"FAIL {path.relative_to(root)}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
        else:
            passed += 1
            print(f"ok   {path.relative_to(root)}")
    for path in sorted((root / "Tests/PlanModelTests/Fixtures/invalid").glob("*.yaml")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        expected = set(re.findall(r"# expect:\s*([a-z_0-9]+)", text))
        if not expected or not expected <= SHAPE_IDS:
            continue
        try:
            document = yaml.load(text, Loader=Yaml12Loader)
        except yaml.YAMLError:
            continue
        if validator.is_valid(document):
            failed += 1
            print(f"FAIL {path.relative_to(root)}: the schema accepts a plan with {sorted(expected)}")
        else:
            passed += 1
            print(f"ok   {path.relative_to(root)} (rejected, as it should be)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
