"""Documents: core models in, bytes out (PDF or ZPL). No printer, no journal here."""

from reportlab import rl_config

# Binary (not ASCII85) streams: smaller PDFs, and reportlab's pure-Python ASCII85 encoder was
# the largest single cost of rendering an insert (fonts and the logo). Every printer, viewer
# and CUPS filter reads binary PDF streams.
rl_config.useA85 = 0
