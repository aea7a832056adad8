//! Loading gazetteers: CSV rows a journalist edits in a spreadsheet become validated entries.
//!
//! Four files: `people.csv`, `organisations.csv`, `places.csv` and `roles.csv` (titles such as
//! "وزير الخارجية" that name an office, used to resolve "the Israeli foreign minister" to the
//! person holding it on a date). A malformed row stops the run with `file:line: reason` before
//! any output is written.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::text::lexmatch::WordList;
use crate::table::{Row, load_text, read_rows};
use crate::text::normalize::normalize_str;
use crate::idset::Id;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: ministry, army, agency, company, media…
    Organisation,
    /// A place: country, city, region, site.
    Place,
}

impl EntityKind {
    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }
}

/// An office held by a person for a period: `foreign_minister@IL:2021-06-13..2022-12-29`,
/// or, for an envoy, with the country of the posting after `>`:
/// `liaison_office_head@IL>MA:2021-01-26..2022-09-15` (Israel's envoy, posted in Morocco).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleSpell {
    /// Role id from `roles.csv`.
    pub role: String,
    /// Country code the office belongs to.
    pub country: Id,
    /// Country code of the posting, for an office held abroad (an ambassador, the head of a
    /// liaison office), when the row gives it.
    pub posted_in: Option<Id>,
    /// First day in office, when known.
    pub from: Option<NaiveDate>,
    /// Last day in office; `None` while still in office.
    pub to: Option<NaiveDate>,
}

impl RoleSpell {
    /// Whether the spell covers `date` (an unknown bound covers everything on its side).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Stable id, unique within its file.
    pub id: Id,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Canonical English name (the English Wikipedia title).
    pub name: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// Spellings that name the entity anywhere (normalised).
    pub aliases: Vec<String>,
    /// Names that stand for it only where the context points to its country (normalised).
    pub generic_aliases: Vec<String>,
    /// Surname forms that may stand alone (people; normalised).
    pub surnames: Vec<String>,
    /// Country code (for a country, its own).
    pub country: Id,
    /// `country`, `city`, `region`, `site` for places; the organisation kind for organisations.
    pub subkind: String,
    /// Offices held (people).
    pub roles: Vec<RoleSpell>,
    /// Spellings derived from `aliases` when the gazetteers load (see [`super::variants`]);
    /// they name the entity like an alias.
    pub variants: Vec<String>,
    /// Spellings derived from `surnames`; they stand alone like a surname.
    pub surname_variants: Vec<String>,
    /// Places: the id of the city a site is in (the optional column `parent` of `places.csv`:
    /// Ben Gurion Airport is Tel Aviv's, the Mausoleum of Mohammed V Rabat's), empty when none.
    /// The merge holds a site and its city for one place ([`crate::merge::Capitals`]), and a
    /// title may name the city for the site.
    pub parent: Id,
}

impl Entity {
    /// Whether this entity is a country (its mentions name the country itself).
    pub fn is_country(&self) -> bool {
        self.kind == EntityKind::Place && self.subkind == "country"
    }

    /// Whether this entity is an airline (an organisation of kind `airline` in organisations.csv):
    /// what "the company" of a flight may stand for, and a flight of a named airline is that
    /// airline's service.
    pub fn is_airline(&self) -> bool {
        self.kind == EntityKind::Organisation && self.subkind == "airline"
    }

    /// Whether this entity is an office a country opens abroad: a government body whose English
    /// name calls it an embassy, a consulate, a mission or a liaison office ("Office" alone
    /// names agencies and a prime minister's office at home, which are not opened abroad).
    pub fn is_office_abroad(&self) -> bool {
        let words: Vec<&str> = self.name.split([' ', '(', ')']).collect();
        self.kind == EntityKind::Organisation
            && self.subkind == "government"
            && (words.iter().any(|w| matches!(*w, "Embassy" | "Consulate" | "Consulate-General" | "Mission")) || words.windows(2).any(|w| w == ["Liaison", "Office"]))
    }

    /// Whether this person holds one of `roles` on `day`, or at any time when the day is not
    /// known: an ambassador of 2013-2021 named in a story of 2022 is no longer posted abroad.
    pub fn holds_on(&self, roles: &[&str], day: Option<NaiveDate>) -> bool {
        self.roles.iter().any(|s| roles.contains(&s.role.as_str()) && day.is_none_or(|d| s.covers(d)))
    }

    /// Whether this person holds one of `roles` on `day` (as [`Entity::holds_on`]) posted in
    /// `country`: Israel's head of the liaison office lives in Morocco, Israel's ambassador to
    /// Washington does not. A spell whose row gives no posting counts as posted anywhere.
    pub fn posted_in_on(&self, roles: &[&str], country: &str, day: Option<NaiveDate>) -> bool {
        self.roles
            .iter()
            .any(|s| roles.contains(&s.role.as_str()) && day.is_none_or(|d| s.covers(d)) && s.posted_in.as_deref().is_none_or(|p| p == country))
    }
}

/// A title naming an office (`roles.csv`).
#[derive(Debug, Clone)]
pub struct RoleTitle {
    /// Role id.
    pub id: String,
    /// Readable English name.
    pub name: String,
    /// Title phrases (normalised).
    pub aliases: Vec<String>,
    /// Titles of two or more holders at once (normalised): the Arabic dual ("وزيرا
    /// الخارجية", "رئيسا حكومتي") and the plural ("foreign ministers", "les chefs de la
    /// diplomatie"). Such a title names the holders of the countries it is qualified by
    /// ("البلدين", "of the two countries", "des deux pays", a list of countries), and no one
    /// otherwise; the optional column `plural` of `roles.csv`.
    pub plural: Vec<String>,
    /// For a title that names no office of its own ("the Israeli minister", "الضيف
    /// الإسرائيلي", "la ministre israélienne"), the offices it may stand for: role ids, a
    /// pattern with one `*` (`*_minister`; `*` alone is anyone of the country, in office or
    /// not), or `!` and a role id to leave one out (`!prime_minister`). Such a title is the
    /// person the page named before it holding one of them (see
    /// `events::resolve::page_holder`). Empty for a title of one office: the optional column
    /// `any_of` of `roles.csv`.
    pub any_of: Vec<String>,
    /// The body of state the office belongs to, when a visitor's hosts of it receive him
    /// together (`defence`: the defence minister and the army's chiefs meet a visiting chief
    /// of staff as one establishment); the optional column `body` of `roles.csv`. Empty for
    /// the others: ministers of different portfolios are met one by one, each in his ministry.
    pub body: String,
    /// Short forms of the title that name the office only right after a nationality
    /// ("Israeli FM", "Morocco's PM"): alone, "FM" is a radio band and "pm" a time of day.
    /// The optional column `short` of `roles.csv` (normalised).
    pub short: Vec<String>,
}

impl RoleTitle {
    /// Whether the title names no office of its own but any of several ([`RoleTitle::any_of`]).
    pub fn is_generic(&self) -> bool {
        !self.any_of.is_empty()
    }

    /// Whether office `role` (a role id) is one a generic title may stand for: one of
    /// [`RoleTitle::any_of`] and none of its exclusions.
    pub fn stands_for(&self, role: &str) -> bool {
        let fits = |pattern: &str| match pattern.split_once('*') {
            Some((head, tail)) => role.len() >= head.len() + tail.len() && role.starts_with(head) && role.ends_with(tail),
            None => role == pattern,
        };
        let excluded = self.any_of.iter().filter_map(|p| p.strip_prefix('!')).any(fits);
        !excluded && self.any_of.iter().filter(|p| !p.starts_with('!')).any(|p| fits(p))
    }

    /// Whether a generic title may stand for anyone of its country, with or without an
    /// office ("الضيف الإسرائيلي", the Israeli guest).
    pub fn stands_for_anyone(&self) -> bool {
        self.any_of.has("*")
    }
}

/// Loaded and validated gazetteer entries.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    /// People, organisations and places, in file order.
    pub entities: Vec<Entity>,
    /// Office titles.
    pub roles: Vec<RoleTitle>,
    /// Phrases in which a name is an ordinary word ("مسقط رأسه", his birthplace, holds Muscat),
    /// normalised: found like names and dropped (`ordinary_phrases.txt`).
    pub ordinary_phrases: Vec<String>,
    /// Words beside an office title that say it is not the office's holder of the day ("an
    /// Israeli foreign minister", "وزير الخارجية السابق"; `office_qualifiers.txt`).
    pub office_qualifiers: OfficeQualifiers,
    /// Phrases that tell a generic name as the own country's of the person named before it
    /// ("le bureau de liaison de son pays", "his country's liaison office";
    /// `own_country.txt`).
    pub own_country: OwnCountry,
    /// Words beside people's names that are not their given names (`name_words.txt`).
    pub name_words: NameWords,
    /// Each role id and the countries whose office of it someone holds (see
    /// [`Entries::office_countries`]).
    pub office_countries: OfficeCountries,
}

/// Each role id and the countries whose office of it someone holds, sorted: built once (when
/// the gazetteers load, or on first use for entries made by hand), not per title.
#[derive(Debug, Clone, Default)]
pub struct OfficeCountries(std::sync::OnceLock<HashMap<String, Vec<Id>>>);

/// The words of `office_qualifiers.txt`, normalised: those before a title and those after it
/// (after its nationality, if one follows it).
#[derive(Debug, Clone, Default)]
pub struct OfficeQualifiers {
    /// "a", "an", "un", "une", "former", "ancien": "an Israeli foreign minister", "un ministre
    /// israélien des affaires étrangères", "the former Israeli foreign minister".
    pub before: std::collections::HashSet<String>,
    /// "سابق", "السابق", "former": "وزير الخارجية الإسرائيلي السابق".
    pub after: std::collections::HashSet<String>,
    /// "لدى", "auprès du", "to the": the words that join an office to the office it serves
    /// ("الوزير المنتدب لدى رئيس الحكومة"), whose title is then its complement, no holder.
    pub serving: Vec<String>,
    /// "المنتدب", "délégué", "delegate": the last word of an office's title that such words
    /// may follow when the title is no title of `roles.csv` on its own.
    pub heads: std::collections::HashSet<String>,
    /// "adviser to", "conseiller du", "مستشار", "صهر": the words that describe an aide (or a
    /// kinsman) by the one he serves, whose office title or name right after them is that
    /// principal, named as a description, not a party (`aide` lines), longest first.
    pub aides: Vec<String>,
    /// "adviser", "son-in-law": the words after a name and "'s" that make that name an aide's
    /// principal ("Trump's adviser"; `principal's` lines), longest first.
    pub aides_after_possessive: Vec<String>,
    /// "us": a nationality written as a word that no name of the gazetteer can be, since it is
    /// an ordinary word elsewhere, read as one between aide words and the principal's title
    /// ("adviser to US President …"; `nationality` lines).
    pub nationality_words: std::collections::HashSet<String>,
    /// "of the", "du", "de la", "ل": the words that join a one-word title to the body it heads
    /// ("the president of the confederation", "الرئيس الجديد لمكتب الاتصال"), whose head it
    /// then is, not the holder of the office (`of` lines), longest first. One Arabic letter
    /// is a proclitic glued to the body's name.
    pub body_joins: Vec<String>,
    /// "البعثة", "mission", "délégation": nouns of bodies that no gazetteer names, after which
    /// a one-word title joined by an `of` word is still the body's head ("الرئيس المؤقت للبعثة
    /// الإسرائيلية", "the president of the delegation"; `body` lines).
    pub body_nouns: std::collections::HashSet<String>,
    /// "président": a one-word title that is also a verb form (French « ils président », they
    /// chair), read as the verb after a subject (`verb` lines).
    pub verbs: std::collections::HashSet<String>,
    /// "ils", "elles", "qui": the words right before such a title that make it the verb
    /// (`subject` lines).
    pub subjects: std::collections::HashSet<String>,
    /// "les", "deux", "ces": words that open a plural subject, a plural noun (in s or x) between
    /// them and the title making it the verb: « les deux ministres président » (`plural` lines).
    pub plural_openers: std::collections::HashSet<String>,
}

/// The phrases of `own_country.txt`, normalised: those right after a generic name ("de son
/// pays", "لبلاده") and those right before it ("his country's").
#[derive(Debug, Clone, Default)]
pub struct OwnCountry {
    /// Words after the name.
    pub after: Vec<String>,
    /// Words before the name.
    pub before: Vec<String>,
    /// Words between an office a country opens abroad and the place that is its seat ("في",
    /// "in", "à"; `seat` lines): "مكتب الاتصال في الرباط" is the office of the country that is
    /// not the seat's (see [`Entity::is_office_abroad`]).
    pub seat: Vec<String>,
}

/// The words of `name_words.txt`: those written before a name that are no part of it, and
/// the given names' spellings that are ordinary words too.
#[derive(Debug, Clone, Default)]
pub struct NameWords {
    /// Honorifics, ranks and determiners (`opener` lines: "السيد", "Sheikh", "sa", "le"),
    /// normalised: skipped before the given name of a person's spelling.
    pub openers: std::collections::HashSet<String>,
    /// Given names' spellings that are ordinary words too (`ordinary` lines: «على» normalised
    /// is علي), normalised: no personal name after an office title.
    pub ordinary: std::collections::HashSet<String>,
    /// Surnames that are given names or ordinary words too (`shared` lines: شكري, "my thanks"
    /// and a given name), normalised: alone, such a word names only a person named in full
    /// earlier in the article, never the only gazetteer person bearing it nor one an office
    /// title of the article tells.
    pub shared: std::collections::HashSet<String>,
}

impl Entries {
    /// The people of `person`'s country who list a full name that `person` lists too (Rabat's
    /// mayor and the agriculture minister, both Mohamed Sadiki), in file order, `person`
    /// among them.
    pub fn namesakes(&self, person: usize) -> Vec<usize> {
        let p = &self.entities[person];
        let shares_a_name = |e: &Entity| e.kind == EntityKind::Person && e.country == p.country && e.aliases.iter().any(|a| p.aliases.contains(a));
        self.entities.iter().enumerate().filter(|(_, e)| shares_a_name(e)).map(|(i, _)| i).collect()
    }

    /// The countries whose office `role` (a role id) someone in the gazetteer holds, sorted.
    pub fn office_countries(&self, role: &str) -> &[Id] {
        let table = self.office_countries.0.get_or_init(|| {
            let mut table: HashMap<String, Vec<Id>> = HashMap::new();
            for s in self.entities.iter().flat_map(|e| e.roles.iter()) {
                table.entry(s.role.clone()).or_default().push(s.country);
            }
            for countries in table.values_mut() {
                countries.sort();
                countries.dedup();
            }
            table
        });
        table.get(role).map_or(&[], Vec::as_slice)
    }
}

/// Words of the language that a derived spelling must not be (see [`super::variants`]); read
/// from `--gazetteers DIR` when the folder has it, else the built-in list.
const ORDINARY_WORDS: (&str, &str) = ("ordinary_words.txt", include_str!("../../gazetteers/ordinary_words.txt"));

/// The spellings of given names (see [`super::variants`]); read from `--gazetteers DIR` when
/// the folder has it, else the built-in list.
const GIVEN_NAMES: (&str, &str) = ("given_names.txt", include_str!("../../gazetteers/given_names.txt"));

/// Set phrases that hold a name as an ordinary word; read from `--gazetteers DIR` when the
/// folder has it, else the built-in list.
const ORDINARY_PHRASES: (&str, &str) = ("ordinary_phrases.txt", include_str!("../../gazetteers/ordinary_phrases.txt"));

/// Words that make an office title no holder's; read from `--gazetteers DIR` when the folder
/// has it, else the built-in list.
const OFFICE_QUALIFIERS: (&str, &str) = ("office_qualifiers.txt", include_str!("../../gazetteers/office_qualifiers.txt"));

/// Phrases that tell a generic name as the own country's ("de son pays"); read from
/// `--gazetteers DIR` when the folder has it, else the built-in list.
const OWN_COUNTRY: (&str, &str) = ("own_country.txt", include_str!("../../gazetteers/own_country.txt"));

/// Words beside people's names that are not their given names; read from `--gazetteers DIR`
/// when the folder has it, else the built-in list.
const NAME_WORDS: (&str, &str) = ("name_words.txt", include_str!("../../gazetteers/name_words.txt"));

/// Built-in gazetteer files, compiled in so the binary works from any folder.
const BUILTIN: [(&str, &str); 4] = [
    ("people.csv", include_str!("../../gazetteers/people.csv")),
    ("organisations.csv", include_str!("../../gazetteers/organisations.csv")),
    ("places.csv", include_str!("../../gazetteers/places.csv")),
    ("roles.csv", include_str!("../../gazetteers/roles.csv")),
];

/// Load the gazetteers from `dir`, or the built-in copies.
pub fn load_entries(dir: Option<&Path>) -> Result<Entries, String> {
    load_entries_with(dir, None)
}

/// [`load_entries`], the people's spelling variants taken back from `kept` when it holds those
/// of the same files (deriving them is most of the start-up), else derived and kept there.
pub fn load_entries_with(dir: Option<&Path>, kept: Option<&crate::gazetteer::KeptVariants>) -> Result<Entries, String> {
    let mut texts = HashMap::new();
    for (file, builtin) in BUILTIN {
        let (text, source) = match dir {
            Some(_) => load_text(dir, file, builtin)?,
            None => (builtin.to_string(), format!("gazetteers/{file}")),
        };
        texts.insert(file, (text, source));
    }
    let text = |f: &str| texts[f].0.as_str();
    let source = |f: &str| texts[f].1.as_str();
    let roles = parse_roles(text("roles.csv"), source("roles.csv"))?;
    let mut entities = parse_entities(text("people.csv"), source("people.csv"), EntityKind::Person, &roles)?;
    entities.extend(parse_entities(text("organisations.csv"), source("organisations.csv"), EntityKind::Organisation, &roles)?);
    entities.extend(parse_entities(text("places.csv"), source("places.csv"), EntityKind::Place, &roles)?);
    let (ordinary, _) = optional_file(dir, ORDINARY_WORDS)?;
    let (given, given_source) = optional_file(dir, GIVEN_NAMES)?;
    let parsed_given = super::variants::parse_given_names(&given, &given_source)?;
    let ordinary_words = super::variants::parse_ordinary_words(&ordinary);
    // What the variants are derived from, for the key of the kept ones.
    let inputs = ["people.csv", "organisations.csv", "places.csv", "roles.csv"].map(text);
    let inputs = [inputs[0], inputs[1], inputs[2], inputs[3], ordinary.as_str(), given.as_str()];
    match kept.and_then(|k| k.read(&inputs, entities.len())) {
        Some(variants) => {
            drop_ordinary_unaccented(&mut entities, &ordinary_words);
            for (e, (aliases, surnames)) in entities.iter_mut().zip(variants) {
                e.variants = aliases;
                e.surname_variants = surnames;
            }
        }
        None => {
            add_variants(&mut entities, &ordinary_words, &parsed_given);
            if let Some(kept) = kept {
                kept.write(&inputs, entities.iter().map(|e| (e.variants.as_slice(), e.surname_variants.as_slice())));
            }
        }
    }
    let (phrases, _) = optional_file(dir, ORDINARY_PHRASES)?;
    let (qualifiers, qualifiers_source) = optional_file(dir, OFFICE_QUALIFIERS)?;
    let (own, own_source) = optional_file(dir, OWN_COUNTRY)?;
    let (name_words, name_words_source) = optional_file(dir, NAME_WORDS)?;
    let entries = Entries {
        entities,
        roles,
        ordinary_phrases: parse_ordinary_phrases(&phrases),
        office_qualifiers: parse_office_qualifiers(&qualifiers, &qualifiers_source)?,
        own_country: parse_own_country(&own, &own_source)?,
        name_words: parse_name_words(&name_words, &name_words_source)?,
        office_countries: Default::default(),
    };
    // The role table now, while loading, rather than on the first article.
    entries.office_countries("");
    Ok(entries)
}

/// The lines of a list of words told beside a name or a title (`office_qualifiers.txt`,
/// `own_country.txt`): one `before WORDS` or `after WORDS` a line, `#` starts a comment; the
/// words normalised, with whether they come before. Another first word, no words, or more than
/// one word where `one_word`, is refused with its line number.
fn sided_lines(text: &str, source: &str, one_word: bool) -> Result<Vec<(bool, String)>, String> {
    let mut lines = Vec::new();
    for (number, line) in super::variants::listed_lines(text) {
        let (side, words) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let words = normalize_str(words.trim());
        let before = match side {
            "before" => true,
            "after" => false,
            _ => return Err(format!("{source}:{number}: a line is `before WORDS` or `after WORDS`")),
        };
        if words.is_empty() || (one_word && words.contains(' ')) {
            return Err(format!("{source}:{number}: {} after `{side}`", if one_word { "one word" } else { "words" }));
        }
        lines.push((before, words));
    }
    Ok(lines)
}

/// Parse `office_qualifiers.txt`: one `before WORD` or `after WORD` a line (see
/// [`sided_lines`]); and the lines `to WORDS` and `head WORD` (an office serving another,
/// see [`OfficeQualifiers::serving`]), `aide`, `principal's` and `nationality` (an aide's
/// principal), `of WORDS` (a title told of a body it heads, see
/// [`OfficeQualifiers::body_joins`]) and `verb`, `subject`, `plural` (a title that is a verb
/// form, see [`OfficeQualifiers::verbs`]).
pub fn parse_office_qualifiers(text: &str, source: &str) -> Result<OfficeQualifiers, String> {
    let mut q = OfficeQualifiers::default();
    // The other lines go on to `sided_lines` in place, so that its errors keep their numbers.
    let mut sided = String::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        let (tag, words) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let words = normalize_str(words.trim());
        match tag {
            "to" | "head" | "aide" | "principal's" | "nationality" | "of" | "body" | "verb" | "subject" | "plural"
                if words.is_empty() || (matches!(tag, "head" | "nationality" | "body" | "verb" | "subject" | "plural") && words.contains(' ')) =>
            {
                return Err(format!("{source}:{}: {} after `{tag}`", i + 1, if matches!(tag, "head" | "nationality" | "body" | "verb" | "subject" | "plural") { "one word" } else { "words" }));
            }
            "verb" => {
                q.verbs.insert(words);
            }
            "subject" => {
                q.subjects.insert(words);
            }
            "plural" => {
                q.plural_openers.insert(words);
            }
            "body" => {
                q.body_nouns.insert(words);
            }
            "to" => q.serving.push(words),
            "aide" => q.aides.push(words),
            "principal's" => q.aides_after_possessive.push(words),
            "of" => q.body_joins.push(words),
            "nationality" => {
                q.nationality_words.insert(words);
            }
            "head" => {
                q.heads.insert(words);
            }
            _ => sided.push_str(raw),
        }
        sided.push('\n');
    }
    for (before, word) in sided_lines(&sided, source, true)? {
        (if before { &mut q.before } else { &mut q.after }).insert(word);
    }
    // Longest first, so that "auprès de la" is tried before "auprès de".
    q.serving.sort_by_key(|w| std::cmp::Reverse(w.len()));
    q.aides.sort_by_key(|w| std::cmp::Reverse(w.len()));
    q.aides_after_possessive.sort_by_key(|w| std::cmp::Reverse(w.len()));
    q.body_joins.sort_by_key(|w| std::cmp::Reverse(w.len()));
    Ok(q)
}

/// Parse `own_country.txt`: one `after PHRASE`, `before PHRASE` or `seat WORDS` a line (see
/// [`sided_lines`]).
pub fn parse_own_country(text: &str, source: &str) -> Result<OwnCountry, String> {
    let mut own = OwnCountry::default();
    // The other lines go on to `sided_lines` in place, so that its errors keep their numbers.
    let mut sided = String::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        match line.split_once(char::is_whitespace) {
            Some(("seat", words)) => own.seat.push(normalize_str(words.trim())),
            _ => sided.push_str(raw),
        }
        sided.push('\n');
    }
    for (before, phrase) in sided_lines(&sided, source, false)? {
        (if before { &mut own.before } else { &mut own.after }).push(phrase);
    }
    Ok(own)
}

/// Parse `name_words.txt`: one `opener WORD`, `ordinary WORD` or `shared WORD` a line, `#` starts a comment;
/// another first word, or not one word after it, is refused with its line number.
pub fn parse_name_words(text: &str, source: &str) -> Result<NameWords, String> {
    let mut words = NameWords::default();
    for (number, line) in super::variants::listed_lines(text) {
        let (tag, word) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let word = normalize_str(word.trim());
        let set = match tag {
            "opener" => &mut words.openers,
            "ordinary" => &mut words.ordinary,
            "shared" => &mut words.shared,
            _ => return Err(format!("{source}:{number}: a line is `opener WORD`, `ordinary WORD` or `shared WORD`")),
        };
        if word.is_empty() || word.contains(' ') {
            return Err(format!("{source}:{number}: one word after `{tag}`"));
        }
        set.insert(word);
    }
    Ok(words)
}

/// The text and source name of a list that `dir` may hold (`(file name, built-in text)`): the
/// folder's copy when it has one, else the built-in one.
fn optional_file(dir: Option<&Path>, (file, builtin): (&str, &str)) -> Result<(String, String), String> {
    match dir.map(|d| d.join(file)).filter(|p| p.exists()) {
        Some(path) => Ok((std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?, path.display().to_string())),
        None => Ok((builtin.to_string(), format!("gazetteers/{file}"))),
    }
}

/// The phrases of `ordinary_phrases.txt`, normalised: one a line, '#' starts a comment.
pub fn parse_ordinary_phrases(text: &str) -> Vec<String> {
    super::variants::listed_lines(text).map(|(_, l)| normalize_str(l)).filter(|p| !p.is_empty()).collect()
}

/// Derive the spelling variants of people's names (see [`super::variants`]). A variant is
/// dropped when some entity lists it (the listed name says who it is) or when two people
/// derive it (it would name either), unless the two list the same name already (namesakes).
pub fn add_variants(entities: &mut [Entity], ordinary: &std::collections::HashSet<String>, given: &super::variants::GivenNames) {
    use super::variants::{arabic_named_country, variants};
    let listed: std::collections::HashSet<&str> =
        entities.iter().flat_map(|e| e.aliases.iter().chain(&e.surnames).chain(&e.generic_aliases)).map(String::as_str).collect();
    // Each person's variants are derived on their own (in parallel: this was most of the
    // start-up, while the other cores waited), then their owners are settled in entity order.
    let derived: Vec<(Vec<String>, Vec<String>)> = entities
        .par_iter()
        .map(|e| {
            if e.kind != EntityKind::Person {
                return (Vec::new(), Vec::new());
            }
            let transliterated = !arabic_named_country(&e.country);
            let of = |names: &[String]| {
                // A set beside the list: a person with many spellings has thousands of
                // variants, and a scan of the list for each was quadratic.
                let mut out: Vec<String> = Vec::new();
                let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
                for n in names {
                    for v in variants(n, transliterated, ordinary, given) {
                        if !listed.contains(v.as_str()) && seen.insert(v.clone()) {
                            out.push(v);
                        }
                    }
                }
                out
            };
            (of(&e.aliases), of(&e.surnames))
        })
        .collect();
    drop_ordinary_unaccented(entities, ordinary);
    let mut owners: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (aliases, surnames)) in derived.iter().enumerate() {
        for v in aliases.iter().chain(surnames) {
            let owner = owners.entry(v.clone()).or_default();
            if owner.last() != Some(&i) {
                owner.push(i);
            }
        }
    }
    // Namesakes (two people listing the same full name: Rabat's mayor and the agriculture
    // minister, both Mohamed Sadiki) derive the same spellings from it: those stay theirs,
    // shared like the listed name, and the matcher tells them apart by context.
    let namesakes = |a: usize, b: usize| entities[a].aliases.iter().any(|x| entities[b].aliases.contains(x));
    let kept: HashMap<&String, bool> =
        owners.iter().map(|(v, o)| (v, o.len() == 1 || o.iter().all(|&a| o.iter().all(|&b| a == b || namesakes(a, b))))).collect();
    for (i, (e, (aliases, surnames))) in entities.iter_mut().zip(derived).enumerate() {
        let own = |v: &String| kept.get(v) == Some(&true) && owners[v].contains(&i);
        e.variants = aliases.into_iter().filter(own).collect();
        e.surname_variants = surnames.into_iter().filter(own).collect();
    }
}

/// A name with accents is also listed without them ("Yaïr" → "Yair", see [`aliases`]); one
/// that then reads as an ordinary word is dropped ("Salé" → "sale", for sale, dirty), as a
/// derived spelling is. The accented name is still found.
fn drop_ordinary_unaccented(entities: &mut [Entity], ordinary: &std::collections::HashSet<String>) {
    for e in entities.iter_mut() {
        let accented: Vec<String> = e.aliases.iter().chain(&e.generic_aliases).filter_map(|a| crate::text::lang::strip_latin_accents(a)).filter(|b| ordinary.contains(b)).collect();
        if !accented.is_empty() {
            e.aliases.retain(|a| !accented.contains(a));
            e.generic_aliases.retain(|a| !accented.contains(a));
        }
    }
}

/// Given names: the first word of each person's Arabic spellings ("ناصر", "عبد"), after any
/// opener or office title a spelling begins with ("الملك سلمان", "الدكتور سعد الدين
/// العثماني"), so that the title is not taken for a given name and does not hide the surname
/// written after it (see [`super::matcher`]). A one-word spelling is a surname or a mononym,
/// not a given name. Latin spellings give none here (see [`latin_given_names`]): English and
/// French surnames are not read by this rule.
pub fn given_names(entries: &Entries) -> std::collections::HashSet<String> {
    first_words_of_people(entries, |first| first.chars().all(crate::text::lang::is_arabic_letter))
}

/// Latin-script given names: the first word of each person's Latin spellings of two words or
/// more, after any opener or one-word office title ("King Salman" gives none, "Hussein
/// al-Sheikh" gives "hussein"). Read where a personal name right after an office title says
/// the title is that person's, not the holder's ("King Hussein Bridge"; see
/// [`super::Gazetteer::another_name_after_title`]), where the Arabic ones of [`given_names`] are
/// read too.
pub fn latin_given_names(entries: &Entries) -> std::collections::HashSet<String> {
    first_words_of_people(entries, |first| first.chars().count() >= 3 && first.chars().all(|c| c.is_alphabetic() && !crate::text::lang::is_arabic_letter(c)))
}

/// The first word of each person's spellings of two words or more that `keep` accepts, past
/// the openers of `name_words.txt` and the one-word office titles of `roles.csv` the spelling
/// begins with.
fn first_words_of_people(entries: &Entries, keep: impl Fn(&str) -> bool) -> std::collections::HashSet<String> {
    let titles: std::collections::HashSet<&str> = entries.roles.iter().flat_map(|r| r.aliases.iter()).filter(|a| !a.contains(' ')).map(String::as_str).collect();
    let openers = &entries.name_words.openers;
    // An abbreviation keeps its full stop after normalisation ("د.", "dr."): read without it too.
    let is_title = |w: &str| titles.contains(w) || openers.contains(w) || openers.contains(w.trim_end_matches('.'));
    let mut out = std::collections::HashSet::new();
    for e in entries.entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for alias in &e.aliases {
            let mut words = alias.split(' ').skip_while(|w| is_title(w));
            if let (Some(first), Some(_)) = (words.next(), words.next())
                && keep(first)
            {
                out.insert(first.to_string());
            }
        }
    }
    out
}

/// Parse `roles.csv`.
pub fn parse_roles(text: &str, source: &str) -> Result<Vec<RoleTitle>, String> {
    let mut seen = HashMap::new();
    let mut roles = Vec::new();
    for row in read_rows(text, source, &["id", "name", "aliases"])? {
        let id = required(&row, "id")?;
        if let Some(line) = seen.insert(id.to_string(), row.line) {
            return Err(row.error(format!("duplicate id {id:?} (first on line {line})")));
        }
        let any_of: Vec<String> = row.list("any_of").into_iter().map(str::to_string).collect();
        if let Some(bad) = any_of.iter().find(|p| p.trim_start_matches('!').matches('*').count() > 1 || p.trim_start_matches('!').is_empty() || p.contains(char::is_whitespace)) {
            return Err(row.error(format!("any_of item {bad:?} is not a role id, a pattern with one '*', or '!' and a role id")));
        }
        roles.push(RoleTitle { id: id.to_string(), name: row.get("name").to_string(), aliases: aliases(&row, "aliases")?, plural: aliases(&row, "plural")?, any_of, body: row.get("body").trim().to_string(), short: aliases(&row, "short")? });
    }
    // Each role id an `any_of` names must be one of the file's.
    for r in &roles {
        if let Some(unknown) = r.any_of.iter().map(|p| p.trim_start_matches('!')).find(|p| !p.contains('*') && !roles.iter().any(|o| o.id == *p)) {
            return Err(format!("{source}: any_of of {:?} names an unknown role {unknown:?}", r.id));
        }
    }
    Ok(roles)
}

/// Parse one entity file of `kind`.
pub fn parse_entities(text: &str, source: &str, kind: EntityKind, roles: &[RoleTitle]) -> Result<Vec<Entity>, String> {
    let required_columns: &[&str] = match kind {
        EntityKind::Person => &["id", "name", "name_ar", "aliases", "surnames", "country", "roles"],
        EntityKind::Organisation => &["id", "name", "name_ar", "aliases", "generic_aliases", "country", "kind"],
        EntityKind::Place => &["id", "name", "name_ar", "aliases", "generic_aliases", "country", "kind"],
    };
    let mut seen = HashMap::new();
    let mut entities = Vec::new();
    let mut lines = Vec::new();
    for row in read_rows(text, source, required_columns)? {
        let id = required(&row, "id")?;
        if let Some(line) = seen.insert(id.to_string(), row.line) {
            return Err(row.error(format!("duplicate id {id:?} (first on line {line})")));
        }
        let name = required(&row, "name")?.to_string();
        let name_ar = row.get("name_ar").to_string();
        let mut all = aliases(&row, "aliases")?;
        // The canonical names are spellings too.
        for canonical in [&name_ar, &name] {
            let n = normalize_str(canonical);
            if !n.is_empty() && !all.contains(&n) {
                all.push(n);
            }
        }
        let subkind = row.get("kind").to_string();
        if kind == EntityKind::Place && !matches!(subkind.as_str(), "country" | "city" | "region" | "site") {
            return Err(row.error(format!("kind {subkind:?} must be country, city, region or site")));
        }
        let roles_held = match kind {
            EntityKind::Person => row.list("roles").into_iter().map(|r| parse_role_spell(r, &row, roles)).collect::<Result<_, _>>()?,
            _ => Vec::new(),
        };
        let parent = row.get("parent").trim();
        if !parent.is_empty() && kind != EntityKind::Place {
            return Err(row.error(format!("parent {parent:?}: only a place has one")));
        }
        entities.push(Entity {
            id: id.into(),
            kind,
            name,
            name_ar,
            aliases: all,
            generic_aliases: aliases(&row, "generic_aliases")?,
            surnames: aliases(&row, "surnames")?,
            country: row.get("country").to_uppercase().into(),
            subkind,
            roles: roles_held,
            variants: Vec::new(),
            surname_variants: Vec::new(),
            parent: parent.into(),
        });
        lines.push(row.line);
    }
    // A parent is a city of the same file: a site inside a site, or a city inside a region,
    // would make "the same city" a chain to follow.
    for (e, line) in entities.iter().zip(&lines) {
        if !e.parent.is_empty() && !entities.iter().any(|c| c.id == e.parent && c.subkind == "city") {
            return Err(format!("{source}:{line}: parent {:?} of {:?} is no city of this file", &*e.parent, &*e.id));
        }
    }
    Ok(entities)
}

fn required<'r>(row: &'r Row, column: &str) -> Result<&'r str, String> {
    match row.get(column) {
        "" => Err(row.error(format!("missing {column}"))),
        value => Ok(value),
    }
}

/// The `|`-separated aliases of a column, normalised. An empty element (`a||b`) or one that
/// normalises to nothing is an error: it would match everywhere or nowhere.
fn aliases(row: &Row, column: &str) -> Result<Vec<String>, String> {
    let raw = row.get(column);
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    let mut out: Vec<String> = Vec::new();
    for alias in raw.split('|') {
        if alias.trim().is_empty() {
            return Err(row.error(format!("empty alias in {column} ({raw:?})")));
        }
        let n = normalize_str(alias);
        if !n.chars().any(|c| c.is_alphanumeric()) {
            return Err(row.error(format!("alias {alias:?} in {column} is empty after normalisation")));
        }
        // "Yaïr", "israélien": also without the accents, as many pages write them.
        let bare = crate::text::lang::strip_latin_accents(&n);
        for n in std::iter::once(n).chain(bare) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    Ok(out)
}

/// Parse `role@CC:FROM..TO` or `role@CC>POST:FROM..TO` (dates `YYYY-MM-DD`, either may be
/// empty; `POST` the country of the posting).
fn parse_role_spell(spec: &str, row: &Row, roles: &[RoleTitle]) -> Result<RoleSpell, String> {
    let bad = |why: &str| row.error(format!("bad role {spec:?}: {why} (expected role@CC:YYYY-MM-DD..YYYY-MM-DD or role@CC>CC:…)"));
    let (role, rest) = spec.split_once('@').ok_or_else(|| bad("no @"))?;
    let (country, dates) = rest.split_once(':').unwrap_or((rest, ".."));
    let (from, to) = dates.split_once("..").ok_or_else(|| bad("no .. between dates"))?;
    let date = |s: &str| -> Result<Option<NaiveDate>, String> {
        match s.trim() {
            "" => Ok(None),
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d").map(Some).map_err(|_| bad(&format!("bad date {s:?}"))),
        }
    };
    let role = role.trim();
    if !roles.iter().any(|r| r.id == role) {
        return Err(bad(&format!("unknown role id {role:?} (not in roles.csv)")));
    }
    let (country, posted_in) = match country.split_once('>') {
        Some((c, p)) => (c, Some(p.trim().to_uppercase())),
        None => (country, None),
    };
    let country = country.trim().to_uppercase();
    if country.len() != 2 || posted_in.as_ref().is_some_and(|p| p.len() != 2) {
        return Err(bad("country must be a two-letter code"));
    }
    if posted_in.as_ref() == Some(&country) {
        return Err(bad("posted in its own country"));
    }
    let spell = RoleSpell { role: role.to_string(), country: country.into(), posted_in: posted_in.map(Id::from), from: date(from)?, to: date(to)? };
    if let (Some(f), Some(t)) = (spell.from, spell.to)
        && t < f
    {
        return Err(bad("ends before it starts"));
    }
    Ok(spell)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> Vec<RoleTitle> {
        parse_roles("id,name,aliases\nforeign_minister,Foreign minister,وزير الخارجية\n", "roles.csv").unwrap()
    }

    const PEOPLE_HEADER: &str = "id,name,name_ar,aliases,surnames,country,roles,note\n";

    /// (name, people.csv body, expected error).
    const BAD_ROWS: &[(&str, &str, &str)] = &[
        ("missing id", ",Yair Lapid,يائير لابيد,,,IL,,\n", "people.csv:2: missing id"),
        ("duplicate id", "a,A,ا,,,IL,,\nb,B,ب,,,IL,,\na,C,ج,,,IL,,\n", "people.csv:4: duplicate id \"a\" (first on line 2)"),
        ("empty alias", "a,A,ا,x||y,,IL,,\n", "people.csv:2: empty alias in aliases (\"x||y\")"),
        ("alias of marks only", "a,A,ا,x|\u{064E}\u{0640},,IL,,\n", "people.csv:2: alias "),
        ("bad role date", "a,A,ا,,,IL,foreign_minister@IL:2021-13-01..,\n", "people.csv:2: bad role \"foreign_minister@IL:2021-13-01..\": bad date \"2021-13-01\""),
        ("unknown role", "a,A,ا,,,IL,king@MA:..,\n", "people.csv:2: bad role \"king@MA:..\": unknown role id \"king\""),
        ("reversed role", "a,A,ا,,,IL,foreign_minister@IL:2022-01-01..2021-01-01,\n", "people.csv:2: bad role \"foreign_minister@IL:2022-01-01..2021-01-01\": ends before it starts"),
        ("posting not a code", "a,A,ا,,,IL,foreign_minister@IL>Rabat:..,\n", "people.csv:2: bad role \"foreign_minister@IL>Rabat:..\": country must be a two-letter code"),
        ("posted at home", "a,A,ا,,,IL,foreign_minister@IL>il:..,\n", "people.csv:2: bad role \"foreign_minister@IL>il:..\": posted in its own country"),
    ];

    #[test]
    fn bad_rows_are_refused_with_file_and_line() {
        for (name, body, expected) in BAD_ROWS {
            let err = parse_entities(&format!("{PEOPLE_HEADER}{body}"), "people.csv", EntityKind::Person, &roles()).unwrap_err();
            assert!(err.starts_with(expected), "{name}: got {err:?}, expected {expected:?}");
        }
    }

    const PLACES_HEADER: &str = "id,name,name_ar,aliases,generic_aliases,country,kind,parent\n";

    /// A site's `parent` is the city it is in: read when it names a city of the file, refused
    /// when it names a site, a region or an unknown id, and on any row but a place's.
    #[test]
    fn a_site_names_the_city_it_is_in() {
        let body = "port,Port,ميناء,,,MA,city\nquay,Quay,رصيف,,,MA,site,port\nplain,Plain,سهل,,,MA,region\n";
        let places = parse_entities(&format!("{PLACES_HEADER}{body}"), "places.csv", EntityKind::Place, &roles()).unwrap();
        assert_eq!((&*places[1].parent, &*places[0].parent), ("port", ""));
        let refused = [
            ("a site in a site", "quay,Quay,رصيف,,,MA,site\nstair,Stair,درج,,,MA,site,quay\n", "places.csv:3: parent \"quay\" of \"stair\" is no city"),
            ("a city in a region", "plain,Plain,سهل,,,MA,region\nport,Port,ميناء,,,MA,city,plain\n", "places.csv:3: parent \"plain\" of \"port\" is no city"),
            ("an unknown city", "quay,Quay,رصيف,,,MA,site,harbour-town\n", "places.csv:2: parent \"harbour-town\" of \"quay\" is no city"),
        ];
        for (name, body, expected) in refused {
            let err = parse_entities(&format!("{PLACES_HEADER}{body}"), "places.csv", EntityKind::Place, &roles()).unwrap_err();
            assert!(err.starts_with(expected), "{name}: got {err:?}, expected {expected:?}");
        }
        let person = format!("{}a,A,ا,,,IL,,,port\n", PEOPLE_HEADER.replace("note\n", "note,parent\n"));
        let err = parse_entities(&person, "people.csv", EntityKind::Person, &roles()).unwrap_err();
        assert!(err.starts_with("people.csv:2: parent \"port\": only a place has one"), "{err}");
    }

    #[test]
    fn missing_column_is_refused() {
        let err = parse_entities("id,name\n", "people.csv", EntityKind::Person, &roles()).unwrap_err();
        assert!(err.starts_with("people.csv:1: missing column `name_ar`"), "{err}");
    }

    #[test]
    fn excel_bom_and_crlf_are_accepted() {
        let text = format!("\u{FEFF}{}a,Yair Lapid,يائير لابيد,يئير لبيد,لابيد|لبيد,IL,foreign_minister@IL:2021-06-13..2022-12-29,\r\n", PEOPLE_HEADER.replace('\n', "\r\n"));
        let people = parse_entities(&text, "people.csv", EntityKind::Person, &roles()).unwrap();
        let lapid = &people[0];
        assert_eq!(lapid.aliases, ["يئير لبيد", "يائير لابيد", "yair lapid"]);
        assert_eq!(lapid.surnames, ["لابيد", "لبيد"]);
        assert!(lapid.roles[0].covers(NaiveDate::from_ymd_opt(2021, 8, 11).unwrap()));
        assert!(!lapid.roles[0].covers(NaiveDate::from_ymd_opt(2021, 6, 12).unwrap()));
    }

    #[test]
    fn an_envoy_is_posted_where_the_row_says() {
        let text = format!("{PEOPLE_HEADER}a,A,ا,,,IL,foreign_minister@IL>ma:2021-01-26..2022-09-15|foreign_minister@IL:2023-01-01..,\n");
        let a = &parse_entities(&text, "people.csv", EntityKind::Person, &roles()).unwrap()[0];
        let day = |s: &str| Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        assert_eq!(a.roles[0].posted_in.as_deref(), Some("MA"));
        assert_eq!(a.roles[1].posted_in, None);
        let fm = &["foreign_minister"];
        assert!(a.posted_in_on(fm, "MA", day("2021-08-11")));
        assert!(!a.posted_in_on(fm, "US", day("2021-08-11")), "posted in Morocco, not in the United States");
        assert!(!a.posted_in_on(fm, "MA", day("2022-10-01")), "after the posting");
        assert!(a.posted_in_on(fm, "US", day("2023-02-01")), "a spell without a posting counts anywhere");
        assert!(a.posted_in_on(fm, "MA", None), "no day known: any spell");
    }

    #[test]
    fn given_names_skip_titles_latin_and_one_word_names() {
        let roles = parse_roles("id,name,aliases\nking,King,الملك|king\n", "roles.csv").unwrap();
        let people = format!(
            "{PEOPLE_HEADER}\
             a,Saadeddine Othmani,الدكتور سعد الدين العثماني,د. سعد الدين العثماني|Saâdeddine El Othmani|Dr Saadeddine Othmani,,MA,,\n\
             b,Salman of Saudi Arabia,الملك سلمان,السيد سلمان بن عبد العزيز,,SA,,\n\
             c,Yair Lapid,يائير لابيد,,,IL,,\n\
             d,Hemedti,حميدتي,,,SD,,\n"
        );
        let entities = parse_entities(&people, "people.csv", EntityKind::Person, &roles).unwrap();
        let name_words = parse_name_words("opener الدكتور\nopener د\nopener السيد\nopener dr\n", "name_words.txt").unwrap();
        let entries = Entries { entities, roles, name_words, ..Default::default() };
        let got = given_names(&entries);
        let mut got: Vec<&str> = got.iter().map(String::as_str).collect();
        got.sort();
        assert_eq!(got, ["سعد", "سلمان", "يائير"]);
        // Latin, the names of the `name` column among them: past the opener "Dr".
        let got: std::collections::BTreeSet<String> = latin_given_names(&entries).into_iter().collect();
        let want: std::collections::BTreeSet<String> = [normalize_str("Saâdeddine"), "saadeddine".into(), "salman".into(), "yair".into()].into();
        assert_eq!(got, want);
    }

    #[test]
    fn name_words_are_read_and_bad_lines_refused() {
        let words = parse_name_words("# comment\nopener Sheikh # rank\nopener الدكتور\nordinary على\n\n", "n.txt").unwrap();
        assert!(words.openers.contains("sheikh") && words.openers.contains(&normalize_str("الدكتور")) && words.openers.len() == 2);
        assert_eq!(words.ordinary.iter().collect::<Vec<_>>(), [&normalize_str("على")], "normalised: «على» is read as علي");
        for (case, text) in [("unknown tag", "honorific sheikh\n"), ("no word", "opener\n"), ("two words", "opener crown prince\n")] {
            let err = parse_name_words(text, "n.txt").expect_err(case);
            assert!(err.starts_with("n.txt:1:"), "case {case:?}: {err}");
        }
    }

    #[test]
    fn builtin_gazetteers_are_valid() {
        let entries = load_entries(None).unwrap();
        assert!(entries.entities.iter().any(|e| &*e.id == "nasser-bourita"));
    }

    #[test]
    fn office_qualifiers_are_read_and_bad_lines_refused() {
        let q = parse_office_qualifiers("# comment\nbefore An\nafter السابق # former\naide Adviser to\naide adviser to the\nprincipal's son-in-law\nbody البعثة\nbody Mission\n\n", "q.txt").unwrap();
        assert!(q.before.contains("an") && q.after.contains("السابق") && q.before.len() == 1 && q.after.len() == 1);
        assert!(q.body_nouns.contains(&normalize_str("البعثة")) && q.body_nouns.contains("mission") && q.body_nouns.len() == 2);
        assert_eq!(q.aides, ["adviser to the", "adviser to"], "longest first, normalised");
        assert_eq!(q.aides_after_possessive, ["son-in-law"]);
        for (case, text) in [("unknown side", "inside a\n"), ("no word", "before\n"), ("two words", "after the former\n"), ("no aide words", "aide\n"), ("two body words", "body joint committee\n")] {
            let err = parse_office_qualifiers(text, "q.txt").expect_err(case);
            assert!(err.starts_with("q.txt:1:"), "case {case:?}: {err}");
        }
    }

    #[test]
    fn own_country_phrases_are_read_and_bad_lines_refused() {
        let own = parse_own_country("# comment\nafter De son pays # French\nbefore his country's\nseat À\n", "o.txt").unwrap();
        assert_eq!(own.seat, [normalize_str("à")]);
        assert_eq!(own.after, ["de son pays"]);
        assert_eq!(own.before, ["his country's"]);
        for (case, text) in [("unknown side", "around son pays\n"), ("no phrase", "after\n")] {
            let err = parse_own_country(text, "o.txt").expect_err(case);
            assert!(err.starts_with("o.txt:1:"), "case {case:?}: {err}");
        }
    }

    /// (case, any_of, the role asked, whether the generic title stands for it).
    const STANDS_FOR: &[(&str, &str, &str, bool)] = &[
        ("a pattern's suffix", "*_minister|!prime_minister", "economy_minister", true),
        ("an exclusion wins over the pattern", "*_minister|!prime_minister", "prime_minister", false),
        ("another office", "*_minister|!prime_minister", "chief_of_staff", false),
        ("an id of its own", "chief_of_staff", "chief_of_staff", true),
        ("anyone", "*", "mayor_rabat", true),
        ("a pattern's prefix", "wali_*", "wali_fes_meknes", true),
    ];

    #[test]
    fn a_generic_title_stands_for_the_offices_it_lists() {
        let ids = "economy_minister,prime_minister,chief_of_staff,mayor_rabat,wali_fes_meknes";
        let mut failed = Vec::new();
        for (case, any_of, role, meant) in STANDS_FOR {
            let mut text = String::from("id,name,aliases,plural,any_of\n");
            for id in ids.split(',') {
                text.push_str(&format!("{id},{id},{id} title,,\n"));
            }
            text.push_str(&format!("generic,Generic,the one,,{any_of}\n"));
            let roles = parse_roles(&text, "roles.csv").unwrap();
            let generic = roles.iter().find(|r| r.id == "generic").unwrap();
            if !generic.is_generic() || generic.stands_for(role) != *meant {
                failed.push(*case);
            }
        }
        assert!(failed.is_empty(), "{failed:?}");
        let plain = &parse_roles("id,name,aliases\nking,King,king\n", "r.csv").unwrap()[0];
        assert!(!plain.is_generic() && !plain.stands_for("king"));
    }

    #[test]
    fn an_unknown_role_or_a_bad_pattern_in_any_of_is_refused() {
        for (case, any_of) in [("unknown id", "queen"), ("two stars", "*_*"), ("empty exclusion", "!")] {
            let text = format!("id,name,aliases,plural,any_of\nking,King,king,,\ngeneric,Generic,the one,,{any_of}\n");
            assert!(parse_roles(&text, "roles.csv").is_err(), "case {case:?}");
        }
    }

    #[test]
    fn serving_words_and_heads_are_read_beside_the_qualifiers() {
        let q = parse_office_qualifiers("before an\nto auprès de\nto auprès de la\nhead Délégué\nafter السابق\n", "q.txt").unwrap();
        assert_eq!(q.serving, ["auprès de la", "auprès de"]);
        assert!(q.heads.contains("délégué") && q.before.contains("an") && q.after.contains("السابق"));
        for (case, text, line) in [("head of two words", "before an\nhead ministre délégué\n", "q.txt:2:"), ("a bad side keeps its line", "to lady\n\nabove x\n", "q.txt:3:")] {
            let err = parse_office_qualifiers(text, "q.txt").expect_err(case);
            assert!(err.starts_with(line), "case {case:?}: {err}");
        }
    }

    #[test]
    fn office_countries_table_lists_each_holders_country_once() {
        let entries = load_entries(None).unwrap();
        let mut slow: Vec<Id> = entries.entities.iter().flat_map(|e| e.roles.iter()).filter(|s| s.role == "foreign_minister").map(|s| s.country).collect();
        slow.sort();
        slow.dedup();
        assert!(slow.len() > 3);
        assert_eq!(entries.office_countries("foreign_minister"), slow.as_slice());
        assert!(entries.office_countries("no_such_role").is_empty());
        let by_hand = Entries { entities: entries.entities.clone(), ..Default::default() };
        assert_eq!(by_hand.office_countries("foreign_minister"), slow.as_slice());
    }
}
