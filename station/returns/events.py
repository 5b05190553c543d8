"""Event types of the returns flow (past tense). Subject is always the RMA id.

Each step of an item's inspection is its own event, appended when the scan is accepted, so a
station that stops mid-item resumes it from the journal (`station.returns.state`)."""

RETURN_RECEIVED = "ReturnReceived"
INSPECTION_STARTED = "InspectionStarted"
CHECKLIST_ANSWERED = "ChecklistAnswered"
CHECKLIST_ANSWER_UNDONE = "ChecklistAnswerUndone"
INSPECTION_NOTE_ADDED = "InspectionNoteAdded"
INSPECTION_CANCELLED = "InspectionCancelled"
ITEM_INSPECTED = "ItemInspected"
RETURN_GRADED = "ReturnGraded"
GRADE_OVERRIDDEN = "GradeOverridden"
ITEM_DISPOSITIONED = "ItemDispositioned"
PHOTO_TAKEN = "PhotoTaken"
UNEXPECTED_ITEM_FOUND = "UnexpectedItemFound"
RETURN_CLOSED = "ReturnClosed"
# Asks the print worker for the re-commerce label; the payload is the label's data.
RECOMMERCE_LABEL_REQUESTED = "RecommerceLabelRequested"
