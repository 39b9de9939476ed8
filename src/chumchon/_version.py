"""The one place the version is written; hatchling reads it for the package metadata (pyproject.toml)."""

__version__ = "0.1.0"
