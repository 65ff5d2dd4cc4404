"""`python -m lint` runs the copydesk command."""

from .launch import main

main()
