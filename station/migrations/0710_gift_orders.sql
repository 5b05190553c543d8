-- Gift orders and what insert rules look at (station/gift.py, station/pack/inserts.py):
-- the gift as JSON ('{}' when the order is not a gift), the customer's segment, and the
-- orders this one was merged from (JSON list of {id, previous_orders, subscription_next,
-- created_at}).
ALTER TABLE orders ADD COLUMN gift TEXT NOT NULL DEFAULT '{}';
ALTER TABLE orders ADD COLUMN segment TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN merged_from TEXT NOT NULL DEFAULT '[]';
