"""News outlets: web domains and the names they go by.

An article often names its outlet only through a URL line, a footer ("To
contact the WSWS ...") or an agency credit ("(FRANCE 24 with AFP)"). Mapping
domains to names is generic knowledge about the press, not about any article.
"""

from __future__ import annotations

import re

# registered domain -> outlet name
DOMAINS: dict[str, str] = {
    "wsws.org": "WSWS",
    "rt.com": "RT",
    "france24.com": "FRANCE 24",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "afp.com": "AFP",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "npr.org": "NPR",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "DW",
    "euronews.com": "Euronews",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "lemonde.fr": "Le Monde",
    "lefigaro.fr": "Le Figaro",
    "spiegel.de": "Der Spiegel",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "economist.com": "The Economist",
    "bloomberg.com": "Bloomberg",
    "tass.com": "TASS",
    "sputniknews.com": "Sputnik",
    "themoscowtimes.com": "The Moscow Times",
    "rfi.fr": "RFI",
    "lemonde.com": "Le Monde",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "axios.com": "Axios",
    "thehill.com": "The Hill",
    "voanews.com": "VOA",
    "kyivindependent.com": "The Kyiv Independent",
    "timesofisrael.com": "The Times of Israel",
    "haaretz.com": "Haaretz",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC",
    "globalnews.ca": "Global News",
    "news.sky.com": "Sky News",
    "sky.com": "Sky News",
    "rferl.org": "RFE/RL",
    "jacobin.com": "Jacobin",
    "theintercept.com": "The Intercept",
    "vox.com": "Vox",
    "newsweek.com": "Newsweek",
    "time.com": "TIME",
    "theatlantic.com": "The Atlantic",
}

# agencies that appear in credits next to the outlet: "(FRANCE 24 with AFP)"
AGENCIES = frozenset(
    {
        "AFP",
        "AP",
        "Reuters",
        "dpa",
        "DPA",
        "ANSA",
        "EFE",
        "TASS",
        "Xinhua",
        "Kyodo",
        "Yonhap",
        "PA",
        "UPI",
        "Interfax",
        "RIA Novosti",
        "Anadolu",
    }
)

_HOST = re.compile(r"(?i)\b(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s)\]*]|$)")


def outlet_of_host(host: str) -> str | None:
    """The outlet of a host name such as ``www.rt.com`` or ``edition.cnn.com``."""
    host = host.lower().removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in DOMAINS:
            return DOMAINS[candidate]
    return None


def outlet_of_url(url: str) -> str | None:
    """The outlet of a URL, by its domain; None when the domain is not a known outlet."""
    m = _HOST.search(url)
    return outlet_of_host(m.group(1)) if m else None


def host_of(text: str) -> str | None:
    """The first host name written in ``text`` (``wsws.org/contact`` -> ``wsws.org``)."""
    m = _HOST.search(text)
    return m.group(1).lower().removeprefix("www.") if m else None
