"""Error answers that can always be written: FastAPI's 422 echoes the offending input, and a
lone surrogate in it (valid in a JSON string escape, not in UTF-8) made the answer itself fail
with a 500. Here every string of an answer is made encodable first, and an input too long to
be worth echoing (a whole 4 MiB batch behind "at most 1000 items") or a secret is left out."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


def encodable(value: Any) -> Any:
    """The same JSON value with every string UTF-8 encodable (lone surrogates become '?')."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "replace").decode("utf-8")
        return value
    if isinstance(value, dict):
        return {encodable(key): encodable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [encodable(item) for item in value]
    return value


ECHO_LIMIT = 200    # characters of JSON an error may echo of its input
NOT_ECHOED = "(not echoed)"


def brief(error: dict[str, Any]) -> dict[str, Any]:
    """A field error with its input echoed only when short and not a secret."""
    if "input" not in error:
        return error
    secret = any("secret" in str(part) for part in error.get("loc", ()))
    if secret or len(json.dumps(error["input"], default=str)) > ECHO_LIMIT:
        return {**error, "input": NOT_ECHOED}
    return error


NOT_JSON = {"type": "content_type", "loc": ["body"],
            "msg": "send the body as JSON, with the header Content-Type: application/json"}


def _sent_as_json(request: Request) -> bool:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    errors = [brief(dict(e)) for e in error.errors()] if isinstance(
        error, RequestValidationError) else []
    if not _sent_as_json(request) and any(tuple(e.get("loc", ())) == ("body",)
                                          for e in errors):
        # FastAPI reads a body without a JSON content type as text and says only that it is
        # not an object (curl -d sends a form's type).
        errors = [NOT_JSON]
    return JSONResponse(encodable(jsonable_encoder({"detail": errors})),
                        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation_error)
