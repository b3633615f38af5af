"""Everything that touches PyYAML: the safe loader, line numbers for errors, the dumper.

Kept apart from :mod:`factdeck.bank.load` so that opening a cached bank (the
quiz's start) never pays for importing PyYAML.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

import yaml

from factdeck.errors import BankError
from factdeck.memory import gc_paused

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE_KEYS = frozenset({"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"})


# Limits that make a hostile file fail in milliseconds with a clear message, not after
# minutes and gigabytes (docs/bank-format.md lists them for users).
MAX_DEPTH = 100  # levels of nested lists and mappings; a bank needs five
MAX_STRING = 100_000  # characters in one text (a whole article is rarely 30,000)
EXPANSION_SLACK = 1_000_000  # aliases may add this much to twice the file's own size


class LimitError(yaml.MarkedYAMLError):
    """A document past one of the loader's limits: not invalid YAML, just too much of it."""


class _BankLoader(SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, building plain strings, lists and mappings in one tight function.

    PyYAML's constructor spends most of a big bank's load dispatching every
    node through generic machinery; a bank is almost only strings, lists and
    mappings. Every other node (numbers, dates, null, explicit tags, merge keys)
    still goes through the safe constructor, so what is accepted and built is
    the same, except that this loader also refuses what a bank never needs and
    an attacker would use: duplicate keys (the last one would silently win),
    nesting past :data:`MAX_DEPTH`, a text past :data:`MAX_STRING`, aliases that
    refer to themselves, and aliases that expand the document past twice its
    size plus :data:`EXPANSION_SLACK` (the "billion laughs"). The expanded size
    counts every node once per use plus the characters of every text, and is
    memoised per node, so a 337-byte alias bomb is refused after a few dozen
    steps. Values the safe constructor cannot build (``!!int abc``,
    ``2016-02-30``) become errors at their line.
    """

    budget: int = EXPANSION_SLACK

    def construct_document(self, node: yaml.Node) -> Any:
        built: dict[int, Any] = {}  # id(node) -> object: aliases share, as in PyYAML
        sizes: dict[int, int] = {}  # id(node) -> expanded size of a finished collection
        total = 0  # expanded size of everything built so far
        budget = self.budget
        safe = self.construct_object
        scalar_node, sequence_node, mapping_node = (yaml.ScalarNode, yaml.SequenceNode,
                                                    yaml.MappingNode)

        def spend(cost: int, at: yaml.Node) -> None:
            nonlocal total
            total += cost
            if total > budget:
                raise _too_big(budget, at)

        def graph_size(node: yaml.Node, depth: int) -> int:
            """The expanded size of a node built by the safe constructor (merge keys, tags)."""
            found = sizes.get(id(node))
            if found is not None:
                return found
            if depth > MAX_DEPTH:
                raise _too_deep(node)
            if isinstance(node, scalar_node):
                return 1 + len(node.value)
            sizes[id(node)] = -1  # in progress: met again means it holds itself
            size = 1
            children = node.value if isinstance(node, sequence_node) else [
                child for pair in node.value for child in pair]
            for child in children:
                child_size = graph_size(child, depth + 1)
                if child_size < 0:
                    raise _recursive(child)
                size += child_size
                if size > budget:
                    raise _too_big(budget, node)
            sizes[id(node)] = size
            return size

        def construct(node: yaml.Node) -> Any:
            try:
                return safe(node, deep=True)
            except (ValueError, TypeError, AttributeError, OverflowError) as exc:
                raise _unreadable(node, exc) from None

        def build(node: yaml.Node, depth: int) -> Any:
            kind = type(node)
            tag = node.tag
            if kind is scalar_node:
                value = node.value
                if len(value) > MAX_STRING:
                    raise LimitError(None, None, f"a text of {len(value):,} characters; the "
                                     f"limit is {MAX_STRING:,}", node.start_mark)
                spend(1 + len(value), node)
                return value if tag == _STR else construct(node)
            found = built.get(id(node))
            if found is not None:
                size = sizes.get(id(node), -1)
                if size < 0:
                    raise _recursive(node)
                spend(size, node)
                return found
            if depth > MAX_DEPTH:
                raise _too_deep(node)
            before = total
            if kind is sequence_node and tag == _SEQ:
                items: list[Any] = []
                built[id(node)] = items
                spend(1, node)
                items.extend([build(child, depth + 1) for child in node.value])
                sizes[id(node)] = total - before
                return items
            if kind is mapping_node and tag == _MAP and not any(
                    k.tag in _MERGE_KEYS for k, _ in node.value):
                mapping: dict[Any, Any] = {}
                built[id(node)] = mapping
                spend(1, node)
                for key_node, value_node in node.value:
                    key = build(key_node, depth + 1)
                    if not isinstance(key, Hashable):
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping", node.start_mark,
                            "found unhashable key", key_node.start_mark)
                    if key in mapping:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {_shown(key)} (a key may appear once "
                            "in a mapping)", key_node.start_mark)
                    mapping[key] = build(value_node, depth + 1)
                sizes[id(node)] = total - before
                return mapping
            size = graph_size(node, depth)
            spend(size, node)
            built[id(node)] = value = construct(node)
            return value

        try:
            return build(node, 0)
        finally:
            self.constructed_objects = {}
            self.recursive_objects = {}
            self.deep_construct = False


def _shown(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _too_big(budget: int, node: yaml.Node) -> LimitError:
    return LimitError(None, None, f"aliases expand this document past {budget:,} characters "
                      "(twice its size plus a million); write the repeated text out",
                      node.start_mark)


def _too_deep(node: yaml.Node) -> LimitError:
    return LimitError(None, None, f"nested more than {MAX_DEPTH} levels deep",
                      node.start_mark)


def _recursive(node: yaml.Node) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(
        None, None, "an alias refers to a list or mapping that holds it", node.start_mark)


def _unreadable(node: yaml.Node, exc: Exception) -> yaml.constructor.ConstructorError:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    what = _shown(node.value) if isinstance(node, yaml.ScalarNode) else "this value"
    reason = f" ({exc})" if isinstance(exc, ValueError) and len(str(exc)) < 80 else ""
    problem = (f"{what} is not a real date{reason}" if tag == "!!timestamp"
               else f"{what} cannot be read as {tag}{reason}")
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


SafeDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

def key_lines(text: str, keys: list[str]) -> dict[str, int]:
    """The 1-based line of each key path in a YAML text (nearest existing parent for missing keys).

    Only called when something is wrong, so the slower node composition does
    not cost a correct bank anything.
    """
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return {}
    return {key: _line_of(root, key) for key in keys}


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _line_of(root: Any, key: str) -> int:
    """Walk a key path through composed nodes; a key's line, or its nearest parent's."""
    node = root
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for name, index in _STEP.findall(key):
        child = None
        if index and isinstance(node, yaml.SequenceNode):
            i = int(index)
            if i < len(node.value):
                child = node.value[i]
                line = child.start_mark.line + 1
        elif name and isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if getattr(k, "value", None) == name:
                    child = v
                    line = k.start_mark.line + 1
                    break
        if child is None:
            return line
        node = child
    return line


def parse(text: str, name: str) -> Any:
    """Parse YAML safely, within the limits above; a syntax error names its line."""
    loader = _BankLoader(text)
    loader.budget = 2 * len(text) + EXPANSION_SLACK
    try:
        with gc_paused():
            return loader.get_single_data()
    except LimitError as exc:
        mark = exc.problem_mark
        raise BankError(f"too big: {exc.problem}", file=name,
                        line=mark.line + 1 if mark else None) from None
    except RecursionError:
        raise BankError(f"too big: nested more than {MAX_DEPTH} levels deep", file=name) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a byte"
        raise BankError(f"invalid YAML: control character {what} is not allowed; write it as an "
                        "escape inside double quotes", file=name, line=line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or "invalid YAML"
        raise BankError(f"invalid YAML: {problem}", file=name, line=line) from None
    except yaml.YAMLError as exc:
        raise BankError(f"invalid YAML: {exc}", file=name) from None
    finally:
        loader.dispose()


class _Dumper(SafeDumper):  # type: ignore[misc, valid-type]
    """A safe dumper that keeps our key order and writes short lists inline."""


class Flow(list):
    """A list written on one line: ``[a, b, c]``."""


class FlowMap(dict):
    """A mapping written on one line: ``{article: x, quote: "..."}``."""


FLOW_LISTS = frozenset({"distractors", "answers", "accept", "dates", "tags",
                        "flags"})  # short words
FLOW_ITEMS = frozenset({"pairs", "evidence"})  # lists of small mappings, one per line


def _styled(question: dict[str, Any]) -> dict[str, Any]:
    """A question's mapping with the short lists and the small mappings marked for one line."""
    return {key: Flow(value) if key in FLOW_LISTS
            else [FlowMap(item) for item in value] if key in FLOW_ITEMS
            else value
            for key, value in question.items()}


def _represent_flow(dumper: Any, data: list) -> Any:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _represent_flow_map(dumper: Any, data: dict) -> Any:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_str(dumper: Any, data: str) -> Any:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(Flow, _represent_flow)
_Dumper.add_representer(FlowMap, _represent_flow_map)
_Dumper.add_representer(str, _represent_str)


def dump(data: dict[str, Any]) -> str:
    """A bank's ordered mapping as YAML text: same data, same bytes."""
    data = {**data, "questions": [_styled(q) for q in data.get("questions", ())]}
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False, indent=2)


