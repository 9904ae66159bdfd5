"""`python -m graph` runs the filmgraph command."""
import sys

from .cli import main

sys.exit(main())
