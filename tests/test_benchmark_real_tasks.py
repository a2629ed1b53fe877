"""benchmarks/real_tasks.py: bracket-notation lines of the Turkish news NER corpus become one-sentence
JSONL tasks whose spans cover exactly the entity words of the detokenised sentence, and every task is
imported (repeated texts made unique) so the speed benchmarks count what they wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from curator.core.importers import import_paths
from curator.core.importers.brackets import parse_line
from curator.core.project.setup import open_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import real_tasks

# Lines as the corpus has them: double spaces around groups, suffixes split off, a trailing space.
LINES = [
    "Müzik Şenliği 'ne hazırlanın  [ORG POZİTİF ve Açık Radyo ]  işbirliğiyle düzenlenecek olan  "
    "[LOC İstanbul ]  Müzik Şenliği 2 , müzikseverlere Aralık ayında merhaba demeye hazırlanıyor ",
    'Bu yıl " Buluşmalar " başlığı altında ,  [LOC Anadolu ] \'nun dört bir köşesinden ( [ORG AA ]  ) ',
    "[PER Yalım Erez ] 'e hitaben , ` Ağzını cart diye yırtarım  '  demiştiniz , % 25 'e çıktı ",
    "Müsteşar 'dan ,  ' İlişkilerde dini konuları göz önüne almak çok saçma olur \" yanıtı geliyor ",
    'İrlandalı  [PER Pat O \'Connor ] " Dancing at Lughnasa " ',
]


def _task(line: str) -> real_tasks.Task:
    return real_tasks.detokenise(*parse_line(line, 1))


def _shown(task: real_tasks.Task) -> list[tuple[str, str]]:
    return [(task.text[start:end], label) for start, end, label in task.spans]


def test_suffixes_join_their_word_and_stay_outside_the_entity() -> None:
    task = _task(LINES[0])
    assert task.text == (
        "Müzik Şenliği'ne hazırlanın POZİTİF ve Açık Radyo işbirliğiyle düzenlenecek olan İstanbul "
        "Müzik Şenliği 2, müzikseverlere Aralık ayında merhaba demeye hazırlanıyor"
    )
    assert task.spans == ((28, 49, "ORG"), (81, 89, "LOC"))
    assert _shown(task) == [("POZİTİF ve Açık Radyo", "ORG"), ("İstanbul", "LOC")]


def test_quotes_and_brackets_face_their_words() -> None:
    second = _task(LINES[1])
    assert second.text == 'Bu yıl "Buluşmalar" başlığı altında, Anadolu\'nun dört bir köşesinden (AA)'
    assert _shown(second) == [("Anadolu", "LOC"), ("AA", "ORG")]
    assert second.spans[1] == (len(second.text) - 3, len(second.text) - 1, "ORG")
    third = _task(LINES[2])
    assert third.text == "Yalım Erez'e hitaben, `Ağzını cart diye yırtarım' demiştiniz, %25'e çıktı"
    assert third.spans == ((0, 10, "PER"),)
    fourth = _task(LINES[3])
    assert (
        fourth.text
        == "Müsteşar'dan, 'İlişkilerde dini konuları göz önüne almak çok saçma olur\" yanıtı geliyor"
    )


def test_an_apostrophe_inside_a_name_is_part_of_the_span() -> None:
    task = _task(LINES[4])
    assert task.text == 'İrlandalı Pat O\'Connor "Dancing at Lughnasa"'
    assert _shown(task) == [("Pat O'Connor", "PER")]


def test_every_task_is_imported_with_its_spans(tmp_path: Path) -> None:
    corpus = tmp_path / "train.txt"
    corpus.write_text("\ufeff" + "\n".join([*LINES, LINES[1]]) + "\n", encoding="utf-8")
    tasks = list(real_tasks.real_tasks(14, corpus))
    # The file's six lines (the last repeats the second) twice, then its first two again.
    first_pass = [real_tasks.detokenise(*parse_line(line, 1)) for line in LINES]
    suffixes = ["", "", "", "", "", " (#1)", " (#1)", " (#2)", " (#1)", " (#1)", " (#1)", " (#3)", " (#2)",
                " (#4)"]  # fmt: skip
    lines = [0, 1, 2, 3, 4, 1, 0, 1, 2, 3, 4, 1, 0, 1]
    assert [task.text for task in tasks] == [
        first_pass[i].text + k for i, k in zip(lines, suffixes, strict=True)
    ]
    assert [task.spans for task in tasks] == [first_pass[i].spans for i in lines]
    source = tmp_path / "tasks.jsonl"
    spans = real_tasks.write_real_tasks(source, 14, corpus)
    assert spans == sum(len(task.spans) for task in tasks) == 20
    with open_project(tmp_path / "tasks.curator", annotator="bench") as project:
        report = import_paths(project, [source])
        assert report.ok and (report.documents_added, report.duplicates) == (14, 0), report.lines()
        assert report.spans_added == spans


def test_the_shared_corpus_gives_one_task_a_line() -> None:
    try:
        path = real_tasks.corpus_file()
    except FileNotFoundError:
        pytest.skip("the Turkish news NER corpus is not on this machine")
    tasks = list(real_tasks.real_tasks(10_000, path))
    assert len({task.text for task in tasks}) == 10_000
    assert sum(len(task.spans) for task in tasks) == 12_771
