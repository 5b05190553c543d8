"""The hub's web application. Built from an engine; routers from other modules can be added
(`extra_routers`) without touching this one."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, FastAPI
from sqlalchemy import Engine

from sync.hub import api_blocks, api_oms, api_sync, api_throughput, errors
from sync.hub.auth import StationAuth
from sync.hub.limits import FILE_LIMIT, JSON_LIMIT, BodyLimit
from sync.hub.methods import AllowedMethods
from sync.hub.responses import document_errors


def create_app(engine: Engine, extra_routers: Sequence[APIRouter] = (), *,
               json_limit: int = JSON_LIMIT, file_limit: int = FILE_LIMIT) -> FastAPI:
    app = FastAPI(title="Packing station hub", version="1",
                  description="Stations push journal events and pull their work.")
    app.state.engine = engine
    # The last added runs first: the token is checked before the body limit reads a byte.
    app.add_middleware(AllowedMethods, router=app.router)
    app.add_middleware(BodyLimit, json_limit=json_limit, file_limit=file_limit)
    app.add_middleware(StationAuth, engine=engine)
    errors.install(app)

    @app.get("/v1/health", tags=["hub"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(api_sync.router)
    app.include_router(api_throughput.router)
    app.include_router(api_blocks.router)
    app.include_router(api_oms.router)
    for router in extra_routers:
        app.include_router(router)
    document_errors(app)
    return app

