"""The error answers a route can give, for its OpenAPI description: every status a station
route can answer is listed, with the `{"detail": ...}` body that FastAPI and the hub's own
layers send."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from sync.hub.auth import STATION_PATHS

_ERROR_BODY = {"application/json": {"schema": {
    "type": "object", "required": ["detail"],
    "properties": {"detail": {"description": "What was wrong: a sentence, or for 422 a "
                                             "list of field errors."}}}}}
_MEANING = {
    400: "The request cannot be read.",
    401: "No station token, or an unknown or revoked one (checked before the body is read).",
    403: "The token's station belongs to another site, or the data to another station.",
    404: "Not found.",
    409: "The request contradicts what the hub holds.",
    413: "The body is larger than the hub accepts (4 MiB; 20 MiB for files).",
    422: "A parameter or the body is not valid.",
}


def route_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route that can answer these error statuses."""
    return {status: {"description": _MEANING[status], "content": _ERROR_BODY}
            for status in statuses}


def document_errors(app: FastAPI) -> None:
    """List on every station operation the errors the hub's layers give it: 401
    (StationAuth), 403 (`deps.same_site`), 413 for a body (BodyLimit), 400 for a JSON body
    that cannot be parsed and 422 (validation).
    A route adds its own (404 for a file) with `responses=route_errors(...)`. This extends
    the description FastAPI generates, the documented way (a replaced `app.openapi`)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = generate()
            for path, operations in spec.get("paths", {}).items():
                if path.startswith(STATION_PATHS):
                    for method, operation in operations.items():
                        _add_errors(method, operation)
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _add_errors(method: str, operation: dict[str, Any]) -> None:
    statuses = [401, 403]
    if method.upper() in {"POST", "PUT", "PATCH"}:
        statuses.append(413)
    if "application/json" in operation.get("requestBody", {}).get("content", {}):
        statuses.append(400)            # a body that is not JSON at all
    responses = operation.setdefault("responses", {})
    for status, response in route_errors(*statuses).items():
        responses.setdefault(str(status), response)
    # FastAPI lists its field errors; a route's own 422 (a file whose bytes do not have its
    # SHA-256) says it in a sentence.
    responses["422"] = {"description": _MEANING[422], "content": {"application/json": {
        "schema": {"type": "object", "required": ["detail"], "properties": {"detail": {
            "anyOf": [{"type": "array",
                       "items": {"$ref": "#/components/schemas/ValidationError"}},
                      {"type": "string"}]}}}}}}
