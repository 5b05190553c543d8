"""Documents -> bytes -> printers: labels, slips, inserts; folder, TCP 9100 and CUPS."""
