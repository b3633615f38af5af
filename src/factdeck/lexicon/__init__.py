"""Lexicons of generic news language: countries, titles and posts, speech verbs.

Pure data (standard library only) for extraction. Calendar words and outlets,
which article reading needs too, live in :mod:`factdeck.articles`. Nothing here
names a person or an event: the lists describe how news is written, so that
extraction works on articles it has never seen.
"""
