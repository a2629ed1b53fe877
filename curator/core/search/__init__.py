"""Finding text: in one document (the find bar) and across the corpus (Search Corpus, `curator search`).

`matching` finds a query in one text with the knowledge base's folding (case, diacritics, Turkish ı/i)
and the suffix tables of `suggest.suffixes`; `query` reads the filters typed into a query; `index` keeps
an FTS5 index of folded text beside the project, which only narrows the documents to read; `corpus`
runs a query over the project and returns keyword-in-context hits with the tags already on them.
"""
