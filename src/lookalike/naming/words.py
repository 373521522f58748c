"""Field names as plain lower-case words, and whole-word phrase tests.

``customerEmail``, ``customer_email`` and ``Customer E-mail`` all become
``customer email``, so one rule written in words serves every naming style.

>>> words_of("billingPostCode"), words_of("DATE_OF_BIRTH"), words_of("Unit price ($)")
('billing post code', 'date of birth', 'unit price')
>>> has_phrase("contact email address", "email"), has_phrase("emailer", "email")
(True, False)
"""

from __future__ import annotations

import re


def words_of(name: str) -> str:
    """A field name as space-separated lower-case words.

    >>> words_of("HTTPStatus"), words_of("e-mail")
    ('http status', 'e mail')
    """
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w)


def has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words.

    >>> has_phrase("order status", "status"), has_phrase("statuses", "status")
    (True, False)
    """
    return re.search(rf"(^| ){re.escape(phrase)}($| )", text) is not None
