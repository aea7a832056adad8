//! Fuzz the normaliser: never panics, idempotent, offsets on character boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let n = tarikh::text::normalize::normalize(s);
    assert_eq!(tarikh::text::normalize::normalize(&n.text).text, n.text);
    for i in 0..=n.text.len() {
        assert!(s.is_char_boundary(n.original_offset(i)));
    }
});
