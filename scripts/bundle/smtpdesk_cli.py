"""Bundle entry for the `smtpdesk` command."""

import sys

from smtpdesk.cli import main

sys.exit(main())
