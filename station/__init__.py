"""The station core: the warehouse's rules and the local store. No Qt, HTTP or device code."""
