//! Phrases of a short word list found in a sentence at word boundaries: the Arabic build's
//! "led by" words ("يقوده") and the Latin readings' lists ("led by", "à l'issue de") are a few
//! phrases checked in one sentence, not worth the automaton. One search for both.

use std::ops::Range;

/// Where the phrases `forms` (normalised, one or more words) stand in `range`, at word
/// boundaries, form by form in the list's order and each form's places in text order. A form
/// that ends with an elided article (« au terme d' », « à l'issue d' ») is glued to the word
/// after it: no boundary is needed there.
pub(crate) fn phrases_in<'a>(text: &'a str, range: Range<usize>, forms: &'a [String]) -> impl Iterator<Item = Range<usize>> + 'a {
    let hay = &text[range.clone()];
    let boundary = |s: &str, at_end: bool| if at_end { s.chars().next_back() } else { s.chars().next() }.is_none_or(|c| !c.is_alphanumeric());
    let elided = |f: &str| f.ends_with('\'');
    forms.iter().flat_map(move |f| hay.match_indices(f.as_str()).filter(move |(at, _)| boundary(&hay[..*at], true) && (elided(f) || boundary(&hay[at + f.len()..], false))).map(move |(at, f)| range.start + at..range.start + at + f.len()))
}

#[cfg(test)]
mod tests {
    use super::phrases_in;

    #[test]
    fn phrases_stand_at_word_boundaries() {
        let forms: Vec<String> = ["يقوده", "led by", "au terme d'"].iter().map(|s| s.to_string()).collect();
        for (text, want) in [
            ("وفدا يقوده اوشبيز", vec!["يقوده"]),
            // An elided article is glued to the word after it.
            ("au terme d'une visite", vec!["au terme d'"]),
            ("au terme d'", vec!["au terme d'"]),
            ("a delegation led by Ushpiz", vec!["led by"]),
            // Inside another word: no phrase.
            ("وفدا ويقودهم", vec![]),
            ("misled by", vec![]),
            ("led byway", vec![]),
        ] {
            let got: Vec<&str> = phrases_in(text, 0..text.len(), &forms).map(|r| &text[r]).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
