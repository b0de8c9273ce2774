"""Schemathesis hooks for Uplift's contract test (tests/e2e/api-contract.e2e.test.ts).

They teach the generator what the OpenAPI document declares but JSON Schema cannot check, so that
"schema-valid" requests are valid for the API too. Each hook reads the document; none hard-codes a
route:

- `x-greater-than: <other>` on a body property: a positive request keeps `property > other`.
- `format: uplift-list-cursor`: a list cursor is base64url JSON of a list position the API issues.
- `format: uplift-duration` with `x-minimum-ms` / `x-maximum-ms`: a positive duration is in range.
- `format: binary` in a multipart body: a positive upload carries real image content (a 1x1 PNG),
  since the API reads the type from the bytes.
- `Idempotency-Key`: a positive request with another body gets another key (reusing a key for a
  different request is 422 IDEMPOTENCY_KEY_REUSED by design).

Loaded through SCHEMATHESIS_HOOKS=schemathesis_hooks with this folder on PYTHONPATH.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib
from datetime import datetime, timezone
from typing import Any

import schemathesis
from hypothesis import strategies as st

LIST_CURSOR_FORMAT = "uplift-list-cursor"


def _cursor(position: tuple[datetime, str]) -> str:
    opened_at, case_id = position
    stamp = opened_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{opened_at.microsecond // 1000:03d}Z"
    raw = json.dumps({"o": stamp, "c": case_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


schemathesis.openapi.format(
    LIST_CURSOR_FORMAT,
    st.tuples(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(timezone.utc)),
        st.uuids().map(str),
    ).map(_cursor),
)


DURATION_FORMAT = "uplift-duration"
_DURATION = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_MS = {"ms": 1, "s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}

schemathesis.openapi.format(
    DURATION_FORMAT,
    st.tuples(st.integers(min_value=1, max_value=30), st.sampled_from(["s", "m", "h", "d"])).map(lambda p: f"{p[0]}{p[1]}"),
)


def _duration_ms(text: str) -> float | None:
    """Milliseconds of a duration as the API's parseDuration reads it (None when it is not one)."""
    match = _DURATION.match(text)
    return None if match is None else round(float(match.group(1)) * _UNIT_MS[match.group(2) or "ms"])


def _valid_cursor(text: str) -> bool:
    """Whether the API would read `text` as a list position (mirrors libs/persistence list-cursor.ts)."""
    try:
        position = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8"))
        stamp = position["o"]
        parsed = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
        canonical = parsed.strftime("%Y-%m-%dT%H:%M:%S.") + f"{parsed.microsecond // 1000:03d}Z"
        return canonical == stamp and isinstance(position["c"], str) and len(position["c"]) > 0
    except (ValueError, KeyError, TypeError):
        return False


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") + (1).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG_1X1 = _png_1x1()


def _body_schema(case: Any) -> tuple[str | None, dict[str, Any]]:
    """The media type and resolved top-level schema of the operation's request body."""
    body = case.operation.definition.raw.get("requestBody") or {}
    for media_type, content in (body.get("content") or {}).items():
        schema = content.get("schema") or {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = case.operation.schema.raw_schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        return media_type, schema
    return None, {}


def _is_positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode.is_positive


def _parameters(case: Any, location: str) -> dict[str, dict[str, Any]]:
    """The operation's declared parameters in `location` (query, header, path), by name."""
    declared = case.operation.definition.raw.get("parameters") or []
    return {p["name"]: p.get("schema") or {} for p in declared if p.get("in") == location}


def _breaks_declared_rule(name: str, schema: dict[str, Any], value: Any, siblings: dict[str, Any]) -> bool:
    """Whether a value the JSON Schema admits breaks a rule the document declares beyond it."""
    other = schema.get("x-greater-than")
    bound = siblings.get(other) if other else None
    if other and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (value, bound)):
        return not value > bound
    if schema.get("format") == LIST_CURSOR_FORMAT and isinstance(value, str):
        return not _valid_cursor(value)
    if schema.get("format") == DURATION_FORMAT and isinstance(value, str):
        ms = _duration_ms(value)
        return ms is None or not schema.get("x-minimum-ms", 0) <= ms <= schema.get("x-maximum-ms", float("inf"))
    return False


@schemathesis.hook
def filter_case(context: Any, case: Any) -> bool:
    """Drops positive cases that break a rule the document declares but JSON Schema cannot check."""
    if not _is_positive(case):
        return True
    query = case.query if isinstance(case.query, dict) else {}
    for name, schema in _parameters(case, "query").items():
        if name in query and _breaks_declared_rule(name, schema, query[name], query):
            return False
    if isinstance(case.body, dict):
        _, body_schema = _body_schema(case)
        for name, schema in (body_schema.get("properties") or {}).items():
            if name in case.body and isinstance(schema, dict) and _breaks_declared_rule(name, schema, case.body[name], case.body):
                return False
    return True


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    """Real content for positive uploads' binary parts; one Idempotency-Key per distinct positive request."""
    if not _is_positive(case):
        return case
    headers = case.headers if case.headers is not None else {}
    for name in list(headers):
        if name.lower() == "idempotency-key" and isinstance(headers[name], str):
            digest = hashlib.sha256(json.dumps(case.body, sort_keys=True, default=repr).encode()).hexdigest()[:16]
            headers[name] = f"{headers[name][:100]}-{digest}"
    media_type, schema = _body_schema(case)
    if media_type == "multipart/form-data" and isinstance(case.body, dict):
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("format") == "binary" and name in case.body:
                case.body[name] = PNG_1X1
    return case
