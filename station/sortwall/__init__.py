"""The batch sort wall (put wall): a batch of small orders picked into totes is sorted item
by item into slots (cubbies), one order a slot, then each slot is packed as its order.

`batches` (what the hub sends), `wall` (the fold of a batch's events), `decide` (which slot
an item goes to), `session` (scans in, outcomes out, events recorded), `codes` (slot labels)."""
