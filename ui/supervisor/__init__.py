"""The supervisor's screen: live tiles, station and packer tables, charts, queues, export."""
