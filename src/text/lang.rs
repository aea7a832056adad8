//! The language of a text: Arabic, English or French, from its letters and its words.
//!
//! Arabic is told by its script: a text (or a sentence) most of whose letters are Arabic is
//! Arabic, so that an Arabic tweet quoted in an English article is read as Arabic. Between the
//! Latin-script languages the short function words decide (`lexicons/languages.csv`): "the",
//! "of", "and" are English, "le", "des", "et" French. The rule needs no model and is stable on a
//! headline-sized text; a text with no letters at all is taken as Arabic, the default corpus.

use std::collections::HashMap;
use std::fmt;

use crate::table::read_rows;

/// A language tarikh reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic (every regional month system and colloquial forms).
    Ar,
    /// English.
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order of their codes.
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Fr];

    /// The ISO 639-1 code: `ar`, `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language of an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The function words of the Latin-script languages (`lexicons/languages.csv`).
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    /// Word → the languages it marks, in file order (looked up for every word of a Latin-script
    /// article: hashed with the crate's Fx hash, not SipHash).
    words: HashMap<String, Vec<Lang>, crate::hash::FxBuild>,
    /// The Latin-script languages in file order (the order breaks ties).
    order: Vec<Lang>,
}

impl LanguageWords {
    /// Parse `languages.csv` (`lang,words,note`).
    pub fn parse(text: &str, source: &str) -> Result<LanguageWords, String> {
        let mut out = LanguageWords::default();
        for row in read_rows(text, source, &["lang", "words"])? {
            let lang = Lang::from_code(row.get("lang")).ok_or_else(|| row.error(format!("unknown language `{}` (ar, en, fr)", row.get("lang"))))?;
            if lang == Lang::Ar {
                return Err(row.error("Arabic is told by its script, not by words"));
            }
            if out.order.contains(&lang) {
                return Err(row.error(format!("language `{lang}` listed twice")));
            }
            out.order.push(lang);
            for w in row.list("words") {
                let langs = out.words.entry(w.to_lowercase()).or_default();
                if !langs.contains(&lang) {
                    langs.push(lang);
                }
            }
        }
        Ok(out)
    }

    /// The language of `text` (see the module documentation).
    pub fn detect(&self, text: &str) -> Lang {
        let (arabic, latin) = script_letters(text);
        if arabic >= latin || self.order.is_empty() {
            return Lang::Ar;
        }
        let mut counts = vec![0usize; self.order.len()];
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()) {
            let word = word.to_lowercase();
            // "l'accord", "d'Israël": the elided article counts as its full word.
            let word = word.split('\'').next().unwrap_or("");
            let word = match word {
                "l" => "le",
                "d" => "de",
                "qu" => "que",
                w => w,
            };
            for lang in self.words.get(word).into_iter().flatten() {
                if let Some(i) = self.order.iter().position(|l| l == lang) {
                    counts[i] += 1;
                }
            }
        }
        let best = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i))).map_or(0, |(i, _)| i);
        self.order[best]
    }
}

/// How many Arabic letters ([`is_arabic_letter`]) and Latin letters (ASCII letters, À–ÿ, œ, Œ)
/// `text` holds, counted on its bytes without decoding it: a letter of U+0600–U+06FF or a Latin
/// letter outside ASCII is told by its two bytes, and each pair of neighbouring bytes is tested
/// without a branch, in runs short enough to count in bytes, so that the compiler vectorises
/// the count (it reads the whole article; decoding it character by character cost as much as
/// the sentence splitter). Presentation forms (three bytes from EF) are rare and decoded.
fn script_letters(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut arabic, mut latin) = (0usize, 0usize);
    if let Some(&last) = b.last() {
        latin += usize::from(last.is_ascii_alphabetic());
    }
    let pairs = b.len().saturating_sub(1);
    for start in (0..pairs).step_by(255) {
        let end = (start + 255).min(pairs);
        let (leads, nexts) = (&b[start..end], &b[start + 1..end + 1]);
        let (mut a, mut l) = (0u8, 0u8);
        for (&x, &n) in leads.iter().zip(nexts) {
            // U+0620–U+063F, U+0641–U+064A, U+066E–U+06D3 (D8 A0.., D9 81..8A, D9 AE.., DA, DB ..93).
            let letter = (x == 0xD8) & (n >= 0xA0) | (x == 0xD9) & ((n.wrapping_sub(0x81) <= 9) | (n >= 0xAE)) | (x == 0xDA) | (x == 0xDB) & (n <= 0x93);
            // À–ÿ (C3 ..), Œ œ (C5 92, C5 93), and the ASCII letters (counted at their byte).
            let latin_letter = (x == 0xC3) | (x == 0xC5) & (n.wrapping_sub(0x92) <= 1) | ((x | 0x20).wrapping_sub(b'a') < 26);
            a += u8::from(letter);
            l += u8::from(latin_letter);
        }
        arabic += usize::from(a);
        latin += usize::from(l);
    }
    for at in memchr::memchr_iter(0xEF, b) {
        arabic += usize::from(text[at..].chars().next().is_some_and(is_arabic_letter));
    }
    (arabic, latin)
}

/// The language of a short text (an evidence sentence) by the built-in function words of
/// `lexicons/languages.csv`: what the HTML views use to set each quote's direction and `lang`.
pub fn detect_builtin(text: &str) -> Lang {
    static WORDS: std::sync::OnceLock<LanguageWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| LanguageWords::parse(include_str!("../../lexicons/languages.csv"), "languages.csv").unwrap_or_default()).detect(text)
}

/// The HTML attributes of a quote in `text`'s language: `dir="rtl" lang="ar"`, `dir="ltr"
/// lang="en"`, `dir="ltr" lang="fr"`.
pub fn html_dir_lang(text: &str) -> String {
    // The first letter decides the script, as a browser's dir="auto" does: an Arabic sentence
    // quoting a Latin name (or markup) stays Arabic.
    let lang = match text.chars().find(|c| c.is_alphabetic()) {
        Some(c) if is_arabic_letter(c) => Lang::Ar,
        _ => detect_builtin(text),
    };
    format!(r#"dir="{}" lang="{lang}""#, if lang.is_rtl() { "rtl" } else { "ltr" })
}

/// How many articles of each language, for a summary line: "ar 40, en 6, fr 6" (languages
/// with none left out; "no articles" when empty).
pub fn tally(langs: impl IntoIterator<Item = Lang>) -> String {
    let mut counts = [0usize; Lang::ALL.len()];
    for l in langs {
        counts[Lang::ALL.iter().position(|x| *x == l).unwrap_or(0)] += 1;
    }
    let parts: Vec<String> = Lang::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).map(|(l, n)| format!("{l} {n}")).collect();
    if parts.is_empty() { "no articles".to_string() } else { parts.join(", ") }
}

/// `text` with the accents of Latin letters taken off ("Yaïr" → "Yair", "israélien" →
/// "israelien"), or `None` when it has none. Writers and pages drop accents (and typists add
/// them), so a gazetteer spelling with accents is also looked for without them. Other scripts
/// are left alone.
pub fn strip_latin_accents(text: &str) -> Option<String> {
    strip_latin_accents_mapped(text).map(|(out, _)| out)
}

/// [`strip_latin_accents`] with the way back: for each byte of the result, the byte of `text`
/// where the character it came from starts, and one more entry, `text.len()`, for the end.
/// The gazetteer matches Latin names on this form of a sentence ("Saâdeddine" is the listed
/// "Saadeddine") and quotes the original through the map.
pub fn strip_latin_accents_mapped(text: &str) -> Option<(String, Vec<usize>)> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    // À–ɏ (U+00C0–U+024F) is the two-byte characters led by C3–C8, and by C9 before 80–8F: a
    // sentence without those lead bytes (every Arabic one) is passed over on its bytes.
    if !has_latin_accent_lead(text.as_bytes()) || !text.chars().any(|c| matches!(c, 'À'..='ɏ')) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        match c {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            'À'..='ɏ' => out.extend(std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d))),
            _ => out.push(c),
        }
        origin.resize(out.len(), at);
    }
    origin.push(text.len());
    (out != text).then_some((out, origin))
}

/// Whether `bytes` holds one of the lead bytes C3–C9: sixteen bytes at a time, with no branch
/// inside a block, so that the compiler tests a block in one go (every sentence of every article
/// is asked this, and a byte-by-byte search was 1 % of an extraction).
fn has_latin_accent_lead(bytes: &[u8]) -> bool {
    let is_lead = |b: &u8| b.wrapping_sub(0xC3) < 7;
    let mut blocks = bytes.chunks_exact(16);
    blocks.by_ref().any(|block| block.iter().fold(false, |seen, b| seen | is_lead(b))) || blocks.remainder().iter().any(is_lead)
}

/// An Arabic letter (tatweel, digits and marks are not letters).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') && c != '\u{0640}'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block test finds a lead byte C3–C9 wherever it stands, as a byte-by-byte search does.
    #[test]
    fn latin_accent_leads_are_found_in_any_block() {
        for len in [0, 1, 15, 16, 17, 33, 40] {
            for at in 0..len {
                for lead in [0xC2u8, 0xC3, 0xC9, 0xCA, 0xD8] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = lead;
                    assert_eq!(has_latin_accent_lead(&bytes), (0xC3..=0xC9).contains(&lead), "{len} {at} {lead:X}");
                }
            }
            assert!(!has_latin_accent_lead(&vec![0xD9; len]));
        }
    }

    fn words() -> LanguageWords {
        LanguageWords::parse(include_str!("../../lexicons/languages.csv"), "languages.csv").unwrap()
    }

    /// (name, text, language): headlines and sentences in our own words.
    const CASES: &[(&str, &str, Lang)] = &[
        ("arabic-news", "وقع وزيرا الدفاع المغربي والإسرائيلي مذكرة تفاهم في الرباط.", Lang::Ar),
        ("arabic-with-latin-name", "قال موقع Times of Israel إن الوزير سيزور المغرب الأسبوع المقبل.", Lang::Ar),
        ("english-news", "Israel and Morocco signed a defence agreement in Rabat on Wednesday.", Lang::En),
        ("english-quoting-arabic-name", "The minister met Nasser Bourita (ناصر بوريطة) at the ministry.", Lang::En),
        ("french-news", "Le ministre israélien de la Défense est arrivé mardi à Rabat pour une visite de deux jours.", Lang::Fr),
        ("french-elisions", "L'accord d'Israël avec le Maroc a été signé lors de la visite.", Lang::Fr),
        ("french-no-accents", "Les deux pays ont signe un accord de cooperation dans le domaine de la cybersecurite", Lang::Fr),
        ("english-headline", "Morocco, Israel to open embassies within months", Lang::En),
        ("empty", "", Lang::Ar),
        ("digits-only", "2021-07-25 10:06", Lang::Ar),
    ];

    #[test]
    fn languages_are_told_apart() {
        let w = words();
        for &(name, text, want) in CASES {
            assert_eq!(w.detect(text), want, "{name}: {text}");
        }
    }

    #[test]
    fn case_names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = LanguageWords::parse("lang,words\nde,der|die\n", "l.csv").unwrap_err();
        assert_eq!(err, "l.csv:2: unknown language `de` (ar, en, fr)");
        let err = LanguageWords::parse("lang,words\nen,the\nen,of\n", "l.csv").unwrap_err();
        assert_eq!(err, "l.csv:3: language `en` listed twice");
    }

    /// The byte count of letters is the count over characters, on every character and on
    /// mixed text.
    #[test]
    fn letters_are_counted_as_characters_say() {
        let by_chars = |text: &str| {
            let arabic = text.chars().filter(|&c| is_arabic_letter(c)).count();
            let latin = text.chars().filter(|&c| !is_arabic_letter(c) && (c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ' | 'œ' | 'Œ'))).count();
            (arabic, latin)
        };
        let every: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        assert_eq!(script_letters(&every), by_chars(&every));
        let long = "وقع الوزيران «اتفاقا» في الرباط، ﻻ ﷲ ؟ ـ ٣ Le ministre israélien a signé l'œuvre — Œ ×÷ 2021 ".repeat(40);
        for text in ["وقع الوزيران «اتفاقا» في الرباط ﻻ ﷲ", "Le ministre israélien a signé l'œuvre — Œ ×÷ 2021", "", "a", "ب", "\u{10FFFF}a", long.as_str()] {
            assert_eq!(script_letters(text), by_chars(text), "{text}");
        }
    }

    #[test]
    fn latin_accents_come_off() {
        for (text, want) in [
            ("yaïr lapid", Some("yair lapid")),
            ("ministre israélien de la défense", Some("ministre israelien de la defense")),
            ("saâdeddine", Some("saadeddine")),
            ("sœur", Some("soeur")),
            ("nasser bourita", None),
            ("الرباط", None),
        ] {
            assert_eq!(strip_latin_accents(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn stripped_accents_map_back_to_their_letters() {
        let text = "M. Saâdeddine et Benchaâboun œuvrent";
        let (out, origin) = strip_latin_accents_mapped(text).unwrap();
        assert_eq!(out, "M. Saadeddine et Benchaaboun oeuvrent");
        assert_eq!(origin.len(), out.len() + 1);
        let at = out.find("Benchaaboun").unwrap();
        let end = at + "Benchaaboun".len();
        assert_eq!(&text[origin[at]..origin[end]], "Benchaâboun");
        let oe = out.find("oeuvrent").unwrap();
        assert_eq!(&text[origin[oe]..origin[oe + "oeuvrent".len()]], "œuvrent");
    }

    #[test]
    fn quotes_get_their_direction() {
        assert_eq!(html_dir_lang("وقع الوزيران اتفاقا في الرباط"), r#"dir="rtl" lang="ar""#);
        assert_eq!(html_dir_lang("The two ministers signed the deal in Rabat."), r#"dir="ltr" lang="en""#);
        assert_eq!(html_dir_lang("Les deux ministres ont signé l'accord à Rabat."), r#"dir="ltr" lang="fr""#);
    }

    #[test]
    fn tally_counts_each_language() {
        assert_eq!(tally([Lang::En, Lang::Ar, Lang::En]), "ar 1, en 2");
        assert_eq!(tally([]), "no articles");
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("he"), None);
    }
}
