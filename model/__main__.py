"""``python -m model COMMAND ...`` runs the command line (as ``contact-ownership``)."""

if __name__ == "__main__":  # importing the module (as the import checks do) runs nothing
    from model.cli import console

    console()
