"""The stations' routes: push events, pull the feed (or a snapshot), upload files."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response, status
from fastapi.concurrency import run_in_threadpool

from station.limits import Site
from sync.hub import feed, files, ingest
from sync.hub.deps import HubEngine, Station, same_site
from sync.hub.models import (
    EventResultModel,
    FeedPage,
    FeedRecordModel,
    FileStored,
    PushRequest,
    PushResponse,
    Sha256,
    Snapshot,
)
from sync.hub.responses import route_errors

router = APIRouter(prefix="/v1/sites/{site}", tags=["stations"])
SitePath = Annotated[Site, Path(description="The station's site")]


@router.post("/events", response_model=PushResponse)
async def push_events(site: SitePath, body: PushRequest, who: Station,
                      engine: HubEngine) -> PushResponse:
    """Apply a batch of journal events, each on its own: each id of a station at most once,
    in station order. Every event gets its answer (applied, duplicate, rejected with the
    reason, or conflict); one bad event never refuses the others."""
    same_site(site, who)
    foreign = [e["station"] for e in body.events
               if isinstance(e.get("station"), str) and e["station"] != who.name]
    if foreign:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            f"station {who.name} cannot push events of station {foreign[0]}")
    results = await run_in_threadpool(ingest.push, engine, who, body.events)
    return PushResponse(results=[EventResultModel(id=r.id, status=r.status.value,
                                                  reason=r.reason) for r in results])


@router.get("/feed", response_model=FeedPage)
async def read_feed(site: SitePath, who: Station, engine: HubEngine,
                    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> FeedPage:
    same_site(site, who)

    def read() -> FeedPage:
        with engine.connect() as conn:
            if after < feed.floor(conn):
                return FeedPage(records=[], cursor=after, head=feed.head(conn),
                                snapshot_required=True)
            # The head first: every position up to it is committed (publishers take turns),
            # so a page that stops short of `limit` has read everything up to the head.
            head = feed.head(conn)
            records = feed.read(conn, site, after, limit, up_to=head)
        # Records of other sites are skipped, so the cursor moves past them too.
        cursor = records[-1]["position"] if len(records) == limit else max(head, after)
        return FeedPage(records=[FeedRecordModel(**r) for r in records], cursor=cursor,
                        head=head)

    return await run_in_threadpool(read)


@router.get("/snapshot", response_model=Snapshot)
async def read_snapshot(site: SitePath, who: Station, engine: HubEngine) -> Snapshot:
    """The current state of everything the site needs, and the cursor to go on from."""
    same_site(site, who)

    def read() -> Snapshot:
        with engine.begin() as conn:
            cursor = feed.head(conn)
            records = feed.snapshot(conn, site)
        return Snapshot(records=[FeedRecordModel(**r) for r in records], cursor=cursor)

    return await run_in_threadpool(read)


@router.put("/files/{sha256}", response_model=FileStored,
            openapi_extra={"requestBody": {"content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}, "required": True}})
async def upload_file(site: SitePath, sha256: Sha256, request: Request, who: Station,  # noqa: PLR0917 (FastAPI injects by name)
                      engine: HubEngine, response: Response) -> FileStored:
    """Store bytes under their SHA-256; the same bytes again are `exists`."""
    same_site(site, who)
    content = await request.body()
    result = await run_in_threadpool(files.store_file, engine, site, sha256, content)
    if result is files.StoreResult.HASH_MISMATCH:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            "the content does not have this SHA-256")
    if result is files.StoreResult.OTHER_SITE:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this file belongs to another site")
    response.status_code = (status.HTTP_201_CREATED if result is files.StoreResult.CREATED
                            else status.HTTP_200_OK)
    return FileStored(sha256=sha256.lower(), status=result.value)


@router.get("/files/{sha256}", response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}},
                       **route_errors(404)})
async def download_file(site: SitePath, sha256: Sha256, who: Station,
                        engine: HubEngine) -> Response:
    same_site(site, who)
    found = await run_in_threadpool(files.load_file, engine, sha256)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such file")
    owner, content = found
    if owner != site:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this file belongs to another site")
    return Response(content, media_type="application/octet-stream")
