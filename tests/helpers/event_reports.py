"""Reports of one summit in four languages, annotated through the services, for consolidation tests.

Japarov and Erdoğan meet in Ankara on 5 May 2024: reported in Turkish the next day ("dün"), in Russian on
the day (absolute date), announced in English three days before (planned). Then two reports that must
stay apart: a Kyrgyz one of their later meeting in Bishkek on 11 May, and an English "will meet on 5 May"
published after that day (a plan that cannot be the meeting that already took place).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from curator.core import services
from curator.core.services.entities import create_entity, link_spans
from curator.core.storage import Project

SUMMIT = {
    "tr": ("2024-05-06", "Sadır Caparov ile Recep Tayyip Erdoğan dün Ankara kentinde bir araya geldi.",
           "bir araya geldi", ("Sadır Caparov", "Recep Tayyip Erdoğan"), "Ankara", "dün", "actual"),
    "ru": ("2024-05-05",
           "Садыр Жапаров и Реджеп Тайип Эрдоган провели переговоры в городе Анкара 5 мая 2024 года.",
           "провели переговоры", ("Садыр Жапаров", "Реджеп Тайип Эрдоган"), "Анкара", "5 мая 2024 года",
           "actual"),
    "en": ("2024-05-02", "Sadyr Japarov will meet Recep Tayyip Erdogan in Ankara on May 5.",
           "will meet", ("Sadyr Japarov", "Recep Tayyip Erdogan"), "Ankara", "May 5", "planned"),
}  # fmt: skip
LATER = ("ky", "2024-05-12", "Садыр Жапаров менен Режеп Тайып Эрдоган 11-майда Бишкек шаарында жолугушту.",
         "жолугушту", ("Садыр Жапаров", "Режеп Тайып Эрдоган"), "Бишкек", "11-май", "actual")  # fmt: skip
LATE_PLAN = ("en", "2024-05-08", "Sadyr Japarov will meet Recep Tayyip Erdogan in Ankara on May 5, 2024.",
             "will meet", ("Sadyr Japarov", "Recep Tayyip Erdogan"), "Ankara", "May 5, 2024",
             "planned")  # fmt: skip


@dataclass
class Reports:
    """The project and the ids tests check: the summit's three events, the later meeting, the late plan."""

    project: Project
    entities: dict[str, int] = field(default_factory=dict)
    summit: list[int] = field(default_factory=list)
    later: int = 0
    late_plan: int = 0
    documents: list[int] = field(default_factory=list)

    def entity(self, name: str, type_: str, *aliases: str) -> int:
        found = create_entity(self.project, name, type_, aliases=list(aliases)).entity.id
        self.entities[name] = found
        return found

    def report(
        self, language: str, pub_date: str, text: str, trigger: str, names: tuple[str, ...], place: str,
        when: str, realis: str,
    ) -> int:  # fmt: skip
        """Import one article and annotate its meeting: parties and place linked to the KB, a TIME."""
        number = len(self.documents) + 1
        meta = {"publication": f"Outlet {number}", "url": f"https://news.example/{number}"}
        document = services.NewDocument(
            text=text, title=f"{language} {number}", language=language, pub_date=pub_date, meta=meta
        )
        with self.project.write() as session:
            services.add_documents(session, [document], annotator_id=None, source="test")
        document_id = number
        self.documents.append(document_id)

        def tag(surface: str, label: str) -> int:
            start = text.index(surface)
            return services.add_span(self.project, document_id, start, start + len(surface), label).span.id

        start = text.index(trigger)
        event_id = services.create_event(
            self.project, document_id, "MEETING", trigger=(start, start + len(trigger)), realis=realis
        ).event.id
        for surface, key in zip(names, ("Sadyr Japarov", "Recep Tayyip Erdoğan"), strict=True):
            span_id = tag(surface, "PER")
            link_spans(self.project, [span_id], self.entities[key])
            services.add_argument(self.project, event_id, "PARTICIPANT", span_id=span_id)
        place_span = tag(place, "GPE")
        city = "Ankara" if place in ("Ankara", "Анкара") else "Bishkek"
        link_spans(self.project, [place_span], self.entities[city])
        services.add_argument(self.project, event_id, "PLACE", span_id=place_span)
        services.add_argument(self.project, event_id, "TIME", span_id=tag(when, "DATE"))
        services.set_document_status(self.project, document_id, "annotated")  # event records need it done
        return event_id


def build_reports(project: Project) -> Reports:
    """The five reports (module docstring), with the KB entities they link to (Latin and Cyrillic)."""
    reports = Reports(project)
    reports.entity("Sadyr Japarov", "PER", "Садыр Жапаров", "Sadır Caparov")
    reports.entity(
        "Recep Tayyip Erdoğan", "PER", "Реджеп Тайип Эрдоган", "Режеп Тайып Эрдоган", "Recep Tayyip Erdogan"
    )
    reports.entity("Ankara", "GPE", "Анкара")
    reports.entity("Bishkek", "GPE", "Бишкек", "Bişkek")
    for language, values in SUMMIT.items():
        reports.summit.append(reports.report(language, *values))
    reports.later = reports.report(*LATER)
    reports.late_plan = reports.report(*LATE_PLAN)
    return reports
