"""`python -m executor serve|worker|exec|eval`: the executor's commands without the rest of qrl
(the worker image and machines without the training stack use this)."""
import typer

from executor.cli import register

app = typer.Typer(no_args_is_help=True, help="Run q code against tests: the qrl executor.")
register(app)

if __name__ == "__main__":
    app()
