//! `tarikh entities` on the seed corpus: golden output, and the figures against the seed gold
//! (people recall 1.0 and precision ≥ 0.95; organisations and places ≥ 0.9 both), scored as
//! `shared/tools/score_entities.py` does.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Workdir, repo, stderr};

fn fold(name: &str) -> String {
    let lower = name.to_lowercase().replace('\'', "");
    lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn keys(name: &str) -> BTreeSet<String> {
    let bare = match name.rfind(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    };
    [fold(name), fold(bare)].into_iter().collect()
}

fn entities(w: &Workdir) -> Vec<csv::StringRecord> {
    let corpus = repo("corpus");
    let out = w.run(&["entities", "--corpus", corpus.to_str().unwrap(), "-o", "entities.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    csv::Reader::from_path(w.join("entities.csv")).unwrap().into_records().map(|r| r.unwrap()).collect()
}

#[test]
fn golden_entities() {
    let w = Workdir::new();
    entities(&w);
    let got = w.read("entities.csv");
    let path = repo("tests/golden/entities.csv");
    if std::env::var_os("TARIKH_BLESS").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == got, "entities differ from tests/golden/entities.csv (TARIKH_BLESS=1 to update)\n{got}");
}

#[test]
fn seed_gold_figures() {
    let w = Workdir::new();
    let pred = entities(&w);
    let mut gold: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for g in csv::Reader::from_path(repo("tests/gold/entities.csv")).unwrap().into_records() {
        let g = g.unwrap();
        gold.entry((g[0].to_string(), g[1].to_string())).or_default().push(g[2].to_string());
    }
    let mut got: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for p in &pred {
        // Columns: file, lang, type, id, name, ...
        got.entry((p[0].to_string(), p[2].to_string())).or_default().insert(p[4].to_string());
    }
    let mut report = String::new();
    for (ty, min_p, min_r) in [("person", 0.95, 1.0), ("organisation", 0.9, 0.9), ("place", 0.9, 0.9)] {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for ((file, t), names) in gold.iter().filter(|((_, t), _)| t == ty) {
            let found: Vec<BTreeSet<String>> = got.get(&(file.clone(), t.clone())).into_iter().flatten().map(|n| keys(n)).collect();
            for n in names {
                if found.iter().any(|k| k.contains(&fold(n)) || !k.is_disjoint(&keys(n))) {
                    tp += 1;
                } else {
                    fn_ += 1;
                    report.push_str(&format!("missed {ty} {file} {n}\n"));
                }
            }
        }
        for ((file, t), names) in got.iter().filter(|((_, t), _)| t == ty) {
            let gold_keys: Vec<BTreeSet<String>> = gold.get(&(file.clone(), t.clone())).into_iter().flatten().map(|n| keys(n)).collect();
            for n in names {
                if !gold_keys.iter().any(|k| !k.is_disjoint(&keys(n))) {
                    fp += 1;
                    report.push_str(&format!("extra {ty} {file} {n}\n"));
                }
            }
        }
        let p = tp as f64 / (tp + fp) as f64;
        let r = tp as f64 / (tp + fn_) as f64;
        assert!(p >= min_p && r >= min_r, "{ty}: P={p:.3} R={r:.3}\n{report}");
    }
}
