"""Device input to `station.scans.Scan` values: keyboard-wedge bursts, camera frames, GS1 data,
RFID reads."""
