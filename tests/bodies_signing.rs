//! Families of the forty-first blind probe (docs/probe41.md, f04_fr) mended in the
//! forty-seventh session, told in new words (tests/fixtures/bodies_signing).
//!
//! - A signing told again in the next sentence by a generic noun of the document, with the
//!   people who signed it or witnessed it: "… signed a cooperation agreement on Monday 14
//!   March in Rabat. The text was initialled by the two rectors, in the presence of the
//!   Moroccan minister …", « Le texte a été paraphé … en présence du ministre … », «ووقع النص
//!   رئيسا الجامعتين، بحضور وزير …». 'the text', « le texte », «النص» joined the word list
//!   `definite-agreement` (lexicons/triggers*.csv), so src/events/told_again.rs folds the second
//!   telling into the first: one row, which names the minister. Before, the second telling was
//!   a row of its own naming one side only (no Morocco–Israel row), and the signing's row named
//!   no one.

mod common;

use common::page_timeline_with;

const FOLDER: &str = "tests/fixtures/bodies_signing";

#[test]
fn the_text_told_again_gives_the_signing_its_witness() {
    for file in ["text_witness_en.txt", "text_witness_fr.txt", "text_witness_ar.txt"] {
        let (rows, table) = page_timeline_with(FOLDER, file, &["--undated"]);
        let agreements: Vec<_> = rows.iter().filter(|r| r.event_type.as_str() == "agreement").collect();
        assert_eq!(agreements.len(), 1, "{file}: one signing told twice is one row:\n{table}");
        let row = agreements[0];
        assert_eq!(row.date.map(|d| d.to_string()).as_deref(), Some("2022-03-14"), "{file}: the signing's own day:\n{table}");
        assert!(row.people.iter().any(|p| p == "Abdellatif Miraoui"), "{file}: the minister present is the signing's person:\n{table}");
    }
}
