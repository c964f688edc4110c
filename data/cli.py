"""`qrl` sub-commands of the data part."""
import typer


def register(app: typer.Typer) -> None:
    """Add this part's commands to the `qrl` app."""
