"""`python -m facilitator_desktop`."""

import sys

from facilitator_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
