"""The Anki note types factdeck writes: fixed ids, clear names, one stylesheet.

Model ids never change: Anki matches a re-imported note type by its id, so a
random id would add a new copy of every note type on each export. The card
templates only place fields; every field is HTML built (and escaped) by
:mod:`factdeck.export.anki`, so nothing here touches bank text. The answer side
never needs JavaScript: AnkiMobile and AnkiDroid may not run it.
"""

from __future__ import annotations

import genanki

# Bump when templates or CSS change. Anki 26 keeps a note type's templates as
# first imported, whatever this says; it is written so the package is stable.
TEMPLATE_REVISION = 1763856000  # 2025-11-23

MODEL_IDS = {
    "basic": 1607392811,
    "type_in": 1607392812,
    "choice": 1607392813,
    "cloze": 1607392814,
    "match": 1607392815,
    "order": 1607392816,
}

# Fields that every note type ends with, shown on the back of every card.
TAIL_FIELDS = ("Explanation", "Sources", "Ref")

CSS = """\
.card {
  --fd-fg: #1d1d1f; --fd-bg: #fdfdfb; --fd-muted: #5f6368; --fd-line: #d5d5d0;
  --fd-right: #1b6e2f; --fd-right-bg: #e4f4e7; --fd-accent: #2455a4; --fd-quote-bg: #f1f1ec;
  font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 20px; line-height: 1.45; color: var(--fd-fg); background: var(--fd-bg);
  text-align: left; margin: 0; padding: 0;
}
.card.nightMode, .nightMode .card, .night_mode .card, .card.night_mode {
  --fd-fg: #e8e8e3; --fd-bg: #1e1f22; --fd-muted: #a4a7ad; --fd-line: #44464b;
  --fd-right: #8fdc9f; --fd-right-bg: #1f3a26; --fd-accent: #8fb4f5; --fd-quote-bg: #2a2c30;
}
.fd { max-width: 40em; margin: 0 auto; padding: 0.8em 1em 1.5em;
  overflow-wrap: break-word; word-wrap: break-word; }
.fd-cue { font-size: 0.75em; color: var(--fd-muted); text-transform: uppercase;
  letter-spacing: 0.04em; margin-bottom: 0.4em; }
.fd-prompt { font-size: 1.1em; font-weight: 600; margin-bottom: 0.6em; }
.fd-answer { font-size: 1.1em; font-weight: 700; color: var(--fd-right); }
.fd-more { color: var(--fd-muted); font-size: 0.9em; margin-top: 0.3em; }
hr#answer { border: 0; border-top: 1px solid var(--fd-line); margin: 0.8em 0; }
ol.fd-options, ol.fd-marked, ol.fd-order, ul.fd-items { padding-left: 0; margin: 0.4em 0;
  list-style: none; }
ol.fd-options li, ol.fd-marked li, ol.fd-order li, ul.fd-items li { margin: 0.35em 0;
  padding: 0.45em 0.6em; border: 1px solid var(--fd-line); border-radius: 8px; }
.fd-letter { display: inline-block; min-width: 1.6em; font-weight: 700;
  color: var(--fd-accent); }
ol.fd-marked li.fd-right { border-color: var(--fd-right); background: var(--fd-right-bg);
  color: var(--fd-right); font-weight: 700; }
ol.fd-marked li.fd-wrong { opacity: 0.7; }
.fd-mark { float: right; font-weight: 700; }
.fd-date { color: var(--fd-muted); font-size: 0.85em; }
.fd-left { font-size: 1.1em; font-weight: 700; }
table.fd-pairs { border-collapse: collapse; width: 100%; margin: 0.4em 0; font-size: 0.9em; }
table.fd-pairs td { border-top: 1px solid var(--fd-line); padding: 0.3em 0.4em;
  vertical-align: top; }
table.fd-pairs tr.fd-current td { background: var(--fd-right-bg); font-weight: 700; }
.fd-explanation { margin: 0.8em 0 0.4em; }
.fd-sources { font-size: 0.85em; color: var(--fd-muted); margin: 0.6em 0 0; padding: 0;
  list-style: none; }
.fd-sources li { margin: 0.4em 0; }
.fd-cite { font-weight: 600; }
.fd-sources blockquote { margin: 0.25em 0 0; padding: 0.35em 0.6em; background: var(--fd-quote-bg);
  border-left: 3px solid var(--fd-line); font-style: italic; color: var(--fd-fg); }
.fd-ref { font-size: 0.7em; color: var(--fd-muted); margin-top: 1em; }
.cloze { font-weight: 700; color: var(--fd-accent); }
input#typeans { font-size: 1em; width: 100%; box-sizing: border-box; padding: 0.3em; }
@media (max-width: 480px) { .card { font-size: 18px; } .fd { padding: 0.5em 0.7em 1em; } }
"""

_HEAD = '<div class="fd">{{#Cue}}<div class="fd-cue">{{Cue}}</div>{{/Cue}}' \
        '<div class="fd-prompt">{{Prompt}}</div>'
_TAIL = ('{{#Explanation}}<div class="fd-explanation">{{Explanation}}</div>{{/Explanation}}'
         '{{#Sources}}{{Sources}}{{/Sources}}'
         '{{#Ref}}<div class="fd-ref">{{Ref}}</div>{{/Ref}}</div>')


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": name} for name in (*names, *TAIL_FIELDS)]


class _Model(genanki.Model):
    """A genanki model whose modification time is fixed, so packages do not churn."""

    def to_json(self, timestamp: float, deck_id: int) -> dict:
        data = super().to_json(timestamp, deck_id)
        data["mod"] = TEMPLATE_REVISION
        return data


def _model(key: str, name: str, fields: list[dict[str, str]], qfmt: str, afmt: str,
           model_type: int = genanki.Model.FRONT_BACK) -> genanki.Model:
    return _Model(MODEL_IDS[key], name, fields=fields,
                  templates=[{"name": "Card", "qfmt": qfmt, "afmt": afmt}],
                  css=CSS, model_type=model_type)


def build_models() -> dict[str, genanki.Model]:
    """Every note type by key: basic, type_in, choice, cloze, match, order.

    Built fresh per export: genanki mutates template dicts while writing.
    """
    basic_back = ('<hr id="answer"><div class="fd-answer">{{Answer}}</div>'
                  '{{#More}}<div class="fd-more">{{More}}</div>{{/More}}')
    return {
        "basic": _model(
            "basic", "factdeck: question and answer",
            _fields("Prompt", "Cue", "Answer", "More"),
            _HEAD + "</div>",
            _HEAD + basic_back + _TAIL),
        "type_in": _model(
            "type_in", "factdeck: type the answer",
            _fields("Prompt", "Cue", "Answer", "More"),
            _HEAD + "{{type:Answer}}</div>",
            _HEAD + '<hr id="answer">{{type:Answer}}'
            '{{#More}}<div class="fd-more">{{More}}</div>{{/More}}' + _TAIL),
        "choice": _model(
            "choice", "factdeck: multiple choice",
            _fields("Prompt", "Cue", "Options", "Marked"),
            _HEAD + "{{Options}}</div>",
            _HEAD + '<hr id="answer">{{Marked}}' + _TAIL),
        "cloze": _model(
            "cloze", "factdeck: cloze",
            [{"name": "Text"}, {"name": "Prompt"}, {"name": "Cue"},
             *({"name": n} for n in TAIL_FIELDS)],
            _HEAD + "<div>{{cloze:Text}}</div></div>",
            _HEAD + '<div>{{cloze:Text}}</div><hr id="answer">' + _TAIL,
            model_type=genanki.Model.CLOZE),
        "match": _model(
            "match", "factdeck: match pair",
            _fields("Prompt", "Cue", "Left", "Right", "Pairs"),
            _HEAD + '<div class="fd-left">{{Left}} \u2192 ?</div></div>',
            _HEAD + '<div class="fd-left">{{Left}} \u2192</div><hr id="answer">'
            '<div class="fd-answer">{{Right}}</div>{{Pairs}}' + _TAIL),
        "order": _model(
            "order", "factdeck: put in order",
            _fields("Prompt", "Cue", "Items", "Order"),
            _HEAD + "{{Items}}</div>",
            _HEAD + '<hr id="answer">{{Order}}' + _TAIL),
    }
