"""The layering ARCHITECTURE promises, checked on the source: data flows one way, no import cycles, and private
modules and names stay inside the package that holds them.

The layers, lowest first (docs/architecture.rst explains them):

* the bottom, in this order: ``_version``, ``_scalar`` and ``_types``; ``errors``; ``messages``, ``thai.digits`` (the one
  digit table, importable alone) and ``_table_rows`` (the shared register-table reader); ``money`` (with ``_numbers``, ``_rounding`` and
  ``_allocate``, which it re-exports); ``_checks`` (the input kernel) and
  ``_deprecated``; ``rules``; ``thai``; ``tables``; ``columns``; ``mapping`` and ``jsontext``; ``schemas``;
* ``loans`` (with ``loans.kkkj``), then ``savings``, then ``assessment``;
* the adapters ``excel``, ``plots``, ``cli`` and the package root, which only translate.

A module may import its own top-level package and anything below it, never above. A new top-level module must
be placed in :data:`LAYERS` (the test says so), which is how its place in the architecture gets decided.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import chumchon

ROOT = Path(chumchon.__file__).parent

#: Each top-level module or package of chumchon (or a submodule placed apart from its package) and its layer: a
#: higher number may import a lower one.
LAYERS: Mapping[str, int] = {
    "_version": 0,
    "_scalar": 0,
    "_types": 0,
    "errors": 1,
    "messages": 2,
    "thai.digits": 2,
    "_table_rows": 2,
    "_numbers": 3,
    "_rounding": 3,
    "_allocate": 3,
    "money": 3,
    "_check_numbers": 4,
    "_checks": 4,
    "_deprecated": 4,
    "rules": 5,
    "thai": 6,
    "tables": 7,
    "columns": 8,
    "mapping": 9,
    "jsontext": 9,
    "schemas": 10,
    "loans": 20,
    "savings": 21,
    "assessment": 22,
    "excel": 30,
    "plots": 30,
    "cli": 30,
    "__main__": 30,
    "": 30,  # chumchon/__init__.py, the facade
}


def _modules(root: Path = ROOT) -> dict[str, Path]:
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(tree: ast.Module, *, module_level_only: bool) -> Iterator[tuple[str, str | None]]:
    """``(module, name)`` for every chumchon import; at module level only, skipping ``if TYPE_CHECKING``."""
    if module_level_only:
        nodes: list[ast.AST] = []
        for node in tree.body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            nodes.extend(ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node])
    else:
        nodes = list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "chumchon":
            for alias in node.names:
                yield node.module, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "chumchon":
                    yield alias.name, None


def _layer(module: str) -> int | None:
    """The layer of a chumchon module: its longest prefix in :data:`LAYERS` (``chumchon.thai.digits`` before
    ``chumchon.thai``)."""
    parts = module.split(".")[1:]
    for end in range(len(parts), 0, -1):
        found = LAYERS.get(".".join(parts[:end]))
        if found is not None:
            return found
    return LAYERS.get("") if not parts else None


def _resolve(target: str, name: str | None, modules: Mapping[str, Path]) -> str:
    """``from target import name`` imports the module ``target.name`` when there is one."""
    full = f"{target}.{name}"
    return full if name and full in modules else target


def layer_violations(modules: Mapping[str, Path]) -> list[str]:
    """Imports that go up a layer, and top-level modules with no layer."""
    problems = []
    for module, path in modules.items():
        here = _layer(module)
        if here is None:
            problems.append(f"{module}: not in LAYERS (decide its layer in tests/test_architecture.py)")
            continue
        for target, name in _imports(ast.parse(path.read_text(encoding="utf-8")), module_level_only=False):
            imported = _resolve(target, name, modules)
            there = _layer(imported)
            if there is not None and there > here:
                problems.append(f"{module} imports {imported} from a higher layer")
    return problems


def private_violations(modules: Mapping[str, Path]) -> list[str]:
    """Private modules (``pkg._mod``) or names (``_name``) imported from outside the package that holds them.

    The library-wide private modules at the root (``chumchon._checks``, ``chumchon._deprecated``,
    ``chumchon._version``) are the shared kernel, meant for every package.
    """
    problems = []
    for module, path in modules.items():
        for target, name in _imports(ast.parse(path.read_text(encoding="utf-8")), module_level_only=False):
            full = _resolve(target, name, modules)
            parts = full.split(".")
            # chumchon.<top> may itself be private: the shared kernel; below it, a private part is its package's
            private = next((i for i, part in enumerate(parts[2:], start=2) if _is_private(part)), None)
            if private is not None and not _inside(module, ".".join(parts[:private])):
                problems.append(f"{module} imports the private {full}")
            elif (
                name
                and _is_private(name)
                and full == target
                and not _inside(module, _package(target, modules))
            ):
                problems.append(f"{module} imports the private name {name} of {target}")
    return problems


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _package(module: str, modules: Mapping[str, Path]) -> str:
    """The package a module belongs to (a package is its own)."""
    path = modules.get(module)
    return module if path is None or path.name == "__init__.py" else module.rsplit(".", 1)[0]


def import_cycles(modules: Mapping[str, Path]) -> list[list[str]]:
    """Groups of modules that import each other at module level (strongly connected components)."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        graph[module] = set()
        for target, name in _imports(ast.parse(path.read_text(encoding="utf-8")), module_level_only=True):
            graph[module].add(_resolve(target, name, modules))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                item = stack.pop()
                group.append(item)
                if item == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in list(graph):
        if node not in index:
            visit(node)
    return cycles


def test_data_flows_one_way() -> None:
    assert layer_violations(_modules()) == []


def test_no_two_modules_import_each_other() -> None:
    assert import_cycles(_modules()) == []


def test_private_modules_and_names_stay_in_their_package() -> None:
    assert private_violations(_modules()) == []


# --- each check fails on what it is meant to catch ------------------------------------------------------------


def _tree(tmp_path: Path, files: Mapping[str, str]) -> dict[str, Path]:
    for name, text in files.items():
        path = tmp_path / "chumchon" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return _modules(tmp_path / "chumchon")


def test_the_layer_check_catches_an_upward_import_and_an_unplaced_module(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "money.py": "from chumchon.loans import pmt\n",
            "loans/__init__.py": "",
            "newthing.py": "",
        },
    )
    assert layer_violations(modules) == [
        "chumchon.money imports chumchon.loans from a higher layer",
        "chumchon.newthing: not in LAYERS (decide its layer in tests/test_architecture.py)",
    ]


def test_the_cycle_check_catches_two_modules_importing_each_other(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "loans/__init__.py": "",
            "loans/terms.py": "from chumchon.loans.dates import AccrualBasis\n",
            "loans/dates.py": "import chumchon.loans.terms\n",
            "loans/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import chumchon.loans.x\n",
        },
    )
    assert import_cycles(modules) == [["chumchon.loans.dates", "chumchon.loans.terms"]]


def test_the_private_check_catches_a_private_module_or_name_used_elsewhere(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "loans/__init__.py": "from chumchon.loans._solver import solve\n",
            "loans/_solver.py": "",
            "loans/finance.py": "from chumchon.loans import _solver\n_tolerance = 1\n",
            "savings/__init__.py": "",
            "savings/close.py": (
                "from chumchon.loans._solver import solve\nfrom chumchon.loans.finance import _tolerance\n"
                "from chumchon._checks import check_money\n"
            ),
        },
    )
    assert private_violations(modules) == [
        "chumchon.savings.close imports the private chumchon.loans._solver",
        "chumchon.savings.close imports the private name _tolerance of chumchon.loans.finance",
    ]
