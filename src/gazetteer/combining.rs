//! Compound demonyms: "a US-Israeli delegation", "la délégation israélo-marocaine", "un accord
//! maroco-israélien". The second half is a gazetteer name ("Israeli", "marocaine"); the first
//! is a combining form that names its country only there ("US" and "UK" are ordinary words
//! elsewhere once lowercased, "israélo" never stands alone). The forms are a lexicon
//! (`lexicons/combining_forms.csv`: form → place id); this pass, run on the matcher's
//! [`Found`], adds the place a form names where a dash and a found place follow it directly,
//! so both countries of the compound take part.

use super::matcher::{EntityMention, Found, Gazetteer, Resolution};
use super::EntityKind;
use crate::text::Document;
use crate::text::lang::strip_latin_accents;
use crate::text::normalize::normalize_str;

/// The combining forms of `combining_forms.csv`, normalised and without accents.
#[derive(Debug, Clone, Default)]
pub struct CombiningForms {
    /// (form, place id), in file order.
    forms: Vec<(String, String)>,
}

/// A form compared without its accents ("israelo" is "israélo"), as Latin names are matched.
fn bare(form: &str) -> String {
    strip_latin_accents(form).unwrap_or_else(|| form.to_string())
}

impl CombiningForms {
    /// Parse `combining_forms.csv` (columns `form`, `place`).
    pub fn parse(text: &str, source: &str) -> Result<CombiningForms, String> {
        let mut forms = Vec::new();
        for row in crate::table::read_rows(text, source, &["form", "place"])? {
            let form = bare(&normalize_str(row.get("form")));
            let place = row.get("place");
            if form.is_empty() || place.is_empty() {
                return Err(row.error("a combining form needs a form and a place id"));
            }
            forms.push((form, place.to_string()));
        }
        Ok(CombiningForms { forms })
    }

    /// The place ids the forms name (to check them against a gazetteer).
    pub fn places(&self) -> impl Iterator<Item = &str> {
        self.forms.iter().map(|(_, p)| p.as_str())
    }

    /// Add to `found` the place each combining form names where it stands right before a dash
    /// and a place `found` holds ("us-israeli", "israelo-marocaine"), right to left so a chain
    /// ("americano-israelo-marocain") is read whole. Forms whose place `g` lacks name nothing.
    pub fn add_to(&self, doc: &Document, found: &mut Found, g: &Gazetteer) {
        if self.forms.is_empty() {
            return;
        }
        let text = doc.norm.text.as_str();
        let is_place = |e: &EntityMention| g.entities()[e.entity].kind == EntityKind::Place;
        let mut added: Vec<EntityMention> = Vec::new();
        let mut next_starts: Vec<usize> = found.entities.iter().filter(|e| is_place(e)).map(|e| e.range.start).collect();
        while let Some(start) = next_starts.pop() {
            let Some(head) = text[..start].strip_suffix('-') else { continue };
            let word_start = head.rfind(|c: char| !(crate::text::normalize::is_word_char(c) || c == '.')).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
            if word_start >= head.len() {
                continue;
            }
            let word = bare(&head[word_start..]);
            let Some(entity) = self.forms.iter().find(|(f, _)| *f == word).and_then(|(_, p)| g.index_of(p)) else { continue };
            let range = word_start..head.len();
            let taken = found.entities.iter().chain(&added).any(|e| e.range.start < range.end && range.start < e.range.end);
            if !taken {
                added.push(EntityMention { range: range.clone(), name_range: range, entity, how: Resolution::Alias });
                next_starts.push(word_start);
            }
        }
        if !added.is_empty() {
            found.entities.extend(added);
            found.entities.sort_by_key(|e| (e.range.start, e.range.end));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::gazetteer::Gazetteer;
    use crate::text::Document;

    /// Every combining form of the built-in lexicon names a place of the built-in gazetteer.
    #[test]
    fn every_form_names_a_known_place() {
        let g = Gazetteer::load(None).unwrap();
        let lexicons = Lexicons::builtin();
        for place in lexicons.combining.places() {
            assert!(g.index_of(place).is_some(), "{place} is no place of places.csv");
        }
    }

    /// (sentence, the place ids found, in text order).
    const CASES: &[(&str, &[&str])] = &[
        ("A US-Israeli delegation landed in Rabat.", &["united-states", "israel", "rabat"]),
        ("The U.S.-Moroccan talks went on.", &["united-states", "morocco"]),
        ("La délégation israélo-marocaine est arrivée.", &["israel", "morocco"]),
        ("Un accord maroco–israélien a été signé.", &["morocco", "israel"]),
        ("Une délégation américano-israélo-marocaine.", &["united-states", "israel", "morocco"]),
        ("Israelo-marocain sans accents.", &["israel", "morocco"]),
        // A form without a place after its dash, or a place without a dash: nothing added.
        ("He told us - Israel agreed.", &["israel"]),
        ("They told us Israel agreed.", &["israel"]),
        ("The us-based firm.", &[]),
    ];

    #[test]
    fn a_form_names_its_place_only_before_a_dash_and_a_place() {
        let g = Gazetteer::load(None).unwrap();
        let lexicons = Lexicons::builtin();
        for (sentence, want) in CASES {
            let doc = Document::new(Article::from_text("t.txt", sentence), &lexicons);
            let mut found = g.find(&doc);
            lexicons.combining.add_to(&doc, &mut found, &g);
            let got: Vec<&str> = found.entities.iter().filter(|e| g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Place).map(|e| g.entities()[e.entity].id.as_ref()).collect();
            assert_eq!(got, *want, "{sentence}");
        }
    }
}
