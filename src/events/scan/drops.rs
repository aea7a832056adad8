//! The triggers of a sentence that tell no event of the timeline: denied, negated or put off
//! ([`drop_denied`]), invited but not made, anniversaries recalled, a told content, the start
//! of a visit told by its arrival, and tourism.

use std::ops::Range;

use super::super::rules::{EventType, Reach, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use super::{SentenceHits, arabic_clause_end, arabic_clause_start};
use crate::events::participants::GENITIVES;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{Covers, WordList, at_most_words, word_iter};
use crate::text::clause::{CLAUSE_BREAKS_OF_EITHER_SCRIPT, LATIN_CLAUSE_MARKS};
use crate::text::segment::Sentence;

/// The end of the id of a denial row of recurrence ("بشكل دوري", "regularly"): it reaches back
/// to a verb as well as to a noun (see [`drop_denied`]).
const PERIODIC_RULE_SUFFIX: &str = "periodic";

/// The end of the id of a denial row of a date nobody has set ("في موعد لم يحدد بعد", "at a
/// later date", « à une date qui n'a pas encore été fixée »): it reaches back to a verb of its
/// own clause not told in the past, as well as to a noun (see [`drop_denied`]).
const UNSET_DATE_RULE_SUFFIX: &str = "unset";

/// What the id of a denial row of a deadline within a visit holds ("قبل أن يختتم زيارته",
/// "before the end of his visit", « avant la fin de sa visite »; its id ends in
/// [`UNSET_DATE_RULE_SUFFIX`]): the plan before it has no day of its own, unless the sentence
/// gives one before the marker ("will meet him on Thursday, before the end of his visit").
const DEADLINE_RULE_MARK: &str = "deadline";

/// The end of the id of a denial row that leaves unsaid the day of the event named after it
/// ("دون تحديد موعد اللقاء", "without giving a date for the meeting", « sans préciser la date
/// de la rencontre »): that noun is the plan told before it in the sentence, by a verb of its
/// family (see [`drop_denied`]).
const UNSCHEDULED_NEXT_RULE_SUFFIX: &str = "unscheduled-next";

/// Whether a denial or postponement marker at `marker` reaches what is told at `target` after
/// it: within its forward reach in words, with nothing `told_between` (another predicate, an
/// event) and no Latin clause mark between ("n'a pas, selon nos sources, signé" is read
/// conservatively; the Arabic comma is none, which a marker crosses: "نفى مصدر، أن يكون …").
fn reaches_forward(text: &str, marker: &Range<usize>, reach: Reach, target: &Range<usize>, told_between: impl Fn(usize, usize) -> bool) -> bool {
    target.start >= marker.end && at_most_words(text, marker.end..target.start, reach.forward) && !told_between(marker.end, target.start) && !text[marker.end..target.start].contains(LATIN_CLAUSE_MARKS)
}

/// Whether a marker at `marker` reaches back to what is told at `target` before it: within
/// its back reach in words (0: it reaches nothing back), with nothing `told_between`. Reaching
/// back crosses any clause mark ("the visit, first planned for June, was postponed").
fn reaches_back(text: &str, marker: &Range<usize>, reach: Reach, target: &Range<usize>, told_between: impl Fn(usize, usize) -> bool) -> bool {
    reach.back > 0 && target.end <= marker.start && at_most_words(text, target.end..marker.start, reach.back) && !told_between(target.end, marker.start)
}

/// Drops the event triggers that a marker tells did not happen (rows of kind `denial`): the
/// first trigger after a marker ("ألغى الوزير زيارته", "نفى مصدر أن يكون العلمي قد أجرى
/// اتصالا", "n'a pas signé", "postponed his visit"), within the marker's forward reach in words
/// with no other predicate and no clause break between, unless a restrictive word follows it
/// ("n'a rencontré que le ministre"); and for a marker that reaches back, the event noun before
/// it whose verb it is ("زيارة ليفي، التي كانت مقررة منتصف أبريل، أرجئت", "the visit was
/// postponed"). A plan that did not happen, a denied report and a negated verb are not events
/// of the timeline. A marker whose row lists `object` words is no marker when one of them
/// stands between it and the trigger: that word opens what the verb is about ("علق المتحدث على
/// القرار بالقول إن الزيارة ستتم" commented on the decision; "علقت الشركة رحلاتها" suspended
/// them).
///
/// A postponement marker (rows of kind `postponement`: "أرجئت", "تأجيل", "postponed",
/// "reportée") that names the new date drops nothing: the events it reaches are put off to
/// that date ([`rescheduled_to`]), and are returned, each trigger's start with the index in
/// `dates` (the sentence's date expressions, by range) of the date it was put off to. Without
/// a new date ("إلى موعد لاحق", "indefinitely", "sine die") it drops them as any denial does.
pub(in crate::events) fn drop_denied(text: &str, sentence: Range<usize>, hits: &mut SentenceHits, rules: &TriggerRules, dates: &[Range<usize>]) -> Vec<(usize, usize)> {
    let sentence_end = sentence.end;
    let mut rescheduled: Vec<(usize, usize)> = Vec::new();
    if hits.denials.is_empty() {
        return rescheduled;
    }
    let predicate_between = |hits: &SentenceHits, from: usize, to: usize| hits.predicates.iter().any(|p| p.start >= from && p.end <= to);
    // A phrase may run past the sentence's end (a title line): nothing of the sentence follows it.
    let restricted = |hits: &SentenceHits, trigger_end: usize| trigger_end < sentence_end && word_iter(text, trigger_end..sentence_end).next().is_some_and(|w| hits.restrictives.contains(&w.start));
    // The trigger at `i` and the triggers of its family that follow it in `order`, each at most
    // two words from the last with no predicate between: one event told by several triggers.
    let same_event = |i: usize, order: &mut dyn Iterator<Item = usize>| {
        let family = hits.events[i].2.family();
        let mut run = vec![i];
        let mut last = i;
        for j in order {
            let (a, b) = if j > last { (last, j) } else { (j, last) };
            // Overlapping triggers (a reference told as an event) have no gap.
            let gap = hits.events[a].0.end.min(hits.events[b].0.start)..hits.events[b].0.start;
            if hits.events[j].2.family() != family || !at_most_words(text, gap.clone(), 2) || predicate_between(hits, gap.start, gap.end) {
                break;
            }
            run.push(j);
            last = j;
        }
        run
    };
    // Whether the sentence tells a date before `at`.
    let dated_before = |at: usize| dates.iter().any(|d| d.start >= sentence.start && d.end <= at);
    let mut dropped: Vec<usize> = Vec::new();
    for (marker, reach, rule) in &hits.denials {
        let new_date = match rules.rules[*rule].kind {
            RuleKind::Postponement(_) => rescheduled_to(text, marker, sentence_end, dates, &rules.words.rescheduled_to),
            _ => None,
        };
        let first_denied = dropped.len();
        let about_something_else = |to: usize| word_iter(text, marker.end..to).any(|w| {
            let w = &text[w];
            rules.rules[*rule].object.has(w) || w.strip_prefix('و').is_some_and(|b| rules.rules[*rule].object.has(b))
        });
        let next = hits.events.iter().position(|e| e.0.start >= marker.end);
        if let Some(i) = next
            && !about_something_else(hits.events[i].0.start)
            && reaches_forward(text, marker, *reach, &hits.events[i].0, |from, to| predicate_between(hits, from, to))
            && !restricted(hits, hits.events[i].0.end)
        {
            // The same event told on by more triggers of its family ("أجرى اتصالا هاتفيا").
            dropped.extend(same_event(i, &mut (i + 1..hits.events.len())));
        }
        // "ومن المرتقب أن يلتقي الوزير رئيسة المحكمة خلال زيارته، دون تحديد موعد اللقاء", "is to
        // meet the chief justice during his stay, without giving a date for the meeting": the
        // event whose day is left unsaid (a noun after موعد, some rows list a masdar as a past
        // form; or a reference, "the meeting") is the plan its sentence told before it by a verb
        // of its family (not one told done), when the sentence gives that plan no date.
        if rules.rules[*rule].id.ends_with(UNSCHEDULED_NEXT_RULE_SUFFIX) && !dated_before(marker.start) {
            let reached = |r: &Range<usize>| r.start >= marker.end && reaches_forward(text, marker, *reach, r, |from, to| predicate_between(hits, from, to));
            let event = next.filter(|&i| reached(&hits.events[i].0)).map(|i| (hits.events[i].0.start, hits.events[i].2.family()));
            let reference = hits.references.iter().filter(|(r, _)| reached(r)).min_by_key(|(r, _)| r.start).map(|(r, f)| (r.start, f.family()));
            let family = match (event, reference) {
                (Some(e), Some(r)) => Some(e.min(r).1),
                (e, r) => e.or(r).map(|x| x.1),
            };
            if let Some(family) = family {
                let plan = hits.events.iter().rposition(|e| e.0.end <= marker.start && e.2.family() == family && matches!(e.3, TriggerTense::Present | TriggerTense::Future));
                dropped.extend(plan);
            }
        }
        let previous = hits.events.iter().rposition(|e| e.0.end <= marker.start);
        // A word of recurrence (rows whose id ends in `periodic`: "تجتمع بشكل دوري", "will
        // meet regularly", « se réunira régulièrement ») makes the verb before it a habit, as
        // it makes a noun one: what a body set up will do again and again, no event of a day.
        let recurrence = rules.rules[*rule].id.ends_with(PERIODIC_RULE_SUFFIX);
        // A date nobody has set makes the plan before it one of no day ("Saar is expected in
        // Rabat at a date yet to be set"); an act told in the past, or in a clause before
        // ("signed the accord, which will enter into force at a later date"), is not that plan.
        // A deadline within a visit ("before he ends his visit") leaves the plan before it no
        // day of its own only when the sentence gives it none before the marker.
        let id = &rules.rules[*rule].id;
        let deadline = id.contains(DEADLINE_RULE_MARK);
        let plan_of_no_day = |e: &(Range<usize>, usize, EventType, TriggerTense)| {
            id.ends_with(UNSET_DATE_RULE_SUFFIX) && e.3 != TriggerTense::Past && !text[e.0.end..marker.start].contains(CLAUSE_BREAKS_OF_EITHER_SCRIPT) && !(deadline && dated_before(marker.start))
        };
        // (A deadline reaches a noun as it reaches a verb: a plan of its own clause with no day
        // of its own, "talks with Bourita before the end of his visit", not "talks on Thursday".)
        if let Some(i) = previous
            && (if deadline { plan_of_no_day(&hits.events[i]) } else { hits.events[i].3 == TriggerTense::Noun || recurrence || plan_of_no_day(&hits.events[i]) })
            && reaches_back(text, marker, *reach, &hits.events[i].0, |from, to| predicate_between(hits, from, to))
        {
            // Told by more nouns of its family before ("la signature d'un accord de coopération").
            dropped.extend(same_event(i, &mut (0..i).rev()));
        }
        // Put off to a day it names: a plan at that day, not a denial.
        if let Some(d) = new_date {
            rescheduled.extend(dropped.drain(first_denied..).map(|i| (hits.events[i].0.start, d)));
        }
    }
    let mut k = 0;
    hits.events.retain(|_| {
        k += 1;
        !dropped.contains(&(k - 1))
    });
    rescheduled
}

/// The references a denial marker reaches, by range and family: "ولم يتم تحديد أي موعد لهذه
/// الزيارة", "This visit was called off", « Aucune date n'a été fixée pour cette visite ». The
/// event such a noun refers back to, told in a sentence before, did not happen, or not yet (see
/// `build::deny_the_referred`). Reached as [`drop_denied`] reaches a trigger ([`reaches_forward`],
/// [`reaches_back`]): the first reference after the marker, or the one right before it, with no
/// event trigger, no other reference and no other predicate between. Cancellations, denials and
/// "no date set" only: a postponement may be told of a visit now under way ("The visit,
/// postponed twice because of the pandemic, …"), and a word of recurrence tells a habit of a
/// body, not that its meeting told before will not be held.
pub(in crate::events) fn denied_references(text: &str, hits: &SentenceHits, rules: &TriggerRules) -> Vec<(Range<usize>, EventType)> {
    let mut denied = Vec::new();
    if hits.denials.is_empty() || hits.references.is_empty() {
        return denied;
    }
    let told_between = |from: usize, to: usize| hits.events.iter().chain(&hits.referring).any(|e| e.0.start >= from && e.0.end <= to) || hits.predicates.iter().any(|p| p.start >= from && p.end <= to);
    // "The visit of a Knesset delegation … was called off": a noun with a genitive of its own
    // names another event than the one told before.
    let own_complement = |r: &Range<usize>| word_iter(text, r.end..text.len()).next().is_some_and(|w| GENITIVES.contains(&text[w].trim_end_matches(['\'', '’'])));
    for (marker, reach, rule) in &hits.denials {
        let denial = &rules.rules[*rule];
        if !matches!(denial.kind, RuleKind::Denial(_)) || denial.id.ends_with(PERIODIC_RULE_SUFFIX) {
            continue;
        }
        let next = hits.references.iter().find(|(r, _)| r.start >= marker.end).filter(|(r, _)| reaches_forward(text, marker, *reach, r, told_between));
        let previous = hits.references.iter().rev().find(|(r, _)| r.end <= marker.start).filter(|(r, _)| reaches_back(text, marker, *reach, r, told_between));
        denied.extend(next.or(previous).filter(|(r, _)| !own_complement(r)).cloned());
    }
    denied
}

/// Whether a postponement marker after the Latin-script event noun `noun` reaches back to it
/// (within its `back` words, no event and no other predicate between) and names the day it is
/// put off to ("The visit of the minister to Rabat has been postponed to March", "The meeting
/// … was postponed until March 5"): the noun, read after its article as a reference, tells a
/// plan of its own, the news of the sentence (see `build::untold`), which [`drop_denied`] then
/// dates at that day.
pub(in crate::events) fn put_off_to_a_date(text: &str, noun: &Range<usize>, sentence_end: usize, hits: &SentenceHits, rules: &TriggerRules, dates: &[Range<usize>]) -> bool {
    hits.denials.iter().any(|(marker, reach, rule)| {
        let told_between = |from: usize, to: usize| hits.events.iter().any(|e| from <= e.0.start && e.0.end <= to) || hits.predicates.iter().any(|p| from <= p.start && p.end <= to);
        matches!(rules.rules[*rule].kind, RuleKind::Postponement(_))
            && reaches_back(text, marker, *reach, noun, told_between)
            && rescheduled_to(text, marker, sentence_end, dates, &rules.words.rescheduled_to).is_some()
    })
}

/// The date a postponement marker at `marker` puts its event off to: the first date of `dates`
/// after the marker in its sentence (to `sentence_end`) with a `rescheduled-to` word right
/// before it ("أجلت الزيارة إلى شهر يوليوز المقبل", "postponed until next month", "reportée au
/// mois de mars": the date finder reads "شهر", "mois de" with the date), or an Arabic ل glued
/// to it ("أجلت للشهر المقبل"); none when no such date follows ("إلى موعد لاحق",
/// "indefinitely", a day told with "في" or after a place, "زيارة … إلى المغرب الأسبوع المقبل":
/// the day it was first set for; a date past a Latin clause break). Its index in `dates`.
fn rescheduled_to(text: &str, marker: &Range<usize>, sentence_end: usize, dates: &[Range<usize>], to_words: &[String]) -> Option<usize> {
    let first = dates.partition_point(|d| d.start < marker.end);
    let d = first + dates[first..].iter().take_while(|d| d.end <= sentence_end).position(|d| {
        // "للشهر المقبل" (ل with the article), "لشهر يوليوز", "ليوم 15": the date finder reads
        // the ل with the date; no month or relative word of its own starts with these.
        let glued_to = text[d.clone()].strip_prefix('ل').is_some_and(|rest| rest.starts_with('ل') || rest.starts_with("شهر") || rest.starts_with("يوم"));
        let told_to = word_iter(text, marker.end..d.start).next_back().is_some_and(|w| {
            let w = &text[w];
            to_words.has(w)
        });
        // "a été reportée, a annoncé mardi le ministère": past a clause break, a date is
        // another predicate's.
        (glued_to || told_to) && !text[marker.end..d.start].contains(LATIN_CLAUSE_MARKS)
    })?;
    Some(d)
}

/// Whether the word after an opening at `after` is a gathering (rows of kind `gathering`:
/// "المنتدى", "أشغال", "الدورة"), its proclitics aside.
pub(in crate::events) fn opens_a_gathering(text: &str, after: usize, lists: &WordLists) -> bool {
    let next = text[after..].split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    next.is_some_and(|w| lists.gatherings.has_with_proclitics(w))
}

/// Whether the trigger at `trigger` is told by a gathering's own noun: its first word of kind
/// `gathering` ("القمة", "summit", « sommet »), its proclitics and a capital aside. Who takes
/// part in a gathering told so is named by its own sentence: the build stage and the Latin
/// passes carry no side or protagonist into it.
pub(in crate::events) fn told_by_a_gathering_noun(text: &str, trigger: &Range<usize>, lists: &WordLists) -> bool {
    let Some(w) = word_iter(text, trigger.clone()).next() else { return false };
    let word = &text[w];
    // Most triggers are Arabic or lower case: a string is made only for a capital.
    if word.chars().any(char::is_uppercase) {
        lists.gatherings.has_with_proclitics(&word.to_lowercase())
    } else {
        lists.gatherings.has_with_proclitics(word)
    }
}

/// Words an invitation word may stand before the visit it invites to ("دعا نتنياهو الملك
/// لزيارة", "وجه دعوة رسمية للملك لزيارة", "invited him to make his first visit"): a subject, an
/// object and an adjective or two.
const INVITATION_REACH_WORDS: usize = 8;

/// Whether `c` is a clause break an invitation does not reach across: one of
/// [`LATIN_CLAUSE_MARKS`] but the full stop, which stands inside a sentence only after an
/// abbreviation ("a invité M. Netanyahou à se rendre").
fn is_invitation_break(c: char) -> bool {
    c != '.' && LATIN_CLAUSE_MARKS.contains(&c)
}

/// Drops the visits told as what someone was invited to make: a trigger of the visit family
/// at most [`INVITATION_REACH_WORDS`] words after an invitation word (word list `invitation`,
/// a و glued before it allowed: "ويدعوه لزيارة البلاد", "وجه دعوة للملك لزيارة إسرائيل",
/// "invited him to visit", "l'a invité à se rendre en Israël"), with no Latin clause break
/// between. An invitation announces no visit: the invited may never come, and who invites
/// does not travel; a visit announced as such ("وسيزور الملك إسرائيل الشهر المقبل") is told by
/// its own words, further on. A visit told before the invitation word ("يزور المغرب بدعوة من
/// بوريطة", "at the invitation of") is not reached, and "بدعوة", "لدعوة", "invitation" are not
/// invitation words.
///
/// A hope or a wish is no plan either (word list `hope`: "يأمل زيارة المغرب", "يتطلع إلى
/// زيارة", "hopes to visit", « espère se rendre »): a visit right after a hope word, within
/// [`HOPE_REACH_WORDS`] words, is what someone wished to make, no event, dated or not. So is
/// a willingness told with no date ("مستعد لزيارة المغرب", "أبدى استعداده لزيارة", "said he was
/// ready to visit", « s'est dit prêt à se rendre »: rows of the same list), and so is what the
/// wished trip is for ("to meet his counterpart", « pour rencontrer », «ولقاء نظيرته»).
pub(in crate::events) fn drop_invited_visits(text: &str, sentence: &Sentence, hits: &mut SentenceHits, words: &WordLists) {
    if words.invitations.is_empty() && words.hopes.is_empty() {
        return;
    }
    let sentence_start = sentence.range.start;
    let after_a_word_of = |r: &Range<usize>, list: &[String], reach: usize| {
        word_iter(text, sentence_start..r.start).rev().take(reach + 1).any(|w| {
            let word = &text[w.clone()];
            let bare = word.strip_prefix('و').unwrap_or(word);
            (list.has(word) || list.has(bare)) && !text[w.end..r.start].contains(is_invitation_break)
        })
    };
    let wished = |r: &Range<usize>| after_a_word_of(r, &words.invitations, INVITATION_REACH_WORDS) || after_a_word_of(r, &words.hopes, HOPE_REACH_WORDS);
    let wished_visits: Vec<Range<usize>> = hits.events.iter().filter(|(r, _, ty, _)| *ty == EventType::Visit && wished(r)).map(|e| e.0.clone()).collect();
    // « M. Saar, qui a invité son hôte à rencontrer des juges ce mercredi », "invited him to
    // meet the prime minister", «دعاه إلى لقاء رئيس الحكومة»: talks an invitation invites to
    // (told by a verb not in the past, or a noun) are what the invited may do, not talks of the
    // day — as a visit invited to is none. A past verb after it ("invited by X, he met Y")
    // tells its own act.
    let invited_to = |r: &Range<usize>, ty: EventType, tense: TriggerTense| {
        ty == EventType::Meeting && tense != TriggerTense::Past && after_a_word_of(r, &words.invitations, INVITATION_REACH_WORDS)
    };
    let invited_talks: Vec<Range<usize>> = hits.events.iter().filter(|(r, _, ty, tense)| invited_to(r, *ty, *tense)).map(|e| e.0.clone()).collect();
    if wished_visits.is_empty() && invited_talks.is_empty() {
        return;
    }
    // "ready to travel to Morocco to meet his counterpart", « prêt à se rendre au Maroc pour
    // rencontrer son homologue », «مستعد لزيارة المغرب ولقاء نظيرته»: what the wished trip is
    // for — talks or a signing told after it in its clause, not as done — is wished with it.
    // What frames the wish ("خلال اتصال هاتفي", "during talks") is not the trip's purpose.
    let for_the_trip = |r: &Range<usize>, ty: EventType, tense: TriggerTense| {
        matches!(ty.family(), EventType::Meeting | EventType::Agreement)
            && tense != TriggerTense::Past
            && wished_visits.iter().any(|v| v.end <= r.start && sentence.clause_at(v.start) == sentence.clause_at(r.start) && !hits.during.iter().any(|d| v.end <= d.start && d.end <= r.start))
    };
    hits.events.retain(|(r, _, ty, tense)| !(*ty == EventType::Visit && wished_visits.contains(r)) && !invited_talks.contains(r) && !for_the_trip(r, *ty, *tense));
}

/// Most words between an anniversary word and the event noun it recalls ("anniversary of the
/// tripartite agreement": "of the tripartite"; «الذكرى الأولى للاتفاق»: «الأولى»).
const ANNIVERSARY_REACH_WORDS: usize = 3;

/// Most words that link two nouns of one recalled act ("the signing of the joint declaration":
/// "of the"; « la signature de la déclaration conjointe »: « de la »; «لتوقيع الإعلان»: none).
const RECALLED_LINK_WORDS: usize = 2;

/// One act an anniversary recalls: the noun that names it and the nouns of the same act chained
/// after it («لتوقيع الإعلان المشترك», "the signing of the joint declaration"), one act told
/// once, by its head.
pub(in crate::events) struct AnniversaryRecall {
    /// The first noun after the anniversary word: the mention of the recalled act.
    pub(in crate::events) head: Range<usize>,
    /// The starts of the nouns chained after the head: the same act, no mention of their own.
    pub(in crate::events) chained: Vec<usize>,
    /// Where the chain's last noun ends: the act's complement ("between Morocco, the United
    /// States and Israel") follows.
    pub(in crate::events) end: usize,
}

/// "On the first anniversary of the tripartite agreement, Bourita called Lapid on Wednesday",
/// « À l'occasion du premier anniversaire de l'accord tripartite, … mercredi », «في الذكرى الأولى
/// للاتفاق الثلاثي، أجرى بوريطة اليوم الأربعاء …»: an event noun a few words after an anniversary
/// word (`anniversary-of` rows), in its clause, is the act the anniversary recalls — told on
/// another day, by other people than the sentence's: such acts, told aside with no date and no
/// people of the sentence's (a recall that may join the act's row, as a headline
/// «ذكرى توقيع الاتفاق الثلاثي» joins the signing its page tells). A sentence whose day the date
/// finder read as the anniversary's («تحل اليوم الذكرى الأولى لتوقيع الإعلان», "Today marks the
/// first anniversary of …": `DateMention::anniversary`) is not read here: that reading keeps the
/// recalled act's own day already.
pub(in crate::events) fn anniversary_recalls(text: &str, sentence: &Sentence, hits: &SentenceHits) -> Vec<AnniversaryRecall> {
    if hits.anniversaries.is_empty() || !hits.events.iter().any(|(_, _, _, tense)| *tense == TriggerTense::Noun) {
        return Vec::new();
    }
    let mut recalled: Vec<AnniversaryRecall> = Vec::new();
    for &at in &hits.anniversaries {
        // The anniversary's complement is the first event noun after it ("the first
        // anniversary of the agreement"), with a noun glued right after it («لتوقيع الاتفاق»);
        // a later one is what the sentence tells ("أحيا … الذكرى الأولى للاتفاق بلقاء افتراضي":
        // the anniversary marked by a meeting).
        let mut after = hits.events.iter().filter(|e| e.0.start >= at).map(|e| e.0.clone()).collect::<Vec<_>>();
        after.sort_by_key(|r| r.start);
        let Some(first) = after.first().cloned() else { continue };
        let is_noun = |r: &Range<usize>| hits.events.iter().any(|e| e.0 == *r && e.3 == TriggerTense::Noun);
        // An Arabic complement is the first word glued to «ل» after it: a noun after that one
        // is not the anniversary's («الذكرى الأولى للاتفاق بلقاء»: «للاتفاق», not the meeting).
        // (The proclitic a trigger's word opens with is no word before it: «ل» of «للاتفاق».)
        let complement_before = word_iter(text, at..first.start).any(|w| w.end < first.start && text[w].starts_with('ل'));
        if complement_before || !is_noun(&first) || !at_most_words(text, at..first.start, ANNIVERSARY_REACH_WORDS) || sentence.clause_at(at) != sentence.clause_at(first.start) {
            continue;
        }
        let family_of = |r: &Range<usize>| hits.events.iter().find(|e| e.0 == *r).map(|e| e.2.family());
        let family = family_of(&first);
        let mut act = AnniversaryRecall { end: first.end, head: first, chained: Vec::new() };
        // A noun of the same act glued after it («لتوقيع الاتفاق»: the signing of the agreement)
        // or linked by a preposition and article ("the signing of the joint declaration", « la
        // signature de la déclaration »), in its clause; not another act's («للاتفاق بلقاء
        // افتراضي»: marked by a meeting; a glued noun of another family parts them).
        for r in after.iter().skip(1) {
            let linked = r.start >= act.end && at_most_words(text, act.end..r.start, RECALLED_LINK_WORDS) && sentence.clause_at(at) == sentence.clause_at(r.start);
            if linked && is_noun(r) && family_of(r) == family {
                act.end = r.end;
                act.chained.push(r.start);
            } else {
                break;
            }
        }
        recalled.push(act);
    }
    recalled
}

/// "أجرى الملك اتصالا هاتفيا مع ترامب، أبلغه خلاله أن المملكة ستستأنف الاتصالات … وستعيد فتح
/// مكتبي الاتصال", « s'est entretenu au téléphone avec Donald Trump et lui a fait part de la
/// reprise « dans les meilleurs délais » des contacts officiels avec Israël, ainsi que de la
/// réouverture des bureaux de liaison »: what one side of a call or of talks told the other (a
/// [`RuleKind::ToldContent`] phrase: a verb of telling with its object pronoun or "his
/// counterpart") names a decision, not an act of the call's day. The openings, visits,
/// agreements and flights told after it in its sentence — past quotes and commas, as a
/// decision announced lists what it will do — leave the sentence's events (a semicolon ends
/// what was told). The call or the talks themselves, and a reference to them ("أبلغه خلال
/// الاتصال"), stay.
///
/// So with what an agreement commits its parties to (a [`RuleKind::AgreementContent`] phrase
/// after an agreement's trigger in its sentence: "signed a joint declaration … committing the
/// two countries to reopen liaison offices", « une déclaration conjointe qui prévoit la
/// réouverture des bureaux de liaison », «إعلانا مشتركا ينص على إعادة فتح مكتبي الاتصال»): the
/// openings, visits and flights told after it are its terms, not acts of the signing's day.
/// The agreement stays, and so do agreements told after it (another signing of the sentence).
pub(in crate::events) fn drop_told_content(text: &str, sentence_end: usize, hits: &mut SentenceHits) {
    let until_semicolon = |from: usize| text[from..sentence_end].find(';').map_or(sentence_end, |at| from + at);
    if let Some(&from) = hits.told_contents.first() {
        let to = until_semicolon(from);
        let announced = |ty: EventType| matches!(ty.family(), EventType::Visit | EventType::Agreement | EventType::Flight);
        hits.events.retain(|(r, _, ty, _)| !(announced(*ty) && from <= r.start && r.start < to));
    }
    let signed_before = |at: usize| hits.events.iter().any(|(r, _, ty, _)| *ty == EventType::Agreement && r.end <= at);
    let Some(terms) = hits.agreement_contents.iter().find(|c| signed_before(c.start)).cloned() else { return };
    // A "during" phrase after the terms tells the signing's circumstance, not a term ("… ouvrant
    // la voie à la normalisation, lors de la visite d'une délégation"): the terms end there.
    let to = until_semicolon(terms.end);
    let to = hits.during.iter().map(|d| d.start).filter(|&at| at >= terms.end).fold(to, usize::min);
    let term = |ty: EventType| matches!(ty.family(), EventType::Visit | EventType::Flight);
    hits.events.retain(|(r, _, ty, _)| !(term(*ty) && terms.end <= r.start && r.start < to));
}

/// Words a hope word may stand before the visit it wishes for ("يتطلع إلى زيارة", "hopes to
/// visit", « espère pouvoir se rendre »): a few, so that a hope of the visit's outcome told
/// further on ("يأمل المغرب أن تساهم زيارة غانتس في …") leaves the visit as it is.
const HOPE_REACH_WORDS: usize = 2;

/// Words that may stand between a visit noun and the relative pronoun of the clause that tells
/// its start ("زيارتها الرسمية للمغرب التي حلت به": an adjective and where it goes).
const VISIT_START_RELATIVE_REACH_WORDS: usize = 3;

/// "في اليوم الثالث من زيارتها للمغرب التي حلت به الاثنين", "زيارته التي وصل فيها أمس": a past
/// verb of a visit's start (word list `visit-start`: "بدأها", "حلت", "وصل") told in a relative
/// clause of a visit noun — a relative pronoun (list `relative`) right before it, the noun at
/// most [`VISIT_START_RELATIVE_REACH_WORDS`] words before that — tells when that visit began,
/// not an arrival of its own: it leaves the sentence's events, so its date goes to the visit
/// noun (its first day, see `visit_end`) and the visit keeps the noun's visitor.
pub(in crate::events) fn drop_starts_of_a_told_visit(text: &str, sentence_start: usize, hits: &mut SentenceHits, words: &WordLists) {
    if words.visit_starts.is_empty() || words.relatives.is_empty() {
        return;
    }
    let nouns: Vec<Range<usize>> = hits.events.iter().filter(|e| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun).map(|e| e.0.clone()).collect();
    let told_start = |r: &Range<usize>| {
        let Some(verb) = word_iter(text, r.clone()).next() else { return false };
        if !words.visit_starts.has_with_proclitics(&text[verb.clone()]) {
            return false;
        }
        let mut before = word_iter(text, sentence_start..r.start).rev();
        let relative = before.next().is_some_and(|w| words.relatives.has(&text[w.clone()]));
        relative && before.take(VISIT_START_RELATIVE_REACH_WORDS + 1).any(|w| nouns.iter().any(|n| n.covers(&w)))
    };
    hits.events.retain(|(r, _, ty, tense)| ty.family() != EventType::Visit || *tense != TriggerTense::Past || !told_start(r));
}

/// Words before an Arabic visit's trigger within which its subject is one of the travellers
/// ("السياح الإسرائيليون الذين زاروا").
const TRAVELLER_BEFORE_WORDS: usize = 4;

/// Words after it within which its subject or object is ("يزور آلاف السياح", "ينتظر وصول
/// عشرات الآلاف من الزوار": Arabic puts the subject after the verb).
const TRAVELLER_AFTER_WORDS: usize = 7;

/// "يتوقع أن يزور آلاف السياح الإسرائيليين مراكش هذا الصيف", "ينتظر وصول عشرات الآلاف من
/// الزوار": an Arabic visit whose subject or object, in its clause, is people who travel in
/// numbers (word list `traveller`, the Latin readings' list: tourists, pilgrims, passengers,
/// fans, and the thousands counted as the visitors) is tourism, not a visit of the timeline: it
/// leaves the sentence's events, so it neither makes a row nor dates a visit. A person named or
/// another event told between them ("وصل الوزير على متن الرحلة الأولى رفقة مئة مسافر") keeps it.
/// So does a meeting verb whose object is travellers ("يتوقع المغرب استقبال 200 ألف سائح"): a
/// reception of tourists, no meeting.
pub(in crate::events) fn drop_tourism(text: &str, sentence: &Range<usize>, hits: &mut SentenceHits, found: &Found, g: &Gazetteer) {
    let visit = |(r, _, ty, _): &(Range<usize>, usize, EventType, TriggerTense)| *ty == EventType::Visit && !latin_trigger(text, r);
    // A visit verb in a flight's sentence ("وصلت الطائرة وعلى متنها مئة مسافر") is the plane's
    // landing, which dates the flight (`drop_landings`): it stays.
    // A meeting verb whose object is travellers counted ("يتوقع المغرب استقبال 200 ألف سائح") is a
    // reception of tourists hoped for, no meeting; travellers before it are its subject.
    let reception = |(r, _, ty, _): &(Range<usize>, usize, EventType, TriggerTense)| *ty == EventType::Meeting && !latin_trigger(text, r);
    if hits.travellers.is_empty() || !hits.events.iter().any(|e| visit(e) || reception(e)) || hits.events.iter().any(|e| e.2 == EventType::Flight) {
        return;
    }
    // The scan found the travellers' forms, proclitics allowed: a word is one when a form ends it.
    let traveller = |w: &Range<usize>| hits.travellers.iter().any(|t| t.end == w.end && w.start <= t.start);
    let starts: Vec<usize> = hits.events.iter().map(|e| e.0.start).collect();
    let tourism: Vec<usize> = hits
        .events
        .iter()
        .filter(|e| visit(e) || reception(e))
        .filter(|e| {
            let r = &e.0;
            let start = arabic_clause_start(text, sentence.start, r.start);
            let end = arabic_clause_end(text, r.end, sentence.end);
            let before = visit(e).then(|| word_iter(text, start..r.start).rev().take(TRAVELLER_BEFORE_WORDS).find(traveller)).flatten();
            let Some(w) = before.or_else(|| word_iter(text, r.end..end).take(TRAVELLER_AFTER_WORDS).find(traveller)) else { return false };
            let between = if w.start < r.start { w.end..r.start } else { r.end..w.start };
            let first = found.entities.partition_point(|e| e.range.start < between.start);
            let person_between = found.entities[first..].iter().take_while(|e| e.range.start < between.end).any(|e| e.range.end <= between.end && g.entities()[e.entity].kind == EntityKind::Person);
            let event_between = starts.iter().any(|&s| between.start <= s && s < between.end);
            !person_between && !event_between
        })
        .map(|e| e.0.start)
        .collect();
    hits.events.retain(|e| !tourism.contains(&e.0.start));
}

