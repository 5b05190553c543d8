"""Returns inspection and grading: RMAs, checklists, grading rules, dispositions, listings."""
