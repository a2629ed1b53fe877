"""Clean records: one self-contained record per event (and per canonical entity) for analysts.

`model` builds event records from stored annotations, `sentences` cuts their evidence sentence, `merge`
joins reports of the same real-world event, `plover` maps a record onto PLOVER's event JSON, `tabular`
flattens records into CSV rows and `entities` counts canonical entities. The writers that put them into
files are the exporters in `curator.core.exporters.records`.

The package imports nothing from `curator.core.exporters`, so the export report can use its types.
"""
