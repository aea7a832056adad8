//! The language lexicons compiled into the binary (`include_str!`), or read from a directory
//! given on the command line, each parsed by its own stage.
//!
//! Language knowledge lives in CSV files a journalist can edit in a spreadsheet. They are
//! compiled in so that `tarikh` works from any folder, and a directory given on the command line
//! replaces them. Errors name the file and the line ([`crate::table`]), and a bad file stops the
//! run before any output is written.

use std::path::Path;

use crate::dates::DateLexicon;
use crate::events::{Topics, TriggerRules};
use crate::gazetteer::candidates::NameContext;
use crate::gazetteer::combining::CombiningForms;
use crate::table::load_text;
use crate::text::clean::Boilerplate;
use crate::text::lang::LanguageWords;
use crate::timeline::title::InstrumentNouns;

/// The language lexicons: everything but the gazetteers of named entities.
#[derive(Debug, Clone)]
pub struct Lexicons {
    /// Page boilerplate rules.
    pub boilerplate: Boilerplate,
    /// Titles and stop words for reporting unknown people.
    pub name_context: NameContext,
    /// Event trigger rules.
    pub triggers: TriggerRules,
    /// Topics of cooperation.
    pub topics: Topics,
    /// Month names, weekday names and date words.
    pub dates: DateLexicon,
    /// The words that tell English from French.
    pub languages: LanguageWords,
    /// The first halves of compound demonyms ("US-Israeli", "israélo-marocaine").
    pub combining: CombiningForms,
    /// The nouns of signed instruments by number, which make a title say "an agreement" or
    /// "agreements".
    pub instruments: InstrumentNouns,
}

impl Lexicons {
    /// The lexicons compiled into the binary.
    pub fn builtin() -> Lexicons {
        Lexicons::load(None).expect("built-in lexicons are valid (tested)")
    }

    /// Load the lexicons from `dir`, or the built-in ones.
    pub fn load(dir: Option<&Path>) -> Result<Lexicons, String> {
        let (text, source) = load_text(dir, "boilerplate.csv", include_str!("../lexicons/boilerplate.csv"))?;
        let boilerplate = Boilerplate::parse(&text, &source)?;
        let (text, source) = load_text(dir, "name_context.csv", include_str!("../lexicons/name_context.csv"))?;
        let name_context = NameContext::parse(&text, &source)?;
        let triggers = [
            load_text(dir, "triggers.csv", include_str!("../lexicons/triggers.csv"))?,
            load_text(dir, "triggers_en.csv", include_str!("../lexicons/triggers_en.csv"))?,
            load_text(dir, "triggers_fr.csv", include_str!("../lexicons/triggers_fr.csv"))?,
        ];
        let triggers = TriggerRules::parse_files(&triggers.each_ref().map(|(text, source)| (text.as_str(), source.as_str())))?;
        let (text, source) = load_text(dir, "topics.csv", include_str!("../lexicons/topics.csv"))?;
        let topics = Topics::parse(&text, &source)?;
        let mut dates = load_dates(dir)?;
        // One list of the words that put something off, in the trigger files: the date stage
        // reads them too ("postponed the visit to March" is the coming March).
        dates.add_put_off_words(triggers.words.put_off.iter().map(String::as_str))?;
        let (text, source) = load_text(dir, "languages.csv", include_str!("../lexicons/languages.csv"))?;
        let languages = LanguageWords::parse(&text, &source)?;
        let (text, source) = load_text(dir, "combining_forms.csv", include_str!("../lexicons/combining_forms.csv"))?;
        let combining = CombiningForms::parse(&text, &source)?;
        let (text, source) = load_text(dir, "instruments.csv", include_str!("../lexicons/instruments.csv"))?;
        let instruments = InstrumentNouns::parse(&text, &source)?;
        Ok(Lexicons { boilerplate, name_context, triggers, topics, dates, languages, combining, instruments })
    }
}

/// The date lexicon files of each language: months, weekdays, date words (the Arabic files
/// keep their historical names; English and French ones carry a `_en` / `_fr` suffix).
const DATE_FILES: [[(&str, &str); 3]; 3] = {
    use crate::dates::lexicon::{BUILTIN_DATE_WORDS, BUILTIN_MONTHS, BUILTIN_WEEKDAYS};
    [
        [("months.csv", BUILTIN_MONTHS), ("weekdays.csv", BUILTIN_WEEKDAYS), ("date_words.csv", BUILTIN_DATE_WORDS)],
        [
            ("months_en.csv", include_str!("../lexicons/months_en.csv")),
            ("weekdays_en.csv", include_str!("../lexicons/weekdays_en.csv")),
            ("date_words_en.csv", include_str!("../lexicons/date_words_en.csv")),
        ],
        [
            ("months_fr.csv", include_str!("../lexicons/months_fr.csv")),
            ("weekdays_fr.csv", include_str!("../lexicons/weekdays_fr.csv")),
            ("date_words_fr.csv", include_str!("../lexicons/date_words_fr.csv")),
        ],
    ]
};

/// The date lexicon of every language, from `dir` or the built-in files.
fn load_dates(dir: Option<&Path>) -> Result<DateLexicon, String> {
    let mut texts: Vec<[(String, String); 3]> = Vec::new();
    for files in DATE_FILES {
        let [a, b, c] = files.map(|(name, builtin)| load_text(dir, name, builtin));
        texts.push([a?, b?, c?]);
    }
    let sets: Vec<[(&str, &str); 3]> = texts.iter().map(|set| set.each_ref().map(|(text, source)| (text.as_str(), source.as_str()))).collect();
    DateLexicon::parse_sets(&sets)
}

/// A document needs only the boilerplate rules and the language words of the lexicons.
impl AsRef<Boilerplate> for Lexicons {
    fn as_ref(&self) -> &Boilerplate {
        &self.boilerplate
    }
}

impl AsRef<LanguageWords> for Lexicons {
    fn as_ref(&self) -> &LanguageWords {
        &self.languages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_load() {
        Lexicons::load(None).unwrap();
    }

    /// Ids are unique across the date files of every language (debug output names rows by id).
    #[test]
    fn date_ids_are_unique_across_languages() {
        let lex = Lexicons::builtin();
        let mut seen = std::collections::HashMap::new();
        for e in lex.dates.entries() {
            assert!(seen.insert(e.id.as_str(), ()).is_none(), "duplicate date lexicon id {:?}", e.id);
        }
    }

    /// One list of the words that put something off: every form of the trigger files'
    /// postponement rows is a `put_off` word of the date lexicon, and no date file lists its
    /// own (a `put_off` row there is refused).
    #[test]
    fn put_off_words_are_the_postponement_forms() {
        use crate::dates::lexicon::Word;
        let lex = Lexicons::builtin();
        let put_off: std::collections::BTreeSet<&str> = lex.dates.entries().iter().filter(|e| e.word == Word::PutOff).map(|e| e.id.as_str()).collect();
        let forms: std::collections::BTreeSet<String> = lex.triggers.words.put_off.iter().map(|f| format!("put-off:{f}")).collect();
        assert_eq!(put_off, forms.iter().map(String::as_str).collect(), "the date lexicon's put_off words are the postponement forms");
        // The lists hold normalised forms (hamza seats and ta marbuta folded, Latin lowercased).
        for form in ["أرجئت", "تأجيل", "postponed", "was postponed", "reportée", "a reporté"] {
            let form = crate::text::normalize::normalize_str(form);
            assert!(lex.triggers.words.put_off.contains(&form), "{form} is a postponement form");
        }
        let err = DateLexicon::parse(("id,month,system,name\n", "m.csv"), ("id,weekday,name\n", "w.csv"), ("id,kind,word,value\nx,put_off,postponed,\n", "d.csv")).unwrap_err();
        assert!(err.contains("postponement rows of the trigger files"), "{err}");
    }

    /// The English and French words are found beside the Arabic ones.
    #[test]
    fn latin_date_words_are_loaded() {
        use crate::dates::lexicon::Word;
        let lex = Lexicons::builtin();
        for (word, want) in [
            ("december", Word::Month { month: 12, hijri: false, ambiguous: false }),
            ("aout", Word::Month { month: 8, hijri: false, ambiguous: false }),
            ("août", Word::Month { month: 8, hijri: false, ambiguous: false }),
            ("may", Word::Month { month: 5, hijri: false, ambiguous: true }),
            ("jeudi", Word::Weekday(chrono::Weekday::Thu)),
            ("tuesday", Word::Weekday(chrono::Weekday::Tue)),
            ("hier", Word::RelDay(-1)),
            ("yesterday", Word::RelDay(-1)),
        ] {
            assert!(lex.dates.lookup(word).any(|e| e.word == want), "{word}: {want:?}");
        }
    }
}
