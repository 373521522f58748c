"""Step `companies`: legal forms, industries, job titles and name words (`companies.json`)."""

from __future__ import annotations

from pathlib import Path

from .config import LOCALES, NOTES, log
from .outputs import write_json
from .text_data import read_text, read_toml, read_words

_LEGAL_FORMS = read_toml("companies.toml")
COMPANY_SUFFIXES: dict[str, list[tuple[str, float]]] = {
    locale: [(suffix, weight) for suffix, weight in items]
    for locale, items in _LEGAL_FORMS["suffixes"].items()
}
# Share of names where the legal form comes first (Japanese 前株: 株式会社トヨタ...).
COMPANY_SUFFIX_BEFORE: dict[str, float] = _LEGAL_FORMS["suffix_before_share"]


def build_companies(out: Path) -> None:
    industries: dict[str, list[str]] = {}
    for line in read_text("industries.txt").strip().splitlines():
        name, subs = line.split(":", 1)
        sub_list = [x.strip() for x in subs.split(";")]
        if name in industries:
            raise SystemExit(f"duplicate industry {name}")
        industries[name.strip()] = sub_list
    titles: list[list[str]] = []
    seen_titles: set[str] = set()
    for line in read_text("job_titles.txt").strip().splitlines():
        dept, items = line.split(":", 1)
        for t in (x.strip() for x in items.split(";")):
            if t in seen_titles:
                continue
            seen_titles.add(t)
            titles.append([t, dept.strip()])
    words = list(dict.fromkeys(read_words("company_words.txt")))
    result = {
        "suffixes": {loc: [[s, float(w)] for s, w in COMPANY_SUFFIXES[loc]] for loc in LOCALES},
        "suffix_before_share": COMPANY_SUFFIX_BEFORE,
        "industries": [{"name": k, "sub_industries": v} for k, v in sorted(industries.items())],
        "job_titles": titles,
        "name_words": words,
    }
    write_json(out, "companies.json", result, indent=1)
    NOTES["companies"] = {
        "industries": len(industries),
        "job_titles": len(titles),
        "departments": len({d for _, d in titles}),
        "name_words": len(words),
    }
    log(f"companies: {NOTES['companies']}")
