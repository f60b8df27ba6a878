#!/usr/bin/env python3
"""Synthetic data set for bench/run: subjects x indicators x periods observations as CSV import batches.

Writes people.jsonl, indicators.jsonl, citations.jsonl (one create body per line) and obs-NNNN.csv files of at most
--batch rows, ordered by subject so that each import batch references few subjects (the import checks each distinct
subject once). Deterministic: the same arguments give the same files.
"""
import argparse
import json
import os

HEADER = "id,indicator,subjectType,subject,country,period,value,valueText,qualifiers,rank,citationId,footnote,passage"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--subjects", type=int, default=200)
    p.add_argument("--indicators", type=int, default=50)
    p.add_argument("--periods", type=int, default=100)
    p.add_argument("--citations", type=int, default=20)
    p.add_argument("--batch", type=int, default=10000)
    p.add_argument("--first-period", type=int, default=0,
                   help="months after 2010-01 of the first period (new ids for a second import, e.g. a profile)")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    people = [f"bench-person-{s:03d}" for s in range(1, a.subjects + 1)]
    indicators = [f"bench-indicator-{i:02d}" for i in range(1, a.indicators + 1)]
    citations = [f"bench-citation-{c:02d}" for c in range(1, a.citations + 1)]
    # Monthly periods from 2010-01 onwards.
    periods = [f"{2010 + m // 12}-{m % 12 + 1:02d}" for m in range(a.first_period, a.first_period + a.periods)]

    with open(os.path.join(a.out, "people.jsonl"), "w") as f:
        for n, pid in enumerate(people, 1):
            f.write(json.dumps({"id": pid, "name": f"Bench Person {n}", "roles": [], "sources": []}) + "\n")
    with open(os.path.join(a.out, "indicators.jsonl"), "w") as f:
        for n, iid in enumerate(indicators, 1):
            # A currency: the values have two decimals, which a count does not allow (docs/api/metrics.md#units).
            f.write(json.dumps({"id": iid, "name": f"Bench indicator {n}", "unit": "EUR",
                                "category": f"bench-{n % 5}", "higherIsBetter": True}) + "\n")
    # An observation that names a footnote must cite a citation printed under it (Provenance), and citedIn must name
    # a chapter that exists in both citation-service and catalog-service: every bench citation claims footnotes 1-11
    # (the ones the observations name) of the one chapter the reference data has. Throw-away benchmark data only.
    with open(os.path.join(a.out, "citations.jsonl"), "w") as f:
        for n, cid in enumerate(citations, 1):
            cited_in = [{"chapterId": "giswatch-2011-kazakhstan", "footnote": fn, "passage": f"Synthetic passage {fn}"}
                        for fn in range(1, 12)]
            f.write(json.dumps({"id": cid, "kind": "statistics", "author": "Bench Statistics Agency",
                                "authorType": "organisation", "year": 2020, "title": f"Synthetic statistics {n}",
                                "citedIn": cited_in}) + "\n")

    batch, rows, out = 0, 0, None
    for s, subject in enumerate(people):
        for i, indicator in enumerate(indicators):
            for t, period in enumerate(periods):
                if rows % a.batch == 0:
                    if out:
                        out.close()
                    batch += 1
                    out = open(os.path.join(a.out, f"obs-{batch:04d}.csv"), "w", newline="")
                    out.write(HEADER + "\r\n")
                n = s * 1000003 + i * 7919 + t * 104729
                value = f"{(n % 1000000) / 100:.2f}"
                qualifiers = "approximate" if t % 10 == 0 else ("estimate;reported" if t % 25 == 1 else "")
                rank = "preferred" if t % 50 == 0 else "normal"
                citation = citations[(s + i) % len(citations)]
                out.write(f"{subject}-{indicator[6:]}-{period},{indicator},person,{subject},kz,{period},{value},,"
                          f"{qualifiers},{rank},{citation},{t % 11 + 1},Synthetic figure {rows}\r\n")
                rows += 1
    if out:
        out.close()
    print(f"{rows} observations in {batch} batches")


if __name__ == "__main__":
    main()
