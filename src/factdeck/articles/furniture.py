"""Page furniture: whole lines that belong to a web page around an article, never to it.

Both the plain-text reader and the HTML extraction drop these lines, so an
article copied out of a browser and one fetched from its URL read the same.
"""

from __future__ import annotations

import re

# Whole lines that are page furniture, never part of an article.
BOILERPLATE = re.compile(
    r"""(?ix)^(?:
      skip\ to\ (?:main\ )?content | skip\ to\ navigation | jump\ to\ (?:main\ )?content
    | read\ more\b.{0,80} | read\ also\b.{0,80} | see\ also\b.{0,80}
    | related(?:\ articles?|\ stories)?:?.{0,80}
    | (?:also\ )?read:.{0,120} | more\ on\ this\ story.{0,40} | recommended(?:\ for\ you)?
    | \d[\d.,]*[km]? (?:\s*(?:shares?|comments?|views?|likes?))?
    | \d+\ min(?:ute)?s?(?:\ read)?
    | share(?:\ this(?:\ article|\ story)?)?(?:\ on\ \w+)?
    | tweet | print | e-?mail | whatsapp | facebook | twitter
    | advertisement | sponsored(?:\ content)? | comments? | show\ comments | leave\ a\ comment.*
    | .{0,40}newsletter.{0,120} | sign\ up\b.{0,120} | subscribe\b.{0,120} | follow\ us\b.{0,120}
    | page\ not\ found | 404.{0,40}
    | the\ (?:content|page)\ you\ requested\ (?:does\ not|doesn't)\ exist.*
    | (?:©|\(c\)|copyright\b).{0,160} | all\ rights\ reserved.{0,80}
    | to\ contact\ the\b.{0,160} | contact\ us.{0,80}
    | (?:additional\ )?(?:reporting|writing|editing|compiled|produced)\ by\ .{0,200}
    | \*{0,2}\[[^\]]{0,120}\]\([^)]{0,200}\)\*{0,2}
    | (?:image|photo|video)(?:\ credit)?:?\ ?\w{0,20} | listen\ to\ this\ article.{0,40}
    | cookies?\b.{0,160} | accept(?:\ all)?(?:\ cookies)? | back\ to\ top | menu | search
    | we\ use\ cookies\b.{0,200} | this\ (?:site|website)\ uses\ cookies\b.{0,200}
    | (?:already\ a\ subscriber|subscribe\ to\ (?:continue|keep)\ reading|log\ ?in\ to\ read)
      .{0,120}
    )\s*$""")


def is_boilerplate(line: str) -> bool:
    """Whether a whole line (markup stars and underscores aside) is page furniture."""
    return bool(BOILERPLATE.match(line.strip("*_ ")))
