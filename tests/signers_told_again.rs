//! Families of the thirty-sixth blind probe (docs/probe36.md, e04_en) mended in the forty-third session,
//! told in new words (tests/fixtures/signers_told_again).
//!
//! - An agreement told again by its definite noun with its signer: "The Israeli Energy
//!   Ministry and the Moroccan Energy Ministry signed an accord earlier this month. The
//!   agreement was signed in Rabat by Karine Elharrar" is one signing; the second telling
//!   takes the countries of the first's signatories, so one side's signer and the place add to
//!   the two sides' agreement (src/events/told_again.rs). Arabic joined them already.
//! - The visit an act was signed during names no traveller: "signed in Rabat by X during a
//!   visit", «ووقع … في الرباط X … خلال زيارة»: the signer of another country than where it
//!   was signed is its visitor, the host who signed beside him is not
//!   (src/events/signer_visit.rs). French « lors d'une visite » too, since a phrase ending
//!   with an elided article (« lors d' ») is found glued to the next word.
//! - The talks of a third country's people told beside a visit are not the visitor's: "the
//!   Saudi crown prince received the Pakistani prime minister in Riyadh" on a page about a
//!   trip to Rabat (src/merge/rows.rs `the_visitors_talks`, which more visitors named by the
//!   family above made reach such talks: probe21 a07). talks_elsewhere_ar.txt stays the case to
//!   mend: there the Arabic build itself carries the sentence before's subject into «استقبل …
//!   رئيس وزراء باكستان» (the talks' mention names her), before any row is made.

mod common;

use common::{ExpectedFrom, assert_not_visitor, assert_rows_from, page_timeline_with};

const FOLDER: &str = "tests/fixtures/signers_told_again";

/// The rows of each page read alone (the pages tell one story in three languages, which the
/// merge would join), one after another, and their tables.
fn pages(files: &[&str], options: &[&str]) -> (Vec<tarikh::timeline::Row>, String) {
    let (mut rows, mut tables) = (Vec::new(), Vec::new());
    for file in files {
        let (r, t) = page_timeline_with(FOLDER, file, options);
        rows.extend(r);
        tables.push(format!("{file}:\n{t}"));
    }
    (rows, tables.join("\n"))
}

#[test]
fn an_agreement_told_again_with_its_signer_is_one_row() {
    let files = ["told_again_en.txt", "told_again_fr.txt", "told_again_ar.txt"];
    let (rows, table) = pages(&files, &["--undated"]);
    for file in files {
        let agreements: Vec<_> = rows.iter().filter(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "agreement").collect();
        assert_eq!(agreements.len(), 1, "{file}: one signing told twice is one row:\n{table}");
        let row = agreements[0];
        assert!(row.people.iter().any(|p| p == "Karine Elharrar") && row.places.iter().any(|p| p == "Rabat"), "{file}: the signer and the place add to the agreement:\n{table}");
        assert_eq!(row.organisations.len(), 2, "{file}: the two ministries stay its signatories:\n{table}");
    }
}

/// The visits of the signers: (file, date, type, status, people).
const SIGNERS_VISITS: &[ExpectedFrom] = &[
    ("told_again_en.txt", "2021-11", "visit", "occurred", &["Karine Elharrar"]),
    ("told_again_ar.txt", "2021-11", "visit", "occurred", &["Karine Elharrar"]),
    ("told_again_fr.txt", "2021-11", "visit", "occurred", &["Karine Elharrar"]),
];

/// (file, person): hosts who signed beside the visitor, or a visit whose people stay unread.
const SIGNER_HOSTS: &[(&str, &str)] = &[("signer_visit_en.txt", "Leila Benali"), ("signer_visit_ar.txt", "Leila Benali"), ("signer_visit_fr.txt", "Leila Benali")];

#[test]
fn the_signer_is_the_visitor_of_the_visit_he_signed_during() {
    let (rows, table) = pages(&["told_again_en.txt", "told_again_ar.txt", "told_again_fr.txt", "signer_visit_en.txt", "signer_visit_ar.txt", "signer_visit_fr.txt"], &["--undated"]);
    assert_rows_from(&rows, &table, SIGNERS_VISITS);
    // Undated pages: the visit is found by its file and its visitor.
    for file in ["signer_visit_en.txt", "signer_visit_ar.txt", "signer_visit_fr.txt"] {
        let visit = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit");
        assert!(visit.is_some_and(|v| v.people.first().is_some_and(|p| p == "Karine Elharrar")), "{file}: the signer from abroad is the visitor:\n{table}");
    }
    assert_not_visitor(&rows, &table, SIGNER_HOSTS);
}

#[test]
fn talks_of_a_third_country_are_not_the_visitors() {
    let files = ["talks_elsewhere_en.txt", "talks_elsewhere_fr.txt"];
    let (rows, table) = pages(&files, &["--undated", "--all-events"]);
    for file in files {
        let visit = rows.iter().any(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "visit" && r.people.iter().any(|p| p == "Karine Elharrar"));
        assert!(visit, "{file}: her visit stays:\n{table}");
        let talks = rows.iter().find(|r| r.sources.iter().any(|s| s == file) && r.event_type.as_str() == "meeting");
        assert!(talks.is_some_and(|t| !t.people.iter().any(|p| p == "Karine Elharrar")), "{file}: the talks in Riyadh are not hers:\n{table}");
    }
}
