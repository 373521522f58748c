"""Helpers shared by the tests and the benchmarks: real servers and scratch databases.

They are not part of the installed package. The tests import them as
``support.*`` (``pythonpath`` in pytest's settings), the benchmarks put this
folder on ``sys.path``.
"""
