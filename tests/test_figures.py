from pathlib import Path


def test_figures_draw_dollar_signs_as_text(tmp_path: Path) -> None:
    from ohtrack.exports.png import write_png
    from ohtrack.figures import new_figure

    fig = new_figure((4, 3))
    ax = fig.subplots()
    ax.set_title(r"$\frac{$ kosten $")
    write_png(fig, tmp_path / "f.png")
    assert (tmp_path / "f.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_figures_leave_pyplot_alone() -> None:
    import subprocess
    import sys

    from tests.conftest import SAMPLES

    code = ("import sys, ohtrack\n"
            f"p = ohtrack.load({str(SAMPLES / 'staal-osf2-verbeterteam.xlsx')!r})\n"
            "for r in (ohtrack.model_map(p), ohtrack.network(p), ohtrack.indicators(p)):\n"
            "    r.figure().savefig('/dev/null', format='png')\n"
            "import matplotlib.pyplot as plt\n"  # (networkx's drawing imports it anyway)
            "print(plt.get_fignums())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # figures of their own: pyplot keeps none of them open
