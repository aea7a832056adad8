//! Every gazetteer name as written in the data files, one per line, sorted and deduplicated:
//! the fixed strings `bench/run.sh` gives to `rg -c -F -f` to time one plain scan of the corpus
//! for the names (the baseline that `tarikh extract` is compared with).
//!
//! ```text
//! cargo run --release --example aliases > target/aliases.txt
//! ```

use std::collections::BTreeSet;
use std::path::PathBuf;

fn main() {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("gazetteers"));
    let mut names = BTreeSet::new();
    for (file, columns) in [
        ("people.csv", &["name_ar", "aliases", "surnames"][..]),
        ("organisations.csv", &["name_ar", "aliases", "generic_aliases"][..]),
        ("places.csv", &["name_ar", "aliases", "generic_aliases"][..]),
        ("roles.csv", &["aliases"][..]),
    ] {
        let path = dir.join(file);
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_path(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let headers = reader.headers().expect("header").clone();
        let wanted: Vec<usize> = columns.iter().filter_map(|c| headers.iter().position(|h| h == *c)).collect();
        for record in reader.records() {
            let record = record.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for &i in &wanted {
                names.extend(record.get(i).unwrap_or("").split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from));
            }
        }
    }
    for name in names {
        println!("{name}");
    }
}
