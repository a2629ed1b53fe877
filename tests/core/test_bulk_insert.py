"""bulk_insert's column processing gives each value what the bind processor gives it, with fewer calls."""

from __future__ import annotations

import json

from curator.core.storage.bulk_insert import _column


def test_a_column_is_processed_as_value_by_value_and_empty_documents_once() -> None:
    calls: list[object] = []

    def process(value: object) -> str:
        calls.append(value)
        return json.dumps(value)

    values: list[object] = [{}, {"a": 1}, {}, [], None, [], True, 1, {"a": 1}]
    assert _column(values, process) == [json.dumps(value) for value in values]
    assert calls.count({}) == 1 and calls.count([]) == 1  # ({} == [] is False: each kind once)
    assert calls.count({"a": 1}) == 2  # a non-empty document could be changed between rows: never shared
