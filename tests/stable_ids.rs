//! Issue 16, item 2: an event's id holds still when later sources add people, places, sources or
//! a more precise date to it. The five seed articles are added one by one in every order (all
//! 120; the run of a set of articles does not depend on the order they were copied in, so each
//! of the 31 sets is extracted once) and each step is checked: an event keeps its id unless the
//! new article was published before every report the event had (it is then the event's first
//! report, and names it), or the event was joined to an older one.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Workdir, repo, tarikh};

const SEEDS: [&str; 5] = ["000", "001", "002", "003", "004"];

/// A mention, as `file:line:rule`: what stays the same from one run to the next.
type MentionKey = String;

/// One event of a run: its id and its mentions.
#[derive(Debug, Clone)]
struct Event {
    id: String,
    mentions: BTreeSet<MentionKey>,
    files: BTreeSet<String>,
}

/// Every event (any date, undated, not only Morocco–Israel) of the seeds in `set` (a bit per seed).
fn run(w: &Workdir, set: usize) -> Vec<Event> {
    let files: Vec<&str> = SEEDS.iter().enumerate().filter(|(i, _)| set & (1 << i) != 0).map(|(_, s)| *s).collect();
    let corpus = format!("c{set}");
    w.copy_corpus(&corpus, &files);
    let out = w.join(&format!("{set}.json"));
    let o = tarikh()
        .args(["extract", "-q", "--all-events", "--undated", "--from", "1000", "--to", "9999", "--format", "json", "--corpus"])
        .arg(w.join(&corpus))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{files:?}: {}", String::from_utf8_lossy(&o.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let mentions: BTreeSet<MentionKey> = e["mentions"].as_array().unwrap().iter().map(|m| format!("{}:{}:{}", m["file"].as_str().unwrap(), m["line"], m["rule"].as_str().unwrap())).collect();
            let files = e["mentions"].as_array().unwrap().iter().map(|m| m["file"].as_str().unwrap().to_string()).collect();
            Event { id: e["event_id"].as_str().unwrap().to_string(), mentions, files }
        })
        .collect()
}

/// Each seed's publication date as `tarikh dates` finds it in the article alone (`None`: not
/// found; such an article may borrow one from the others, never one earlier than theirs here).
fn published() -> BTreeMap<String, Option<String>> {
    let o = tarikh().arg("dates").arg("--no-bom").args(std::fs::read_dir(repo("corpus")).unwrap().map(|e| e.unwrap().path())).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    let mut out: BTreeMap<String, Option<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(repo("corpus")).unwrap() {
        out.insert(entry.unwrap().file_name().to_string_lossy().to_string(), None);
    }
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        if cells.get(2) == Some(&"published") {
            // The value column: YYYY-MM-DD or YYYY-MM, which sort as their first days do.
            out.insert(cells[0].to_string(), Some(cells[7].to_string()));
        }
    }
    out
}

/// Publication order: known dates first, earliest first, then by name.
fn publication_key(file: &str, published: &BTreeMap<String, Option<String>>) -> (bool, Option<String>, String) {
    let p = published.get(file).cloned().flatten();
    (p.is_none(), p, file.to_string())
}

/// What happened to the events of `before` when the seed `added` joined: a message for each id
/// change the rule does not allow.
fn check_step(before: &[Event], after: &[Event], added: &str, published: &BTreeMap<String, Option<String>>, changed: &mut usize) -> Vec<String> {
    let mut wrong = Vec::new();
    for e in before {
        let Some(later) = after.iter().find(|l| e.mentions.is_subset(&l.mentions)) else {
            wrong.push(format!("{} ({:?}) is split when {added} is added", e.id, e.mentions));
            continue;
        };
        if later.id == e.id {
            continue;
        }
        *changed += 1;
        let first_before = e.files.iter().map(|f| publication_key(f, published)).min().unwrap();
        let new_first = later.files.iter().filter(|f| f.starts_with(added)).map(|f| publication_key(f, published)).min();
        let earlier_report = new_first.is_some_and(|k| k < first_before);
        // Joined to an event of the earlier set that was reported first.
        let joined_older = before.iter().any(|o| o.id == later.id && o.mentions.is_subset(&later.mentions));
        if !earlier_report && !joined_older {
            wrong.push(format!("{} became {} when {added} was added, though {added} was not published before {:?}", e.id, later.id, e.files));
        }
    }
    wrong
}

/// All orderings of `items`.
fn permutations(items: &[usize]) -> Vec<Vec<usize>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for (i, &first) in items.iter().enumerate() {
        let rest: Vec<usize> = items.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, &x)| x).collect();
        for mut p in permutations(&rest) {
            p.insert(0, first);
            out.push(p);
        }
    }
    out
}

#[test]
fn issue_16_ids_hold_when_seeds_are_added_in_every_order() {
    let w = Workdir::new();
    let published = published();
    let runs: Vec<Vec<Event>> = (0..1usize << SEEDS.len()).map(|set| if set == 0 { Vec::new() } else { run(&w, set) }).collect();
    let seed_file = |i: usize| published.keys().find(|f| f.starts_with(SEEDS[i])).unwrap().clone();
    let orders = permutations(&(0..SEEDS.len()).collect::<Vec<_>>());
    assert_eq!(orders.len(), 120);
    let (mut steps, mut kept, mut changed) = (0, 0, 0);
    let mut wrong = BTreeSet::new();
    for order in &orders {
        let mut set = 0usize;
        for &i in order {
            let next = set | (1 << i);
            let before = &runs[set];
            let mut n = 0;
            wrong.extend(check_step(before, &runs[next], &seed_file(i), &published, &mut n));
            changed += n;
            kept += before.len() - n;
            steps += 1;
            set = next;
        }
    }
    assert!(wrong.is_empty(), "{} ids changed against the rule:\n{}", wrong.len(), wrong.into_iter().collect::<Vec<_>>().join("\n"));
    assert_eq!(steps, 600);
    // The check has something to check: events carried from step to step, with sources added.
    assert!(kept > 1000, "{kept} ids kept, {changed} changed");
    let grown = runs.iter().flatten().filter(|e| e.files.len() > 1).count();
    assert!(grown > 10, "{grown} events with several sources");
}

/// The weekly workflow: articles arrive in the order they were published, and no id ever
/// changes, though the cyber agreement gains a date and a source, the Lapid visit a source and
/// the Rabat events of November 2021 their second article's people.
#[test]
fn issue_16_ids_never_change_when_articles_arrive_in_publication_order() {
    let w = Workdir::new();
    let published = published();
    let mut order: Vec<usize> = (0..SEEDS.len()).collect();
    let key = |i: &usize| publication_key(published.keys().find(|f| f.starts_with(SEEDS[*i])).unwrap(), &published);
    order.sort_by_key(key);
    let mut set = 0usize;
    let mut before: Vec<Event> = Vec::new();
    let mut carried_with_new_sources = 0;
    for i in order {
        set |= 1 << i;
        let after = run(&w, set);
        for e in &before {
            let later = after.iter().find(|l| e.mentions.is_subset(&l.mentions)).unwrap_or_else(|| panic!("{} split when {} was added", e.id, SEEDS[i]));
            assert_eq!(later.id, e.id, "the id of {:?} changed when {} was added", e.mentions, SEEDS[i]);
            carried_with_new_sources += usize::from(later.mentions.len() > e.mentions.len());
        }
        before = after;
    }
    assert!(carried_with_new_sources >= 5, "{carried_with_new_sources} events gained mentions");
}
