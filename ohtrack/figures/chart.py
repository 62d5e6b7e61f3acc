"""A chart drawn as SVG and rendered to PNG by Typst: what every figure is made of.

A ``Chart`` is a canvas in pixels (at 100 dots per inch) that shapes and texts are put on,
in drawing order. ``svg()`` gives the picture as SVG text (for HTML and notebooks), ``png()``
renders it with Typst (a Rust typesetter, also the PDF's, whose renderer is resvg: no plotting
library imported) in the shipped DejaVu fonts only, so a chart looks the same on every machine.
Every text goes through ``ohtrack.text.safe_text`` and is cut at ``FIGURE_TEXT_LIMIT``
characters, and is escaped for XML: no user text can break the picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from ohtrack.figures.metrics import CAP_HEIGHT, FAMILY, LINE, font_dir, shorten

#: The fonts an SVG asks for: the shipped one (the renderer has only it), else, in a browser without
#: it, Verdana (Vera's model, as wide) or any sans-serif (narrower: the texts still fit).
FAMILIES = f"'{FAMILY}', Verdana, Arial, sans-serif"
#: Pixels per inch of a chart's own size (a PNG at another dpi is scaled).
PX_PER_INCH = 100
#: The most characters a text in a figure shows (a longer one ends in "…").
FIGURE_TEXT_LIMIT = 300


def chart_text(text: str) -> str:
    """A text as a chart shows it: safe (``safe_text``) and at most ``FIGURE_TEXT_LIMIT``."""
    from ohtrack.text import safe_text

    s = safe_text(text)
    return s if len(s) <= FIGURE_TEXT_LIMIT else s[:FIGURE_TEXT_LIMIT - 1] + "…"


def _n(x: float) -> str:
    """A coordinate, short: ``12``, ``12.5``."""
    return f"{x:.2f}".rstrip("0").rstrip(".")


@dataclass
class Chart:
    """An SVG picture of ``width`` × ``height`` pixels, built up by its drawing methods."""

    width: float
    height: float
    background: str = "#ffffff"
    _parts: list[str] = field(default_factory=list, repr=False)
    _texts: list[str] = field(default_factory=list, repr=False)

    # -- shapes ---------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float, fill: str, *,
             stroke: str | None = None, stroke_width: float = 1.0, opacity: float = 1.0,
             rounded: float = 0.0) -> None:
        line = f' stroke="{stroke}" stroke-width="{_n(stroke_width)}"' if stroke else ""
        if opacity < 1:
            line += f' opacity="{_n(opacity)}"'
        if rounded:
            line += f' rx="{_n(rounded)}"'
        self._parts.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0))}" '
                           f'height="{_n(max(h, 0))}" fill="{fill}"{line}/>')

    def segments(self, lines: list[tuple[float, float, float, float]], stroke: str, *,
                 width: float = 1.0, opacity: float = 1.0, smooth: bool = True) -> None:
        """Many straight lines of one style as one path (a network's ties: one element to
        draw, not thousands); not ``smooth``: drawn without anti-aliasing (a third less time
        to render, unseen among hundreds of see-through lines)."""
        if not lines:
            return
        d = "".join(f"M{_n(a)} {_n(b)}L{_n(c)} {_n(e)}" for a, b, c, e in lines)
        alpha = f' stroke-opacity="{_n(opacity)}"' if opacity < 1 else ""
        if not smooth:
            alpha += ' shape-rendering="optimizeSpeed"'
        self._parts.append(f'<path d="{d}" fill="none" stroke="{stroke}" '
                           f'stroke-width="{_n(width)}"{alpha}/>')

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str, *,
             width: float = 1.0, dash: str | None = None) -> None:
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        self._parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
                           f'stroke="{stroke}" stroke-width="{_n(width)}"{dashed}/>')

    def polyline(self, points: list[tuple[float, float]], stroke: str, *, width: float = 1.5,
                 fill: str = "none") -> None:
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self._parts.append(f'<polyline points="{coords}" fill="{fill}" stroke="{stroke}" '
                           f'stroke-width="{_n(width)}" stroke-linejoin="round"/>')

    def circle(self, cx: float, cy: float, r: float, fill: str, *, stroke: str | None = None,
               stroke_width: float = 1.0) -> None:
        line = f' stroke="{stroke}" stroke-width="{_n(stroke_width)}"' if stroke else ""
        self._parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" fill="{fill}"{line}/>')

    def hatch_rect(self, x: float, y: float, w: float, h: float, fill: str, line: str, *,
                   step: float = 7.0) -> None:
        """A rectangle of ``fill`` hatched with ``/`` lines of ``line`` (a suppressed cell):
        one path of segments clipped here (an SVG pattern takes resvg ten times as long)."""
        self.rect(x, y, w, h, fill)
        hatches = []
        a = x - h + step / 2
        while a < x + w:
            x1, y1, x2, y2 = a, y + h, a + h, y  # up and to the right, corner to corner
            if x1 < x:
                x1, y1 = x, y + h - (x - a)
            if x2 > x + w:
                x2, y2 = x + w, y + h - (x + w - a)
            hatches.append((x1, y1, x2, y2))
            a += step
        self.segments(hatches, line)

    # -- text -----------------------------------------------------------------------------
    def text(self, x: float, y: float, text: str, *, size: float = 12.0, anchor: str = "start",
             bold: bool = False, fill: str = "#000000", middle: bool = True,
             rotate: float | None = None) -> None:
        """One line of text at (``x``, ``y``): ``anchor`` start/middle/end says where ``x``
        is; with ``middle`` the line is centred on ``y``, else ``y`` is its baseline."""
        shown = chart_text(text)
        self._texts.append(shown)
        base = y + CAP_HEIGHT * size / 2 if middle else y
        turn = f' transform="rotate({_n(rotate)} {_n(x)} {_n(y)})"' if rotate else ""
        weight = ' font-weight="bold"' if bold else ""
        self._parts.append(f'<text x="{_n(x)}" y="{_n(base)}" font-size="{_n(size)}" '
                           f'text-anchor="{anchor}" fill="{fill}"{weight}{turn} '
                           f'xml:space="preserve">{escape(shown)}</text>')

    def heading(self, lines: list[str], *, size: float = 15.0, margin: float = 16.0,
                bold: bool = False, fit: bool = False) -> float:
        """Title lines at the chart's top left (with ``fit``, each cut to the chart's width
        between the margins); the height they take, margin included."""
        for i, line in enumerate(lines):
            shown = shorten(line, self.width - 2 * margin, size, bold) if fit else line
            self.text(margin, margin + LINE * size * (i + 0.5), shown, size=size, bold=bold)
        return margin + LINE * size * len(lines)

    def lines(self, x: float, y: float, lines: list[str], *, size: float = 12.0,
              anchor: str = "start", bold: bool = False, fill: str = "#000000") -> None:
        """Several lines of text, the block centred on ``y``."""
        step = LINE * size
        top = y - step * (len(lines) - 1) / 2
        for i, line in enumerate(lines):
            self.text(x, top + i * step, line, size=size, anchor=anchor, bold=bold, fill=fill)

    # -- out ------------------------------------------------------------------------------
    def texts(self) -> list[str]:
        """Every text drawn, in drawing order (as shown: made safe and cut)."""
        return list(self._texts)

    def svg(self) -> str:
        """The chart as a standalone SVG document."""
        w, h = _n(self.width), _n(self.height)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
                f'viewBox="0 0 {w} {h}" font-family={quoteattr(FAMILIES)}>'
                + f'<rect width="100%" height="100%" fill="{self.background}"/>'
                + "".join(self._parts) + "</svg>")

    def png(self, dpi: int = 100) -> bytes:
        """The chart rendered as PNG at ``dpi`` (100: one pixel a chart pixel)."""
        return render_png(self.svg(), dpi)

    def savefig(self, target: str | Path | IO[bytes], format: str | None = None,
                dpi: int = 100) -> None:
        """Write the chart as PNG or SVG (``format``, else the file's suffix; PNG for a
        stream): the call a matplotlib figure answers, so code written for one keeps working."""
        kind = (format or (Path(target).suffix[1:] if isinstance(target, (str, Path)) else "png"))
        data = self.svg().encode("utf-8") if kind.lower() == "svg" else self.png(dpi)
        if isinstance(target, (str, Path)):
            Path(target).write_bytes(data)
        else:
            target.write(data)

    def _repr_svg_(self) -> str:  # shown inline in a notebook
        return self.svg()

    def _repr_png_(self) -> bytes:
        return self.png()


#: A page as large as the chart, with nothing on it but the chart: what ``render_png`` has
#: Typst rasterise (its ``sys.inputs``: the SVG and its width in pixels).
_PAGE = (b"#set page(width: auto, height: auto, margin: 0pt, fill: none)\n"
         b'#image(bytes(sys.inputs.svg), format: "svg", width: float(sys.inputs.width) * 1pt)\n')
_WIDTH = re.compile(r'<svg\b[^>]*?\swidth="([\d.]+)"')


def render_png(svg: str, dpi: int = 100) -> bytes:
    """A chart's SVG rendered as PNG at ``dpi``, in the shipped fonts only (Typst's renderer,
    resvg inside: the heatmap of 33 units in two waves takes 0.15-0.2 s at 150 dpi, a
    quarter of the time of resvg's own PNG)."""
    import typst

    found = _WIDTH.search(svg)
    if found is None:
        raise ValueError("render_png takes a chart's SVG (its <svg> has a width)")
    # A page ``width`` points wide at 72 * dpi / 100 points an inch: width * dpi / 100 pixels.
    # (typst's stubs want the source and the font folders of one type: bytes and str here.)
    return bytes(typst.compile(  # type: ignore[call-overload]
        _PAGE, format="png", ppi=72 * dpi / PX_PER_INCH, font_paths=[str(font_dir())],
        ignore_system_fonts=True, sys_inputs={"svg": svg, "width": str(found.group(1))}))
