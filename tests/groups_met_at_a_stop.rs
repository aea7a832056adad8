//! Talks with a group left unnamed told at a stop of a trip (tests/fixtures/groups_met_at_a_stop,
//! pages in phrasings of our own): «يتوجه الضيف الإسرائيلي غدا إلى فاس، حيث سيزور المدينة العتيقة
//! ويلتقي بعدد من أبناء الجالية», « avant de se rendre à Fès, où il a visité le mellah et rencontré
//! des représentants de la communauté juive », "travelled to Fez, where he toured the old city
//! and met members of the local Jewish community" are that stop's, no row: not talks with the
//! Moroccan minister named in the sentence before, nor with a colleague named only as present
//! at an earlier act of the sentence (« en présence de l'ambassadeur David Govrin »). Told alone
//! ("is due to meet representatives of the Jewish community"), such talks stay a row.

mod common;

use common::page_timeline;

const FOLDER: &str = "tests/fixtures/groups_met_at_a_stop";

#[test]
fn talks_with_a_group_at_a_stop_are_the_stop() {
    for file in ["stop_ar.txt", "stop_fr.txt", "stop_en.txt"] {
        let (rows, table) = page_timeline(FOLDER, file);
        let stop_day = rows.iter().filter(|r| r.event_type.as_str() == "meeting" && r.date.is_some_and(|d| d.to_string() == "2021-11-25")).count();
        assert_eq!(stop_day, 0, "{file}: the group's talks at the stop are no row\n{table}");
        assert!(!rows.iter().any(|r| r.event_type.as_str() == "meeting" && r.people.iter().any(|p| p == "David Govrin")), "{file}: no talks of who was present at another act\n{table}");
    }
}

#[test]
fn talks_with_a_group_told_alone_stay_a_row() {
    let (rows, table) = page_timeline(FOLDER, "alone_en.txt");
    assert!(rows.iter().any(|r| r.event_type.as_str() == "meeting" && r.status.as_str() == "planned" && r.date.is_some_and(|d| d.to_string() == "2021-11-25")), "{table}");
}
