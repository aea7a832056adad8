//! Event trigger rules, loaded from `lexicons/triggers.csv`.
//!
//! Each row has a stable id, a kind (see the file's header comment), for events a type and a
//! tense, and the word forms that express it. All forms go into one [`PhraseSet`], so a
//! sentence is scanned once for triggers and the words around them.
//!
//! A form that is an event only before some words ("حل بالرباط" arrived in Rabat, not "حل
//! الدولتين" the two-state solution) lists in the optional column `next` the beginnings the
//! following word must have (after an optional و or ف).
//!
//! A verb that is an event only with some objects ("اتفقا على اتفاقية" agreed on an agreement,
//! but "اتفقا على قدوم الوفد" agreed that the delegation would come: a decision, not a signed
//! agreement) lists in the optional column `object` the phrases its object must begin with; the
//! first word of each is the preposition that introduces the object. A form whose object has
//! that preposition but none of the phrases does not count; a form with no such object does.

use std::ops::Range;

use crate::table::read_rows;
use crate::text::lexmatch::{PhraseSet, WordList};
use crate::text::normalize::normalize_str;

mod word_lists;
pub use word_lists::{Follows, PhrasesByFirstWord, WordLists};

/// The event types of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum EventType {
    /// Signing of an agreement, accord, memorandum, declaration, protocol.
    Agreement,
    /// An official visit, an arrival, a delegation.
    Visit,
    /// A phone or video call.
    Call,
    /// A meeting, reception, talks.
    Meeting,
    /// Opening of an embassy, liaison office, consulate, route.
    Opening,
    /// First or new flights, air routes.
    Flight,
    /// Another clearly bilateral dated act.
    Other,
}

impl EventType {
    /// Every type, in declaration order (`EventType::ALL[t as usize] == t`).
    pub const ALL: [EventType; 7] =
        [EventType::Agreement, EventType::Visit, EventType::Call, EventType::Meeting, EventType::Opening, EventType::Flight, EventType::Other];

    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agreement => "agreement",
            EventType::Visit => "visit",
            EventType::Call => "call",
            EventType::Meeting => "meeting",
            EventType::Opening => "opening",
            EventType::Flight => "flight",
            EventType::Other => "other",
        }
    }

    /// Parse an output word.
    pub fn parse(s: &str) -> Option<EventType> {
        Some(match s.trim().to_lowercase().as_str() {
            "agreement" => EventType::Agreement,
            "visit" => EventType::Visit,
            "call" => EventType::Call,
            "meeting" => EventType::Meeting,
            "opening" => EventType::Opening,
            "flight" => EventType::Flight,
            "other" => EventType::Other,
            _ => return None,
        })
    }

    /// The family used to decide whether two mentions can be one event: an opening is usually
    /// reported as part of a visit ("to take part in the opening of the liaison office"), so
    /// the two share a family; every other type is its own.
    pub fn family(self) -> EventType {
        match self {
            EventType::Opening => EventType::Visit,
            t => t,
        }
    }
}

/// The grammatical time of a trigger form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerTense {
    /// A past verb.
    Past,
    /// A present verb (often a near future in news).
    Present,
    /// A future form (سـ, سوف).
    Future,
    /// A noun.
    Noun,
}

/// What a trigger row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// Creates an event mention of this type.
    Event(EventType, TriggerTense),
    /// A predicate that is not an event but may govern a date.
    Predicate,
    /// The event is announced for later.
    Planned,
    /// Sentence-initial connective carrying the previous event's date.
    Carry,
    /// "during": ties an event noun to the sentence's main event.
    During,
    /// A demonstrative: the following event noun refers back.
    Anaphor,
    /// A reporting verb.
    Report,
    /// "the two countries".
    Pair,
    /// "his counterpart".
    Counterpart,
    /// "يواصل", "حاليا": the events of its clause are going on.
    Ongoing,
    /// A statement ("أعلن", "كشف", "بيان"): a predicate whose date is also the date of the
    /// past event it reports ("أعلنت أمس أن مبعوثها حل بالرباط", "أعلنت اليوم عن التوقيع").
    Statement,
    /// An ordinal that opens an item of an enumeration ("الثانية", "الوثيقة الثالثة").
    Ordinal,
    /// A noun of the type ("اتفاقية") that is an event only as an item of an enumeration whose
    /// lead reported the events ("وقعا أربع اتفاقيات … وتتعلق الثانية باتفاقية …").
    Item(EventType),
    /// "بعد", "عشية", "في أعقاب": an event noun after it is another event, told as a time
    /// reference; it does not take the date of the sentence's event.
    Sequel,
    /// "وجوده", "إقامته" (his presence, his stay): a visit already reported, told by the stay it
    /// is; after "أثناء", "خلال" it dates the events of its sentence to that visit.
    Stay,
    /// A light verb ("جرى", "تم", "أجرى", "عقد") whose event is the noun after it ("جرى، اليوم
    /// الجمعة، اتصال هاتفي", "عقد كوخافي، أمس، جلسة عمل"): a date told beside the verb is the
    /// noun's.
    Support,
    /// A marker that the event after it (or, reaching back, the event noun before it) did not
    /// happen: called off, put off, denied, negated or only talked about ("ألغى", "أرجئت",
    /// "تحدثنا عن", "لن", "n'a pas", "was postponed"). How far it reaches is the row's data.
    Denial(Reach),
    /// A marker that the event it reaches was put off ("أرجئت", "تأجيل", "postponed",
    /// "reportée"): a denial, unless a new date follows it after a `rescheduled-to` word
    /// ("أرجئت الزيارة إلى يوليوز", "postponed to July", "reportée au mois de mars"); the event
    /// is then planned at that date (see `scan::drop_denied`). Reaches as a denial does.
    Postponement(Reach),
    /// "que" after a negated verb ("n'a rencontré que le ministre"): a restriction, not a
    /// denial; the trigger before it stands.
    Restrictive,
    /// "بحضور", "in the presence of", "en présence de": who is named after it, in its clause,
    /// watched the act and did not do it (not a signatory of an agreement told there).
    Presence,
    /// "تنفيذا لـ", "وفقا لما اتفق عليه" (in fulfilment of what was agreed): an event noun told
    /// after it, in its clause, is the earlier event the act before it fulfils ("… خلال الاتصال
    /// الهاتفي بين …"), told aside with its own people and date, not one of the act's day.
    /// The object of a follow-up or a review ("تتبع تنزيل مذكرات التفاهم", "reviewed the
    /// implementation of the agreement") is such an earlier event too, right after its marker:
    /// a row's `reach` (words between the marker and the noun) bounds it, else the clause does.
    Fulfilment(Option<usize>),
    /// "انضمت", "لحق", "تبعتها", "استأنف": a verb of another party's later act (joining,
    /// following, resuming); the people and countries named from it to its clause's end are
    /// that act's, not those of an event told before it ("وقعت البحرين اتفاقها في سبتمبر، ثم
    /// لحق بها المغرب"; `participants::later_acts`).
    JoinedLater,
    /// "anniversary", « anniversaire », «الذكرى»: an event noun a few words after one ("on the
    /// first anniversary of the tripartite agreement", « à l'occasion du premier anniversaire de
    /// l'accord tripartite », «في الذكرى الأولى للاتفاق الثلاثي») is the act the anniversary
    /// recalls, no event of the sentence's day (`scan::anniversary_recalls`: told aside with no
    /// date or people of the sentence). Found by the trigger scan with the rest, so that a
    /// sentence is not read word by word for it.
    AnniversaryOf,
    /// "السياح", "الزوار", "آلاف", "tourists": people who travel in numbers, no delegation; an
    /// Arabic visit whose subject or object is one of them is tourism (`scan::drop_tourism`).
    /// The rows are also the word list [`WordLists::travellers`], which the Latin readings
    /// compare words with.
    Traveller,
    /// "أبلغه أن", "أطلعه على", « lui a fait part de », "informed him of": what one side of a
    /// call or of talks told the other. An opening, a visit, an agreement or a flight told after
    /// it in its sentence is the decision announced, not an act done that day
    /// (`scan::drop_told_content`).
    ToldContent,
    /// "committing the two countries to", « engageant … à », « qui prévoit », «ينص على»,
    /// «يلتزم بموجبه»: what an agreement told before it in its sentence commits its parties to.
    /// An opening, a visit or a flight told after it in its sentence is a term of that
    /// agreement, not an act done that day (`scan::drop_told_content`).
    AgreementContent,
    /// "سبقه إليها", "was preceded by", « l'avait précédé », "before him": the phrase of an
    /// earlier act by someone other than the one told before it ("ولم يكن غانتس أول مسؤول يحل
    /// بالمغرب، فقد سبقه إليها وزير الخارجية"). `true` (kind `preceded-by`) when who came first
    /// is named after it, `false` (kind `preceded`) when he is named before it in its clause
    /// (`participants::earlier_act_cut`).
    Preceded(bool),
}

/// How far a denial marker reaches, in words (columns `reach` and `back` of its row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    /// Words that may stand between the marker and the event trigger after it ("نفى مصدر أن
    /// يكون العلمي قد أجرى": many; "n'a pas signé": none to two; "لن يزور": none).
    pub forward: usize,
    /// Words that may stand between an event noun told before the marker, its subject, and the
    /// marker ("زيارة ليفي، التي كانت مقررة في أبريل، أرجئت", "the visit, first planned for
    /// June, was postponed"); 0: the marker does not reach back.
    pub back: usize,
}

/// The end of the id of a trigger row that tells a leg of a visit: an act of the visitor at a
/// site on one day of the trip (a tour of a city's Jewish quarter, a guard of honour at a
/// headquarters). It is an event of its own: not collapsed with the arrival its sentence tells
/// (`collapse`), and its own row in the merge beside the days of the trip around it
/// (`merge::fit`), as the reference timelines record it.
pub const LEG_RULE_SUFFIX: &str = "-leg";

/// The end of the id of a trigger row that tells a visit by its departure ("غادر"): where it
/// goes may be told after it by a `heading` word (see `hosts::departure_abroad`).
pub const DEPARTURE_RULE_SUFFIX: &str = "-depart";

/// The end of the id of a trigger row of a plural visit noun that lists earlier visits by
/// person and date ("زيارات: الوزيرة X في فبراير، والوزير Y في يونيو"): each item is a visit of
/// its own (see `listed::earlier_visits_told_by_date`).
pub const LIST_RULE_SUFFIX: &str = "-list";

/// Whether the trigger row of id `id` tells a leg of a visit (see [`LEG_RULE_SUFFIX`]).
pub fn is_leg_rule(id: &str) -> bool {
    id.ends_with(LEG_RULE_SUFFIX)
}

/// One rule row.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Stable id.
    pub id: crate::idset::Id,
    /// Readable name.
    pub name: String,
    /// What it does.
    pub kind: RuleKind,
    /// Beginnings the next word must have for a form of this rule (event or predicate) to
    /// count (normalised; empty: any word); one written `!X` is a beginning it must not have
    /// ("جولة" is the trip, not "جولة في المدينة العتيقة", a leg).
    pub next: Vec<String>,
    /// Phrases (preposition first, normalised) the verb's object must begin with when the
    /// clause after the form has that preposition (empty: any object).
    pub object: Vec<String>,
    /// Words one of which must come later in the sentence for a form to count ("بحث" is talks
    /// only with "مع": "بحث بوريطة، اليوم، مع غانتس"; empty: none needed).
    pub with: Vec<String>,
    /// Words one of which must come right before a form for it to count, `^` standing for the
    /// start of its clause ("هاتف الملك … رئيس الوزراء" phoned, but "اختراق هاتف الملك" is his
    /// phone; empty: any word).
    pub before: Vec<String>,
}

impl Rule {
    /// Whether the row tells a leg of a visit (see [`LEG_RULE_SUFFIX`]).
    pub fn tells_a_leg(&self) -> bool {
        is_leg_rule(&self.id)
    }

    /// Whether the row lists visits by person and date (see [`LIST_RULE_SUFFIX`]).
    pub fn tells_a_list(&self) -> bool {
        self.id.ends_with(LIST_RULE_SUFFIX)
    }

    /// Whether the row tells a visit by its departure (see [`DEPARTURE_RULE_SUFFIX`]).
    pub fn tells_a_departure(&self) -> bool {
        self.id.ends_with(DEPARTURE_RULE_SUFFIX)
    }

    /// Whether the words from `after` on (the text right after a form) let the form count.
    pub fn accepts_next(&self, after: &str) -> bool {
        if self.next.is_empty() {
            return true;
        }
        let word = after.trim_start_matches(|c: char| c.is_whitespace() || crate::text::clause::COMMAS.contains(&c));
        let word = word.split(|c: char| !crate::text::normalize::is_word_char(c)).next().unwrap_or("");
        let bare = word.strip_prefix(['و', 'ف']).filter(|w| !w.is_empty());
        let begins = |p: &str| word.starts_with(p) || bare.is_some_and(|b| b.starts_with(p));
        let (refused, wanted): (Vec<&String>, Vec<&String>) = self.next.iter().partition(|p| p.starts_with('!'));
        (wanted.is_empty() || wanted.iter().any(|p| begins(p))) && !refused.iter().any(|p| begins(&p[1..]))
    }

    /// Whether the next word is refused only by a `!` beginning (see [`Rule::next`]).
    pub fn refused_by_next(&self, after: &str) -> bool {
        self.next.iter().any(|p| p.starts_with('!')) && !self.accepts_next(after) && {
            let open = Rule { next: self.next.iter().filter(|p| !p.starts_with('!')).cloned().collect(), ..self.clone() };
            open.accepts_next(after)
        }
    }

    /// Whether the text of its clause before a form (`before`, from the clause's start) lets the
    /// form count: its last word (bare of a proclitic و) is one of `before`, or there is none and
    /// `before` has `^`.
    pub fn accepts_before(&self, before: &str) -> bool {
        if self.before.is_empty() {
            return true;
        }
        let last = before.rsplit(|c: char| !crate::text::normalize::is_word_char(c)).find(|w| !w.is_empty());
        match last {
            None => self.before.has("^"),
            Some(w) => {
                let bare = w.strip_prefix('و').filter(|b| !b.is_empty()).unwrap_or(w);
                self.before.has(w) || self.before.has(bare)
            }
        }
    }

    /// Whether the rest of the sentence after a form (`after`) has one of the words the form
    /// needs (`with`), bare of a proclitic و.
    pub fn accepts_with(&self, after: &str) -> bool {
        self.with.is_empty() || object_words(after).iter().any(|(_, w)| self.with.has(w) || w.strip_prefix('و').is_some_and(|b| self.with.has(b)))
    }

    /// Whether the object in `after` (the rest of the sentence after a form) lets the form
    /// count: the first word that is the preposition of an `object` phrase must open one of
    /// them; the object may come after an inserted phrase ("اتفق الطرفان، خلال المباحثات، على").
    pub fn accepts_object(&self, after: &str) -> bool {
        if self.object.is_empty() {
            return true;
        }
        let words = object_words(after);
        let Some(at) = self.object_at(after) else {
            return true;
        };
        // An object noun named before the preposition ("اتفقتا بموجب الإعلان على استئناف
        // الاتصالات") makes the clause the content of that agreement: the form counts.
        let nouns: Vec<&str> = self.object.iter().filter_map(|p| p.split_once(' ').map(|(_, n)| n)).collect();
        let names_noun = |w: &str| {
            let bare = w.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(|b| !b.is_empty());
            nouns.iter().any(|n| w.starts_with(n) || bare.is_some_and(|b| b.starts_with(n)))
        };
        if words.iter().take_while(|(i, _)| *i < at).any(|(_, w)| names_noun(w)) {
            return true;
        }
        let rest = words.iter().filter(|(i, _)| *i >= at).map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
        self.object.iter().any(|p| rest.starts_with(p.as_str()))
    }

    /// Byte offset in `after` of the preposition that opens the verb's object (the first word
    /// that begins an `object` phrase), if the rule has object phrases and the clause has one.
    pub fn object_at(&self, after: &str) -> Option<usize> {
        let is_preposition = |w: &str| self.object.iter().any(|p| p.split(' ').next() == Some(w));
        object_words(after).into_iter().find(|(_, w)| is_preposition(w)).map(|(at, _)| at)
    }

    /// Where what the verb decided begins, for a form whose object is not a text
    /// ("اتفقا على قدوم الوفد", "agreed on a visit"): the object's preposition. An object
    /// opened by an article is what the verb acted on, not a decision: "concluded a two-day
    /// visit" is the visit's end.
    /// `articles` are the rows of kind `article` ([`WordLists::articles`]).
    pub fn decided_at(&self, after: &str, articles: &[String]) -> Option<usize> {
        self.object_at(after).filter(|&at| object_words(&after[at..]).first().is_none_or(|(_, w)| !articles.has(w)))
    }
}

/// The words of `after` with their byte offsets.
fn object_words(after: &str) -> Vec<(usize, &str)> {
    after
        .split(|c: char| !crate::text::normalize::is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| (w.as_ptr() as usize - after.as_ptr() as usize, w))
        .collect()
}

/// All trigger rules and their automaton.
#[derive(Debug, Clone)]
pub struct TriggerRules {
    /// Rules in file order.
    pub rules: Vec<Rule>,
    /// Every form of every rule → rule indices.
    pub phrases: PhraseSet<usize>,
    /// The rows that are word lists rather than rules.
    pub words: WordLists,
}

impl TriggerRules {
    /// Parse `triggers.csv`.
    pub fn parse(text: &str, source: &str) -> Result<TriggerRules, String> {
        TriggerRules::parse_files(&[(text, source)])
    }

    /// Parse several trigger files of one format (`triggers.csv`, `triggers_en.csv`,
    /// `triggers_fr.csv`: (text, source) each) into one set of rules; ids are unique across them.
    pub fn parse_files(files: &[(&str, &str)]) -> Result<TriggerRules, String> {
        let mut rules = Vec::new();
        let mut forms: Vec<(String, usize)> = Vec::new();
        let mut ids = std::collections::HashMap::new();
        let mut words = WordLists::default();
        let rows = files.iter().map(|&(text, source)| read_rows(text, source, &["id", "kind", "type", "tense", "forms"])).collect::<Result<Vec<_>, _>>()?;
        for row in rows.into_iter().flatten() {
            let id = row.get("id");
            if id.is_empty() {
                return Err(row.error("missing id"));
            }
            if let Some(line) = ids.insert(id.to_string(), row.line) {
                return Err(row.error(format!("duplicate id {id:?} (first on line {line})")));
            }
            let list = words.list_of_kind(row.get("kind"));
            if let Some(list) = list {
                list.extend(row.list("forms").into_iter().map(normalize_str).filter(|w| !w.is_empty()));
                // The travellers are a rule as well (RuleKind::Traveller): the Arabic readings
                // find them in the one scan of a sentence, not word by word; the postponements
                // are rules whose words the date stage reads too.
                if !matches!(row.get("kind"), "traveller" | "postponement") {
                    continue;
                }
            }
            let kind = match row.get("kind") {
                "event" => {
                    let ty = EventType::parse(row.get("type")).ok_or_else(|| row.error(format!("unknown event type {:?}", row.get("type"))))?;
                    let tense = match row.get("tense") {
                        "past" => TriggerTense::Past,
                        "present" => TriggerTense::Present,
                        "future" => TriggerTense::Future,
                        "noun" => TriggerTense::Noun,
                        other => return Err(row.error(format!("unknown tense {other:?} (past, present, future, noun)"))),
                    };
                    RuleKind::Event(ty, tense)
                }
                "predicate" => RuleKind::Predicate,
                "statement" => RuleKind::Statement,
                "ordinal" => RuleKind::Ordinal,
                "sequel" => RuleKind::Sequel,
                "item" => RuleKind::Item(EventType::parse(row.get("type")).ok_or_else(|| row.error(format!("unknown event type {:?}", row.get("type"))))?),
                "planned" => RuleKind::Planned,
                "carry" => RuleKind::Carry,
                "during" => RuleKind::During,
                "anaphor" => RuleKind::Anaphor,
                "report" => RuleKind::Report,
                "pair" => RuleKind::Pair,
                "counterpart" => RuleKind::Counterpart,
                "ongoing" => RuleKind::Ongoing,
                "stay" => RuleKind::Stay,
                "support" => RuleKind::Support,
                kind @ ("denial" | "postponement") => {
                    let words = |column: &str| row.get(column).parse::<usize>().map_err(|_| row.error(format!("`{column}` of a {kind} row must be a number of words, not {:?}", row.get(column))));
                    let back = if row.get("back").is_empty() { 0 } else { words("back")? };
                    let reach = Reach { forward: words("reach")?, back };
                    if kind == "denial" { RuleKind::Denial(reach) } else { RuleKind::Postponement(reach) }
                }
                "restrictive" => RuleKind::Restrictive,
                "presence" => RuleKind::Presence,
                "fulfilment" if row.get("reach").is_empty() => RuleKind::Fulfilment(None),
                "fulfilment" => RuleKind::Fulfilment(Some(row.get("reach").parse::<usize>().map_err(|_| row.error(format!("`reach` of a fulfilment row must be a number of words, not {:?}", row.get("reach"))))?)),
                "joined-later" => RuleKind::JoinedLater,
                "anniversary-of" => RuleKind::AnniversaryOf,
                "traveller" => RuleKind::Traveller,
                "told-content" => RuleKind::ToldContent,
                "agreement-content" => RuleKind::AgreementContent,
                "preceded-by" => RuleKind::Preceded(true),
                "preceded" => RuleKind::Preceded(false),
                other => return Err(row.error(format!("unknown kind {other:?}"))),
            };
            let list = row.list("forms");
            if list.is_empty() {
                return Err(row.error("no forms"));
            }
            for form in list {
                let n = normalize_str(form);
                if n.is_empty() {
                    return Err(row.error(format!("form {form:?} is empty after normalisation")));
                }
                forms.push((n, rules.len()));
            }
            // "!X": a beginning the next word must not have; the mark is kept through normalisation, and so is the mark of a named guest (NAMED_GUEST).
            let next: Vec<String> = row
                .list("next")
                .into_iter()
                .filter_map(|n| match n.strip_prefix('!') {
                    Some(refused) => Some(normalize_str(refused)).filter(|r| !r.is_empty()).map(|r| format!("!{r}")),
                    None if n == super::scan::NAMED_GUEST => Some(n.to_string()),
                    None => Some(normalize_str(n)).filter(|n| !n.is_empty()),
                })
                .collect();
            // A predicate may be restricted too: "depuis 2003" (since) marks when something
            // began, "depuis lundi" with a stay is the stay's own start. A sequel may be too: "في
            // ختام" before talks tells the act after them, before a visit its last day. An anaphor
            // too: "يأتي" refers back only before a definite noun ("ويأتي الاجتماع بعد …";
            // "تأتي زيارة غانتس مع …" may tell the visit itself).
            if !next.is_empty() && !matches!(kind, RuleKind::Event(..) | RuleKind::Predicate | RuleKind::Sequel | RuleKind::Anaphor) {
                return Err(row.error("`next` applies to event, predicate, sequel and anaphor rows only"));
            }
            let object: Vec<String> = row.list("object").into_iter().map(normalize_str).filter(|n| !n.is_empty()).collect();
            // A denial row's `object` words open what its verb is about instead ("علق على":
            // commented on), see `scan::drop_denied`.
            if !object.is_empty() && !matches!(kind, RuleKind::Event(..) | RuleKind::Denial(_) | RuleKind::Postponement(_)) {
                return Err(row.error("`object` applies to event, denial and postponement rows only"));
            }
            let with: Vec<String> = row.list("with").into_iter().map(normalize_str).filter(|n| !n.is_empty()).collect();
            if !with.is_empty() && !matches!(kind, RuleKind::Event(..)) {
                return Err(row.error("`with` applies to event rows only"));
            }
            let before: Vec<String> = row.list("before").into_iter().map(|b| if b == "^" { b.to_string() } else { normalize_str(b) }).filter(|n| !n.is_empty()).collect();
            // A planned row's `before` may only be `^`: the marker opens its sentence (see
            // `scan`), not a clause.
            if !before.is_empty() && !matches!(kind, RuleKind::Event(..)) && !(kind == RuleKind::Planned && before.iter().all(|b| b == "^")) {
                return Err(row.error("`before` applies to event rows only (and `^` to planned rows)"));
            }
            let denial = matches!(kind, RuleKind::Denial(_) | RuleKind::Postponement(_));
            let bounded = denial || matches!(kind, RuleKind::Fulfilment(_));
            if (!bounded && !row.get("reach").is_empty()) || (!denial && !row.get("back").is_empty()) {
                return Err(row.error("`reach` applies to denial, postponement and fulfilment rows only, `back` to the first two"));
            }
            rules.push(Rule { id: id.into(), name: row.get("name").to_string(), kind, next, object, with, before });
        }
        let phrases = PhraseSet::new(forms.iter().map(|(f, r)| (f.as_str(), *r)));
        Ok(TriggerRules { rules, phrases, words })
    }
}

/// Whether the trigger at `trigger` is written in Latin script (the triggers this pass reads).
pub(super) fn latin_trigger(text: &str, trigger: &Range<usize>) -> bool {
    text[trigger.clone()].chars().next().is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ'))
}

#[cfg(test)]
mod tests {
    use super::{EventType, TriggerRules};

    /// (rule row, text after the form, counts): a `next` column restricts the following word.
    #[test]
    fn next_word_restrictions() {
        let rules = TriggerRules::parse("id,kind,type,tense,forms,name,next\narrive,event,visit,past,حل,arrived,ب|ضيف\nany,event,visit,past,زار,visited,\ntrip,event,visit,noun,جولة,tour,!في|!ب\n", "t.csv").unwrap();
        // (rule, text after, counts, refused only by a `!` beginning)
        let cases: &[(usize, &str, bool, bool)] = &[
            (0, " بالرباط امس", true, false),
            (0, "، بالمغرب", true, false),
            (0, " ضيفا على الرباط", true, false),
            (0, " وبالدار البيضاء", true, false),
            (0, " الدولتين", false, false),
            (0, "", false, false),
            (1, " الرباط", true, false),
            (1, "", true, false),
            (2, " إقليمية تقوده إلى الرباط", true, false),
            (2, " في المدينة العتيقة", false, true),
            (2, " بحي الملاح", false, true),
            (2, "", true, false),
        ];
        for &(rule, after, expected, refused) in cases {
            assert_eq!(rules.rules[rule].accepts_next(after), expected, "rule {} before {after:?}", rules.rules[rule].id);
            assert_eq!(rules.rules[rule].refused_by_next(after), refused, "rule {} refused before {after:?}", rules.rules[rule].id);
        }
    }

    /// (case, sentence, where the range starts and ends, a `then` phrase starts in it): the
    /// guard of the successive-talks pass sees every phrase that starts in the range, one that
    /// runs on past its end too, and none that starts before or after it.
    #[test]
    fn then_phrases_that_start_in_a_range() {
        let rules = TriggerRules::parse("id,kind,type,tense,forms,name\nthen,then,,,ثم|بعد ذلك|and then|par la suite,then\n", "t.csv").unwrap();
        let at = |text: &str, marker: &str| {
            let marker = crate::text::normalize::normalize_str(marker);
            text.find(&marker).unwrap_or_else(|| panic!("{marker:?} in {text:?}"))
        };
        for (case, text, from, to, holds) in [
            ("after the talks", "التقى الوزير بنظيره، ثم اتصل بالسفير", "،", "", true),
            ("two words", "التقى الوزير بنظيره وبعد ذلك اتصل بالسفير", "بنظيره", "", true),
            ("before the range", "ثم التقى الوزير بنظيره", "الوزير", "", false),
            ("after the range", "التقى الوزير بنظيره ثم", "", " ثم", false),
            ("runs on past the end", "spoke with x and then with y", "", "nd then", true),
            ("french", "il s'est entretenu avec x, par la suite avec y", "", "", true),
            ("none", "spoke with x and with y", "", "", false),
        ] {
            let text = crate::text::normalize::normalize_str(text);
            let start = if from.is_empty() { 0 } else { at(&text, from) };
            let end = if to.is_empty() { text.len() } else { at(&text, to) };
            assert_eq!(rules.words.then_starts_in(&text, start..end), holds, "{case}: {:?}", &text[start..end]);
        }
        assert!(!rules.words.then_starts_in("ثم", 1..1), "an empty range holds nothing");
    }

    /// (text after "اتفق", counts): agreeing on an agreement is one; agreeing to do something
    /// (a verbal noun after على, even after an inserted phrase) is a decision, unless the
    /// agreement is named before على (what it settles); no على object: the form counts.
    #[test]
    fn object_restrictions() {
        let rules = TriggerRules::parse(
            "id,kind,type,tense,forms,name,next,object\nagreed,event,agreement,past,اتفق,agreed,,على اتفاق|على الاتفاق|على مذكرة|على إعلان|على الإعلان\nany,event,visit,past,زار,visited,,\n",
            "t.csv",
        )
        .unwrap();
        let cases: &[(usize, &str, bool)] = &[
            (0, " البلدان على اتفاقيه للتعاون الجوي", true),
            (0, " الجانبان امس على الاتفاق الاطار", true),
            (0, " الوزيران على مذكره تفاهم", true),
            (0, " الطرفان على تبادل الزيارات", false),
            (0, " الوزيران، خلال لقاء جمعهما بالعاصمه امس، على تشكيل لجنه مشتركه", false),
            (0, " البلدان على ان يعود السفيران", false),
            (0, " البلدان بموجب الإعلان على استئناف الرحلات", true),
            (0, " الطرفان في الاتفاق على فتح سفارتين", true),
            (0, " البلدان امس في الرباط", true),
            (0, "", true),
            (1, " الرباط على راس وفد", true),
        ];
        for &(rule, after, expected) in cases {
            let after = crate::text::normalize::normalize_str(after);
            assert_eq!(rules.rules[rule].accepts_object(&after), expected, "rule {} before {after:?}", rules.rules[rule].id);
        }
        assert!(TriggerRules::parse("id,kind,type,tense,forms,name,next,object\nx,predicate,,,جدد,renewed,,على اتفاق\n", "t.csv").is_err());
    }

    /// (clause before the form, counts): a `before` column restricts the word right before a
    /// form, `^` the start of its clause (a verb that is also a noun: هاتف phoned, or phone).
    #[test]
    fn word_before_restrictions() {
        let rules = TriggerRules::parse("id,kind,type,tense,forms,name,next,object,with,before\nphoned,event,call,past,هاتف,phoned,,,,^|قد|ان\nany,event,visit,past,زار,visited,,,,\n", "t.csv").unwrap();
        let cases: &[(usize, &str, bool)] = &[
            (0, "", true),
            (0, " ", true),
            (0, "وكان اخنوش قد ", true),
            (0, "وافاد البلاغ ان ", true),
            (0, "وان ", true),
            (0, "التجسس علي ", false),
            (0, "رقم ", false),
            (1, "رقم ", true),
        ];
        for &(rule, before, expected) in cases {
            assert_eq!(rules.rules[rule].accepts_before(before), expected, "rule {} after {before:?}", rules.rules[rule].id);
        }
        assert!(TriggerRules::parse("id,kind,type,tense,forms,name,next,object,with,before\nx,predicate,,,جدد,renewed,,,,^\n", "t.csv").is_err());
    }

    /// The relative pronouns every reader takes from the list `relative` (the told-aside
    /// clause, the during-call's own clause, the person a clause describes): the singulars, the
    /// plural and both cases of both duals, bare or after و; other words are none.
    #[test]
    fn relative_pronouns_come_from_the_list() {
        let rules = TriggerRules::parse("id,kind,type,tense,forms,name
rel,relative,,,الذي|التي|اللذان|اللتان|اللذين|اللتين|الذين,who
", "t.csv").unwrap();
        for w in ["الذي", "والتي", "اللذان", "واللتين", "الذين"] {
            assert!(rules.words.is_relative(w), "{w}");
        }
        for w in ["لذي", "والي", "حين", "which"] {
            assert!(!rules.words.is_relative(w), "{w}");
        }
        let builtin = crate::pipeline::Context::load(None, None).unwrap();
        for w in ["اللذان", "اللتان", "اللذين", "اللتين", "الذين"] {
            assert!(builtin.lexicons.triggers.words.is_relative(w), "the built-in list lacks {w}");
        }
    }

    /// `EventType::ALL` is indexed by the type's discriminant (the merge counts types in an
    /// array indexed so) and names every type once.
    #[test]
    fn all_types_are_indexed_by_discriminant() {
        for (i, t) in EventType::ALL.into_iter().enumerate() {
            assert_eq!(t as usize, i, "{t:?}");
            assert_eq!(EventType::parse(t.as_str()), Some(t));
        }
    }
}
