//! Statements and their objects: an event noun a dated statement announces ("أعلنت الرباط،
//! اليوم الأربعاء، ترقية …", "announced on Wednesday the signing of …"), and a Latin-script
//! reference that tells an event the article has not told yet, and one a denial reaches, which
//! takes back the event told before ([`deny_the_referred`]).

use std::ops::Range;

use super::super::mention::{EventMention, RoleRef};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::idset::Id;
use super::super::participants::has_a_visitor;
use super::super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use super::super::scan::{SentenceHits, put_off_to_a_date};
use super::told_just_before;
use crate::text::clause::COMMAS;
use crate::text::lexmatch::{Covers, WordList};
use crate::text::lexmatch::word_iter;

/// Words of an aside between commas that may stand between a statement's date and its object
/// ("a annoncé jeudi, dans un communiqué, la signature").
const STATEMENT_ASIDE_WORDS: usize = 5;

/// Whether `gap`, the text between a statement's date and an event noun, leaves the noun the
/// statement's object: nothing but commas, an aside between commas of at most
/// [`STATEMENT_ASIDE_WORDS`] words, and one article.
pub(super) fn opens_the_object(gap: &str, articles: &[String]) -> bool {
    let rest = match (gap.find(COMMAS), gap.rfind(COMMAS)) {
        (Some(first), Some(last)) if gap[..first].trim().is_empty() && gap[first..last].split_whitespace().count() <= STATEMENT_ASIDE_WORDS => &gap[last..],
        (Some(_), _) => return false,
        _ => gap,
    };
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || COMMAS.contains(&c));
    let mut words = rest.split([' ', '\'']).filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => articles.has(w),
        _ => false,
    }
}

/// "The first direct flight between Morocco and Israel took off on Monday", "The joint
/// declaration was inked": a Latin-script reference to an event of a family the article has
/// not told yet, written with more than its bare noun (a modifier, its verb), is where it
/// tells it — an event of the sentence. A bare noun ("to prepare the visit") still refers to
/// the event the story is about, told by another family ("welcomed his counterpart").
/// A bare noun said to have taken place ("The signing of the memorandum by X and Y took place
/// in Rabat on Wednesday") tells its event as well as a modifier would (see [`said_to_occur`]).
/// A noun a statement announces ("announced on Wednesday the signing of a memorandum") is the
/// news the statement reports, told or not (see [`object_of_a_statement`]). So is a noun put
/// off to a day the sentence names ("The visit … has been postponed to March"): the new plan
/// is the news, told or not (see [`put_off_to_a_date`]).
pub(super) fn tell_the_untold(hits: &mut SentenceHits, text: &str, out: &[EventMention], sentence_end: usize, dates: &[Range<usize>], rules: &TriggerRules) {
    let lists = &rules.words;
    let untold: Vec<(Range<usize>, usize, EventType, TriggerTense)> = hits
        .referring
        .iter()
        .filter(|(r, _, ty, _)| {
            latin_trigger(text, r)
                && ((text[r.clone()].contains(' ') || said_to_occur(text, r, sentence_end, lists)) && !out.iter().any(|m| m.event_type.family() == ty.family())
                    || object_of_a_statement(text, r, &hits.statements, sentence_end, dates, lists)
                    || put_off_to_a_date(text, r, sentence_end, hits, rules, dates))
        })
        .cloned()
        .collect();
    tell(hits, untold);
}

/// "وخلال المباحثات الهاتفية أمس، أكد بوريطة …": a call noun right after a "during" word is a
/// back-reference (see `scan::refers_back_after_during`) only where a call was told in the two
/// sentences before; else it tells its call, an event of the sentence.
pub(super) fn tell_the_unreferred_call(hits: &mut SentenceHits, text: &str, out: &[EventMention], si: usize) {
    let right_after_during = |r: &Range<usize>| hits.during.iter().any(|d| d.end <= r.start && text[d.end..r.start].trim().is_empty());
    let untold = hits.referring.iter().filter(|(r, _, ty, _)| *ty == EventType::Call && !latin_trigger(text, r) && right_after_during(r)).cloned().collect();
    tell_unless_told_just_before(hits, out, si, EventType::Call, untold);
}

/// "وخلال الاجتماع، أكد الوزيران …" opening a story: a meeting noun right after a plain during
/// word is a back-reference (see `scan::meeting_recalled_after_during`) only where a meeting was
/// told in the two sentences before; else it tells its meeting, an event of the sentence.
pub(super) fn tell_the_unreferred_meeting(hits: &mut SentenceHits, out: &[EventMention], si: usize) {
    let untold = hits.referring.iter().filter(|e| hits.recalled_meetings.contains(&e.0.start)).cloned().collect();
    tell_unless_told_just_before(hits, out, si, EventType::Meeting, untold);
}

/// Tells the references `untold` as events of the sentence `si` unless an event of `family` was
/// told in the two sentences before (`told_just_before`), which they then refer back to.
fn tell_unless_told_just_before(hits: &mut SentenceHits, out: &[EventMention], si: usize, family: EventType, untold: Vec<(Range<usize>, usize, EventType, TriggerTense)>) {
    if untold.is_empty() || told_just_before(out, out.len(), si).any(|m| m.event_type.family() == family) {
        return;
    }
    tell(hits, untold);
}

/// "وضم الوفد الذي أقلته الطائرة X" after a flight's landing, "ويضم الوفد X" opening a story:
/// a delegation noun told with the verb that lists its members (see `scan::lists_members`) is
/// the delegation's visit told before only where a visit of someone named was told in the two
/// sentences before (the one [`super::super::participants::join_referred`] joins the members
/// to); else it tells that visit, the members its visitors (the people a flight carried visit
/// where it landed: "حطت طائرة العال في مطار الرباط سلا" names no visitor). A member of another
/// side than that visitor's ("ويضم الوفد المغربي ناصر بوريطة" after an Israeli visit) tells
/// another delegation, as `told_before` reads it: its visit too.
pub(super) fn tell_the_unreferred_members(hits: &mut SentenceHits, out: &[EventMention], si: usize, sentence_end: usize, found: &Found, g: &Gazetteer) {
    if hits.members.is_empty() {
        return;
    }
    let first_noun = hits.members.iter().copied().min().unwrap_or(sentence_end);
    let first = found.entities.partition_point(|e| e.range.start < first_noun);
    let member_sides: Vec<Id> = found.entities[first..]
        .iter()
        .take_while(|e| e.range.end <= sentence_end)
        .map(|e| &g.entities()[e.entity])
        .filter(|e| e.kind == EntityKind::Person && !e.country.is_empty())
        .map(|e| e.country)
        .collect();
    let visitor_sides = |m: &EventMention| -> Vec<Id> {
        let people = m.people.iter().map(|&p| g.entities()[p].country);
        let offices = m.role_refs.iter().filter_map(|r| match r {
            RoleRef::Office { country, .. } => Some(*country),
            _ => None,
        });
        people.chain(offices).filter(|c| !c.is_empty()).collect()
    };
    let of_its_side = |m: &EventMention| {
        let sides = visitor_sides(m);
        member_sides.iter().all(|c| sides.contains(c))
    };
    let visit_before = told_just_before(out, out.len(), si).any(|m| m.sentence < si && m.event_type.family() == EventType::Visit && has_a_visitor(m) && of_its_side(m));
    if visit_before {
        return;
    }
    let untold: Vec<_> = hits.referring.iter().filter(|e| hits.members.contains(&e.0.start)).cloned().collect();
    hits.members.clear();
    tell(hits, untold);
}

/// Make the references and predicates `untold` events of the sentence, in text order.
fn tell(hits: &mut SentenceHits, untold: Vec<(Range<usize>, usize, EventType, TriggerTense)>) {
    if untold.is_empty() {
        return;
    }
    let told = |r: &Range<usize>| untold.iter().any(|e| e.0 == *r);
    hits.references.retain(|(r, _)| !told(r));
    hits.predicates.retain(|r| !told(r));
    hits.events.extend(untold);
    hits.events.sort_by_key(|e| e.0.start);
}

/// Words after an event noun within which a finite verb makes it the subject of a clause.
const CLAUSE_VERB_REACH_WORDS: usize = 8;

/// Words after an event noun within which a verb of occurrence is its own ("The signing of the
/// memorandum by the two defence ministers took place"): the noun's complements (what was
/// signed, by whom) stand between.
const OCCURRENCE_REACH_WORDS: usize = 12;

/// Where the clause an event noun at `noun` opens ends: its sentence's end, or the first mark
/// that cuts it (a comma, a colon, a bracket; the normal form keeps no quotation mark or dash,
/// see [`crate::text::normalize::CLAUSE_MARKS`]).
fn end_of_the_nouns_clause(text: &str, noun: &Range<usize>, sentence_end: usize) -> usize {
    text[noun.end..sentence_end].find([',', ';', ':', '.', '(']).map_or(sentence_end, |k| noun.end + k)
}

/// Whether `w` opens a relative clause ("that", "which", "qui", "dont"): the words after it are
/// the clause's, not the noun's own predicate.
fn is_relative_word(w: &str) -> bool {
    matches!(w, "that" | "which" | "who" | "whose" | "qui" | "que" | "dont")
}

/// Whether the event noun at `noun` is the subject of a verb of occurrence (word list
/// `occurrence`: "took place", "was held", "a eu lieu") in its clause, within
/// [`OCCURRENCE_REACH_WORDS`] words and before any relative word or clause break: the sentence
/// tells that the event happened, so the noun is the event, not a reference to one.
fn said_to_occur(text: &str, noun: &Range<usize>, sentence_end: usize, lists: &WordLists) -> bool {
    let clause_end = end_of_the_nouns_clause(text, noun, sentence_end);
    let words: Vec<&str> = word_iter(text, noun.end..clause_end).take(OCCURRENCE_REACH_WORDS + 3).map(|w| &text[w]).collect();
    let relative = words.iter().position(|w| is_relative_word(w)).unwrap_or(words.len());
    let words = &words[..relative];
    lists.occurrences.iter().any(|form| {
        let form: Vec<&str> = form.split(' ').collect();
        words.windows(form.len()).take(OCCURRENCE_REACH_WORDS).any(|w| w == form.as_slice())
    })
}

/// Whether the event noun at `noun`, after the English article a reference reads ("the"), is the
/// object of the statement before it ("announced on Wednesday the signing of a memorandum"):
/// only that article and dates stand between the statement and the noun, and no finite verb
/// (word list `clause-verb`) follows the noun in its clause, which would make it the subject of
/// a clause the statement reports ("said on Wednesday the visit was a turning point", a
/// back-reference). A relative word ends the noun's own words ("the signing of a deal that
/// will …").
pub(super) fn object_of_a_statement(text: &str, noun: &Range<usize>, statements: &[Range<usize>], sentence_end: usize, dates: &[Range<usize>], lists: &WordLists) -> bool {
    let Some(statement) = statements.iter().filter(|s| s.end <= noun.start).max_by_key(|s| s.end) else { return false };
    let gap = statement.end..noun.start;
    let in_a_date = |w: &Range<usize>| dates.iter().any(|d| d.covers(w));
    // "on Wednesday": the preposition right before a date opens it.
    let opens_a_date = |w: &Range<usize>| dates.iter().any(|d| d.start >= w.end && text[w.end..d.start].trim().is_empty());
    let only_article_and_dates =
        !text[gap.clone()].contains([':', ';', '.', '(']) && word_iter(text, gap).all(|w| in_a_date(&w) || opens_a_date(&w) || lists.articles.has(&text[w.clone()]));
    if !only_article_and_dates {
        return false;
    }
    let clause_end = end_of_the_nouns_clause(text, noun, sentence_end);
    let subject = word_iter(text, noun.end..clause_end)
        .take(CLAUSE_VERB_REACH_WORDS)
        .map(|w| &text[w])
        .take_while(|w| !is_relative_word(w))
        .any(|w| lists.clause_verbs.has(w));
    !subject
}

/// "Barbivai will visit Morocco next week. No date has been set for this visit yet", «… تزور
/// المغرب. ولم يتم تحديد أي موعد لهذه الزيارة»: a reference a denial marker reaches (`denied`,
/// see `scan::denied_references`) tells that the event of its family told in the sentences
/// just before did not happen, or not yet, and that event is dropped as one told in the
/// marker's own sentence would be (the last of its family told within two sentences, see
/// `told_just_before`) — with what its sentence tells after it as its purpose or
/// programme ("… to meet her counterpart"). Only a plan or an act told in the present (a
/// visit "going on", as a report may tell one it does not date): an act told in the past
/// happened, whatever a later sentence says of its earlier dates ("The visit had been called
/// off twice before").
pub(super) fn deny_the_referred(out: &mut Vec<EventMention>, si: usize, denied: &[(Range<usize>, EventType)], rules: &TriggerRules) {
    let not_yet_done = |m: &EventMention| m.planned || matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Present));
    for (_, family) in denied {
        let referred = told_just_before(out, out.len(), si).find(|m| m.event_type.family() == *family).filter(|m| not_yet_done(m));
        let Some((sentence, from)) = referred.map(|m| (m.sentence, m.trigger.start)) else {
            continue;
        };
        out.retain(|m| !(m.sentence == sentence && m.trigger.start >= from && not_yet_done(m)));
    }
}
