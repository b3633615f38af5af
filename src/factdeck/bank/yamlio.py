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


class _BankLoader(SafeLoader):  # type: ignore[misc, valid-type]
    """The safe loader, building plain strings, lists and mappings in one tight function.

    PyYAML's constructor spends most of a big bank's load dispatching every
    node through generic machinery; a bank is almost only strings, lists and
    mappings. Every other node (numbers, dates, null, explicit tags, merge keys)
    still goes through the safe constructor, so what is accepted, refused and
    built is the same.
    """

    def construct_document(self, node: yaml.Node) -> Any:
        built: dict[int, Any] = {}  # id(node) -> object: aliases share, as in PyYAML
        safe = self.construct_object
        scalar_node, sequence_node, mapping_node = (yaml.ScalarNode, yaml.SequenceNode,
                                                    yaml.MappingNode)

        def build(node: yaml.Node) -> Any:
            kind = type(node)
            tag = node.tag
            if kind is scalar_node:
                return node.value if tag == _STR else safe(node, deep=True)
            found = built.get(id(node))
            if found is not None:
                return found
            if kind is sequence_node and tag == _SEQ:
                items: list[Any] = []
                built[id(node)] = items
                items.extend([build(child) for child in node.value])
                return items
            if kind is mapping_node and tag == _MAP and not any(
                    k.tag in _MERGE_KEYS for k, _ in node.value):
                mapping: dict[Any, Any] = {}
                built[id(node)] = mapping
                for key_node, value_node in node.value:
                    key = build(key_node)
                    if not isinstance(key, Hashable):
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping", node.start_mark,
                            "found unhashable key", key_node.start_mark)
                    mapping[key] = build(value_node)
                return mapping
            return safe(node, deep=True)

        try:
            return build(node)
        except RecursionError:  # deeply nested: PyYAML's constructor does not recurse
            pass
        finally:
            self.constructed_objects = {}
            self.recursive_objects = {}
            self.deep_construct = False
        return super().construct_document(node)


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
    """Parse YAML safely; a syntax error names its line."""
    try:
        with gc_paused():
            return yaml.load(text, Loader=_BankLoader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or "invalid YAML"
        raise BankError(f"invalid YAML: {problem}", file=name, line=line) from None
    except yaml.YAMLError as exc:
        raise BankError(f"invalid YAML: {exc}", file=name) from None


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


