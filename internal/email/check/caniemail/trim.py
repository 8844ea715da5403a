#!/usr/bin/env python3
"""Trim caniemail's data.json to what `gen email --check` reads.

Usage: python3 trim.py caniemail.json > data.json

Keeps every feature, and for the clients gen targets (Gmail, Outlook on
Windows, macOS and Outlook.com, Apple Mail, Yahoo) the latest tested
version of each platform. The source lists versions oldest first, so the
last entry of each platform is the latest.
"""
import json
import sys

TARGETS = {
    "gmail": ["desktop-webmail", "ios", "android", "mobile-webmail"],
    "outlook": ["windows", "macos", "outlook-com"],
    "apple-mail": ["macos", "ios"],
    "yahoo": ["desktop-webmail", "ios", "android"],
}

src = json.load(open(sys.argv[1]))
out = {"api_version": src["api_version"], "last_update_date": src["last_update_date"], "features": []}
for f in src["data"]:
    stats = {}
    for fam, plats in TARGETS.items():
        for p in plats:
            versions = f["stats"].get(fam, {}).get(p)
            if not versions:
                continue
            version, support = list(versions.items())[-1]
            stats[fam + "/" + p] = {"version": version, "support": support}
    out["features"].append({
        "slug": f["slug"], "title": f["title"], "category": f["category"],
        "url": f["url"], "last_test_date": f["last_test_date"],
        "notes": f.get("notes_by_num") or {}, "stats": stats,
    })
json.dump(out, sys.stdout, indent=0, ensure_ascii=False, sort_keys=False)
sys.stdout.write("\n")
