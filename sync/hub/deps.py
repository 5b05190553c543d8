"""What every route of the hub needs: the database and the calling station. A new router
module (the supervisor's throughput endpoint, say) depends on these and is passed to
`create_app(extra_routers=...)`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from sync.hub.auth import STATE_KEY
from sync.hub.stations import StationIdentity, identify

_bearer = HTTPBearer(auto_error=False, description="The station's token (add-station).")


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def current_station(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> StationIdentity:
    """The station the bearer token belongs to; 401 without a valid, unrevoked token. The
    ASGI layer (`auth.StationAuth`) has checked it already, before the body was read; the
    check here is for an app assembled without it."""
    known = getattr(request.state, STATE_KEY, None)
    if isinstance(known, StationIdentity):
        return known
    if credentials is None or not credentials.credentials:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a station token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    with get_engine(request).connect() as conn:
        who = identify(conn, credentials.credentials)
    if who is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked token",
                            headers={"WWW-Authenticate": "Bearer"})
    return who


def same_site(site: str, who: StationIdentity) -> None:
    """403 when a station reads or writes another site's data."""
    if site != who.site:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"station {who.name} belongs to site {who.site}, not {site}")


Station = Annotated[StationIdentity, Depends(current_station)]
HubEngine = Annotated[Engine, Depends(get_engine)]
