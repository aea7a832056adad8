//! How many instruments a signing's sentences name (`lexicons/instruments.csv`): a title says
//! "agreements" only when they name several.

use crate::events::EventType;
use crate::merge::Event;

/// How many subjects `m` names, "diplomacy" aside (it goes without saying).
pub(super) fn subjects(m: &crate::merge::Mention) -> usize {
    m.topics().iter().filter(|t| &***t != "diplomacy").count()
}

/// Whether the title of `e` may say "agreements" for its subjects: a signing one of whose
/// sources names two subjects or more (see [`super::TitleFacts::several`]). Its sentences then say
/// how many instruments were signed ([`Instruments::named_in`]).
pub fn counts_instruments(e: &Event) -> bool {
    e.event_type == EventType::Agreement && e.mentions.iter().any(|m| subjects(m) >= 2)
}

/// How many instruments the sentences telling a signing name, by the number of their nouns
/// (`lexicons/instruments.csv`: "agreement", "مذكرة" against "agreements", "اتفاقيات",
/// "اتفاقيتين"): several when one sentence names them in the plural (or the dual), one when
/// they name them only in the singular, untold when they name none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Instruments {
    /// No instrument noun.
    Untold,
    /// Singular nouns only.
    One,
    /// A plural or dual noun.
    Several,
}

impl Instruments {
    /// What `sentences` (as written) name, by the nouns of `nouns`.
    pub fn named_in<'a>(sentences: impl IntoIterator<Item = &'a str>, nouns: &InstrumentNouns) -> Instruments {
        let nouns = &nouns.by_form;
        let mut told = Instruments::Untold;
        for sentence in sentences {
            for word in sentence.split(|c: char| !crate::text::normalize::is_alphanumeric(c)).filter(|w| !w.is_empty()) {
                // Arabic has no case, and most words of a Latin sentence are lower case: a word
                // is lowered only when it has a capital (the profile showed lowering whole
                // sentences, and the Unicode tables asked of Arabic letters, in every title).
                let has_capital = |c: char| c.is_ascii_uppercase() || (!c.is_ascii() && !ARABIC_BLOCK.contains(&c) && c.is_uppercase());
                let lowered = word.chars().any(has_capital).then(|| word.to_lowercase());
                let word = lowered.as_deref().unwrap_or(word);
                // "والاتفاقيات", "بمذكرة": a conjunction and a preposition glued before.
                let bare = word.strip_prefix('و').unwrap_or(word);
                let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
                for form in [word, bare] {
                    match nouns.get(form) {
                        Some(Instruments::Several) => return Instruments::Several,
                        Some(Instruments::One) => told = Instruments::One,
                        _ => {}
                    }
                }
            }
        }
        told
    }
}

/// The Arabic block of Unicode: letters without case.
const ARABIC_BLOCK: std::ops::RangeInclusive<char> = '\u{0600}'..='\u{06FF}';

/// The instrument nouns of `lexicons/instruments.csv` (`number,forms`: `one` or `several`, and
/// the forms `|`-separated), by form, lower case. Hashed with [`crate::hash::Fx`]: every word
/// of every sentence of a signing is looked up.
#[derive(Debug, Clone, Default)]
pub struct InstrumentNouns {
    by_form: crate::hash::FxHashMap<String, Instruments>,
}

impl InstrumentNouns {
    /// Parse `instruments.csv`; `source` names the file in errors.
    pub fn parse(text: &str, source: &str) -> Result<InstrumentNouns, String> {
        let mut by_form = crate::hash::FxHashMap::default();
        for row in crate::table::read_rows(text, source, &["number", "forms"])? {
            let number = match row.get("number") {
                "one" => Instruments::One,
                "several" => Instruments::Several,
                other => return Err(row.error(format_args!("number `{other}` is neither `one` nor `several`"))),
            };
            for form in row.list("forms") {
                by_form.insert(form.to_lowercase(), number);
            }
        }
        Ok(InstrumentNouns { by_form })
    }
}
