//! A headline's talks that are the body's call, in every language: "الملك يتباحث مع ترامب"
//! over "تباحث الملك هاتفيا، عشية أمس، مع الرئيس الأمريكي دونالد ترامب"; "Bourita s'entretient
//! avec Lapid" over "s'est entretenu mardi au téléphone avec Lapid"; "Herzog holds talks with the
//! King" over "spoke by phone on Tuesday". A headline says "talks" (يتباحث, s'entretient) for
//! what its body tells as a phone call; told as a meeting it would be a second event, undated,
//! and what the headline alone names (the other country, "… والرباط تستأنف اتصالاتها مع
//! إسرائيل") would not reach the call.
//!
//! A headline cut in two by its ".." tells one story: the countries its line names after a
//! call are what the call was about ("الملك يتباحث مع ترامب.. والرباط تستأنف
//! اتصالاتها مع إسرائيل"), as a call's back-reference in the body passes them on ("أكد الملك خلال
//! الاتصال عزم المغرب استئناف علاقاته مع إسرائيل", see `participants::join_referred`).

use super::mention::{EventMention, RoleRef};
use super::build::{line_around, line_ends_with_a_stop};
use super::rules::EventType;
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;

/// Whether sentence `si` of `doc` is on a line that does not end with a stop: a headline (or a
/// headline's part, "الملك يتباحث مع ترامب.. واشنطن تعترف …" cut in two by its "..").
fn on_a_headline_line(doc: &Document, si: usize) -> bool {
    !line_ends_with_a_stop(&doc.norm.text, doc.sentences[si].range.end)
}

/// A meeting told on a headline line, undated, placeless, not a plan and not an aside, whose
/// people and offices (one at least: "جلالة الملك يتباحث مع الرئيس الأمريكي") all take part in
/// a call the body tells below it, is that call, when the body tells no meeting of any of
/// them: the headline's talks are the call ("الملك يتباحث مع ترامب" above the King's phone call
/// with Trump). A body that tells the two (a call, then a meeting of the same people) leaves
/// the headline as it is.
///
/// A call on a headline line then takes the countries its line names after its trigger
/// (module documentation).
pub fn headline_talks_are_the_call(out: &mut [EventMention], doc: &Document, found: &Found, g: &Gazetteer) {
    let headline_talks = |m: &EventMention| m.event_type == EventType::Meeting && m.date.is_none() && m.places.is_empty() && !m.planned && !m.aside && (!m.people.is_empty() || !m.role_refs.is_empty()) && on_a_headline_line(doc, m.sentence);
    // Whether a person of `people` holds the office `r` (any term: the headline is the body's day).
    let holds = |people: &[usize], r: &RoleRef| match r {
        RoleRef::Office { role, country, .. } => people.iter().any(|&p| g.entities()[p].roles.iter().any(|s| &s.role == role && &s.country == country)),
        RoleRef::Counterpart { country } => people.iter().any(|&p| g.country_of(p) == country),
    };
    for i in 0..out.len() {
        let m = &out[i];
        if !headline_talks(m) {
            continue;
        }
        let in_the_body = |o: &EventMention| o.sentence > m.sentence && !on_a_headline_line(doc, o.sentence) && !o.aside;
        let call = out.iter().any(|c| c.event_type == EventType::Call && in_the_body(c) && m.people.iter().all(|p| c.people.contains(p)) && m.role_refs.iter().all(|r| holds(&c.people, r)));
        let body_meeting = out.iter().any(|o| o.event_type == EventType::Meeting && in_the_body(o) && o.people.iter().any(|p| m.people.contains(p)));
        if call && !body_meeting {
            out[i].event_type = EventType::Call;
        }
    }
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Call && !m.aside && on_a_headline_line(doc, m.sentence)) {
        let line = line_around(text, doc.sentences[m.sentence].range.end);
        let named_after = found.entities.iter().filter(|e| e.range.start >= m.trigger.end && e.range.end <= line.end).map(|e| &g.entities()[e.entity]);
        for entity in named_after.filter(|e| e.is_country()) {
            m.countries.push(entity.country);
        }
        m.countries.sort();
        m.countries.dedup();
    }
}
