"""The `qrl` command: one typer app; each part registers its own sub-commands."""
import typer

from data.cli import register as register_data
from executor.cli import register as register_executor
from trainer.cli import register as register_trainer

app = typer.Typer(no_args_is_help=True, help="Train language models to write q, with rewards from running it.")
register_executor(app)
register_data(app)
register_trainer(app)
