//! The lexicon's own tests: loading, ids, equality of words, the index's bitmap and hash.

use chrono::Weekday;

use super::index::{FIRST_BITS, first_bit, head_and_tail};
use super::*;

/// The ends of a word read by loads are the ends copied byte by byte into a zeroed buffer
/// (as first written), for every length around the eight bytes of a load.
#[test]
fn head_and_tail_are_the_copied_ends() {
    // Printable ASCII, each byte different from its neighbours.
    let text: Vec<u8> = (0..40u8).map(|b| b'!' + b * 7 % 90).collect();
    for n in 0..=20 {
        let bytes = &text[3..3 + n];
        let copied = |from: usize, len: usize| {
            let mut buf = [0u8; 8];
            buf[..len].copy_from_slice(&bytes[from..from + len]);
            u64::from_le_bytes(buf)
        };
        let k = n.min(8);
        assert_eq!(head_and_tail(bytes), (copied(0, k), copied(n - k, k)), "{n} bytes");
        let word = std::str::from_utf8(bytes).unwrap();
        let six = n.min(6);
        let x = (copied(n - six, six) ^ (n as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        assert_eq!(first_bit(word), (x >> (64 - FIRST_BITS)) as usize, "{n} bytes");
    }
}

#[test]
fn builtin_lexicon_loads_and_ids_are_unique() {
    let lex = DateLexicon::builtin();
    assert!(lex.len() > 300);
    let mut ids: Vec<&str> = lex.entries.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids in the date lexicon");
}

/// The written-out equality is the derived one: two words are equal exactly when they
/// print alike, over every pair of the built-in lexicon's words and a few made here.
#[test]
fn words_are_equal_when_they_print_alike() {
    let lex = DateLexicon::builtin();
    let mut words: Vec<Word> = lex.entries.iter().map(|e| e.word).collect();
    words.extend([Word::Dir(7), Word::Holiday { hijri: true, month: 9, day: None }, Word::CountUnit { unit: None, count: 3, per: 1 }]);
    words.sort_by_key(|w| format!("{w:?}"));
    words.dedup_by_key(|w| format!("{w:?}"));
    assert!(words.len() > 100);
    let printed: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
    for (a, pa) in words.iter().zip(&printed) {
        for (b, pb) in words.iter().zip(&printed) {
            assert_eq!(a == b, pa == pb, "{pa} {pb}");
        }
    }
}

/// The bitmap before the table answers no first word "none", in every language's set.
#[test]
fn every_first_word_passes_the_bitmap() {
    let lex = crate::data::Lexicons::builtin().dates;
    assert!(lex.by_first.len() > 1000);
    for first in lex.by_first.keys() {
        assert!(lex.may_be_first(first), "{first}");
    }
    let set = lex.firsts.iter().map(|w| w.count_ones()).sum::<u32>() as usize;
    assert!(set <= lex.by_first.len() && set * 20 < lex.firsts.len() * 64, "{set} bits set");
}

#[test]
fn entries_are_normalised() {
    let lex = DateLexicon::builtin();
    assert!(lex.lookup("اغسطس").any(|e| e.word == Word::Month { month: 8, hijri: false, ambiguous: false }));
    assert!(lex.lookup("الاربعاء").any(|e| e.word == Word::Weekday(Weekday::Wed)));
    assert!(lex.lookup("كانون").any(|e| e.rest == ["الثاني"]));
    assert!(lex.lookup("جويليه").next().is_some());
}

#[test]
fn bad_rows_name_file_and_line() {
    let err = DateLexicon::parse(
        ("id,month,system,name\nx,13,eg,يناير\n", "m.csv"),
        ("id,weekday,name\n", "w.csv"),
        ("id,kind,word,value\n", "d.csv"),
    )
    .unwrap_err();
    assert!(err.starts_with("m.csv:2:"), "{err}");
    let err = DateLexicon::parse(
        ("id,month,system,name\n", "m.csv"),
        ("id,weekday,name\n", "w.csv"),
        ("id,kind,word,value\nx,bogus,في,\n", "d.csv"),
    )
    .unwrap_err();
    assert!(err.starts_with("d.csv:2:"), "{err}");
}
