//! The sentences a timeline quotes are read back from the article files when the outputs are
//! written (the corpus step keeps only where they are, see `tarikh::evidence`): they are the
//! sentences the in-memory path quotes, and an article edited between the map and the output
//! is refused, by name, rather than quoted wrong.

use std::path::Path;

use tarikh::corpus::{Article, Manifest, list_articles};
use tarikh::dates::DateValue;
use tarikh::extraction::Context;
use tarikh::pipeline::{build_events_of_corpus, corpus_events, extract_article, map_files, reduce_article};
use tarikh::timeline::{mention_rows, rows_from_events};

fn window() -> (DateValue, DateValue) {
    (DateValue::parse("2000").unwrap(), DateValue::parse("2030").unwrap())
}

/// The events of the articles under `dir`, mapped from their files.
fn events_of_files(dir: &Path, ctx: &Context) -> Vec<tarikh::merge::Event> {
    let (paths, problems) = list_articles(dir).unwrap();
    assert!(problems.is_empty());
    let reduce = |map| reduce_article(map, &ctx.gazetteer);
    let (mapped, problems) = map_files(dir, paths, ctx, &Manifest::new(), "", None, &reduce, &|| {});
    assert!(problems.is_empty(), "{problems:?}");
    corpus_events(mapped.into_iter().map(|m| m.1).collect(), &ctx.gazetteer).events
}

#[test]
fn evidence_read_back_from_files_is_the_evidence_held_in_memory_and_an_edited_file_is_refused() {
    let ctx = Context::load(None, None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            // Windows line ends: the places are those of the decoded text, not of the bytes.
            std::fs::write(dir.path().join(&name), text.replace('\n', "\r\n")).unwrap();
            texts.push((name, text));
        }
    }
    texts.sort();
    let events = events_of_files(dir.path(), &ctx);
    let rows = rows_from_events(&events, &ctx, window(), true).unwrap();
    let mentions = mention_rows(&events, &rows).unwrap();
    assert!(rows.len() >= 5 && mentions.len() > rows.len(), "{} rows, {} mentions", rows.len(), mentions.len());

    let mut held: Vec<_> = texts.iter().map(|(name, text)| extract_article(Article::from_text(name.as_str(), text), &ctx, None)).collect();
    let held_events = build_events_of_corpus(&mut held, &ctx);
    let held_rows = rows_from_events(&held_events, &ctx, window(), true).unwrap();
    assert_eq!(rows, held_rows, "rows from files and from texts in memory");
    assert_eq!(mentions, mention_rows(&held_events, &held_rows).unwrap());

    // An article the first row quotes is edited after it was mapped.
    let path = dir.path().join(&rows[0].sources[0]);
    let mut edited = std::fs::read(&path).unwrap();
    edited.extend_from_slice("\r\nسطر أضيف بعد القراءة.\r\n".as_bytes());
    std::fs::write(&path, edited).unwrap();
    for err in [rows_from_events(&events, &ctx, window(), true).map(|_| ()), mention_rows(&events, &rows).map(|_| ())] {
        let err = err.unwrap_err().to_string();
        assert!(err.starts_with(&path.display().to_string()) && err.contains("changed since it was read"), "{err}");
    }
}
