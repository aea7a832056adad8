//! Table-driven tests of the anchor, one module per family: the clues of a story's text,
//! date lines and page furniture, quotations, the manifest, and what borrowing reads.

use super::*;
use chrono::NaiveDate;
use super::borrow::*;
use super::quotes::*;
use crate::corpus::Article;
use crate::data::Lexicons;
use crate::dates::find_dates;

mod anniversaries;
mod borrowing;
mod clues;
mod manifest;
mod page_lines;
mod quoted;

/// The anchor of `text` read alone (no manifest): its date as the tables write it (empty when
/// unknown), the anchor, and the text's date mentions (for the failure messages).
fn anchor_of(lex: &Lexicons, text: &str) -> (String, Anchor, Vec<DateMention>) {
    let doc = Document::new(Article::from_text("a.txt", text), lex);
    let mentions = find_dates(&doc, &lex.dates);
    let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
    (anchor.date.map(|d| d.to_string()).unwrap_or_default(), anchor, mentions)
}
