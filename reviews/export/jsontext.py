r"""The export's JSON text, and the fast writer of a Verdict as JSON.

Every JSON the export writes escapes `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`,
so that it can be embedded in an HTML `<script>` (ClaimReview's usual home) as it is.

`verdict_json` writes a Verdict exactly as `dumps(verdict_item(verdict))` would (tests pin
that) without building the dicts: building tens of thousands of them only to encode them
again was most of a big export's time. Its code is generated once, at import, from the
`Verdict` declaration (each field's type says how it is written), so a field added to
`Verdict` is written with no change here, and a field of a new kind of type is refused at
import until this module says how to write it.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from typing import Any, Union, get_args, get_origin, get_type_hints

from reviews.export.verdicts import NESTED_KEYS, Verdict

# The export's JSON: compact, non-ASCII as is. One encoder for the whole export (json.dumps
# with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def html_safe(text: str) -> str:
    r"""JSON text with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`: the same
    JSON, which an HTML page can embed in a `<script>` without `</script>` in a value
    ending it. JSON's own syntax has none of the three, so only string contents change."""
    if "<" in text or ">" in text or "&" in text:  # three scans cost less than one replace
        return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return text


def dumps(value: Any) -> str:
    """The export's JSON encoding of `value`, safe to embed in HTML (see html_safe)."""
    return html_safe(_encode(value))


def object_template(keys: Sequence[str]) -> str:
    """`{"key":%s,...}`: a JSON object whose values are filled in with `%`."""
    return "{" + ",".join(f"{encode_basestring(key)}:%s" for key in keys) + "}"


# --- the Verdict writer, generated from the declaration ---------------------------------------
#
# Strings go through the encoder's own string function, integers as `str` writes them, null
# for None. Null checks and list joins are written out in the generated code: a helper
# call per value cost a tenth of the export. Ratings and sets of writers repeat across
# thousands of verdicts, so their JSON is cached in the `cache` argument between calls.


def _scalar(kind: Any, value: str) -> str:
    """The expression writing one scalar value of type `kind`."""
    if kind is int:
        return value
    if kind is str:
        return f"string({value})"
    if kind == str | None:
        return f'"null" if {value} is None else string({value})'
    raise TypeError(f"the export does not know how to write a {kind} value")


def _field(name: str, kind: Any) -> tuple[str, dict[str, Any]]:
    """The expression writing Verdict field `name` of type `kind`, and the names it uses."""
    args = get_args(kind)
    if name in NESTED_KEYS:
        keys = NESTED_KEYS[name]
        template = f"_{name.upper()}_JSON"
        if get_origin(kind) is list:  # a list of tuples: a list of objects
            parts = get_args(args[0])
            variables = [f"_{name}_{i}" for i in range(len(parts))]
            values = ", ".join(_scalar(p, v) for p, v in zip(parts, variables, strict=True))
            loop = ", ".join(variables)
            return (
                f'"[" + ",".join([{template} % ({values}) for {loop} in {name}]) + "]"',
                {template: object_template(keys)},
            )
        if get_origin(kind) in (Union, types.UnionType) and type(None) in args:
            # An optional tuple that repeats (the rating): one encoding each, cached.
            keys_name = f"_{name.upper()}_KEYS"
            return (
                f'"null" if {name} is None else (cache.get({name}) or cache.setdefault('
                f"{name}, dumps(dict(zip({keys_name}, {name}, strict=True)))))",
                {keys_name: keys},
            )
    if get_origin(kind) is tuple and args[1:] == (Ellipsis,):
        return f"cache.get({name}) or cache.setdefault({name}, _encode({name}))", {}
    if get_origin(kind) is list and get_origin(args[0]) is dict:
        return f'_encode({name}) if {name} else "[]"', {}
    return _scalar(kind, name), {}


def _writer() -> tuple[Callable[[Verdict, dict[Any, str]], str], str]:
    hints = get_type_hints(Verdict)
    namespace: dict[str, Any] = {
        "_ITEM_JSON": object_template(Verdict._fields),
        "string": encode_basestring,
        "dumps": dumps,
        "_encode": _encode,
    }
    expressions = []
    for name in Verdict._fields:
        expression, names = _field(name, hints[name])
        expressions.append(expression)
        namespace.update(names)
    source = (
        "def verdict_json_unescaped(verdict, cache):\n"
        f"    ({', '.join(Verdict._fields)},) = verdict\n"
        "    return _ITEM_JSON % (\n"
        + "".join(f"        {expression},\n" for expression in expressions)
        + "    )\n"
    )
    # Generated once from the declaration, like collections.namedtuple's own methods.
    exec(source, namespace)  # noqa: S102 - the source is built from Verdict's field names
    return namespace["verdict_json_unescaped"], source


# verdict_json before html_safe, which a stream applies once per chunk.
verdict_json_unescaped, VERDICT_JSON_SOURCE = _writer()


def verdict_json(verdict: Verdict, cache: dict[Any, str]) -> str:
    """`dumps(verdict_item(verdict))`, written directly; `cache` keeps the JSON of each
    rating and each set of writers between calls."""
    return html_safe(verdict_json_unescaped(verdict, cache))
