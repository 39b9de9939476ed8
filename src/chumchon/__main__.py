"""``python -m chumchon``: the command line (see :mod:`chumchon.cli`)."""

from __future__ import annotations

if __name__ == "__main__":
    from chumchon.cli import main

    raise SystemExit(main())
