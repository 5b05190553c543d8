"""The station's inbox: work pulled from the hub (orders, cancellations, holds, address
changes, catalogue, boxes, brand kits, return authorisations) applied into the station's
tables, and the list of events the hub rejected. Pure core: no HTTP here; the sync worker
fetches, this applies."""
