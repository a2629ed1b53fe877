"""The light format registry (`curator.core.formats`, what the command line shows) says exactly what the
real registries hold, format by format and option by option, so the two cannot drift apart."""

from __future__ import annotations

from curator.core import formats
from curator.core.exporters import EXPORT_FORMATS, declared_options
from curator.core.importers.registry import IMPORTERS
from curator.core.importers.registry import declared_options as declared_import_options


def test_every_import_format_is_named_with_its_description_extensions_and_options() -> None:
    named = [
        formats.ImportFormatName(
            importer.name,
            importer.description,
            importer.extensions,
            importer.options,
            importer.named_extensions,
            importer.auto,
        )
        for importer in IMPORTERS
    ]
    assert list(formats.IMPORT_FORMAT_NAMES) == named


def test_every_export_format_is_named_with_its_description_target_and_options() -> None:
    named = [
        formats.ExportFormatName(
            exporter.name, exporter.description, exporter.target, exporter.suffix, exporter.options
        )
        for exporter in EXPORT_FORMATS.values()
    ]
    assert list(formats.EXPORT_FORMAT_NAMES) == named


def test_the_options_and_their_readers_are_the_registries_own() -> None:
    assert formats.import_options() == declared_import_options()
    assert formats.export_options() == declared_options()
