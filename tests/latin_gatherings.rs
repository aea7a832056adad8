//! English and French families of the nineteenth session (tests/fixtures/latin_gatherings),
//! each in phrasings of our own: a gathering opened ("inaugurated the business forum", « le
//! forum … a été inauguré », "The conference opened on Sunday") is the gathering's start, a
//! meeting, not an office opening, and a place name after "of" or "in" that ends like a French
//! future ("Hadera") leaves a past weekday in the past; a reception by unnamed authorities on
//! arrival ("was received by the Moroccan authorities", « y a été accueillie par les autorités
//! marocaines ») is part of the visit, no meeting; a visit noun in apposition after a name
//! ("Karine Elharrar, on a working visit to the kingdom, and by …", « Gideon Sa'ar, en visite
//! officielle dans le royaume, et par … ») is that person's visit alone, and the agent of the
//! signing goes on past it to the second signer. A place inaugurated long before, told in a
//! participle ("a restored house inaugurated in March 2021 by …", « une école, rénovée puis
//! inaugurée en novembre 2020 par … »), is background, no opening (an office so told stays:
//! "Israel's liaison office in Rabat, reopened on Thursday by …").

mod common;

use common::{ExpectedFrom, assert_no_rows_from, assert_not_visitor, assert_rows_from, fixture_timeline};

const EXPECTED: &[ExpectedFrom] = &[
    ("forum_opened_en.txt", "2022-06-07", "meeting", "occurred", &["Orna Barbivai", "Ryad Mezzour"]),
    ("forum_inaugure_fr.txt", "2022-11-15", "meeting", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("received_authorities_fr.txt", "2022-07-25", "visit", "occurred", &["Ayelet Shaked"]),
    ("received_authorities_en.txt", "2022-05-11", "visit", "occurred", &["Merav Michaeli"]),
    ("apposition_visit_en.txt", "2022-09-05", "agreement", "occurred", &["Karine Elharrar", "Leila Benali"]),
    ("apposition_visit_en.txt", "2022-09-05", "visit", "occurred", &["Karine Elharrar"]),
    ("apposition_visite_fr.txt", "2022-03-02", "agreement", "occurred", &["Gideon Sa'ar", "Abdellatif Ouahbi"]),
    ("apposition_visite_fr.txt", "2022-03-02", "visit", "occurred", &["Gideon Sa'ar"]),
    // A place inaugurated long before, in a participle: the visit of the day stays.
    ("museum_inaugurated_en.txt", "2022-02-13", "visit", "occurred", &["David Govrin"]),
    ("ecole_inauguree_fr.txt", "2021-08-13", "visit", "occurred", &["Yair Lapid"]),
    ("mathaf_ar.txt", "2022-02-13", "visit", "occurred", &["David Govrin"]),
    // Near misses: an office reopened, told in a participle, and an Arabic office opened, stay.
    ("office_inaugurated_en.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
    ("maktab_iftatah_ar.txt", "2021-08-12", "opening", "occurred", &["Yair Lapid"]),
];

/// (file, date, type, place, why).
const ABSENT: &[(&str, &str, &str, &str, &str)] = &[
    ("forum_opened_en.txt", "2022-06", "opening", "", "a forum inaugurated is the forum's start, not an office opened"),
    ("forum_inaugure_fr.txt", "2022-11", "opening", "", "un forum inauguré est le début du forum, pas un bureau ouvert"),
    ("conference_opened_en.txt", "2022-10", "opening", "", "'The two-day water conference opened on Sunday' is the conference's start"),
    ("conference_opened_en.txt", "2022-10-23", "meeting", "", "'on Sunday' after '… of Hadera' in a past clause is the Sunday before the page"),
    ("museum_inaugurated_en.txt", "2021-03", "opening", "", "'a restored house inaugurated in March 2021 by André Azoulay' is what the museum is, no office opened"),
    ("ecole_inauguree_fr.txt", "2020-11", "opening", "", "« une ancienne école juive, rénovée puis inaugurée en novembre 2020 » : ce qu'est l'école, pas un bureau ouvert"),
    ("mathaf_ar.txt", "2021-03", "opening", "", "«متحفا للتراث اليهودي …، افتتح في مارس 2021» is what the museum is, no office opened"),
    ("received_authorities_fr.txt", "2022-07", "meeting", "", "l'accueil par les autorités à l'arrivée fait partie de la visite"),
    ("received_authorities_en.txt", "2022-05", "meeting", "", "the welcome by the authorities on landing is part of the visit"),
];

/// Visit rows of a file that must not name a person as their visitor: (file, person).
const NOT_VISITOR: &[(&str, &str)] = &[
    ("apposition_visit_en.txt", "Leila Benali"),
    ("apposition_visite_fr.txt", "Abdellatif Ouahbi"),
];

#[test]
fn latin_families_of_the_nineteenth_session() {
    let (rows, table) = fixture_timeline("tests/fixtures/latin_gatherings");
    assert_rows_from(&rows, &table, EXPECTED);
    assert_no_rows_from(&rows, &table, ABSENT);
    assert_not_visitor(&rows, &table, NOT_VISITOR);
}
