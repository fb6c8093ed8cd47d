"""CQL2 filters: parse CQL2-text into CQL2-JSON, check CQL2-JSON, write CQL2-text, combine with AND.

A small recursive-descent parser for what STAC filters use: comparisons, ``AND``/``OR``/``NOT``,
``LIKE``, ``BETWEEN``, ``IN``, ``IS NULL``, ``CASEI``/``ACCENTI``, ``TIMESTAMP``/``DATE``/``INTERVAL``
literals, spatial (``S_*`` with WKT or ``BBOX``), temporal (``T_*``) and array (``A_*``) functions.
Errors are :class:`FilterError` with the position of the problem, raised before any request.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import StacPluginError
from .shapes import geometry_errors

COMPARISONS = ("=", "<>", "<", ">", "<=", ">=")
SPATIAL = ("s_intersects", "s_equals", "s_disjoint", "s_touches", "s_within", "s_overlaps",
           "s_crosses", "s_contains")  # fmt: skip
TEMPORAL = ("t_after", "t_before", "t_contains", "t_disjoint", "t_during", "t_equals", "t_finishedby",
            "t_finishes", "t_intersects", "t_meets", "t_metby", "t_overlappedby", "t_overlaps",
            "t_startedby", "t_starts")  # fmt: skip
ARRAY = ("a_equals", "a_contains", "a_containedby", "a_overlaps")
_GEOMETRIES = ("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON",
               "GEOMETRYCOLLECTION")  # fmt: skip
_ARITY = {"not": 1, "isNull": 1, "like": 2, "in": 2, "between": 3, "casei": 1, "accenti": 1,
          **dict.fromkeys(COMPARISONS + SPATIAL + TEMPORAL + ARRAY, 2)}  # fmt: skip
_KEYWORDS = {"AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE"}

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*")
    | (?P<op><>|<=|>=|=|<|>|\(|\)|,)
    | (?P<word>[A-Za-z_][\w:.\-]*)
    )""",
    re.VERBOSE,
)


class FilterError(StacPluginError):
    """A filter that is not valid CQL2 (text or JSON)."""


# -- text -> JSON -------------------------------------------------------------
class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        pos = 0
        stripped = text.rstrip()
        while pos < len(stripped):
            match = _TOKEN.match(stripped, pos)
            if match is None or match.end() == pos:
                start = pos + len(stripped[pos:]) - len(stripped[pos:].lstrip())
                self.fail(f"unexpected character {stripped[start]!r}", start)
            kind = match.lastgroup or ""
            self.tokens.append((kind, match.group(kind), match.start(kind)))
            pos = match.end()
        self.i = 0

    def fail(self, message: str, pos: int | None = None) -> None:
        if pos is None:
            pos = self.tokens[self.i][2] if self.i < len(self.tokens) else len(self.text.rstrip())
        excerpt = self.text[max(0, pos - 20) : pos + 20].replace("\n", " ")
        raise FilterError(
            f"Invalid CQL2 filter at character {pos + 1}: {message}",
            detail=f"{self.text}\n{' ' * pos}^\n…{excerpt}…",
        )

    def peek(self, offset: int = 0) -> tuple[str, str, int] | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def word(self, offset: int = 0) -> str:
        token = self.peek(offset)
        return token[1].upper() if token is not None and token[0] == "word" else ""

    def take(self, value: str | None = None, kind: str | None = None) -> str:
        token = self.peek()
        if token is None:
            self.fail(f"expected {value or kind or 'more'}, found the end")
        assert token is not None
        if kind is not None and token[0] != kind:
            self.fail(f"expected {value or kind}, found {token[1]!r}")
        if value is not None and token[1].upper() != value:
            self.fail(f"expected {value!r}, found {token[1]!r}")
        self.i += 1
        return token[1]

    def accept(self, value: str) -> bool:
        token = self.peek()
        if token is not None and token[1].upper() == value and token[0] in ("word", "op"):
            self.i += 1
            return True
        return False

    # grammar
    def parse(self) -> dict[str, Any]:
        if not self.tokens:
            self.fail("the filter is empty", 0)
        result = self.or_expr()
        if self.peek() is not None:
            self.fail(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        if not isinstance(result, bool) and not (isinstance(result, dict) and "op" in result):
            self.fail("the filter is not a condition (true/false)", 0)
        return result

    def or_expr(self) -> Any:
        args = [self.and_expr()]
        while self.accept("OR"):
            args.append(self.and_expr())
        return args[0] if len(args) == 1 else {"op": "or", "args": args}

    def and_expr(self) -> Any:
        args = [self.not_expr()]
        while self.accept("AND"):
            args.append(self.not_expr())
        return args[0] if len(args) == 1 else {"op": "and", "args": args}

    def not_expr(self) -> Any:
        if self.accept("NOT"):
            return {"op": "not", "args": [self.not_expr()]}
        return self.predicate()

    def predicate(self) -> Any:
        token = self.peek()
        if token is not None and token[1] == "(" and self._is_group():
            self.i += 1
            inner = self.or_expr()
            self.take(")")
            return inner
        left = self.scalar()
        negate = self.accept("NOT")
        word = self.word()
        token = self.peek()
        if word == "LIKE":
            self.i += 1
            result: Any = {"op": "like", "args": [left, self.scalar()]}
        elif word == "BETWEEN":
            self.i += 1
            low = self.scalar()
            self.take("AND")
            result = {"op": "between", "args": [left, low, self.scalar()]}
        elif word == "IN":
            self.i += 1
            result = {"op": "in", "args": [left, self.array()]}
        elif word == "IS" and not negate:
            self.i += 1
            is_not = self.accept("NOT")
            self.take("NULL")
            result = {"op": "isNull", "args": [left]}
            return {"op": "not", "args": [result]} if is_not else result
        elif not negate and token is not None and token[0] == "op" and token[1] in COMPARISONS:
            self.i += 1
            return {"op": token[1], "args": [left, self.scalar()]}
        elif negate:
            self.fail("expected LIKE, BETWEEN or IN after NOT")
        else:
            if isinstance(left, bool) or (isinstance(left, dict) and left.get("op") in _PREDICATE_FUNCS):
                return left
            if token is None:
                self.fail("expected a comparison (=, <, >, LIKE, IN, IS NULL…), found the end")
            self.fail(f"expected a comparison (=, <, >, LIKE, IN, IS NULL…), found {token[1]!r}")
        return {"op": "not", "args": [result]} if negate else result

    def _is_group(self) -> bool:
        """Whether the "(" at the cursor opens a sub-expression rather than a scalar in parentheses."""
        depth = 0
        for kind, value, _ in self.tokens[self.i :]:
            if value == "(":
                depth += 1
            elif value == ")":
                depth -= 1
                if depth == 0:
                    return True
            elif depth == 1 and value == ",":
                return False
            if kind == "word" and value.upper() in ("AND", "OR", "NOT", "LIKE", "BETWEEN", "IN", "IS"):
                return True
            if kind == "op" and value in COMPARISONS:
                return True
        return True

    def array(self) -> list[Any]:
        self.take("(")
        values = [] if self.peek() is not None and self.peek()[1] == ")" else [self.scalar()]  # type: ignore[index]
        while self.accept(","):
            values.append(self.scalar())
        self.take(")")
        return values

    def scalar(self) -> Any:  # noqa: PLR0911 - one per literal kind
        token = self.peek()
        if token is None:
            self.fail("expected a property or a value, found the end")
        assert token is not None
        kind, value, pos = token
        if kind == "number":
            self.i += 1
            number = float(value)
            return int(number) if re.fullmatch(r"-?\d+", value) else number
        if kind == "string":
            self.i += 1
            return value[1:-1].replace("''", "'")
        if kind == "quoted":
            self.i += 1
            return {"property": value[1:-1].replace('""', '"')}
        if kind == "op" and value == "(":
            return self.array()
        if kind != "word":
            self.fail(f"expected a property or a value, found {value!r}")
        upper = value.upper()
        following = self.peek(1)
        call = following is not None and following[1] == "("
        if upper in ("TRUE", "FALSE"):
            self.i += 1
            return upper == "TRUE"
        if upper in _KEYWORDS:
            self.fail(f"expected a property or a value, found the keyword {value}")
        if call:
            return self.function(value, pos)
        self.i += 1
        return {"property": value}

    def _literal_string(self) -> str:
        token = self.peek()
        if token is None or token[0] != "string":
            self.fail("expected a quoted string")
        self.i += 1
        return token[1][1:-1].replace("''", "'")  # type: ignore[index]

    def function(self, name: str, pos: int) -> Any:
        upper = name.upper()
        self.i += 1
        if upper in _GEOMETRIES:
            return self.wkt(upper, pos)
        self.take("(")
        if upper in ("TIMESTAMP", "DATE"):
            value = self._literal_string()
            self.take(")")
            return {upper.lower(): value}
        if upper == "INTERVAL":
            ends = [self._interval_end()]
            self.take(",")
            ends.append(self._interval_end())
            self.take(")")
            return {"interval": ends}
        if upper == "BBOX":
            numbers = [self.scalar()]
            while self.accept(","):
                numbers.append(self.scalar())
            self.take(")")
            if len(numbers) not in (4, 6) or not all(isinstance(n, (int, float)) for n in numbers):
                self.fail("BBOX needs 4 or 6 numbers", pos)
            return {"bbox": numbers}
        args = [] if self.peek() is not None and self.peek()[1] == ")" else [self.scalar()]  # type: ignore[index]
        while self.accept(","):
            args.append(self.scalar())
        self.take(")")
        op = name.lower()
        if op in _ARITY and len(args) != _ARITY[op]:
            self.fail(f"{name} takes {_ARITY[op]} argument(s), not {len(args)}", pos)
        return {"op": op, "args": args}

    def _interval_end(self) -> str:
        token = self.peek()
        if token is not None and token[0] == "word" and token[1].upper() in ("TIMESTAMP", "DATE"):
            value = self.scalar()
            return str(next(iter(value.values())))
        return self._literal_string()

    def wkt(self, kind: str, pos: int) -> dict[str, Any]:
        from shapely import wkt as shapely_wkt
        from shapely.geometry import mapping

        depth = 0
        start = self.i
        while self.i < len(self.tokens):
            value = self.tokens[self.i][1]
            self.i += 1
            if value == "(":
                depth += 1
            elif value == ")":
                depth -= 1
                if depth == 0:
                    break
        if depth != 0 or self.i == start:
            self.fail(f"unclosed {kind}", pos)
        end = self.tokens[self.i - 1][2] + 1
        text = self.text[pos:end]
        try:
            geometry = shapely_wkt.loads(text)
        except geometry_errors() as exc:
            self.fail(f"invalid {kind}: {str(exc).splitlines()[0][:80]}", pos)
        return json.loads(json.dumps(mapping(geometry)))


_PREDICATE_FUNCS = set(SPATIAL + TEMPORAL + ARRAY)


def parse_text(text: str) -> dict[str, Any]:
    """CQL2-text -> CQL2-JSON; raises FilterError with the position of the first problem."""
    return _Parser(text).parse()


# -- JSON checks ----------------------------------------------------------------
def _check(node: Any, path: str, boolean: bool) -> None:
    """Raise FilterError when ``node`` (at ``path``) is no CQL2-JSON; a condition when ``boolean``."""
    if isinstance(node, bool):
        return
    if boolean and not (isinstance(node, dict) and "op" in node):
        raise FilterError(f"Invalid CQL2-JSON at {path}: expected a condition ({{'op': …, 'args': […]}})")
    if isinstance(node, (int, float, str)) or node is None:
        return
    if isinstance(node, list):
        for index, value in enumerate(node):
            _check(value, f"{path}[{index}]", False)
        return
    if not isinstance(node, dict):
        raise FilterError(f"Invalid CQL2-JSON at {path}: unexpected {type(node).__name__}")
    if "property" in node:
        if not isinstance(node["property"], str) or not node["property"]:
            raise FilterError(f"Invalid CQL2-JSON at {path}: a property name must be a string")
        return
    if not any(key in node for key in ("timestamp", "date", "interval", "bbox", "type")):
        _check_operation(node, path)


def _check_operation(node: dict[str, Any], path: str) -> None:
    """Check ``{"op": ..., "args": [...]}``: its arity, and its arguments (conditions for and, or, not)."""
    op, args = node.get("op"), node.get("args")
    if not isinstance(op, str) or not isinstance(args, list):
        raise FilterError(f"Invalid CQL2-JSON at {path}: expected 'op' (a string) and 'args' (a list)")
    if op in ("and", "or") and len(args) < 1:
        raise FilterError(f"Invalid CQL2-JSON at {path}: '{op}' needs conditions")
    if op in _ARITY and len(args) != _ARITY[op]:
        raise FilterError(
            f"Invalid CQL2-JSON at {path}: '{op}' takes {_ARITY[op]} argument(s), not {len(args)}"
        )
    if op == "in" and not isinstance(args[1], list):
        raise FilterError(f"Invalid CQL2-JSON at {path}: 'in' needs a list as its second argument")
    conditions = op in ("and", "or", "not")
    for index, value in enumerate(args):
        _check(value, f"{path}.args[{index}]", conditions)


def check_json(data: Any) -> dict[str, Any]:
    """``data`` when it is a CQL2-JSON condition; raises FilterError saying where it is not."""
    _check(data, "the top", True)
    return data


def parse_filter(text: str | dict[str, Any] | None) -> dict[str, Any] | None:
    """A filter given as CQL2-text or CQL2-JSON (text or dict) -> CQL2-JSON; None when empty."""
    if text is None:
        return None
    if isinstance(text, dict):
        return check_json(text)
    if not text.strip():
        return None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FilterError(
                f"Invalid CQL2-JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", detail=text
            ) from exc
        return check_json(data)
    return parse_text(text)


def and_all(*filters: dict[str, Any] | None) -> dict[str, Any] | None:
    """The AND of the given conditions (None ones left out; nested ANDs flattened)."""
    args: list[Any] = []
    for condition in filters:
        if condition is None:
            continue
        if isinstance(condition, dict) and condition.get("op") == "and":
            args.extend(condition["args"])
        else:
            args.append(condition)
    if not args:
        return None
    return args[0] if len(args) == 1 else {"op": "and", "args": args}


# -- JSON -> text ---------------------------------------------------------------
def _quote_property(name: str) -> str:
    if re.fullmatch(r"[A-Za-z_][\w.]*", name) and name.upper() not in _KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def _string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _geometry_text(value: dict[str, Any]) -> str:
    from shapely.geometry import shape

    return shape(value).wkt


_OPERATION_TEXT = {
    "like": "{0} LIKE {1}",
    "between": "{0} BETWEEN {1} AND {2}",
    "isNull": "{0} IS NULL",
    "not": "NOT ({0})",
}
"""CQL2-text of the operations written with keywords (comparisons, and, or, in apart)."""


def to_text(node: Any) -> str:
    """CQL2-JSON -> CQL2-text (for APIs that only read CQL2-text)."""
    if isinstance(node, bool):
        return "TRUE" if node else "FALSE"
    if isinstance(node, (int, float)):
        return repr(node)
    if isinstance(node, str):
        return _string(node)
    if isinstance(node, list):
        return "(" + ", ".join(to_text(v) for v in node) + ")"
    if not isinstance(node, dict):
        raise FilterError(f"Cannot write {node!r} as CQL2-text")
    literal = _literal_text(node)
    return _operation_text(node) if literal is None else literal


def _operation_text(node: dict[str, Any]) -> str:
    """CQL2-text of ``{"op": ..., "args": [...]}``."""
    op, args = node.get("op"), node.get("args") or []
    if op in ("and", "or"):
        return "(" + f" {op.upper()} ".join(to_text(a) for a in args) + ")"
    if op in COMPARISONS:
        return f"{to_text(args[0])} {op} {to_text(args[1])}"
    if op == "in":
        return f"{to_text(args[0])} IN {to_text(list(args[1]))}"
    if op in _OPERATION_TEXT:
        return _OPERATION_TEXT[op].format(*(to_text(a) for a in args))
    return f"{str(op).upper()}(" + ", ".join(to_text(a) for a in args) + ")"


def _literal_text(node: dict[str, Any]) -> str | None:  # noqa: PLR0911 (one return per kind)
    """CQL2-text of a property, time, bbox or geometry; None for an operation."""
    if "property" in node:
        return _quote_property(str(node["property"]))
    if "timestamp" in node:
        return f"TIMESTAMP({_string(node['timestamp'])})"
    if "date" in node:
        return f"DATE({_string(node['date'])})"
    if "interval" in node:
        ends = ", ".join(_string(str(v)) for v in node["interval"])
        return f"INTERVAL({ends})"
    if "bbox" in node:
        return "BBOX(" + ", ".join(repr(v) for v in node["bbox"]) + ")"
    if ("type" in node and "coordinates" in node) or node.get("type") == "GeometryCollection":
        return _geometry_text(node)
    return None
