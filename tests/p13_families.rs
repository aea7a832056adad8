//! Families the thirteenth probe showed (tests/fixtures/p13_families), each in phrasings of our
//! own: a headline's bare "جلالة الملك" above a body naming the King in full is still the King
//! (the call is the pair's by what the headline names after it); years counted back "to the
//! day" on a dated page are a day; "الثلاثاء الماضي" borrows a week of publication days from
//! the event another page dates, narrowed by the page's "اليوم الأحد"; members named after
//! "ويضم الوفد" join the visit of the delegation told just before.

mod common;

use common::{ExpectedFrom, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("headline_call_received_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"]),
    ("anniversary_to_the_day_en.txt", "2020-12-22", "agreement", "occurred", &["Jared Kushner", "Meir Ben-Shabbat", "Saadeddine Othmani"]),
    // The page's Sunday is the 27th (the declaration of Tuesday the 22nd, "last Tuesday"), its
    // Friday the 25th.
    ("last_weekday_borrowed_ar.txt", "2020-12-25", "call", "occurred", &["Benjamin Netanyahu", "Mohammed VI of Morocco"]),
    ("delegation_members_ar.txt", "2021-01-26", "visit", "occurred", &["Alon Ushpiz", "David Govrin"]),
];

#[test]
fn families_of_the_thirteenth_probe() {
    let (rows, table) = fixture_timeline("tests/fixtures/p13_families");
    assert_rows_from(&rows, &table, EXPECTED);
}
