"""RFID: EPC decoding (Tag Data Standard), tag readers (LLRP and a simulated one) and tote
verification for the pack flow."""
