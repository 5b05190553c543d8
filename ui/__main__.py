"""`python -m ui`: start the station app."""

from ui.app import main

raise SystemExit(main())
