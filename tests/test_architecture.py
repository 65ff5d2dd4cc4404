"""The shape of `lint/`: no import circles, layers that only look down, no rule
ids in the engine or the run pipeline, and a type checker that passes."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

LINT = ROOT / "lint"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every lint module this file imports, at the top or inside a function
    (a lazy import is still a dependency), but not under `if TYPE_CHECKING`."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [f"{target}.{a.name}" for a in node.names] + [target]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        for name in candidates:
            if name.startswith("lint") and name in MODULES:
                found.add(name)
                break
    found.discard(module)
    return found


MODULES = {_module(p): p for p in LINT.rglob("*.py")}
GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in GRAPH[node]:
            # a module imports its package's __init__ implicitly; that is not a circle
            if node.startswith(nxt + "."):
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return out


def test_lint_has_no_import_circles():
    assert _cycles() == []


def test_a_circle_would_be_found():
    GRAPH["lint.model.types"].add("lint.model.document")
    try:
        assert any({"lint.model.document", "lint.model.types"} <= set(c) for c in _cycles())
    finally:
        GRAPH["lint.model.types"].discard("lint.model.document")


# Each layer may import only the layers listed for it (and itself).
LAYERS = {
    "lint.model": {"lint.errors", "lint.suppressions", "lint.record", "lint.memo"},
    "lint.formats": {"lint.model", "lint.errors", "lint.suppressions", "lint.yamlsource", "lint.record"},
    "lint.checks": {"lint.model", "lint.diagnostics", "lint.errors", "lint.yamlsource", "lint.resources",
                    "lint.record"},
    "lint.reporters": {"lint", "lint.diagnostics", "lint.errors", "lint.record"},
}


LEAVES = ("lint.record", "lint.memo", "lint.digest", "lint.resources")


@pytest.mark.parametrize("leaf", LEAVES)
def test_leaves_import_nothing_of_copydesk(leaf):
    """Every layer may use these: they import nothing of copydesk but one another."""
    assert not {d for d in GRAPH[leaf] if d.startswith("lint") and d not in LEAVES}


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_layers_only_look_down(layer):
    allowed = LAYERS[layer] | {layer}
    wrong = {
        (name, dep) for name, deps in GRAPH.items() if name == layer or name.startswith(layer + ".")
        for dep in deps if not any(dep == a or dep.startswith(a + ".") for a in allowed)
    }
    assert wrong == set()


RULE_IDS = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in (ROOT / "rules").glob("*.yaml")}


@pytest.mark.parametrize("module", ["lint.engine", "lint.run.runner"])
def test_engine_and_pipeline_name_no_rule_id(module):
    path = MODULES[module]
    strings = {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert strings & RULE_IDS == set()


@pytest.mark.skipif(shutil.which("mypy", path=str(Path(sys.executable).parent)) is None,
                    reason="mypy is not installed (pip install -e '.[test]')")
def test_mypy_passes_on_lint():
    done = subprocess.run([sys.executable, "-m", "mypy", "lint"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:]
