"""The OMS door: a brand's OMS posts orders, reads them back with status and shipments, and
pages through what happened to them. Every route needs an OMS key (`add-client`); a key sees
only its brands, and another brand's order answers as an unknown one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, UrlConstraints

from station.limits import MAX_TEXT, Id
from sync.hub import oms_feed, webhook_urls, webhooks
from sync.hub.deps import HubEngine, get_engine
from sync.hub.models import MAX_BATCH
from sync.hub.oms_keys import OmsClient, identify_client
from sync.hub.oms_orders import Change, change_order, order_view, post_orders
from sync.hub.responses import route_errors

router = APIRouter(prefix="/v1/oms", tags=["oms"], responses=route_errors(401, 422))
_bearer = HTTPBearer(auto_error=False, description="The OMS client's key (add-client).")
MAX_PAGE = 500


def current_client(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> OmsClient:
    """The client the key belongs to; 401 without a valid, unrevoked OMS key (a station
    token is not one)."""
    if credentials is None or not credentials.credentials:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "an OMS key is required",
                            headers={"WWW-Authenticate": "Bearer"})
    with get_engine(request).connect() as conn:
        client = identify_client(conn, credentials.credentials)
    if client is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked OMS key",
                            headers={"WWW-Authenticate": "Bearer"})
    return client


Client = Annotated[OmsClient, Depends(current_client)]


class OrdersRequest(BaseModel):
    orders: Annotated[list[dict[str, Any]], Field(
        max_length=MAX_BATCH, description="Orders in the import-orders JSON shape (docs/oms.md)."
        " Each is checked and answered on its own.")]


class OrderResultModel(BaseModel):
    id: str
    status: str = Field(description="created | updated | unchanged | rejected")
    problems: list[str] = Field(default_factory=list, description="Why it was rejected.")


class OrdersResponse(BaseModel):
    results: list[OrderResultModel]


class OrderView(BaseModel):
    order: dict[str, Any]
    status: str = Field(description="waiting | packing | packed | shipped | exception |"
                        " cancelled")
    shipments: list[dict[str, Any]]


class OutwardEvent(BaseModel):
    id: str = Field(description="Stable across deliveries: deduplicate by it.")
    position: int
    type: str
    brand: str
    order_id: str | None
    occurred_at: str
    data: dict[str, Any]


class EventsPage(BaseModel):
    events: list[OutwardEvent]
    cursor: int = Field(description="Pass as `after` for the next page.")


@router.post("/orders", response_model=OrdersResponse, responses=route_errors(400, 413))
async def post(body: OrdersRequest, client: Client, engine: HubEngine) -> OrdersResponse:
    """Create or update orders, idempotent by id; an order already packed is not changed."""
    results = await run_in_threadpool(post_orders, engine, client, body.orders)
    return OrdersResponse(results=[OrderResultModel(id=r.id, status=r.status,
                                                    problems=list(r.problems))
                                   for r in results])


@router.get("/orders/{order_id}", response_model=OrderView, responses=route_errors(404))
async def get_order(order_id: Annotated[Id, Path()], client: Client,
                    engine: HubEngine) -> OrderView:
    def read() -> dict[str, Any] | None:
        with engine.connect() as conn:
            return order_view(conn, client, order_id)

    found = await run_in_threadpool(read)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no order {order_id}")
    return OrderView(**found)


@router.get("/events", response_model=EventsPage)
async def events(client: Client, engine: HubEngine,
                 after: Annotated[int, Query(ge=0, le=2**62)] = 0,
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> EventsPage:
    """The brands' outward events after the cursor, oldest first (docs/oms.md lists them)."""
    def read() -> list[dict[str, Any]]:
        with engine.connect() as conn:
            return oms_feed.page(conn, client.brands, after, limit)

    page = await run_in_threadpool(read)
    return EventsPage(events=[OutwardEvent(**event) for event in page],
                      cursor=page[-1]["position"] if page else after)


class WebhookRequest(BaseModel):
    url: Annotated[AnyHttpUrl, UrlConstraints(max_length=2000)] = Field(
        description="Where to POST each outward event (http or https).")
    secret: Annotated[str, Field(min_length=16, max_length=200, pattern=r"^[\x21-\x7e]+$",
                                 description="Signs each delivery (docs/oms.md).")]


class WebhookModel(BaseModel):
    id: int
    url: str


@router.post("/webhooks", response_model=WebhookModel, status_code=status.HTTP_201_CREATED,
             responses=route_errors(400, 413))
async def add_webhook(body: WebhookRequest, client: Client, engine: HubEngine,
                      request: Request) -> WebhookModel:
    """Register a URL: the key's brands' events from now on are delivered to it, signed.
    400 for a URL the hub will not send to (a private address: docs/oms.md)."""
    url = str(body.url)
    policy = webhooks.policy_of(request.app)
    refused = await run_in_threadpool(webhook_urls.problem, url,
                                      allow_private=policy.private_urls)
    if refused is not None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, refused)
    hook = await run_in_threadpool(webhooks.add_webhook, engine, client.name, url,
                                   body.secret)
    return WebhookModel(id=hook, url=url)


Reason = Annotated[str, Field(max_length=MAX_TEXT, pattern=r"^[^\x00]*$")]
# An address line a label cannot do without: something besides spaces.
Filled = Annotated[str, Field(max_length=MAX_TEXT, pattern=r"^[^\x00]*[^\x00\s][^\x00]*$")]


class ReasonRequest(BaseModel):
    reason: Reason = ""


class ShipTo(BaseModel):
    """The whole new address (it replaces the old one), as in the order JSON."""

    model_config = ConfigDict(extra="forbid")
    name: Reason | None = None
    postcode: Filled
    region: Reason | None = None
    city: Filled
    street: Filled
    country: Reason | None = None
    phone: Reason | None = None


class AddressRequest(BaseModel):
    ship_to: ShipTo


class ChangeModel(BaseModel):
    order_id: str
    accepted: bool = Field(description="False when the order is packed or shipped already.")
    status: str = Field(description="The order's status when the change arrived.")
    detail: str = Field(description="Whether, and when, the stations can still act on it.")


async def _change(engine: Any, client: OmsClient, order_id: str, change: Change,
                  value: Any) -> ChangeModel:
    answer = await run_in_threadpool(change_order, engine, client, order_id, change, value)
    if answer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no order {order_id}")
    return ChangeModel(order_id=order_id, accepted=answer.accepted, status=answer.status,
                       detail=answer.detail)


@router.post("/orders/{order_id}/cancel", response_model=ChangeModel,
             responses=route_errors(400, 404, 413))
async def cancel(order_id: Annotated[Id, Path()], body: ReasonRequest, client: Client,
                 engine: HubEngine) -> ChangeModel:
    """Cancel an order that is not packed yet."""
    return await _change(engine, client, order_id, Change.CANCEL, body.reason)


@router.post("/orders/{order_id}/hold", response_model=ChangeModel,
             responses=route_errors(400, 404, 413))
async def hold(order_id: Annotated[Id, Path()], body: ReasonRequest, client: Client,
               engine: HubEngine) -> ChangeModel:
    """Hold an order with a reason; an empty reason releases it."""
    return await _change(engine, client, order_id, Change.HOLD, body.reason)


@router.post("/orders/{order_id}/address", response_model=ChangeModel,
             responses=route_errors(400, 404, 413))
async def readdress(order_id: Annotated[Id, Path()], body: AddressRequest, client: Client,
                    engine: HubEngine) -> ChangeModel:
    """Ship an order that is not packed yet to another address."""
    return await _change(engine, client, order_id, Change.ADDRESS,
                         body.ship_to.model_dump(exclude_none=True))
