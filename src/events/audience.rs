//! An audience told in passing, as the circumstance of another act: «وجرى التوقيع عقب استقبال
//! الملك محمد السادس للوفد», « Le texte a été paraphé par le chef du gouvernement, après une
//! audience accordée par le roi », "Othmani signed the declaration following an audience with
//! King Mohammed VI". A head of state's audience is short and is told against the act it
//! preceded: with no date of its own, it is of that act's day. The act may be dated in its own
//! words, or be a signing told again by its noun («وجرى التوقيع», « Le texte a été paraphé »)
//! whose day the sentence before tells: the audience then takes the day of the nearest act of
//! that kind told, dated, just before. A measure of time between the sequel word and the noun
//! ("days after the audience", «بعد أيام من استقبال») is no audience of that day, and is left
//! to the date rules; so is a noun told after another event's sequel word ("after the
//! normalisation agreement"): only a meeting with a head of state is so short and so close to
//! what follows it.
//!
//! An act told as done at a reception («وجرى خلال الاستقبال التوقيع», "received the delegation at
//! the royal palace, where … signed a joint declaration") whose own words name no one is the
//! act of those the reception received ([`act_at_the_reception_takes_its_people`]).

use super::mention::{DateHow, DateLink, EventMention, RoleRef};
use super::rules::{EventType, RuleKind, TriggerRules};
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;
use crate::text::lexmatch::{WordList, word_iter};

/// How many sentences back the act an undated act tells again may be told.
const TOLD_WITHIN_SENTENCES: usize = 2;

/// Role ids of `roles.csv` whose holders grant audiences (the same as the Latin readings'
/// `HEAD_OF_STATE_ROLES`).
const AUDIENCE_ROLES: &[&str] = &["king", "president"];

/// Give every undated meeting with a head of state, named in its own words, told right after a
/// sequel word of its clause (lexicon kind `sequel`: "after", "following", « après », «عقب», «إثر», «بعد», an
/// article allowed between) the day of the act its sentence tells it against: the nearest
/// act told as done before the sequel word, else the first one after the noun (a sequel
/// clause that opens the sentence); when that act has no day of its own, the day of the
/// nearest dated act of its type in the sentences just before (the act told again).
pub fn audience_takes_the_acts_day(out: &mut [EventMention], doc: &Document, found: &Found, rules: &TriggerRules, g: &Gazetteer) {
    let text = doc.norm.text.as_str();
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| AUDIENCE_ROLES.has(&r.role));
    let sequel = |payloads: &[usize]| payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Sequel);
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Meeting || m.date.is_some() || m.planned {
            continue;
        }
        let sentence = &doc.sentences[m.sentence];
        // The audience names its head of state in its own words, after the noun and before the
        // next act of the sentence («عقب استقبال الملك محمد السادس للوفد», « après une audience
        // accordée par le roi »); a reception told back by its noun alone («وعقب الاستقبال وقع
        // …، أمام العاهل المغربي») is the audience told before, dated there already.
        let next_act = out.iter().filter(|n| n.sentence == m.sentence && n.trigger.start >= m.trigger.end).map(|n| n.trigger.start).min().unwrap_or(sentence.range.end);
        let names_its_host = found.entities.iter().any(|e| m.trigger.end <= e.range.start && e.range.end <= next_act && head_of_state(e.entity) && m.people.contains(&e.entity));
        if !names_its_host {
            continue;
        }
        let clause = sentence.clause_at(m.trigger.start).map_or(sentence.range.clone(), |c| sentence.clauses[c].clone());
        let hits = rules.phrases.find_filtered_in(None, text, clause.start..m.trigger.start, sequel);
        let Some(sequel_word) = hits.iter().map(|h| h.range()).max_by_key(|r| r.end) else { continue };
        // A measure of time before the sequel word ("eleven months after an audience", « onze
        // mois après une audience ») counts from an audience of another day.
        let measured = word_iter(text, clause.start..sequel_word.start).next_back().is_some_and(|w| rules.words.time_units.has(&text[w].to_lowercase()));
        if measured {
            continue;
        }
        // Right after the sequel word: nothing between but an article ("after the audience",
        // « après une audience »); a count of days or another noun is something else.
        if !word_iter(text, sequel_word.end..m.trigger.start).all(|w| super::latin::DETERMINERS.has(&text[w])) {
            continue;
        }
        let is_act = |n: &EventMention| n.sentence == m.sentence && n.event_type != EventType::Meeting && !n.planned && !n.aside;
        let before = out.iter().filter(|n| is_act(n) && n.trigger.end <= sequel_word.start).max_by_key(|n| n.trigger.start);
        let after = || out.iter().filter(|n| is_act(n) && n.trigger.start >= m.trigger.end).min_by_key(|n| n.trigger.start);
        let Some(act) = before.or_else(after) else { continue };
        let told_before = || {
            out.iter()
                .filter(|n| n.event_type == act.event_type && n.sentence < act.sentence && act.sentence - n.sentence <= TOLD_WITHIN_SENTENCES && !n.planned && !n.aside && n.date.is_some())
                .max_by_key(|n| (n.sentence, n.trigger.start))
        };
        let Some((date, shift)) = act.date.map(|d| (d, act.shift)).or_else(|| told_before().and_then(|n| n.date.map(|d| (d, n.shift)))) else { continue };
        out[i].date = Some(DateLink { date: date.date, how: DateHow::During });
        out[i].shift = shift;
        out[i].on_publication_day = false;
    }
}

/// How many sentences back the reception an act is told at (by a phrase of kind
/// `at-reception`: «وجرى خلال الاستقبال التوقيع») may be told.
const RECEPTION_WITHIN_SENTENCES: usize = 1;

/// "King Mohammed VI received the delegation at the royal palace, where Israel, Morocco and the
/// United States signed a joint declaration", «واستقبل الملك … أعضاء الوفد» … «وجرى خلال الاستقبال
/// التوقيع على إعلان مشترك», « Le roi a reçu la délégation, à l'issue de laquelle un accord a été
/// signé »: an act done at a reception or an audience, whose own words name no one, was done by
/// those the reception received; the host watched (as one named after "in the presence of").
/// The reception is the meeting told just before the act in its sentence, its clause opened by
/// "where" after a comma (kind `place-relative`) or by a relative of kind `at-reception`
/// ("during which", « au cours de laquelle »), with no other act between; or, when the act's
/// sentence tells it by a reception noun of that kind ("at the reception", «خلال الاستقبال»,
/// « lors de l'audience »), the last meeting told before it in its sentence or the one before.
/// The received are the reception's people but its head of state (roles of [`AUDIENCE_ROLES`]);
/// a reception that names only its host and "the delegation" (word list `delegation`) received
/// the travellers of the trip the page told before it. An act that names the host beside some
/// of the received (the Latin reading of "Israel and Morocco signed" after the King's meeting
/// with the delegation, « a reçu la délégation », takes the two just named) keeps those
/// received, without the host. An undated act takes the reception's day.
pub fn act_at_the_reception_takes_its_people(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, g: &Gazetteer) {
    let words = &rules.words;
    if words.at_receptions.is_empty() && words.place_relatives.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| AUDIENCE_ROLES.has(&r.role));
    // A meeting done, or a reception the Latin readings made the trip of the delegation it
    // received (« a reçu la délégation »: its trigger a meeting's).
    let is_reception = |n: &EventMention| {
        let told_as_meeting = matches!(rules.rules[n.rule].kind, RuleKind::Event(t, _) if t.family() == EventType::Meeting);
        let visit = n.event_type.family() == EventType::Visit && n.event_type != EventType::Opening;
        // « Le roi a reçu la délégation au palais, où … »: the French reading tells the
        // reception of the delegation by its noun, the delegation's visit.
        let the_delegation = || doc.sentences.get(n.sentence).is_some_and(|s| crate::events::build::told_by_the_delegation_noun(text, s.range.start, &n.trigger, &words.delegations));
        !n.planned && (n.event_type.family() == EventType::Meeting || (visit && (told_as_meeting || the_delegation())))
    };
    for i in 0..out.len() {
        let m = &out[i];
        let family = m.event_type.family();
        // Its own words name no one, or only the head of state who gave the audience (the
        // reading of a sentence gives an act the people it names: «واستقبل الملك … الوفد …،
        // حيث وقع المغرب وإسرائيل إعلانا» names the King alone, who watched), or the people of
        // a reception told just before: the host's meeting with the received (a Latin reception
        // verb, « a reçu la délégation »), whose two sides the Latin reading of "Israël et le
        // Maroc ont signé" takes as the two just named, the King among them.
        let of_a_reception = |p: usize| out.iter().any(|n| n.sentence <= m.sentence && m.sentence - n.sentence <= RECEPTION_WITHIN_SENTENCES && n.people.contains(&p) && is_reception(n));
        let only_hosts = m.role_refs.iter().all(|r| matches!(r, RoleRef::Office { role, .. } if AUDIENCE_ROLES.has(role))) && m.people.iter().all(|&p| head_of_state(p) || of_a_reception(p));
        if family == EventType::Meeting || family == EventType::Visit || m.planned || m.aside || !only_hosts {
            continue;
        }
        let Some(sentence) = doc.sentences.get(m.sentence) else { continue };
        let head = sentence.range.start..m.trigger.start;
        // Latin phrases are listed in lower case: a sentence may open with one ("During the
        // audience, …"). Lowering keeps the byte offsets of the letters these lists hold.
        let phrase = words.at_reception_in(&text[head.clone()]).then(|| {
            let lowered = text[head.clone()].to_lowercase();
            let lowered_at = |r: std::ops::Range<usize>| head.start + r.start..head.start + r.end;
            crate::events::phrases::phrases_in(&lowered, 0..lowered.len(), &words.at_receptions).map(lowered_at).max_by_key(|r| r.end)
        });
        let phrase = phrase.flatten();
        // "…, where": the relative right after a comma (Latin or Arabic).
        let where_word = word_iter(text, head.clone())
            .filter(|w| text[..w.start].trim_end().ends_with([',', '،']) && words.place_relatives.has(&text[w.clone()].to_lowercase()))
            .next_back();
        let meeting_before = |at: usize, n: &EventMention| n.sentence == m.sentence && is_reception(n) && n.trigger.end <= at;
        // The reception right before a relative word: the last mention told before it is that
        // meeting, and none stands between the word and the act.
        let right_before = |word: &std::ops::Range<usize>| {
            let nothing_between = !out.iter().any(|n| n.sentence == m.sentence && n.trigger.start >= word.end && n.trigger.start < m.trigger.start);
            let last = out.iter().enumerate().filter(|(_, n)| n.sentence == m.sentence && n.trigger.end <= word.start).max_by_key(|(_, n)| n.trigger.start);
            last.filter(|(_, n)| nothing_between && meeting_before(word.start, n)).map(|(k, _)| k)
        };
        let relative = phrase.clone().filter(|p| !text[p.clone()].contains(' ') || ["which", "laquelle"].iter().any(|r| text[p.clone()].to_lowercase().ends_with(r)));
        let mut received_at = where_word.as_ref().and_then(right_before).or_else(|| relative.as_ref().and_then(right_before));
        if received_at.is_none()
            && let Some(p) = phrase.filter(|p| relative.as_ref() != Some(p))
        {
            let in_sentence = out.iter().enumerate().filter(|(_, n)| meeting_before(p.start, n) && (n.trigger.end <= p.start)).max_by_key(|(_, n)| n.trigger.start).map(|(k, _)| k);
            let told_before = || {
                out.iter()
                    .enumerate()
                    .filter(|(_, n)| n.sentence < m.sentence && m.sentence - n.sentence <= RECEPTION_WITHIN_SENTENCES && is_reception(n) && !n.aside)
                    .max_by_key(|(_, n)| (n.sentence, n.trigger.start))
                    .map(|(k, _)| k)
            };
            received_at = in_sentence.or_else(told_before);
        }
        let Some(r) = received_at else { continue };
        let r = &out[r];
        let mut received: Vec<usize> = r.people.iter().copied().filter(|&p| !head_of_state(p)).collect();
        if received.is_empty() {
            // "received the delegation": the travellers of the trip told before.
            let Some(r_sentence) = doc.sentences.get(r.sentence) else { continue };
            // Its object is "the delegation", or (the French reading) the delegation noun is its
            // trigger.
            let object = r.trigger.end..r_sentence.range.end;
            let the_delegation = crate::events::build::names_a_told_delegation(text, &object, &words.delegations).is_some() || crate::events::build::told_by_the_delegation_noun(text, r_sentence.range.start, &r.trigger, &words.delegations);
            if the_delegation
                && let Some(trip) = out.iter().filter(|t| t.sentence < r.sentence && crate::events::build::tells_a_trip(t)).max_by_key(|t| (t.sentence, t.trigger.start))
            {
                received = trip.people.clone();
            }
        }
        // Who the act names besides the host is some of the received (or it is another's act),
        // named beside the host: they signed, the host watched.
        let own: Vec<usize> = m.people.iter().copied().filter(|&p| !head_of_state(p)).collect();
        let names_a_host = own.len() < m.people.len() || !m.role_refs.is_empty();
        if !own.is_empty() {
            if !names_a_host || !own.iter().all(|p| received.contains(p)) {
                continue;
            }
            received = own;
        }
        if received.is_empty() {
            continue;
        }
        let (date, shift) = (r.date, r.shift);
        let m = &mut out[i];
        m.add_countries(received.iter().map(|&p| *g.country_of(p)));
        m.people = received;
        m.role_refs.clear();
        if m.date.is_none() && date.is_some() {
            m.date = date.map(|d| DateLink { date: d.date, how: DateHow::During });
            m.shift = shift;
            m.on_publication_day = false;
        }
    }
}
