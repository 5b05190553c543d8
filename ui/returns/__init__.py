"""The returns screen: inspection, grading and disposition, driven by the scanner."""
