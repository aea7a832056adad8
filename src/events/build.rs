//! Building event mentions from one document.
//!
//! A sentence is scanned once for trigger rules. Each event trigger becomes an
//! [`EventMention`] that takes, from its part of the sentence:
//!
//! * **a date**: every date expression of the sentence goes to the nearest predicate — event
//!   trigger or not ("أعلن", "اتهم" compete too), so "زيارة غانتس … مع إعلان الجزائر في آب"
//!   does not date the visit to August. An event noun after "خلال" ("during") shares the date of
//!   the sentence's main event; an undated event in a sentence opened by "بعد ذلك", "كما", "ثم"
//!   takes the date of the previous dated event (the narrative goes on);
//! * **participants**: people, organisations and places named in its scope — the sentence, cut
//!   between triggers of different families so that two events of one sentence do not share
//!   names — leaving out who reports it ("كشف X أن …"); offices named without a name ("وزير
//!   الخارجية الإسرائيلي", "نظيره المغربي") are kept as role references, resolved once the date
//!   is known; a meeting or call with one person named takes the actor of the preceding
//!   sentences as the other ("وفي وقت لاحق الأربعاء التقى … بوريطة");
//! * **status**: planned for future forms and announcement markers (من المقرر، من المنتظر…);
//!   a date after publication makes it planned too, later, when dates are resolved.
//!
//! An event noun after a demonstrative ("هذا اللقاء") refers to an event already reported and is
//! not a new mention.

use std::collections::HashMap;
use std::ops::Range;

use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::idset::Id;
use crate::text::Document;
use crate::text::lexmatch::{Scan, words};

/// How an event mention got its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateHow {
    /// The date expression nearest to its trigger.
    Own,
    /// "خلال زيارة": the date of the sentence's main event.
    During,
    /// The previous event's date, carried by a connective ("بعد ذلك"), by a follow-up sentence
    /// or down an enumeration from its lead.
    Carried,
    /// The date of the statement that reports it ("أعلنت أمس أن مبعوثها حل بالرباط").
    Reported,
}

/// The date governing an event mention: an index into the document's date mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLink {
    /// Index of the date mention.
    pub date: usize,
    /// How it was chosen.
    pub how: DateHow,
}

/// An office named without the person's name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum RoleRef {
    /// "وزير الخارجية الإسرائيلي": the holder of `role` in `country` on the event's date.
    Office {
        /// Role id.
        role: String,
        /// Country code.
        country: Id,
    },
    /// "نظيره المغربي": the holder, in `country`, of the office the actor holds.
    Counterpart {
        /// Country code.
        country: Id,
    },
}

/// One mention of an event in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    /// Index of the trigger rule.
    pub rule: usize,
    /// Event type.
    pub event_type: EventType,
    /// Normalised range of the trigger.
    pub trigger: Range<usize>,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The governing date, if any.
    pub date: Option<DateLink>,
    /// People taking part (entity indices), in text order.
    pub people: Vec<usize>,
    /// Organisations named (entity indices).
    pub organisations: Vec<usize>,
    /// Places named that are not countries (entity indices): cities, regions, sites.
    pub places: Vec<usize>,
    /// Country codes involved: of the people, organisations and places, and the countries
    /// named.
    pub countries: Vec<Id>,
    /// Offices named without a name.
    pub role_refs: Vec<RoleRef>,
    /// A future form or an announcement marker says it is for later.
    pub planned: bool,
    /// A person carried from the preceding sentences as the implicit subject.
    pub carried_actor: Option<usize>,
    /// Undated, told in the present tense in the body ("وهو يدشن مكتب الاتصال", "الذي يزور
    /// المغرب حاليا"): going on as the article is written, so on its publication day.
    pub on_publication_day: bool,
    /// The item of an enumeration it is told in ("وتتعلق الثانية ب…"), counted in its
    /// sentence: two agreements of one sentence in different items are two agreements.
    pub item: Option<u32>,
    /// The part of the sentence its subject is read from (topics): its item for an item of an
    /// enumeration, else the sentence.
    pub span: Range<usize>,
    /// Told aside, as a time reference or background ("بعد توقيع …", "التي جرى توقيعها"):
    /// another event than the sentence's, dated only by its own date expression.
    pub aside: bool,
}

/// What one scan of a sentence found, by kind.
struct SentenceHits {
    events: Vec<(Range<usize>, usize, EventType, TriggerTense)>,
    /// Event nouns written with the purpose ل ("لزيارة تل أبيب": in order to visit), by start.
    purposes: Vec<usize>,
    predicates: Vec<Range<usize>>,
    planned: Vec<Range<usize>>,
    carry_at_start: bool,
    during: Vec<Range<usize>>,
    /// Event nouns after a demonstrative ("هذه الزيارة"): references to a reported event.
    references: Vec<(Range<usize>, EventType)>,
    reports: Vec<Range<usize>>,
    pairs: Vec<Range<usize>>,
    counterparts: Vec<Range<usize>>,
    /// "يواصل", "حاليا": markers that what their clause tells is going on.
    ongoing: Vec<Range<usize>>,
    /// Present verbs written with ل ("ليفتتح بذلك", "لينتقل بعدها": and so, and then) or after
    /// أن, لم, لن ("قبيل أن يستقبله"), by start: a consequence, a next step, a subjunctive or a
    /// negation, not what is going on.
    consequences: Vec<usize>,
    /// Statements ("أعلن", "بيان"): predicates whose date passes to the event they report.
    statements: Vec<Range<usize>>,
    /// Ordinals opening the items of an enumeration ("الثانية").
    ordinals: Vec<Range<usize>>,
    /// Nouns that are events only as items of an enumeration ("اتفاقية"): range, rule, type.
    item_nouns: Vec<(Range<usize>, usize, EventType)>,
    /// Words after which an event noun is a time reference ("بعد", "عشية").
    sequels: Vec<Range<usize>>,
}

/// Build the event mentions of `doc`. `dates` are the normalised ranges of the document's
/// date expressions, in text order (their indices are what [`DateLink`] refers to).
/// `triggers` is a bank's scan of the document holding the trigger phrases (the rules' own
/// automaton runs when there is none).
pub fn build_events(doc: &Document, triggers: Option<Scan<'_>>, found: &Found, dates: &[Range<usize>], rules: &TriggerRules, g: &Gazetteer) -> Vec<EventMention> {
    let text = doc.norm.text.as_str();
    let main_countries = main_countries(found, g);
    let item_families: Vec<EventType> = rules.rules.iter().filter_map(|r| if let RuleKind::Item(t) = r.kind { Some(t.family()) } else { None }).collect();
    let mut out: Vec<EventMention> = Vec::new();
    // Leads of enumerations ("وقعا أربع اتفاقيات"), by sentence and trigger: how many items took
    // their date.
    let mut leads: HashMap<(usize, usize), u32> = HashMap::new();
    let mut item_lead: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if crate::budget::expired() {
            break;
        }
        let mut hits = scan(text, sentence.range.clone(), rules, triggers, found, g);
        join_referred(&mut out, si, sentence.range.clone(), &hits, found, g);
        let items = enumeration_items(&mut hits, sentence.range.end);
        let item_of = |i: usize| {
            let e = &hits.events[i];
            item_families.contains(&e.2.family()).then(|| items.iter().position(|s| s.contains(&e.0.start))).flatten()
        };
        let aside = told_aside(text, sentence.range.start, &hits);
        if hits.events.is_empty() {
            continue;
        }
        // Dates are in text order: the sentence's are a slice found by binary search.
        let first = dates.partition_point(|d| d.start < sentence.range.start);
        let sentence_dates: Vec<usize> = (first..dates.len()).take_while(|&d| dates[d].start < sentence.range.end).filter(|&d| dates[d].end <= sentence.range.end).collect();
        // Each date goes to a predicate (event triggers are predicates too): the nearest in its
        // own clause, else the nearest before it — Arabic news puts the time after the verb —
        // else the nearest after it (a Latin-script date: the nearer of the two).
        let sentence_words = words(text, sentence.range.clone());
        let word_at = |at: usize| sentence_words.partition_point(|w| w.end <= at);
        let clause_of = |at: usize| sentence.clauses.iter().position(|c| c.start <= at && at < c.end);
        // An event noun after "خلال" beside another event of its clause is subordinate to it
        // ("سيلتقي ليفي خلال زيارته … يوم الجمعة المقبل": Friday is the meeting's) and takes
        // its date later; alone in its clause ("خلال لقائهما الاثنين") it keeps its own.
        let after_during = |r: &Range<usize>| hits.during.iter().any(|d| d.end <= r.start && r.start - d.end <= 2);
        // An event announced by a marker before it in its clause ("دعاه إلى زيارة إسرائيل"): an
        // invitation, not the event of the sentence.
        let invited = |r: &Range<usize>| hits.planned.iter().any(|p| p.end <= r.start && clause_of(p.start) == clause_of(r.start));
        let subordinate = |i: usize| {
            let e = &hits.events[i];
            e.3 == TriggerTense::Noun
                && after_during(&e.0)
                && hits.events.iter().enumerate().any(|(j, o)| j != i && !after_during(&o.0) && clause_of(o.0.start) == clause_of(e.0.start) && !invited(&o.0))
        };
        let mut preds: Vec<(Range<usize>, Option<usize>)> =
            (0..hits.events.len()).filter(|&i| !subordinate(i)).map(|i| (hits.events[i].0.clone(), Some(i))).collect();
        preds.extend(hits.predicates.iter().map(|r| (r.clone(), None)));
        let mut own_date: HashMap<usize, (usize, usize)> = HashMap::new();
        // Dates that went to a statement ("أعلنت أمس"), by the statement's start.
        let mut statement_date: Vec<(usize, usize)> = Vec::new();
        for &d in &sentence_dates {
            let date = &dates[d];
            let gap = |r: &Range<usize>| word_at(r.start).abs_diff(word_at(date.start)).min(word_at(r.end.saturating_sub(1)).abs_diff(word_at(date.end.saturating_sub(1))));
            let same_clause = preds.iter().filter(|(r, _)| clause_of(r.start) == clause_of(date.start)).min_by_key(|(r, _)| (gap(r), r.start > date.start));
            let before = || preds.iter().filter(|(r, _)| r.end <= date.start).max_by_key(|(r, _)| r.start);
            let after = || preds.iter().filter(|(r, _)| r.start >= date.end).min_by_key(|(r, _)| r.start);
            // English and French put the time before the verb as often as after it ("aura
            // demain, lundi, des entretiens", "on Wednesday, Lapid and Bourita discussed"): a
            // Latin-script date outside any predicate's clause goes to the nearer side.
            let date_text = &text[date.clone()];
            let latin = date_text.chars().any(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ')) && !date_text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}'));
            let either = || match (before(), after()) {
                (Some(b), Some(a)) if latin && gap(&a.0) < gap(&b.0) => Some(a),
                (b, a) => b.or(a),
            };
            match same_clause.or_else(either) {
                Some((r, Some(ev))) => {
                    // The nearest date wins when several go to one trigger.
                    let g = gap(r);
                    if own_date.get(ev).is_none_or(|&(_, old)| g < old) {
                        own_date.insert(*ev, (d, g));
                    }
                }
                Some((r, None)) if hits.statements.contains(r) => statement_date.push((r.start, d)),
                _ => {}
            }
        }
        let own_date: HashMap<usize, usize> = own_date.into_iter().map(|(ev, (d, _))| (ev, d)).collect();
        let scopes = scopes(sentence, &hits.events, &hits.predicates);
        let first_new = out.len();
        let mut reported_dates: Vec<(usize, DateLink)> = Vec::new();
        for (i, (range, rule, ty, tense)) in hits.events.iter().enumerate() {
            let item = item_of(i);
            let span = item.map_or(sentence.range.clone(), |k| items[k].clone());
            // An item's participants are its own: the lead's are named in the lead.
            let aside = aside.contains(&range.start);
            // An event told aside names its own parties after it ("… التي وقعتها الحكومتان").
            let start = if aside { range.start } else { scopes[i].start.max(span.start).min(range.start) };
            let scope = start..scopes[i].end.min(span.end).max(range.end);
            let mut date = own_date.get(&i).map(|&d| DateLink { date: d, how: DateHow::Own });
            if date.is_none() && hits.during.iter().any(|r| r.end <= range.start && range.start - r.end <= 2) {
                let main = own_date.iter().min_by_key(|(ev, _)| distance(&hits.events[**ev].0, range));
                date = main.map(|(_, &d)| DateLink { date: d, how: DateHow::During });
            }
            // "خلال هذه الزيارة": during an event already reported, so at its date.
            if date.is_none() && !aside {
                let referred = hits.references.iter().find(|(r, _)| hits.during.iter().any(|d| d.end <= r.start && r.start - d.end <= 12));
                if let Some((_, family)) = referred {
                    date = out[..first_new].iter().rev().find(|m| m.event_type.family() == *family).and_then(|m| m.date).map(|d| DateLink { date: d.date, how: DateHow::During });
                }
            }
            if date.is_none() && !aside && hits.carry_at_start && *tense != TriggerTense::Future {
                date = out.iter().rev().find_map(|m| m.date).map(|d| DateLink { date: d.date, how: DateHow::Carried });
            }
            let mut mention = EventMention {
                rule: *rule,
                event_type: *ty,
                trigger: range.clone(),
                sentence: si,
                date,
                people: Vec::new(),
                organisations: Vec::new(),
                places: Vec::new(),
                countries: Vec::new(),
                role_refs: Vec::new(),
                planned: *tense == TriggerTense::Future
                    || hits.purposes.contains(&range.start)
                    // A marker before the trigger, or after it in its own clause ("زيارة …
                    // المرتقبة"), not one that opens a later clause ("وهو يدشن …، حيث يرتقب أن يزور").
                    // An event noun after "خلال" is not announced by a marker that announces an
                    // event before it ("دعاه إلى زيارة إسرائيل خلال اتصال أجراه الطرفان").
                    || hits.planned.iter().any(|p| {
                        let governs_another = after_during(range) && hits.events.iter().any(|o| o.0.start > p.start && o.0.end <= range.start);
                        !governs_another && (p.start < range.start || (overlaps(p, &scope) && clause_of(p.start) == clause_of(range.start)))
                    }),
                carried_actor: None,
                on_publication_day: false,
                item: item.map(|k| k as u32),
                span,
                aside,
            };
            fill_participants(&mut mention, text, &scope, &hits, found, g, &main_countries);
            if hits.pairs.iter().any(|p| overlaps(p, &scope)) {
                mention.countries.extend(main_countries.iter().cloned());
            }
            // "وفي وقت لاحق الأربعاء التقى … بوريطة": a verb whose one named person comes after
            // it has its subject left implicit — the actor of the sentences just before.
            let in_scope = &found.entities[found.entities.partition_point(|e| e.range.start < scope.start)..];
            let in_scope = &in_scope[..in_scope.partition_point(|e| e.range.start < scope.end)];
            let implicit_subject = matches!(ty, EventType::Meeting | EventType::Call)
                && *tense != TriggerTense::Noun
                && mention.people.len() == 1
                && in_scope.iter().any(|e| e.entity == mention.people[0] && e.range.start >= range.end && e.range.end <= scope.end)
                && !in_scope.iter().any(|e| g.entities()[e.entity].kind == EntityKind::Person && e.range.end <= range.start);
            if implicit_subject {
                let actor = out[..first_new]
                    .iter()
                    .rev()
                    .take_while(|m| si - m.sentence <= 2)
                    .find_map(|m| m.people.first().copied().filter(|p| *p != mention.people[0]));
                if let Some(actor) = actor {
                    mention.people.insert(0, actor);
                    mention.carried_actor = Some(actor);
                }
            }
            // "وخصها لفتيت باستقبال": a reception or a call has two sides; with one person named,
            // the other is the one of another country the sentences just before are about.
            if mention.carried_actor.is_none() && matches!(ty, EventType::Meeting | EventType::Call) && mention.people.len() == 1 {
                let named = mention.people[0];
                let actor = out[..first_new]
                    .iter()
                    .rev()
                    .take_while(|m| si - m.sentence <= 2)
                    .find_map(|m| m.people.first().copied().filter(|&p| p != named && g.country_of(p) != g.country_of(named) && !g.country_of(p).is_empty()));
                if let Some(actor) = actor {
                    mention.people.insert(0, actor);
                    mention.carried_actor = Some(actor);
                }
            }
            // A follow-up sentence on the same event ("ووقع على الوثيقة عن المغرب …", "موضحا أن
            // التوقيع عليه جرى …") names who took part but not the day: an undated mention takes
            // the date of the event of its family told in the two sentences before, when their
            // people agree.
            if mention.date.is_none() && !mention.planned && !aside && mention.item.is_none() {
                let previous = out[..first_new].iter().rev().take_while(|m| si - m.sentence <= 2).find(|m| m.event_type.family() == ty.family());
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own)
                    && !prev.planned
                    && (prev.people.is_empty() || mention.people.is_empty() || prev.people.iter().any(|p| mention.people.contains(p)))
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                }
            }
            // "وقعا أربع اتفاقيات" … "وتتعلق الثانية بمذكرة …": an item of an enumeration takes the
            // date of the agreement told just before it — the lead, or the item before.
            if mention.date.is_none() && !mention.planned && mention.item.is_some() {
                let previous = out.iter().rev().take_while(|m| si - m.sentence <= 3).find(|m| m.event_type.family() == ty.family());
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own || prev.item.is_some())
                    && !prev.planned
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                    // The lead names the parties ("وقع المغرب وإسرائيل أربع اتفاقيات").
                    let parties = prev.countries.clone();
                    mention.countries.extend(parties);
                    let prev_key = (prev.sentence, prev.trigger.start);
                    let lead = if prev.item.is_none() { prev_key } else { item_lead.get(&prev_key).copied().unwrap_or(prev_key) };
                    item_lead.insert((si, range.start), lead);
                    *leads.entry(lead).or_default() += 1;
                }
            }
            // "أعلنت الوزارة أمس أن مبعوثها حل بالرباط", "أعلنت اليوم عن التوقيع على …": a past
            // event reported by a dated statement is dated by it (once the triggers of one event
            // are collapsed: a future verb beside the noun makes it planned).
            if mention.date.is_none() && !aside && matches!(tense, TriggerTense::Past | TriggerTense::Noun) {
                let reported = statement_date.iter().filter(|(at, _)| *at < range.start).max_by_key(|(at, _)| *at).filter(|&&(at, _)| {
                    let between = words(text, at..range.start);
                    let link = |w: &Range<usize>| matches!(&text[w.clone()], "ان" | "بان" | "انه" | "انها" | "عن");
                    match tense {
                        TriggerTense::Noun => between.last().is_some_and(link),
                        _ => between.iter().any(link),
                    }
                });
                if let Some(&(_, d)) = reported {
                    reported_dates.push((range.start, DateLink { date: d, how: DateHow::Reported }));
                }
            }
            // A headline ("المغرب وإسرائيل يوقعان …") has no final stop and tells a past event in
            // the present; a body sentence in the present tells what is going on.
            let body = text[sentence.range.clone()].trim_end().ends_with(['.', '!', '؟', '?', '»', '"', ')']);
            let ongoing = (*tense == TriggerTense::Present && !hits.consequences.contains(&range.start)) || hits.ongoing.iter().any(|o| clause_of(o.start) == clause_of(range.start));
            mention.on_publication_day = mention.date.is_none() && !mention.planned && !aside && ongoing && body;
            mention.countries.sort();
            mention.countries.dedup();
            out.push(mention);
        }
        // An undated event noun shares the date of a dated event of its sentence that has a
        // person in common ("استقبل بوريطة، اليوم الاثنين، باربيفاي، التي تقوم بزيارة عمل"),
        // and so does a past verb coordinated after it ("On Wednesday, Lapid held talks with
        // Bourita, and the two men signed three agreements") unless told inside a "during"
        // phrase (that rule dates it, or leaves it to the visit it belongs to).
        // Not an invitation or a purpose ("دعاه إلى زيارة"): that visit is for later.
        for i in first_new..out.len() {
            let tense = hits.events[i - first_new].3;
            if out[i].date.is_some() || out[i].planned || out[i].aside || !matches!(tense, TriggerTense::Noun | TriggerTense::Past) {
                continue;
            }
            let shared = (first_new..out.len())
                .filter(|&j| j != i && out[j].date.is_some_and(|d| d.how == DateHow::Own))
                .filter(|&j| tense == TriggerTense::Noun || (out[j].trigger.start < out[i].trigger.start && !hits.during.iter().any(|d| d.end <= out[i].trigger.start)))
                .find(|&j| out[j].people.iter().any(|p| out[i].people.contains(p)))
                .and_then(|j| out[j].date);
            out[i].date = shared.map(|d| DateLink { date: d.date, how: DateHow::During });
        }
        collapse_same_family(&mut out, first_new, rules);
        for m in &mut out[first_new..] {
            if m.date.is_none() && !m.planned {
                m.date = reported_dates.iter().find(|(at, _)| *at == m.trigger.start).map(|&(_, d)| d);
                m.on_publication_day &= m.date.is_none();
            }
        }
    }
    // A lead whose events are told one by one is those events, not one more.
    out.retain(|m| leads.get(&(m.sentence, m.trigger.start)).is_none_or(|&n| n < 2));
    out
}

/// "وشارك بوريطة … في رئاسة هذا اللقاء، إلى جانب …": a sentence that refers back to an event
/// ("هذا اللقاء") names who took part in it. Its people join the event of that family told in
/// the two sentences before, when that one names fewer than two — the people named up to the
/// next predicate after the reference ("ولا يمكن فصل هذه الزيارة عن سياقها … منذ أن اعترف ترامب":
/// what follows says something else).
fn join_referred(out: &mut [EventMention], si: usize, sentence: Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer) {
    for (reference, family) in &hits.references {
        let Some(referred) = out.iter_mut().rev().take_while(|m| si - m.sentence <= 2).find(|m| m.sentence < si && m.event_type.family() == *family) else {
            continue;
        };
        if referred.people.len() >= 2 {
            continue;
        }
        let end = hits.predicates.iter().filter(|p| p.start >= reference.end && !hits.references.iter().any(|(r, _)| r == *p)).map(|p| p.start).min().unwrap_or(sentence.end);
        let first = found.entities.partition_point(|e| e.range.start < sentence.start);
        for e in found.entities[first..].iter().take_while(|e| e.range.end <= end) {
            let entity = &g.entities()[e.entity];
            if entity.kind == EntityKind::Person && !referred.people.contains(&e.entity) {
                referred.people.push(e.entity);
                if !entity.country.is_empty() {
                    referred.countries.push(entity.country.clone());
                }
            }
        }
        referred.countries.sort();
        referred.countries.dedup();
    }
}

/// Scan one sentence for every rule.
fn scan(text: &str, range: Range<usize>, rules: &TriggerRules, triggers: Option<Scan<'_>>, entities: &Found, g: &Gazetteer) -> SentenceHits {
    let mut hits = SentenceHits {
        events: Vec::new(),
        purposes: Vec::new(),
        predicates: Vec::new(),
        planned: Vec::new(),
        carry_at_start: false,
        during: Vec::new(),
        references: Vec::new(),
        reports: Vec::new(),
        pairs: Vec::new(),
        counterparts: Vec::new(),
        ongoing: Vec::new(),
        consequences: Vec::new(),
        statements: Vec::new(),
        ordinals: Vec::new(),
        item_nouns: Vec::new(),
        sequels: Vec::new(),
    };
    // Words are split only for a sentence with an anaphor ("هذه الزيارة"), most have none.
    let sentence_words: std::cell::OnceCell<Vec<Range<usize>>> = std::cell::OnceCell::new();
    let word_index = |at: usize| {
        let sentence_words = sentence_words.get_or_init(|| words(text, range.clone()));
        sentence_words.iter().position(|w| w.end > at).unwrap_or(sentence_words.len())
    };
    let found = rules.phrases.find_in(triggers, text, range.clone());
    let mut previous_anaphor_end: Option<usize> = None;
    for hit in &found {
        let r = hit.range();
        let kinds: Vec<RuleKind> = hit.payloads.iter().map(|&i| rules.rules[i].kind).collect();
        let after_anaphor = previous_anaphor_end.is_some_and(|end| word_index(r.start) == word_index(end) + 1);
        previous_anaphor_end = None;
        for (&rule, kind) in hit.payloads.iter().zip(&kinds) {
            // A restricted form ("حل") also counts before a subject and a place written with ب
            // ("حلت أييليت شاكيد أمس بالرباط"): a place of the gazetteer within a few words.
            let place_with_b = || {
                let first = entities.entities.partition_point(|e| e.range.start < r.end);
                entities.entities[first..]
                    .iter()
                    .take_while(|e| e.range.start < range.end && e.range.start - r.end <= 80)
                    .any(|e| g.entities()[e.entity].kind == EntityKind::Place && (text[e.range.start..].starts_with('ب') || text[e.range.start..].starts_with("وب") || text[..e.range.start].ends_with('ب')))
            };
            if !rules.rules[rule].accepts_next(&text[r.end..range.end]) && !(rules.rules[rule].next.iter().any(|n| n == "ب") && place_with_b()) {
                continue;
            }
            // "اتفقا على قدوم الوفد": a decision about something else, not the event itself; the
            // verb still governs its sentence's date like any predicate.
            if !rules.rules[rule].accepts_object(&text[r.end..range.end]) {
                hits.predicates.push(r.clone());
                continue;
            }
            match *kind {
                RuleKind::Event(ty, _) if after_anaphor => {
                    hits.predicates.push(r.clone());
                    hits.references.push((r.clone(), ty.family()));
                }
                RuleKind::Event(ty, tense) => {
                    if text[hit.word_start..hit.start].ends_with('ل') {
                        match tense {
                            TriggerTense::Noun => hits.purposes.push(r.start),
                            TriggerTense::Present => hits.consequences.push(r.start),
                            _ => {}
                        }
                    }
                    // "قبل أن يجتمع", "لم يزر": a subjunctive or a negated present is not what is
                    // going on; nor is an English infinitive ("the first airline to fly to Israel"),
                    // unless it goes on a past narrative ("he went on to meet", "proceeded to sign").
                    let mut before_words = text[range.start..hit.word_start].split_whitespace().rev();
                    let word_before = before_words.next().unwrap_or("");
                    let narrative = matches!(before_words.next().unwrap_or(""), "on" | "proceeded");
                    if tense == TriggerTense::Present && (matches!(word_before, "ان" | "لم" | "لن" | "كي" | "حتي" | "حتى" | "not") || word_before == "to" && !narrative) {
                        hits.consequences.push(r.start);
                    }
                    hits.events.push((r.clone(), rule, ty, tense))
                }
                RuleKind::Predicate => hits.predicates.push(r.clone()),
                RuleKind::Statement => {
                    hits.predicates.push(r.clone());
                    hits.statements.push(r.clone());
                }
                // "للمرة الثانية" (for the second time), "بالأحرف الأولى" (initialled) count nothing.
                RuleKind::Ordinal => {
                    let word_before = text[range.start..hit.word_start].trim_end().rsplit(' ').next().unwrap_or("");
                    if !matches!(word_before, "المره" | "للمره" | "مره" | "بالاحرف" | "الاحرف") {
                        hits.ordinals.push(r.clone());
                    }
                }
                RuleKind::Item(ty) => hits.item_nouns.push((r.clone(), rule, ty)),
                RuleKind::Sequel => hits.sequels.push(r.clone()),
                RuleKind::Planned => hits.planned.push(r.clone()),
                RuleKind::Carry => hits.carry_at_start |= word_index(r.start) <= 1,
                RuleKind::During => hits.during.push(r.clone()),
                RuleKind::Anaphor => previous_anaphor_end = Some(r.end - 1),
                RuleKind::Report => hits.reports.push(r.clone()),
                RuleKind::Pair => hits.pairs.push(r.clone()),
                RuleKind::Counterpart => hits.counterparts.push(r.clone()),
                RuleKind::Ongoing => hits.ongoing.push(r.clone()),
            }
        }
        // A phrase that is both an event and a predicate counts once, as the event.
        if hits.events.last().is_some_and(|e| e.0 == r) {
            hits.predicates.retain(|p| *p != r);
        }
    }
    hits
}

/// The items of an enumeration in a sentence ("وتتعلق أولى هذه الوثائق باتفاقية …، بينما تخص
/// الثانية مذكرة تفاهم …"): each runs from its ordinal — or from the noun just before it, "الوثيقة
/// الثالثة" — to the next item or the end of the sentence. An item that holds no event trigger of
/// the family of an item noun it holds ("باتفاقية") gets that noun as its trigger.
fn enumeration_items(hits: &mut SentenceHits, sentence_end: usize) -> Vec<Range<usize>> {
    let starts: Vec<usize> = hits
        .ordinals
        .iter()
        .map(|o| hits.item_nouns.iter().find(|(n, ..)| n.end <= o.start && o.start - n.end <= 2).map_or(o.start, |(n, ..)| n.start))
        .collect();
    let items: Vec<Range<usize>> = starts.iter().enumerate().map(|(k, &start)| start..starts.get(k + 1).copied().unwrap_or(sentence_end)).collect();
    let mut added = false;
    for item in &items {
        let mut families_here: Vec<EventType> = hits.events.iter().filter(|e| item.contains(&e.0.start)).map(|e| e.2.family()).collect();
        for (noun, rule, ty) in &hits.item_nouns {
            if item.contains(&noun.start) && !families_here.contains(&ty.family()) {
                families_here.push(ty.family());
                hits.events.push((noun.clone(), *rule, *ty, TriggerTense::Noun));
                added = true;
            }
        }
    }
    if added {
        hits.events.sort_by_key(|e| e.0.start);
    }
    items
}

/// Starts of the event triggers told aside, as a time reference or as background: a noun after
/// "بعد", "عشية", "في أعقاب" (or after "بعد ثلاثة أيام من"), and a trigger in a relative clause
/// in the past with the noun it describes ("مذكرة التفاهم التي جرى توقيعها"). They keep a date of
/// their own, but borrow none from the sentence's event or the ones before.
fn told_aside(text: &str, sentence_start: usize, hits: &SentenceHits) -> Vec<usize> {
    let mut aside = Vec::new();
    for (r, _, _, tense) in &hits.events {
        let after_sequel = *tense == TriggerTense::Noun
            && hits.sequels.iter().filter(|s| s.end <= r.start).any(|s| {
                let between = words(text, s.end..r.start);
                between.is_empty() || (between.len() <= 4 && between.last().is_some_and(|w| &text[w.clone()] == "من"))
            });
        if after_sequel {
            aside.push(r.start);
        }
    }
    // "التي جرى توقيعها", "الذي وقعه": a relative pronoun, at most one auxiliary, the trigger.
    for (k, (r, _, ty, tense)) in hits.events.iter().enumerate() {
        if matches!(tense, TriggerTense::Present | TriggerTense::Future) {
            continue;
        }
        let before: Vec<Range<usize>> = words(text, sentence_start..r.start);
        let bare = |w: &Range<usize>| text[w.clone()].strip_prefix('و').unwrap_or(&text[w.clone()]).to_string();
        let relative = before.iter().rev().take(2).position(|w| matches!(bare(w).as_str(), "التي" | "الذي" | "اللذين" | "اللتين" | "اللذان" | "اللتان"));
        let Some(back) = relative else { continue };
        // The auxiliary, when there is one, is a verb of happening.
        if back == 1 && !before.last().is_some_and(|w| matches!(&text[w.clone()], "جري" | "تم" | "سبق" | "كان" | "كانت")) {
            continue;
        }
        aside.push(r.start);
        // The noun the clause describes, of the same family, a few words before.
        let pronoun = &before[before.len() - 1 - back];
        if let Some((noun, ..)) = hits.events[..k].iter().rev().find(|e| e.2.family() == ty.family() && e.0.end <= pronoun.start && pronoun.start - e.0.end <= 30) {
            aside.push(noun.start);
        }
    }
    aside
}

/// Bytes between two ranges (0 when they touch or overlap).
fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The part of the sentence each event trigger takes its participants from: the sentence, cut
/// between consecutive triggers of different families at the last other predicate between
/// them ("وعشية وصول غانتس … جدد بلينكين وبوريطة … خلال لقائهما": the visit ends where
/// "جدد" begins). Triggers with no predicate between them share their names ("وقع … اتفاقا
/// … خلال زيارة … غانتس").
fn scopes(sentence: &crate::text::segment::Sentence, events: &[(Range<usize>, usize, EventType, TriggerTense)], predicates: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    for pair in events.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.2.family() == b.2.family() {
            continue;
        }
        if let Some(p) = predicates.iter().filter(|p| p.start >= a.0.end && p.end <= b.0.start).max_by_key(|p| p.start) {
            cuts.push((b.0.start, p.start));
        }
    }
    events
        .iter()
        .map(|e| {
            let start = cuts.iter().filter(|(next, _)| *next <= e.0.start).map(|&(_, c)| c).max().unwrap_or(sentence.range.start);
            let end = cuts.iter().filter(|(next, _)| *next > e.0.start).map(|&(_, c)| c).min().unwrap_or(sentence.range.end);
            start.min(e.0.start)..end.max(e.0.end)
        })
        .collect()
}

/// People, organisations, places, countries and offices of an event's scope.
fn fill_participants(m: &mut EventMention, text: &str, scope: &Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer, main_countries: &[Id]) {
    // "كشف X أن …": X reports the event; leave X out when the trigger comes after the "أن" —
    // and the subject named before the verb too ("وكان نتنياهو قد أعلن أن وفدا سيحل …"), back to
    // the last event trigger before it.
    let reporter_span = hits.reports.iter().filter(|r| r.end <= m.trigger.start).find_map(|r| {
        let that = words(text, r.end..m.trigger.start).into_iter().find(|w| matches!(&text[w.clone()], "ان" | "بان" | "انه" | "انها"))?;
        let subject_start = hits.events.iter().filter(|e| e.0.end <= r.start).map(|e| e.0.end).max().unwrap_or(scope.start).max(scope.start);
        Some(subject_start..that.start)
    });
    // Entities are in text order: the scope's are a slice found by binary search.
    let first = found.entities.partition_point(|e| e.range.start < scope.start);
    let in_scope: Vec<_> = found.entities[first..]
        .iter()
        .take_while(|e| e.range.start < scope.end)
        .filter(|e| e.range.end <= scope.end)
        .filter(|e| reporter_span.as_ref().is_none_or(|s| !overlaps(s, &e.range)))
        .collect();
    let entities = g.entities();
    for e in &in_scope {
        let entity = &entities[e.entity];
        let list = match entity.kind {
            EntityKind::Person => &mut m.people,
            EntityKind::Organisation => &mut m.organisations,
            EntityKind::Place if entity.is_country() => &mut Vec::new(),
            EntityKind::Place => &mut m.places,
        };
        if !list.contains(&e.entity) {
            list.push(e.entity);
        }
        if !entity.country.is_empty() {
            m.countries.push(entity.country.clone());
        }
    }
    // Offices and counterparts named without a name: a title, then a country, and no person
    // within the next few words.
    let country_after = |end: usize| -> Option<(Id, usize)> {
        in_scope.iter().filter(|e| e.range.start >= end && e.range.start - end <= 24).find_map(|e| {
            let entity = &entities[e.entity];
            entity.is_country().then(|| (entity.country.clone(), e.range.end))
        })
    };
    // English puts the nationality before the title, and French may too: "the Moroccan foreign
    // minister", "Israel's defense minister", "his Israeli counterpart". Only a Latin-script
    // title reads it there, and only from the word just before ("'s" allowed): an Arabic
    // title's country is the one after it ("استقبلت إسرائيل وزير الخارجية" is not Israel's).
    let country_before = |start: usize| -> Option<(Id, usize)> {
        let latin = text[start..].chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !latin {
            return None;
        }
        in_scope.iter().rev().filter(|e| e.range.end <= start && start - e.range.end <= 3).find_map(|e| {
            let gap = text[e.range.end..start].trim();
            let entity = &entities[e.entity];
            // "an Israeli foreign minister" is any of them, not the one in office.
            let article = text[..e.range.start].trim_end().rsplit(' ').next().unwrap_or("");
            let indefinite = matches!(article, "a" | "an" | "any" | "no" | "un" | "une" | "aucun" | "aucune");
            (entity.is_country() && !indefinite && matches!(gap, "" | "'s" | "'")).then(|| (entity.country.clone(), start))
        })
    };
    let person_soon = |end: usize| in_scope.iter().any(|e| entities[e.entity].kind == EntityKind::Person && e.range.start >= end && e.range.start - end <= 40);
    let first_role = found.roles.partition_point(|r| r.range.start < scope.start);
    for r in found.roles[first_role..].iter().take_while(|r| r.range.start < scope.end).filter(|r| r.range.end <= scope.end) {
        // The office's country: named after the title ("وزير الخارجية الإسرائيلي"), else the
        // country of an organisation the title names ("رئيس الموساد").
        let within = || {
            in_scope.iter().filter(|e| overlaps(&e.range, &r.range) && !entities[e.entity].country.is_empty()).map(|e| (entities[e.entity].country.clone(), r.range.end)).next()
        };
        // Else, "جلالة الملك" or "رئيس الحكومة" alone: the one of the article's two countries
        // that has such an office ("the King" in a Morocco–Israel story is Morocco's).
        let role = &g.entries.roles[r.role].id;
        let only_holder = || {
            let mut holders = main_countries.iter().filter(|c| g.entities().iter().any(|e| e.roles.iter().any(|s| s.role == *role && s.country == **c)));
            match (holders.next(), holders.next()) {
                (Some(c), None) => Some((c.clone(), r.range.end)),
                _ => None,
            }
        };
        let before = || country_before(r.range.start).map(|(c, _)| (c, r.range.end));
        if let Some((country, end)) = before().or_else(|| country_after(r.range.end)).or_else(within).or_else(only_holder)
            && !person_soon(end)
        {
            m.role_refs.push(RoleRef::Office { role: role.clone(), country });
        }
    }
    for c in hits.counterparts.iter().filter(|c| overlaps(c, scope)) {
        if let Some((country, end)) = country_before(c.start).map(|(k, _)| (k, c.end)).or_else(|| country_after(c.end))
            && !person_soon(end)
        {
            m.role_refs.push(RoleRef::Counterpart { country });
        }
    }
}

/// The article's two most named countries: what "البلدين" ("the two countries") means.
fn main_countries(found: &Found, g: &Gazetteer) -> Vec<Id> {
    let mut counts: HashMap<&Id, usize> = HashMap::new();
    for m in &found.entities {
        let e = &g.entities()[m.entity];
        if e.is_country() {
            *counts.entry(&e.country).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&Id, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    ranked.into_iter().take(2).map(|(c, _)| c.clone()).collect()
}

/// Several triggers of one family in one sentence ("يختتم زيارته … قبل أن يزور") report one
/// event — unless they are in different items of an enumeration, or one is told aside (each
/// trigger told aside is an event of its own, "… التي وقعها X، … التي وقعتها الحكومتان في 2020"): keep the first, with the first date any of them has and the union of the rest. Its
/// status is the verbs' when there are verbs ("وفد … سيتوجه إلى إسرائيل": the future verb, not
/// the neutral noun, says it is for later), else the nouns'.
fn collapse_same_family(out: &mut Vec<EventMention>, from: usize, rules: &TriggerRules) {
    let is_verb = |m: &EventMention| !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    let mut i = from;
    while i < out.len() {
        let mut j = i + 1;
        while j < out.len() {
            if out[j].event_type.family() == out[i].event_type.family() && out[j].item == out[i].item && !out[j].aside && !out[i].aside {
                let other = out.remove(j);
                let (keep_verb, other_verb) = (is_verb(&out[i]), is_verb(&other));
                let keep = &mut out[i];
                if keep.date.is_none() {
                    keep.date = other.date;
                }
                keep.on_publication_day = keep.date.is_none() && (keep.on_publication_day || other.on_publication_day);
                keep.planned = match (keep_verb, other_verb) {
                    (true, false) => keep.planned,
                    (false, true) => other.planned,
                    _ => keep.planned && other.planned,
                };
                for p in other.people {
                    if !keep.people.contains(&p) {
                        keep.people.push(p);
                    }
                }
                for (mine, theirs) in [(&mut keep.organisations, other.organisations), (&mut keep.places, other.places)] {
                    for x in theirs {
                        if !mine.contains(&x) {
                            mine.push(x);
                        }
                    }
                }
                keep.countries.extend(other.countries);
                keep.countries.sort();
                keep.countries.dedup();
                keep.role_refs.extend(other.role_refs);
                keep.role_refs.sort();
                keep.role_refs.dedup();
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::events::resolve::resolve_mentions;
    use crate::pipeline::{Context, extract_article};

    fn context() -> &'static Context {
        static CTX: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
        CTX.get_or_init(|| Context::load(None, None).unwrap())
    }

    /// (rule family, article body after a date line "نشر: 2021-11-24", expected mentions as
    /// "type date status people").
    const CASES: &[(&str, &str, &[&str])] = &[
        ("agreement past verb", "وقع المغرب وإسرائيل الأربعاء اتفاقا للتعاون الأمني.", &["agreement 2021-11-24 occurred "]),
        ("agreement future", "سيوقع بوريطة ولابيد الخميس المقبل اتفاقية للطيران.", &["agreement 2021-11-25 planned nasser-bourita;yair-lapid"]),
        ("memorandum noun with its signing", "ووقع الجانبان مذكرة تفاهم في مجال المياه أمس.", &["agreement 2021-11-23 occurred "]),
        ("visit noun with visitor", "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط أمس في زيارة رسمية.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("call", "أجرى بوريطة اتصالا هاتفيا مع نظيره الإسرائيلي يائير لابيد، الاثنين.", &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
        ("meeting with counterpart resolved by office", "التقى لابيد، الاثنين، نظيره المغربي في أبوظبي.", &["meeting 2021-11-22 occurred yair-lapid;nasser-bourita"]),
        ("opening", "افتتح ديفيد غوفرين أمس مكتب الاتصال الإسرائيلي في الرباط.", &["opening 2021-11-23 occurred david-govrin"]),
        ("flight planned by marker", "ومن المنتظر إطلاق رحلات جوية مباشرة بين البلدين الشهر المقبل.", &["flight 2021-12 planned "]),
        ("anaphor is not a new event", "وجاء هذا اللقاء في سياق متوتر.", &[]),
        ("reporter is not a participant", "كشف الباحث هشام معتضد أن غانتس زار الرباط أمس.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("date goes to the nearest predicate", "تأتي زيارة غانتس مع إعلان الجزائر في آب/أغسطس قطع علاقاتها.", &["visit  occurred benny-gantz"]),
        ("during shares the main event's date", "وقع المغرب وإسرائيل الأربعاء اتفاقا خلال زيارة غانتس.", &["agreement 2021-11-24 occurred benny-gantz", "visit 2021-11-24 occurred benny-gantz"]),
        ("implicit subject carried", "استقبل غانتس من طرف الجنرال فاروق بلخير الأربعاء.\nوفي وقت لاحق الأربعاء التقى وزير الخارجية المغربي ناصر بوريطة.", &["meeting 2021-11-24 occurred benny-gantz;farouk-belkhir", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita"]),
        ("connective carries the date", "التقى غانتس الأربعاء ببوريطة.\nكما التقى غانتس بلوديي.", &["meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
        ("invitation extended is planned", "وسلم أوشبيز دعوة رسمية لبوريطة لزيارة إسرائيل.", &["visit  planned alon-ushpiz;nasser-bourita"]),
        ("arrival told by حل ب", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس في أول زيارة من نوعها.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("حل before no place is no arrival", "وجدد بوريطة أمس دعم المملكة حل الدولتين.", &[]),
        ("visit told by the departure", "وغادر غانتس الرباط أمس متوجها إلى تل أبيب.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("landing of a flight is the flight", "حطت أمس بمطار مراكش أول رحلة مباشرة قادمة من تل أبيب.", &["flight 2021-11-23 occurred "]),
        ("landing of one's plane is the visit", "وحطت طائرة غانتس أمس بمطار الرباط سلا.", &["flight 2021-11-23 occurred benny-gantz"]),
        ("audience granted", "وخص الملك محمد السادس أمس غانتس باستقبال في القصر الملكي.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz"]),
        ("audience received", "وحظي لابيد أمس باستقبال من طرف بوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
        ("call received", "تلقى بوريطة أمس اتصالا من نظيره الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("call reported by the royal cabinet", "وأفاد بلاغ للديوان الملكي أن الملك محمد السادس تحادث أمس مع نفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
        ("phone talks are a call", "وخلال المباحثات الهاتفية أمس، أكد بوريطة للابيد دعم المملكة.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("agreement announced as agreed", "واتفق بوريطة ولابيد أمس على اتفاقية لتبادل فتح السفارات.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("agreed to do something: a decision, not an agreement", "واتفق بوريطة ولابيد أمس على تبادل فتح السفارات.", &[]),
        ("agreed, after an inserted phrase, to do something", "واتفق الوزيران، خلال لقائهما أمس في الرباط، على تشكيل لجنة مشتركة.", &["meeting 2021-11-23 occurred "]),
        ("agreement to be concluded", "وستبرم باربيفاي مع رياض مزور اتفاقية تجارية الأسبوع المقبل.", &["agreement 2021-11-29 planned orna-barbivai;ryad-mezzour"]),
        ("meeting in the present before a verb", "قبل أن يجتمع لابيد أمس ببوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
        ("intent makes it planned", "وأعلن لابيد نيته زيارة الرباط الشهر المقبل.", &["visit 2021-12 planned yair-lapid"]),
        ("expected makes it planned", "ويترقب أن يوقع البلدان اتفاقا للعدل الخميس المقبل.", &["agreement 2021-11-25 planned "]),
        ("follow-up sentence names the signatories", "وقع المغرب وإسرائيل أمس مذكرة تفاهم في مجال الدفاع.\nووقع الوثيقة عن المغرب عبد اللطيف لوديي وعن إسرائيل بيني غانتس.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
        ("follow-up of another family keeps no date", "التقى بوريطة أمس بلابيد.\nووقع الوزيران اتفاقا للطيران.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred "]),
        ("reference names the participants", "احتضنت الرباط أمس اجتماعا افتراضيا بتقنية الفيديو.\nوشارك في هذا اللقاء ناصر بوريطة إلى جانب يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a future verb decides over a neutral noun", "وقال المصدر إن وفدا مغربيا سيتوجه إلى إسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
        ("an invitation to visit is planned", "ودعا لابيد أمس بوريطة إلى زيارة إسرائيل.", &["visit  planned yair-lapid;nasser-bourita"]),
        ("remote talks are a call", "وأجرى بوريطة أمس مباحثات عن بعد مع لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a forecast is not an event", "وتوقع بوريطة أن يستقبل المغرب لابيد قريبا.", &["meeting  planned nasser-bourita;yair-lapid"]),
        ("present tense in the body is the publication day", "ويواصل غانتس زيارته إلى المغرب، وهو يدشن مكتبا للتعاون.", &["visit 2021-11-24 occurred benny-gantz"]),
        ("a marker in a later clause leaves the trigger occurred", "ويدشن لابيد مكتب الاتصال بالرباط، حيث يرتقب أن يزور الدار البيضاء.", &["opening 2021-11-24 occurred yair-lapid"]),
        ("a since-date is not the event's", "ويواصل لابيد زيارته إلى المغرب، وهي الأولى منذ عام 2003.", &["visit 2021-11-24 occurred yair-lapid"]),
        ("a plane leaving is a flight", "وغادرت طائرة الركاب مطار بن غوريون أمس قاصدة مراكش.", &["flight 2021-11-23 occurred "]),
        ("a consequence in the present is no date", "وغادرت الطائرة مطار بن غوريون قاصدة مراكش، ليفتتح بذلك الخط الجوي رسميا.", &["flight  occurred ", "opening  occurred "]),
        ("a subjunctive present is no date", "وقبيل أن يستقبله لوديي، توجه غانتس إلى ضريح محمد الخامس.", &["meeting  occurred abdellatif-loudiyi;benny-gantz"]),
        ("the other side of a reception is the visitor just named", "حلت أييليت شاكيد أمس بالرباط.\nوخصها عبد الوافي لفتيت أمس باستقبال في مقر الوزارة.", &["visit 2021-11-23 occurred ayelet-shaked", "meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
        ("present tense in a headline is no date", "المغرب وإسرائيل يوقعان اتفاقا للدفاع", &["agreement  occurred "]),
        ("enumerated agreements are one each, dated by their lead", "وقع المغرب وإسرائيل أمس ثلاث اتفاقيات.\nوتتعلق الأولى باتفاقية لإعفاء حاملي الجوازات الدبلوماسية من التأشيرة، فيما تخص الثانية مذكرة تفاهم في مجال الطيران.\nأما الوثيقة الثالثة فهي مذكرة تفاهم حول الموارد المائية.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
        ("an enumeration item dated by the one before it", "ووقع الجانبان أمس اتفاقيتين في الرباط، الأولى مذكرة تفاهم حول الطاقة، والثانية اتفاقية للتعاون في مجال الصحة.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
        ("initialled is no ordinal", "ووقع بوريطة ولابيد أمس بالأحرف الأولى مذكرة تفاهم في مجال السياحة.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a statement dates the arrival it reports", "وأعلنت الخارجية الإسرائيلية أمس أن ديفيد غوفرين حل بالرباط.", &["visit 2021-11-23 occurred david-govrin"]),
        ("a statement dates the signing it announces", "وأعلنت الرباط أمس عن التوقيع على إعلان مشترك مع إسرائيل.", &["agreement 2021-11-23 occurred "]),
        ("a statement does not date a future event", "وأعلن بوريطة أمس أن لابيد سيزور الرباط.", &["visit  planned yair-lapid"]),
        ("an invitation does not share the call's date", "ودعا نفتالي بينيت الملك محمد السادس إلى زيارة إسرائيل خلال اتصال هاتفي أجراه الطرفان الجمعة.", &["visit  planned naftali-bennett;mohammed-vi", "call 2021-11-19 occurred naftali-bennett;mohammed-vi"]),
        ("an event after بعد is a time reference", "والتقى غانتس أمس بوريطة، بعد أسبوع من توقيع الاتفاقية.", &["meeting 2021-11-23 occurred benny-gantz;nasser-bourita", "agreement  occurred "]),
        ("an agreement in a past relative clause is background", "والتقى غانتس اليوم بيوض لبحث تفعيل مذكرة التفاهم التي جرى توقيعها في الرباط.", &["meeting 2021-11-24 occurred benny-gantz;abderrahim-beyyoudh", "agreement  occurred ", "agreement  occurred "]),
        ("an earlier signing in a relative clause keeps its own date", "ووقع المكتب الوطني أمس مذكرة تفاهم تندرج في إطار الاتفاقية التي وقعتها الحكومتان في 22 دجنبر 2020.", &["agreement 2021-11-23 occurred ", "agreement 2020-12-22 occurred "]),
        ("a reference's people stop at the next predicate", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس.\nولا يمكن فصل هذه الزيارة عن سياقها، منذ أن اعترف ترامب بمغربية الصحراء.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("a short future verb points to the coming weekday", "وستحل باربيفاي بالمغرب الأحد في زيارة رسمية.", &["visit 2021-11-28 planned orna-barbivai"]),
        ("the subject before a reporting verb reports", "وكان نتنياهو قد أعلن أمس أن وفدا مغربيا سيحل بإسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
        ("a round of talks is no tour", "واحتضنت الرباط أمس جولة من المشاورات بين مسؤولين من البلدين.", &["meeting 2021-11-23 occurred "]),
        ("a forecast's date is not the event's", "وتوقعت في مارس أن تستقبل بلادها آلاف الزوار.", &["meeting  planned "]),
        ("at the invitation of is not planned", "حل رئيس الكنيست ميكي ليفي بالرباط أمس في زيارة بدعوة من رئيس مجلس النواب.", &["visit 2021-11-23 occurred mickey-levy;rachid-talbi-alami"]),
    ];

    fn mentions(body: &str) -> Vec<String> {
        let text = format!("نشر: 2021-11-24\n{body}\n");
        let x = extract_article(Article::from_text("t.txt", &text), context(), None);
        resolve_mentions(&x, context())
            .into_iter()
            .map(|m| format!("{} {} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str(), m.people().join(";")))
            .collect()
    }

    #[test]
    fn rule_families() {
        let mut failures = Vec::new();
        for (name, body, expected) in CASES {
            let got = mentions(body);
            if got != *expected {
                failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn case_names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }
}
