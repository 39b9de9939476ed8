"""Thai search for the HTML docs (การค้นหาภาษาไทย).

Thai is written without spaces between words, and Sphinx has no Thai word splitter: its default splitter
cuts Thai text at every vowel or tone mark above or below a consonant, so a search for เงินปันผล finds
nothing. This search language indexes each run of Thai letters as overlapping three-character pieces
(เงิ งิน ิน ...), and splits the query the same way in the browser; a page matches when it holds every
piece of the query, which finds any Thai word or phrase the page contains. English words are indexed as
written, lower-cased and without stemming (English stemming in the browser needs Sphinx's English stemmer,
whose loading differs between Sphinx releases), with the English stop words left out.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.search import SearchLanguage
from sphinx.search.en import SearchEnglish

_THAI_RUN = re.compile(r"([\u0e00-\u0e7f]+)")
_PARTS = re.compile(r"[^\w\u0e00-\u0e7f]+")
_PIECE = 3


def thai_pieces(text: str) -> list[str]:
    """Words for the index: English words as they are, Thai runs as overlapping three-character pieces."""
    words: list[str] = []
    for part in _PARTS.split(text):
        for run in _THAI_RUN.split(part):
            if not run:
                continue
            if _THAI_RUN.fullmatch(run):
                if len(run) <= _PIECE:
                    words.append(run)
                else:
                    words.extend(run[i : i + _PIECE] for i in range(len(run) - _PIECE + 1))
            else:
                words.extend(w for w in re.findall(r"\w+", run) if w)
    return words


class SearchThai(SearchLanguage):
    lang = "th"
    language_name = "Thai"
    stopwords = SearchEnglish.stopwords
    js_splitter_code = r"""
function splitQuery(query) {
  const words = [];
  for (const part of query.split(/[^\p{Letter}\p{Mark}\p{Number}_]+/u)) {
    for (const run of part.split(/([\u0e00-\u0e7f]+)/u)) {
      if (!run) continue;
      if (/^[\u0e00-\u0e7f]+$/u.test(run)) {
        if (run.length <= 3) words.push(run);
        else for (let i = 0; i + 3 <= run.length; i++) words.push(run.substr(i, 3));
      } else {
        words.push(run);
      }
    }
  }
  return words;
}
"""

    def split(self, input: str) -> list[str]:
        return thai_pieces(input)

    def stem(self, word: str) -> str:
        return word.lower()  # the browser lower-cases the query the same way, and stems nothing

    def word_filter(self, word: str) -> bool:
        return bool(_THAI_RUN.search(word)) or super().word_filter(word)


def setup(app: Any) -> dict[str, Any]:
    app.add_search_language(SearchThai)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
