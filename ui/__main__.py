"""`python -m ui`: start the station app. The clock starts here, at process start; on a
machine where the last start took over a second, a splash comes up before the heavy imports
(ui/splash.py)."""

import sys
import time

STARTED = time.perf_counter()

from ui.application import new_application  # noqa: E402  (after the clock starts)
from ui.splash import record_path, splash_if_slow  # noqa: E402

# `--help` needs no window system: main() prints it before it needs the application.
ASKS_HELP = any(arg in ("-h", "--help") for arg in sys.argv[1:])
APP = None if ASKS_HELP else new_application()  # kept: main() uses this one
SPLASH = None if APP is None else splash_if_slow(APP, record_path())

from ui.app import main  # noqa: E402  (the heavy imports, under the splash)

raise SystemExit(main(started=STARTED, splash=SPLASH))
