//! The whole per-article pipeline never panics, whatever the bytes: decoding, normalisation,
//! entities, dates, events, the per-article merge and the corpus step. Inputs mix words of the
//! seed articles (so that names, dates and triggers do occur, in odd orders) with arbitrary
//! characters and bytes.

use std::sync::OnceLock;

use proptest::prelude::*;
use tarikh::corpus::{Article, decode};
use tarikh::pipeline::{Context, build_events_of_corpus, extract_article};

fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(|| Context::load(None, None).unwrap())
}

fn seed_words() -> &'static Vec<String> {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Vec::new();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            words.extend(text.split_whitespace().map(String::from));
        }
        words.sort();
        words.dedup();
        words
    })
}

fn article_text() -> impl Strategy<Value = String> {
    let n = seed_words().len();
    prop::collection::vec(
        prop_oneof![
            6 => (0..n).prop_map(|i| seed_words()[i].clone()),
            1 => any::<char>().prop_map(String::from),
            1 => prop::sample::select(vec![" ", "\n", "، ", ". ", "(", ")", "/", "-", "«", "»", "\r\n", "ـ", "\u{064E}"]).prop_map(String::from),
            1 => (1u32..40).prop_map(|d| d.to_string()),
        ],
        0..120,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn pipeline_never_panics(a in article_text(), b in article_text()) {
        let x = extract_article(Article::from_text("a.txt", &a), ctx(), None);
        let y = extract_article(Article::from_text("b.txt", &b), ctx(), None);
        let mut all = vec![x, y];
        let events = build_events_of_corpus(&mut all, ctx());
        let window = (tarikh::dates::DateValue::parse("2000").unwrap(), tarikh::dates::DateValue::parse("2030").unwrap());
        let rows = tarikh::timeline::rows_from_events(&events, ctx(), window, true).unwrap();
        let _ = tarikh::timeline::mention_rows(&events, &rows).unwrap();
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok((text, _)) = decode(&bytes) {
            let _ = extract_article(Article::from_text("a.txt", &text), ctx(), None);
        }
    }

    #[test]
    fn merge_does_not_depend_on_article_order(a in article_text(), b in article_text(), c in article_text()) {
        let run = |order: [usize; 3]| {
            let texts = [&a, &b, &c];
            let mut all: Vec<_> = order.iter().map(|&i| extract_article(Article::from_text(format!("{i}.txt"), texts[i]), ctx(), None)).collect();
            let events = build_events_of_corpus(&mut all, ctx());
            let window = (tarikh::dates::DateValue::parse("2000").unwrap(), tarikh::dates::DateValue::parse("2030").unwrap());
            let rows = tarikh::timeline::rows_from_events(&events, ctx(), window, true).unwrap();
            rows.iter().map(|r| tarikh::timeline::row_cells(r).into_iter().map(|c| c.into_owned()).collect::<Vec<String>>()).collect::<Vec<_>>()
        };
        prop_assert_eq!(run([0, 1, 2]), run([2, 0, 1]));
    }
}
