//! Sides and events told back (tests/fixtures/told_back, pages in phrasings of our own):
//!
//! * a side named only by an office of an organisation ("the CGEM president", « le patron de la
//!   CGEM », «رئيس الاتحاد العام لمقاولات المغرب») after a signing told in the sentence before:
//!   the office's holder of the day (Chakib Alj), not the signer of the other act (Mezzour), so
//!   the three pages give one planned meeting;
//! * a meeting told again for its timing («ويأتي الاجتماع بعد أسبوع من عودة …», "The meeting
//!   comes a week after …", « Cette rencontre intervient … après … », « La rencontre intervient
//!   quelques jours après … »): the meeting already told, not a meeting of the one whose return
//!   the time clause recalls, nor a visit of his on the page's day; so is a call told again in
//!   the past («وجاءت المكالمة بعد أربعة أيام من وصول …»): no call of the one whose arrival the
//!   time clause recalls;
//! * an agreement told again by its definite noun ("The deal was formally signed in Rabat by …",
//!   « L'accord a été signé à Rabat par … », «ووقّع المذكرةَ عن الجانب الإسرائيلي …», «ووُقّعت
//!   الاتفاقيةُ في الرباط من طرف …») right after the sentence that told it with its day and no
//!   signer: the same agreement, one row with its signers and the subject the first telling
//!   gives it (water, innovation, aviation), not the energy of a signer's office nor the defence
//!   of the Moroccan signers' administration; an agreement told with a day of its own after
//!   another (« Mardi, … ont paraphé le mémorandum sur … ») is another.
//! * an act after or at the close of talks told back by a demonstrative («وفي أعقاب هذه
//!   المباحثات، وقع الوزيران», «في ختام هذا اللقاء»): the talks told before, their day (not
//!   after «قبل», before them: another day).

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("office_head_en.txt", "2022-03-14", "agreement", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("office_head_en.txt", "2022-03-16", "meeting", "planned", &["Orna Barbivai", "Chakib Alj"]),
    ("office_head_fr.txt", "2022-03-16", "meeting", "planned", &["Orna Barbivai", "Chakib Alj"]),
    ("office_head_ar.txt", "2022-03-16", "meeting", "planned", &["Orna Barbivai", "Chakib Alj"]),
    ("comes_after_ar.txt", "2022-11-14", "meeting", "occurred", &["Nasser Bourita", "Antony Blinken"]),
    ("comes_after_en.txt", "2022-11-14", "meeting", "occurred", &["Nasser Bourita", "Antony Blinken"]),
    ("comes_after_fr.txt", "2022-11-14", "meeting", "occurred", &["Nasser Bourita", "Antony Blinken"]),
    ("comes_after2_fr.txt", "2022-11-14", "meeting", "occurred", &["Nasser Bourita", "Antony Blinken"]),
    ("came_after_ar.txt", "2021-07-10", "call", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    ("agreement_again_en.txt", "2022-06-15", "agreement", "occurred", &["Karine Elharrar"]),
    ("agreement_again_fr.txt", "2022-03-08", "agreement", "occurred", &["Karine Elharrar"]),
    ("agreement_again_ar.txt", "2022-04-07", "agreement", "occurred", &["Nitzan Horowitz"]),
    ("agreement_again2_ar.txt", "2022-09-19", "agreement", "occurred", &["Karine Elharrar"]),
    ("agreement_other_fr.txt", "2022-10-10", "agreement", "occurred", &[]),
    ("agreement_other_fr.txt", "2022-10-11", "agreement", "occurred", &["Nasser Bourita", "Yair Lapid"]),
    // «وفي أعقاب هذه المباحثات، وقع الوزيران»: the talks told back, their day and people.
    ("close_of_these_talks_ar.txt", "2021-08-11", "agreement", "occurred", &["Yair Lapid", "Nasser Bourita"]),
];

/// Pages that tell one agreement twice, and the subject its title must give.
const TOLD_TWICE: &[(&str, &str)] = &[
    ("agreement_again_en.txt", "water"),
    ("agreement_again_fr.txt", "innovation"),
    ("agreement_again_ar.txt", "water"),
    ("agreement_again2_ar.txt", "aviation"),
];

#[test]
fn sides_and_events_told_back() {
    let (rows, table) = fixture_timeline("tests/fixtures/told_back");
    assert_rows_from(&rows, &table, EXPECTED);
    let has = |r: &tarikh::timeline::Row, name: &str| r.people.iter().any(|p| p == name);
    // One CGEM meeting, without the signer of the day before.
    let cgem: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.sources.iter().any(|s| s.starts_with("office_head"))).collect();
    assert_eq!(cgem.len(), 1, "{table}");
    assert!(!has(cgem[0], "Ryad Mezzour"), "{table}");
    // Barkat, whose return the time clauses recall, neither meets anyone nor visits on the 14th.
    assert!(!rows.iter().any(|r| has(r, "Nir Barkat")), "{table}");
    // Ushpiz, whose arrival the call is timed by, was on no call.
    assert!(!rows.iter().any(|r| r.event_type.as_str() == "call" && has(r, "Alon Ushpiz")), "{table}");
    // One agreement told twice is one row, named by the subject its first telling gives it.
    for (file, subject) in TOLD_TWICE {
        let told: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "agreement" && r.sources.iter().any(|s| s == file)).collect();
        assert_eq!(told.len(), 1, "{file}: one agreement in:\n{table}");
        assert!(told[0].title.contains(&format!("{subject} agreement")), "{file}: a {subject} agreement, not {:?}", told[0].title);
    }
    // Another agreement signed on a day of its own stays apart.
    assert_eq!(rows.iter().filter(|r| r.sources.iter().any(|s| s == "agreement_other_fr.txt")).count(), 2, "{table}");
    // «قبل هذا اللقاء»: before the meeting told back is another day, not its day.
    common::assert_no_rows_from(&rows, &table, &[("before_this_meeting_ar.txt", "", "agreement", "", "a signing before the meeting told back takes no day of it")]);
}
