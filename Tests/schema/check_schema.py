#!/usr/bin/env python3
"""Check the JSON Schema of the plan format against the shipped plans.

Usage: check_schema.py [REPO_ROOT]    (default: two levels up from this script)

1. Reads the schema from plans/cycleplan.schema.json (the file the binary embeds and
   `cycleplan init` writes beside a new plan) and checks it is a valid draft-07 schema whose
   every property has a description (editors show it as hover help).
2. Validates every *.yaml under plans/ and under Tests/PlanModelTests/Fixtures/valid/:
   - a file named by another file's `calendar: <path>` (or a calendar file's `include:`)
     against the calendar-file branch,
   - a file named by another file's `include:` against the include-file branch,
   - any other file in a `shared/` folder against the include-file branch (or the
     calendar-file branch when its top level has weekends/holidays/workdays),
   - everything else against the plan branch and the root schema.
3. Checks that every single-file invalid fixture (Tests/PlanModelTests/Fixtures/invalid/*.yaml)
   whose `# expect:` ids are all about shape (unknown keys, wrong types, bad values) fails the
   plan branch, so the schema is not merely permissive.

YAML is read the way yaml-language-server (YAML 1.2 core schema) reads it: `2026-09-01`,
`1_200_000` and `yes` stay strings, `1200000` is a number, `true` a boolean.

Prints one line per file, error details on stderr, and a final line `N passed, N failed`;
exits 1 if anything failed.
"""

import json
import os
import re
import sys

import jsonschema
import yaml

SCHEMA_SOURCE = os.path.join("plans", "cycleplan.schema.json")
PLAN_DIRS = ["plans", os.path.join("Tests", "PlanModelTests", "Fixtures", "valid")]
INVALID_DIR = os.path.join("Tests", "PlanModelTests", "Fixtures", "invalid")
# Diagnostics a schema can see; a fixture expecting only these must fail the schema.
SHAPE_IDS = {"unknown_key", "type_mismatch", "missing_key", "invalid_id", "invalid_value", "unsupported_version"}
CALENDAR_KEYS = {"weekends", "holidays", "workdays"}


# --- YAML 1.2 (core schema) loading ------------------------------------------------------

class YAML12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars: no timestamps, no `1_000` or `1:30`
    numbers, no octal `010`, booleans only true/false (any of three cases)."""


_REPLACED = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}
YAML12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
YAML12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
YAML12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
YAML12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _construct_float(loader, node):
    text = loader.construct_scalar(node)
    lower = text.lower()
    if lower.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if lower == ".nan":
        return float("nan")
    return float(text)


YAML12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
YAML12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=YAML12Loader)


# --- the schema ---------------------------------------------------------------------------

def undocumented_properties(schema, path="#"):
    """Paths of entries of `properties` that have no description (`false` entries, which
    forbid a key, and the conditions of `if` need none)."""
    missing = []
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    if isinstance(sub, dict) and "description" not in sub:
                        missing.append(f"{path}/properties/{name}")
            # An `if` only tests values; it shows no help, so it needs no descriptions.
            if isinstance(value, (dict, list)) and key != "if":
                missing += undocumented_properties(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, item in enumerate(schema):
            missing += undocumented_properties(item, f"{path}/{index}")
    return missing


def branch_validator(schema, definition):
    """A validator for one definition of the schema (`plan`, `includeFile`, …)."""
    wrapper = {key: schema[key] for key in ("$schema", "$id", "definitions") if key in schema}
    wrapper["$ref"] = f"#/definitions/{definition}"
    return jsonschema.Draft7Validator(wrapper)


def describe(error):
    """One line per leaf error, with the path into the document."""
    leaves = []

    def walk(err):
        if err.context:
            # anyOf/oneOf: report the alternatives that got furthest.
            best = max(len(sub.absolute_path) for sub in err.context)
            for sub in err.context:
                if len(sub.absolute_path) == best:
                    walk(sub)
        else:
            leaves.append(err)

    walk(error)
    lines = []
    for leaf in leaves:
        where = "/".join(str(part) for part in leaf.absolute_path) or "(top level)"
        lines.append(f"{where}: {leaf.message}")
    return lines


def expected_ids(text):
    """The diagnostic ids of a fixture's `# expect: id[@col], id…` comments."""
    ids = set()
    for line in text.split("\n"):
        _, marker, rest = line.partition("# expect:")
        if marker:
            ids |= {item.strip().split("@")[0] for item in rest.split(",") if item.strip()}
    return ids


# --- which branch each file is checked against --------------------------------------------

def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def referenced_files(path, document):
    """(absolute path, branch) of the files a loaded document names."""
    if not isinstance(document, dict):
        return []
    folder = os.path.dirname(path)
    found = []
    is_calendar_file = bool(CALENDAR_KEYS & set(document))
    for entry in as_list(document.get("include")):
        if isinstance(entry, str):
            branch = "calendarFile" if is_calendar_file else "includeFile"
            found.append((os.path.normpath(os.path.join(folder, entry)), branch))
    calendar = document.get("calendar")
    if isinstance(calendar, str):
        found.append((os.path.normpath(os.path.join(folder, calendar)), "calendarFile"))
    return found


def yaml_files(root):
    files = []
    for directory in PLAN_DIRS:
        base = os.path.join(root, directory)
        for current, folders, names in os.walk(base):
            folders.sort()
            for name in sorted(names):
                if name.endswith((".yaml", ".yml")):
                    files.append(os.path.normpath(os.path.join(current, name)))
    return files


def main(argv):
    # Keep the per-file lines and the details on stderr in order when both go to one log.
    sys.stdout.reconfigure(line_buffering=True)
    root = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    schema_path = os.path.join(root, SCHEMA_SOURCE)

    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft7Validator.check_schema(schema)
        missing = undocumented_properties(schema)
        if missing:
            raise ValueError("properties without a description: " + ", ".join(missing))
    except Exception as error:  # noqa: BLE001 - any problem with the schema is one failure
        print(f"FAIL {SCHEMA_SOURCE}: {type(error).__name__}: {error}")
        print("0 passed, 1 failed")
        return 1
    print(f"ok   {SCHEMA_SOURCE}: valid draft-07 schema")

    validators = {
        name: branch_validator(schema, name) for name in ("plan", "includeFile", "calendarFile")
    }
    root_validator = jsonschema.Draft7Validator(schema)

    files = yaml_files(root)
    documents, load_errors = {}, {}
    for path in files:
        try:
            documents[path] = load_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            load_errors[path] = str(error).replace("\n", " ")

    branches = {}
    for path, document in documents.items():
        for target, branch in referenced_files(path, document):
            branches.setdefault(target, branch)

    passed = failed = 0
    for path in files:
        shown = os.path.relpath(path, root)
        if path in load_errors:
            failed += 1
            print(f"FAIL {shown}: not readable as YAML")
            print(f"  {shown}: {load_errors[path]}", file=sys.stderr)
            continue
        document = documents[path]
        branch = branches.get(path)
        if branch is None:
            in_shared = "shared" in os.path.relpath(path, root).split(os.sep)[:-1]
            if in_shared:
                is_calendar = isinstance(document, dict) and bool(CALENDAR_KEYS & set(document))
                branch = "calendarFile" if is_calendar else "includeFile"
            else:
                branch = "plan"
        messages = []
        for error in validators[branch].iter_errors(document):
            messages += describe(error)
        if branch == "plan" and not messages:
            # The root schema must route a plan to the plan branch and accept it too.
            for error in root_validator.iter_errors(document):
                messages += ["(root schema) " + line for line in describe(error)]
        messages = list(dict.fromkeys(messages))
        if messages:
            failed += 1
            print(f"FAIL {shown} ({branch}): {len(messages)} problem{'s' if len(messages) != 1 else ''}")
            for message in messages:
                print(f"  {shown}: {message}", file=sys.stderr)
        else:
            passed += 1
            print(f"ok   {shown} ({branch})")

    invalid_dir = os.path.join(root, INVALID_DIR)
    names = sorted(os.listdir(invalid_dir)) if os.path.isdir(invalid_dir) else []
    for name in names:
        path = os.path.join(invalid_dir, name)
        if not name.endswith(".yaml") or not os.path.isfile(path):
            continue
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            document = yaml.load(text, Loader=YAML12Loader)
        except (yaml.YAMLError, UnicodeDecodeError):
            continue  # not YAML an editor can read: nothing for the schema to say
        expected = expected_ids(text)
        if not expected or not expected <= SHAPE_IDS:
            continue
        shown = os.path.relpath(path, root)
        if validators["plan"].is_valid(document):
            failed += 1
            print(f"FAIL {shown} (invalid fixture): the schema accepts it, expected {', '.join(sorted(expected))}")
        else:
            passed += 1
            print(f"ok   {shown} (invalid fixture, rejected)")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
