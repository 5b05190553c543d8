"""What an inspector reads for the codes a brand's policy uses: checklist answers, override
reasons and customers' return reasons. The codes stay in the journal and on barcodes; people
read these labels. A code a policy invents without a label here is shown as written."""

from __future__ import annotations

from collections.abc import Iterable

from station.messages import Localized, Message, catalogue, msg

ANSWER_LABELS: dict[str, Message] = {
    "YES": msg("Returns codes", "Yes"),
    "NO": msg("Returns codes", "No"),
    "FULL": msg("Returns codes", "Full"),
    "MOST": msg("Returns codes", "Mostly full"),
    "HALF": msg("Returns codes", "About half"),
    "LOW": msg("Returns codes", "Little left"),
}

REASON_LABELS: dict[str, Message] = {
    "HIDDEN_DAMAGE": msg("Returns codes", "Hidden damage"),
    "MISSED_BY_CHECKLIST": msg("Returns codes", "Missed by the checklist"),
    "BETTER_THAN_RULES": msg("Returns codes", "Better than the rules say"),
    "BRAND_INSTRUCTION": msg("Returns codes", "Brand's instruction"),
    "DEFECTIVE": msg("Returns codes", "Defective"),
    "WRONG_ITEM_SENT": msg("Returns codes", "Wrong item sent"),
    "DAMAGED_IN_TRANSIT": msg("Returns codes", "Damaged in transit"),
    "ALLERGIC_REACTION": msg("Returns codes", "Allergic reaction"),
    "CHANGED_MIND": msg("Returns codes", "Changed their mind"),
    "WRONG_SIZE": msg("Returns codes", "Wrong size"),
    "NOT_AS_DESCRIBED": msg("Returns codes", "Not as described"),
}

def _as_written(code: str) -> Message:
    # Built directly, not with `msg`: there is nothing here for a translator.
    return Message("Returns codes", "{code}", (("code", code),))

def answer_label(code: str) -> Message:
    return ANSWER_LABELS.get(code) or _as_written(code)

def reason_label(code: str) -> Message:
    return REASON_LABELS.get(code) or _as_written(code)


def answers_text(codes: Iterable[str]) -> Localized:
    """A question's answers as words in both languages ("Yes / No", "はい / いいえ"), for a
    sentence that lists them."""
    labels = [answer_label(code) for code in codes]
    return Localized(" / ".join(label.render() for label in labels),
                     " / ".join(catalogue("ja").render(label) for label in labels))


def reasons_text(codes: Iterable[str]) -> Localized:
    """Override reasons as words in both languages, for a sentence that lists them."""
    labels = [reason_label(code) for code in codes]
    return Localized(", ".join(label.render() for label in labels),
                     "、".join(catalogue("ja").render(label) for label in labels))
