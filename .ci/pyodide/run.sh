#!/usr/bin/env bash
# CI: chumchon's wheel and its dependencies' wheels in Pyodide under Node.js, running the worksheet functions,
# the demo and the doctests there, compared with the same script under CPython. Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
npm install --no-audit --no-fund --no-package-lock --loglevel=error
python_version="$(node -e 'const lock = JSON.parse(require("fs").readFileSync("node_modules/pyodide/pyodide-lock.json")); console.log(lock.info.python.split(".").slice(0, 2).join("."))')"

python -m pip wheel --quiet --no-deps --wheel-dir "$work/wheels" "$root"
# Pure-Python wheels only (--platform any): a wheel compiled for this machine cannot load in WebAssembly.
python -m pip download --quiet --only-binary=:all: --python-version "$python_version" --platform any \
    --dest "$work/wheels" "$work"/wheels/chumchon-*.whl
ls "$work/wheels"
if ls "$work/wheels" | grep -v -- '-none-any\.whl$'; then
  echo "pyodide: the wheels above are not pure Python" >&2
  exit 1
fi

node run.mjs "$work/wheels" checks.py > "$work/pyodide.json"
python - "$work/pyodide.json" "$here/checks.py" <<'PY'
import json, sys

in_pyodide = json.load(open(sys.argv[1]))
assert in_pyodide["platform"] == "emscripten", in_pyodide["platform"]
source = open(sys.argv[2], encoding="utf-8").read()
namespace = {}
exec(compile(source, sys.argv[2], "exec"), namespace)
here = json.loads(json.dumps({"calls": namespace["calls"], "demo": namespace["demo"]}, default=namespace["_plain"]))
for part in ("calls", "demo"):
    for key in here[part]:
        assert in_pyodide[part][key] == here[part][key], (part, key)
print(f"pyodide: Python {'.'.join(map(str, in_pyodide['python']))}: worksheet functions, demo and doctests "
      f"agree with CPython ({len(here['calls'])} calls, {len(here['demo'])} demo texts)")
PY
