"""The child process that reads a PDF: `python -I .../pdf_worker.py PATH MEMORY_BYTES`.

It imports nothing of curator (see pdf.WORKER_ARGS), so it starts in a tenth of a second.

PDF parsers can loop or balloon on crafted files (pypdf CVE-2023-36464 and others), so pypdf only ever
runs here, under an address-space limit set before it is imported; the parent enforces the time limit
and kills us. The answer is one JSON object on stdout: the page texts and metadata, or an error kind
("encrypted", "damaged", "memory") with a short reason the parent turns into the user's message.
"""

from __future__ import annotations

import errno
import json
import sys
from typing import Any

REASON_MAX_CHARS = 160


def _limit_memory(limit_bytes: int) -> None:
    try:
        import resource  # POSIX only; Windows has no address-space limit
    except ImportError:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit_bytes = min(limit_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, hard))


def _short(error: BaseException) -> str:
    reason = " ".join(str(error).split()) or type(error).__name__
    return reason if len(reason) <= REASON_MAX_CHARS else reason[: REASON_MAX_CHARS - 1] + "…"


def _metadata(reader: Any) -> dict[str, str | None]:
    """Title, author and creation date; a malformed entry is dropped rather than failing the file."""
    found: dict[str, str | None] = {"title": None, "author": None, "created": None}
    try:
        info = reader.metadata
        if info is None:
            return found
        found["title"] = str(info.title) if info.title else None
        found["author"] = str(info.author) if info.author else None
    except Exception:  # metadata is optional; any defect in it is ignored
        return found
    try:
        created = info.creation_date
        found["created"] = created.date().isoformat() if created is not None else None
    except Exception:  # a malformed date string ("D:2024") raises ValueError and kin
        pass
    return found


def read_pdf(path: str) -> dict[str, Any]:
    """Everything the parent needs from the PDF, or {"error": kind, "reason": ...}."""
    from pypdf import PasswordType, PdfReader  # imported after the memory limit is set

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except Exception as error:  # unsupported algorithm, missing crypto library
                return {"error": "encrypted", "reason": _short(error)}
            if decrypted == PasswordType.NOT_DECRYPTED:
                return {"error": "encrypted", "reason": "password required"}
        pages = list(reader.pages)
    except MemoryError:
        return {"error": "memory", "reason": "out of memory"}
    except Exception as error:  # pypdf raises many kinds for a damaged file
        return {"error": "damaged", "reason": _short(error)}
    texts: list[str] = []
    failed = 0
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except MemoryError:
            return {"error": "memory", "reason": "out of memory"}
        except Exception:  # one bad page should not cost the rest of the document
            texts.append("")
            failed += 1
    if pages and failed == len(pages):
        return {"error": "damaged", "reason": "no page could be read"}
    return {"pages": texts, "pages_failed": failed, **_metadata(reader)}


def _out_of_memory(error: BaseException) -> bool:
    return getattr(error, "errno", None) == errno.ENOMEM or "failed to map segment" in str(error)


def main(argv: list[str]) -> int:
    path, memory_bytes = argv[0], int(argv[1])
    _limit_memory(memory_bytes)
    try:
        result = read_pdf(path)
    except MemoryError:
        result = {"error": "memory", "reason": "out of memory"}
    except (OSError, ImportError) as error:
        # Under the limit, importing pypdf itself can fail: ENOMEM reading a folder, or a shared
        # library that cannot be mapped.
        if not _out_of_memory(error):
            raise
        result = {"error": "memory", "reason": "out of memory"}
    # ensure_ascii keeps stdout plain ASCII whatever the platform's console encoding is.
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
