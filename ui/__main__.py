"""`python -m ui`: start the station app. The clock starts here, at process start; on a
machine where the last start took over a second, a splash comes up before the heavy imports
(ui/splash.py)."""

import time

STARTED = time.perf_counter()

from ui.application import new_application  # noqa: E402  (after the clock starts)
from ui.splash import record_path, splash_if_slow  # noqa: E402

APP = new_application()  # kept: main() uses this one
SPLASH = splash_if_slow(APP, record_path())

from ui.app import main  # noqa: E402  (the heavy imports, under the splash)

raise SystemExit(main(started=STARTED, splash=SPLASH))
