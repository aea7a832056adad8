//! A trip that refers back by a noun naming its own traveller (tests/fixtures/named_reference,
//! pages in phrasings of our own): "Barbivai's trip follows that of Ayelet Shaked", « Le
//! déplacement de Mme Barbivai fait suite à celui de … », «وتأتي زيارة باربيفاي بعد زيارة …». The
//! noun is Barbivai's visit, told three sentences up, not the visit told last (Lapid's, planned):
//! Lapid's planned visit stays his alone and Barbivai's visit names neither him nor the
//! traveller recalled after the timing phrase. Each page is read alone.

mod common;

use common::page_timeline_with;

const FOLDER: &str = "tests/fixtures/named_reference";
const PAGES: &[&str] = &["possessive_en.txt", "genitive_fr.txt", "construct_ar.txt"];

#[test]
fn a_noun_naming_its_traveller_refers_to_that_persons_visit() {
    for page in PAGES {
        let (rows, table) = page_timeline_with(FOLDER, page, &["--undated"]);
        let visit = |date: &str, status: &str| rows.iter().find(|r| r.event_type.as_str() == "visit" && r.status.as_str() == status && r.date.is_some_and(|d| d.to_string() == date));
        let barbivai = visit("2022-07-18", "occurred").unwrap_or_else(|| panic!("{page}: no visit of 2022-07-18 in:\n{table}"));
        assert_eq!(barbivai.people, ["Orna Barbivai"], "{page}: Barbivai's visit takes another's people:\n{table}");
        // ("in the autumn": a month on the English and French pages, none on the Arabic one.)
        let lapid = rows.iter().find(|r| r.event_type.as_str() == "visit" && r.status.as_str() == "planned" && r.people.iter().any(|p| p == "Yair Lapid"));
        let lapid = lapid.unwrap_or_else(|| panic!("{page}: no planned visit of Lapid in:\n{table}"));
        assert_eq!(lapid.people, ["Yair Lapid"], "{page}: Lapid's planned visit takes another's people:\n{table}");
    }
}
