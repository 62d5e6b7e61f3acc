"""Learning ("Leren"): progress per route and the credentials, from ``ohtrack.learning``."""

from __future__ import annotations

import datetime as dt

from ohtrack.i18n import format as fmt
from ohtrack.playbooks.document import BulletList, Heading, Note, Paragraph, Section, Table
from ohtrack.playbooks.sections.context import Context


def build(ctx: Context) -> Section:
    """One row per route (enrolled, completed, attendance), credentials held, the findings."""
    section = Section("learning", ctx.tr("section.learning"))
    report = ctx.learning
    if report is None or not report.routes:
        return section
    section.add(Paragraph(ctx.trn("learning.intro", len(report.routes), date=ctx.date(ctx.as_of, "long"))))
    rows = []
    for r in report.routes:
        attended = (fmt.percent(r["sessions_attended"] / r["sessions_expected"], ctx.lang)
                    if r["sessions_expected"] else "")
        rows.append([r["name"] or r["route"], r["audience"] or "", str(r["enrolled"]), str(r["completed"]),
                     fmt.percent(r["completion_rate"], ctx.lang, empty=""), attended])
    section.add(Table([ctx.tr("learning.route"), ctx.tr("learning.audience"), ctx.tr("learning.enrolled"),
                       ctx.tr("learning.completed"), ctx.tr("learning.rate"), ctx.tr("learning.attendance")],
                      rows))
    held = report.credentials.get("credentials", [])
    if held:
        section.add(Heading(ctx.tr("learning.credentials")),
                    Table([ctx.tr("learning.credential"), ctx.tr("learning.obtained"),
                           ctx.tr("learning.in_progress"), ctx.tr("learning.expired")],
                          [[c["credential"], *(ctx.count(c.get(k, 0))
                                                for k in ("obtained", "in_progress", "expired"))]
                           for c in held]))
        expiring = report.credentials.get("expiring", [])
        if expiring:
            months = report.credentials.get("rules", {}).get("expiry_warning_months")
            first = dt.date.fromisoformat(expiring[0]["valid_until"])  # sorted by date
            section.add(Note(ctx.trn("learning.expiring", len(expiring), months=months,
                                     first=ctx.date(first, "long"))))
    findings = [str(f["message"]) for f in report.findings if f.get("kind") != "person"]
    if findings:
        section.add(Heading(ctx.tr("learning.findings")), BulletList.of(findings[:8]))
    return section
