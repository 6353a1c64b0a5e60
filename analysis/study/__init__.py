"""The study of one brief: everything about "U.S., North Korea Meet for Missile Discussions".

:mod:`~analysis.study.article` states every fact and choice about the brief once;
:mod:`~analysis.study.claim` tests its range claim; :mod:`~analysis.study.later` sets
the later missiles beside it; :mod:`~analysis.study.checks` adds the article's checks
to the general ones; :mod:`~analysis.study.outputs` is the registry of what
:mod:`~analysis.study.reproduce` writes, described by :mod:`~analysis.study.crate`.
Nothing outside this package imports it, but the command line.
"""
