//! Families the twelfth probe showed (tests/fixtures/p12_families), each in phrasings of our
//! own: a headline's talks ("الملك يتباحث مع …", "holds talks with") above a body that tells the
//! same people's phone call are that call, and the countries the headline names after them are
//! what the call was about; routes an airline opened ("opened its first routes to …") are
//! its flights, not an office opening; an arrival or visit recalled after "since" (منذ، since,
//! depuis) to say how long a state has lasted is no event of its month.

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    // The headline's talks are the body's call, and its "… مع إسرائيل" the call's other side.
    ("headline_talks_call_ar.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"]),
    ("headline_talks_call_en.txt", "2020-12-10", "call", "occurred", &["Mohammed VI of Morocco", "Donald Trump"]),
    // Routes opened are the airline's flights.
    ("routes_opened_en.txt", "2022-03-13", "flight", "occurred", &[]),
    // The page's own news beside a recall after "since".
    ("since_recall_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_recall_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("since_recall_fr.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("routes_opened_en.txt", "2022-03-13", "opening", "", "'opened its two new routes': an airline's routes are flights, not an opening"),
    ("since_recall_ar.txt", "2021-01", "visit", "", "«منذ وصوله إلى الرباط في كانون الثاني الماضي» says how long he has headed the office, no visit of January"),
    ("since_recall_ar.txt", "2020-12", "visit", "", "«منذ أن زار الرباط في دجنبر الماضي» says how long he has followed the file"),
    ("since_recall_en.txt", "2021-01", "visit", "", "'since his arrival in Rabat in January' says how long he has been there"),
    ("since_recall_en.txt", "2020-12", "visit", "", "'since he visited Rabat last December' says how long he has followed the file"),
    ("since_recall_fr.txt", "2021-01", "visit", "", "« depuis son arrivée au Maroc en janvier » dit depuis quand il dirige le bureau"),
    ("since_recall_fr.txt", "2020-12", "visit", "", "« depuis sa visite à Rabat en décembre dernier » dit depuis quand il suit le dossier"),
];

#[test]
fn families_of_the_twelfth_probe() {
    let (rows, table) = fixture_timeline("tests/fixtures/p12_families");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
}
