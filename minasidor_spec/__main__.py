"""`python -m minasidor_spec`: the same command line as the installed `minasidor-spec`."""

import sys

from minasidor_spec.cli import main

sys.exit(main())
