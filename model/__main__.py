"""``python -m model COMMAND ...`` runs the command line (as ``contact-ownership``)."""

if __name__ == "__main__":  # importing the module (as the import checks do) runs nothing
    import sys

    from model.cli import main

    sys.exit(main())
