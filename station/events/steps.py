"""Steps to confirm by scan before an order completes (subject: the order id): the gift's
熨斗 and wrapping, and the flyers and samples the brand's rules add. `station.pack.steps`
folds them."""

from __future__ import annotations

from station.events.base import Part
from station.events.pack import OrderEvent
from station.limits import Code, Id, Name, Quantity, Text


class PackStep(Part):
    """One step: `code` is what the packer scans to confirm it, `quantity` times; `after`
    names the step that must be confirmed first (内のし goes under the wrapping)."""

    id: Id
    kind: Name
    code: Code
    quantity: Quantity = 1
    name: Text
    name_ja: Text = ""
    detail: Text = ""
    after: Id | None = None


class StepsAssigned(OrderEvent):
    """The steps of the order, fixed when it opens (in the transaction of its OrderOpened):
    a rules file edited meanwhile never changes an order being packed."""

    TYPE = "StepsAssigned"
    steps: tuple[PackStep, ...]


class StepConfirmed(OrderEvent):
    """One scan of a step's code: the packer did it (put the flyer in, tied the noshi)."""

    TYPE = "StepConfirmed"
    step: Id
    kind: Name
