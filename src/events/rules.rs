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

use crate::text::lexmatch::WordList;
use crate::table::read_rows;
use crate::text::lexmatch::PhraseSet;
use crate::text::normalize::normalize_str;

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

/// How a `followed` phrase tells its follower (src/events/followed.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follows {
    /// Kind `followed`: the follower named before the phrase (English, French) or right after
    /// its verb (Arabic), in the sentence after the act ("El Al followed suit").
    Said,
    /// Kind `followed-turn`: a turn, its follower named after it ("it was the turn of El Al").
    Turn,
    /// Kind `followed-shortly`: a second act of another airline later in the act's own sentence
    /// ("…, and shortly afterwards an El Al flight landed").
    Shortly,
}

/// Words some readings check one at a time beside a trigger or a name (rows of the kinds
/// below: plain lists, not phrases of the automaton, so that "the" or "de" costs no scan hit).
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    /// Kind `article`: an object opened by one is what the verb acted on, not a decision
    /// ("concluded a two-day visit", see [`Rule::decided_at`]).
    pub articles: Vec<String>,
    /// Kind `origin`: a participle of coming ("coming", "venant", "قادما") one or two words
    /// before an `origin-from` word before a country: where someone comes from ("قادما من
    /// إسرائيل", "arriving from Israel", "en provenance d'Israël"), not a party.
    pub coming: Vec<String>,
    /// Kind `origin-from`: "from", "de", "من" (an elided "d'" is glued to the name).
    pub from: Vec<String>,
    /// Kind `airport`: where a visitor is welcomed on landing ("was received at the airport
    /// by", "accueilli à l'aéroport par", "في استقباله بمطار"): that reception is part of the
    /// visit.
    pub airports: Vec<String>,
    /// Kind `sidelines`: the word before an event noun that tells a larger event on whose
    /// sidelines the sentence's event took place ("على هامش قمة النقب").
    pub sidelines: Vec<String>,
    /// Kind `gathering`: what an opening noun or verb opens when it is a gathering, not an
    /// office ("افتتاح المنتدى", "افتتاح أشغال الدورة"): a meeting.
    pub gatherings: Vec<String>,
    /// Kind `relative`: relative pronouns ("الذي", "التي") that open a clause describing the
    /// person named just before.
    pub relatives: Vec<String>,
    /// Kind `during-pronoun`: "during it" and "in it" after a verb told aside ("التي وقع
    /// خلالها مذكرة"): its object noun is told aside too.
    pub during_pronouns: Vec<String>,
    /// Kind `during-it`: "during it" of a time span ("خلالها", "أثناءها"), the during-pronouns
    /// that are no "in it" or "on it": right after an act in the sentence after a visit, a
    /// back-reference to that visit.
    pub during_it: Vec<String>,
    /// Kind `visit-end`: words telling a visit's end before its noun ("wraps up a three-day
    /// visit", "a achevé une visite de trois jours", "à l'issue de sa visite"): the date of the
    /// sentence is the visit's last day.
    pub visit_ends: Vec<String>,
    /// Kind `visit-start`: a verb of a visit's start told after its noun with a pronoun for it
    /// ("زيارة … بدأها يوم الثلاثاء", "which he began on Tuesday"): the weekday after it is the
    /// visit's first day.
    pub visit_starts: Vec<String>,
    /// Kind `visit-start-it`: the verbs of a visit's start that carry the visit as their object
    /// pronoun ("استهلها", "بدأها": began it): the pronoun ties them to the visit noun however
    /// far after it they are told in its sentence («يختتم …، اليوم الأربعاء، زيارة رسمية إلى
    /// المغرب هي الأولى من نوعها …، كان قد استهلها مساء الإثنين بوصوله»), see
    /// src/events/visit_end.rs.
    pub visit_starts_it: Vec<String>,
    /// Kind `delegation`: nouns of a delegation ("الوفد", "وفد"): right after a verb of another
    /// family or a light verb, one is that verb's subject ("والتقى الوفد بوزير …", "وعقد الوفد
    /// اجتماعا"), not a visit of its own, and it stands for the delegation told before.
    pub delegations: Vec<String>,
    /// Kind `delegation-part`: the head of an object that names a delegation's people ("أعضاء
    /// الوفد", "أفراد الوفد"): read with the delegation noun after it, as one object.
    pub delegation_parts: Vec<String>,
    /// Kind `upon`: the words that tell an act was done upon an arrival, right before the
    /// arrival noun ("فور وصوله", "لدى وصولها", "بعيد قدومه").
    pub upons: Vec<String>,
    /// Kind `arrival-noun`: nouns of an arrival ("وصول", "قدوم"), read with a pronoun glued
    /// after them after an `upon` word: the act is on the day of that person's arrival.
    pub arrival_nouns: Vec<String>,
    /// Kind `vague-group`: a group left unnamed as the other side of talks ("عددا من
    /// المسؤولين"): those talks are part of the visit they are told in.
    pub vague_groups: Vec<String>,
    /// Kind `vague-lead`: the words that open the naming of a group before its head ("مع",
    /// "with", "the", "des"), read past when looking for a `vague-group` word.
    pub vague_leads: Vec<String>,
    /// Kind `vague-stop`: "between" ("بين", "entre"): talks told between two sides are talks
    /// of both, whoever follows.
    pub vague_stops: Vec<String>,
    /// Kind `purpose`: the word before talks told as what a trip is for ("arrived … for talks",
    /// "pour des entretiens").
    pub purposes: Vec<String>,
    /// Kind `medium`: the words that tell a call's trigger as the means of another event
    /// ("عبر تقنية التناظر المرئي"): an agreement signed by video is the agreement.
    pub media: Vec<String>,
    /// Kind `talks-means`: the words that tell a call told later in a meeting's sentence as the
    /// means of those talks: a preposition that opens the call's phrase ("في اتصال هاتفي",
    /// "عبر الهاتف") or an adverb that is the whole phrase ("هاتفيا"). Talks so told are the
    /// call (src/events/collapse.rs `qualified_events`).
    pub talks_means: Vec<String>,
    /// Kind `office-place`: the title of an office held over a place ("رئيس بلدية", "والي
    /// جهة", "mayor of", "maire de"), told right before the place's name: the place is the
    /// office holder's ("رئيس بلدية أسدود"), not where the event happened.
    pub office_places: Vec<String>,
    /// Kind `office-place-after`: the same title told right after the place, as English does
    /// ("the Ashdod mayor", "Tel Aviv Mayor Ron Huldai").
    pub office_places_after: Vec<String>,
    /// Kind `reaction`: nouns of the reactions an event drew ("ردود فعل", "criticism",
    /// « réactions »), told a few words before `reaction-at` right before a place: where the
    /// event was commented on, not where it happened.
    pub reactions: Vec<String>,
    /// Kind `reaction-at`: the prepositions that place reactions ("في", "ب", "in", « à »).
    pub reaction_ats: Vec<String>,
    /// Kind `channel`: the word that makes a call the channel of what was told in it
    /// ("خلاله", "which" of "during which", « duquel », « lequel »), near a `call-content`
    /// verb right after the call (src/events/build/conveyed.rs).
    pub channels: Vec<String>,
    /// Kind `opened-office`: what an Arabic opening must open to be an office opening ("مكتب",
    /// "سفارة", "قنصلية", "مقر"): "افتتح الجناح المغربي في معرض …" (a stand at a fair) is none.
    pub opened_offices: Vec<String>,
    /// Kind `opened-route`: a route, line or flight a Latin-script opening may open ("route",
    /// « liaisons »): the opening is the first flight on it (src/events/latin/kinds.rs).
    pub opened_routes: Vec<String>,
    /// Kind `carrier`: "the company", "the carrier" ("الشركة", "الناقلة"): a flight naming no
    /// airline but one of them is the airline's of the flight told before.
    pub carriers: Vec<String>,
    /// Kind `office-title`: a title before an office noun that makes it someone's post ("رئيس
    /// مكتب الاتصال", "سفير"), not what an opening opens.
    pub office_titles: Vec<String>,
    /// Kind `led-by`: "led by", "conduite par": the person named after one leads the
    /// delegation a visit tells, and is its visitor, whoever received it.
    pub leads: Vec<String>,
    /// Kind `agent`: "by", "par": after an agreement's participle ("the declaration signed on
    /// 22 December 2020 by Morocco, the US and Israel"), the signers follow.
    pub agents: Vec<String>,
    /// Kind `reception`: "received", « reçu »: a head of state's audience told by one of these
    /// words, a past verb of the body, stays his meeting with the received beside their visit
    /// (src/events/latin/kinds.rs `audience_is_the_visit`).
    pub receptions: Vec<String>,
    /// Kind `destination`: "to", "en", "au": a country right after one, after a visit's
    /// trigger, is where the trip goes ("will travel to Israel").
    pub destinations: Vec<String>,
    /// Kind `clause-verb`: finite verbs and auxiliaries ("was", "will", "marks") that, right
    /// after an event noun, make it the subject of a clause ("said on Wednesday the visit was
    /// historic"), not the object of the verb before it.
    pub clause_verbs: Vec<String>,
    /// Kind `occurrence`: verbs that say an event happened ("took place", "was held", "a eu
    /// lieu"): an English event noun before one, of a family the article has not told yet, is
    /// that event, not a reference to one ("The signing of the memorandum … took place").
    pub occurrences: Vec<String>,
    /// Kind `agreed`: verbs of agreeing to do something ("agreed", « convenu »): talks right
    /// after one, with no day of their own, are a wish, no event ("agreed to meet soon").
    pub agreed: Vec<String>,
    /// Kind `first-person`: "my", "mon", "notre": talks told in a quoted statement "with my
    /// friend X" are the speaker's own.
    pub first_person: Vec<String>,
    /// Kind `heading`: "heading for" ("متوجها", "قاصدا"): after a visit told by its departure
    /// from the traveller's own country, where the trip goes.
    pub headings: Vec<String>,
    /// Kind `welcome`: the words right before a reception's trigger that make it a welcome on
    /// arrival ("وكان في استقباله"): who was there received the visitor, the visit's hosts.
    pub welcomes: Vec<String>,
    /// Kind `negation`: "لم": one of the few words before a planned marker denies the
    /// expectation ("لم يكن أحد يتوقع أن …"): what follows is what surprised, not a plan.
    pub negations: Vec<String>,
    /// Kind `dual`: "the two ministers" ("الوزيران"): right after a verb that names no one, the
    /// two people of two countries of the event told just before.
    pub duals: Vec<String>,
    /// Kind `hope`: "يأمل", "hopes", « espère »: a visit right after one is a wish, no event
    /// (see `scan::drop_invited_visits`).
    pub hopes: Vec<String>,
    /// Kind `with-pronoun`: "معه", "with him", « avec lui » right after an act's verb: its
    /// other side is told before by a pronoun (see `told_before::take_people_told_before`).
    pub with_pronouns: Vec<String>,
    /// Kind `venue`: "شهد", "احتضن" (was the scene of): a venue verb before an opening tells
    /// where the act took place, the office named between them what it opened.
    pub venues: Vec<String>,
    /// Kind `preposition`: "مع", "على", "في": one between a verb and the person after it makes
    /// that person the verb's object, not its subject.
    pub prepositions: Vec<String>,
    /// Kind `place-relative`: "where", "où": a clause it opens after a comma tells what
    /// happened at the place the clause before names ("landed at Rabat-Sale airport, where she
    /// was welcomed by").
    pub place_relatives: Vec<String>,
    /// Kind `at-reception`: "at the reception", "during the audience", «خلال الاستقبال», « lors
    /// de l'audience », « à l'issue de laquelle »: an act told with one was done at the reception
    /// or audience told just before (see `audience::act_at_the_reception_takes_its_people`).
    pub at_receptions: Vec<String>,
    /// Kind `time-relative`: "حين", "التي": the clause it opens right after an earlier visit
    /// told with its date ("بعد زيارة وزيرة الداخلية في يونيو، حين بحثت مع نظيرها …") tells
    /// what that visitor did on it (see `listed::earlier_visits_told_by_date`).
    pub time_relatives: Vec<String>,
    /// Kind `talks-with`: "مع", "with", "avec" right after a noun of talks: whom they were with,
    /// its other side, not a party to the next event of a list ("des entretiens avec son
    /// homologue X, la signature d'accords et l'inauguration du bureau"); and between a title
    /// and another title, the other side's ("جلالة الملك مع الرئيس الأمريكي": the nationality and
    /// the name after the second are its own, src/events/participants.rs).
    pub talks_with: Vec<String>,
    /// Kind `welcomed-pronoun`: the welcome noun carrying its object as a pronoun
    /// ("استقباله", "استقبالهم"): a welcome that names no one it welcomes, only its hosts.
    pub welcomed_pronouns: Vec<String>,
    /// Kind `received-pronoun`: a reception verb carrying its object as a pronoun ("استقبله",
    /// "يستقبلها", "received him", « l'a reçu »): the second of two receptions told in turn
    /// («…، قبل أن يستقبله لوديي») receives the one the first received, not its host
    /// (`successive::part_successive_talks`).
    pub received_pronouns: Vec<String>,
    /// Kind `rescheduled-to`: "إلى", "to", "until", "au": a date told after one of them, after
    /// a postponement marker, is the day the event was put off to ("أرجئت الزيارة إلى يوليوز").
    pub rescheduled_to: Vec<String>,
    /// Kind `capital`: "العاصمة", "the capital", "la capitale": told alone, the capital of the
    /// one country the sentence or the story is about (see `capital::capital_told_alone`).
    pub capitals: Vec<String>,
    /// Kind `capital-city`: the gazetteer ids of the capitals those words stand for, one per
    /// country (the gazetteer gives each its country).
    pub capital_cities: Vec<String>,
    /// Kind `guest`: "the official", "the guest" ("المسؤول", "الضيف"): talks whose subject is
    /// one of them, naming no one, are the visitor's of the visit told before.
    pub guests: Vec<String>,
    /// Kind `invitation`: "دعا", "دعوة", "invited", "invité": a visit told a few words after one
    /// is what someone was invited to make, not an announced visit (see
    /// `scan::drop_invited_visits`). "بدعوة من", "at the invitation of" are other words.
    pub invitations: Vec<String>,
    /// Kind `invited-to`: "to", « à », « de »: the word opening the infinitive an invitation
    /// invites to ("invited X, Y, to visit"): a visit told so is no visit (see
    /// `latin::status::invited_to_visit_is_no_visit`).
    pub invited_to: Vec<String>,
    /// Kind `invitation-noun` (Latin lists only): "invitation", « invitation »: an invitation
    /// told by its noun ("accepted an invitation to visit Morocco", « a accepté l'invitation de
    /// son homologue à se rendre au Maroc »), read only with the infinitive it invites to (see
    /// `latin::status::invited_to_visit_is_no_visit`), never after a word of `invitation-by`.
    pub invitation_nouns: Vec<String>,
    /// Kind `invitation-by` (Latin lists only): "at", « à », « sur »: a word that, one or two
    /// words before an invitation noun, tells whose invitation a trip answers ("at the
    /// invitation of", « à l'invitation de », « sur invitation de »): the trip is made.
    pub invitations_by: Vec<String>,
    /// Kind `plan-cut`: "that", « que », "following", "after", « après »: a plan marker told
    /// before one governs the clause or phrase it opens, not a past act after it ("would
    /// neither confirm nor deny that X met", "will work together, following the memoranda
    /// signed on Tuesday"; see `latin::status::past_told_before_a_plan`).
    pub plan_cuts: Vec<String>,
    /// Kind `since-subject`: "he", "his", « qu'il », « son »: the words that may stand between
    /// "since" and the verb or noun of a recall ("since he arrived", « depuis son arrivée »; see
    /// `latin::status::since_clause_is_background`).
    pub since_subjects: Vec<String>,
    /// Kind `since`: "منذ", "since", "depuis" right before a date told after a visit going on
    /// ("التي تقوم بزيارة للمملكة منذ أمس الإثنين"): that date is the visit's first day.
    pub since: Vec<String>,
    /// Kind `evening`: the parts of the day that end it ("مساء", "late", "evening", « soir »),
    /// told beside an arrival's day: what the visitor did next, told without a day of its
    /// own, was done on a later day (see `crate::events::evening`).
    pub evenings: Vec<String>,
    /// The forms of the `postponement` rows ("أرجئت", "postponed", « reportée »), a rule
    /// kind that is a word list as well: the date stage reads the same words as `put_off`
    /// ("postponed the visit to March": the coming March; see `crate::data`), so that one
    /// list in the trigger files says what puts an event off.
    pub put_off: Vec<String>,
    /// Kind `topic-word`: "on", "about", « sur », « concernant »: an event noun right after
    /// one (articles between), told after talks, a call or a signing, is what they were about,
    /// not an event of its own ("talks with X on the signing of a deal"; `scan`).
    pub topic_words: Vec<String>,
    /// Kind `visit-going-on`: the words before a visit noun that tell it as going on ("تقوم
    /// بزيارة", "en visite", "on a visit"): with a `since` date, the visit began that day.
    pub going_on: Vec<String>,
    /// Kind `chain`: "قبل أن", "ثم": a verb right after one, with its own subject, tells the
    /// narrative's next act, each act naming its own people (see
    /// `participants::clause_with_its_own_subject`).
    pub chains: Vec<String>,
    /// Kind `then`: "ثم", "then", « puis »: between two talks of one family, or before a
    /// second "with" their verb governs, it tells successive talks, each with its own other
    /// side (see `successive::part_successive_talks`).
    pub thens: Vec<String>,
    /// Kind `then-after-comma`: the `then` words that tell a second act only right after a
    /// comma ("…، على أن يلتقي أيضا …", and is to meet as well), not after the verb they
    /// complete ("اتفقا على أن يلتقيا"): see `successive::successions`.
    pub thens_after_comma: Vec<String>,
    /// Kind `and-verb`: "and", « et » (Latin lists; Arabic glues «و» to the verb after a
    /// comma): right before a second talks verb that names its own other side ("held talks
    /// with X, and was received by Y"), it tells a second act, each host told by his own verb
    /// (see `successive::successions`); "with X and with Y", one verb's, stays one act.
    pub and_verbs: Vec<String>,
    /// The `thens` as one automaton, built the first time a sentence with talks asks
    /// [`WordLists::then_starts_in`].
    then_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// Kind `leave`: "يغادر", "سيغادر": a planned visit told by its leaving, of a visitor
    /// already on the visit the page told, is the end of that visit, not a row of its own (see
    /// `told_before::leaves_the_visit_told`).
    pub leaves: Vec<String>,
    /// Kind `explain`: "إذ", "حيث": a past verb right after one, after a comma, tells what the
    /// verb before it did (see `dating::dated_by_the_explained_verb`).
    pub explains: Vec<String>,
    /// Kind `coordinate`: "و", "ف", "ثم": a past verb opening a later clause right after one
    /// (glued to it, or a word before it) tells the next act of the clause before, on its day
    /// (see `dating::coordinated_act_date`).
    pub coordinates: Vec<String>,
    /// Kind `plane`: "طائرة", "plane", "avion": a flight told by its plane may be a visitor's
    /// (see `visitor_plane`).
    pub planes: Vec<String>,
    /// Kind `plane-maker`: "Airbus", "Boeing": a plane told by its maker ("The Airbus A320
    /// landed at Menara"); with the `plane` words, the subject that makes a landing the flight's
    /// (src/events/latin/kinds.rs), but no plane that could be a visitor's.
    pub plane_makers: Vec<String>,
    /// Kind `carrying`: "تقل", "carrying", "transportant", "à bord": the plane carries someone.
    pub carrying: Vec<String>,
    /// Kind `on-board`: "على متن", "on board", "aboard", « à bord »: opening the sentence
    /// right after a flight's that names no one, it names the flight's passengers (see
    /// `visitor_plane::passengers_named_next`).
    pub on_board: Vec<String>,
    /// Kind `flight-service`: the words of a route or a service ("أول رحلة", "مباشرة",
    /// "first", "direct", "commercial", "ligne", "inaugural", "régulier"): a plane told with one
    /// is a flight of the timeline, whoever it carries; without one, a plane carrying a visitor
    /// is part of the visit.
    pub flight_services: Vec<String>,
    /// Kind `flight-news`: the words that make a flight news of its own ("أول رحلة", "the
    /// first direct flight", "inaugural", « premier vol », a route launched): a flight told as
    /// the way a visitor came is a row only with one (see `visitor_plane`).
    pub flight_news: Vec<String>,
    /// Kind `flight-word`: the flight itself named as a noun ("the flight", « le vol »,
    /// "الرحلة"): as the subject of a landing or a trip that names no one, it makes the landing
    /// the flight's, no visit (see `visitor_plane::planes_that_landed`).
    pub flight_words: Vec<String>,
    /// Kind `route-noun`: a route named by its noun alone ("route", "routes"): a flight only
    /// where its sentence tells of flying (see `scan::flown_route`), not a road map (« feuille
    /// de route », "the route to peace").
    pub route_nouns: Vec<String>,
    /// Kind `route-context`: words of flying ("airline", "airport", « aérienne »): one in the
    /// sentence of a route noun makes that route a flight's.
    pub route_contexts: Vec<String>,
    /// Kind `flight-means`: the words that tell a flight as the way someone travelled ("على
    /// متن", "aboard", "on a", « à bord ») right before it: "arrived in Rabat on a direct El Al
    /// flight" tells the visit, not a flight of the timeline (see `visitor_plane`).
    pub flight_means: Vec<String>,
    /// Kind `welcomed-group`: the object of a welcome that is no one named ("في استقبال
    /// الطائرة", "الوفد"): everyone the welcome names is a host.
    pub welcomed_groups: Vec<String>,
    /// Kind `contrast`: "unlike", "contrairement à": the event told between one and the next
    /// clause break is a third party's act set against the news ("Unlike the embassy it opened
    /// in Manama, …"), not the two sides' (src/events/latin/status.rs).
    pub contrasts: Vec<String>,
    /// Kind `habitual`: "now", "désormais", "every week": a flight told in the present or by
    /// a noun in a clause with one is a service that runs, not a flight of a day.
    pub habituals: Vec<String>,
    /// Kind `degree`: "tant", "long", "as": a word of degree before a participle of waiting
    /// makes it an adjective ("le vol tant attendu", "as expected"), not a plan.
    pub degrees: Vec<String>,
    /// Kind `welcoming`: "welcomed", "hailed", « a salué », « s'est félicité »: a third
    /// party's approval of an event; who welcomes it ("X welcomed the memorandum signed by A
    /// and B", "a deal hailed by X") takes no part in it (src/events/latin/participants.rs).
    pub welcomings: Vec<String>,
    /// Kind `welcomed-with`: "with", « avec » right after the welcomed act ("X welcomed the
    /// signing of an accord with Y"): the act is the welcomer's own, told with its other side,
    /// so the welcomer keeps its part.
    pub welcomed_withs: Vec<String>,
    /// Kind `clause-relative`: "which", "qui": a relative pronoun after a comma carries a
    /// clause on past it ("Unlike Egypt, which signed …"), so a contrast reaches that far.
    pub clause_relatives: Vec<String>,
    /// Kind `date-apposition`: "تاريخ", "the date of", "la date du": a noun that sets a date
    /// in apposition to the event after it ("25 يوليوز، تاريخ أول رحلة", "July 25, the date
    /// of the first flight"): the date is that event's (see `build::dating`).
    pub date_appositions: Vec<String>,
    /// Kind `traveller`: "tourists", "passagers", "voyageurs": people who travel in numbers,
    /// no delegation; an arrival or visit whose subject or object is one of them is tourism,
    /// not a visit (src/events/latin/status.rs). The Arabic readings find the same rows with
    /// the trigger scan ([`RuleKind::Traveller`]).
    pub travellers: Vec<String>,
    /// Kind `other-event`: "attack", "attentat", "protest": a noun of an event the timeline
    /// does not record; the places and people of the phrase it opens are that event's, not
    /// those of the visit its sentence tells (src/events/latin/participants.rs).
    pub other_events: Vec<String>,
    /// Kind `clause-and`: "and", "et", "while": after a comma, with a subject of its own
    /// after it, opens a coordinated clause that tells its own act and its own date ("Gantz
    /// came in November, and Lapid in August"; src/events/latin/clauses.rs).
    pub clause_ands: Vec<String>,
    /// Kind `co-subject`: "he and", "she and", "il et", "elle et": a pronoun coordinated right
    /// before a named person makes the one it stands for a subject beside that person ("during
    /// which she and Ryad Mezzour signed": the story's protagonist signed too;
    /// src/events/latin/participants.rs).
    pub co_subjects: Vec<String>,
    /// Kind `relations-between`: "العلاقات بين", "relations between": the two places named
    /// right after one stand for their states ("… بين الرباط وتل أبيب"): countries of the
    /// event, no places of it (src/events/participants.rs).
    pub relations_between: Vec<String>,
    /// Kind `complement`: "أن", "إن", "بأن" (that): the clause it opens is what was said,
    /// decided or announced; a date told in it is of that content ("وأبلغه أن الرحلات ستنطلق
    /// الأسبوع المقبل"), not of an act told before it (see `build::dating`).
    pub complements: Vec<String>,
    /// Kind `sequence`: "ثم", "then", « puis » opening a clause after a comma: the clause tells
    /// the narrative's next act, later than the clause before; a date that clause gives itself
    /// ("…، ثم وقع البلدان اتفاقا … في غشت من العام نفسه") is its acts', and the clause before's
    /// date does not cross into it (see `build::dating::date_each_predicate`).
    pub sequences: Vec<String>,
    /// Kind `deadline`: "في غضون", "within", « d'ici », "no later than", "by the end of"
    /// opening a date expression or right before it: the date is a bound of a plan, no day of
    /// it (src/events/resolve.rs `told_as_a_deadline`).
    pub deadlines: Vec<String>,
    /// Kind `deadline-count`: "خلال" opening a count of periods ahead ("خلال أسبوعين": within
    /// two weeks), a deadline as `deadline` is; before a named period ("خلال الأسبوع المقبل")
    /// it is that period.
    pub deadline_counts: Vec<String>,
    /// Kind `unnamed-group`: plural nouns of people or firms in numbers who hold no office
    /// ("businessmen", « hommes d'affaires », « entreprises », "investors"): a Latin-script act
    /// whose subject is such a group is that group's, not the protagonist's of the sentences
    /// before (src/events/latin/participants.rs `subject_is_an_unnamed_group`).
    pub unnamed_groups: Vec<String>,
    /// Kind `call-content`: verbs of telling the other side ("أبلغ", "أخبره", "informed",
    /// "a informé"): opening the sentence after a call, what they tell is what the call was
    /// about (src/events/participants.rs join_call_content).
    pub call_contents: Vec<String>,
    /// Kind `after`: "after", "بعد", « après »: a call told right after one, an article between
    /// at most, with no day of its own, came just before what the dated statement of its
    /// sentence tells ("announced on Thursday that … after a phone call with the King"): the
    /// statement's day (src/events/build/mod.rs).
    pub afters: Vec<String>,
    /// Kind `call-with-subject`: "جمعته", "أجراه", "جمعتهما": a verb right after a call noun
    /// whose pronoun is who was on the phone — the subject of the sentence's first verb
    /// ("أعلن ترامب …، إثر مكالمة هاتفية جمعته بالعاهل المغربي": Trump and the King), a side
    /// of the call its own words do not name (src/events/build/mod.rs).
    pub calls_with_subject: Vec<String>,
    /// Kind `taking-part`: "شارك في", "took part in the", « ont pris part à la »: the words
    /// right before a definite gathering noun that list who took part in a meeting told before
    /// ("وشارك في الاجتماع كل من …"): the noun refers back to it, and everyone the sentence
    /// names joins it, however many it already has (src/events/scan.rs, participants.rs).
    pub taking_part: Vec<String>,
    /// Kind `delegation-members`: "يضم", "includes", « comprend »: the verb that lists who a
    /// delegation is made of, right before an Arabic delegation noun ("ويضم الوفد X") or a few
    /// words after a Latin one ("the delegation also includes X"): the noun is the delegation
    /// told before, and everyone the sentence names joins its visit, however many it already
    /// has; no visit of its own (src/events/scan.rs, participants.rs).
    pub delegation_members: Vec<String>,
    /// Kind `took-office`: "became", "took office", « ne devienne »: told right after a person
    /// named after a `time-clause` word ("weeks before Yair Lapid became prime minister"), a
    /// change of office that dates the event by another's career: that person takes no part
    /// in it (src/events/latin/participants.rs office_change_names_no_party).
    pub took_office: Vec<String>,
    /// Kind `time-clause`: "before", "after", "avant que", « après que »: the words a few words
    /// before a person whose change of office (`took-office`) is told as a time reference.
    pub time_clauses: Vec<String>,
    /// Kind `counted-from`: "من", "على": the word that closes a measure of time after a
    /// sequel word ("بعد ثلاثة أيام من", "بعد نحو عام على توقيع"): the event noun after it is
    /// the act the period is counted from, told aside (see `scan::told_aside`).
    pub counted_from: Vec<String>,
    /// Kind `comes`: "comes", « intervient »: the verb right after a Latin event noun that says
    /// when the event came ("The meeting comes a week after …", « La rencontre intervient
    /// quelques jours après … »): the noun is the event already reported, a reference as after
    /// a demonstrative, and what follows is its time reference (src/events/scan.rs). Arabic
    /// writes the verb first («ويأتي الاجتماع بعد …»): a row of kind `anaphor` there.
    pub comes: Vec<String>,
    /// Kind `follows`: "follows", "comes on the heels of", « fait suite à »: a phrase right
    /// after a Latin event noun that says by itself the event came after another ("Kochavi's
    /// trip follows the MoU Israel and Morocco signed last November"): as a `comes` verb with
    /// its "after" word, the noun is the event already reported, and the event told after the
    /// phrase its time reference, with parties of its own (src/events/scan.rs).
    pub follows: Vec<String>,
    /// Kind `told-of`: "would become", « deviendrait », « restera historique »: a phrase a few
    /// words after a definite Latin event noun that tells what the event told before is or
    /// will become (« annonçant que la rencontre deviendrait un forum permanent »): the noun
    /// refers back to that event, as after a demonstrative (src/events/scan.rs told_of_after).
    pub told_of: Vec<String>,
    /// Kind `definite-agreement`: "the agreement", « l'accord », «الاتفاق», «المذكرة»: a
    /// definite agreement noun as a signing verb's subject or object, a few words from it, after
    /// an agreement told in the sentences before, is that agreement (src/events/told_again.rs).
    pub definite_agreements: Vec<String>,
    /// Kind `gathering-session`: "the closing session", « la séance de clôture », «الجلسة
    /// الختامية»: a session of a gathering, near a meeting's verb, after a gathering of four
    /// countries or more told in the sentences before, is that gathering on another of its days,
    /// not talks of its own (src/events/told_again.rs).
    pub gathering_sessions: Vec<String>,
    /// Kind `session-frame`: "during", "on the sidelines of", « après », «هامش»: right before a
    /// session (its article between or none), it frames the talks told: talks beside the
    /// gathering or on another day, not the session itself (src/events/told_again.rs).
    pub session_frames: Vec<String>,
    /// Kind `recalling-during`: "خلال", "during", « lors de »: the plain during words (not
    /// "on the sidelines of", not "on the occasion of"): right before a definite meeting noun
    /// they recall the meeting told before, no meeting of its own (src/events/scan/aside.rs
    /// meeting_recalled_after_during).
    pub recalling_during: Vec<String>,
    /// Kind `next-act-link`: "having", « de », « avoir », « s'être »: the words of a
    /// non-finite verb between a sequel word and the verb it governs ("after having signed",
    /// « avant de signer », « après s'être entretenu »): the verb has no subject of its own, so
    /// it tells the next (or the previous) act of the sentence's subject, not a time reference
    /// (see `scan::tells_the_next_act`).
    pub next_act_links: Vec<String>,
    /// Kind `gerund-ending`: "ing": the ending of an English gerund right after a sequel word
    /// ("before signing three agreements"): the subject's own act, as `next-act-link`.
    pub gerund_endings: Vec<String>,
    /// Kind `before-act`: "before", « avant de », «قبل أن»: the word that opens the subject's
    /// next act told by a verb of no subject of its own (an English gerund after it, a French
    /// infinitive, an Arabic verb after «أن»): a date told after it is that act's day, not the
    /// day of what the sentence tells before it (see `build::dating::told_after_a_next_act`).
    pub before_acts: Vec<String>,
    /// Kind `time-unit`: "day", "hours", « jours », « lendemain »: a unit of a measure of time
    /// right before a sequel word ("a day after signing", « deux jours après avoir signé »):
    /// the act after it is another day's, the point the period is counted from, told aside.
    pub time_units: Vec<String>,
    /// Kind `later-joiner`: "later extended to", "followed by", «وتبعتهما»: after a pact's
    /// signing, the countries named past one joined it later, in acts of their own ("the
    /// Abraham Accords, which it signed with the UAE and Bahrain last year and later extended
    /// to Morocco"); they are no parties to the signing told (src/events/build/sentence_end.rs
    /// later_joiners_take_no_part).
    pub later_joiners: Vec<String>,
    /// Kind `followed`: "followed suit", "did the same", « lui a emboîté le pas », «وتبعتها»:
    /// a sentence naming someone new with one tells the act of the sentence before again, of
    /// them (src/events/followed.rs).
    pub followers: Vec<String>,
    /// Kind `followed-turn`: "it was the turn of", « c'était au tour de », «جاء دور»: a
    /// `followed` phrase whose follower is named after it ("it was the turn of El Al to land").
    pub follower_turns: Vec<String>,
    /// Kind `followed-shortly`: "shortly afterwards", « peu après », «وبعدها بقليل»: inside the
    /// sentence of a flight, a second landing of another airline named after it ("an Israir jet
    /// landed on Sunday, and shortly afterwards an El Al flight touched down"): that airline's
    /// own flight of the same day (src/events/followed.rs).
    pub follower_shortly: Vec<String>,
    /// Kind `recall-head`: "of", "on", « du », « de »: a preposition whose noun phrase ends in a
    /// bare past participle dated right after it ("building on the memorandum signed last
    /// November", « dans le prolongement du mémorandum d'entente signé en novembre dernier »)
    /// opens a recall of an earlier act, with its own date and people, told inside another
    /// act's sentence (src/events/build/sentence_end.rs recall_clause).
    pub recall_heads: Vec<String>,
    /// Kind `first-to`: "أول", "first", « premier »: a visit trigger a few words after one is
    /// told as "the first (official) to come"; with an earlier act's phrase after it in its
    /// sentence ("لم يكن غانتس أول مسؤول يحل بالمغرب، فقد سبقه إليها …", [`RuleKind::Preceded`])
    /// the visit it tells is the one who came first's, no act of the one named before.
    pub first_to: Vec<String>,
    /// Kind `recall-aux`: «كان», «قد»: the auxiliaries of a pluperfect that may stand between
    /// an Arabic relative pronoun and the past verb of the act it recalls («التي كان قد وقعها
    /// البلدان في نونبر الماضي»), see src/events/build/sentence_end.rs recall_clause_ar.
    pub recall_auxiliaries: Vec<String>,
    /// Kind `recall-participle`: «الموقعة», «المبرمة»: a participle after an Arabic act's noun,
    /// dated right after it, tells that act as a recall («مذكرة التفاهم الموقعة في نونبر
    /// الماضي»), see src/events/build/sentence_end.rs recall_clause_ar.
    pub recall_participles: Vec<String>,
    /// Kind `possessive-suffix`: «هما», «هم», «ها»: the pronoun glued to an Arabic event noun
    /// («لقائهما», «اجتماعهم»): talks told after a sequel word with one are their referent's,
    /// the main clause's subject's (src/events/adverbial.rs), not a recalled act of others.
    pub possessive_suffixes: Vec<String>,
    /// The `later_joiners` as one automaton, built the first time a signing's sentence asks
    /// [`WordLists::later_joiner_starts_in`].
    later_joiner_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `before_acts` as one automaton, built the first time a dated sentence asks
    /// [`WordLists::before_act_starts_in`].
    before_act_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `at_receptions` as one automaton ignoring ASCII case, built the first time an act
    /// asks [`WordLists::at_reception_in`].
    at_reception_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `followers` as a phrase set, built the first time [`WordLists::follower_phrases`]
    /// is asked (the pipeline's bank scans every sentence for its patterns with the triggers').
    follower_set: std::sync::OnceLock<PhraseSet<Follows>>,
    /// The `deadlines` and the `deadline_counts` as their words, indexed by their first word,
    /// built the first time a dated mention asks [`WordLists::deadline_phrases`] (the deadline
    /// reading runs for every dated mention).
    deadline_index: std::sync::OnceLock<(PhrasesByFirstWord, PhrasesByFirstWord)>,
    /// The last four bytes of each of the `reactions`, and whether one has fewer, built the
    /// first time a place asks [`WordLists::may_end_with_a_reaction`].
    reaction_tails: std::sync::OnceLock<(std::collections::HashSet<[u8; 4]>, bool)>,
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

impl WordLists {
    /// Whether `w` is a relative pronoun of the list `relative` ("الذي", "اللتين"), with or
    /// without the conjunction و glued before it ("والتي").
    pub fn is_relative(&self, w: &str) -> bool {
        let bare = w.strip_prefix('و').unwrap_or(w);
        self.relatives.has(w) || self.relatives.has(bare)
    }

    /// Whether a word of `range` of `text` is a relative pronoun ([`WordLists::is_relative`]):
    /// after a noun, up to its sentence's end, a relative clause of its own ("خلال الاتصال
    /// الهاتفي الذي أجراه الملك أمس": a call told, not one recalled).
    pub fn relative_in(&self, text: &str, range: Range<usize>) -> bool {
        crate::text::lexmatch::word_iter(text, range).any(|w| self.is_relative(&text[w]))
    }

    /// Whether `w` starts a visit, as a verb of the list `visit-start` ("بدأ") or one carrying
    /// the visit as its pronoun (list `visit-start-it`: «استهلها»), clitics allowed.
    pub fn starts_a_visit(&self, w: &str) -> bool {
        self.visit_starts.has_with_proclitics(w) || self.visit_starts_it.has_with_proclitics(w)
    }

    /// Whether a phrase of `thens` starts within `range` of `text` (no word boundary checked):
    /// the successive-talks pass tries the `then` phrases at every word after talks, and one
    /// search tells it first that most sentences hold none.
    pub fn then_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.then_finder, &self.thens, text, range)
    }

    /// Whether a phrase of `later_joiners` starts within `range` of `text`: a signing's
    /// sentence is searched for them one form at a time only when one search found one.
    pub fn later_joiner_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.later_joiner_finder, &self.later_joiners, text, range)
    }

    /// Whether a phrase of `before_acts` starts within `range` of `text`: one search of a
    /// dated sentence tells that most hold none, before its dates are each read back word by
    /// word for one (src/events/build/dating.rs `told_after_a_next_act`).
    pub fn before_act_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.before_act_finder, &self.before_acts, text, range)
    }

    /// Whether a phrase of `at_receptions` stands in `text`, in any ASCII case ("During the
    /// audience"): one search tells that most acts' sentences hold none, before the phrases
    /// are searched for one by one at word boundaries (src/events/audience.rs).
    pub fn at_reception_in(&self, text: &str) -> bool {
        let finder = self.at_reception_finder.get_or_init(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(&self.at_receptions).expect("a few phrases make a small automaton"));
        !self.at_receptions.is_empty() && finder.is_match(text)
    }

    /// The `followers`, the `follower_turns` and the `follower_shortly` as a phrase set
    /// (src/events/followed.rs), each phrase with how it tells its follower: its patterns are one set
    /// of the pipeline's bank, so that finding them costs no search of its own
    /// (src/extraction.rs).
    pub fn follower_phrases(&self) -> &PhraseSet<Follows> {
        self.follower_set.get_or_init(|| {
            let said = self.followers.iter().map(|f| (f.as_str(), Follows::Said));
            let turns = self.follower_turns.iter().map(|f| (f.as_str(), Follows::Turn));
            let shortly = self.follower_shortly.iter().map(|f| (f.as_str(), Follows::Shortly));
            PhraseSet::new(said.chain(turns).chain(shortly))
        })
    }

    /// Whether `head` may end with a `reaction` noun: its last four bytes are a noun's last
    /// four. A noun ending `head` always passes (every noun has four bytes or more: nouns of
    /// fewer are all compared); most words before a place are told apart by one lookup instead
    /// of a comparison with each noun.
    pub fn may_end_with_a_reaction(&self, head: &str) -> bool {
        let tail = |s: &str| -> Option<[u8; 4]> { s.as_bytes().last_chunk::<4>().copied() };
        let (tails, short) = self.reaction_tails.get_or_init(|| (self.reactions.iter().filter_map(|f| tail(f)).collect(), self.reactions.iter().any(|f| f.len() < 4)));
        *short || tail(head).is_some_and(|t| tails.contains(&t))
    }

    /// The `deadline` phrases and the `deadline-count` phrases, as their words by first word.
    pub fn deadline_phrases(&self) -> (&PhrasesByFirstWord, &PhrasesByFirstWord) {
        let (deadlines, counts) = self.deadline_index.get_or_init(|| (PhrasesByFirstWord::new(&self.deadlines), PhrasesByFirstWord::new(&self.deadline_counts)));
        (deadlines, counts)
    }
}

/// Phrases of a word list as their words, found by their first word: a reading that compares
/// phrases word by word with the words around a mention looks up only those whose first word
/// is one of the words read.
#[derive(Debug, Clone, Default)]
pub struct PhrasesByFirstWord {
    phrases: Vec<Vec<String>>,
    by_first: std::collections::HashMap<String, Vec<usize>>,
}

impl PhrasesByFirstWord {
    fn new(phrases: &[String]) -> PhrasesByFirstWord {
        let mut index = PhrasesByFirstWord::default();
        for phrase in phrases {
            let words: Vec<String> = crate::text::lexmatch::word_iter(phrase, 0..phrase.len()).map(|w| phrase[w].to_string()).collect();
            if let Some(first) = words.first() {
                index.by_first.entry(first.clone()).or_default().push(index.phrases.len());
                index.phrases.push(words);
            }
        }
        index
    }

    /// The phrases whose first word is `word`, or a form `word` stands for under proclitics
    /// ("وفي" for "في"), each once, in list order.
    pub fn starting_with<'a>(&'a self, words: impl IntoIterator<Item = &'a str>) -> Vec<&'a [String]> {
        let mut found: Vec<usize> = Vec::new();
        for word in words {
            for form in crate::text::lexmatch::forms_under_proclitics(word) {
                found.extend(self.by_first.get(form.as_ref()).into_iter().flatten());
            }
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| self.phrases[i].as_slice()).collect()
    }
}

/// Whether one of `phrases` starts within `range` of `text` (no word boundary checked), by one
/// automaton built on first use into `finder`. The search runs on past `range` by the longest
/// phrase, so that one starting near its end is whole. `text` is normalised, its Latin
/// lowercased as the phrases are, so the search folds no case: with case folding the automaton
/// has no prefilter and steps through every byte (about 14 instructions a byte against 3 on the
/// bench corpus).
fn phrase_starts_in(finder: &std::sync::OnceLock<aho_corasick::AhoCorasick>, phrases: &[String], text: &str, range: Range<usize>) -> bool {
    use aho_corasick::{AhoCorasick, Input, MatchKind};
    if phrases.is_empty() || range.start >= range.end {
        return false;
    }
    let finder = finder.get_or_init(|| {
        // Leftmost: the match found is the one that starts first.
        AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).build(phrases).expect("a few phrases make a small automaton")
    });
    let longest = phrases.iter().map(String::len).max().unwrap_or(0);
    let end = (range.end + longest).min(text.len());
    finder.find(Input::new(&text.as_bytes()[..end]).span(range.start..end)).is_some_and(|m| m.start() < range.end)
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
            let list = match row.get("kind") {
                "article" => Some(&mut words.articles),
                "origin" => Some(&mut words.coming),
                "origin-from" => Some(&mut words.from),
                "airport" => Some(&mut words.airports),
                "sidelines" => Some(&mut words.sidelines),
                "gathering" => Some(&mut words.gatherings),
                "relative" => Some(&mut words.relatives),
                "during-pronoun" => Some(&mut words.during_pronouns),
                "during-it" => Some(&mut words.during_it),
                "visit-end" => Some(&mut words.visit_ends),
                "visit-start" => Some(&mut words.visit_starts),
                "visit-start-it" => Some(&mut words.visit_starts_it),
                "vague-group" => Some(&mut words.vague_groups),
                "vague-lead" => Some(&mut words.vague_leads),
                "vague-stop" => Some(&mut words.vague_stops),
                "purpose" => Some(&mut words.purposes),
                "delegation" => Some(&mut words.delegations),
                "delegation-part" => Some(&mut words.delegation_parts),
                "upon" => Some(&mut words.upons),
                "arrival-noun" => Some(&mut words.arrival_nouns),
                "medium" => Some(&mut words.media),
                "talks-means" => Some(&mut words.talks_means),
                "office-place" => Some(&mut words.office_places),
                "office-place-after" => Some(&mut words.office_places_after),
                "reaction" => Some(&mut words.reactions),
                "reaction-at" => Some(&mut words.reaction_ats),
                "channel" => Some(&mut words.channels),
                "opened-office" => Some(&mut words.opened_offices),
                "opened-route" => Some(&mut words.opened_routes),
                "office-title" => Some(&mut words.office_titles),
                "carrier" => Some(&mut words.carriers),
                "led-by" => Some(&mut words.leads),
                "agent" => Some(&mut words.agents),
                "reception" => Some(&mut words.receptions),
                "destination" => Some(&mut words.destinations),
                "clause-verb" => Some(&mut words.clause_verbs),
                "occurrence" => Some(&mut words.occurrences),
                "agreed" => Some(&mut words.agreed),
                "first-person" => Some(&mut words.first_person),
                "heading" => Some(&mut words.headings),
                "welcome" => Some(&mut words.welcomes),
                "negation" => Some(&mut words.negations),
                "dual" => Some(&mut words.duals),
                "hope" => Some(&mut words.hopes),
                "with-pronoun" => Some(&mut words.with_pronouns),
                "venue" => Some(&mut words.venues),
                "preposition" => Some(&mut words.prepositions),
                "place-relative" => Some(&mut words.place_relatives),
                "at-reception" => Some(&mut words.at_receptions),
                "time-relative" => Some(&mut words.time_relatives),
                "talks-with" => Some(&mut words.talks_with),
                "welcomed-pronoun" => Some(&mut words.welcomed_pronouns),
                "received-pronoun" => Some(&mut words.received_pronouns),
                "rescheduled-to" => Some(&mut words.rescheduled_to),
                "capital" => Some(&mut words.capitals),
                "capital-city" => Some(&mut words.capital_cities),
                "guest" => Some(&mut words.guests),
                "invitation" => Some(&mut words.invitations),
                "invited-to" => Some(&mut words.invited_to),
                "invitation-noun" => Some(&mut words.invitation_nouns),
                "invitation-by" => Some(&mut words.invitations_by),
                "since" => Some(&mut words.since),
                "evening" => Some(&mut words.evenings),
                "plan-cut" => Some(&mut words.plan_cuts),
                "since-subject" => Some(&mut words.since_subjects),
                "visit-going-on" => Some(&mut words.going_on),
                "topic-word" => Some(&mut words.topic_words),
                "plane" => Some(&mut words.planes),
                "plane-maker" => Some(&mut words.plane_makers),
                "chain" => Some(&mut words.chains),
                "then" => Some(&mut words.thens),
                "then-after-comma" => Some(&mut words.thens_after_comma),
                "and-verb" => Some(&mut words.and_verbs),
                "explain" => Some(&mut words.explains),
                "coordinate" => Some(&mut words.coordinates),
                "leave" => Some(&mut words.leaves),
                "carrying" => Some(&mut words.carrying),
                "on-board" => Some(&mut words.on_board),
                "flight-service" => Some(&mut words.flight_services),
                "flight-news" => Some(&mut words.flight_news),
                "flight-word" => Some(&mut words.flight_words),
                "route-noun" => Some(&mut words.route_nouns),
                "route-context" => Some(&mut words.route_contexts),
                "flight-means" => Some(&mut words.flight_means),
                "welcomed-group" => Some(&mut words.welcomed_groups),
                "contrast" => Some(&mut words.contrasts),
                "habitual" => Some(&mut words.habituals),
                "degree" => Some(&mut words.degrees),
                "clause-relative" => Some(&mut words.clause_relatives),
                "welcoming" => Some(&mut words.welcomings),
                "welcomed-with" => Some(&mut words.welcomed_withs),
                "date-apposition" => Some(&mut words.date_appositions),
                "traveller" => Some(&mut words.travellers),
                "other-event" => Some(&mut words.other_events),
                "clause-and" => Some(&mut words.clause_ands),
                "co-subject" => Some(&mut words.co_subjects),
                "relations-between" => Some(&mut words.relations_between),
                "complement" => Some(&mut words.complements),
                "sequence" => Some(&mut words.sequences),
                "deadline" => Some(&mut words.deadlines),
                "deadline-count" => Some(&mut words.deadline_counts),
                "unnamed-group" => Some(&mut words.unnamed_groups),
                "call-content" => Some(&mut words.call_contents),
                "postponement" => Some(&mut words.put_off),
                "after" => Some(&mut words.afters),
                "call-with-subject" => Some(&mut words.calls_with_subject),
                "taking-part" => Some(&mut words.taking_part),
                "delegation-members" => Some(&mut words.delegation_members),
                "took-office" => Some(&mut words.took_office),
                "time-clause" => Some(&mut words.time_clauses),
                "counted-from" => Some(&mut words.counted_from),
                "comes" => Some(&mut words.comes),
                "follows" => Some(&mut words.follows),
                "told-of" => Some(&mut words.told_of),
                "definite-agreement" => Some(&mut words.definite_agreements),
                "gathering-session" => Some(&mut words.gathering_sessions),
                "session-frame" => Some(&mut words.session_frames),
                "recalling-during" => Some(&mut words.recalling_during),
                "next-act-link" => Some(&mut words.next_act_links),
                "gerund-ending" => Some(&mut words.gerund_endings),
                "before-act" => Some(&mut words.before_acts),
                "time-unit" => Some(&mut words.time_units),
                "later-joiner" => Some(&mut words.later_joiners),
                "followed" => Some(&mut words.followers),
                "followed-turn" => Some(&mut words.follower_turns),
                "followed-shortly" => Some(&mut words.follower_shortly),
                "recall-head" => Some(&mut words.recall_heads),
                "first-to" => Some(&mut words.first_to),
                "recall-aux" => Some(&mut words.recall_auxiliaries),
                "recall-participle" => Some(&mut words.recall_participles),
                "possessive-suffix" => Some(&mut words.possessive_suffixes),
                _ => None,
            };
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
