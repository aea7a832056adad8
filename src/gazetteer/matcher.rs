//! Finding gazetteer names in a document.
//!
//! One [`PhraseSet`] holds every normalised alias, surname, generic alias and office title, so
//! names are found with their proclitics ("وللمغرب", "للابيد") at word boundaries,
//! leftmost-longest (see [`crate::text::lexmatch`]). Hits are then resolved to entities: an alias names its entity; a surname alone names the
//! person of that surname named earlier in the article, else the only gazetteer person with
//! that surname, else nobody; a generic alias ("وزارة الخارجية", "المملكة") names the candidate
//! whose country the sentence, else the article, points to.

use std::collections::HashMap;
use std::ops::Range;


use super::load::{Entity, EntityKind, Entries};
use crate::text::lexmatch::{Covers, WordList};
use crate::text::Document;
use crate::text::lexmatch::{PhraseBank, PhraseHit, PhraseSet, Scan, Slot, WordHasher};
use crate::idset::Id;

/// What a phrase of the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A full name of the entity.
    Alias(usize),
    /// A surname of the person that may stand alone.
    Surname(usize),
    /// A generic name of the entity, valid where the context points to its country.
    Generic(usize),
    /// A set phrase that holds a name as an ordinary word ("مسقط رأسه"): it hides the name
    /// inside it, and names nothing.
    Ordinary,
}

/// How a mention was resolved to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// A full alias.
    Alias,
    /// A surname, resolved to a person named earlier in the article.
    SurnameInArticle,
    /// A surname, resolved to the only gazetteer person bearing it.
    SurnameUnique,
    /// A generic name, resolved by the countries around it.
    Context,
    /// A name several people share, with no office title in the article to tell them apart:
    /// the one the file lists first, or the one of the country named nearest, for now; the
    /// event's date decides later (`events::resolve::finish`: the one in office that day).
    Namesake,
}

/// A name found in the text and the entity it names.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    /// Normalised byte range of the whole word group, proclitics included.
    pub range: Range<usize>,
    /// Normalised byte range of the name itself, without proclitics.
    pub name_range: Range<usize>,
    /// Index of the entity in [`Gazetteer::entities`].
    pub entity: usize,
    /// How it was resolved.
    pub how: Resolution,
}

/// An office title found in the text ("وزير الخارجية").
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMention {
    /// Normalised byte range of the title.
    pub range: Range<usize>,
    /// Index of the role in the gazetteer's office titles ([`super::load::Entries::roles`]).
    pub role: usize,
    /// A title of several holders ("وزيرا الخارجية", "the foreign ministers"): see
    /// [`super::load::RoleTitle::plural`].
    pub plural: bool,
}

/// How a title phrase of `roles.csv` names its office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TitleForm {
    /// One holder ("foreign minister").
    One,
    /// Several holders ("foreign ministers", "وزيرا الخارجية").
    Plural,
    /// A short form, a title only after a nationality ("Israeli FM").
    Short,
}

/// Everything the gazetteer finds in one document.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Resolved names, in text order.
    pub entities: Vec<EntityMention>,
    /// Surnames or generic names that could not be resolved, in text order.
    pub unresolved: Vec<Range<usize>>,
    /// Office titles, in text order.
    pub roles: Vec<RoleMention>,
    /// The ranges of those of [`Found::entities`] that name an aide's principal ("conseiller du
    /// président Donald Trump", "Trump's son-in-law"): a description of the aide, not a party
    /// to what the aide does. In text order. See [`Gazetteer::mark_principals`].
    pub principals: Vec<Range<usize>>,
}

impl Found {
    /// The names that start within `range` (a sentence, a clause, a span of words): a slice of
    /// [`Found::entities`], which are in text order.
    pub fn starting_in(&self, range: &Range<usize>) -> &[EntityMention] {
        let first = self.entities.partition_point(|e| e.range.start < range.start);
        let last = self.entities.partition_point(|e| e.range.start < range.end);
        &self.entities[first..last.max(first)]
    }

    /// The office titles that start within `range`: a slice of [`Found::roles`], in text order.
    pub fn roles_starting_in(&self, range: &Range<usize>) -> &[RoleMention] {
        let first = self.roles.partition_point(|r| r.range.start < range.start);
        let last = self.roles.partition_point(|r| r.range.start < range.end);
        &self.roles[first..last.max(first)]
    }

    /// Whether the name at `range` (one of [`Found::entities`]) names an aide's principal.
    pub fn is_principal(&self, range: &Range<usize>) -> bool {
        self.principals.binary_search_by(|p| (p.start, p.end).cmp(&(range.start, range.end))).is_ok()
    }
}

/// The gazetteer ready for matching.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// Entries as loaded.
    pub entries: Entries,
    phrases: PhraseSet<Target>,
    /// The Latin names without accents, matched again on a sentence's accent-free form (see
    /// [`Gazetteer::find_in`]).
    latin_phrases: PhraseSet<Target>,
    /// The bank of [`Gazetteer::latin_phrases`], built when a first sentence needs it (not all
    /// corpora have Latin text): a bank looks phrases up by their words and costs far less
    /// memory than an automaton over tens of thousands of derived spellings.
    latin_bank: std::sync::OnceLock<(PhraseBank, Slot)>,
    /// Office titles, matched apart: "رئيس أركان الجيش الإسرائيلي" is an office and holds an
    /// organisation's name, and both are wanted. The payload: the role's index, and whether
    /// the title is plural.
    role_phrases: PhraseSet<(usize, TitleForm)>,
    /// The French titles a nationality may be told inside ("le ministre émirati des affaires
    /// étrangères", "les ministres marocain et israélien de la défense"), by their first word:
    /// the rest of the title, its role and whether it is plural. See
    /// [`Gazetteer::add_split_titles`].
    split_titles: HashMap<String, Vec<(String, usize, bool)>, WordHasher>,
    /// First words of people's Arabic names ("ناصر", "عبد"): given names, for telling a new
    /// person's name from ordinary words.
    pub given_names: std::collections::HashSet<String>,
    /// The given names, Arabic and Latin ("عبد", "hussein"), that say an office title right
    /// before them is that person's, not the holder's: [`super::load::given_names`] and
    /// [`super::load::latin_given_names`] but for the `ordinary` words of `name_words.txt`
    /// (see [`Gazetteer::another_name_after_title`]).
    pub(super) names_after_title: std::collections::HashSet<String>,
    /// Looked up for every participant of every mention: hashed with [`WordHasher`], not SipHash.
    by_id: HashMap<Id, usize, WordHasher>,
    /// The first country row of each country code: asked for every row of the timeline, where a
    /// walk over every entity cost as much as reading an article's dates.
    country_by_code: HashMap<Id, usize, WordHasher>,
    /// By role id: the people with a spell of that office, in entity order (see
    /// [`Gazetteer::holders_of`]).
    role_holders: HashMap<String, Vec<usize>, WordHasher>,
    /// By entity: a place or organisation whose names may hold a person's name (one of them
    /// has several words), told once here rather than for every occurrence.
    may_hold_person: Vec<bool>,
    /// The capitals among the places, each with its country, and the city of each site: an
    /// input of the merge (see [`Gazetteer::know_capitals`]).
    capitals: crate::merge::Capitals,
}

impl Gazetteer {
    /// Build the automaton over every alias, surname, generic alias and office title.
    pub fn new(entries: Entries) -> Gazetteer {
        let mut all: Vec<(&str, Target)> = Vec::new();
        for (i, e) in entries.entities.iter().enumerate() {
            all.extend(e.aliases.iter().map(|a| (a.as_str(), Target::Alias(i))));
            all.extend(e.variants.iter().map(|a| (a.as_str(), Target::Alias(i))));
            all.extend(e.surnames.iter().map(|a| (a.as_str(), Target::Surname(i))));
            all.extend(e.surname_variants.iter().map(|a| (a.as_str(), Target::Surname(i))));
            all.extend(e.generic_aliases.iter().map(|a| (a.as_str(), Target::Generic(i))));
        }
        all.extend(entries.ordinary_phrases.iter().map(|p| (p.as_str(), Target::Ordinary)));
        let latin: Vec<(&str, Target)> =
            all.iter().filter(|(p, _)| p.bytes().any(|b| b.is_ascii_alphabetic()) && crate::text::lang::strip_latin_accents(p).is_none()).copied().collect();
        let latin_phrases = PhraseSet::new(latin);
        let phrases = PhraseSet::new(all);
        let role_phrases = PhraseSet::new(
            entries.roles.iter().enumerate().flat_map(|(i, r)| {
            r.aliases
                .iter()
                .map(move |a| (a.as_str(), (i, TitleForm::One)))
                .chain(r.plural.iter().map(move |a| (a.as_str(), (i, TitleForm::Plural))))
                .chain(r.short.iter().map(move |a| (a.as_str(), (i, TitleForm::Short))))
        }),
        );
        let split_titles = split_titles(&entries);
        let by_id = entries.entities.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        let mut country_by_code: HashMap<Id, usize, WordHasher> = HashMap::default();
        for (i, e) in entries.entities.iter().enumerate().filter(|(_, e)| e.is_country()) {
            country_by_code.entry(e.country).or_insert(i);
        }
        let mut role_holders: HashMap<String, Vec<usize>, WordHasher> = HashMap::default();
        for (i, e) in entries.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
            for spell in &e.roles {
                let holders = role_holders.entry(spell.role.clone()).or_default();
                if holders.last() != Some(&i) {
                    holders.push(i);
                }
            }
        }
        let given_names = super::load::given_names(&entries);
        let names_after_title = given_names.iter().cloned().chain(super::load::latin_given_names(&entries)).filter(|w| !entries.name_words.ordinary.contains(w)).collect();
        let may_hold_person = entries.entities.iter().map(|e| e.kind != EntityKind::Person && e.aliases.iter().any(|a| a.contains(' '))).collect();
        let mut g = Gazetteer { entries, phrases, latin_phrases, latin_bank: std::sync::OnceLock::new(), role_phrases, split_titles, by_id, country_by_code, role_holders, given_names, names_after_title, may_hold_person, capitals: crate::merge::Capitals::default() };
        g.capitals = crate::merge::Capitals::default().with_cities(g.site_cities()).with_place_countries(g.place_countries());
        g
    }

    /// Each city, region and site with a country, with its country: (place id, country code),
    /// where the merge tells a visit's destination.
    fn place_countries(&self) -> Vec<(Id, Id)> {
        self.entries.entities.iter().filter(|e| e.kind == EntityKind::Place && !e.is_country() && !e.country.is_empty()).map(|e| (e.id, e.country)).collect()
    }

    /// Each site that is in a city, with its city: (site id, city id), from `places.csv`'s
    /// `parent` column.
    fn site_cities(&self) -> Vec<(Id, Id)> {
        self.entries.entities.iter().filter(|e| !e.parent.is_empty()).map(|e| (e.id, e.parent)).collect()
    }

    /// All entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entries.entities
    }

    /// Tell the gazetteer which of its places are capitals (the lexicons' `capital-city` rows,
    /// by id): each with its country, as the merge is given them ([`Gazetteer::capitals`]). An
    /// id the gazetteer does not have, or one without a country, is no capital.
    pub fn know_capitals<'a>(&mut self, ids: impl IntoIterator<Item = &'a String>) {
        let capital = |id: &String| self.by_id(id).filter(|e| !e.country.is_empty()).map(|e| (e.id, e.country));
        self.capitals = crate::merge::Capitals::new(ids.into_iter().filter_map(capital)).with_cities(self.site_cities()).with_place_countries(self.place_countries()).with_airlines(self.entries.entities.iter().filter(|e| e.is_airline()).map(|e| e.id));
    }

    /// The capitals the gazetteer was told of (none until [`Gazetteer::know_capitals`]).
    pub fn capitals(&self) -> &crate::merge::Capitals {
        &self.capitals
    }

    /// The entity with id `id`.
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entries.entities[i])
    }

    /// The country whose code is `code` (its first row, when several share the code).
    pub fn country(&self, code: &str) -> Option<&Entity> {
        self.country_by_code.get(code).map(|&i| &self.entries.entities[i])
    }

    /// The people who hold or held office `role` (a role id of `roles.csv`), each once, in
    /// entity order: those of the gazetteer a search for the holder of a title reads (every
    /// other entity holds no spell of it), where a walk over every entity for each title
    /// cost more than the rest of the mention's resolution.
    pub fn holders_of(&self, role: &str) -> &[usize] {
        self.role_holders.get(role).map_or(&[], Vec::as_slice)
    }

    /// Index of the entity with id `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The country an entity belongs to, as a country code (empty when none).
    pub fn country_of(&self, entity: usize) -> &Id {
        &self.entries.entities[entity].country
    }

    /// The body of state (`roles.csv` column `body`) of the offices a person holds on `day`
    /// (any day when not known), when every such office with a body has the same one: the
    /// establishment that receives a visitor as one (see `merge::one_meeting_per_counterpart`).
    pub fn body_of(&self, entity: usize, day: Option<chrono::NaiveDate>) -> Option<&str> {
        let mut bodies = self.entries.entities[entity]
            .roles
            .iter()
            .filter(|s| day.is_none_or(|d| s.covers(d)))
            .filter_map(|s| self.entries.roles.iter().find(|r| r.id == s.role))
            .map(|r| r.body.as_str())
            .filter(|b| !b.is_empty());
        let first = bodies.next()?;
        bodies.all(|b| b == first).then_some(first)
    }

    /// Find and resolve every name in the document's sentences.
    pub fn find(&self, doc: &Document) -> Found {
        self.find_in(doc, None, None)
    }

    /// The patterns of the names and of the office titles, for a [`PhraseBank`](crate::text::lexmatch::PhraseBank).
    pub fn patterns(&self) -> [&[String]; 2] {
        [self.phrases.patterns(), self.role_phrases.patterns()]
    }

    /// [`Gazetteer::find`] over a bank's scan of the document: `names` and `titles` hold the
    /// slots of [`Gazetteer::patterns`].
    pub fn find_in<'a>(&'a self, doc: &Document, names: Option<Scan<'_>>, titles: Option<Scan<'_>>) -> Found {
        let text = doc.norm.text.as_str();
        let mut hits: Vec<Hit<'a>> = Vec::new();
        let mut roles = Vec::new();
        let mut short = Vec::new();
        let is_person = |ts: &[Target]| ts.iter().any(|t| matches!(t, Target::Alias(i) if self.entries.entities[*i].kind == EntityKind::Person));
        for s in &doc.sentences {
            if crate::budget::expired() {
                break;
            }
            let from = hits.len();
            for h in self.phrases.find_in(names, text, s.range.clone()) {
                self.push_hit(&mut hits, Hit::from(&h), |range| {
                    self.phrases.find_filtered_in(names, text, range, is_person).into_iter().map(|h| Hit::from(&h)).collect()
                });
            }
            // A French or English page writes "Saâdeddine", "Benchaâboun", "Méir" where the
            // gazetteer lists the plain spelling, or the plain one where it lists accents: the
            // Latin names are looked for again on the sentence without accents, and a longer
            // name found there wins over what it overlaps.
            if let Some((bare, origin)) = crate::text::lang::strip_latin_accents_mapped(&text[s.range.clone()]) {
                let back = |h: Hit<'a>| Hit { word_start: s.range.start + origin[h.word_start], start: s.range.start + origin[h.start], end: s.range.start + origin[h.end], targets: h.targets };
                let (bank, slot) = self.latin_bank.get_or_init(|| {
                    let (bank, slots) = PhraseBank::new(&[self.latin_phrases.patterns()]);
                    (bank, slots[0])
                });
                let occurrences = bank.scan(&bare, [0..bare.len()]);
                let scan = Some(occurrences.of(*slot));
                let mut found = Vec::new();
                for h in self.latin_phrases.find_in(scan, &bare, 0..bare.len()) {
                    self.push_hit(&mut found, Hit::from(&h), |range| {
                        self.latin_phrases.find_filtered_in(scan, &bare, range, is_person).into_iter().map(|h| Hit::from(&h)).collect()
                    });
                }
                let mut all: Vec<Hit<'_>> = hits.drain(from..).chain(found.into_iter().map(back)).collect();
                // Leftmost-longest over both readings; a name inside a longer one stays only as
                // a person inside a site's or organisation's name (see `push_hit`).
                all.sort_by_key(|h| (h.word_start, std::cmp::Reverse(h.end), h.start));
                all.dedup_by(|a, b| a.word_start == b.word_start && a.start == b.start && a.end == b.end);
                let mut last_end = 0;
                for h in all {
                    let inside_last = hits.last().is_some_and(|l: &Hit<'_>| {
                        h.start > l.start && h.end <= l.end && is_person(h.targets) && l.targets.iter().any(|t| matches!(t, Target::Alias(i) if self.names_after_person(*i)))
                    });
                    if h.word_start >= last_end || inside_last {
                        last_end = last_end.max(h.end);
                        hits.push(h);
                    }
                }
            }
            for h in self.role_phrases.find_in(titles, text, s.range.clone()) {
                let (role, form) = h.payloads[0];
                if form == TitleForm::Short {
                    short.push(h.start..h.end);
                }
                roles.push(RoleMention { range: h.start..h.end, role, plural: form == TitleForm::Plural });
            }
        }
        hits.sort_by_key(|h| (h.word_start, h.end));
        let mut found = self.resolve(doc, hits, &roles);
        // "(أ ف ب)", "(تويتر)" after a headline or a photo: a credit, not a mention.
        found.entities.retain(|m| self.entries.entities[m.entity].kind != EntityKind::Organisation || !is_credit(text, &m.range));
        found.roles = roles;
        self.drop_short_titles_without_nationality(text, &short, &mut found);
        self.add_split_titles(text, &mut found);
        self.drop_served_titles(text, &mut found);
        self.mark_principals(text, &mut found);
        self.drop_generic_titles_in_apposition(text, &mut found);
        self.add_own_countries_of_titles(doc, &mut found);
        found
    }

    /// A short form of a title ("FM", "PM": `roles.csv` column `short`) names the office only
    /// right after a country told as its nationality ("Israeli FM", "Morocco's PM"); alone it
    /// is a radio band ("Chada FM") or a time of day ("5 pm"), and is dropped.
    fn drop_short_titles_without_nationality(&self, text: &str, short: &[Range<usize>], found: &mut Found) {
        if short.is_empty() {
            return;
        }
        let entities = &self.entries.entities;
        let told_after_nationality = |title: &Range<usize>| {
            found.entities.iter().rev().filter(|e| e.range.end <= title.start && title.start - e.range.end <= 3).any(|e| {
                entities[e.entity].is_country() && matches!(text[e.range.end..title.start].trim(), "" | "'s" | "'")
            })
        };
        let dropped: Vec<Range<usize>> = short.iter().filter(|r| !told_after_nationality(r)).cloned().collect();
        found.roles.retain(|r| !dropped.contains(&r.range));
    }

    /// An office that serves another names it in its own title: "الوزير المنتدب لدى رئيس
    /// الحكومة", "ministre délégué auprès du Chef du gouvernement", "minister delegate to the
    /// head of government" are the delegate's office, and the head of government is no one
    /// named there. A title right after the serving words (`to` lines of
    /// `office_qualifiers.txt`: "لدى", "auprès du", "to the") that follow another title, or
    /// a word ending one (`head` lines: "المنتدب", "délégué", "delegate"), is dropped.
    fn drop_served_titles(&self, text: &str, found: &mut Found) {
        let q = &self.entries.office_qualifiers;
        if q.serving.is_empty() {
            return;
        }
        // A generic title ("the minister") is no office to serve another in its title.
        let ends: Vec<usize> = found.roles.iter().filter(|r| !self.entries.roles[r.role].is_generic()).map(|r| r.range.end).collect();
        let word_before = |s: &str| !s.ends_with(char::is_alphanumeric);
        found.roles.retain(|r| {
            let before = text[..r.range.start].trim_end_matches(' ');
            let Some(head) = q.serving.iter().find_map(|w| before.strip_suffix(w.as_str()).filter(|h| word_before(h))) else { return true };
            let head = head.trim_end_matches(' ');
            let last = head.rsplit(' ').next().unwrap_or("");
            !(q.heads.contains(last) || ends.contains(&head.len()))
        });
    }

    /// An aide (or a kinsman) is described by the one he serves: "Jared Kushner, conseiller du
    /// président Donald Trump", "an aide to Prime Minister Y", "صهر الرئيس الأمريكي دونالد
    /// ترامب", "مستشار رئيس الوزراء", "Trump's son-in-law". That principal is named as a
    /// description, no party to what the aide does: the office title right after the words of
    /// an `aide` line of `office_qualifiers.txt` (a nationality may stand between: "adviser to
    /// US President …") is dropped, as a served title is; and the person named right after such
    /// a title (a nationality between: "الرئيس الأمريكي دونالد ترامب") who holds its office,
    /// right after the aide words themselves ("adviser to Donald Trump"), or right before "'s"
    /// and a `principal's` line ("Trump's adviser"), is marked in [`Found::principals`]; a
    /// principal's title before such words ("the prime minister's chief of staff") is dropped,
    /// and so is the aide's own title after them when it is an office of `roles.csv` too
    /// ("Bennett's chief of staff" is no army chief), or before its principal when an `aide`
    /// line begins with it ("chief of staff to the prime minister"). An
    /// aide's own title that holds the principal's ("كبير مستشاري الرئيس", "مستشار الملك",
    /// "conseiller du roi") stays, and the principal is the one after it who holds the office
    /// inside it ("مستشار الملك محمد السادس"): the aide named after it ("مستشار الملك أندري
    /// أزولاي") holds no such office and stays a party.
    fn mark_principals(&self, text: &str, found: &mut Found) {
        let q = &self.entries.office_qualifiers;
        if q.aides.is_empty() && q.aides_after_possessive.is_empty() {
            return;
        }
        let entities = &self.entries.entities;
        // Where aide words end right before `at` (blanks between): a phrase of its own, or the
        // last word's proclitics ("ومستشار").
        let aide_before = |at: usize| {
            let before = text[..at].trim_end_matches(' ');
            q.aides.iter().any(|p| {
                before.strip_suffix(p.as_str()).is_some_and(|head| {
                    let proclitics = &head[crate::text::lexmatch::word_start(head, 0, head.len())..];
                    proclitics.is_empty() || (p.starts_with(|c: char| crate::text::lang::is_arabic_letter(c)) && crate::text::lexmatch::valid_proclitics(proclitics, false))
                })
            })
        };
        // The nationality told right before `at` ("US President", "Israel's prime minister"),
        // or right after `at` ("الرئيس الأمريكي"): where it starts, or ends.
        // The entities are in text order: those starting at `at` or later are found by binary
        // search (a scan of the page's names for every title grew with their square).
        let from = |at: usize| found.entities.partition_point(|m| m.range.start < at);
        let nationality_before = |at: usize| {
            found.entities[..from(at)].iter().rev().skip_while(|m| m.range.end > at).take(1).find(|m| entities[m.entity].is_country() && matches!(text[m.range.end..at].trim(), "" | "'s" | "'")).map(|m| m.range.start)
        };
        let nationality_after = |at: usize| {
            found.entities[from(at)..].first().filter(|m| entities[m.entity].is_country() && text[at..m.range.start].trim().is_empty()).map(|m| m.range.end)
        };
        // Whether "'s" and the words of a `principal's` line follow `at` ("Trump's adviser",
        // "the prime minister's chief of staff").
        let aide_after_possessive = |at: usize| {
            text[at..].strip_prefix("'s ").is_some_and(|rest| q.aides_after_possessive.iter().any(|p| rest.strip_prefix(p.as_str()).is_some_and(|r| !r.starts_with(char::is_alphanumeric))))
        };
        // "Bennett's chief of staff", "the prime minister's chief of staff": the aide's own
        // title told after a person's or a title's "'s" is his aide's office, not the office of
        // that title in `roles.csv` (the army's chief of staff); after a country's or a body's
        // ("Israel's chief of staff", "the army's chief of staff") it is that office.
        let aides_title = |r: &RoleMention| {
            let title = &text[r.range.clone()];
            let Some(at) = text[..r.range.start].strip_suffix("'s ").map(str::len) else { return false };
            let principal = found.entities.iter().any(|m| m.range.end == at && entities[m.entity].kind == EntityKind::Person) || found.roles.iter().any(|o| o.range.end == at);
            principal && q.aides_after_possessive.has(title)
        };
        // "chief of staff to the prime minister", "chef de cabinet du ministre": the aide's own
        // title told before his principal, the start of an `aide` line longer than it, is his
        // aide's office, not the office of that title in `roles.csv` (the army's chief of staff).
        let aides_title_before = |r: &RoleMention| {
            let rest = &text[r.range.start..];
            q.aides.iter().any(|p| p.len() > r.range.len() && rest.strip_prefix(p.as_str()).is_some_and(|after| !after.starts_with(char::is_alphanumeric)))
        };
        // The principals' titles: (where the title ends, its role).
        let mut titles: Vec<(usize, usize)> = Vec::new();
        let mut dropped: Vec<Range<usize>> = found.roles.iter().filter(|r| aides_title(r) || aides_title_before(r)).map(|r| r.range.clone()).collect();
        for r in &found.roles {
            let start = nationality_before(r.range.start).unwrap_or(r.range.start);
            let before = text[..start].trim_end_matches(' ');
            let word = crate::text::lexmatch::word_start(before, 0, before.len());
            let start = if q.nationality_words.contains(&before[word..]) { word } else { start };
            if aide_before(start) || aide_after_possessive(r.range.end) {
                titles.push((r.range.end, r.role));
                dropped.push(r.range.clone());
                continue;
            }
            // An aide's own title holding the principal's: the title after its aide words.
            let title = &text[r.range.clone()];
            let Some(inner) = q.aides.iter().find_map(|p| title.strip_prefix(p.as_str()).and_then(|rest| rest.strip_prefix(' '))) else { continue };
            let inner = r.range.end - inner.len()..r.range.end;
            if let Some(h) = self.role_phrases.find_in(None, text, inner.clone()).into_iter().find(|h| h.start == inner.start && h.end == inner.end) {
                titles.push((r.range.end, h.payloads[0].0));
            }
        }
        found.roles.retain(|r| !dropped.contains(&r.range));
        let holds = |person: usize, role: usize| entities[person].roles.iter().any(|s| s.role == self.entries.roles[role].id);
        let mut principals = Vec::new();
        let blank = |from: usize, to: usize| from <= to && text[from..to].trim().is_empty();
        for m in found.entities.iter().filter(|m| entities[m.entity].kind == EntityKind::Person) {
            let start = m.range.start;
            let after_title = titles.iter().any(|&(end, role)| (blank(end, start) || nationality_after(end).is_some_and(|n| blank(n, start))) && holds(m.entity, role));
            if after_title || aide_before(start) || aide_after_possessive(m.range.end) {
                principals.push(m.range.clone());
            }
        }
        principals.sort_by_key(|r| (r.start, r.end));
        found.principals = principals;
    }

    /// A generic title (see [`super::load::RoleTitle::any_of`]) told in apposition after a
    /// person's name describes that person: "عيساوي فريج، الوزير الإسرائيلي المكلف بالتعاون
    /// الإقليمي", "Issawi Frej, the Israeli minister for regional cooperation" is Frej, not the
    /// page's other Israeli minister, so it is no title to resolve.
    fn drop_generic_titles_in_apposition(&self, text: &str, found: &mut Found) {
        let entities = &self.entries.entities;
        let person_ends: Vec<usize> = found.entities.iter().filter(|m| entities[m.entity].kind == EntityKind::Person).map(|m| m.range.end).collect();
        if person_ends.is_empty() {
            return;
        }
        let countries = &found.entities;
        found.roles.retain(|r| {
            if !self.entries.roles[r.role].is_generic() {
                return true;
            }
            // Past a nationality right before the title ("the Israeli minister").
            let mut start = r.range.start;
            if let Some(n) = countries.iter().rev().find(|m| m.range.end <= start && entities[m.entity].is_country())
                && matches!(text[n.range.end..start].trim(), "" | "'s")
            {
                start = n.range.start;
            }
            let before = text[..start].trim_end();
            let before = ["the", "le", "la", "l'"].iter().find_map(|a| before.strip_suffix(a).filter(|b| b.ends_with([' ', ',']))).unwrap_or(before).trim_end();
            let Some(name_end) = before.strip_suffix(crate::text::clause::COMMAS).map(str::trim_end) else { return true };
            !person_ends.contains(&name_end.len())
        });
    }

    /// "وزير خارجية بلاده", "le ministre de la défense de son pays", "his country's foreign
    /// minister": a title told with a phrase of `own_country.txt` is of the country of the one
    /// named before it in its sentence (a person, a body, the nationality of a title: not a
    /// city). The phrase is found as a mention of that country, where the title's nationality
    /// is read, so the title names the holder of the day as "وزير الخارجية الإسرائيلي" does.
    fn add_own_countries_of_titles(&self, doc: &Document, found: &mut Found) {
        let own = &self.entries.own_country;
        let text = doc.norm.text.as_str();
        let entities = &self.entries.entities;
        let mut added = Vec::new();
        for r in found.roles.iter().filter(|r| !r.plural) {
            let after = text[r.range.end..].strip_prefix(' ').unwrap_or("");
            let before = text[..r.range.start].strip_suffix(' ').unwrap_or("");
            let follows = own.after.iter().find(|p| after.strip_prefix(p.as_str()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)));
            let precedes = own.before.iter().find(|p| before.strip_suffix(p.as_str()).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric)));
            let phrase = match (follows, precedes) {
                (Some(p), _) => text.len() - after.len()..text.len() - after.len() + p.len(),
                (None, Some(p)) => before.len() - p.len()..before.len(),
                (None, None) => continue,
            };
            let Some(sentence) = doc.sentences.iter().find(|s| s.range.start <= r.range.start && r.range.start < s.range.end) else { continue };
            let start = phrase.start.min(r.range.start);
            let speaker = found.entities.iter().rev().filter(|m| m.range.end <= start && m.range.start >= sentence.range.start).find(|m| {
                let e = &entities[m.entity];
                !e.country.is_empty() && (e.kind != EntityKind::Place || e.is_country())
            });
            let country = speaker.map(|m| &entities[m.entity].country);
            if let Some(c) = country.and_then(|c| entities.iter().position(|e| e.is_country() && e.country == *c))
                && !found.entities.iter().any(|m| m.range.start < phrase.end && phrase.start < m.range.end)
            {
                added.push(EntityMention { range: phrase.clone(), name_range: phrase, entity: c, how: Resolution::Context });
            }
        }
        if !added.is_empty() {
            found.entities.extend(added);
            found.entities.sort_by_key(|m| (m.range.start, m.range.end));
        }
    }

    /// French tells a nationality inside a title, after its first word: "le ministre émirati
    /// des affaires étrangères", and for several holders "les ministres marocain et israélien
    /// de la défense", "les chefs marocain, émirati et israélien de la diplomatie". Such a title
    /// is found here from the nationalities (countries of `found`, joined by "," or "et") and
    /// the words around them, and spans them, so that its countries are those inside it. A
    /// title found whole already ("ministre israélien de la défense") is kept as it is.
    fn add_split_titles(&self, text: &str, found: &mut Found) {
        let entities = &self.entries.entities;
        let is_country = |m: &EntityMention| entities[m.entity].is_country() && m.range == m.name_range;
        let mut added = Vec::new();
        let mut i = 0;
        while i < found.entities.len() {
            let first = &found.entities[i];
            i += 1;
            if !is_country(first) {
                continue;
            }
            let before = text[..first.range.start].strip_suffix(' ').unwrap_or("");
            let head_start = crate::text::lexmatch::word_start(before, 0, before.len());
            let Some(titles) = self.split_titles.get(&before[head_start..]) else { continue };
            let mut end = first.range.end;
            let mut countries = 1;
            while let Some(next) = found.entities.get(i).filter(|n| is_country(n) && matches!(&text[end..n.range.start], ", " | " et " | ", et ")) {
                end = next.range.end;
                countries += 1;
                i += 1;
            }
            let rest = text[end..].strip_prefix(' ').unwrap_or("");
            let told = titles.iter().filter(|(tail, _, _)| rest.starts_with(tail.as_str()) && !rest[tail.len()..].starts_with(char::is_alphanumeric)).max_by_key(|(tail, _, _)| tail.len());
            if let Some((tail, role, plural)) = told {
                let range = head_start..end + 1 + tail.len();
                if !found.roles.iter().any(|r| r.range == range) {
                    added.push(RoleMention { range, role: *role, plural: *plural || countries > 1 });
                }
            }
        }
        if added.is_empty() {
            return;
        }
        // The whole title hides the titles inside it ("chef de la diplomatie" in a longer one).
        found.roles.retain(|r| !added.iter().any(|a: &RoleMention| a.range.covers(&r.range)));
        found.roles.extend(added);
        found.roles.sort_by_key(|r| (r.range.start, r.range.end));
    }

    /// Push `hit`, and when it names a site or organisation after a person ("ضريح محمد
    /// الخامس"), the people inside it too (`inner` finds the people of a range).
    fn push_hit<'a>(&self, hits: &mut Vec<Hit<'a>>, hit: Hit<'a>, inner: impl FnOnce(std::ops::Range<usize>) -> Vec<Hit<'a>>) {
        let (start, end) = (hit.start, hit.end);
        let names_person = hit.targets.iter().any(|t| matches!(t, Target::Alias(i) if self.names_after_person(*i)));
        hits.push(hit);
        if names_person {
            hits.extend(inner(start..end).into_iter().filter(|h| h.start > start));
        }
    }

    /// Places and organisations whose names may hold a person's name (several words).
    fn names_after_person(&self, entity: usize) -> bool {
        self.may_hold_person[entity]
    }

    fn resolve(&self, doc: &Document, hits: Vec<Hit<'_>>, roles: &[RoleMention]) -> Found {
        let mut found = Found::default();
        // First the full names, which need no context; they give the context for the rest.
        let mut pending = Vec::new();
        for hit in hits {
            let targets = &hit.targets;
            if targets.contains(&Target::Ordinary) {
                continue;
            }
            let aliases: Vec<usize> = targets.iter().filter_map(|t| if let Target::Alias(i) = t { Some(*i) } else { None }).collect();
            if aliases.len() == 1 {
                found.entities.push(hit.mention(aliases[0], Resolution::Alias));
            } else {
                pending.push(hit);
            }
        }
        let mut article_countries: HashMap<&Id, usize, WordHasher> = HashMap::default();
        for m in &found.entities {
            *article_countries.entry(self.country_of(m.entity)).or_default() += 1;
        }
        // Where each entity is first named in full, for surnames that come after, and how: a
        // full name several people share is resolved in context below, in text order, so that
        // its surname alone later ("Sadiki said") is the same person, open to the event's date
        // as the full name is.
        let mut first_named: HashMap<usize, (usize, Resolution), WordHasher> = HashMap::default();
        for m in &found.entities {
            first_named.entry(m.entity).or_insert((m.range.start, Resolution::Alias));
        }
        let named = found.entities.len();
        let places = self.generic_places(&pending);
        for hit in pending {
            match self.resolve_in_context(doc, &hit, &found.entities[..named], &places, &first_named, &article_countries, roles) {
                Some((entity, how)) => {
                    let full_name = !hit.targets.iter().any(|t| matches!(t, Target::Surname(_)));
                    if full_name && self.entries.entities[entity].kind == EntityKind::Person {
                        first_named.entry(entity).or_insert((hit.start, how));
                    }
                    found.entities.push(hit.mention(entity, how));
                }
                None => found.unresolved.push(hit.start..hit.end),
            }
        }
        found.entities.sort_by_key(|m| (m.range.start, m.range.end));
        found
    }

    /// The places named only by a generic name that is no other entity's ("جدة", a city's name
    /// that is also a common word), with their country: (where, country). Such a name is not
    /// taken for the place without context, but it tells which country another generic name
    /// beside it is ("حطت في جدة … من إسرائيل إلى المملكة": the kingdom of Jeddah).
    fn generic_places<'h>(&'h self, pending: &[Hit<'_>]) -> Vec<(std::ops::Range<usize>, &'h Id)> {
        pending
            .iter()
            .filter_map(|h| {
                let mut entities = h.targets.iter().filter_map(|t| if let Target::Generic(i) = t { Some(*i) } else { None });
                let only = entities.next().filter(|_| entities.next().is_none() && h.targets.iter().all(|t| matches!(t, Target::Generic(_))))?;
                let e = &self.entries.entities[only];
                (e.kind == EntityKind::Place && !e.is_country() && !e.country.is_empty()).then_some((h.start..h.end, &e.country))
            })
            .collect()
    }

    /// Resolve a surname or a generic or shared name from what surrounds it; `places` are the
    /// places named by a generic name alone (see [`Self::generic_places`]), which point to a
    /// country when no full name of the sentence does.
    #[allow(clippy::too_many_arguments)]
    fn resolve_in_context(
        &self,
        doc: &Document,
        hit: &Hit,
        resolved: &[EntityMention],
        places: &[(std::ops::Range<usize>, &Id)],
        first_named: &HashMap<usize, (usize, Resolution), WordHasher>,
        article_countries: &HashMap<&Id, usize, WordHasher>,
        roles: &[RoleMention],
    ) -> Option<(usize, Resolution)> {
        let targets = hit.targets;
        let surnames: Vec<usize> = targets.iter().filter_map(|t| if let Target::Surname(i) = t { Some(*i) } else { None }).collect();
        if !surnames.is_empty() {
            let earlier = surnames.iter().filter_map(|s| first_named.get(s).filter(|&&(at, _)| at < hit.start).map(|&(at, how)| (at, *s, how))).max_by_key(|&(at, s, _)| (at, s));
            if let Some((_, person, how)) = earlier {
                // The surname of a shared full name stays open to the date as the name is.
                let how = if how == Resolution::Namesake { how } else { Resolution::SurnameInArticle };
                return Some((person, how));
            }
            // "كريم بنعلي" is not Leila Benali: a known given name right before the surname that
            // is not this person's says it is somebody else of that name.
            let text = &doc.norm.text;
            let before = text[..hit.word_start].trim_end_matches(' ');
            let previous_word = &before[crate::text::lexmatch::word_start(before, 0, before.len())..];
            let other_given_name = |person: usize| {
                self.given_names.contains(previous_word)
                    && !self.entries.entities[person].aliases.iter().chain(&self.entries.entities[person].variants).any(|a| a.split(' ').next() == Some(previous_word))
            };
            // "وكذلك التقى شكري بلابيد" after "سامح شكري": a surname that is also a given name
            // or an ordinary word (`shared` of name_words.txt) names alone only the person
            // named in full before it, never the only one bearing it nor one an office of the
            // article might tell ("أعرب وزير الخارجية عن شكري": his thanks).
            if self.entries.name_words.shared.contains(&text[hit.start..hit.end]) {
                return None;
            }
            if surnames.len() == 1 && !other_given_name(surnames[0]) {
                return Some((surnames[0], Resolution::SurnameUnique));
            }
            return self.by_office(doc, hit, &surnames, roles).map(|p| (p, Resolution::Context));
        }
        // Generic names, and full aliases shared by several entries: the candidate whose country
        // is named nearest in the sentence, else the most named in the article.
        let candidates: Vec<usize> = targets
            .iter()
            .filter_map(|t| match t {
                Target::Alias(i) | Target::Generic(i) => Some(*i),
                Target::Surname(_) | Target::Ordinary => None,
            })
            .collect();
        let namesakes = candidates.len() > 1 && candidates.iter().all(|&c| self.entries.entities[c].kind == EntityKind::Person);
        if namesakes && let Some(p) = self.by_office(doc, hit, &candidates, roles) {
            return Some((p, Resolution::Context));
        }
        if let Some(c) = self.not_of_the_seat(&doc.norm.text, hit, resolved, &candidates) {
            return Some((c, Resolution::Context));
        }
        let sentence = &doc.sentences[doc.sentences.partition_point(|s| s.range.end <= hit.start).min(doc.sentences.len().checked_sub(1)?)];
        // "le bureau de liaison de son pays à Rabat": the country of the one named before it
        // (a person, the nationality of a title, a body: "le chef de la diplomatie
        // israélienne"), not of a city or site nearer to it.
        let own = self.told_as_own_country(&doc.norm.text, hit);
        let speaks_for = |m: &EntityMention| {
            let e = &self.entries.entities[m.entity];
            m.range.end <= hit.start && (e.kind != EntityKind::Place || e.is_country())
        };
        // Full names are in text order: the sentence's are a slice found by binary search.
        let first = resolved.partition_point(|m| m.range.start < sentence.range.start);
        let nearest = resolved[first..]
            .iter()
            .take_while(|m| m.range.start < sentence.range.end)
            .filter(|m| m.range.end <= sentence.range.end)
            .filter(|m| !own || speaks_for(m))
            .filter_map(|m| {
                let country = self.country_of(m.entity);
                let candidate = candidates.iter().find(|&&c| !country.is_empty() && self.country_of(c) == country)?;
                let distance = if m.range.end <= hit.start { hit.start - m.range.end } else { m.range.start.saturating_sub(hit.end) };
                Some((distance, *candidate))
            })
            .min();
        // "حط في جدة قادما من إسرائيل، في أول رحلة … إلى المملكة": with no full name of a
        // candidate's country in the sentence, a place of the sentence named only generically
        // tells the country, before the article's most named one is taken.
        let nearest = nearest.or_else(|| {
            places
                .iter()
                .filter(|(at, _)| at.start >= sentence.range.start && at.end <= sentence.range.end && *at != (hit.start..hit.end))
                .filter_map(|(at, country)| {
                    let candidate = candidates.iter().find(|&&c| self.country_of(c) == *country)?;
                    let distance = if at.end <= hit.start { hit.start - at.end } else { at.start.saturating_sub(hit.end) };
                    Some((distance, *candidate))
                })
                .min()
        });
        // Namesakes no title told apart stay open to the event's date.
        let how = if namesakes { Resolution::Namesake } else { Resolution::Context };
        if let Some((_, c)) = nearest {
            return Some((c, how));
        }
        let best = candidates
            .iter()
            .map(|&c| (article_countries.get(self.country_of(c)).copied().unwrap_or(0), c))
            .filter(|&(n, c)| n > 0 && !self.country_of(c).is_empty())
            .max_by_key(|&(n, c)| (n, std::cmp::Reverse(c)));
        match best {
            Some((_, c)) => Some((c, how)),
            // Namesakes with nothing to tell them apart: the one the file lists first.
            None if namesakes => candidates.iter().min().map(|&c| (c, how)),
            None => None,
        }
    }
}

impl Gazetteer {
    /// Whether a generic name is told as the own country's of someone named before it: a
    /// phrase of `own_country.txt` right after it ("le bureau de liaison de son pays", "مكتب
    /// الاتصال التابع لبلاده") or right before it ("his country's liaison office").
    fn told_as_own_country(&self, text: &str, hit: &Hit) -> bool {
        let own = &self.entries.own_country;
        let after = text[hit.end..].strip_prefix(' ').unwrap_or("");
        let before = text[..hit.word_start].strip_suffix(' ').unwrap_or("");
        let follows = |p: &String| after.strip_prefix(p.as_str()).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
        let precedes = |p: &String| before.strip_suffix(p.as_str()).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric));
        own.after.iter().any(follows) || own.before.iter().any(precedes)
    }

    /// "مكتب الاتصال في الرباط", "the liaison office in Rabat", "le bureau de liaison à Tel-Aviv":
    /// a city or site named right after a generic name of offices a country opens abroad (the
    /// words of `seat` lines of `own_country.txt` between, or a proclitic: "بالرباط") is the
    /// office's seat, in the host country; the office is the only candidate of another country.
    fn not_of_the_seat(&self, text: &str, hit: &Hit, resolved: &[EntityMention], candidates: &[usize]) -> Option<usize> {
        let entities = &self.entries.entities;
        if candidates.len() < 2 || !candidates.iter().all(|&c| entities[c].is_office_abroad()) {
            return None;
        }
        let seat = resolved.get(resolved.partition_point(|m| m.range.start < hit.end))?;
        let place = &entities[seat.entity];
        let gap = text[hit.end..seat.range.start].trim();
        if place.kind != EntityKind::Place || place.is_country() || place.country.is_empty() || !(gap.is_empty() || self.entries.own_country.seat.has(gap)) {
            return None;
        }
        let mut others = candidates.iter().filter(|&&c| entities[c].country != place.country);
        match (others.next(), others.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }

    /// Namesakes (people under one name: Rabat's mayor and the agriculture minister, both
    /// Mohamed Sadiki): the one holding an office whose title is nearest to the name, in its
    /// sentence first, else in the article ("عمدة الرباط محمد صديقي" is the mayor, "وزير
    /// الفلاحة محمد صديقي" the minister). A title that both hold, or neither, tells nothing.
    fn by_office(&self, doc: &Document, hit: &Hit, people: &[usize], roles: &[RoleMention]) -> Option<usize> {
        let sentence = &doc.sentences[doc.sentences.partition_point(|s| s.range.end <= hit.start).min(doc.sentences.len().checked_sub(1)?)];
        let holder = |r: &RoleMention| {
            let role = &self.entries.roles[r.role].id;
            let mut holders = people.iter().filter(|&&p| self.entries.entities[p].roles.iter().any(|s| &s.role == role));
            match (holders.next(), holders.next()) {
                (Some(&p), None) => Some(p),
                _ => None,
            }
        };
        let distance = |r: &RoleMention| if r.range.end <= hit.start { hit.start - r.range.end } else { r.range.start.saturating_sub(hit.end) };
        let elsewhere = |r: &RoleMention| r.range.start < sentence.range.start || r.range.end > sentence.range.end;
        roles.iter().filter_map(|r| holder(r).map(|p| (elsewhere(r), distance(r), p))).min().map(|(_, _, p)| p)
    }
}

/// The French titles of `entries` that a nationality may split (see
/// [`Gazetteer::add_split_titles`]), by first word: a Latin title of two words or more whose
/// second word is "de", "des", "du" or an elided "d'" ("ministre des affaires étrangères",
/// "chefs de la diplomatie"), with the rest of it, its role and whether it is plural.
fn split_titles(entries: &Entries) -> HashMap<String, Vec<(String, usize, bool)>, WordHasher> {
    let mut table: HashMap<String, Vec<(String, usize, bool)>, WordHasher> = HashMap::default();
    for (i, r) in entries.roles.iter().enumerate() {
        let titles = r.aliases.iter().map(|a| (a, false)).chain(r.plural.iter().map(|a| (a, true)));
        for (title, plural) in titles.filter(|(a, _)| a.starts_with(|c: char| c.is_ascii_lowercase())) {
            let Some((head, rest)) = title.split_once(' ') else { continue };
            let preposition = rest.split(' ').next().is_some_and(|w| matches!(w, "de" | "des" | "du") || w.starts_with("d'"));
            if preposition {
                table.entry(head.to_string()).or_default().push((rest.to_string(), i, plural));
            }
        }
    }
    table
}

/// Whether `range` is alone in parentheses that close its line: a photo or source credit.
fn is_credit(text: &str, range: &std::ops::Range<usize>) -> bool {
    let before = text[..range.start].trim_end_matches(' ');
    let after = text[range.end..].trim_start_matches(' ');
    before.ends_with('(') && after.starts_with(')') && after[1..].trim_start_matches(' ').chars().next().is_none_or(|c| c == '\n')
}

/// An accepted occurrence of a phrase.
#[derive(Debug, Clone)]
struct Hit<'a> {
    word_start: usize,
    start: usize,
    end: usize,
    targets: &'a [Target],
}

impl<'a> From<&PhraseHit<'a, Target>> for Hit<'a> {
    fn from(h: &PhraseHit<'a, Target>) -> Hit<'a> {
        Hit { word_start: h.word_start, start: h.start, end: h.end, targets: h.payloads }
    }
}

impl Hit<'_> {
    fn mention(&self, entity: usize, how: Resolution) -> EntityMention {
        EntityMention { range: self.word_start..self.end, name_range: self.start..self.end, entity, how }
    }
}

/// The kind-aware view most callers want: entity kind of a mention.
pub fn kind_of(g: &Gazetteer, m: &EntityMention) -> EntityKind {
    g.entities()[m.entity].kind
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::gazetteer::load::{parse_entities, parse_roles};

    fn gazetteer() -> Gazetteer {
        let roles = parse_roles("id,name,aliases\nforeign_minister,Foreign minister,وزير الخارجية|وزير خارجية\n", "roles.csv").unwrap();
        let mut entities = parse_entities(
            "id,name,name_ar,aliases,surnames,country,roles\n\
             yair-lapid,Yair Lapid,يائير لابيد,يئير لبيد,لابيد|لبيد,IL,\n\
             benny-gantz,Benny Gantz,بيني غانتس,بيني جانتس,غانتس|جانتس,IL,\n\
             abdellatif-loudiyi,Abdellatif Loudiyi,عبد اللطيف لوديي,عبداللطيف لوديي,لوديي,MA,\n\
             abdellatif-hammouchi,Abdellatif Hammouchi,عبد اللطيف الحموشي,,الحموشي,MA,\n\
             abdullah-ii,Abdullah II of Jordan,عبد الله الثاني,,,JO,\n\
             omar-hilale,Omar Hilale,عمر هلال,,هلال,MA,\n\
             hilal-x,Hilal Other,سمير هلال,,هلال,EG,\n",
            "people.csv",
            EntityKind::Person,
            &roles,
        )
        .unwrap();
        entities.extend(
            parse_entities(
                "id,name,name_ar,aliases,generic_aliases,country,kind\n\
                 mfa-ma,Ministry of Foreign Affairs (Morocco),وزارة الخارجية المغربية,,وزارة الخارجية,MA,ministry\n\
                 mfa-il,Ministry of Foreign Affairs (Israel),وزارة الخارجية الإسرائيلية,,وزارة الخارجية,IL,ministry\n",
                "organisations.csv",
                EntityKind::Organisation,
                &roles,
            )
            .unwrap(),
        );
        entities.extend(
            parse_entities(
                "id,name,name_ar,aliases,generic_aliases,country,kind\n\
                 morocco,Morocco,المغرب,المغربي|المغربية,المملكة,MA,country\n\
                 israel,Israel,إسرائيل,الإسرائيلي|الإسرائيلية|إسرائيلية|إسرئيل,,IL,country\n\
                 jordan,Jordan,الأردن,,المملكة,JO,country\n\
                 rabat,Rabat,الرباط,,,MA,city\n\
                 aqaba,Aqaba,مدينة العقبة,,العقبة,JO,city\n\
                 tel-aviv,Tel Aviv,تل أبيب,تل أبيت,,IL,city\n\
                 tel-aviv-yafo,Tel Aviv-Yafo,,,,IL,city\n",
                "places.csv",
                EntityKind::Place,
                &roles,
            )
            .unwrap(),
        );
        Gazetteer::new(Entries { entities, roles, ..Default::default() })
    }

    fn names(text: &str) -> Vec<(String, String)> {
        let g = gazetteer();
        let doc = Document::new(Article::from_text("t.txt", text), &Lexicons::builtin());
        let found = g.find(&doc);
        found.entities.iter().map(|m| (doc.original(m.range.clone()).to_string(), g.entities()[m.entity].id.to_string())).collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    /// (name, text, expected (surface, id) pairs).
    const CASES: &[(&str, &str, &[(&str, &str)])] = &[
        ("plain alias", "وصل يائير لابيد", &[("يائير لابيد", "yair-lapid")]),
        ("variant spelling", "وصل يئير لبيد", &[("يئير لبيد", "yair-lapid")]),
        ("proclitic wa", "والمغرب", &[("والمغرب", "morocco")]),
        ("proclitic bi with article", "بالرباط", &[("بالرباط", "rabat")]),
        ("wa + bi", "وبالرباط", &[("وبالرباط", "rabat")]),
        ("li absorbs the article's alef", "وللمغرب", &[("وللمغرب", "morocco")]),
        ("li before a name", "زيارة رسمية للابيد", &[("للابيد", "yair-lapid")]),
        ("nothing glued after", "المغربيات", &[]),
        ("not a proclitic", "تالمغرب", &[]),
        ("elided article needs li", "بمغرب", &[]),
        ("adjective", "الجيش المغربي", &[("المغربي", "morocco")]),
        ("typo alias", "نحو إسرئيل", &[("إسرئيل", "israel")]),
        ("two-word place", "جامعة تل أبيت", &[("تل أبيت", "tel-aviv")]),
        ("joined compound name", "عبداللطيف لوديي", &[("عبداللطيف لوديي", "abdellatif-loudiyi")]),
        ("longest wins", "الملك عبد الله الثاني", &[("عبد الله الثاني", "abdullah-ii")]),
        ("shared first name alone resolves to nobody", "قال عبد اللطيف إن", &[]),
        ("surname of a person named earlier", "بيني غانتس. ثم قال غانتس", &[("بيني غانتس", "benny-gantz"), ("غانتس", "benny-gantz")]),
        ("unique surname", "قال لوديي", &[("لوديي", "abdellatif-loudiyi")]),
        ("surname after another person's given name", "قال يائير لوديي", &[]),
        ("ambiguous surname unresolved", "قال هلال", &[]),
        ("ambiguous surname after full name", "عمر هلال. وقال هلال", &[("عمر هلال", "omar-hilale"), ("هلال", "omar-hilale")]),
        ("generic by sentence context", "مصادر إسرائيلية أن وزارة الخارجية تجري", &[("إسرائيلية", "israel"), ("وزارة الخارجية", "mfa-il")]),
        ("generic by article context", "المغرب والمغرب. المملكة", &[("المغرب", "morocco"), ("والمغرب", "morocco"), ("المملكة", "morocco")]),
        ("generic without context", "المملكة", &[]),
        // A city named only by a generic name tells the kingdom of its sentence, against the
        // article's most named country; it is not taken for the city itself.
        ("generic place tells the country", "المغرب والمغرب. هبطت طائرة الوفد في العقبة آتية من تل أبيب إلى المملكة", &[("المغرب", "morocco"), ("والمغرب", "morocco"), ("تل أبيب", "tel-aviv"), ("المملكة", "jordan")]),
        ("generic place elsewhere tells nothing", "المغرب والمغرب. هبطت في العقبة. وصل الوفد إلى المملكة", &[("المغرب", "morocco"), ("والمغرب", "morocco"), ("المملكة", "morocco")]),
        ("full name beats generic place", "هبطت في العقبة آتية من الرباط إلى المملكة", &[("الرباط", "rabat"), ("المملكة", "morocco")]),
        ("specific beats generic", "وزارة الخارجية المغربية", &[("وزارة الخارجية المغربية", "mfa-ma")]),
        ("diacritics and tatweel", "بـوريطة لـابِيد", &[("لـابِيد", "yair-lapid")]),
        ("latin accents on a plain listed name", "M. Yaïr Lapid est arrivé à Tel Aviv", &[("Yaïr Lapid", "yair-lapid"), ("Tel Aviv", "tel-aviv")]),
        ("latin accents beside an arabic name", "Bénny Gantz et عبداللطيف لوديي", &[("Bénny Gantz", "benny-gantz"), ("عبداللطيف لوديي", "abdellatif-loudiyi")]),
        ("an accented name wins over the shorter plain one", "Yair Lapid à Tel Aviv-Yâfo", &[("Yair Lapid", "yair-lapid"), ("Tel Aviv-Yâfo", "tel-aviv-yafo")]),
    ];

    #[test]
    fn matching_rules() {
        for (name, text, expected) in CASES {
            assert_eq!(names(text), pairs(expected), "case {name:?}: {text:?}");
        }
    }

    #[test]
    fn case_names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn office_titles_are_found() {
        let g = gazetteer();
        let doc = Document::new(Article::from_text("t.txt", "وزير الخارجية الإسرائيلي"), &Lexicons::builtin());
        let found = g.find(&doc);
        assert_eq!(found.roles.len(), 1);
        assert_eq!(g.entries.roles[found.roles[0].role].id, "foreign_minister");
        assert_eq!(found.entities.len(), 1);
    }
}
