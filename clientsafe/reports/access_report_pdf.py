"""The access report as an A4 PDF for the customer, in English or Chinese.

Sections in the order a person asks: about this report, your details (and payments), services
and purposes, consent history, shared with, corrections, requests, how long we keep it, and who
looked at the record. Every page's footer names who made the report and when (a watermark for
a printed copy) with "page X of Y". Long tables (the access log) run over as many pages as they
need, their headings repeated. Same report in, same bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from clientsafe.core.access_report import AccessReport, PurposeDecision, RequestEntry
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.reports.access_report_text import ACTIONS_ZH, Wording, wording
from clientsafe.reports.fonts import cjk_font_name
from clientsafe.reports.pdf_text import (
    FILL,
    GREY,
    INK,
    NAVY,
    RULE,
    Footer,
    NumberedCanvas,
    break_lines,
    local_time,
    paragraph,
)

__all__ = ["render"]

_MARGIN_X = 16 * mm
_MARGIN_TOP = 15 * mm
_MARGIN_BOTTOM = 20 * mm
_FOOTER_Y = 10 * mm
_WHITE = "#FFFFFF"
_REFUSED = colors.HexColor("#992222")
# Rows per table of the access log: a table that splits once per page keeps reportlab's
# layout work linear in the number of entries (one table split over and over is not).
_LOG_CHUNK = 60


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=9, leading=12.5,
                          textColor=INK)
    return {
        "business": ParagraphStyle("business", parent=base, fontSize=12.5, leading=16,
                                   textColor=NAVY),
        "title": ParagraphStyle("title", parent=base, fontSize=19, leading=24, textColor=NAVY),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14,
                                   textColor=GREY),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12.5, leading=16, textColor=NAVY,
                             spaceBefore=9, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontSize=10, leading=13.5, textColor=NAVY,
                             spaceBefore=4, spaceAfter=2),
        "label": ParagraphStyle("label", parent=base, fontSize=8, leading=10.5, textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=9.5, leading=13),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.8),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.3, leading=10.8,
                                textColor=GREY),
        "small": ParagraphStyle("small", parent=base, fontSize=7.2, leading=9.4,
                                textColor=GREY),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=10.5,
                               textColor=_WHITE),
    }


class _Doc:
    """Builds the story for one report in one language."""

    def __init__(self, report: AccessReport, language: str, width: float) -> None:
        self.r = report
        self.w: Wording = wording(language)
        self.zh = language.startswith("zh")
        self.width = width
        self.s = _styles(cjk_font_name())
        self.labels = {k: (f.label_zh if f.label_zh else f.label_en)
                       if self.zh else f.label_en for k, f in BUILTIN_BY_KEY.items()}
        self.labels.update({f.key: f.label_zh if self.zh else f.label_en
                            for f in report.fields})

    # --- small pieces
    def p(self, text: str, style: str = "cell") -> Flowable:
        return paragraph(text, self.s[style])

    def day(self, moment: datetime | date | None) -> str:
        if moment is None:
            return "—"
        if isinstance(moment, datetime):
            return moment.astimezone().date().isoformat()
        return moment.isoformat()

    def field_names(self, keys: Sequence[str]) -> str:
        return self.w.list_sep.join(self.labels.get(k, k) for k in keys)

    def purpose(self, d: PurposeDecision) -> str:
        return self.w.purposes[d.purpose].format(recipient=d.recipient_name or
                                                 f"#{d.recipient_id}")

    def table(self, head: Sequence[str], rows: list[list[Any]], widths: Sequence[float],
              extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        fractions = sum(widths)
        cols = [self.width * f / fractions for f in widths]
        data = [[self.p(h, "head") for h in head], *rows]
        table = Table(data, colWidths=cols, repeatRows=1)
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), cjk_font_name(), 8.3),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            *[("BACKGROUND", (0, i), (-1, i), FILL) for i in range(2, len(data), 2)],
            *extra,
        ]
        table.setStyle(TableStyle(style))
        return table

    def section(self, key: str, body: list[Flowable], *,
                blocks: Sequence[list[Flowable]] = ()) -> list[Flowable]:
        """A heading and its content; each of `blocks` stays on one page if it can, and the
        heading stays with the first. (KeepTogether must not nest: an inner one reports an
        endless height, which would push the outer one to a new page.)"""
        heading = self.p(self.w.sections[key], "h2")
        parts = [[f] for f in body] + [list(b) for b in blocks]
        if not parts:
            return [heading, self.p(self.w.empty, "muted")]
        first, *rest = parts
        return [KeepTogether([heading, *first]), *(KeepTogether(b) if len(b) > 1 else b[0]
                                                   for b in rest)]

    # --- sections
    def header(self) -> list[Flowable]:
        r, w = self.r, self.w
        request = w.no_request
        if r.request is not None:
            request = w.request_line.format(id=r.request.id,
                                            kind=w.rights_kinds[r.request.kind],
                                            date=self.day(r.request.received_at))
        pairs = [(w.customer, r.customer_name), (w.customer_id, str(r.customer_id)),
                 (w.customer_since, self.day(r.customer_since)),
                 (w.made_at, local_time(r.generated_at)),
                 (w.made_by, w.person.format(name=r.generated_by,
                                              role=w.roles[r.generated_by_role])),
                 (w.answers, request)]
        label_w, gap = 30 * mm, 4 * mm
        value_w = (self.width - 2 * label_w - gap) / 2
        rows = [[self.p(a, "label"), self.p(b, "value"), "", self.p(c, "label"),
                 self.p(d, "value")] for (a, b), (c, d) in zip(pairs[::2], pairs[1::2],
                                                               strict=True)]
        table = Table(rows, colWidths=[label_w, value_w, gap, label_w, value_w])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), cjk_font_name()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, NAVY),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, NAVY),
        ]))
        return [self.p(r.business_name, "business"), self.p(w.title, "title"),
                self.p(w.subtitle, "subtitle"), Spacer(1, 4 * mm), table]

    def about(self) -> list[Flowable]:
        r, w = self.r, self.w
        body = [self.p(w.about.format(business=r.business_name,
                                      date=self.day(r.generated_at)), "body")]
        if r.masked_fields:
            body += [Spacer(1, 1.5 * mm),
                     self.p(w.about_masked.format(fields=self.field_names(r.masked_fields)),
                            "body")]
        elif any(f.key in BUILTIN_BY_KEY and BUILTIN_BY_KEY[f.key].sensitive
                 for f in r.fields):
            body += [Spacer(1, 1.5 * mm), self.p(w.about_clear, "body")]
        return self.section("about", body)

    def details(self) -> list[Flowable]:
        w = self.w
        rows = [[self.p(self.labels.get(f.key, f.key)),
                 self.p(w.categories.get(f.category, f.category), "muted"),
                 self.p(f.value, "muted" if f.masked else "cell"),
                 self.p(w.shown_masked if f.masked else w.shown_full, "muted")]
                for f in self.r.fields]
        body: list[Flowable] = []
        if rows:
            body.append(self.table([w.col["field"], w.col["category"], w.col["value"],
                                    w.col["shown"]], rows, [30, 18, 70, 14]))
        out = self.section("details", body)
        if self.r.payments:
            pay = [[self.p(self.day(t.occurred_on)), self.p(t.description),
                    self.p(f"{t.amount_cents / 100:,.2f} {t.currency}")]
                   for t in self.r.payments]
            out += [self.p(w.sections["payments"], "h3"),
                    self.table([w.col["when"], w.col["description"], w.col["amount"]], pay,
                               [20, 60, 22])]
        return out

    def services(self) -> list[Flowable]:
        w = self.w
        blocks: list[list[Flowable]] = []
        for svc in self.r.services:
            rows = [[self.p(self.purpose(d)), self.p(w.decisions[d.decision]),
                     self.p(self.day(d.at))] for d in svc.purposes]
            block: list[Flowable] = [
                self.p(w.service_line.format(name=svc.name, date=self.day(svc.enrolled_at)),
                       "h3"),
                self.p(w.uses_for.format(text=svc.description), "body"), Spacer(1, 1.5 * mm)]
            if rows:
                block.append(self.table([w.col["purpose"], w.col["choice"], w.col["since"]],
                                        rows, [60, 22, 20]))
            blocks.append(block)
        return self.section("services", [], blocks=blocks)

    def consents(self) -> list[Flowable]:
        w = self.w
        rows = []
        for c in self.r.consents:
            choices = w.list_sep.join(f"{self.purpose(d)}{w.colon}{w.decisions[d.decision]}"
                                      for d in c.decisions)
            cell: list[Flowable] = [
                self.p(f"{c.service_name} · {w.kinds[c.kind]} · {w.channels[c.channel]}"),
                self.p(choices)]
            notice = w.notice_line.format(version=c.notice_version,
                                          language=w.languages.get(c.language, c.language))
            cell.append(self.p(notice + (f" · {w.code}{w.colon}{c.verification_code}"
                                         if c.verification_code else ""), "small"))
            if c.text_sha256:
                cell.append(self.p(f"{w.text_hash}{w.colon}{c.text_sha256}", "small"))
            if c.signature_sha256:
                cell.append(self.p(f"{w.signature}{w.colon}{c.signature_sha256}", "small"))
            if c.paper_scan_sha256:
                cell.append(self.p(f"{w.paper_scan}{w.colon}{c.paper_scan_sha256}", "small"))
            if c.guardian_name:
                cell.append(self.p(f"{w.guardian}{w.colon}{c.guardian_name}", "small"))
            rows.append([self.p(local_time(c.at)), cell, self.p(c.staff_name)])
        body = [self.table([w.col["when"], w.col["event"], w.col["by"]], rows,
                           [22, 98, 22])] if rows else []
        return self.section("consents", body)

    def sharing(self) -> list[Flowable]:
        w = self.w
        rows = [[self.p(self.day(s.shared_at)),
                 self.p(f"{s.recipient_name} ({s.service_name})"), self.p(s.purpose),
                 self.p(self.field_names(s.fields)),
                 [self.p(w.bases[s.legal_basis]),
                  self.p(w.consent_of.format(date=self.day(s.consent_given_at)), "small")]]
                for s in self.r.sharing]
        body = [self.table([w.col["when"], w.col["recipient"], w.col["purpose"],
                            w.col["fields"], w.col["basis"]], rows,
                           [16, 28, 30, 28, 24])] if rows else []
        return self.section("sharing", body)

    def corrections(self) -> list[Flowable]:
        w = self.w
        rows = [[self.p(self.day(c.corrected_at)), self.p(self.labels.get(c.field_key,
                                                                          c.field_key)),
                 self.p(c.old_masked, "muted"), self.p(c.new_masked, "muted"), self.p(c.reason),
                 self.p(c.corrected_by)] for c in self.r.corrections]
        body = [self.table([w.col["when"], w.col["field"], w.col["was"], w.col["now"],
                            w.col["why"], w.col["by"]], rows,
                           [16, 20, 22, 22, 32, 20])] if rows else []
        return self.section("corrections", body)

    def _request_cell(self, q: RequestEntry) -> list[Flowable]:
        w = self.w
        cell = [self.p(f"#{q.id} {w.rights_kinds[q.kind]} · {w.rights_channels[q.channel]}")]
        if q.response:
            cell.append(self.p(f"{w.response}{w.colon}{q.response}", "muted"))
        return cell

    def requests(self) -> list[Flowable]:
        w = self.w
        rows = [[self.p(self.day(q.received_at)), self._request_cell(q),
                 self.p(w.verifications[q.verified_how] + " " + self.day(q.verified_at)
                        if q.verified_how is not None else w.not_verified),
                 self.p(self.day(q.due_at)),
                 self.p(w.statuses[q.status] + (f" {self.day(q.closed_at)}"
                                                if q.closed_at is not None else ""))]
                for q in self.r.requests]
        body = [self.table([w.col["when"], w.col["request"], w.col["identity"], w.col["due"],
                            w.col["status"]], rows, [16, 46, 30, 16, 20])] if rows else []
        return self.section("requests", body)

    def retention(self) -> list[Flowable]:
        w = self.w
        rows = []
        for k in self.r.retention:
            if k.start_date is not None:
                start = self.day(k.start_date)
            else:
                start = w.ongoing if k.ended_on is None and k.service_id is not None \
                    else w.not_yet
            rows.append([self.p(k.service_name if k.service_id is not None else w.no_service),
                         self.p(w.keep_line.format(months=k.months, start=w.starts[k.start])),
                         self.p(start), self.p(self.day(k.keep_until))])
        body: list[Flowable] = [self.table([w.col["service"], w.col["kept"], w.col["start"],
                                            w.col["until"]], rows,
                                           [36, 46, 26, 20])] if rows else []
        body += [Spacer(1, 2 * mm), self.p(w.hold_on if self.r.legal_hold else w.hold_off,
                                           "body")]
        return self.section("retention", body)

    def log(self) -> list[Flowable]:
        """Plain text cells, broken into lines here: a Paragraph per cell cost ~0.8 ms per
        entry, too slow for a customer with thousands of entries."""
        w = self.w
        widths = [27, 30, 30, 30, 12]
        room = [self.width * f / sum(widths) - 6 for f in widths]  # less the cell padding
        font, size = cjk_font_name(), self.s["cell"].fontSize

        broken: dict[tuple[str, int], str] = {}  # names, actions and field lists repeat

        def lines(text: str, column: int) -> str:
            key = (text, column)
            if key not in broken:
                broken[key] = "\n".join(break_lines(text, font, size, room[column],
                                                    room[column]))
            return broken[key]

        rows: list[list[Any]] = []
        refused: list[int] = []
        for e in self.r.access_log:
            who = w.system if e.staff_role is None else w.person.format(
                name=e.staff_name, role=w.roles[e.staff_role])
            action = (ACTIONS_ZH.get(e.action) if self.zh else None) or e.action_label or e.action
            if e.outcome != "done":
                refused.append(len(rows))
            rows.append([lines(local_time(e.at), 0), lines(who, 1), lines(action, 2),
                         lines(self.field_names(e.fields), 3),
                         lines(w.outcomes.get(e.outcome, e.outcome), 4)])
        head = [w.col["when"], w.col["staff"], w.col["action"], w.col["involved"],
                w.col["outcome"]]
        body: list[Flowable] = []
        for start in range(0, len(rows), _LOG_CHUNK):
            # Row 0 is the heading; the outcome column is quiet unless the access was refused.
            extra = [("LEADING", (0, 1), (-1, -1), self.s["cell"].leading),
                     ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                     ("TEXTCOLOR", (4, 1), (4, -1), GREY),
                     *[("TEXTCOLOR", (4, i - start + 1), (4, i - start + 1), _REFUSED)
                       for i in refused if start <= i < start + _LOG_CHUNK]]
            body.append(self.table(head, rows[start:start + _LOG_CHUNK], widths, extra))
        return self.section("log", body)

    def story(self) -> list[Flowable]:
        return [*self.header(), *self.about(), *self.details(), *self.services(),
                *self.consents(), *self.sharing(), *self.corrections(), *self.requests(),
                *self.retention(), *self.log()]


def render(report: AccessReport, language: str = "en") -> bytes:
    """The report as an A4 PDF in `language` ("en" or "zh_CN"), built in memory."""
    font = cjk_font_name()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP, bottomMargin=_MARGIN_BOTTOM,
        # Metadata shows without opening the pages: no customer values in it.
        title="ClientSafe access report", author="ClientSafe", subject="Access report",
        creator="ClientSafe", producer="ClientSafe", invariant=True, initialFontName=font,
        lang="zh-CN" if language.startswith("zh") else "en",
    )
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate("page", frames=[frame])])
    doc = _Doc(report, language, template.width)
    w = doc.w
    footer = Footer(w.footer.format(id=report.customer_id, who=report.generated_by,
                                    when=local_time(report.generated_at)),
                    w.page, font, _MARGIN_X, _FOOTER_Y, GREY, RULE)
    template.build(doc.story(), canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()
