//! The visit an act was signed during, told by its noun with no traveller: "The memorandum was
//! signed in Rabat by X during a visit officials called historic", « L'accord a été signé à
//! Rabat par X lors d'une visite », «ووقعها X في الرباط خلال زيارة وصفت بالتاريخية». The visit
//! is the signer's: who signed in the host's capital during a visit came to sign. Its noun
//! names no one (a visit noun after "during" reads its visitor after it, and a signer named
//! after "by" is the signing's alone), so without this the visit is "a delegation's" and no
//! row of the signer's.

use super::mention::{DateHow, DateLink, EventMention};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense};
use crate::gazetteer::Gazetteer;
use crate::idset::Id;
use crate::text::Document;
use crate::text::lexmatch::word_iter;

/// The most words between a "during" word and the visit noun it governs ("during a visit",
/// « lors d'une visite », «خلال زيارة», "during a first visit").
const DURING_REACH_WORDS: usize = 2;

/// Give a visit noun told right after a "during" word (rows of kind `during`: "during", « lors
/// de », «خلال»), naming no traveller (no person, office or organisation), the signers of the
/// signing its sentence tells before it who come from another country than where the visit
/// goes: the country of the visit's places, else of the signing's ("signed in Rabat by Yigal
/// Unna": he came to Morocco). With no place to say where the visit goes, the signers are its
/// visitors only when all are of one country; signers of both sides stay the signing's alone.
/// Undated, the visit takes the signing's date, as an event told "during" another does, and
/// naming no place, the signing's places.
pub fn signer_is_the_visitor(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, g: &Gazetteer) {
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let v = &out[i];
        let noun = matches!(rules.rules[v.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
        if v.event_type != EventType::Visit || !noun || v.aside || !v.people.is_empty() || !v.role_refs.is_empty() || !v.organisations.is_empty() {
            continue;
        }
        let signing = out.iter().filter(|a| a.sentence == v.sentence && a.event_type == EventType::Agreement && a.trigger.end <= v.trigger.start && !a.aside && a.planned == v.planned && !a.people.is_empty()).max_by_key(|a| a.trigger.start);
        let Some(signing) = signing else { continue };
        if !told_during(text, doc, v, rules) {
            continue;
        }
        let countries_of = |places: &[usize]| -> Vec<Id> { places.iter().map(|&p| *g.country_of(p)).filter(|c| !c.is_empty()).collect() };
        let mut destination = countries_of(&v.places);
        if destination.is_empty() {
            destination = countries_of(&signing.places);
        }
        let visitors: Vec<usize> = signing.people.iter().copied().filter(|&p| !g.country_of(p).is_empty() && !destination.contains(g.country_of(p))).collect();
        let one_country = visitors.windows(2).all(|w| g.country_of(w[0]) == g.country_of(w[1]));
        if visitors.is_empty() || (destination.is_empty() && !one_country) {
            continue;
        }
        let date = signing.date.map(|d| DateLink { date: d.date, how: DateHow::During });
        let (places, place_countries) = (signing.places.clone(), countries_of(&signing.places));
        let v = &mut out[i];
        v.add_countries(visitors.iter().map(|&p| *g.country_of(p)));
        v.people = visitors;
        // "signed in Rabat … during a visit": where it was signed is where the visit went.
        if v.places.is_empty() {
            v.places = places;
            v.add_countries(place_countries);
        }
        if v.date.is_none() {
            v.date = date;
        }
    }
}

/// Whether a phrase of kind `during` ends at most [`DURING_REACH_WORDS`] words before `v`'s
/// trigger, in its sentence.
fn told_during(text: &str, doc: &Document, v: &EventMention, rules: &TriggerRules) -> bool {
    let sentence = doc.sentences[v.sentence].range.clone();
    let during = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::During);
    let hits = rules.phrases.find_filtered_in(None, text, sentence.start..v.trigger.start, during);
    hits.iter().map(|h| h.range().end).filter(|&end| end <= v.trigger.start).max().is_some_and(|end| word_iter(text, end..v.trigger.start).count() <= DURING_REACH_WORDS)
}
