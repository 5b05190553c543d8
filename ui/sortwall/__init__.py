"""The sort wall screen: the slot shown huge for each item, the wall's slots by state."""
