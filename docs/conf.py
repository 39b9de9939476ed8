"""Sphinx configuration for the chumchon documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

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
