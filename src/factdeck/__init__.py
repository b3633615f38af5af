"""factdeck: turn news articles into study material.

Articles become facts (dates, people, positions, quotes, differences between
sources), facts become a question bank (YAML a person can edit), and the bank
drives a terminal quiz and exports to Anki and printable worksheets.
"""

__version__ = "0.1.0"
