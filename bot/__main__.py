"""`python -m bot` runs the dsrbot command."""

import sys

from bot.cli import main

sys.exit(main())
