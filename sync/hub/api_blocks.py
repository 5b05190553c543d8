"""The route a station claims a block of numbers from (tracking numbers, SSCC serials)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from station.limits import Site
from sync.hub.deps import HubEngine, Station, same_site
from sync.hub.number_blocks import claim_block
from sync.hub.responses import route_errors

router = APIRouter(prefix="/v1/sites/{site}", tags=["stations"])
SitePath = Annotated[Site, Path(description="The station's site")]
MAX_BLOCK = 10_000


class BlockRequest(BaseModel):
    kind: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_/.-]+$")]
    size: Annotated[int, Field(ge=1, le=MAX_BLOCK)]


class BlockModel(BaseModel):
    kind: str
    first: int
    last: int
    station: str = Field(description="The station the block now belongs to.")


@router.post("/number-blocks", response_model=BlockModel, status_code=status.HTTP_201_CREATED,
             responses=route_errors(409))
async def claim(site: SitePath, body: BlockRequest, who: Station,
                engine: HubEngine) -> BlockModel:
    """Hand the calling station the next free serials of `kind`; 409 when none are left."""
    same_site(site, who)
    block = await run_in_threadpool(claim_block, engine, site, who.name, body.kind, body.size)
    if block is None:
        raise HTTPException(status.HTTP_409_CONFLICT,
                            f"site {site} has no {body.kind} numbers left: add a range")
    return BlockModel(kind=block.kind, first=block.first, last=block.last,
                      station=block.station)
