"""`python -m graph` runs the filmgraph command."""
from .cli import run

run()
