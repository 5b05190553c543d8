"""The station's sync worker and the reference central OMS service ("hub")."""
