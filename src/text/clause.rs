//! Clause breaks: which marks of the normal form end a clause, for each reading that asks.
//!
//! The rules read a clause as "the words up to the next mark", and what counts as a mark
//! depends on what the reading needs, so there are several sets, each named for what it holds
//! and documented with why a reading takes it. They are read on normalised text
//! (`text::normalize`), so they hold only marks the normal form keeps: quotation marks are
//! dropped (they split names far more often than they end a clause: هيئة "السايبر",
//! « la déclaration conjointe »; the clause a quotation opens or closes has its own comma or
//! colon), and dashes are folded to `-`, a hyphen inside names (Ben-Shabbat), so neither is a
//! break. Arabic pages mix the Arabic comma «،» and semicolon «؛» with the Latin ones, so every
//! set a rule reads on Arabic text holds both scripts' marks.
//!
//! Before this module each reading wrote its own list (a `const` per file, or an array inline);
//! the lists below are those lists, one per distinct set. Where two readings of the same purpose
//! had different lists, they were made one only where every timeline stayed byte-identical; the
//! sets that remain apart say why.

/// The Latin script's clause marks: comma, semicolon, colon, full stop and brackets. What the
/// Latin rules read as the end of a clause: a contrast, a habit, a denial's forward reach, a
/// visit's end word, the subject of a verb go no further ("n'a pas, selon nos sources, signé"
/// is read conservatively).
pub const LATIN_CLAUSE_MARKS: &[char] = &[',', ';', ':', '.', '(', ')'];

/// Every clause mark of either script: [`LATIN_CLAUSE_MARKS`] and the Arabic comma and
/// semicolon. For readings that must not cross any clause, in a sentence of either script (a
/// meeting verb and the delegation it governs, a sequel and the date it carries).
pub const EVERY_CLAUSE_MARK: &[char] = &[',', ';', ':', '.', '(', ')', '،', '؛'];

/// A clause break of either script that is not a bracket: the full stop, comma, semicolon and
/// colon, Arabic and Latin. What the Arabic rules read as a clause's bounds
/// (`events::scan::arabic_clause_start`): an Arabic page brackets a gloss inside its clause
/// («الموساد (جهاز المخابرات)»), so a bracket ends none.
pub const CLAUSE_BREAKS_OF_EITHER_SCRIPT: &[char] = &['.', '،', ',', '؛', ';', ':'];

/// A break inside a sentence: the comma, semicolon and colon of either script. No full stop:
/// the sentence ends at one already (`text::segment`), so a stop inside it is a date's
/// ("22.12.2020") or an abbreviation's ("Lt. Gen."), which ends no clause. For readings within
/// one sentence: where a subject starts, how far a date's clause reaches.
pub const BREAKS_WITHIN_A_SENTENCE: &[char] = &[',', '،', ';', '؛', ':'];

/// The commas and semicolons of either script: where `text::segment` cuts a sentence into its
/// clauses (a colon opens what the clause says, a quotation or a list, which stays in it).
pub const COMMAS_AND_SEMICOLONS: &[char] = &[',', '،', ';', '؛'];

/// The comma of either script: an apposition's, a list's or a clause's, told apart by the
/// reading that asks ("Bourita, the minister", «،وقال»).
pub const COMMAS: &[char] = &[',', '،'];

/// A break stronger than a comma: the full stop, the semicolon of either script and the
/// colon. A list or an apposition goes on across a comma ("talks with X, then with Y"), not
/// across these.
pub const BREAKS_STRONGER_THAN_A_COMMA: &[char] = &['.', ';', '؛', ':'];

/// Where the clause that ends at `within.end` starts: just past the last of `marks` in `within`,
/// or `within.start` when none is there. Past the mark's whole character: the Arabic comma and
/// semicolon are two bytes, and a clause counted from the byte after their first would start
/// inside them.
pub fn start_after_last(text: &str, within: std::ops::Range<usize>, marks: &[char]) -> usize {
    let start = within.start;
    text[within].char_indices().filter(|(_, c)| marks.contains(c)).last().map_or(start, |(k, c)| start + k + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_starts_past_the_whole_of_its_mark() {
        let text = "وصل الوفد، ثم التقى";
        let verb = text.find("التقى").unwrap();
        let start = start_after_last(text, 0..verb, COMMAS);
        assert_eq!(&text[start..verb], " ثم ");
        let latin = "At the forum, he met Lapid";
        assert_eq!(&latin[start_after_last(latin, 0..latin.find("met").unwrap(), LATIN_CLAUSE_MARKS)..], " he met Lapid");
        assert_eq!(start_after_last(latin, 3..9, COMMAS), 3, "no mark: the range's start");
    }
    use crate::text::normalize::normalize;
    use crate::text::segment::split_sentences;

    /// Every set, with its name, for the tests over all of them.
    const SETS: &[(&str, &[char])] = &[
        ("LATIN_CLAUSE_MARKS", LATIN_CLAUSE_MARKS),
        ("EVERY_CLAUSE_MARK", EVERY_CLAUSE_MARK),
        ("CLAUSE_BREAKS_OF_EITHER_SCRIPT", CLAUSE_BREAKS_OF_EITHER_SCRIPT),
        ("BREAKS_WITHIN_A_SENTENCE", BREAKS_WITHIN_A_SENTENCE),
        ("COMMAS_AND_SEMICOLONS", COMMAS_AND_SEMICOLONS),
        ("COMMAS", COMMAS),
        ("BREAKS_STRONGER_THAN_A_COMMA", BREAKS_STRONGER_THAN_A_COMMA),
    ];

    /// The sets are read on normalised text, so they may rely only on marks it keeps: no
    /// quotation mark nor dash survives normalisation, every mark of every set does.
    #[test]
    fn every_set_holds_only_marks_the_normal_form_keeps() {
        let quoted = "a écrit « Je viens », dit-il — “ici” – \"là\" „so‟ ＂x＂ (1) : a; b. c, d، e؛ f";
        let norm = normalize(quoted).text;
        for gone in ['«', '»', '“', '”', '"', '„', '‟', '＂', '—', '–'] {
            assert!(!norm.contains(gone), "{gone} is kept in {norm}");
        }
        for (name, set) in SETS {
            for &kept in *set {
                assert!(norm.contains(kept), "{kept} of {name} is dropped from {norm}");
            }
        }
    }

    /// No set lists a mark twice, and no two sets are the same set (one purpose, one name).
    #[test]
    fn sets_are_distinct() {
        let sorted = |set: &[char]| {
            let mut s = set.to_vec();
            s.sort_unstable();
            s
        };
        for (i, (name, set)) in SETS.iter().enumerate() {
            let mut s = sorted(set);
            s.dedup();
            assert_eq!(s.len(), set.len(), "{name} lists a mark twice");
            for (other, other_set) in &SETS[i + 1..] {
                assert_ne!(sorted(set), sorted(other_set), "{name} and {other} are one set");
            }
        }
    }

    /// How the sets nest, as their documents say: the wider reading holds the narrower's marks.
    #[test]
    fn sets_nest() {
        let within = |inner: &[char], outer: &[char]| inner.iter().all(|c| outer.contains(c));
        assert!(within(LATIN_CLAUSE_MARKS, EVERY_CLAUSE_MARK));
        assert!(within(CLAUSE_BREAKS_OF_EITHER_SCRIPT, EVERY_CLAUSE_MARK));
        assert!(within(BREAKS_WITHIN_A_SENTENCE, CLAUSE_BREAKS_OF_EITHER_SCRIPT));
        assert!(within(COMMAS_AND_SEMICOLONS, BREAKS_WITHIN_A_SENTENCE));
        assert!(within(COMMAS, COMMAS_AND_SEMICOLONS));
        assert!(within(BREAKS_STRONGER_THAN_A_COMMA, CLAUSE_BREAKS_OF_EITHER_SCRIPT));
        assert!(!BREAKS_STRONGER_THAN_A_COMMA.iter().any(|c| COMMAS.contains(c)));
        assert_eq!(EVERY_CLAUSE_MARK.iter().filter(|c| !LATIN_CLAUSE_MARKS.contains(c)).collect::<String>(), "،؛");
    }

    /// The segmenter (which cuts clauses on bytes, for speed) cuts them at exactly the marks of
    /// [`COMMAS_AND_SEMICOLONS`], the set the readings of a clause's end rely on.
    #[test]
    fn the_segmenter_cuts_clauses_at_commas_and_semicolons() {
        for mark in [',', '،', ';', '؛', ':', '(', ')', '-', '/'] {
            let sentence = format!("one{mark} two");
            let clauses = split_sentences(&sentence)[0].clauses.len();
            assert_eq!(clauses == 2, COMMAS_AND_SEMICOLONS.contains(&mark), "{sentence}: {clauses} clauses");
        }
    }
}
