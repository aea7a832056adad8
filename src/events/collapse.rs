//! Collapsing the triggers of one family in one sentence into one event mention.

use super::mention::EventMention;
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense};

/// Several triggers of one family in one sentence ("يختتم زيارته … قبل أن يزور") report one
/// event — unless they are in different items of an enumeration, or one is told aside (each
/// trigger told aside is an event of its own, "… التي وقعها X، … التي وقعتها الحكومتان في 2020"): keep the first, with the first date any of them has and the union of the rest. Its
/// status is the verbs' when there are verbs ("وفد … سيتوجه إلى إسرائيل": the future verb, not
/// the neutral noun, says it is for later), else the nouns'.
///
/// Two visit nouns that name different visitors of their own (`visitors`: the visitor by the
/// noun's start, see `build::own_visitors`) are two visits: "تتزامن زيارة ساعر مع شروع فريج في
/// زيارته" is Sa'ar's visit and Frej's, and neither visitor is a party to the other's.
pub(super) fn collapse_same_family(out: &mut Vec<EventMention>, from: usize, rules: &TriggerRules, visitors: &[(usize, usize)]) {
    let is_verb = |m: &EventMention| !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    let visitor_of = |m: &EventMention| visitors.iter().find(|(at, _)| *at == m.trigger.start).map(|&(_, v)| v);
    let two_visitors = |a: &EventMention, b: &EventMention| matches!((visitor_of(a), visitor_of(b)), (Some(x), Some(y)) if x != y);
    let mut i = from;
    while i < out.len() {
        let mut j = i + 1;
        while j < out.len() {
            if out[j].event_type.family() == out[i].event_type.family() && out[j].item == out[i].item && !out[j].aside && !out[i].aside && !two_visitors(&out[i], &out[j]) {
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
                keep.take_names(other);
            } else {
                j += 1;
            }
        }
        i += 1;
    }
    let kept: Vec<usize> = out[from..].iter().filter_map(visitor_of).collect();
    for m in &mut out[from..] {
        let own = visitor_of(m);
        if own.is_some() {
            m.people.retain(|p| Some(*p) == own || !kept.contains(p));
        }
    }
}

/// "تباحث بوريطة هاتفيا مع لبيد", "عقد اجتماعا عبر تقنية التناظر المرئي": talks qualified as
/// held by phone or by video are a call, not a meeting. A meeting of a sentence whose trigger
/// has a call trigger at most `NEAR` words away in its clause is that call: the call keeps the
/// first date either has and the union of their names.
pub(super) fn remote_meetings(out: &mut Vec<EventMention>, from: usize, text: &str, sentence: &crate::text::segment::Sentence) {
    const NEAR: usize = 3;
    let clause_of = |at: usize| sentence.clauses.iter().position(|c| c.start <= at && at < c.end);
    let near = |a: &EventMention, b: &EventMention| {
        let (first, second) = if a.trigger.start <= b.trigger.start { (a, b) } else { (b, a) };
        clause_of(a.trigger.start) == clause_of(b.trigger.start)
            && first.trigger.end <= second.trigger.start
            && crate::text::lexmatch::words(text, first.trigger.end..second.trigger.start).len() <= NEAR
    };
    let mut i = from;
    while i < out.len() {
        let call = (from..out.len()).find(|&c| out[c].event_type == EventType::Call && out[i].event_type == EventType::Meeting && !out[c].aside && near(&out[i], &out[c]));
        match call {
            Some(c) => {
                let meeting = out.remove(i);
                let c = if c > i { c - 1 } else { c };
                let call = &mut out[c];
                if call.date.is_none() {
                    call.date = meeting.date;
                }
                call.planned |= meeting.planned;
                call.on_publication_day = call.date.is_none() && (call.on_publication_day || meeting.on_publication_day);
                call.take_names(meeting);
            }
            None => i += 1,
        }
    }
}
