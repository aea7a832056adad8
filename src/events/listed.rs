//! Earlier visits told by person and date in one sentence: "وتأتي زيارة رئيس الأركان بعد
//! سلسلة زيارات: وزيرة الاقتصاد في فبراير، ووزيرة الداخلية في يونيو الماضي، التي بحثت مع
//! نظيرها …". A plural visit noun (a trigger row whose id ends in
//! [`super::rules::LIST_RULE_SUFFIX`]) followed by people each named with a date of its own
//! lists visits: each item is a visit of its own, by that person at that date; a plural noun
//! with no such item ("تبادل الزيارات") is no event. Any other visit word followed by two
//! such items or more ("بعد زيارتي الوزير أ في مارس والوزير ب في ماي", "عقب زيارة أ في غشت
//! وب في نونبر") lists them too: each visitor keeps his own date, none joins the other's
//! visit. A clause opened by a relative word right
//! after an item, or after an earlier visit told aside with its date ("بعد زيارة الوزيرة في
//! يونيو، حين بحثت …"), tells what that visitor did then: its talks are the visitor's, at that
//! date, not the sentence's main subject's.

use std::ops::Range;

use super::mention::{DateHow, DateLink, EventMention};
use super::participants::{NameSources, fill_participants};
use super::rules::{EventType, TriggerRules};
use super::scan::SentenceHits;
use crate::text::lexmatch::WordList;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{at_most_words, word_iter};

/// Words that may stand between an item's name and its date ("في", "خلال شهر", "in early").
const NAME_TO_DATE_WORDS: usize = 3;

/// Items after a visit word that is no plural noun from which on it lists visits: one item
/// is the visit's own visitor and date ("زيارة لابيد في غشت"); a second, with a name and a
/// date of its own ("…، وغانتس في نونبر"), is another visit.
const COORDINATED_ITEMS: usize = 2;

/// Words between an item's date and the verb of the clause describing it: the relative word
/// and an auxiliary ("، التي كانت قد بحثت").
const RELATIVE_TO_VERB_WORDS: usize = 3;

/// One visit of a list: the part of the sentence naming it, and its date (an index into the
/// document's date mentions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ListItem {
    pub(super) span: Range<usize>,
    pub(super) date: usize,
}

/// The items after the plural visit noun at `list`, up to `sentence_end`: each date after it
/// closes an item that names a person or an office within [`NAME_TO_DATE_WORDS`] words before
/// the date, from the end of the item before; the list stops at an item that holds another
/// trigger or predicate (a clause of its own: "…، وقال بوريطة أمس").
pub(super) fn list_items(text: &str, sentence_end: usize, list: &Range<usize>, hits: &SentenceHits, dates: &[Range<usize>], found: &Found, g: &Gazetteer) -> Vec<ListItem> {
    let mut items = Vec::new();
    let mut start = list.end;
    let first = dates.partition_point(|d| d.start < list.end);
    for (k, d) in dates.iter().enumerate().skip(first).take_while(|(_, d)| d.end <= sentence_end) {
        let span = start..d.end;
        // A word that only opens a date ("منذ بداية السنة") is no clause of its own.
        let opens_a_date = |p: &Range<usize>| dates.iter().any(|d| d.start >= p.end && at_most_words(text, p.end..d.start, 0));
        let told_between = hits.events.iter().map(|e| &e.0).chain(hits.predicates.iter().filter(|p| !opens_a_date(p))).any(|p| p.start >= span.start && p.end <= d.start);
        if told_between {
            break;
        }
        let persons = found.starting_in(&(span.start..d.start)).iter().filter(|e| e.range.end <= d.start && g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.range.clone());
        let offices = found.roles_starting_in(&(span.start..d.start)).iter().filter(|r| r.range.end <= d.start).map(|r| r.range.clone());
        let names: Vec<Range<usize>> = persons.chain(offices).collect();
        if let Some(name_end) = names.iter().map(|r| r.end).max()
            && at_most_words(text, name_end..d.start, NAME_TO_DATE_WORDS)
        {
            // The item names from its first name or office on: what comes before is the list's.
            let named_from = names.iter().map(|r| r.start).min().unwrap_or(span.start);
            items.push(ListItem { span: named_from..d.end, date: k });
        }
        start = d.end;
    }
    items
}

/// Drops the plural visit nouns of `hits` that list no visit (see [`list_items`]).
pub(super) fn drop_lists_without_items(text: &str, sentence_end: usize, hits: &mut SentenceHits, rules: &TriggerRules, dates: &[Range<usize>], found: &Found, g: &Gazetteer) {
    if !hits.events.iter().any(|e| rules.rules[e.1].tells_a_list()) {
        return;
    }
    let empty: Vec<usize> = hits.events.iter().filter(|e| rules.rules[e.1].tells_a_list() && list_items(text, sentence_end, &e.0, hits, dates, found, g).is_empty()).map(|e| e.0.start).collect();
    hits.events.retain(|e| !empty.contains(&e.0.start));
}

/// An earlier visit of the sentence whose relative clause may follow: its people and offices,
/// its date, and where it ends (its date's end).
struct Earlier {
    people: Vec<usize>,
    role_refs: Vec<super::mention::RoleRef>,
    countries: Vec<crate::idset::Id>,
    date: usize,
    end: usize,
}

/// Splits each list mention of the sentence (`out[first_new..]`) into one visit per item, and
/// gives the talks of a relative clause right after an earlier visit that visit's people and
/// date (module documentation).
pub(super) fn earlier_visits_told_by_date(out: &mut Vec<EventMention>, first_new: usize, sentence_end: usize, rules: &TriggerRules, dates: &[Range<usize>], names: &NameSources<'_>) {
    let NameSources { text, hits, found, g, lists, .. } = *names;
    let mut earlier: Vec<Earlier> = Vec::new();
    let mut i = first_new;
    while i < out.len() {
        let list_noun = rules.rules[out[i].rule].tells_a_list();
        // "بعد زيارتي الوزير أ في مارس والوزير ب في ماي": any visit word followed by two items
        // or more, each with its own name and date, lists visits as a plural noun does.
        let coordinated = || out[i].event_type == EventType::Visit && list_items(text, sentence_end, &out[i].trigger, hits, dates, found, g).len() >= COORDINATED_ITEMS;
        if !list_noun && !coordinated() {
            // "بعد زيارة وزيرة الداخلية في يونيو": a visit told aside with a date of its own.
            let m = &out[i];
            if m.event_type == EventType::Visit && m.aside && !m.people.is_empty() && let Some(d) = m.date.filter(|d| d.how == DateHow::Own) {
                earlier.push(Earlier { people: m.people.clone(), role_refs: m.role_refs.clone(), countries: m.countries.clone(), date: d.date, end: dates[d.date].end.max(m.trigger.end) });
            }
            i += 1;
            continue;
        }
        let list = out.remove(i);
        let items = list_items(text, sentence_end, &list.trigger, hits, dates, found, g);
        // What the noun names before its first item is where the visits went ("زيارات
        // المسؤولين الإسرائيليين إلى المملكة"), not who made them.
        let mut head = blank(&list);
        if let Some(first) = items.first() {
            fill_participants(&mut head, &(list.trigger.start..first.span.start), names);
        }
        for item in &items {
            let mut visit = blank(&list);
            fill_participants(&mut visit, &item.span, names);
            visit.take_names(EventMention { people: Vec::new(), role_refs: Vec::new(), ..head.clone() });
            visit.date = Some(DateLink { date: item.date, how: DateHow::Own });
            // Its own trigger: the item, so that two items are two mentions.
            visit.trigger = item.span.clone();
            visit.span = item.span.clone();
            earlier.push(Earlier { people: visit.people.clone(), role_refs: visit.role_refs.clone(), countries: visit.countries.clone(), date: item.date, end: item.span.end });
            out.insert(i, visit);
            i += 1;
        }
    }
    if earlier.is_empty() {
        return;
    }
    // "…، التي بحثت مع نظيرها لفتيت": the event of the clause right after an earlier visit.
    // Talks: their verb leaves its subject implicit ("حين بحثت مع نظيرها"); a signing told
    // there names its own ("التي وقع خلالها البلدان مذكرة").
    for m in out[first_new..].iter_mut().filter(|m| matches!(m.event_type.family(), EventType::Meeting | EventType::Call)) {
        let Some(visit) = earlier.iter().filter(|e| e.end <= m.trigger.start).max_by_key(|e| e.end) else { continue };
        let opener = word_iter(text, visit.end..m.trigger.start).next();
        let relative = opener.is_some_and(|w| {
            let w = &text[w];
            lists.time_relatives.has(w) || w.strip_prefix('و').is_some_and(|b| lists.time_relatives.has(b))
        });
        let punctuated = text[visit.end..m.trigger.start].trim_start().starts_with(crate::text::clause::COMMAS);
        if !relative || !punctuated || !at_most_words(text, visit.end..m.trigger.start, RELATIVE_TO_VERB_WORDS) {
            continue;
        }
        // Its own names are those told from its verb on; the visitor is its subject.
        let own: Vec<usize> = found.entities.iter().filter(|e| e.range.start >= m.trigger.start && e.range.end <= sentence_end).map(|e| e.entity).collect();
        let mut people = visit.people.clone();
        people.extend(m.people.iter().copied().filter(|p| own.contains(p) && !visit.people.contains(p)));
        m.people = people;
        m.role_refs.retain(|r| matches!(r, super::mention::RoleRef::Counterpart { .. }));
        m.role_refs.extend(visit.role_refs.iter().cloned());
        m.countries.extend(visit.countries.iter().cloned());
        m.countries.sort();
        m.countries.dedup();
        m.carried_actor = None;
        if m.date.is_none_or(|d| d.how != DateHow::Own) {
            m.date = Some(DateLink { date: visit.date, how: DateHow::During });
        }
        m.on_publication_day = false;
    }
}

/// A copy of `m` with no names and no date.
fn blank(m: &EventMention) -> EventMention {
    EventMention { date: None, people: Vec::new(), organisations: Vec::new(), places: Vec::new(), countries: Vec::new(), role_refs: Vec::new(), carried_actor: None, on_publication_day: false, ..m.clone() }
}
