"""`qrl` sub-commands of the data part: `qrl data check` (verify the set with an engine) and
`qrl data stats` (counts per difficulty and tag, as a table or markdown for data/README.md)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

data_app = typer.Typer(no_args_is_help=True, help="The built-in q problem set.")


def register(app: typer.Typer) -> None:
    """Add this part's commands to the `qrl` app."""
    app.add_typer(data_app, name="data")


@data_app.command("check")
def check_cmd(
    engine: str = typer.Option("qlite", help="executor engine: qlite or qbinary"),
    split: Optional[str] = typer.Option(None, help="only this split: train or test"),
    ids: Optional[str] = typer.Option(None, help="comma-separated problem ids to check"),
    jobs: int = typer.Option(1, help="problems checked in parallel processes"),
    show_all: bool = typer.Option(False, "--all", help="list every problem, not only failures"),
) -> None:
    """Run every reference and known-wrong solution; exit 1 on any failure."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from data.check import check_set
    from data.loaders import load_problems

    console = Console()
    problems = load_problems(split)
    if ids:
        wanted = set(ids.split(","))
        problems = [p for p in problems if p.id in wanted]
        if not problems:
            console.print(f"[red]no problem with ids {ids}[/red]")
            raise typer.Exit(2)
    with console.status(f"checking {len(problems)} problems with {engine}") as status:
        done = [0]

        def progress(_):
            done[0] += 1
            status.update(f"checked {done[0]}/{len(problems)} problems with {engine}")

        result = check_set(problems, engine=engine, jobs=jobs, on_done=progress)

    table = Table(title=f"qrl data check ({engine})")
    for col in ("id", "tests", "reference", "wrong caught", "problems"):
        table.add_column(col)
    for r in result.problems:
        if show_all or not r.ok:
            table.add_row(r.id, str(r.tests), f"{r.reference_passed}/{r.tests}",
                          f"{r.wrong_caught}/{r.wrong}", escape("\n".join(r.problems)) or "ok")
    if table.row_count:
        console.print(table)
    for e in result.set_errors:
        console.print(f"[red]set: {escape(e)}[/red]")
    n_ok = sum(r.ok for r in result.problems)
    console.print(f"{n_ok}/{len(result.problems)} problems ok; splits {result.splits}; "
                  f"mean tests {result.mean_tests:.2f}; "
                  f"wrong solutions caught {sum(r.wrong_caught for r in result.problems)}/"
                  f"{sum(r.wrong for r in result.problems)}")
    if not result.ok:
        raise typer.Exit(1)


@data_app.command("mutants")
def mutants_cmd(
    ids: Optional[str] = typer.Option(None, help="comma-separated problem ids (default: all)"),
    engine: str = typer.Option("qlite", help="executor engine: qlite or qbinary"),
    jobs: int = typer.Option(1, help="parallel processes"),
) -> None:
    """Edit each reference in small ways and list the edits that still pass every test."""
    from data.loaders import load_problems
    from data.mutants import survivors

    problems = load_problems()
    if ids:
        wanted = set(ids.split(","))
        problems = [p for p in problems if p.id in wanted]
    total, alive = survivors(problems, engine=engine, jobs=jobs)
    for s in alive:
        typer.echo(f"{s.id}  {s.edit}\n    {s.code}")
    typer.echo(f"{total} mutants of {len(problems)} references; {len(alive)} pass every test "
               "(equivalent edits, or holes in the tests)")


README = Path(__file__).parent / "README.md"
STATS_BEGIN, STATS_END = "<!-- stats: qrl data stats --update-readme -->", "<!-- /stats -->"


@data_app.command("stats")
def stats_cmd(
    markdown: bool = typer.Option(False, help="print markdown tables (for data/README.md)"),
    update_readme: bool = typer.Option(False, help="rewrite the counts section of data/README.md"),
) -> None:
    """Counts of problems per difficulty and split, and per tag."""
    from data.check import stats, stats_markdown
    from data.loaders import load_problems

    problems = load_problems()
    if update_readme:
        text = README.read_text()
        head, rest = text.split(STATS_BEGIN, 1)
        _, tail = rest.split(STATS_END, 1)
        README.write_text(f"{head}{STATS_BEGIN}\n{stats_markdown(problems)}{STATS_END}{tail}")
        typer.echo(f"updated {README}")
        return
    if markdown:
        typer.echo(stats_markdown(problems), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    by_difficulty, tags = stats(problems)
    t = Table(title=f"{len(problems)} problems")
    for col in ("difficulty", "train", "test"):
        t.add_column(col)
    for d, c in by_difficulty.items():
        t.add_row(d, str(c["train"]), str(c["test"]))
    t2 = Table(title="tags")
    t2.add_column("tag")
    t2.add_column("problems")
    for tag, n in tags.items():
        t2.add_row(tag, str(n))
    Console().print(t, t2)
