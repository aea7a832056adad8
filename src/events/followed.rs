//! An act told again by one who follows ("Israir's A320 landed in Marrakech on Sunday. El Al
//! followed that evening", « El Al lui a emboîté le pas quelques heures plus tard », «وتبعتها
//! العال بعد ساعات», "Arkia did the same"): the sentence names a new actor (an airline, an
//! organisation, a person) and says, by a phrase of the word list `followed`, that it did what
//! the sentence before told. That is the act again, an event of its own for the new actor: its
//! own mention of the earlier act's type, at the earlier act's place unless it names one, on
//! the earlier act's day unless its own words date it. A turn tells it too, its follower named
//! after it (kind `followed-turn`: « c'était au tour d'un appareil d'El Al d'atterrir », "it
//! was the turn of an El Al jet", «ثم جاء دور طائرة العال»), or before "'s turn to".

use std::ops::Range;

use super::mention::EventMention;
use super::rules::{EventType, Follows, TriggerRules, latin_trigger};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;
use crate::text::clause::COMMAS_AND_SEMICOLONS;
use crate::text::lexmatch::Scan;

/// Words after an Arabic `followed` phrase, or after a turn in any language (kind
/// `followed-turn`), within which its subject is named, up to a comma: the verb comes first
/// («وتبعتها شركة العال الإسرائيلية», «ولحقت بها طائرة تابعة لشركة العال»), and a turn names
/// whose it is after it (« c'était au tour d'un appareil d'El Al, parti … », "it was the
/// turn of an El Al jet to land").
const SUBJECT_AFTER_WORDS: usize = 4;

/// The noun of «حذا حذوه» (followed his example): its subject stands before it, after the verb.
const ARABIC_EXAMPLE: &str = "حذو";

/// Words before «حذوه» within which its subject is named («وحذت شركة العال حذوها»).
const ARABIC_EXAMPLE_SUBJECT_WORDS: usize = 2;

/// The range of at most `n` words (spaced) at the start of `range`, up to a comma («،», ","): where a
/// subject after its verb, or after a turn, is named.
fn words_after(text: &str, range: Range<usize>, n: usize) -> Range<usize> {
    let upto = text[range.clone()].find(COMMAS_AND_SEMICOLONS).map_or(range.end, |i| range.start + i);
    // Words as the page spaces them: « d'un appareil d'El Al » is four.
    let span = &text[range.start..upto];
    let end = span.split_whitespace().take(n).last().map_or(0, |last| last.as_ptr() as usize - span.as_ptr() as usize + last.len());
    range.start..range.start + end
}

/// Sentences before the follower's within which the act it follows is told.
const FOLLOWED_ACT_SENTENCES: usize = 2;

/// The followers' acts of `out`, told by a `followed` phrase: a sentence that names someone
/// (before the phrase in English and French, after it or before it in Arabic), no one of the
/// act it follows (after a turn, or a few words after an Arabic verb, up to a comma), tells that act (the last one told, in one of the
/// [`FOLLOWED_ACT_SENTENCES`] before) of them. A mention of the sentence of that act's type
/// ("El Al followed with an inaugural service of its own": a flight naming no place) takes the
/// act's place when it names none, and its day when it has none; else a mention of the
/// follower is added, a copy of the act with the follower as its actor, on the act's day (its
/// words, 'that evening', « quelques heures plus tard », tell that day).
pub(super) fn followers_tell_it_again(out: &mut Vec<EventMention>, doc: &Document, found: &Found, rules: &TriggerRules, followers: Option<Scan<'_>>, g: &Gazetteer) {
    if (rules.words.followers.is_empty() && rules.words.follower_turns.is_empty() && rules.words.follower_shortly.is_empty()) || out.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    // The pipeline's scan has them: most articles hold none, told by one look.
    if followers.is_some_and(|scan| !scan.any_within(0..text.len())) {
        return;
    }
    let set = rules.words.follower_phrases();
    let phrases: Vec<(usize, Range<usize>, Follows)> =
        doc.sentences.iter().enumerate().flat_map(|(si, s)| set.find_in(followers, text, s.range.clone()).into_iter().map(move |h| (si, h.start..h.end, h.payloads[0]))).collect();
    for (si, w, follows) in phrases {
        let sentence = doc.sentences[si].range.clone();
        if follows == Follows::Shortly {
            airline_lands_next(out, (text, found), si, &sentence, &w, &rules.words.clause_ands, g);
            continue;
        }
        let turn = follows == Follows::Turn;
        let actor = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Organisation);
        // The Arabic subject comes right after the verb («وتبعتها شركة العال»), or between the
        // verb and «حذوها» («وحذت العال حذوها»).
        let subject = if !turn && latin_trigger(text, &w) {
            sentence.start..w.start
        } else if !turn && text[w.clone()].starts_with(ARABIC_EXAMPLE) {
            let before = &text[sentence.start..w.start];
            let from = before.split_whitespace().rev().take(ARABIC_EXAMPLE_SUBJECT_WORDS + 1).last().and_then(|first| before.rfind(first)).unwrap_or(0);
            sentence.start + from..w.start
        } else {
            words_after(text, w.end..sentence.end, SUBJECT_AFTER_WORDS)
        };
        let followers: Vec<usize> = found.starting_in(&subject).iter().filter(|e| e.range.end <= subject.end && actor(g.entities()[e.entity].kind)).map(|e| e.entity).collect();
        if followers.is_empty() {
            continue;
        }
        // The act followed: the last told, in the nearest sentence before that tells one; an
        // airline follows a flight ("Israir's A320 left Ben Gurion and was greeted at Menara.
        // El Al's Boeing followed hours later": not the welcome).
        let airline = followers.iter().any(|&e| g.entities()[e].is_airline());
        let Some(act) = out.iter().rposition(|m| m.sentence < si && m.sentence + FOLLOWED_ACT_SENTENCES >= si && !m.aside && (!airline || m.event_type.family() == EventType::Flight)) else { continue };
        let earlier = &out[act];
        let named_before = |e: &usize| earlier.people.contains(e) || earlier.organisations.contains(e);
        let followers: Vec<usize> = followers.into_iter().filter(|e| !named_before(e)).collect();
        if followers.is_empty() {
            continue;
        }
        let family = earlier.event_type.family();
        let own_places: Vec<usize> = found.starting_in(&sentence).iter().filter(|e| e.range.end <= sentence.end && g.entities()[e.entity].kind == EntityKind::Place && !g.entities()[e.entity].is_country()).map(|e| e.entity).collect();
        let (earlier_places, earlier_date, earlier_planned) = (earlier.places.clone(), earlier.date, earlier.planned);
        let country = |e: &usize| *g.country_of(*e);
        if let Some(own) = out.iter().position(|m| m.sentence == si && !m.aside && m.event_type.family() == family) {
            let m = &mut out[own];
            if m.places.is_empty() {
                m.places = earlier_places;
                let countries: Vec<_> = m.places.iter().map(country).collect();
                m.add_countries(countries);
            }
            if m.date.is_none() {
                m.date = earlier_date;
            }
            continue;
        }
        let mut m = out[act].clone();
        m.trigger = w.clone();
        m.sentence = si;
        m.span = sentence.clone();
        m.people = followers.iter().copied().filter(|&e| g.entities()[e].kind == EntityKind::Person).collect();
        m.organisations = followers.iter().copied().filter(|&e| g.entities()[e].kind == EntityKind::Organisation).collect();
        // A place of the follower's sentence in the country of the act's place is its own (the
        // same act elsewhere: "did the same in Casablanca"); one elsewhere is where it came
        // from ("parti lui aussi de Tel Aviv"), beside the act's place.
        let elsewhere_in_its_country = own_places.iter().any(|p| earlier_places.iter().any(|q| g.country_of(*q) == g.country_of(*p)));
        m.places = if elsewhere_in_its_country { own_places } else { earlier_places.into_iter().chain(own_places).collect() };
        m.role_refs.clear();
        m.carried_actor = None;
        m.item = None;
        m.told_again = None;
        m.planned = earlier_planned;
        m.countries.clear();
        let countries: Vec<_> = m.people.iter().chain(&m.organisations).chain(&m.places).map(country).collect();
        m.add_countries(countries);
        let at = out.partition_point(|o| o.sentence <= si);
        out.insert(at, m);
    }
}

/// Where the clause that runs from `from` ends: at the first comma or semicolon a `clause-and`
/// word follows (", and", « , et », «، فيما»: another act, of a subject of its own: "…, and
/// Arkia is to launch its own flights next month"), or at `end`. A comma with no such word
/// goes on with the clause ("a second flight, El Al's, touched down").
fn end_of_the_clause(text: &str, from: usize, end: usize, clause_ands: &[String]) -> usize {
    crate::events::phrases::phrases_in(text, from..end, clause_ands).filter(|and| text[from..and.start].trim_end().ends_with(COMMAS_AND_SEMICOLONS)).map(|and| and.start).min().unwrap_or(end)
}

/// After a `followed-shortly` phrase ("shortly afterwards", « peu après », «وبعدها بقليل») at
/// `w`, in the sentence `si` of a flight told before it: an airline named after the phrase, in
/// its clause (see [`end_of_the_clause`]), and not before it in the sentence, flew a second
/// flight of its own ("An Israir jet landed in Marrakesh on Sunday evening, and shortly
/// afterwards a second flight, El Al's, touched down"), on the first's day and at its place.
/// The first flight's mention named every airline of its sentence: the later one's leaves it
/// for a copy of its own, as merge tells flights of one day apart by their airlines. With no
/// flight before the phrase, or no new airline after it, the phrase tells nothing ("the
/// minister landed, and shortly afterwards met Bourita").
fn airline_lands_next(out: &mut Vec<EventMention>, (text, found): (&str, &Found), si: usize, sentence: &Range<usize>, w: &Range<usize>, clause_ands: &[String], g: &Gazetteer) {
    let Some(act) = out.iter().rposition(|m| m.sentence == si && !m.aside && m.trigger.end <= w.start && m.event_type.family() == EventType::Flight) else { return };
    let airline = |e: &crate::gazetteer::EntityMention| g.entities()[e.entity].is_airline();
    let before: Vec<usize> = found.starting_in(&(sentence.start..w.start)).iter().filter(|e| airline(e)).map(|e| e.entity).collect();
    let clause_end = end_of_the_clause(text, w.end, sentence.end, clause_ands);
    let mut later: Vec<usize> = found.starting_in(&(w.end..clause_end)).iter().filter(|e| e.range.end <= clause_end && airline(e) && !before.contains(&e.entity)).map(|e| e.entity).collect();
    // An airline of another act's clause after it ("…, and Arkia is to launch its own flights")
    // flew none of the day's flights: the first one's mention named it with the sentence's.
    let of_another_act: Vec<usize> = found.starting_in(&(clause_end..sentence.end)).iter().filter(|e| airline(e) && !before.contains(&e.entity) && !later.contains(&e.entity)).map(|e| e.entity).collect();
    out[act].organisations.retain(|e| !of_another_act.contains(e));
    let mut seen = Vec::new();
    later.retain(|e| if seen.contains(e) { false } else { seen.push(*e); true });
    if later.is_empty() {
        return;
    }
    // A flight of its own told after the phrase ("…, and shortly afterwards El Al flew a
    // second service") already stands for it: the first only gives its airline back.
    let own = out.iter().any(|m| m.sentence == si && !m.aside && m.trigger.start >= w.end && m.event_type.family() == EventType::Flight);
    out[act].organisations.retain(|e| !later.contains(e));
    if own {
        return;
    }
    let mut m = out[act].clone();
    m.trigger = w.clone();
    m.people.clear();
    m.organisations = later;
    m.role_refs.clear();
    m.carried_actor = None;
    m.item = None;
    m.told_again = None;
    let at = out.partition_point(|o| o.sentence <= si);
    out.insert(at, m);
}
