"""Sync with the central OMS: the station's worker (`sync.worker`) and the reference hub
(`sync.hub`)."""
