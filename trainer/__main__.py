"""`python -m trainer …`: the trainer's commands without the rest of `qrl` (what `accelerate launch -m` runs)."""
import typer

from trainer.cli import register

app = typer.Typer(no_args_is_help=True)
register(app)

if __name__ == "__main__":
    app()
