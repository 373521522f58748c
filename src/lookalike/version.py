"""lookalike's version, in a module of its own so any part can read it without importing
the package's front (which names every public function).

>>> __version__.count(".")
2
"""

__version__ = "0.1.0"
