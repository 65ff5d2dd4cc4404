"""`python -m lint` runs the copydesk command."""

from .cli import main

main(prog_name="copydesk")
