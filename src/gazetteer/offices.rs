//! Whose office a title written without a nationality is: "جلالة الملك", "صاحب الجلالة",
//! "Sa Majesté le Roi", "the King" alone.
//!
//! A Moroccan page says "جلالة الملك" for its own king and names no country; a page about
//! Morocco and Israel that names no other king means Mohammed VI by it. The rule is general, a
//! title that one country's office owns in the article's context: of the countries whose people
//! hold the office in the gazetteer, the one of the article's two main countries when exactly
//! one of them has it; else the one the article's names point to far more than to any other
//! (its places, people, organisations and nationality adjectives: "بالرباط" is Morocco's, a
//! country named once in passing is not); else the only country that has the office at all
//! (never another one the page does not name).
//! Whichever it is, the title is read as no one's when a holder of the same office of another
//! country is named shortly before it ("الملك عبد الله الثاني", "العاهل الأردني", "King of
//! Jordan"): the title may then be his. One named after it under the same title, with his
//! country or his name ("العاهل الأردني", "الملك عبد الله الثاني"), is another party, and his
//! country is not the title's: in "أجرى جلالة الملك اتصالا هاتفيا مع العاهل الأردني" the
//! title is not Jordan's, even when Jordan is one of the article's main countries. (A name
//! alone after the title may be the same person again: "قال رئيس الوزراء … وأضاف نتنياهو".)
//!
//! Only a definite title is the holder of the day: "وزير الخارجية الإسرائيلي", "Israel's
//! foreign minister", "le ministre israélien des affaires étrangères". An indefinite one is
//! any of them ("وزير خارجية إسرائيلي", "سفير مغربي", "an Israeli foreign minister", "un
//! ministre israélien des affaires étrangères"), and a former one an earlier holder ("وزير
//! الخارجية الإسرائيلي السابق", "the former Israeli foreign minister", "l'ancien ministre"):
//! see [`Gazetteer::names_the_holder`].

use crate::hash::FxHashMap as HashMap;
use std::ops::Range;

use super::matcher::{EntityMention, Found, Gazetteer};
use crate::idset::Id;

/// How far before the title (normalised bytes, about one Arabic sentence) another country's
/// holder of the office makes the title ambiguous.
const RIVAL_BEFORE: usize = 320;

/// How far after the title (about one Arabic sentence) a holder of the office named under
/// the same title is another party.
const PARTY_AFTER: usize = 400;

/// How many times more of the article's names must point to a country than to any other
/// country with the office, for the title to be that country's.
const DOMINANCE: usize = 3;

/// Whether `word` (normalised) is an Arabic nationality adjective without the article: a
/// nisba in ي or يه (ة normalised) not opened by ال ("إسرائيلي", "مغربية"), as an indefinite
/// title takes ("وزير خارجية إسرائيلي"); a definite title takes "الإسرائيلي", a country's name
/// ("وزير خارجية إسرائيل") is no adjective.
fn arabic_indefinite_adjective(word: &str) -> bool {
    let first = word.split(' ').next().unwrap_or("");
    let arabic = first.chars().next().is_some_and(crate::text::lang::is_arabic_letter);
    arabic && !first.starts_with("ال") && (first.ends_with('ي') || first.ends_with("يه")) && first.chars().count() >= 4
}

/// Whether `word` (normalised) is an Arabic nationality adjective with the article, the one a
/// definite noun takes ("الموريتانية" of "الحكومة الموريتانية", "الجزائري"): a nisba in ي or يه
/// (ة normalised) opened by ال. A country's name ("المغرب", "الجزائر") is none.
pub fn arabic_definite_adjective(word: &str) -> bool {
    let last = word.rsplit(' ').next().unwrap_or("");
    let arabic = last.chars().next().is_some_and(crate::text::lang::is_arabic_letter);
    arabic && last.starts_with("ال") && (last.ends_with('ي') || last.ends_with("يه")) && last.chars().count() >= 6
}

/// Most bytes between a title and the country that qualifies it ("العاهل الأردني", "ملك
/// الأردن", "King of Jordan", "Jordan's King").
const QUALIFIER_GAP: usize = 8;

impl Gazetteer {
    /// The countries whose office `role` (a role id) someone in the gazetteer holds, sorted
    /// (a table built when the gazetteers load).
    pub fn office_countries(&self, role: &str) -> &[Id] {
        self.entries.office_countries(role)
    }

    /// Whether the office title at `title` (normalised `text`) names the office's holder of
    /// the day: not when it is indefinite or former (see the module documentation). Read from
    /// the word before the title (or before the nationality told before it: "an Israeli
    /// foreign minister"), the nationality after it (an Arabic adjective without the article:
    /// "وزير خارجية إسرائيلي"), and the word after that ("السابق"); the words are those of
    /// `office_qualifiers.txt`.
    pub fn names_the_holder(&self, text: &str, title: &Range<usize>, found: &Found) -> bool {
        let q = &self.entries.office_qualifiers;
        if self.heads_a_body(text, title, found) || self.read_as_a_verb(text, title) {
            return false;
        }
        let is_country = |e: &&EntityMention| self.entities()[e.entity].is_country();
        // Before: skip a nationality that ends right before the title ("israeli ", "israel's ").
        let mut start = title.start;
        if let Some(n) = found.starting_in(&(0..title.start)).iter().rev().find(is_country).filter(|n| n.range.end <= start)
            && matches!(text[n.range.end..start].trim(), "" | "'s" | "'")
        {
            start = n.range.start;
        }
        let before = text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        // "ex-ministre": the prefix glued to the title is a word of its own.
        let glued = text[..start].rsplit(char::is_whitespace).next().unwrap_or("");
        if q.before.contains(before) || (!glued.is_empty() && q.before.contains(glued)) {
            return false;
        }
        // After: the nationality right after the title, then the next word.
        let mut end = title.end;
        // (Names inside the title start before its end; one after a blank or two is adjacent.)
        let adjacent = found.starting_in(&(title.start..end + 3)).iter().filter(is_country).find(|e| e.range.start >= end && text[end..e.range.start].trim().is_empty());
        if let Some(n) = adjacent {
            if arabic_indefinite_adjective(&text[n.name_range.clone()]) {
                return false;
            }
            end = n.range.end;
        }
        let after = text[end..].split_whitespace().next().unwrap_or("");
        let after = after.trim_end_matches(|c: char| !c.is_alphanumeric());
        !q.after.contains(after)
    }

    /// Whether a personal name that is not a holder's follows the title at `title` right away
    /// (glued by a hyphen at most): «عند جسر الملك حسين», "at the King Hussein Bridge", « au
    /// pont Roi-Hussein », «الملك عبد الله» in a story of Morocco's king. The title is then that
    /// person's (another king's, a place named after him), not the office of `role` that
    /// `country`'s holder fills. A personal name is a given name of the gazetteer's people
    /// ([`super::load::given_names`], [`super::load::latin_given_names`]; not a word of the
    /// language it spells too, an `ordinary` line of `name_words.txt`) that no spelling of a
    /// holder of that office for `country` has among its words («الملك محمد» is Mohammed VI).
    pub fn another_name_after_title(&self, text: &str, title: &Range<usize>, role: &str, country: &Id) -> bool {
        let rest = &text[title.end..];
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        let Some(word) = rest.split_whitespace().next().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric())) else { return false };
        if !self.names_after_title.contains(word) {
            return false;
        }
        let entities = self.entities();
        let holders = self.holders_of(role).iter().map(|&i| &entities[i]).filter(|e| e.roles.iter().any(|s| s.role == role && s.country == *country));
        !holders.flat_map(|e| e.aliases.iter().chain(&e.variants)).any(|name| name.split(' ').any(|w| w == word))
    }

    /// Whether the title at `title` is a verb form it shares its spelling with (a `verb` line of
    /// `office_qualifiers.txt`: French « président », they chair) told after its subject: a
    /// pronoun of a `subject` line right before it (« ils président », « qui président »), or a
    /// plural noun (in s or x) right before it that a `plural` word opens, one word between at
    /// most (« les ministres président », « les deux ministres président »). The noun has its
    /// determiner (« le président »), or stands after a comma in apposition (« Isaac Herzog,
    /// président d'Israël »), or after an adverb (« alors président »): never after a bare
    /// plural subject. (Glued to « co- » it is no head of state either way, verb or co-chair:
    /// a `before` word.)
    fn read_as_a_verb(&self, text: &str, title: &Range<usize>) -> bool {
        let q = &self.entries.office_qualifiers;
        if !q.verbs.contains(&text[title.clone()]) {
            return false;
        }
        let mut words = text[..title.start].split_whitespace().rev();
        // A word with punctuation ("ministres,") ends a phrase the title is in apposition to.
        let Some(first) = words.next().filter(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))) else { return false };
        if q.subjects.contains(first) {
            return true;
        }
        let plural_noun = (first.ends_with('s') || first.ends_with('x')) && !q.plural_openers.contains(first);
        plural_noun && words.take(2).any(|w| q.plural_openers.contains(w))
    }

    /// Whether the one-word title at `title` ("الرئيس", "président") is told of a body it heads:
    /// the words of an `of` line of `office_qualifiers.txt` ("de la", "of the", the proclitic
    /// ل) and an organisation's name right after it, one word between at most ("الرئيس الجديد
    /// لمكتب الاتصال", "le président de la CGEM", "the president of the confederation"). Its
    /// holder is that body's head, not the head of state.
    fn heads_a_body(&self, text: &str, title: &Range<usize>, found: &Found) -> bool {
        let joins = &self.entries.office_qualifiers.body_joins;
        if joins.is_empty() || text[title.clone()].contains(' ') {
            return false;
        }
        let one_word = |w: &str| !w.contains(char::is_whitespace);
        if self.told_of_a_body_noun(text, title) || self.after_a_body_name(text, title, found) || self.after_a_body_noun(text, title, found) {
            return true;
        }
        let Some(body) = found.starting_in(&(title.end..text.len())).first().filter(|e| self.entities()[e.entity].kind == super::EntityKind::Organisation) else { return false };
        let gap = text[title.end..body.range.start].trim();
        // "of the", "de la": the join, one word before it at most ("interim").
        let joined = joins.iter().any(|j| gap == j.as_str() || gap.strip_suffix(j.as_str()).and_then(|w| w.strip_suffix(' ')).is_some_and(one_word));
        // ل glued to the body's name ("لمكتب"; "للاتحاد" is ل and الاتحاد, the article's alef
        // lost), an adjective with the article before it at most ("الجديد", not "رسالة" in
        // "وجه الرئيس رسالة لمجلس الأمن", a letter to the council).
        let proclitics = &text[body.range.start..body.name_range.start.max(body.range.start)];
        let glued = |j: &String| {
            let mut letters = j.chars();
            letters.next().is_some_and(crate::text::lang::is_arabic_letter) && letters.next().is_none() && (proclitics.ends_with(j.as_str()) || text[body.range.clone()].starts_with(&j.repeat(2)))
        };
        joined || ((gap.is_empty() || (one_word(gap) && gap.starts_with("ال"))) && joins.iter().any(glued))
    }

    /// Whether the one-word Latin-script title at `title` follows the name of a body it heads,
    /// in the attributive order of English ("BGU President Daniel Chamovitz", "UM6P's
    /// president"): an organisation's name right before it, "'s" allowed between. Not a state
    /// body's (kinds `government`, `ministry`, `parliament`, `military`, `security`), whose
    /// titles name state offices ("the Knesset Speaker").
    fn after_a_body_name(&self, text: &str, title: &Range<usize>, found: &Found) -> bool {
        const STATE_BODIES: [&str; 5] = ["government", "ministry", "parliament", "military", "security"];
        if !text[title.clone()].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return false;
        }
        found.starting_in(&(0..title.start)).iter().rev().find(|e| e.range.end <= title.start).is_some_and(|e| {
            let entity = &self.entities()[e.entity];
            entity.kind == super::EntityKind::Organisation && !STATE_BODIES.contains(&&*entity.subkind) && matches!(text[e.range.end..title.start].trim(), "" | "'s" | "'")
        })
    }

    /// Whether the one-word Latin-script title at `title` follows, in the attributive order of
    /// English, a noun of `body` lines of `office_qualifiers.txt` that no gazetteer name ends
    /// with: "the Moroccan federation's president", "the club's president", "Judo Federation
    /// President …", "the hospital president". The title is that body's head. (A name ending
    /// with the noun is read by [`Self::after_a_body_name`]: a state's, "the Russian
    /// Federation's president", stays the state's office.)
    fn after_a_body_noun(&self, text: &str, title: &Range<usize>, found: &Found) -> bool {
        let q = &self.entries.office_qualifiers;
        if q.body_nouns.is_empty() || !text[title.clone()].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return false;
        }
        let before = text[..title.start].trim_end();
        let before = before.strip_suffix("'s").or_else(|| before.strip_suffix('\'')).unwrap_or(before);
        if !before.rsplit(char::is_whitespace).next().is_some_and(|w| q.body_nouns.contains(w)) {
            return false;
        }
        !found.starting_in(&(0..before.len())).iter().any(|e| e.range.end == before.len())
    }

    /// Whether the one-word title at `title` is told of a body that no gazetteer names but a
    /// noun of `body` lines of `office_qualifiers.txt` does: an `of` word and the noun right
    /// after it, one word before them at most ("the president of the delegation", "le
    /// président intérimaire de la mission"), or in Arabic the noun with the proclitic ل
    /// glued, an adjective with the article before it at most ("الرئيس المؤقت للبعثة").
    fn told_of_a_body_noun(&self, text: &str, title: &Range<usize>) -> bool {
        let q = &self.entries.office_qualifiers;
        if q.body_nouns.is_empty() {
            return false;
        }
        let mut words = text[title.end..].split_whitespace().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let noun = |w: &str| q.body_nouns.contains(w);
        // "للبعثه": ل and the article, whose alef is lost ("لل" + "بعثه" is "ل" + "البعثه").
        let glued = |w: &str| w.strip_prefix("لل").is_some_and(|rest| noun(&format!("ال{rest}")));
        let (Some(first), second) = (words.next(), words.next()) else { return false };
        if glued(first) || (first.starts_with("ال") && second.is_some_and(glued)) {
            return true;
        }
        let rest = &text[title.end..];
        let rest = rest.trim_start();
        // Past one word ("interim") at most, then a join and the noun, one word ("Israeli")
        // between at most.
        let starts = [rest, rest.split_once(' ').map_or("", |(_, r)| r)];
        starts.iter().any(|r| {
            q.body_joins.iter().filter(|j| j.chars().count() > 1).any(|j| {
                // An elided join is glued to the noun: « de l'association ».
                let Some(after) = r.strip_prefix(j.as_str()).and_then(|r| if j.ends_with('\'') { Some(r) } else { r.strip_prefix(' ') }) else { return false };
                after.split_whitespace().take(2).any(|w| noun(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
            })
        })
    }

    /// The countries a title of several holders (`title`, plural) is told of by their
    /// nationalities, in text order: inside the title ("les ministres marocain et israélien de
    /// la défense", see `Gazetteer::add_split_titles`); before it, two or more joined by "and",
    /// "et" or commas ("the Moroccan and Israeli defence ministers"); or after it, the
    /// countries or nationalities joined so, with or without "of", "de", "du", "des" before the
    /// first ("the foreign ministers of Morocco and Israel", "les chefs de la diplomatie
    /// marocaine et israélienne"). Empty when none is told.
    pub fn plural_title_countries(&self, text: &str, title: &Range<usize>, found: &Found) -> Vec<Id> {
        let entities = self.entities();
        let is_country = |e: &EntityMention| entities[e.entity].is_country();
        // The names are in text order: those before the title, and those from it on.
        let (before_title, from_title) = (found.starting_in(&(0..title.start)), found.starting_in(&(title.start..text.len())));
        let mut countries: Vec<Id> = from_title.iter().take_while(|e| e.range.end <= title.end).filter(|e| is_country(e)).map(|e| entities[e.entity].country).collect();
        let joined = |gap: &str| gap.split([' ', ',', '،']).all(|w| matches!(w, "" | "and" | "et" | "&")) && gap.chars().count() <= 6;
        // Before: "the Moroccan and Israeli defence ministers", "Israel's and Morocco's …".
        let mut before = Vec::new();
        let mut start = title.start;
        for e in before_title.iter().rev() {
            let gap = &text[e.range.end.min(start)..start];
            let first = before.is_empty();
            let adjacent = if first { matches!(gap.trim(), "" | "'s" | "'") } else { joined(gap.trim_start_matches("'s")) };
            if !is_country(e) || e.range.end > start || !adjacent {
                break;
            }
            before.push(entities[e.entity].country);
            start = e.range.start;
        }
        before.reverse();
        if before.len() >= 2 {
            // "the former Moroccan and Israeli defence ministers" are no holders of the day.
            let word = text[..start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            if self.entries.office_qualifiers.before.contains(word) {
                return Vec::new();
            }
            countries.extend(before);
        }
        // After: "of Morocco and Israel", "marocaine et israélienne", "d'Israël et du Maroc". A
        // name that overlaps the title's end tells the first nationality ("les chefs de la
        // diplomatie marocaine", where "diplomatie marocaine" names the ministry).
        let mut end = title.end;
        if let Some(e) = found.starting_in(title).iter().find(|e| e.range.end > title.end && !entities[e.entity].country.is_empty()) {
            countries.push(entities[e.entity].country);
            end = e.range.end;
        }
        let from = end;
        for e in from_title.iter().filter(|e| e.range.start >= from) {
            let gap = &text[end..e.range.start];
            let connector = gap.split([' ', ',', '،']).all(|w| matches!(w, "" | "and" | "et" | "&" | "of" | "de" | "du" | "des" | "d'"));
            if !is_country(e) || gap.chars().count() > 8 || !connector {
                break;
            }
            countries.push(entities[e.entity].country);
            end = e.range.end;
        }
        let mut seen = Vec::new();
        countries.retain(|c| if seen.contains(c) { false } else { seen.push(*c); true });
        countries
    }

    /// Whether a title of several holders is told as two: "the two prime ministers", "both
    /// foreign ministers", "les deux ministres de la défense", or an Arabic dual ("وزيرا
    /// الخارجية", "رئيسي الحكومتين": the construct dual ends in ا, or ي when not the subject).
    /// Told of no country, such a title names the holders of the article's two main countries.
    pub fn title_of_two(&self, text: &str, title: &Range<usize>) -> bool {
        let head = text[title.clone()].split(' ').next().unwrap_or("");
        if head.chars().next().is_some_and(crate::text::lang::is_arabic_letter) {
            return head.ends_with('ا') || head.ends_with('ي');
        }
        let mut words = text[..title.start].split_whitespace().rev();
        matches!((words.next(), words.next()), (Some("two" | "deux" | "both"), _) | (Some("the"), Some("both")))
    }

    /// The country whose office the title `title` (a mention of `found.roles`, written with no
    /// nationality) means in its article, `main_countries` being the article's two most named
    /// countries (see the module documentation); `None` when the context does not tell.
    pub fn office_country_in_context(&self, text: &str, title: &Range<usize>, role: &str, found: &Found, main_countries: &[Id]) -> Option<Id> {
        if self.set_in_a_third_country(text, title, found) {
            return None;
        }
        let owners = self.office_countries(role);
        // Those named after the title under it are other parties; in its own line only (a line
        // break ends every sentence): the holder a headline's bare "جلالة الملك" stands for is
        // named again in full on the body's first line.
        let line_end = text[title.end..].find('\n').map_or(text.len(), |i| title.end + i);
        let after = title.end..(title.end + PARTY_AFTER).min(line_end);
        let others = || owners.iter().filter(|c| !self.holder_named(&after, title, role, c, found, true)).cloned().collect::<Vec<Id>>();
        // The only country with the office at all, when no party named after the title holds
        // it: not the one left once those are set aside (a bare "chief of staff" followed by
        // "an Israeli chief of staff" is not the one other country's of the gazetteer, whom
        // the page never names).
        let by_context = |candidates: Vec<Id>| {
            self.dominant_owner(&candidates, found).or_else(|| match owners {
                [only] if candidates.contains(only) => Some(*only),
                _ => None,
            })
        };
        let mut in_main = main_countries.iter().filter(|c| owners.binary_search(c).is_ok());
        let country = match (in_main.next(), in_main.next()) {
            (Some(_), Some(_)) => return None,
            (Some(c), None) if !self.holder_named(&after, title, role, c, found, true) => *c,
            _ => by_context(others())?,
        };
        let before = title.start.saturating_sub(RIVAL_BEFORE)..title.start;
        let rival = owners.iter().any(|c| *c != country && self.holder_named(&before, title, role, c, found, false));
        (!rival).then_some(country)
    }

    /// Whether the sentence of the title at `title` names, before it, a place or a country of
    /// a country that is neither of the two the article's names (its places, people,
    /// organisations, nationality adjectives) point to most, as its nearest place
    /// ("في بيروت، … لقاء الرئيس المكلف رئيس الجمهورية", "In Amman, the prime minister said"):
    /// the title, told with no nationality, may be that country's, and the context does not
    /// tell it is one of the main countries'.
    fn set_in_a_third_country(&self, text: &str, title: &Range<usize>, found: &Found) -> bool {
        let sentence_start = text[..title.start].rfind(['.', '!', '?', '\n', '؟']).map_or(0, |i| i + 1);
        let entities = self.entities();
        let Some(place) = found.starting_in(&(sentence_start..title.start)).iter().rev().filter(|e| e.range.end <= title.start).map(|e| &entities[e.entity]).find(|e| e.kind == super::EntityKind::Place && !e.country.is_empty()) else {
            return false;
        };
        !self.countries_by_names(found, |c| !c.is_empty()).iter().take(2).any(|(c, _)| **c == place.country)
    }

    /// The countries `keep` accepts of the names of the page (`found`), each with how many of
    /// them point to it, most first (ties by code).
    fn countries_by_names<'g>(&'g self, found: &Found, keep: impl Fn(&Id) -> bool) -> Vec<(&'g Id, usize)> {
        let mut counts: HashMap<&Id, usize> = HashMap::default();
        for m in &found.entities {
            let c = &self.entities()[m.entity].country;
            if keep(c) {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut ranked: Vec<(&Id, usize)> = counts.into_iter().collect();
        ranked.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
        ranked
    }

    /// Of `owners`, the country the article's names point to at least [`DOMINANCE`] times as
    /// often as to any other of them.
    fn dominant_owner(&self, owners: &[Id], found: &Found) -> Option<Id> {
        match self.countries_by_names(found, |c| owners.contains(c)).as_slice() {
            [(c, _)] => Some(**c),
            [(c, n), (_, m), ..] if *n >= DOMINANCE * *m => Some(**c),
            _ => None,
        }
    }

    /// Whether a holder of office `role` for `country` is named inside `window`, `title` aside:
    /// the same title qualified by that country or followed by the holder's name, or, unless
    /// `titled_only`, a person who holds it (on any day) named without the title.
    fn holder_named(&self, window: &Range<usize>, title: &Range<usize>, role: &str, country: &Id, found: &Found, titled_only: bool) -> bool {
        let near = |r: &Range<usize>| r.start >= window.start && r.end <= window.end;
        let entities = self.entities();
        let nearby = || found.starting_in(window).iter().filter(|e| near(&e.range));
        let holds = |e: usize| entities[e].roles.iter().any(|s| s.role == role && s.country == *country);
        if !titled_only && nearby().any(|e| holds(e.entity)) {
            return true;
        }
        let role_index = self.entries.roles.iter().position(|t| t.id == role);
        found.roles.iter().filter(|t| Some(t.role) == role_index && t.range != *title && near(&t.range)).any(|t| {
            nearby().any(|e| {
                let q = &entities[e.entity];
                let after = e.range.start >= t.range.end && e.range.start - t.range.end <= QUALIFIER_GAP;
                let close = after || (e.range.end <= t.range.start && t.range.start - e.range.end <= QUALIFIER_GAP);
                (q.is_country() && close && q.country == *country) || (after && holds(e.entity))
            })
        })
    }
}
