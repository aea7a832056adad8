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
use crate::table::load_text;
use crate::text::clean::Boilerplate;
use crate::text::lang::LanguageWords;

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
        let (text, source) = load_text(dir, "triggers.csv", include_str!("../lexicons/triggers.csv"))?;
        let triggers = TriggerRules::parse(&text, &source)?;
        let (text, source) = load_text(dir, "topics.csv", include_str!("../lexicons/topics.csv"))?;
        let topics = Topics::parse(&text, &source)?;
        use crate::dates::lexicon::{BUILTIN_DATE_WORDS, BUILTIN_MONTHS, BUILTIN_WEEKDAYS};
        let months = load_text(dir, "months.csv", BUILTIN_MONTHS)?;
        let weekdays = load_text(dir, "weekdays.csv", BUILTIN_WEEKDAYS)?;
        let words = load_text(dir, "date_words.csv", BUILTIN_DATE_WORDS)?;
        let dates = DateLexicon::parse((&months.0, &months.1), (&weekdays.0, &weekdays.1), (&words.0, &words.1))?;
        let (text, source) = load_text(dir, "languages.csv", include_str!("../lexicons/languages.csv"))?;
        let languages = LanguageWords::parse(&text, &source)?;
        Ok(Lexicons { boilerplate, name_context, triggers, topics, dates, languages })
    }
}

/// A document needs only the boilerplate rules of the lexicons.
impl AsRef<Boilerplate> for Lexicons {
    fn as_ref(&self) -> &Boilerplate {
        &self.boilerplate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_load() {
        Lexicons::load(None).unwrap();
    }
}
