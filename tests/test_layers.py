"""Imports go one way between the layers: the command line (cli) calls the
commands, the commands the pipeline and the core, the core the rules, and
everything may use the leaf modules; never back. Every `import` and `from`
statement counts, those inside functions too (a lazy import is still a
dependency)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tqcheck"

# Used by everything; they use nothing of tqcheck but the model, the errors
# and the data files' reader. (`tqcheck` itself holds only the version.)
LEAVES = {"tqcheck", "tqcheck.errors", "tqcheck.display", "tqcheck.positions", "tqcheck.model", "tqcheck.locale",
          "tqcheck.data"}
LEAF_MAY_IMPORT = {"tqcheck.model", "tqcheck.errors", "tqcheck.data"}

# Who may import what, or must not (a name covers a package's modules too;
# "=tqcheck" is the package's own module, the version). Below: only cli
# imports the commands, and only __main__ imports cli.
LAYERS = [
    # (modules, may import only these, must never import these)
    ("tqcheck.formats", {"tqcheck.formats", "tqcheck.model", "tqcheck.display", "tqcheck.positions", "tqcheck.errors",
                         "=tqcheck"}, None),
    ("tqcheck.rules", None, {"tqcheck.commands", "tqcheck.cli", "tqcheck.pipeline", "tqcheck.formats"}),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def imports() -> dict[str, frozenset[str]]:
    """Every tqcheck module -> the tqcheck modules it imports anywhere in its body."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's package
                    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                    base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules)
        graph[name] = frozenset(m for m in found if m == "tqcheck" or m.startswith("tqcheck."))
    return graph


def covers(name: str, module: str) -> bool:
    """``name`` is ``module`` or a package holding it; ``=name``: that module only."""
    if name.startswith("="):
        return module == name[1:]
    return module == name or module.startswith(name + ".")


def test_the_import_reader_sees_imports_inside_functions():
    # cli imports each command's handler only when it runs: inside a function.
    assert {"tqcheck.commands.check", "tqcheck.commands.hook"} <= imports()["tqcheck.cli"]
    assert "tqcheck.formats" in imports()["tqcheck.commands.check"]  # lazily, in write_reports


def test_leaf_modules_import_only_the_model_and_the_errors():
    wrong = {m: sorted(imports()[m] - LEAF_MAY_IMPORT) for m in LEAVES}
    assert {m: deps for m, deps in wrong.items() if deps} == {}


def test_each_layer_imports_only_what_it_may():
    wrong = []
    for layer, allowed, forbidden in LAYERS:
        for module, deps in imports().items():
            if not covers(layer, module):
                continue
            for dep in deps:
                if allowed is not None and not any(covers(a, dep) for a in allowed):
                    wrong.append(f"{module} imports {dep}")
                if forbidden is not None and any(covers(f, dep) for f in forbidden):
                    wrong.append(f"{module} imports {dep}")
    assert wrong == []


def test_only_the_command_line_imports_the_commands():
    importers = {m for m, deps in imports().items() if any(covers("tqcheck.commands", d) for d in deps)}
    assert {m for m in importers if not covers("tqcheck.commands", m)} == {"tqcheck.cli"}


def test_nothing_imports_the_command_line_but_main():
    assert {m for m, deps in imports().items() if "tqcheck.cli" in deps} == {"tqcheck.__main__"}
