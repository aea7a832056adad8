//! A meeting planned on a trip that names no one to meet: «حيث سيزور كنيس "بيت إيل" ويلتقي
//! بممثلي الطائفة اليهودية», «وسيعقد الوفد خلال زيارته لقاءات مع مسؤولين بوزارة الشؤون
//! الخارجية», "during the visit he will meet Moroccan officials", « au programme, des rencontres
//! avec des responsables marocains ». Such talks are the programme of the visit told with them
//! or just before, not an event of their own: the visitor meets a host told only as a group
//! ("officials", "representatives"), and the timeline has the visit. Talks planned with someone
//! the text names, of the host's side, by name or by office («ويلتقي وزيرة الانتقال الطاقي ليلى
//! بنعلي», "is expected to meet Inspector General Belkhir El Farouk"), stay a meeting of their
//! own: the golds list them (optional planned rows, as probe20's `kochavi_meetings`).

use super::mention::EventMention;
use super::rules::EventType;
use crate::gazetteer::Gazetteer;

/// How many sentences back the visit a planned meeting is part of may be told (its own
/// sentence, «حيث سيزور … ويلتقي», or the sentences of the trip's announcement before it).
const VISIT_TOLD_WITHIN_SENTENCES: usize = 2;

/// Drop every planned meeting that names no one but people of the visitor's side, told with a
/// visit (planned or done) of those people in its sentence or the two before.
pub fn meeting_on_the_programme(out: &mut Vec<EventMention>, g: &Gazetteer) {
    let on_programme: Vec<bool> = out.iter().map(|m| is_on_a_visits_programme(m, out, g)).collect();
    let mut on_programme = on_programme.into_iter();
    out.retain(|_| !on_programme.next().unwrap_or(false));
}

/// Whether `m` is a planned meeting of the visitor of a visit in `all` told with it or just
/// before, naming no one of another side.
fn is_on_a_visits_programme(m: &EventMention, all: &[EventMention], g: &Gazetteer) -> bool {
    // A meeting naming no one at all (a joint committee's) is nobody's trip; one naming its
    // people by office only is left as it is (the thirty-third session's try to read offices
    // too dropped a business forum the golds list, and talks with a regional council's head).
    if m.event_type != EventType::Meeting || !m.planned || m.aside || m.people.is_empty() || !m.role_refs.is_empty() {
        return false;
    }
    let Some(visit) = all.iter().rev().find(|v| {
        v.event_type.family() == EventType::Visit
            && !v.people.is_empty()
            && v.sentence <= m.sentence
            && m.sentence - v.sentence <= VISIT_TOLD_WITHIN_SENTENCES
            && (v.sentence < m.sentence || v.trigger.start < m.trigger.start)
            && m.people.iter().all(|p| v.people.contains(p))
    }) else {
        return false;
    };
    let side = g.country_of(visit.people[0]);
    !side.is_empty() && m.people.iter().all(|&p| g.country_of(p) == side)
}
