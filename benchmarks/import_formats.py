"""Import rate of every format: documents per second, input MB per second and peak memory.

Run: `.venv/bin/python benchmarks/import_formats.py [--files 2000] [--formats txt,pdf,...]`.
For each format it writes `--files` news-like documents (Turkish, ASCII-typed Turkish, Kyrgyz, Russian
and Kazakh, with datelines, agencies, bylines and dates as the seeds have them; every one distinct, so
none is skipped as a duplicate), then imports them into a fresh project with `import_paths`, the call
the CLI and the window make, in a child process so that its max RSS is its own. PDF imports also
report the largest RSS of their parser processes. Results go to benchmarks/out/import_formats.json.

The files: txt and md one article each (md with a `#` headline); jsonl and csv 10 files of N/10
records each (csv with title, date, source, url and language columns); html full pages with menu,
ticker, related links and footer around the article; docx written as Word packages with core
properties; pdf drawn by Qt's PDF writer with an embedded font; zip archives of 10 members each
(txt, html and docx mixed).

Measured 2026-11-23 on the 2-core machine shared with five other jobs (load 6-7, so wall-clock rates
are low and noisy; CPU seconds measure the import itself). `--files 2000`, pdf `--files 300`:

| format | docs | seconds | docs/s | MB/s | CPU s | docs/CPU s | max RSS MB |
| --- | --- | --- | --- | --- | --- | --- | --- |
| txt | 2000 | 31.4 | 64 | 0.09 | 9.0 | 223 | 92 |
| md | 2000 | 28.9 | 69 | 0.10 | 9.4 | 214 | 91 |
| jsonl (10 files) | 2000 | 0.7 | 2753 | 4.84 | 0.2 | 9166 | 91 |
| csv (10 files) | 2000 | 1.8 | 1144 | 1.91 | 0.9 | 2273 | 94 |
| html | 2000 | 38.9 | 51 | 0.12 | 16.0 | 125 | 96 |
| docx | 2000 | 15.8 | 126 | 0.18 | 7.2 | 276 | 91 |
| zip (200 x 10) | 2000 | 18.2 | 110 | 0.09 | 9.7 | 207 | 95 |
| pdf | 300 | 62.4 | 5 | 0.07 | 47.0 | 6 | 90 (parser 90) |

One file per transaction (a bad file costs only itself) makes small files wait on a commit's fsync;
a PDF pays a parser process (0.16 s of CPU). benchmarks/html_extraction.py the same day: the importer
keeps 100% of the gold article sentences on all 4 pages and leaves 0 of 56 boilerplate lines, against
100% / 9 left by trafilatura's default `extract`; 500 pages imported at 81 pages/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = Path(__file__).resolve().parent / "out"
FORMATS = ("txt", "md", "jsonl", "csv", "html", "docx", "pdf", "zip")
TABLE_FILES = 10
ZIP_MEMBERS = 10

# Per language: places (dateline form), agencies, people, organisations, sentence templates.
LANGUAGES: dict[str, dict[str, list[str]]] = {
    "tr": {
        "places": ["BİŞKEK", "ANKARA", "ASTANA", "DUŞANBE", "TAŞKENT"],
        "agencies": ["AA", "İHA", "DHA"],
        "people": ["Sadır Caparov", "Ruslan Kazakbayev", "Hakan Fidan", "İmangali Tasmagambetov"],
        "orgs": ["KGAÖ", "Türk Devletleri Teşkilatı", "Şanghay İşbirliği Örgütü", "Dışişleri Bakanlığı"],
        "sentences": [
            "{per}, {org} toplantısında bölgesel güvenlik konularını ele aldı.",
            "{org} üyeleri, {day} {month_tr} {year} tarihinde {place_title}'te bir araya geldi.",
            "Görüşmede ekonomik işbirliği ve ulaştırma projeleri değerlendirildi.",
            "{per}, yaptığı açıklamada taraflar arasındaki ilişkilerin güçlendiğini söyledi.",
            "Toplantının ardından ortak bir bildiri kabul edildi ve {number} maddelik eylem planı onaylandı.",
            "{org} Genel Sekreteri, ülkeye resmi bir ziyaret gerçekleştirdi.",
        ],
    },
    "ky": {
        "places": ["Бишкек", "Ош", "Душанбе", "Москва"],
        "agencies": ["Кабар", "24.kg", "АКИpress"],
        "people": ["Садыр Жапаров", "Руслан Казакбаев", "Жээнбек Кулубаев", "Акылбек Жапаров"],
        "orgs": ["ЖККУ", "ШКУ", "Тышкы иштер министрлиги", "Евразия экономикалык бирлиги"],
        "sentences": [
            "{per} {org} жыйынына катышты.",
            "Жыйында аймактык коопсуздук маселелери талкууланды.",
            "{day}-{month_ky} {place} шаарында {org} өкүлдөрү менен жолугушуу өттү.",
            "Тараптар экономикалык кызматташтыкты өнүктүрүү боюнча {number} документке кол коюшту.",
            "{per} кызматташтыктын келечеги тууралуу билдирүү жасады.",
        ],
    },
    "ru": {
        "places": ["МОСКВА", "БИШКЕК", "ДУШАНБЕ", "АСТАНА"],
        "agencies": ["ТАСС", "РИА Новости", "Интерфакс"],
        "people": ["Сергей Лавров", "Руслан Казакбаев", "Имангали Тасмагамбетов", "Садыр Жапаров"],
        "orgs": ["ОДКБ", "ШОС", "СНГ", "Министерство иностранных дел"],
        "sentences": [
            "{per} принял участие в заседании {org}.",
            "Стороны обсудили вопросы региональной безопасности и борьбы с терроризмом.",
            "По итогам встречи подписано {number} документов о сотрудничестве.",
            "{day} {month_ru} {year} года в {place_title} состоялись переговоры делегаций.",
            "{per} заявил, что отношения между странами развиваются динамично.",
        ],
    },
    "kk": {
        "places": ["АСТАНА", "АЛМАТЫ", "ШЫМКЕНТ"],
        "agencies": ["Kazinform", "Хабар"],
        "people": ["Қасым-Жомарт Тоқаев", "Мұрат Нұртілеу", "Әсел Нұрланқызы"],
        "orgs": ["ҰҚШҰ", "ШЫҰ", "Сыртқы істер министрлігі"],
        "sentences": [
            "{per} {org} отырысына қатысты.",
            "Кездесуде өңірлік қауіпсіздік мәселелері талқыланды.",
            "Тараптар экономикалық ынтымақтастық туралы {number} құжатқа қол қойды.",
            "{per} елдер арасындағы қарым-қатынас нығайып келе жатқанын атап өтті.",
        ],
    },
}
MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim"]
MONTHS_KY = ["январда", "февралда", "мартта", "апрелде", "майда", "июнда", "июлда", "августта"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября"]
ASCII_FOLD = str.maketrans("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU")
SITES = {"tr": "Haber Merkezi", "ky": "Кабар", "ru": "Вестник Евразии", "kk": "Kazinform"}


def article(rng: random.Random, number: int) -> dict[str, str]:
    """One distinct news article: headline, dateline, 8–16 sentences, a date line; ~1.5–3 KB."""
    language = rng.choice(["tr", "tr", "tr-ascii", "ky", "ky", "ru", "kk"])
    pool = LANGUAGES[language.split("-")[0]]
    day, month, year = rng.randint(1, 28), rng.randint(1, 8), rng.randint(2019, 2025)
    place, agency = rng.choice(pool["places"]), rng.choice(pool["agencies"])
    values = {
        "day": day,
        "year": year,
        "month_tr": MONTHS_TR[month - 1],
        "month_ky": MONTHS_KY[month - 1],
        "month_ru": MONTHS_RU[month - 1],
        "place": place.title(),
        "place_title": place.title(),
    }

    def sentence() -> str:
        template = rng.choice(pool["sentences"])
        return template.format(
            per=rng.choice(pool["people"]), org=rng.choice(pool["orgs"]), number=rng.randint(2, 40), **values
        )

    headline = f"{rng.choice(pool['people'])}: {sentence().rstrip('.')} ({number})"
    body = " ".join(sentence() for _ in range(rng.randint(8, 16)))
    date = f"{day:02d}.{month:02d}.{year}"
    if language.startswith("tr"):
        text = f"{headline}\n\n{place} ({agency}) - {body}\n\nHABER TARİHİ: {date}"
    else:
        text = f"{headline}\n\n{place.title()}, {date}. /{agency}/. {body}"
    if language == "tr-ascii":
        text, headline = text.translate(ASCII_FOLD), headline.translate(ASCII_FOLD)
    code = language.split("-")[0]
    return {
        "id": f"doc-{number}",
        "title": headline,
        "text": text,
        "date": f"{year}-{month:02d}-{day:02d}",
        "source": SITES[code],
        "url": f"https://news.example.org/{code}/{number}",
        "language": code,
    }


def html_page(item: dict[str, str]) -> str:
    from html import escape

    paragraphs = "".join(f"<p>{escape(block)}</p>" for block in item["text"].split("\n\n")[1:])
    return (
        f'<!DOCTYPE html><html lang="{item["language"]}"><head><meta charset="utf-8">'
        f"<title>{escape(item['title'])}</title>"
        f'<meta property="og:site_name" content="{escape(item["source"])}">'
        f'<meta property="article:published_time" content="{item["date"]}T10:00:00+03:00">'
        f'<meta property="og:url" content="{item["url"]}"><script>var tracking = 1;</script></head><body>'
        '<nav><a href="/">Башкы бет</a> | <a href="/politics">Саясат</a> | <a href="/world">Dünya</a></nav>'
        '<div class="ticker">USD 86.5 • EUR 90.34 • RUB 0.85</div>'
        f"<article><h1>{escape(item['title'])}</h1>{paragraphs}</article>"
        '<aside><h3>Related</h3><ul><li><a href="/1">Other news one</a></li>'
        '<li><a href="/2">Other news two</a></li></ul></aside>'
        "<footer>© 2025 All rights reserved. Пикир калтыруу / Оставить комментарий</footer></body></html>"
    )


def write_files(fmt: str, folder: Path, count: int, seed: int = 7) -> None:
    """`count` documents of format `fmt` in `folder`."""
    rng = random.Random(seed)
    items = [article(rng, number) for number in range(count)]
    if fmt in ("txt", "md"):
        for item in items:
            text = f"# {item['text']}" if fmt == "md" else item["text"]
            (folder / f"{item['id']}.{fmt}").write_text(text, encoding="utf-8")
    elif fmt == "jsonl":
        for part in range(TABLE_FILES):
            with (folder / f"part{part}.jsonl").open("w", encoding="utf-8") as handle:
                for item in items[part::TABLE_FILES]:
                    record = {"text": item["text"], "meta": {k: v for k, v in item.items() if k != "text"}}
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns = ["id", "title", "date", "source", "url", "language", "text"]
        for part in range(TABLE_FILES):
            with (folder / f"part{part}.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, columns)
                writer.writeheader()
                writer.writerows(items[part::TABLE_FILES])
    elif fmt == "html":
        for item in items:
            (folder / f"{item['id']}.html").write_text(html_page(item), encoding="utf-8")
    elif fmt == "docx":
        from tests.helpers.office_files import write_docx

        for item in items:
            properties = {
                "title": item["title"],
                "author": "Редакция",
                "created": f"{item['date']}T09:00:00Z",
            }
            write_docx(folder / f"{item['id']}.docx", item["text"].split("\n"), properties)
    elif fmt == "pdf":
        from tests.helpers.office_files import ensure_gui_app, write_pdf

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_app()
        for item in items:
            write_pdf(folder / f"{item['id']}.pdf", _wrapped(item["text"]), title=item["title"])
    elif fmt == "zip":
        from tests.helpers.office_files import docx_parts

        for start in range(0, count, ZIP_MEMBERS):
            with zipfile.ZipFile(folder / f"batch{start:05d}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for index, item in enumerate(items[start : start + ZIP_MEMBERS]):
                    kind = ("txt", "html", "docx")[index % 3]
                    if kind == "txt":
                        archive.writestr(f"{item['id']}.txt", item["text"])
                    elif kind == "html":
                        archive.writestr(f"{item['id']}.html", html_page(item))
                    else:
                        archive.writestr(
                            f"{item['id']}.docx", _docx_bytes(docx_parts(item["text"].split("\n")))
                        )
    else:
        raise ValueError(fmt)


def _wrapped(text: str, width: int = 110) -> list[str]:
    """Lines as a PDF prints them: paragraphs hard-wrapped, a blank line between them."""
    import textwrap

    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, width) or [""])
        lines.append("")
    return lines


def _docx_bytes(parts: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the PDF parsers): on a shared machine
    the wall-clock rate mostly measures the other jobs, this measures the import."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_import(fmt: str, folder: Path, project_path: Path) -> dict[str, object]:
    """In the child: import the folder, return the numbers."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    size = sum(path.stat().st_size for path in folder.iterdir())
    files = sum(1 for _ in folder.iterdir())
    with open_project(project_path, annotator="bench") as project:
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        report = import_paths(project, [folder], fmt="auto")
        seconds = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu_before
    return {
        "format": fmt,
        "files": files,
        "documents": report.documents_added,
        "problems": len(report.problems),
        "first_problem": report.problems[0].line() if report.problems else None,
        "seconds": round(seconds, 2),
        "docs_per_s": round(report.documents_added / seconds, 1),
        "mb_per_s": round(size / 1e6 / seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "docs_per_cpu_s": round(report.documents_added / cpu, 1),
        "input_mb": round(size / 1e6, 2),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "children_max_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="documents per format")
    parser.add_argument(
        "--formats", default=",".join(FORMATS), help="comma-separated, of: " + " ".join(FORMATS)
    )
    parser.add_argument("--child", nargs=3, metavar=("FORMAT", "FOLDER", "PROJECT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        fmt, folder, project = args.child
        print(json.dumps(run_import(fmt, Path(folder), Path(project))))
        return 0
    OUT.mkdir(exist_ok=True)
    results = []
    print(
        f"{'format':<7}{'docs':>7}{'seconds':>9}{'docs/s':>9}{'MB/s':>8}{'CPU s':>8}{'docs/CPU s':>11}"
        f"{'RSS MB':>8}{'child RSS':>10}"
    )
    for fmt in args.formats.split(","):
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary) / fmt
            folder.mkdir()
            write_files(fmt, folder, args.files)
            child = subprocess.run(
                [sys.executable, __file__, "--child", fmt, str(folder), str(Path(temporary) / "p.curator")],
                check=True,
                capture_output=True,
                text=True,
            )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        results.append(result)
        child_rss = f"{result['children_max_rss_mb']:.0f}" if fmt == "pdf" else "-"
        print(
            f"{fmt:<7}{result['documents']:>7}{result['seconds']:>9.1f}{result['docs_per_s']:>9.0f}"
            f"{result['mb_per_s']:>8.2f}{result['cpu_seconds']:>8.1f}{result['docs_per_cpu_s']:>11.0f}"
            f"{result['max_rss_mb']:>8.0f}{child_rss:>10}"
            + (
                f"  {result['problems']} problems, e.g. {result['first_problem']}"
                if result["problems"]
                else ""
            ),
            flush=True,
        )
    (OUT / "import_formats.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if all(r["problems"] == 0 and r["documents"] == args.files for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
