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

use super::mention::{DateHow, DateLink, EventMention};
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
