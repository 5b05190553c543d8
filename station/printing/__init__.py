"""Print jobs as the station core sees them: events in the journal and their projection."""
