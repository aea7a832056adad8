//! Collapsing the triggers of one family in one sentence into one event mention.

use super::mention::{DateHow, EventMention};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense};
use crate::text::lexmatch::WordList;

/// Several triggers of one family in one sentence ("يختتم زيارته … قبل أن يزور") report one
/// event — unless they are in different items of an enumeration, or one is told aside (each
/// trigger told aside is an event of its own, "… التي وقعها X، … التي وقعتها الحكومتان في 2020"): keep the first, with the first date any of them has and the union of the rest. Its
/// status is the verbs' when there are verbs ("وفد … سيتوجه إلى إسرائيل": the future verb, not
/// the neutral noun, says it is for later), else the nouns'.
///
/// Two visit nouns that name different visitors of their own (`visitors`: the visitor by the
/// noun's start, see `build::parties::own_visitors`) are two visits: "تتزامن زيارة ساعر مع شروع فريج في
/// زيارته" is Sa'ar's visit and Frej's, and neither visitor is a party to the other's.
///
/// A larger event the sentence's event is told on the sidelines of (`apart`: the starts of
/// their triggers, "التقى بوريطة لابيد على هامش قمة النقب") is another event too.
///
/// Triggers of different types parted by a verb with its own subject (`separated`: the starts
/// of those verbs, "افتتح غوفرين المكتب، ثم حل لابيد بالرباط") are two acts: an opening and a
/// later visit (of one type, when each has a day of its own); so are triggers of different types each dated by a day of its own, other days
/// ("وصل الأربعاء …، على أن يدشن الخميس المكتب": an arrival and the next day's opening).
///
/// Talks told in turn are two acts too: triggers on either side of a `then` word that parts
/// them (`successive`: where those words start, see
/// [`super::successive::part_successive_talks`]: "اتصالا مع X، ثم مع Y").
pub(super) fn collapse_same_family(out: &mut Vec<EventMention>, from: usize, rules: &TriggerRules, visitors: &[(usize, usize)], apart: &[usize], separated: &[usize], successive: &[usize]) {
    let in_turn = |a: &EventMention, b: &EventMention| successive.iter().any(|&t| a.trigger.start.min(b.trigger.start) < t && t <= a.trigger.start.max(b.trigger.start));
    // "بدأ لبيد الأربعاء زيارة …، على أن يدشن الخميس مكتب الاتصال": a visit and an opening
    // each told with a day of its own, other days, are two acts.
    let days_differ = |a: &EventMention, b: &EventMention| matches!((a.date, b.date), (Some(x), Some(y)) if x.how == DateHow::Own && y.how == DateHow::Own && x.date != y.date);
    let own_days_differ = |a: &EventMention, b: &EventMention| a.event_type != b.event_type && days_differ(a, b);
    // Two acts of one type are parted too when each has a day of its own ("وصل غوفرين يوم 26
    // يناير، ثم وزيرة الداخلية شاكيد حلت بالمملكة يوم 20 يونيو": two visits).
    let parted = |a: &EventMention, b: &EventMention| (a.event_type != b.event_type || days_differ(a, b)) && separated.iter().any(|&s| a.trigger.start.min(b.trigger.start) < s && s <= a.trigger.start.max(b.trigger.start));
    let is_verb = |m: &EventMention| !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    let visitor_of = |m: &EventMention| visitors.iter().find(|(at, _)| *at == m.trigger.start).map(|&(_, v)| v);
    let two_visitors = |a: &EventMention, b: &EventMention| matches!((visitor_of(a), visitor_of(b)), (Some(x), Some(y)) if x != y);
    // "Arrivé lundi …, il s'est vu rendre les honneurs militaires mardi": a leg of the visit
    // ([`super::rules::LEG_RULE_SUFFIX`]) and the visit are two events.
    let leg = |m: &EventMention| rules.rules[m.rule].tells_a_leg();
    let mut i = from;
    while i < out.len() {
        let mut j = i + 1;
        while j < out.len() {
            if out[j].event_type.family() == out[i].event_type.family() && out[j].item == out[i].item && !out[j].aside && !out[i].aside && !two_visitors(&out[i], &out[j]) && leg(&out[i]) == leg(&out[j]) && !apart.contains(&out[i].trigger.start) && !apart.contains(&out[j].trigger.start) && !parted(&out[i], &out[j]) && !own_days_differ(&out[i], &out[j]) && !in_turn(&out[i], &out[j]) {
                let other = out.remove(j);
                let (keep_verb, other_verb) = (is_verb(&out[i]), is_verb(&other));
                let keep = &mut out[i];
                // The first date any of them has, a day told of one of them before a day
                // shared from another event of the sentence: "flew to Rabat on Tuesday, and he
                // and X signed the memorandum on Wednesday" (the verb shared Tuesday, its
                // object noun took Wednesday).
                let shared_only = |m: &EventMention| m.date.is_some_and(|d| d.how == DateHow::During);
                if keep.date.is_none() || shared_only(keep) && other.date.is_some_and(|d| d.how == DateHow::Own) {
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

/// Pairs of types where a trigger of the first qualified at once by one of the second is the
/// second: talks held by phone or by video are a call ("تباحث بوريطة هاتفيا مع لبيد", "عقد
/// اجتماعا عبر تقنية التناظر المرئي"); an airline opening its flights is the flight ("دشنت
/// الشركة أولى رحلاتها المباشرة").
const QUALIFIED: [(EventType, EventType); 2] = [(EventType::Meeting, EventType::Call), (EventType::Opening, EventType::Flight)];

/// A mention whose trigger has, at most `NEAR` words away in its sentence, a trigger of the type
/// that qualifies it ([`QUALIFIED`]) is that other event: the other keeps the first date either
/// has and the union of their names.
pub(super) fn qualified_events(out: &mut Vec<EventMention>, from: usize, text: &str, rules: &TriggerRules) {
    const NEAR: usize = 3;
    const MEANS_REACH: usize = 12;
    // A few words apart, a date between them or not ("دشنت، الأحد الماضي، أولى رحلاتها").
    let near = |a: &EventMention, b: &EventMention| {
        let (first, second) = if a.trigger.start <= b.trigger.start { (a, b) } else { (b, a) };
        first.trigger.end <= second.trigger.start && crate::text::lexmatch::at_most_words(text, first.trigger.end..second.trigger.start, NEAR)
    };
    // Or told later in the sentence as the means ("تباحث الملك، أمس، مع هرتسوغ، في اتصال
    // هاتفي"): the qualifier right after في, خلال or عبر, with no other event between.
    let means = |out: &[EventMention], a: usize, q: usize| {
        let (a, q) = (&out[a], &out[q]);
        // The word may open the qualifier's own phrase: "تباحث وزير الخارجية الإسرائيلي غابي
        // أشكنازي عبر الهاتف، الاثنين، مع نظيره", a subject with its title between; or be the
        // whole phrase, an adverb ("تباحث الوزير، أمس الثلاثاء، هاتفيا مع نظيره").
        let means_word = |w: &str| rules.words.talks_means.has(w);
        let introduced = text[..q.trigger.start].trim_end().rsplit(' ').next().is_some_and(means_word) || text[q.trigger.clone()].split(' ').next().is_some_and(means_word);
        // Or the object of the opening verb, past its subject and date ("دشنت شركة الخطوط
        // الملكية المغربية، أمس الأحد، أول رحلة مباشرة").
        let opened = a.event_type == EventType::Opening && !matches!(rules.rules[a.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
        (introduced || opened)
            && a.trigger.end <= q.trigger.start
            && crate::text::lexmatch::at_most_words(text, a.trigger.end..q.trigger.start, MEANS_REACH)
            && !out[from..].iter().any(|m| m.trigger.start > a.trigger.end && m.trigger.end <= q.trigger.start)
    };
    let mut i = from;
    while i < out.len() {
        let qualifier = QUALIFIED.iter().find(|(ty, _)| out[i].event_type == *ty).map(|&(_, q)| q);
        let other = qualifier.and_then(|q| (from..out.len()).find(|&c| out[c].event_type == q && !out[c].aside && (near(&out[i], &out[c]) || means(out, i, c))));
        match other {
            Some(c) => {
                let planned = out[i].planned;
                out[c].planned |= planned;
                fold_into(out, i, c);
            }
            None => i += 1,
        }
    }
}

/// "وقع المغرب وإسرائيل، اليوم عبر تقنية التناظر المرئي، مذكرة تفاهم": a call told as the means
/// of an agreement of its sentence (its trigger opened by a `medium` word, or right after one)
/// is how the agreement was signed, not a call of its own; the agreement keeps the first date
/// either has and the union of their names.
pub(super) fn signed_by_video(out: &mut Vec<EventMention>, from: usize, text: &str, media: &[String]) {
    let told_as_means = |m: &EventMention| {
        let first = text[m.trigger.clone()].split(' ').next().unwrap_or("");
        let before = text[..m.trigger.start].trim_end().rsplit(' ').next().unwrap_or("");
        media.has(first) || media.has(before)
    };
    let mut i = from;
    while i < out.len() {
        let agreement = (from..out.len()).find(|&a| a != i && out[a].event_type == EventType::Agreement && out[a].sentence == out[i].sentence && !out[a].aside);
        match agreement.filter(|_| out[i].event_type == EventType::Call && !out[i].aside && told_as_means(&out[i])) {
            Some(a) => fold_into(out, i, a),
            None => i += 1,
        }
    }
}

/// Fold mention `i` of `out` into mention `into`, as a part of the event `into` tells: `into`
/// keeps its date, else takes `i`'s (and with it whether it falls on the publication day), and
/// the union of their names; `i` leaves `out`.
fn fold_into(out: &mut Vec<EventMention>, i: usize, into: usize) {
    let part = out.remove(i);
    let whole = &mut out[if into > i { into - 1 } else { into }];
    if whole.date.is_none() {
        whole.date = part.date;
    }
    whole.on_publication_day = whole.date.is_none() && (whole.on_publication_day || part.on_publication_day);
    whole.take_names(part);
}
