"""``python -m model COMMAND ...`` runs the command line (as ``contact-ownership``)."""

import sys

from model.cli import main

sys.exit(main())
