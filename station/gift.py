"""A gift order's wishes as data: the message for the card, 熨斗 (noshi) and wrapping.

The hub's import and the station's inbox read the same `Gift` model, so an order whose gift
data the station cannot pack is refused at import with what is wrong, never at the bench.

熨斗 in brief, as Japanese gift counters apply it:
- 表書き (omotegaki) is written above the 水引 cord: 御祝, 内祝, 御礼, 御中元, 御歳暮, 寿, 志 ...
- 名入れ is the giver's name written below the cord (may be empty: 無地).
- 内のし goes on the box under the wrapping paper (modest: 内祝 sent by post); 外のし on top of
  the wrapping (handed over in person, so the purpose shows).
- 水引: 蝶結び (a bow that unties) is for happy events that may repeat (births, thanks,
  seasonal gifts); 結び切り and あわじ結び (knots that do not untie) are for what should happen
  once (weddings, get-well, condolences). Condolences use 黒白 or 黄白 cords, never 紅白.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, model_validator

from station.limits import NO_CONTROL, Text

# 表書き are a few characters (御中元, 御結婚御祝); 名入れ a family or company name.
MAX_OMOTEGAKI = 12
MAX_NOSHI_NAME = 40
# The card holds a short message; the brand's card is A6.
MAX_GIFT_MESSAGE = 400

Omotegaki = Annotated[str, StringConstraints(min_length=1, max_length=MAX_OMOTEGAKI,
                                             pattern=NO_CONTROL, strip_whitespace=True)]
NoshiName = Annotated[str, StringConstraints(max_length=MAX_NOSHI_NAME, pattern=NO_CONTROL,
                                             strip_whitespace=True)]
GiftMessage = Annotated[str, StringConstraints(max_length=MAX_GIFT_MESSAGE,
                                               pattern=r"^[^\x00]*$")]


class Placement(StrEnum):
    INNER = "inner"    # 内のし
    OUTER = "outer"    # 外のし


class Knot(StrEnum):
    BOW = "chomusubi"          # 蝶結び
    TIGHT = "musubikiri"       # 結び切り
    AWAJI = "awaji"            # あわじ結び


class Cord(StrEnum):
    RED_WHITE = "red_white"        # 紅白
    GOLD_SILVER = "gold_silver"    # 金銀
    BLACK_WHITE = "black_white"    # 黒白
    YELLOW_WHITE = "yellow_white"  # 黄白


PLACEMENT_JA = {Placement.INNER: "内のし", Placement.OUTER: "外のし"}
KNOT_JA = {Knot.BOW: "蝶結び", Knot.TIGHT: "結び切り", Knot.AWAJI: "あわじ結び"}
CORD_JA = {Cord.RED_WHITE: "紅白", Cord.GOLD_SILVER: "金銀", Cord.BLACK_WHITE: "黒白",
           Cord.YELLOW_WHITE: "黄白"}

# 表書き that must not have a bow (it unties: the event should not happen again).
_ONCE_ONLY = ("寿", "結婚", "御見舞", "お見舞", "快気", "志", "御霊前", "御仏前", "御香典",
              "御供", "粗供養")
# 表書き of condolence: never 紅白 or 金銀.
_CONDOLENCE = ("志", "御霊前", "御仏前", "御香典", "御供", "粗供養")
_CONFIG = ConfigDict(frozen=True, extra="forbid")


class Noshi(BaseModel):
    model_config = _CONFIG

    omotegaki: Omotegaki
    name: NoshiName = ""
    placement: Placement = Placement.INNER
    knot: Knot = Knot.BOW
    cord: Cord = Cord.RED_WHITE

    @model_validator(mode="after")
    def _etiquette(self) -> Noshi:
        """Refuse what a gift counter would refuse: a bow on a once-only occasion, a
        celebratory cord on a condolence gift."""
        if self.knot is Knot.BOW and any(word in self.omotegaki for word in _ONCE_ONLY):
            raise ValueError(f"{self.omotegaki} needs a knot that does not untie (musubikiri "
                             "or awaji), not chomusubi")
        if self.cord in {Cord.RED_WHITE, Cord.GOLD_SILVER} and any(
                word in self.omotegaki for word in _CONDOLENCE):
            raise ValueError(f"{self.omotegaki} is a condolence gift: its cord is black_white "
                             "or yellow_white")
        return self

    def summary_ja(self) -> str:
        """One line for the packer, as a gift counter writes it: 内のし · 内祝 · 山田 ·
        紅白蝶結び."""
        parts = [PLACEMENT_JA[self.placement], self.omotegaki]
        if self.name:
            parts.append(self.name)
        parts.append(CORD_JA[self.cord] + KNOT_JA[self.knot])
        return " · ".join(parts)


class Gift(BaseModel):
    """An order's gift wishes. Any of them may be missing: a gift with only a message gets
    the card and the gift slip, with no step at the bench."""

    model_config = _CONFIG

    message: GiftMessage = ""
    sender: NoshiName = ""
    noshi: Noshi | None = None
    wrapping: Text = ""


def gift_of(raw: Any) -> Gift | None:
    """The gift of an order's data (`gift` key): None when the order is not a gift. Raises
    `ValueError` (pydantic's `ValidationError`) with what is wrong."""
    if raw in (None, {}, False):
        return None
    if raw is True:
        return Gift()
    return Gift.model_validate(raw)


def gift_problems(raw: Any) -> list[str]:
    """What is wrong with an order's gift data, in words for whoever fixes the import."""
    try:
        gift_of(raw)
    except ValidationError as error:
        return [f"gift.{'.'.join(str(part) for part in item['loc'])}: {item['msg']}"
                if item["loc"] else f"gift: {item['msg']}" for item in error.errors()]
    return []


__all__ = ["CORD_JA", "KNOT_JA", "PLACEMENT_JA", "Cord", "Gift", "Knot", "Noshi", "Placement",
           "gift_of", "gift_problems"]
