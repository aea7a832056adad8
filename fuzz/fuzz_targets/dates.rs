//! Fuzz the date finder and resolver on arbitrary text, with a fixed anchor.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tarikh::dates::DateLexicon;

fn lexicon() -> &'static DateLexicon {
    static LEX: OnceLock<DateLexicon> = OnceLock::new();
    LEX.get_or_init(DateLexicon::builtin)
}

fuzz_target!(|s: &str| {
    let reference = chrono::NaiveDate::from_ymd_opt(2021, 7, 20).unwrap();
    let _ = tarikh::dates::resolve_phrase(s, reference, lexicon());
});
