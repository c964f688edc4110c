"""`qrl` sub-commands of the trainer part: `train`, `train-launch`, `report`.

Training options are the `TrainConfig` fields under their recipe names (`--learning_rate 1e-6`, `--use_vllm`,
`--max_tests_per_problem 8`, `--launch.gpus 1,2,3`); `qrl train --help` lists them all.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from trainer.config import PRESETS_DIR, ConfigError, TrainConfig, build_config, load_run_config, parse_overrides

PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}


def options_help() -> str:
    lines = []
    for name, field in TrainConfig.model_fields.items():
        if name == "launch":
            continue
        default = field.default_factory() if field.default_factory else field.default
        lines.append(f"--{name} (default {default!r}){': ' + field.description if field.description else ''}")
    lines.append("--launch.gpus, --launch.vllm_gpus, --launch.accelerate_config, --launch.nccl_timeout_s")
    return "Options (recipe names; values are YAML scalars):\n\n" + "\n\n".join(lines)


def resolve(preset: Optional[str], extra: list[str]) -> tuple[str, TrainConfig]:
    """The preset name and the validated config; exits with the field named on bad input."""
    try:
        overrides = parse_overrides(extra)
        if preset is None:  # `--size 7b` picks its preset; a size without one starts from the defaults
            size = str(overrides.get("size") or "1.5b")
            preset = size if (PRESETS_DIR / f"{size}.yaml").is_file() else None
        return preset, build_config(preset, overrides)
    except ConfigError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2)


def train_cmd(
    ctx: typer.Context,
    preset: Optional[str] = typer.Option(None, "--preset", "--config", help="preset name (1.5b … 32b) or YAML path"),
    resume: Optional[Path] = typer.Option(None, "--resume", help="run directory to resume (its config.yaml, last checkpoint)"),
):
    """GRPO on q problems with executor rewards (TRL GRPOTrainer); --resume continues a run from its directory."""
    if resume:
        try:
            config = load_run_config(resume)
            overrides = parse_overrides(ctx.args)
            config = build_config(None, {**config.model_dump(), **overrides, "output_dir": str(resume)})
        except ConfigError as exc:
            typer.secho(f"error: {exc}", fg="red", err=True)
            raise typer.Exit(2)
    else:
        _, config = resolve(preset, ctx.args)
    from trainer.train import RunExistsError, train

    try:
        trainer = train(config, resume=resume is not None)
    except RunExistsError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2)
    if trainer.args.process_index == 0:
        typer.echo(f"run directory: {config.run_dir}")


def train_launch_cmd(
    ctx: typer.Context,
    size: str = typer.Option("1.5b", "--size", help="preset: 1.5b 3b 7b 14b 32b"),
    reasoning: Optional[int] = typer.Option(None, "--reasoning", help="1/0: reasoning format on/off (default: preset's)"),
    gpus: Optional[str] = typer.Option(None, "--gpus", help="training GPUs, e.g. 1,2,3,4,5,6,7"),
    vllm_gpus: Optional[str] = typer.Option(None, "--vllm-gpus", help="vLLM server GPUs, e.g. 0"),
    dry_run: bool = typer.Option(False, "--dry-run", help="print both commands and exit"),
    resume: bool = typer.Option(False, "--resume", help="continue the run in the preset's run directory"),
):
    """Launch a GPU run as the public recipe: `trl vllm-serve` + `accelerate launch` (ZeRO-3)."""
    from trainer.launch import execute, plan

    extra = list(ctx.args)
    if reasoning is not None:
        extra += ["--use_reasoning_format", "true" if reasoning else "false"]
    if gpus:
        extra += ["--launch.gpus", gpus]
    if vllm_gpus:
        extra += ["--launch.vllm_gpus", vllm_gpus]
    preset, config = resolve(size, extra)
    try:
        launch_plan = plan(config, preset, extra, resume=resume)
    except ValueError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2)
    typer.echo(launch_plan.describe())
    if not dry_run:
        raise typer.Exit(execute(launch_plan, config.run_dir / "logs"))


def report_cmd(
    run_dirs: List[Path] = typer.Argument(..., help="run directories (final_outputs/<size>/<format>)"),
    out: Optional[Path] = typer.Option(None, "--out", help="folder for report.md and the PNGs"),
):
    """Plots (reward components, pass@k over steps, completion length) and a markdown table comparing runs."""
    from trainer.report import report

    try:
        path = report(run_dirs, out)
    except FileNotFoundError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        raise typer.Exit(2)
    typer.echo(path.read_text())
    typer.echo(f"report: {path}")


def register(app: typer.Typer) -> None:
    """Add this part's commands to the `qrl` app."""
    app.command("train", context_settings=PASS_THROUGH, epilog=options_help())(train_cmd)
    app.command("train-launch", context_settings=PASS_THROUGH)(train_launch_cmd)
    app.command("report")(report_cmd)
