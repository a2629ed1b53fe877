"""doccano JSONL with entities and relations (doccano's sequence-labeling-with-relations project type).

doccano has no events. They are written the way doccano users model them: the trigger is an entity
typed with the event type, and each argument is a relation from the trigger to its filler typed with
the role (an event that fills a role points at that event's trigger). The report says how many events
were flattened like this, so nobody mistakes the file for a lossless copy.
"""

from __future__ import annotations

import json

from curator.core import queries
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, layer_annotations, named_exporter
from curator.core.queries import ExportDocument


def task(run: ExportRun, document: ExportDocument) -> tuple[dict, int]:
    """One doccano record, and how many events it flattened."""
    spans, events, relations = layer_annotations(
        document,
        queries.list_spans(run.project, document.id),
        queries.list_events(run.project, document.id),
        queries.list_relations(run.project, document.id),
    )
    record_relations = [
        {
            "id": relation.id,
            "from_id": relation.head_span_id,
            "to_id": relation.child_span_id,
            "type": relation.type,
        }
        for relation in relations
    ]
    triggers: dict[int | None, int | None] = {event.id: event.trigger_span_id for event in events}
    for event in events:
        for argument in event.arguments:
            target = (
                argument.span_id if argument.span_id is not None else triggers.get(argument.argument_event_id)
            )
            if target is None:
                continue
            record_relations.append(
                {
                    "id": f"arg{argument.id}",
                    "from_id": event.trigger_span_id,
                    "to_id": target,
                    "type": argument.role,
                }
            )
    entities = [
        {"id": span.id, "start_offset": offsets[0], "end_offset": offsets[1], "label": span.label}
        for span in spans
        if span.status == "accepted" and (offsets := document.offsets(span.start, span.end)) is not None
    ]
    record = {
        "id": document.id,
        "text": document.text,
        "entities": entities,
        "relations": record_relations,
        "meta": {**document.meta, "doc_id": document.id, "title": document.title, "source": document.source,
                 "language": document.language, "pub_date": document.pub_date, "status": document.status},
    }  # fmt: skip
    if document.layer is not None and run.options.layer_choice.kind == "all":
        record["annotator"] = document.layer  # one record per layer: which one this is
    run.report.spans_written += len(entities)
    return record, len(events)


def write(run: ExportRun) -> None:
    flattened = 0
    with StagedFiles() as staged:
        temporary = staged.add(run.out)
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            for document in run.documents():
                record, events = task(run, document)
                flattened += events
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        staged.commit()
    run.report.outputs.append(run.out)
    if flattened:
        run.report.notes.append(
            f"{flattened} events written as trigger entities with role relations (doccano has no events)"
        )


EXPORTER = named_exporter("doccano", write)
