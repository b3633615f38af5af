"""The layering rules of the code base, checked on the source itself.

1. model, errors, atomic, textnorm, facts: standard library only
2. reading and storing: bank files, cache, locations, decks, articles, progress
3. extraction, differences, quiz session logic (no Textual)
4. question generation, check, the Textual app, the exporters
5. the CLI: the only place that prints, parses arguments or exits
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "factdeck"

LAYERS: dict[str, int] = {
    "model": 1, "errors": 1, "atomic": 1, "textnorm": 1, "facts": 1, "memory": 1,
    "bankfile": 2, "yamlio": 2, "bankcache": 2, "locations": 2, "decks": 2, "articles": 2,
    "progress": 2,
    "extract": 3, "differences": 3, "session": 3, "grading": 3, "scheduling": 3, "study": 3,
    "stats": 3, "lexicon": 1,
    "generate": 4, "check": 4, "tui": 4, "export": 4,
    "cli": 5, "__main__": 5, "__init__": 1, "__version__": 1,
}
THIRD_PARTY_BY_LAYER = {"textual": 4}  # textual only in the app (layer 4) and above


def module_of(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    return rel.parts[0]


def layer_of(name: str) -> int:
    top = name.split(".")[0]
    assert top in LAYERS, f"module {top!r} has no layer; add it to LAYERS in this test"
    return LAYERS[top]


def imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "factdeck":
                found += [(node.lineno, f"factdeck.{alias.name}") for alias in node.names]
    return found


SOURCES = sorted(p for p in SRC.rglob("*.py") if "decks" not in p.relative_to(SRC).parts)


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(SRC)) for p in SOURCES])
def test_module_imports_only_from_its_layer_or_below(path: Path) -> None:
    own = layer_of(module_of(path))
    for lineno, name in imports(path):
        if name.startswith("factdeck."):
            other = layer_of(name.removeprefix("factdeck."))
            assert other <= own, (f"{path.relative_to(SRC)}:{lineno} imports {name} "
                                  f"(layer {other}) from layer {own}")
        top = name.split(".")[0]
        if top in THIRD_PARTY_BY_LAYER:
            assert own >= THIRD_PARTY_BY_LAYER[top], (
                f"{path.relative_to(SRC)}:{lineno} imports {top} below layer "
                f"{THIRD_PARTY_BY_LAYER[top]}")


STDLIB_ONLY = [p for p in SOURCES if layer_of(module_of(p)) == 1 and p.name != "__init__.py"
               or p == SRC / "__init__.py"]


@pytest.mark.parametrize("path", STDLIB_ONLY, ids=[p.name for p in STDLIB_ONLY])
def test_bottom_layer_uses_the_standard_library_only(path: Path) -> None:
    for lineno, name in imports(path):
        top = name.split(".")[0]
        assert top == "factdeck" or top in sys.stdlib_module_names, (
            f"{path.name}:{lineno} imports {name}, which is not in the standard library")


def test_only_the_cli_prints_or_exits() -> None:
    offenders = []
    for path in SOURCES:
        layer = layer_of(module_of(path))
        if layer == 5:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else (
                    f"{getattr(func.value, 'id', '')}.{func.attr}"
                    if isinstance(func, ast.Attribute) else "")
                if name in ("print", "sys.exit", "exit", "click.echo"):
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno} calls {name}")
    assert not offenders, "\n".join(offenders)


def test_importing_the_model_loads_no_ui_or_export_library() -> None:
    code = ("import sys, factdeck.bank.model; "
            "bad = [m for m in ('textual', 'genanki', 'jinja2', 'yaml', 'click') "
            "if m in sys.modules]; print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "", f"import factdeck.bank.model loaded: {out}"
