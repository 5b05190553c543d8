"""The packing screen."""
