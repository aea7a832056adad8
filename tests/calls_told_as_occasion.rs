//! Calls told as what another act came after (tests/fixtures/calls_told_as_occasion, pages in
//! phrasings of our own):
//!
//! * a call of one side with the broker told after "after" / «عقب» in the sentence of the act
//!   the page is about ("The decision came after a phone call between Mr. Trump and King
//!   Mohammed VI", «أعلن ترامب القرار اليوم، عقب مباحثات هاتفية أجراها جلالة الملك مع الرئيس
//!   الأمريكي»): the pair's call, on the statement's day, though its own sentence names no
//!   Israel — its sides are the page's; the broker's institution named as the source ("the
//!   White House said") is no third party;
//! * the King named by his title before "with" and the broker's title: the nationality and the
//!   name after the second title are the broker's, the first title is still the King;
//! * the same phrasing on a page about Morocco and the United States alone (another day): no
//!   row, its sides being that page's;
//! * the day told between the statement and the after word ("announced the decision on
//!   Tuesday following a phone call with …") is the statement's, which the call takes;
//! * a verb right after the call noun whose pronoun is the statement's subject («إثر مكالمة
//!   هاتفية جمعته بالعاهل المغربي», «عقب اتصال هاتفي أجراه مع …»): that subject was on the
//!   phone; with the broker, on a page that names a third country more, the sides are the two
//!   the statement names.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("after_call_en.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
    ("after_call_ar.txt", "2020-12-10", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
    // "announced the decision on Tuesday following a phone call with …": the statement's day,
    // though the day stands nearer the call (build/dating.rs call_across_after).
    ("ground_of_announcement_en.txt", "2021-11-23", "call", "occurred", &["Naftali Bennett", "Aziz Akhannouch"]),
    // «إثر مكالمة هاتفية جمعته بالعاهل المغربي»: the pronoun is the statement's subject
    // (lexicon rows call-with-subject).
    ("pronoun_of_the_subject_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"]),
    // «عقب اتصال هاتفي أجراه مع العاهل المغربي» on a page that names Libya more than Israel:
    // the sides are the two countries the statement names.
    ("broker_on_a_page_of_libya_ar.txt", "2020-12-18", "call", "occurred", &["Donald Trump", "Mohammed VI of Morocco"]),
];

#[test]
fn calls_told_as_what_an_act_came_after() {
    let (rows, table) = fixture_timeline("tests/fixtures/calls_told_as_occasion");
    assert_rows_from(&rows, &table, EXPECTED);
    // The King's title before "with" is his: no call of Trump alone, nor of another Moroccan.
    for row in rows.iter().filter(|r| r.event_type.as_str() == "call") {
        assert_eq!(row.people.len(), 2, "{table}");
    }
    // A page about Morocco and the United States alone gives no row.
    assert!(!rows.iter().any(|r| r.sources.iter().any(|s| s == "statement_alone_ar.txt")), "{table}");
}
