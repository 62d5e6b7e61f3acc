from pathlib import Path


def test_figures_draw_dollar_signs_as_text(tmp_path: Path) -> None:
    from ohtrack.exports.png import write_png
    from ohtrack.figures import pyplot

    plt = pyplot()
    fig, ax = plt.subplots()
    ax.set_title(r"$\frac{$ kosten $")
    write_png(fig, tmp_path / "f.png")
    assert (tmp_path / "f.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
