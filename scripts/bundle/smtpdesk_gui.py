"""Bundle entry for the window (no console on Windows)."""

import sys

from smtpdesk.app import main

sys.exit(main())
