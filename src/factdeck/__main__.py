"""``python -m factdeck`` works the same as the ``factdeck`` command."""

from factdeck.cli import main

if __name__ == "__main__":
    main()
