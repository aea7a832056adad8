#!/usr/bin/env python3
"""Draft the tables of a probe test (tests/probeN.rs) from a scored run of score_probe.sh:

    scripts/dev/probe_tables.py tests/fixtures/probeN OUT/TAG-probeN-text.csv OUT/TAG-probeN-text.txt

prints FOUND (a gold event matched: its first source in the gold's order, the people the gold and
the row share), JOINED (its other sources) and KNOWN drafts (rows matching nothing or a
duplicate; required events missed), whose families are left to be written by hand."""
import csv, sys, re
probe, tl, verbose = sys.argv[1:4]
gold = {r['event_key']: r for r in csv.DictReader(open(f'{probe}/expected.csv', encoding='utf-8-sig'))}
rows = list(csv.DictReader(open(tl, encoding='utf-8-sig')))
lines = [l.rstrip('\n') for l in open(verbose, encoding='utf-8') if l.startswith(('match ', 'duplicate ', 'false+ '))]
def row_of(line):
    m = re.search(r'\[([^\]]*)\]\s*$', line); srcs = m.group(1)
    parts = line.split()
    i = [i for i, p in enumerate(parts) if re.match(r'\d{4}(-\d\d)?(-\d\d)?$', p)][0]
    date, ty = parts[i], parts[i + 1]
    m2 = re.search(re.escape(date) + r'\s+' + re.escape(ty) + r'\s+(.*?)\s*\[[^\]]*\]\s*$', line)
    head = m2.group(1).strip() if m2 else ''
    for r in rows:
        if r['sources'] == srcs and r['date'] == date and r['event_type'] == ty and r['people'] == head:
            return r
found, joined, known = [], [], []
seen = set()
for line in lines:
    kind = line.split()[0]
    r = row_of(line)
    people = [p for p in r['people'].split('; ') if p]
    if kind == 'match':
        key = line.split()[1]; g = gold[key]
        gfiles = [f.strip() for f in g['files'].split(';')]
        srcs = r['sources'].split('; ')
        first = next((f for f in gfiles if f in srcs), srcs[0])
        gpeople = [p.strip() for p in g['people'].split(';') if p.strip()]
        keep = [p for p in people if p in gpeople] or []
        date = r['date'] if g['date_precision'] == 'day' else r['date'][:7]
        pp = ', '.join(f'"{p}"' for p in keep)
        found.append(f'    ("{key}", ("{first}", "{date}", "{r["event_type"]}", "{r["status"]}", &[{pp}])),')
        for f in srcs:
            if f != first and f in gfiles:
                joined.append(f'    ("{key}", "{f}"),')
        seen.add(key)
    else:
        srcs = r['sources'].split('; ')
        pp = ', '.join(f'"{p}"' for p in people)
        key = line.split()[1] if kind == 'duplicate' else ''
        known.append(f'    Known {{ key: "", family: "TODO {kind} {key}", now: Some(("{srcs[0]}", "{r["date"]}", "{r["event_type"]}", "{r["status"]}", &[{pp}])), fixed: None }},')
for key, g in gold.items():
    if key not in seen and g['required'] != 'optional':
        known.append(f'    Known {{ key: "{key}", family: "TODO missed", now: None, fixed: Some(("{g["files"].split(";")[0].strip()}", "{g["date"]}", "{g["event_type"]}", "{g["status"]}", &[])) }},')
print('FOUND\n' + '\n'.join(found)); print('JOINED\n' + '\n'.join(joined)); print('KNOWN\n' + '\n'.join(known))
