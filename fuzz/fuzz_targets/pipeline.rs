//! Fuzz the whole per-article pipeline and the corpus step on arbitrary bytes.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tarikh::corpus::Article;
use tarikh::pipeline::{Context, build_events_of_corpus, extract_article};

fn ctx() -> &'static Context {
    static CTX: OnceLock<Context> = OnceLock::new();
    CTX.get_or_init(|| Context::load(None, None).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok((text, _)) = tarikh::corpus::decode(data) else { return };
    let mut all = vec![extract_article(Article::from_text("a.txt", &text), ctx(), None)];
    let _ = build_events_of_corpus(&mut all, ctx());
});
