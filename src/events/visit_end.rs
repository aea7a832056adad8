//! A visit told by its end in Arabic news: "اختتم الوزير، اليوم الجمعة، زيارة إلى المغرب
//! استغرقت ثلاثة أيام", "في 16 سبتمبر، وفي ختام زيارة استغرقت أربعة أيام، تجولت الوزيرة …". A
//! visit noun after a word of its end (rows of kind `visit-end`: "ختام", "اختتم") is dated by
//! its own date, which is its last day; told with its length ("استغرقت ثلاثة أيام", "دامت
//! يومين"), the visit started length − 1 days before, the day sources that tell the arrival
//! give. The Latin readings do the same for "wraps up a three-day visit"
//! ([`super::latin`]); both read the length with one rule ([`super::latin::visit_length`]).

use super::latin::{latin_trigger, visit_length};
use super::mention::{DateHow, EventMention};
use super::rules::{EventType, LEG_RULE_SUFFIX, RuleKind, TriggerRules, TriggerTense};
use super::welcome::is_form_with_proclitics;
use crate::dates::lexicon::{DateLexicon, Word};
use crate::text::Document;
use crate::text::lexmatch::words;

/// Words that may stand between a word of a visit's end and the visit noun: the subject with
/// its title and the date ("اختتم وزير شؤون الشتات الإسرائيلي نحمان شاي، اليوم الجمعة، زيارة").
const END_REACH_WORDS: usize = 12;

/// Words after a visit noun within which its length is told ("زيارة إلى المغرب استغرقت ثلاثة
/// أيام").
const LENGTH_AFTER_WORDS: usize = 7;

/// Date the Arabic visits of `out` told by their end (see the module header): a visit mention
/// whose trigger lies between an end word and the visit noun it governs, dated by its own
/// sentence, starts length − 1 days before that date when the length is told.
///
/// Told with no length, on the day a leg of its sentence is told ("في 22 يوليو، وفي ختام
/// زيارته، تجول كوخافي في ملاح مراكش"), the end is only the frame of that leg: the leg is the
/// sentence's event, and the trip's days are the other sources'.
pub fn visit_told_by_its_end_ar(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules, lexicon: &DateLexicon) {
    let text = doc.norm.text.as_str();
    let ends = &rules.words.visit_ends;
    if ends.is_empty() {
        return;
    }
    let visit_noun = |w: &std::ops::Range<usize>| {
        rules.phrases.find_in(None, text, w.clone()).iter().any(|h| {
            h.range() == *w && h.payloads.iter().any(|&r| matches!(rules.rules[r].kind, RuleKind::Event(ty, TriggerTense::Noun) if ty.family() == EventType::Visit) && !rules.rules[r].id.ends_with(LEG_RULE_SUFFIX))
        })
    };
    let is_leg = |m: &EventMention| rules.rules[m.rule].id.ends_with(LEG_RULE_SUFFIX);
    let mut frames = Vec::new();
    for i in 0..out.len() {
        let m = &out[i];
        let leg = is_leg(m);
        let own_date = m.date.is_some_and(|d| d.how == DateHow::Own);
        if m.event_type != EventType::Visit || leg || !own_date || m.planned || m.aside || m.shift != 0 || latin_trigger(text, &m.trigger) {
            continue;
        }
        let sentence_words = words(text, doc.sentences[m.sentence].range.clone());
        let end_word = |w: &std::ops::Range<usize>| ends.iter().any(|e| is_form_with_proclitics(&text[w.clone()], e));
        // The end word and the first visit noun after it, the mention's trigger between them.
        let told_by_end = sentence_words.iter().enumerate().filter(|(_, w)| end_word(w)).find_map(|(e, end)| {
            let noun = sentence_words.iter().enumerate().skip(e).take(END_REACH_WORDS + 1).find(|(_, w)| visit_noun(w))?;
            (end.start <= m.trigger.start && m.trigger.end <= noun.1.end).then_some(noun.0)
        });
        let Some(noun) = told_by_end else { continue };
        let last = (noun + LENGTH_AFTER_WORDS).min(sentence_words.len() - 1);
        let after = &text[sentence_words[noun].end..sentence_words[last].end];
        match visit_length(after, lexicon).or_else(|| length_in_one_word(after, lexicon)) {
            Some(days) => out[i].shift = 1 - days as i32,
            None if out.iter().any(|o| is_leg(o) && o.sentence == m.sentence && o.date.map(|d| d.date) == m.date.map(|d| d.date)) => frames.push(i),
            None => {}
        }
    }
    for &i in frames.iter().rev() {
        out.remove(i);
    }
}

/// A length told by one word that carries its count ("استغرقت يومين": two days), within the
/// same bounds as [`visit_length`].
fn length_in_one_word(s: &str, lexicon: &DateLexicon) -> Option<u32> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).find_map(|t| {
        lexicon.lookup(t).find_map(|e| match e.word {
            Word::CountUnit { unit: None, count, .. } if e.rest.is_empty() && count >= 2 => Some(count),
            _ => None,
        })
    })
}
