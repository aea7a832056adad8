//! Whether a Latin-script event is news, a plan or a back-reference: an event noun after a
//! sequel word is told aside ("depuis l'accord", "after the signing"), a present verb dated by
//! a bare weekday points ahead, a programme line tells what is planned, a plan marker told
//! after a past verb is the next clause's.

use std::ops::Range;

use super::{Refine, is_body, DETERMINERS};

use crate::text::clause::LATIN_CLAUSE_MARKS;
use crate::text::lexmatch::{Covers, WordList};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;
use crate::events::mention::{DateHow, DateLink, EventMention};
use crate::events::rules::{EventType, RuleKind, TriggerTense};

/// "depuis l'accord tripartite", "après la signature du mémorandum": an event noun after a
/// sequel word (data rows of kind `sequel`) and a determiner is a time reference, told aside.
pub(super) fn told_after_a_sequel(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        if m.aside || !cx.latin(m) || m.trigger.start < 2 {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let before = sentence.start..m.trigger.start;
        let hits = rules.phrases.find_in(None, text, before.clone());
        let sequel = hits.iter().filter(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Sequel)).map(|h| h.range()).max_by_key(|r| r.end);
        let Some(sequel) = sequel else { continue };
        let between = crate::text::lexmatch::words(text, sequel.end..m.trigger.start);
        let only_a_determiner = between.len() <= 1 && between.iter().all(|w| DETERMINERS.has(&text[w.clone()]));
        // "before signing three agreements": a gerund with nothing between is the subject's
        // own next act, not the noun of an event (see `scan::tells_the_next_act`).
        if only_a_determiner && !crate::events::scan::tells_the_next_act(text, sentence.start, &sequel, &m.trigger, m.event_type.family(), &rules.words) {
            m.aside = true;
        }
    }
}


/// "Govrin, who has led the mission since arriving in January", "since he arrived in Rabat in
/// 2021", « qui dirige la mission depuis son arrivée en janvier », « depuis qu'il est arrivé »:
/// an event told right after "since" (word list `since`), with at most its subject or a
/// possessive between (word list `since-subject`; articles are not among them: "depuis
/// l'accord de décembre" is a reminder of an event the article may report, which
/// `told_after_a_sequel` tells aside), is when a state began, background to the news, not an event of the
/// timeline: the mention is dropped, so it neither makes a row of its month nor dates one.
/// "depuis lundi soir une visite" (a date after "since") and "since the signing" (an article)
/// are left to the rules of dates and of reminders.
pub(super) fn since_clause_is_background(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let since = &rules.words.since;
    if since.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    out.retain(|m| {
        if !cx.latin(m) || m.planned {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let mut before = crate::text::lexmatch::word_iter(text, sentence.start..m.trigger.start).rev();
        for _ in 0..=2 {
            let Some(w) = before.next() else { return true };
            let word = &text[w];
            if since.iter().any(|s| s.eq_ignore_ascii_case(word)) {
                return false;
            }
            if !rules.words.since_subjects.iter().any(|s| s.eq_ignore_ascii_case(word)) {
                return true;
            }
        }
        true
    });
}

/// Bytes after an event noun told aside within which a noun of its family is its object ("la
/// signature d'un mémorandum d'entente", "signing a health cooperation memorandum").
const ASIDE_OBJECT_REACH: usize = 40;

/// "met … on Tuesday, a day after signing a memorandum", "a rencontré mardi …, au lendemain de
/// la signature d'un mémorandum": an event told aside after a sequel word happened another day
/// than the date told before that word, whether read as its own or shared from the main event;
/// so did the noun of its family that follows it as its object. A date the sentence's
/// statement gives it is no date told before the sequel word: "announced on Thursday that …,
/// after a phone call with the King" reports the call with what it announces, on its day (the
/// only aside a statement dates, see `call_just_before` in `build`).
pub(super) fn sequel_parts_the_date(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let parted = |m: &EventMention| {
        let Some(date) = m.date.filter(|d| d.how != DateHow::Reported).and_then(|d| dates.get(d.date)) else { return false };
        let told_before = date.range.end <= m.trigger.start && date.range.start >= doc.sentences[m.sentence].range.start;
        told_before && rules.phrases.find_in(None, text, date.range.end..m.trigger.start).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Sequel))
    };
    let asides: Vec<(usize, EventType, usize)> = out.iter().filter(|m| m.aside && cx.latin(m)).map(|m| (m.sentence, m.event_type.family(), m.trigger.end)).collect();
    for m in out.iter_mut().filter(|m| cx.latin(m)) {
        let object = asides.iter().any(|&(si, family, end)| si == m.sentence && family == m.event_type.family() && m.trigger.start >= end && m.trigger.start - end <= ASIDE_OBJECT_REACH);
        if (m.aside || object) && parted(m) {
            m.date = None;
        }
    }
}


/// "The Israeli minister arrived in Rabat on Sunday and is scheduled to meet …": a past verb
/// is what happened; a plan marker told only after it, in its sentence, is the next clause's
/// (a marker before it, "is expected to sign … he arrived", still governs, unless a
/// word of the list `plan-cut` parts them: "would neither confirm nor deny that Lapid met …"
/// reports a meeting that happened, and "will work together, following the memoranda signed
/// on Tuesday" a signing of the last Tuesday).
///
/// So with an act told by its noun and a bare participle of its family after it, dated right
/// after the participle by a date that has passed ("under the agreement signed last month", «
/// après l'accord de coopération signé le mois dernier à Rabat »): the participle tells an act
/// done, whatever the tense of the verb the sentence hangs it on.
pub(super) fn past_told_before_a_plan(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, dates, article_dates, published, .. } = *cx;
    let text = doc.norm.text.as_str();
    let done_by_its_participle = |m: &EventMention| {
        let Some(link) = m.date.filter(|d| d.how == DateHow::Own) else { return false };
        let (Some(date), Some(Some(value)), Some(published)) = (dates.get(link.date), article_dates.resolved.get(link.date).map(|r| r.map(|r| r.value)), published) else { return false };
        let between = m.trigger.end..date.range.start;
        date.range.start >= m.trigger.end
            && value.start < published
            && !value.holds(published)
            && crate::text::lexmatch::at_most_words(text, between.clone(), PARTICIPLE_NOUN_TO_DATE_WORDS)
            && rules.phrases.find_in(None, text, between).iter().any(|h| {
                !text[h.start..h.end].contains(' ') && h.payloads.iter().any(|&r| matches!(rules.rules[r].kind, RuleKind::Event(ty, TriggerTense::Past) if ty.family() == m.event_type.family()))
            })
    };
    for m in out.iter_mut() {
        if !m.planned || !cx.latin(m) {
            continue;
        }
        if done_by_its_participle(m) {
            m.planned = false;
            continue;
        }
        if !cx.is_past(m) {
            continue;
        }
        let sentence_start = doc.sentences[m.sentence].range.start;
        let clause_start = crate::text::lexmatch::words(text, sentence_start..m.trigger.start).into_iter().rev().find(|w| rules.words.plan_cuts.has(&text[w.clone()])).map_or(sentence_start, |w| w.end);
        let before = clause_start..m.trigger.start;
        let marker_before = rules.phrases.find_in(None, text, before).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Planned));
        if !marker_before {
            m.planned = false;
        }
    }
}

/// The most words from an act's noun to the date of the participle after it: adjectives of the
/// noun, the participle, the date's preposition (« l'accord de coopération économique signé le
/// mois dernier »).
const PARTICIPLE_NOUN_TO_DATE_WORDS: usize = 5;

/// "Foreign Minister Yair Lapid lands in Rabat on Wednesday", "Yaïr Lapid arrive mercredi à
/// Rabat", written on Tuesday: a body sentence tells a past event in the past, so a present
/// verb dated by a bare weekday its clause gives no tense to is the coming one (the day itself
/// when written that day); the event is announced. A headline is read the way the body reads
/// the same weekday for an event of the same family (headlines use the present for both).
/// Written on that very weekday ("lands in Rabat on Tuesday" published on a Tuesday), the
/// present is a report of the day: the event happens as the article goes out, and is told
/// as done, not announced. A headline's weekday is the coming one too when the body announces
/// an event of its family for a coming day of that weekday ("Israir annonce un atterrissage
/// dimanche" over "décollera dimanche 25 juillet").
pub(super) fn present_points_ahead(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, published, rules, lexicon, .. } = *cx;
    let today = published.map(|d| chrono::Datelike::weekday(&d));
    // The weekday a mention's date is, told bare (no direction, no tense, not a date line's);
    // `own`: the date nearest its trigger only (a headline's may be its statement's: "Israir
    // annonce un atterrissage dimanche").
    let weekday_of = |m: &EventMention, own: bool| {
        let d = m.date.filter(|d| !own || d.how == DateHow::Own).and_then(|d| dates.get(d.date))?;
        match d.expr.kind {
            ExprKind::Weekday { weekday, offset: None } if d.expr.tense.is_none() && d.dateline.is_none() && Some(weekday) != today => Some(weekday),
            _ => None,
        }
    };
    let bare_weekday = |m: &EventMention| weekday_of(m, true);
    // A present form after a determiner is the noun it spells ("une visite de deux jours"),
    // after an auxiliary a participle written without its accent ("est arrive mardi"). The
    // auxiliaries are the date words' (rows of kind `auxiliary`), which the date finder reads
    // the same way: the participle after one is the main verb.
    let text = doc.norm.text.as_str();
    let auxiliary = |w: &str| lexicon.lookup(w).any(|e| e.word == Word::Auxiliary);
    let after_determiner = |m: &EventMention| text[..m.trigger.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| DETERMINERS.has(w) || auxiliary(w));
    let present = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Present)) && !after_determiner(m);
    let mut ahead = Vec::new();
    // "became on Sunday the first carrier to operate", « est devenu dimanche le premier … à se
    // rendre »: an infinitive a rank makes the act the subject did is of the main verb's time.
    let ranked = |m: &EventMention| told_by_a_rank(text, doc.sentences[m.sentence].range.start, m.trigger.start, &rules.words);
    for m in out.iter_mut().filter(|m| cx.latin(m) && !m.planned && !m.aside && present(m) && is_body(doc, m.sentence) && !ranked(m)) {
        if let Some(day) = bare_weekday(m) {
            m.planned = true;
            ahead.push((m.event_type.family(), day));
        }
    }
    // "Israir annonce un atterrissage dimanche" over "décollera dimanche 25 juillet": the body
    // announces an event of the family for a coming day of that weekday; the headline's
    // weekday is that day, not the one just past.
    let Refine { article_dates, .. } = *cx;
    for m in out.iter().filter(|m| cx.latin(m) && m.planned && !m.aside && is_body(doc, m.sentence)) {
        let day = m.date.and_then(|d| article_dates.resolved.get(d.date).copied().flatten()).filter(|r| r.value.grain == crate::dates::value::Grain::Day).map(|r| r.value.start);
        if let (Some(day), Some(published)) = (day, published)
            && day > published
        {
            ahead.push((m.event_type.family(), chrono::Datelike::weekday(&day)));
        }
    }
    for m in out.iter_mut().filter(|m| cx.latin(m) && !m.planned && !m.aside && !is_body(doc, m.sentence)) {
        if weekday_of(m, false).is_some_and(|day| ahead.contains(&(m.event_type.family(), day))) {
            m.planned = true;
        }
    }
}

/// "Monday: talks with Industry and Trade Minister Ryad Mezzour", "Mardi : entretien avec …",
/// under "arrives in Rabat on Sunday for a three-day visit": a line of a visit's programme (it
/// opens with a bare weekday and a colon, and tells its events by their nouns) in an article
/// that announces a visit tells what is planned for the coming weekday, not what happened on
/// the last one.
pub(super) fn programme_lines_point_ahead(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, dates, rules, .. } = *cx;
    if !out.iter().any(|v| v.event_type == EventType::Visit && v.planned && !v.aside && cx.latin(v)) {
        return;
    }
    let text = doc.norm.text.as_str();
    let noun = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    for m in out.iter_mut().filter(|m| cx.latin(m) && !m.planned && !m.aside && noun(m)) {
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = sentence.end - text[sentence.clone()].trim_start().len();
        let Some(k) = m.date.filter(|d| d.how == DateHow::Own).map(|d| d.date) else { continue };
        let Some(d) = dates.get(k).filter(|d| d.range.start == start && d.dateline.is_none()) else { continue };
        let bare_weekday = matches!(d.expr.kind, ExprKind::Weekday { offset: None, .. }) && d.expr.tense.is_none();
        if bare_weekday && text[d.range.end..sentence.end].trim_start().starts_with(':') {
            m.planned = true;
        }
    }
}

/// "sa première visite depuis l'accord conclu en décembre 2020": a date an event told aside has
/// is its own, not the sentence's; the event of the sentence that shared it gives it back.
pub(super) fn aside_keeps_its_date(out: &mut [EventMention], cx: &Refine) {
    for i in 0..out.len() {
        let m = &out[i];
        let borrowed = m.date.is_some_and(|d| d.how != DateHow::Own);
        if borrowed && cx.latin(m) && !m.aside && out.iter().any(|a| a.aside && a.sentence == m.sentence && a.date.map(|d| d.date) == m.date.map(|d| d.date)) {
            out[i].date = None;
        }
    }
}

/// A planned visit keeps no date shared from an event during it; "l'accord tripartite conclu en
/// décembre 2020", told aside with a month or a year and no day, is a reminder, not the
/// article's news, and keeps no date of its own.
pub(super) fn reminders_keep_no_date(out: &mut [EventMention], cx: &Refine) {
    for m in out.iter_mut().filter(|m| cx.latin(m)) {
        if m.planned && m.event_type == EventType::Visit && m.date.is_some_and(|d| d.how == DateHow::During) {
            m.date = None;
        }
        let month_or_year = m.date.and_then(|d| cx.dates.get(d.date)).is_some_and(|d| matches!(d.expr.kind, ExprKind::Calendar(c) if c.year.is_some() && c.day.is_none()));
        if m.aside && month_or_year {
            m.date = None;
        }
    }
}

/// "Israeli economy minister to travel to Morocco on Sunday", "Bourita to visit Israel next
/// month": an English headline tells what is to come by "to" and the bare verb (the body
/// would write "will travel"); a present trigger of a headline after "to" is planned, so its
/// weekday is the coming one. ("went on to meet" is a body's narrative.)
pub(super) fn headline_infinitive_points_ahead(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let present = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Present));
    for m in out.iter_mut().filter(|m| cx.latin(m) && !m.planned && !m.aside && !is_body(doc, m.sentence)) {
        let sentence_start = doc.sentences[m.sentence].range.start;
        let word_before = text[sentence_start..m.trigger.start].split_whitespace().next_back();
        if present(m) && word_before == Some("to") && !told_by_a_rank(text, sentence_start, m.trigger.start, &rules.words) {
            m.planned = true;
        }
    }
}

/// Words a rank word may stand before the word opening the infinitive it ranks: the noun and
/// its modifiers ("the first Israeli foreign minister to", « la première compagnie aérienne
/// israélienne à »).
const RANK_NOUN_WORDS: usize = 5;

/// "Israir became on Sunday the first carrier to operate a flight", "the only Israeli minister
/// to travel to Rabat this year", « le premier chef de la diplomatie israélienne à se rendre au
/// Maroc », « la seule compagnie à relier »: an act told by the infinitive after a rank (a word
/// of list `first-to` after a determiner or a possessive, then at most [`RANK_NOUN_WORDS`]
/// words of the noun it ranks, then a word of list `invited-to` opening the infinitive, "to",
/// « à », with no clause mark between) is what the one ranked did, or will do: its time is the
/// main verb's ("became", "will become"), not a plan of its own, and its bare weekday is the
/// main verb's. "He flew to Rabat to meet" (no rank), "the first to" with no determiner (the
/// adverb: "he first went to Rabat to meet") and a rank with the opener's word between ("the
/// first day, he went to Rabat to meet") are left as they were.
pub(super) fn told_by_a_rank(text: &str, sentence_start: usize, trigger_start: usize, lists: &crate::events::rules::WordLists) -> bool {
    let lower = |w: &Range<usize>| text[w.clone()].to_lowercase();
    let mut before = crate::text::lexmatch::word_iter(text, sentence_start..trigger_start).rev();
    let Some(opener) = before.next() else { return false };
    if !lists.invited_to.has(&lower(&opener)) {
        return false;
    }
    let Some(rank) = before.by_ref().take(RANK_NOUN_WORDS + 1).find(|w| lists.first_to.has(&lower(w))) else { return false };
    if text[rank.end..opener.start].contains(LATIN_CLAUSE_MARKS) || text[rank.end..opener.start].split_whitespace().any(|w| w.eq_ignore_ascii_case(&text[opener.clone()])) {
        return false;
    }
    // The determiner or possessive before the rank ("the", « le », "Israel's", « sa »).
    before.next().is_some_and(|w| {
        let w = lower(&w);
        DETERMINERS.has(w.as_str()) || w.ends_with("'s") || w.ends_with("’s")
    })
}

/// The end of the id of a denial row that tells a report denied ("denied reports that", "a
/// démenti les informations").
const DENIED_REPORT_RULE_SUFFIX: &str = "-denied-report";

/// Words between a denial of a report and the event the report told within which the event is
/// the one denied, however the sentence is punctuated ("a démenti « catégoriquement », lundi,
/// les informations de presse selon lesquelles X aurait rencontré …": 11 words).
const DENIED_REPORT_REACH_WORDS: usize = 14;

/// "Morocco's Foreign Ministry on Monday denied a Channel 13 report claiming that Bourita had
/// secretly met …", "a démenti « catégoriquement », lundi, les informations de presse selon
/// lesquelles Bourita aurait rencontré …": the first event told after the denial of a report,
/// in its sentence, is what the report said; it is none of the timeline's. The scan drops it
/// when it follows the denial closely with no clause break; a source named, an adverb in
/// commas or quotation marks put it further.
pub(super) fn denied_report_told_at_length(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut denied: Vec<usize> = Vec::new();
    for si in out.iter().filter(|m| cx.latin(m)).map(|m| m.sentence).collect::<std::collections::BTreeSet<_>>() {
        let sentence = doc.sentences[si].range.clone();
        let hits = rules.phrases.find_in(None, text, sentence.clone());
        let markers = hits.iter().filter(|h| h.payloads.iter().any(|&r| matches!(rules.rules[r].kind, RuleKind::Denial(_)) && rules.rules[r].id.ends_with(DENIED_REPORT_RULE_SUFFIX)));
        for marker in markers {
            let end = marker.range().end;
            let next = out.iter().enumerate().filter(|(_, m)| m.sentence == si && m.trigger.start >= end && cx.latin(m)).min_by_key(|(_, m)| m.trigger.start);
            let Some((i, m)) = next else { continue };
            let between = &text[end..m.trigger.start];
            if !between.contains(';') && crate::text::lexmatch::words(text, end..m.trigger.start).len() <= DENIED_REPORT_REACH_WORDS {
                denied.push(i);
            }
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !denied.contains(&(k - 1))
    });
}

/// The first clause break in `from..end`, or `end`: where the clause `from` stands in stops.
pub(super) fn next_clause_break(text: &str, from: usize, end: usize) -> usize {
    text[from..end].find(LATIN_CLAUSE_MARKS).map_or(end, |k| from + k)
}

/// Just past the last clause break in `start..to`, or `start`: where the clause `to` stands in
/// begins.
pub(super) fn clause_start_before(text: &str, start: usize, to: usize) -> usize {
    text[start..to].rfind(LATIN_CLAUSE_MARKS).map_or(start, |k| start + k + 1)
}

/// Where the clause running from `from` ends: the next clause break not followed by a
/// relative pronoun (that carries the clause on), or `end`.
fn clause_end(text: &str, from: usize, end: usize, relatives: &[String]) -> usize {
    let mut at = from;
    while let Some(k) = text[at..end].find(LATIN_CLAUSE_MARKS) {
        let brk = at + k;
        let next = crate::text::lexmatch::word_iter(text, brk + 1..end).next();
        let relative = text[brk..].starts_with(',') && next.as_ref().is_some_and(|w| relatives.has(&text[w.clone()]));
        if !relative {
            return brk;
        }
        at = brk + 1;
    }
    end
}

/// "Unlike the embassy he opened in Abu Dhabi in June, the Rabat mission remains a liaison
/// office", "Contrairement au consulat inauguré à Manama au printemps, le bureau de Rabat …",
/// "à la différence de la visite qu'il avait faite au Caire": an event told after a contrast
/// word (word list `contrast`), up to the next clause break, is what the news is set against —
/// another country's act, or an earlier one — not the two sides' event. The build told the
/// sentence's events of one family as one mention, at its first trigger: when the sentence
/// tells the family again outside the contrast ("…, Israel opened a liaison office in Rabat on
/// Monday"), the mention moves there and leaves the contrast's names and date; else it is
/// dropped.
pub(super) fn contrast_is_another_act(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let contrasts = &rules.words.contrasts;
    if contrasts.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
    for si in out.iter().filter(|m| cx.latin(m)).map(|m| m.sentence).collect::<std::collections::BTreeSet<_>>() {
        let sentence = doc.sentences[si].range.clone();
        for c in super::phrases_in(text, sentence.clone(), contrasts) {
            spans.push((si, c.end..clause_end(text, c.end, sentence.end, &rules.words.clause_relatives)));
        }
    }
    if spans.is_empty() {
        return;
    }
    out.retain_mut(|m| {
        let Some(span) = spans.iter().find(|(si, s)| *si == m.sentence && s.covers(&m.trigger)).map(|(_, s)| s.clone()) else { return true };
        if !cx.latin(m) {
            return true;
        }
        let outside = |r: &Range<usize>| !spans.iter().any(|(si, s)| *si == m.sentence && s.covers(r));
        match other_trigger(m, cx, outside) {
            Some((rule, trigger)) => {
                m.rule = rule;
                m.trigger = trigger;
                leave_the_span(m, cx, &span);
                true
            }
            None => false,
        }
    });
}

/// Another trigger of `m`'s family in its sentence that `keep` accepts, with its rule: where
/// the event the build told once at its first trigger is told again.
pub(super) fn other_trigger(m: &EventMention, cx: &Refine, keep: impl Fn(&Range<usize>) -> bool) -> Option<(usize, Range<usize>)> {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let family = m.event_type.family();
    let of_family = |payloads: &[usize]| payloads.iter().any(|&k| matches!(rules.rules[k].kind, RuleKind::Event(ty, _) if ty.family() == family));
    let sentence = doc.sentences[m.sentence].range.clone();
    let hits = rules.phrases.find_filtered_in(None, text, sentence, of_family);
    hits.iter().filter(|h| h.range() != m.trigger && keep(&h.range())).find_map(|h| h.payloads.iter().copied().find(|&k| matches!(rules.rules[k].kind, RuleKind::Event(ty, _) if ty.family() == family)).map(|k| (k, h.range())))
}

/// Take from `m` what only `span` of its sentence told: the people, organisations and places
/// named there alone, and a date written there (the sentence's nearest other date, not a date
/// line's, takes its place).
fn leave_the_span(m: &mut EventMention, cx: &Refine, span: &Range<usize>) {
    let Refine { doc, found, dates, .. } = *cx;
    let sentence = doc.sentences[m.sentence].range.clone();
    let named_outside = |p: usize| found.entities.iter().any(|e| e.entity == p && sentence.covers(&e.range) && !span.covers(&e.range));
    m.people.retain(|&p| named_outside(p));
    m.organisations.retain(|&p| named_outside(p));
    m.places.retain(|&p| named_outside(p));
    let inside = |d: &crate::dates::DateMention| span.covers(&d.range);
    if m.date.and_then(|d| dates.get(d.date)).is_some_and(inside) {
        let trigger = m.trigger.clone();
        let nearest = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.dateline.is_none() && !inside(d) && sentence.covers(&d.range))
            .min_by_key(|(_, d)| d.range.start.abs_diff(trigger.end).min(d.range.end.abs_diff(trigger.start)))
            .map(|(k, _)| DateLink { date: k, how: DateHow::Own });
        m.date = nearest;
    }
}

/// "Israeli tourists have started to arrive on direct flights", "tourists now fly in directly",
/// "des vols directs relient désormais Tel-Aviv à Marrakech": a flight told in the present or
/// by a noun, in a clause with a word of habit (word list `habitual`), is a service that runs,
/// not the flight of a day; it is dropped (a planned one, "will now fly", is kept).
pub(super) fn habitual_flight_is_none(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let habituals = &rules.words.habituals;
    if habituals.is_empty() || !out.iter().any(|m| m.event_type == EventType::Flight) {
        return;
    }
    let text = doc.norm.text.as_str();
    let ongoing = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Present | TriggerTense::Noun));
    out.retain(|m| {
        if m.event_type != EventType::Flight || !cx.latin(m) || m.planned || !ongoing(m) {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = clause_start_before(text, sentence.start, m.trigger.start);
        let end = next_clause_break(text, m.trigger.end, sentence.end);
        super::phrases_in(text, start..end, habituals).next().is_none()
    });
}

/// The end of the id of a trigger row of a visit told by a participle of waiting ("est
/// attendu à", "expected in", "attendue à Rabat jeudi" in a headline).
const EXPECTED_RULE_SUFFIXES: &[&str] = &["-expected", "-expected-headline"];

/// "Le vol tant attendu au Maroc s'est posé dimanche", "as expected in Rabat, the ministers
/// signed": a participle of waiting after a word of degree is an adjective or a comparison,
/// not a visit announced. The sentence's other trigger of the family ("a atterri"), which the
/// build told as the same mention, becomes the mention's, with its tense; with none the mention
/// is dropped.
pub(super) fn awaited_as_an_adjective(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    out.retain_mut(|m| {
        if m.event_type != EventType::Visit || !cx.latin(m) || !EXPECTED_RULE_SUFFIXES.iter().any(|s| rules.rules[m.rule].id.ends_with(s)) {
            return true;
        }
        let sentence_start = doc.sentences[m.sentence].range.start;
        let word_before = crate::text::lexmatch::word_iter(text, sentence_start..m.trigger.start).next_back();
        if !word_before.is_some_and(|w| rules.words.degrees.has(&text[w.clone()])) {
            return true;
        }
        let adjective = m.trigger.clone();
        match other_trigger(m, cx, |r| r.start >= adjective.end || r.end <= adjective.start) {
            Some((rule, trigger)) => {
                m.planned = matches!(rules.rules[rule].kind, RuleKind::Event(_, TriggerTense::Future));
                m.rule = rule;
                m.trigger = trigger;
                true
            }
            None => false,
        }
    });
}

/// "… with elections expected in the autumn", « le rapport est attendu en septembre »: a
/// participle of waiting whose preposition opens a time (a date expression starting inside the
/// trigger or right after it, an article at most between them), with no place named after it
/// in its clause, awaits a time, not a visitor in a place; the mention is dropped. "The
/// minister is expected in March in Rabat" names its place and stays.
pub(super) fn awaited_time_is_no_visit(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, found, dates, rules, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    out.retain(|m| {
        if m.event_type != EventType::Visit || !cx.latin(m) || !EXPECTED_RULE_SUFFIXES.iter().any(|s| rules.rules[m.rule].id.ends_with(s)) {
            return true;
        }
        let sentence = &doc.sentences[m.sentence].range;
        let opens_a_time = dates.iter().any(|d| {
            d.range.start >= m.trigger.start && d.range.start <= m.trigger.end + 1
                || d.range.start > m.trigger.end && crate::text::lexmatch::word_iter(text, m.trigger.end..d.range.start).all(|w| DETERMINERS.has(&text[w]))
        });
        if !opens_a_time {
            return true;
        }
        let clause_end = next_clause_break(text, m.trigger.end, sentence.end);
        found.starting_in(&(m.trigger.end..clause_end)).iter().any(|e| g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Place)
    });
}

/// The end of the id of a trigger row of presence beside one's counterparts ("alongside his
/// counterparts", "aux côtés de ses homologues").
const ALONGSIDE_RULE_SUFFIX: &str = "-alongside";

/// "… later joined his counterparts from the US, the UAE, Bahrain and Egypt at Sde Boker":
/// presence beside counterparts told by their countries names no one met; the meeting is the
/// gathering's, told elsewhere. The presence is kept when it names the counterparts after its
/// trigger, and dropped otherwise (the people an earlier sentence named would be taken for
/// the other side).
pub(super) fn alongside_names_the_met(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    out.retain(|m| {
        if !cx.latin(m) || !rules.rules[m.rule].id.ends_with(ALONGSIDE_RULE_SUFFIX) {
            return true;
        }
        let sentence_end = doc.sentences[m.sentence].range.end;
        found.entities.iter().any(|e| e.range.start >= m.trigger.end && e.range.end <= sentence_end && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person)
    });
}

/// Words before a visit's trigger within which its subject is one of the travellers ("Israeli
/// tourists have started to arrive", "une centaine de passagers attendus à").
const TRAVELLER_BEFORE_WORDS: usize = 4;

/// Words after a visit's trigger within which its object is one of the travellers ("the
/// arrival of tens of thousands of tourists", "l'arrivée de dizaines de milliers de touristes").
const TRAVELLER_AFTER_WORDS: usize = 7;

/// Words before a visit's trigger within which a count of its visitors stands ("around 50,000
/// Israelis are expected to visit", "thousands of Israelis will visit"): one more than for a
/// traveller word, for the people the count counts stand between.
const COUNT_BEFORE_WORDS: usize = TRAVELLER_BEFORE_WORDS + 1;

/// Whether the word `w` of `text` is a count written in figures with thousands grouped
/// ("50,000", "70 000", "200.000"): the whole run of digits and group marks around it is one
/// to three digits, then groups of three. A year ("2021"), a day ("25.07.2021") or a small
/// number is no such count.
pub(crate) fn is_count_in_figures(text: &str, w: &Range<usize>) -> bool {
    let grouping = |c: char| matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}');
    let part = |c: char| c.is_ascii_digit() || grouping(c);
    if !text[w.clone()].chars().any(|c| c.is_ascii_digit()) || !text[w.clone()].chars().all(part) {
        return false;
    }
    let start = text[..w.start].char_indices().rev().take_while(|&(_, c)| part(c)).last().map_or(w.start, |(k, _)| k);
    let end = text[w.end..].char_indices().find(|&(_, c)| !part(c)).map_or(text.len(), |(k, _)| w.end + k);
    let run = text[start..end].trim_matches(grouping);
    let mut groups = run.split(grouping);
    let Some(first) = groups.next() else { return false };
    let rest: Vec<&str> = groups.collect();
    (1..=3).contains(&first.len()) && !rest.is_empty() && rest.iter().all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Words before a meeting's trigger within which a verb of agreeing makes it what was agreed
/// ("agreed to meet", "ont convenu de se rencontrer").
const AGREED_BEFORE_WORDS: usize = 3;

/// "The two ministers agreed to meet soon", « ils ont convenu de se rencontrer
/// prochainement »: talks, a call or a visit the two sides agree to hold, with no day of their
/// own, are a wish told at the end of other talks, not an event of the timeline: left as a
/// planned mention they join the two sides' last talks or take the day of the call they end.
/// Agreed for a day the sentence gives ("agreed to meet again in Rabat next month") they stay
/// planned. The verbs of agreeing are the word list `agreed`.
pub(super) fn agreed_to_meet_is_a_wish(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let agreed = &rules.words.agreed;
    if agreed.is_empty() || !out.iter().any(|m| m.planned && m.date.is_none()) {
        return;
    }
    let text = doc.norm.text.as_str();
    out.retain(|m| {
        if !m.planned || m.date.is_some() || !matches!(m.event_type.family(), EventType::Meeting | EventType::Call | EventType::Visit) || !cx.latin(m) {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = clause_start_before(text, sentence.start, m.trigger.start);
        !crate::text::lexmatch::word_iter(text, start..m.trigger.start).rev().take(AGREED_BEFORE_WORDS).any(|w| agreed.has(&text[w.clone()]))
    });
}

/// "Hoteliers expect the arrival of tens of thousands of Israeli tourists by the end of the
/// year", "une centaine de passagers attendus à l'aéroport": an arrival or a visit whose
/// subject or object, in its clause, is a word of people who travel in numbers (word list
/// `traveller`: tourists, passengers, pilgrims, thousands; or a count in figures, "50,000
/// Israelis") is tourism, not a visit; it is dropped, so it
/// neither makes a row nor dates a visit the page tells undated. A person named between them
/// ("the minister and the tourists of the first flight") keeps it. So is a meeting verb whose
/// object is travellers ("expects to welcome 200,000 tourists"): a reception of them, no meeting.
pub(super) fn tourism_is_no_visit(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, found, rules, g, .. } = *cx;
    let travellers = &rules.words.travellers;
    let reception = |m: &EventMention| m.event_type == EventType::Meeting;
    if travellers.is_empty() || !out.iter().any(|m| m.event_type == EventType::Visit || reception(m)) {
        return;
    }
    let text = doc.norm.text.as_str();
    let triggers: Vec<(usize, Range<usize>)> = out.iter().map(|m| (m.sentence, m.trigger.clone())).collect();
    out.retain(|m| {
        if (m.event_type != EventType::Visit && !reception(m)) || !cx.latin(m) {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = clause_start_before(text, sentence.start, m.trigger.start);
        let end = next_clause_break(text, m.trigger.end, sentence.end);
        let traveller = |w: &Range<usize>| travellers.has(&text[w.clone()]);
        if reception(m) {
            // A meeting verb whose object is travellers counted ("expects to welcome 200,000
            // Israeli tourists", « accueillir des milliers de visiteurs ») is tourism hoped
            // for, no meeting; travellers before it are its subject, who may meet someone.
            let Some(w) = crate::text::lexmatch::word_iter(text, m.trigger.end..end).take(TRAVELLER_AFTER_WORDS).find(traveller) else { return true };
            let between = m.trigger.end..w.start;
            return found.entities.iter().any(|e| between.covers(&e.range) && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person) || triggers.iter().any(|(si, t)| *si == m.sentence && between.covers(t));
        }
        // A count of the visitors in figures is people who travel in numbers too ("around
        // 50,000 Israelis are expected to visit Morocco"), a little further back.
        let count = |w: &Range<usize>| is_count_in_figures(text, w);
        let before = crate::text::lexmatch::word_iter(text, start..m.trigger.start).rev().take(TRAVELLER_BEFORE_WORDS).find(traveller)
            .or_else(|| crate::text::lexmatch::word_iter(text, start..m.trigger.start).rev().take(COUNT_BEFORE_WORDS).find(count));
        let after = || crate::text::lexmatch::word_iter(text, m.trigger.end..end).take(TRAVELLER_AFTER_WORDS).find(traveller);
        let Some(w) = before.or_else(after) else { return true };
        let between = if w.start < m.trigger.start { w.end..m.trigger.start } else { m.trigger.end..w.start };
        let person_between = found.entities.iter().any(|e| between.covers(&e.range) && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person);
        let event_between = triggers.iter().any(|(si, t)| *si == m.sentence && between.covers(t));
        person_between || event_between
    });
}

/// Words before a visit's trigger within which the word opening the infinitive an invitation
/// invites to stands ("to visit", "à se rendre", "to make an official visit", « à effectuer
/// une visite »).
const INVITED_TO_BEFORE_WORDS: usize = 3;

/// Words an invitation may stand before that infinitive: its object may be a long title with
/// the name in apposition ("invited the speaker of Morocco's House of Representatives, Rachid
/// Talbi Alami, to visit Israel").
const INVITED_TO_REACH_WORDS: usize = 20;

/// Words before an invitation noun within which a word of `invitation-by` tells the trip made
/// at someone's invitation ("at the invitation of": "the", "at"; « sur invitation de »: « sur »).
const INVITATION_BY_WORDS: usize = 2;

/// Whether `c` closes the clause an invitation governs: a comma does not (an apposition
/// stands between commas), a semicolon, a colon, a parenthesis or a stop does.
fn closes_an_invitation(c: char) -> bool {
    c != ',' && LATIN_CLAUSE_MARKS.contains(&c)
}

/// "Levy invited the speaker of Morocco's House of Representatives, Rachid Talbi Alami, to
/// visit Israel", « a convié son homologue, Nasser Bourita, à se rendre en Israël »: a visit
/// told as the infinitive an invitation word invites to (word list `invitation`; the
/// infinitive opened by a word of list `invited-to`, "to", « à », « de », a few words before
/// the visit's trigger) is what someone was asked to do, not a visit done or announced. So is
/// one an invitation noun invites to (list `invitation-noun`: "accepted an invitation from
/// his host to visit Morocco", « a accepté l'invitation de son homologue à se rendre au
/// Maroc »), unless a word of `invitation-by` stands right before the noun ("at the
/// invitation of", « à l'invitation de »: a trip made at someone's invitation). The
/// scan drops an invited visit a few words after the invitation; this reads past an object in
/// apposition between commas, which English and French put between the invitation and its
/// infinitive. No other event is told between, and no clause break but commas.
pub(super) fn invited_to_visit_is_no_visit(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let (invitations, invited_to) = (&rules.words.invitations, &rules.words.invited_to);
    if invitations.is_empty() || invited_to.is_empty() || !out.iter().any(|m| m.event_type == EventType::Visit) {
        return;
    }
    let text = doc.norm.text.as_str();
    let is_word = |list: &[String], w: &Range<usize>| list.iter().any(|x| x.eq_ignore_ascii_case(&text[w.clone()]));
    // "at the invitation of", « à l'invitation de », « sur invitation de »: a word of
    // `invitation-by` one or two words before the noun tells whose invitation a trip answers.
    let (nouns, by) = (&rules.words.invitation_nouns, &rules.words.invitations_by);
    let answered = |start: usize, noun: &Range<usize>| crate::text::lexmatch::word_iter(text, start..noun.start).rev().take(INVITATION_BY_WORDS).any(|w| is_word(by, &w));
    let triggers: Vec<(usize, Range<usize>)> = out.iter().map(|m| (m.sentence, m.trigger.clone())).collect();
    out.retain(|m| {
        if m.event_type != EventType::Visit || !cx.latin(m) {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let Some(to) = crate::text::lexmatch::word_iter(text, sentence.start..m.trigger.start).rev().take(INVITED_TO_BEFORE_WORDS).find(|w| is_word(invited_to, w)) else {
            return true;
        };
        let invitation = crate::text::lexmatch::word_iter(text, sentence.start..to.start).rev().take(INVITED_TO_REACH_WORDS).find(|w| is_word(invitations, w) || (is_word(nouns, w) && !answered(sentence.start, w)));
        let Some(invitation) = invitation else { return true };
        let between = invitation.end..m.trigger.start;
        let other_event = triggers.iter().any(|(si, t)| *si == m.sentence && between.covers(t));
        other_event || text[between].contains(closes_an_invitation)
    });
}

#[cfg(test)]
mod tests {
    use super::is_count_in_figures;

    /// Counts in figures with their thousands grouped are counts; years, days, small numbers
    /// and words are not.
    #[test]
    fn counts_in_figures() {
        let cases: &[(&str, &str, bool)] = &[
            ("around 50,000 israelis", "000", true),
            ("around 50,000 israelis", "50", true),
            ("quelque 70 000 israéliens", "70", true),
            ("quelque 70 000 israéliens", "000", true),
            ("200.000 touristes", "000", true),
            ("1,250,000 visitors", "250", true),
            ("in 2021 israelis", "2021", false),
            ("on 25.07.2021 the", "07", false),
            ("some 300 israelis", "300", false),
            ("the 12,5 figure", "5", false),
            ("thousands of israelis", "thousands", false),
        ];
        for &(text, word, expected) in cases {
            let start = text.find(word).unwrap();
            assert_eq!(is_count_in_figures(text, &(start..start + word.len())), expected, "{text:?} at {word:?}");
        }
    }
}
