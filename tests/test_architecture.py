"""The layering rules of the code base, checked on the source itself.

Each module (or package: the longest name in LAYERS that covers it) has a layer,
and imports only from its own layer or below:

1. the model and helpers, standard library only: bank/model, bank/facts, errors,
   atomic, textnorm, memory, terminal, parallel, lexicon
2. reading and storing: bank/files, bank/load, bank/yamlio, bank/cache, bank/decks,
   locations, articles, study/progress
3. extraction, differences, study logic (study/session, grading, scheduling, log,
   stats; no Textual)
4. question generation, bank/check, the Textual app, the exporters
5. the CLI: the only place that prints, parses arguments or exits

No modules import each other in a circle, whether the imports are at the top of
a module, inside a function or under ``TYPE_CHECKING``.
The checkers take a source folder and a package name, so they are tested on a
small package written for the purpose (see the end of this file).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "factdeck"
PACKAGE = "factdeck"

LAYERS: dict[str, int] = {
    "__init__": 1, "bank": 1, "study": 1,  # the packages themselves are empty
    "bank.model": 1, "bank.facts": 1, "errors": 1, "atomic": 1, "textnorm": 1, "memory": 1,
    "terminal": 1, "parallel": 1,
    "lexicon": 1,
    "bank.files": 2, "bank.load": 2, "bank.yamlio": 2, "bank.cache": 2, "bank.decks": 2,
    "locations": 2, "articles": 2, "study.progress": 2,
    "extract": 3, "differences": 3, "study.session": 3, "study.grading": 3,
    "study.scheduling": 3, "study.log": 3, "study.stats": 3,
    "generate": 4, "bank.check": 4, "tui": 4, "export": 4,
    "cli": 5, "__main__": 5,
}
THIRD_PARTY_BY_LAYER = {"textual": 4}  # textual only in the app (layer 4) and above


# ---------------------------------------------------------------- the checkers


def module_name(path: Path, root: Path, package: str) -> str:
    """``pkg.a.b`` for ``root/a/b.py``; ``pkg.a`` for ``root/a/__init__.py``."""
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((package, *parts))


def sources(root: Path) -> list[Path]:
    """Every module of the package (the shipped decks are data, not code)."""
    return sorted(p for p in root.rglob("*.py") if "decks" not in p.relative_to(root).parts[:1])


def imports(path: Path, own: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every import anywhere in the file, relative ones resolved.

    ``from a import b`` gives both ``a`` and ``a.b`` (``b`` may be a module or a name in ``a``;
    :func:`imported_modules` keeps what is a module).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def imported_modules(path: Path, own: str, modules: set[str] | dict[str, Path]
                     ) -> list[tuple[int, str]]:
    """(line, module) of every module of the package the file imports.

    ``from a import b`` imports module ``a.b`` when there is one, else (a name in) ``a``.
    Importing ``a.b`` runs ``a/__init__.py`` too, but that is the package's business:
    a package that imports its own modules would otherwise be in a circle with each.
    """
    found = []
    names = imports(path, own)
    submodules = {(line, name.rpartition(".")[0]) for line, name in names if name in modules}
    for line, name in names:
        if name in modules and name != own and (line, name) not in submodules:
            found.append((line, name))
    return found


def module_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Which modules of the package each module imports."""
    paths = {module_name(p, root, package): p for p in sources(root)}
    return {name: {imported for _, imported in imported_modules(path, name, paths)}
            for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a circle (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def layer_of(name: str, package: str, layers: dict[str, int]) -> int:
    """The layer of a module: the longest name in ``layers`` that is it or contains it."""
    rel = name.removeprefix(package + ".") if name != package else "__init__"
    parts = rel.split(".")
    for end in range(len(parts), 0, -1):
        key = ".".join(parts[:end])
        if key in layers:
            return layers[key]
    raise AssertionError(f"module {name!r} has no layer; add it to LAYERS in this test")


def upward_imports(root: Path, package: str, layers: dict[str, int]) -> list[str]:
    """Every import of a module from a higher layer than the importer's, as ``file:line``."""
    paths = {module_name(p, root, package): p for p in sources(root)}
    found = []
    for name, path in sorted(paths.items(), key=lambda item: item[1]):
        own = layer_of(name, package, layers)
        for lineno, imported in imported_modules(path, name, paths):
            other = layer_of(imported, package, layers)
            if other > own:
                found.append(f"{path.relative_to(root)}:{lineno} imports {imported} "
                             f"(layer {other}) from layer {own}")
    return found


# ---------------------------------------------------------------- the rules


def test_no_module_imports_from_a_higher_layer() -> None:
    offenders = upward_imports(SRC, PACKAGE, LAYERS)
    assert not offenders, "\n".join(offenders)


def test_no_modules_import_each_other_in_a_circle() -> None:
    found = cycles(module_graph(SRC, PACKAGE))
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_every_module_has_a_layer() -> None:
    for path in sources(SRC):
        layer_of(module_name(path, SRC, PACKAGE), PACKAGE, LAYERS)


@pytest.mark.parametrize("path", sources(SRC), ids=[str(p.relative_to(SRC)) for p in sources(SRC)])
def test_third_party_libraries_only_from_their_layer(path: Path) -> None:
    own = layer_of(module_name(path, SRC, PACKAGE), PACKAGE, LAYERS)
    for lineno, name in imports(path, module_name(path, SRC, PACKAGE)):
        top = name.split(".")[0]
        if top in THIRD_PARTY_BY_LAYER:
            assert own >= THIRD_PARTY_BY_LAYER[top], (
                f"{path.relative_to(SRC)}:{lineno} imports {top} below layer "
                f"{THIRD_PARTY_BY_LAYER[top]}")


STDLIB_ONLY = [p for p in sources(SRC)
               if layer_of(module_name(p, SRC, PACKAGE), PACKAGE, LAYERS) == 1]


@pytest.mark.parametrize("path", STDLIB_ONLY, ids=[str(p.relative_to(SRC)) for p in STDLIB_ONLY])
def test_bottom_layer_uses_the_standard_library_only(path: Path) -> None:
    for lineno, name in imports(path, module_name(path, SRC, PACKAGE)):
        top = name.split(".")[0]
        assert top == PACKAGE or top in sys.stdlib_module_names, (
            f"{path.name}:{lineno} imports {name}, which is not in the standard library")


def test_only_the_cli_prints_or_exits() -> None:
    offenders = []
    for path in sources(SRC):
        if layer_of(module_name(path, SRC, PACKAGE), PACKAGE, LAYERS) == 5:
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


# ---------------------------------------------------------------- the checkers can fail

FAKE_LAYERS = {"__init__": 1, "low": 1, "store": 2, "store.a": 2, "store.b": 2, "app": 3}


def write_fake_package(root: Path, files: dict[str, str]) -> Path:
    """A package ``fake`` under ``root`` with the given modules (path -> source)."""
    package = root / "fake"
    for rel, text in {"__init__.py": "", "store/__init__.py": "", **files}.items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_a_clean_fake_package_passes(tmp_path: Path) -> None:
    package = write_fake_package(tmp_path, {
        "low.py": "import re\n",
        "store/a.py": "from fake import low\n",
        "store/b.py": "from fake.store import a\n",
        "app.py": "from fake.store.b import x\nfrom . import low\n",
    })
    assert upward_imports(package, "fake", FAKE_LAYERS) == []
    assert cycles(module_graph(package, "fake")) == []


def test_a_circle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    package = write_fake_package(tmp_path, {
        "low.py": "",
        "store/a.py": "from fake.store.b import thing\n",
        "store/b.py": "def thing():\n    from fake.store import a\n    return a\n",
        "app.py": "",
    })
    assert cycles(module_graph(package, "fake")) == [["fake.store.a", "fake.store.b"]]


def test_a_circle_through_a_relative_import_is_found(tmp_path: Path) -> None:
    package = write_fake_package(tmp_path, {
        "low.py": "", "app.py": "",
        "store/a.py": "from .b import thing\n",
        "store/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import a\n",
    })
    assert cycles(module_graph(package, "fake")) == [["fake.store.a", "fake.store.b"]]


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    package = write_fake_package(tmp_path, {
        "low.py": "def f():\n    from fake.store import a\n    return a\n",
        "store/a.py": "", "store/b.py": "import fake.app\n", "app.py": "",
    })
    found = upward_imports(package, "fake", FAKE_LAYERS)
    assert found == ["low.py:2 imports fake.store.a (layer 2) from layer 1",
                     "store/b.py:1 imports fake.app (layer 3) from layer 2"]


def test_a_module_without_a_layer_is_reported(tmp_path: Path) -> None:
    package = write_fake_package(tmp_path, {"low.py": "", "app.py": "", "stray.py": ""})
    with pytest.raises(AssertionError, match="fake.stray"):
        upward_imports(package, "fake", FAKE_LAYERS)
