"""Text and list contents of the returns screen, derived from the session's state."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from station.messages import msg
from station.returns.labels import answer_label, reason_label
from station.returns.models import DISPOSITION_NAMES, ItemResult
from station.returns.session import ReturnsSession
from ui.i18n import tr


def rma_text(session: ReturnsSession) -> str:
    rma = session.rma
    if rma is None:
        return tr(msg("Returns screen", "No parcel open."))
    wants = (tr(msg("Returns screen", "Exchange ({sku})", sku=rma.exchange_sku or "?"))
             if rma.wants.value == "exchange" else tr(msg("Returns screen", "Refund")))
    lines = [
        f"<b>{rma.id}</b>" + (" " + tr(msg("Returns screen", "(unannounced)"))
                              if rma.unannounced else ""),
        tr(msg("Returns screen", "Customer: {name}", name=rma.customer_name)),
        tr(msg("Returns screen", "Order: {order}", order=rma.order_id)),
        tr(msg("Returns screen", "Reason: {reason}",
               reason=rma.reason_text or reason_label(rma.reason))),
        tr(msg("Returns screen", "Wants: {wants}", wants=wants)),
    ]
    return "<br>".join(lines)


def fill_items(widget: QListWidget, session: ReturnsSession) -> None:
    widget.clear()
    rma = session.rma
    if rma is None:
        return
    done = session.graded()
    for line in rma.lines:
        product = session.product(line.sku)
        name = product.display_name(session.language) if product else line.sku
        graded = done.get(line.line_no, 0)
        mark = "✔" if graded >= line.quantity else "○"
        entry = QListWidgetItem(f"{mark} {graded}/{line.quantity}  {name}\n    {line.sku}")
        if session.item is not None and session.item.line.line_no == line.line_no:
            entry.setBackground(QBrush(QColor("#0d47a1")))
        widget.addItem(entry)


def fill_checklist(widget: QListWidget, session: ReturnsSession) -> None:
    widget.clear()
    item = session.item
    if item is None:
        return
    current = item.question
    for question in item.checklist.questions:
        answer = item.answers.get(question.id)
        shown = tr(answer_label(answer)) if answer else ""
        entry = QListWidgetItem(f"{question.display(session.language)}   {shown}")
        if current is not None and question.id == current.id:
            entry.setBackground(QBrush(QColor("#f9a825")))
            entry.setForeground(QBrush(QColor("#000000")))
        widget.addItem(entry)
    for note in item.notes:
        widget.addItem(QListWidgetItem(tr(msg("Returns screen", "Note: {note}", note=note))))
    if item.photos:
        widget.addItem(QListWidgetItem(tr(msg("Returns screen", "Photos: {count}",
                                              count=len(item.photos)))))


def question_text(session: ReturnsSession) -> str:
    """The current question with its answers as words (the codes are on the barcode sheet)."""
    question = session.item.question if session.item else None
    if question is None:
        return ""
    answers = " / ".join(tr(answer_label(a)) for a in question.answers)
    return f"{question.display(session.language)}  [{answers}]"


def proposal_text(session: ReturnsSession) -> str:
    item, policy = session.item, session.policy
    if item is None or item.proposal is None or policy is None:
        return ""
    grade = policy.grades[item.override or item.proposal.grade]
    rule = item.proposal.display(session.language) or "—"
    text = tr(msg("Returns screen", "{name} → {disposition} (rule: {rule})",
                  name=grade.display(session.language),
                  disposition=DISPOSITION_NAMES[grade.disposition], rule=rule))
    if item.proposal.locked:
        text += "<br>" + tr(msg("Returns screen", "This grade cannot be changed."))
    return text


def decision_text(result: ItemResult) -> str:
    parts = [tr(msg("Returns screen", "{disposition}: {sku}",
                    disposition=DISPOSITION_NAMES[result.disposition], sku=result.new_sku))]
    if result.price_yen:
        parts.append(tr(msg("Returns screen", "Price ¥{price}", price=f"{result.price_yen:,}")))
    parts.append(tr(result.refund.reason))
    if result.exchange_sku:
        parts.append(tr(msg("Returns screen", "Exchange for {sku}", sku=result.exchange_sku)))
    return "<br>".join(parts)


def hint_text(session: ReturnsSession) -> str:
    item = session.item
    if session.rma is None:
        return tr(msg("Returns screen", "Scan: RMA · return label · order number · item serial"))
    if item is None:
        return tr(msg("Returns screen", "Scan the next item · OK: what is still expected"))
    if item.override is not None:
        policy = session.policy
        comma = "、" if session.language == "ja" else ", "
        reasons = comma.join(tr(reason_label(r)) for r in policy.override_reasons) if policy else ""
        return tr(msg("Returns screen", "Why change the grade? {reasons} · or cancel",
                      reasons=reasons))
    if item.proposal is None:
        return tr(msg("Returns screen", "Answer the question · take back an answer · photo · "
                                        "cancel"))
    return tr(msg("Returns screen", "Accept the grade, or choose another grade and a reason · "
                                    "cancel"))
