"""Sphinx configuration for the chumchon documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

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
