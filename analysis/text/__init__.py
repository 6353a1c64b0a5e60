"""The text engine: reading captures into witnesses, the site's templates, collation, provenance.

``basics`` (fold, norm), ``witness`` (Witness, Block, Metadata), ``capture`` (read,
decode, load), ``shapes``, ``templates`` and ``listing`` (the site's page templates),
``collate`` and ``provenance``. Nothing here knows the study's article.
"""
