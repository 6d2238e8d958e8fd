"""`python -m tifa` is the `tifa` command."""

import sys

from tifa.cli import main

sys.exit(main())
