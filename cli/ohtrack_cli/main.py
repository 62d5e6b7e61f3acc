"""The ``ohtrack`` click group: global options, lazy command loading, error handling."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

#: Command name → (module in ohtrack_cli.commands, one-line help shown in ``--help``).
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "Check a workbook and list every problem by sheet and cell."),
    "import": ("import_", "Import an existing list of improvement work as a workbook."),
    "template": ("template", "Write an empty workbook to fill in, with drop-downs and help."),
    "models": ("models", "List the built-in health models, or show one."),
    "map": ("map", "Map initiatives onto the health model: coverage, gaps, balance."),
    "network": ("network", "The stakeholder and learning network: ties, brokers, findings."),
    "indicators": ("indicators", "Indicators from baseline to impulse to ambition."),
    "survey": ("survey", "Score a survey per unit and wave, with anonymity protection."),
    "track": ("track", "Snapshots of a programme over time."),
    "groups": ("groups", "Compose learning groups by preference, mixed across units."),
    "playbook": ("playbook", "Export the playbook (draaiboek) as Markdown, HTML, Word or PDF."),
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs (fast ``--help``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [n for n in COMMANDS if self._available(n)]

    def _available(self, name: str) -> bool:
        module = COMMANDS[name][0]
        return importlib.util.find_spec(f"ohtrack_cli.commands.{module}") is not None

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS or not self._available(cmd_name):
            return None
        mod = importlib.import_module(f"ohtrack_cli.commands.{COMMANDS[cmd_name][0]}")
        cmd: click.Command = mod.command
        return cmd

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(n, COMMANDS[n][1]) for n in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Take ``--debug`` wherever it stands (before ``--``), so it works after the command."""
        from ohtrack_cli.output import DEBUG

        cut = args.index("--") if "--" in args else len(args)
        if "--debug" in args[:cut]:
            ctx.meta[DEBUG] = True
            args = [a for i, a in enumerate(args) if i >= cut or a != "--debug"]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        from ohtrack_cli.output import run_guarded, show_progress

        args = [*getattr(ctx, "_protected_args", []), *ctx.args]
        with show_progress(args):
            return run_guarded(lambda: super(LazyGroup, self).invoke(ctx), ctx)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="ohtrack", prog_name="ohtrack")
@click.option("--debug", is_flag=True,
              help="Show the traceback when something goes wrong (before or after the command).")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """ohtrack: track organisational-health improvement work.

    Workbook in, health-model map, network, indicators, surveys, playbook out.
    Exit codes: 0 fine, 1 bad input or problems found, 2 usage error.
    """
    from ohtrack_cli.output import DEBUG

    ctx.ensure_object(dict)
    ctx.meta[DEBUG] = bool(debug or ctx.meta.get(DEBUG))
    ctx.obj["debug"] = ctx.meta[DEBUG]


def main() -> None:  # pragma: no cover - console entry
    cli(prog_name="ohtrack")
    sys.exit(0)
