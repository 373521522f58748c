"""The ``pool`` kind: values of a pool drafted once for the locale, read at plan time.

A drafted pool is a file (:mod:`lookalike.locales.drafted`); its values are
drawn evenly, like a ``choice`` of them, so the same file gives the same rows.

>>> import json, os, tempfile
>>> from pathlib import Path
>>> import lookalike
>>> home = Path(tempfile.mkdtemp())
>>> (home / "pools" / "en_GB").mkdir(parents=True)
>>> _ = (home / "pools" / "en_GB" / "companies-s.json").write_text(
...     json.dumps({"values": ["Acme Ltd", "Brightwater plc", "Corran & Sons"]}))
>>> os.environ["LOOKALIKE_HOME"] = str(home)
>>> spec = {"seed": 1, "locale": "en_GB", "tables": {"t": {"rows": 4, "fields": {
...     "company": {"kind": "pool", "name": "companies"}}}}}
>>> set(lookalike.generate(spec).column("company").to_pylist()) <= {
...     "Acme Ltd", "Brightwater plc", "Corran & Sons"}
True
>>> del os.environ["LOOKALIKE_HOME"]
"""

from __future__ import annotations

from lookalike.errors import SpecError
from lookalike.kinds.base import Column, Env, register
from lookalike.kinds.choice import compile_choice
from lookalike.locales.drafted import load_pool, missing_pool
from lookalike.locales.profiles import profile_for
from lookalike.spec import ChoiceField, PoolField


@register("pool")
def compile_pool(spec: PoolField, env: Env) -> Column:
    """Compile a ``pool`` field: its drafted values, drawn evenly."""
    locale = spec.locale or env.locale
    profile_for(locale, f"{env.path}.locale")
    values = load_pool(locale, spec.name)
    if not values:
        raise SpecError(missing_pool(locale, spec.name), path=f"{env.path}.name")
    choice = ChoiceField(values=values, unique=spec.unique)
    return compile_choice(choice, env)
