"""Sphinx configuration for the chumchon documentation."""

from __future__ import annotations

import contextlib
import sys
from importlib.metadata import version as _version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# Import pandas once, before autodoc imports chumchon.excel (xlwings imports pandas): with the oldest allowed
# Sphinx (7.2) on Python 3.10, pandas 2.2/2.3 imported first from inside autodoc fails on a circular import of
# pandas._typing, while the same import at start-up succeeds.
with contextlib.suppress(ImportError):  # pandas is optional for the docs
    import pandas  # noqa: F401

project = "chumchon"
author = "chumchon developers"
copyright = "2026, chumchon developers"
release = _version("chumchon")
version = ".".join(release.split(".")[:2])

language = "th"
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "matplotlib.sphinxext.plot_directive",
    "chumchon_parameters",
    "thai_search",  # Thai search: Sphinx has no Thai word splitter (see _ext/thai_search.py)
]
# No intersphinx: the docs build must not fetch anything at run time.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"chumchon {release}"
html_static_path = ["_static"]
html_css_files = ["chumchon.css"]
# The plot directive runs the code at build time; the last figure an example returns is the one shown.
plot_html_show_formats = False
plot_html_show_source_link = False
plot_formats = [("png", 100)]
