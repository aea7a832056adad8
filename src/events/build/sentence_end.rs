//! The passes over a sentence's mentions once all are told: an undated event shares the date
//! of one of its sentence with a person in common, who meets on the sidelines of a larger event
//! takes part in it, repeats go, a welcome at the airport folds into the visit, one family's
//! triggers are one mention, a visit's hosts and the home its traveller left are not its
//! visitors or places, a landing is the flight's, and a statement's date dates what it reports.

use std::ops::Range;

use super::super::collapse::{collapse_same_family, qualified_events, signed_by_video};
use super::super::mention::{DateHow, DateLink, EventMention};
use super::super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, latin_trigger};
use super::super::scan::SentenceHits;
use crate::text::clause::{CLAUSE_BREAKS_OF_EITHER_SCRIPT, COMMAS, COMMAS_AND_SEMICOLONS, LATIN_CLAUSE_MARKS};
use super::super::welcome::airport_welcome_is_the_visit;
use super::parties::{names_a_told_delegation, own_visitors};
use super::told_before::delegation_told_before;
use super::dating::complement_between;
use super::{Reading, governed_by_verb};
use crate::text::lexmatch::WordList;

/// What the reading of a sentence's events gathered for the passes after them.
pub(super) struct SentenceTold {
    /// For each event of the sentence, the phrase of the larger event it is told on the
    /// sidelines of, if any.
    pub(super) sideline_spans: Vec<Option<Range<usize>>>,
    /// Mentions (indices into the document's mentions) that repeat an event told just before.
    pub(super) repeats: Vec<usize>,
    /// Hosts of a reception or of a led delegation: not visitors.
    pub(super) hosts: Vec<usize>,
    /// Departures abroad: trigger start, end of its destination's clause, home places left.
    pub(super) departures: Vec<(usize, usize, Vec<usize>)>,
    /// Dates of the statements that report a past event, by the event trigger's start.
    pub(super) reported_dates: Vec<(usize, DateLink)>,
    /// Starts of the verbs that open a later clause with their own subject, parting the acts
    /// before them from theirs (see `participants::clause_with_its_own_subject`).
    pub(super) separated: Vec<usize>,
    /// Indices of the clauses that hold only a date set off by commas: no break between the
    /// verb before them and its subject after them.
    pub(super) date_clauses: Vec<usize>,
}

/// Whether the act at `i` (an index into `out`, of the sentence's mentions) is told in a
/// relative clause of time ([`super::dating::relative_clause_of_time`]: "during which", « au
/// cours de laquelle », «وقع خلالها») after a visit of its sentence told by its end and its
/// length ([`crate::events::visit_end::told_by_its_end_with_a_length`]): the day told of that
/// visit, and of any visit of its sentence (the departure, "left", is its last day too), is the
/// stay's last, not the day of what was done during it. An act told at the end itself (a
/// tour "في ختام زيارة استغرقت أربعة أيام", a visit « marquée par la signature » of its
/// last day) is not told during it.
fn during_a_stay_told_by_its_end(reading: &Reading<'_>, hits: &SentenceHits, out: &[EventMention], i: usize) -> bool {
    let Reading { text, sentence, first_new, rules, lexicon, .. } = *reading;
    let Some(opens) = super::dating::relative_clause_of_time(reading, hits, i - first_new) else { return false };
    out[first_new..].iter().any(|v| v.event_type.family() == EventType::Visit && v.trigger.end <= opens && crate::events::visit_end::told_by_its_end_with_a_length(text, sentence, &v.trigger, &rules.words.visit_ends, lexicon))
}

/// Run the passes after the sentence's events are told over its mentions (`out[first_new..]`).
pub(super) fn finish_sentence(reading: &Reading<'_>, out: &mut Vec<EventMention>, hits: &SentenceHits, told: SentenceTold) {
    let Reading { doc, text, sentence, first_new, found, g, rules, date_ranges, .. } = *reading;
    let SentenceTold { sideline_spans, mut repeats, hosts, departures, reported_dates, separated, date_clauses } = told;
    // An undated event noun shares the date of a dated event of its sentence that has a
    // person in common ("استقبل بوريطة، اليوم الاثنين، باربيفاي، التي تقوم بزيارة عمل"),
    // and so does a past verb coordinated after it ("On Wednesday, Lapid held talks with
    // Bourita, and the two men signed three agreements") unless told inside a "during"
    // phrase (that rule dates it, or leaves it to the visit it belongs to).
    // Not an invitation or a purpose ("دعاه إلى زيارة"): that visit is for later.
    // "Benny Gantz, who landed in Rabat on Tuesday evening, signed the agreement … following
    // a working meeting": a Latin-script relative clause describing a person (a comma right
    // after the name, then a word of list `clause-relative`) tells that person's own past; its
    // date is not shared with the acts of the clause around it.
    let described = |at: usize| person_relative_clause(text, sentence.range.clone(), at, found, g, &rules.words.clause_relatives);
    // "The talks focused on training, building on the memorandum signed last November during
    // Gantz's visit": a recall of an earlier act, told after another act of the sentence,
    // keeps its date and its people to itself (see `recall_clause`).
    let recalls: Vec<Option<Range<usize>>> = (first_new..out.len())
        .map(|j| recall_clause(text, &sentence.range, &out[j], hits.events[j - first_new].3, found, date_ranges, &rules.words))
        .collect();
    for (k, clause) in recalls.iter().enumerate().filter_map(|(k, h)| h.clone().map(|h| (k, h))) {
        let named = |range: Range<usize>| -> Vec<usize> { found.entities.iter().filter(|e| range.contains(&e.range.start)).map(|e| e.entity).collect() };
        let (before, mut after) = (named(sentence.range.start..clause.start), named(clause.clone()));
        // «… عيساوي فريج، الذي حل بالرباط في 10 فبراير الماضي على متن رحلة …»: the person
        // an Arabic relative clause describes is the subject of its recalled act, as much as
        // of the act told before it.
        if !latin_trigger(text, &out[first_new + k].trigger)
            && let Some(antecedent) = relative_antecedent(text, sentence.range.start, clause.start, found, g)
        {
            after.push(antecedent);
        }
        let recall_date = out[first_new + k].date.map(|d| DateLink { date: d.date, how: DateHow::During });
        for m in &mut out[first_new..] {
            if clause.contains(&m.trigger.start) {
                // The recall and the acts told inside it ("… signed last November during
                // Gantz's visit"): the people it names, on its date.
                m.people.retain(|p| after.contains(p) || !before.contains(p));
                if m.date.is_none() && !m.planned {
                    m.date = recall_date;
                    m.on_publication_day = false;
                }
            } else if m.trigger.end <= clause.start {
                // The act told before it: not the people only the recall names.
                m.people.retain(|p| before.contains(p) || !after.contains(p));
            }
        }
    }
    // Whether the act at `j` is told apart from what was done before it, at `i`: in a later
    // clause that tells it for later, or in a content clause opened after `i` that tells it as
    // what was said or decided.
    let told_apart = |out: &[EventMention], i: usize, j: usize| {
        let (from, at) = (out[i].trigger.end, out[j].trigger.start);
        if from > at {
            return false;
        }
        let for_later = out[j].planned || matches!(hits.events[j - first_new].3, TriggerTense::Present | TriggerTense::Future);
        (for_later && sentence.clause_at(out[i].trigger.start) < sentence.clause_at(at)) || complement_between(text, sentence, from, at, &rules.words.complements).is_some()
    };
    for i in first_new..out.len() {
        let tense = hits.events[i - first_new].3;
        if out[i].date.is_some() || out[i].planned || out[i].aside || !matches!(tense, TriggerTense::Noun | TriggerTense::Past) || governed_by_verb(text, hits, i - first_new) {
            continue;
        }
        let shared = (first_new..out.len())
            // A follow-up's date carried from the event it repeats ("وأشرف على توقيع الاتفاقية
            // … الذي يقوم بزيارة عمل") is that event's day too.
            .filter(|&j| j != i && out[j].date.is_some_and(|d| matches!(d.how, DateHow::Own | DateHow::Carried)))
            .filter(|&j| tense == TriggerTense::Noun || (out[j].trigger.start < out[i].trigger.start && !hits.during.iter().any(|d| d.end <= out[i].trigger.start)))
            .filter(|&j| described(out[j].trigger.start).is_none_or(|r| r.contains(&out[i].trigger.start)))
            // "أجرى لابيد اتصالا هاتفيا مع بوريطة، وتم الاتفاق على أن لابيد سيزور الرباط الشهر
            // المقبل", "…، وأبلغه أن الرحلات ستنطلق الأسبوع المقبل": the day of an act told for
            // later, or as what was said, is that act's; the act told before it was done, and
            // takes neither its day nor its status.
            .filter(|&j| !told_apart(&out[..], i, j))
            // The recall's date is that earlier act's, not the day of an act told before it.
            .filter(|&j| recalls[j - first_new].as_ref().is_none_or(|clause| clause.start < out[i].trigger.end))
            .find(|&j| out[j].people.iter().any(|p| out[i].people.contains(p)))
            // "left Rabat on Tuesday at the end of a three-day visit, during which he signed an
            // accord with X", « a quitté mardi Rabat à l'issue d'une visite de trois jours, au
            // cours de laquelle il a signé … avec X », «غادر … أمس في ختام زيارة دامت ثلاثة أيام،
            // وقع خلالها مع X …»: the day of a visit told by its end and its length is its last,
            // and so is the departure's; an act told after that visit was done on one of its
            // days, none of its own (the merge places it within the trip). Whoever it names.
            .filter(|&j| !(out[j].event_type.family() == EventType::Visit && during_a_stay_told_by_its_end(reading, hits, out, i)))
            .and_then(|j| out[j].date);
        out[i].date = shared.map(|d| DateLink { date: d.date, how: DateHow::During });
    }
    // Who meets or signs on the sidelines of a larger event takes part in it.
    let sidelined: Vec<usize> = hits.events.iter().zip(&sideline_spans).filter(|(_, s)| s.is_some()).map(|(e, _)| e.0.start).collect();
    let attending: Vec<usize> = out[first_new..].iter().filter(|m| !sidelined.contains(&m.trigger.start)).flat_map(|m| m.people.iter().copied()).collect();
    for m in out[first_new..].iter_mut().filter(|m| sidelined.contains(&m.trigger.start)) {
        for &p in &attending {
            if !m.people.contains(&p) {
                m.people.push(p);
                m.countries.push(*g.country_of(p));
            }
        }
        m.countries.retain(|c| !c.is_empty());
        m.countries.sort();
        m.countries.dedup();
    }
    // "… signed this week in Rabat by INCD head Yigal Unna, who led a delegation to the
    // Moroccan capital": a trip told in a relative clause on a person named after another act
    // of the sentence is that act's circumstance, not an event of its own (unless dated).
    repeats.extend(trips_told_as_a_circumstance(reading, out, hits));
    repeats.sort_unstable();
    repeats.dedup();
    for &i in repeats.iter().rev() {
        out.remove(i);
    }
    let arabic = |m: &EventMention| !latin_trigger(text, &m.trigger);
    airport_welcome_is_the_visit(out, first_new, doc, &rules.words, g, &arabic);
    let visitors = own_visitors(text, sentence.range.start, &out[first_new..], found, g);
    // "تلقى الملك اتصالا من ترامب، ثم اتصل بعباس": talks told in turn are two acts.
    let successive = super::super::successive::part_successive_talks(out, first_new, text, &sentence.range, found, g, rules);
    // «يوقع … مع لوديي، كما سيلتقي بوريطة»: another act's partner is not the talks' other side.
    // "The delegation" a talks' clause receives is the trip's told before, whoever the
    // sentence's other act names with «مع».
    let travellers = delegation_told_before(&out[..first_new]).map_or(&[][..], |m| &m.people[..]).to_vec();
    let names_the_delegation = |clause: &Range<usize>| names_a_told_delegation(text, clause, &rules.words.delegations).is_some();
    super::super::successive::leave_other_acts_partners(out, first_new, text, &sentence.range, found, g, &rules.words, &travellers, &names_the_delegation);
    // «والتقى جانتس … بوريطة، ووضع إكليلا …»: the talks' host is not a visitor of the leg.
    super::super::successive::visit_leg_keeps_the_subject(out, first_new, text, &sentence.range, found, g, rules);
    collapse_same_family(out, first_new, rules, &visitors, &sidelined, &separated, &successive);
    for m in out[first_new..].iter_mut().filter(|m| m.event_type.family() == EventType::Visit) {
        // The home a traveller left is not where his trip goes, for every visit word of
        // the sentence ("…، في أول زيارة لها إلى المملكة").
        m.places.retain(|p| !departures.iter().any(|(_, _, home)| home.contains(p)));
        let received_by: Vec<usize> = hosts.iter().copied().filter(|h| m.people.contains(h)).collect();
        m.people.retain(|p| !hosts.contains(p));
        // Nor his office told beside his name ("صاحب الجلالة الملك").
        let host_countries: Vec<&crate::idset::Id> = hosts.iter().map(|&h| g.country_of(h)).collect();
        m.role_refs.retain(|r| !matches!(r, super::super::mention::RoleRef::Office { country, .. } if host_countries.contains(&country)));
        // The host's country is where the visit goes: with no one and nothing of it left
        // in the visit, and visitors of two countries (a country named beside a third
        // country's traveller does not count for `focus`: "وفد أمريكي إسرائيلي"), the
        // country itself is its place (`focus` counts it as that side).
        let mut visitor_countries: Vec<&crate::idset::Id> = m.people.iter().map(|&p| g.country_of(p)).filter(|c| !c.is_empty()).collect();
        visitor_countries.sort();
        visitor_countries.dedup();
        for &h in received_by.iter().filter(|_| visitor_countries.len() >= 2) {
            let country = g.country_of(h);
            let of_it = |&e: &usize| g.country_of(e) == country;
            if !m.people.iter().any(of_it) && !m.organisations.iter().any(of_it) && !m.places.iter().any(of_it)
                && let Some(k) = g.country(country).and_then(|c| g.index_of(&c.id))
            {
                m.places.push(k);
            }
        }
    }
    qualified_events(out, first_new, text, rules);
    later_joiners_take_no_part(out, first_new, text, &sentence.range, found, g, &rules.words);
    signed_by_video(out, first_new, text, &rules.words.media);
    drop_landings(out, first_new, sentence, &date_clauses, rules);
    for m in &mut out[first_new..] {
        if m.date.is_none() && !m.planned {
            m.date = reported_dates.iter().find(|(at, _)| *at == m.trigger.start).map(|&(_, d)| d);
            m.on_publication_day &= m.date.is_none();
        }
    }
}

/// The most words between a recall's preposition and its participle ("on the memorandum
/// signed": 2; « du mémorandum d'entente signé »: 3).
const RECALL_NOUN_WORDS: usize = 4;

/// The most words between a recall's participle and its date ("signed in December 2020",
/// « conclu en décembre 2020 »: the date's own preposition may stand outside it).
const RECALL_DATE_GAP_WORDS: usize = 1;

/// Where the recall `m` is told from, when it is one: a bare past participle (no auxiliary)
/// that ends a noun phrase governed by a preposition of the list `recall-head`, no name and no
/// comma between, and is dated right after ("building on the memorandum signed last November
/// during Gantz's visit", « dans le prolongement du mémorandum d'entente signé en novembre
/// dernier lors de la visite de Benny Gantz », "in line with the accord concluded in December
/// 2020"): an earlier act recalled inside another act's sentence, with its own date and its
/// own people. A main verb has its object after it ("officials of both sides signed three
/// accords"), not its date. The clause runs from the preposition to the first comma or
/// semicolon after the date, else to the sentence's end.
fn recall_clause(text: &str, sentence: &Range<usize>, m: &EventMention, tense: TriggerTense, found: &crate::gazetteer::Found, date_ranges: &[Range<usize>], lists: &super::super::rules::WordLists) -> Option<Range<usize>> {
    // Its own date right after it.
    let date = m.date.filter(|d| d.how == DateHow::Own).and_then(|d| date_ranges.get(d.date))?;
    let clause_end = |date: &Range<usize>| text[date.end..sentence.end].find(COMMAS_AND_SEMICOLONS).map_or(sentence.end, |k| date.end + k);
    if !latin_trigger(text, &m.trigger) {
        return recall_clause_ar(text, sentence, m, tense, date, found, lists).map(|start| start..clause_end(date));
    }
    if tense != TriggerTense::Past || text[m.trigger.clone()].contains(' ') {
        return None;
    }
    if date.start < m.trigger.end || !crate::text::lexmatch::at_most_words(text, m.trigger.end..date.start, RECALL_DATE_GAP_WORDS) {
        return None;
    }
    let before = crate::text::lexmatch::words(text, sentence.start..m.trigger.start);
    let k = before.iter().rev().take(RECALL_NOUN_WORDS + 1).position(|w| lists.recall_heads.iter().any(|h| h == &text[w.clone()]))?;
    let head = before[before.len() - 1 - k].clone();
    if k == 0 || text[head.end..m.trigger.start].contains([',', ';']) || found.entities.iter().any(|e| head.end <= e.range.start && e.range.end <= m.trigger.start) {
        return None;
    }
    Some(head.start..clause_end(date))
}

/// The most words between an Arabic recall's past verb and its date, names left out: the
/// verb's subject («التي وقعها البلدان في …», «الذي وقعه الوزيران يوم …») and the date's own
/// preposition.
const RECALL_AR_DATE_GAP_WORDS: usize = 3;

/// The most words between an Arabic recall's noun and its date, names left out: an adjective,
/// the participle or the relative pronoun and its verb, the date's preposition («مذكرة التفاهم
/// الدفاعية الموقعة في …», «المباحثات التي تم إجراؤها في …»).
const RECALL_AR_NOUN_GAP_WORDS: usize = 4;

/// The most pluperfect auxiliaries (word list `recall-aux`) between the relative pronoun and
/// the verb («التي كان قد وقعها»).
const RECALL_AR_AUX_WORDS: usize = 2;

/// Where the Arabic recall `m` opens, when it is one, dated a few words after its trigger with
/// no clause mark between: its past verb right after a relative pronoun (word list
/// `relative`), a pluperfect's auxiliaries allowed between (list `recall-aux`: «التي كان قد
/// وقعها»), the clause opening at the pronoun («الوفد الإسرائيلي الأمريكي، الذي حط في 22
/// ديسمبر الماضي على متن أول رحلة», «لمذكرة التفاهم التي وقعها البلدان في نونبر الماضي»); or
/// its noun, told by a participle (list `recall-participle`: «الموقعة», «المبرمة») or a
/// relative clause of a passive or light verb before the date («مذكرة التفاهم الموقعة في
/// نونبر الماضي», «المباحثات التي أجريت في …»), the clause opening at the noun. The act the
/// clause recalls, told inside another act's sentence, keeps its date and the people of its
/// clause. A clause at the sentence's start opens no recall: nothing is told before it.
fn recall_clause_ar(text: &str, sentence: &Range<usize>, m: &EventMention, tense: TriggerTense, date: &Range<usize>, found: &crate::gazetteer::Found, lists: &super::super::rules::WordLists) -> Option<usize> {
    if date.start < m.trigger.end || text[m.trigger.end..date.start].contains(CLAUSE_BREAKS_OF_EITHER_SCRIPT) {
        return None;
    }
    // The names of the verb's subject count for nothing («التي وقعها ناصر بوريطة ويائير لابيد
    // في 11 غشت»).
    let unnamed: Vec<Range<usize>> = crate::text::lexmatch::word_iter(text, m.trigger.end..date.start).filter(|w| !found.entities.iter().any(|e| e.range.start <= w.start && w.end <= e.range.end)).collect();
    let opens = match tense {
        // «زيارته للمغرب التي بدأها الثلاثاء»: a visit's start told of the visit before it is
        // that visit's first day (src/events/visit_end.rs), no earlier act.
        TriggerTense::Past if lists.starts_a_visit(&text[m.trigger.clone()]) => return None,
        TriggerTense::Past if !text[m.trigger.clone()].contains(' ') && unnamed.len() <= RECALL_AR_DATE_GAP_WORDS => {
            let before = crate::text::lexmatch::word_iter(text, sentence.start..m.trigger.start).rev();
            let relative = before.take(RECALL_AR_AUX_WORDS + 1).find(|w| !lists.recall_auxiliaries.has(&text[w.clone()]))?;
            if !lists.relatives.has_with_proclitics(&text[relative.clone()]) || text[relative.start..m.trigger.start].contains(CLAUSE_BREAKS_OF_EITHER_SCRIPT) {
                return None;
            }
            relative.start
        }
        TriggerTense::Noun if unnamed.len() <= RECALL_AR_NOUN_GAP_WORDS => {
            let told = unnamed.iter().any(|w| lists.recall_participles.has_with_proclitics(&text[w.clone()]) || lists.relatives.has_with_proclitics(&text[w.clone()]));
            // «زيارته للمغرب التي بدأها الثلاثاء»: the visit told, by its first day.
            let visit_start = unnamed.iter().any(|w| lists.starts_a_visit(&text[w.clone()]));
            if !told || visit_start {
                return None;
            }
            m.trigger.start
        }
        _ => return None,
    };
    // Something told before the clause: the act it is recalled in, or the noun it describes.
    crate::text::lexmatch::word_iter(text, sentence.start..opens).next()?;
    Some(opens)
}

/// The person named right before `at` (a comma allowed between), the antecedent of the
/// relative pronoun there («الوزير عيساوي فريج، الذي حل …»).
fn relative_antecedent(text: &str, sentence_start: usize, at: usize, found: &crate::gazetteer::Found, g: &crate::gazetteer::Gazetteer) -> Option<usize> {
    let name_end = sentence_start + text[sentence_start..at].trim_end().trim_end_matches(COMMAS).trim_end().len();
    found.entities.iter().find(|e| e.range.end == name_end && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person).map(|e| e.entity)
}

/// The fewest countries a signing must name before a `later-joiner` phrase for the countries
/// named after it to be later joiners: the pact's own parties, two at least ("signed with the
/// UAE and Bahrain … and later extended to Morocco"). With fewer, the phrase tells something
/// else ("Israel's minister signed the accord, followed by talks with Moroccan officials").
const PACT_PARTIES: usize = 2;

/// "…the Abraham Accords, which it signed with the UAE and Bahrain last year and later extended
/// to Morocco", «وكانت الإمارات وإسرائيل قد وقعتا معاهدة السلام …، وتبعتهما البحرين ثم السودان
/// والمغرب», « signés avec les Émirats et Bahreïn, puis élargis au Maroc »: a signing told
/// with its parties, then a phrase of the list `later-joiner` and more countries. Those joined
/// later, each in an act of its own: they are no parties to the signing told, so the countries
/// (and the people, organisations and places of those countries) named only after the phrase
/// leave it. A page that tells a country's own joining names it as the act's party, before any
/// such phrase ("Morocco joined the Abraham Accords on 22 December").
fn later_joiners_take_no_part(out: &mut [EventMention], from: usize, text: &str, sentence: &Range<usize>, found: &crate::gazetteer::Found, g: &crate::gazetteer::Gazetteer, lists: &super::super::rules::WordLists) {
    // One search for all the phrases first: every signing's sentence asked for each form,
    // string by string, cost a tenth of the whole extraction on the bench corpus.
    if !out[from..].iter().any(|m| m.event_type.family() == EventType::Agreement) || !lists.later_joiner_starts_in(text, sentence.clone()) {
        return;
    }
    let country = |e: &crate::gazetteer::EntityMention| *g.country_of(e.entity);
    let phrases: Vec<Range<usize>> = crate::events::phrases::phrases_in(text, sentence.clone(), &lists.later_joiners).collect();
    if phrases.is_empty() {
        return;
    }
    for m in out[from..].iter_mut().filter(|m| m.event_type.family() == EventType::Agreement) {
        let Some(joiner) = phrases.iter().filter(|r| r.start >= m.trigger.end).min_by_key(|r| r.start).cloned() else { continue };
        let mut before: Vec<crate::idset::Id> = found.starting_in(&(sentence.start..joiner.start)).iter().map(country).filter(|c| !c.is_empty()).collect();
        before.sort();
        before.dedup();
        if before.len() < PACT_PARTIES {
            continue;
        }
        let after: Vec<&crate::gazetteer::EntityMention> = found.starting_in(&(joiner.end..sentence.end)).iter().filter(|e| !before.contains(&country(e))).collect();
        if after.is_empty() {
            continue;
        }
        let later: Vec<usize> = after.iter().map(|e| e.entity).collect();
        m.people.retain(|p| !later.contains(p));
        m.organisations.retain(|p| !later.contains(p));
        m.places.retain(|p| !later.contains(p));
        m.countries.retain(|c| !after.iter().any(|e| country(e) == *c));
    }
}

/// "Le premier vol direct atterrira dimanche": a visit verb that names no one who travels, in
/// the clause of a flight, is the plane's landing or leaving — the flight's verb, not a visit.
/// The flight takes its date and status. A date set off by commas between the verb and the
/// flight parts no clause («حط بمطار مراكش، يوم الأحد، أول رحلة مباشرة»).
fn drop_landings(out: &mut Vec<EventMention>, from: usize, sentence: &crate::text::segment::Sentence, date_clauses: &[usize], rules: &TriggerRules) {
    let clause_of = |at: usize| sentence.clause_at(at);
    let one_clause = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => a == b || a.abs_diff(b) > 1 && (a.min(b) + 1..a.max(b)).all(|c| date_clauses.contains(&c)),
        _ => a == b,
    };
    let mut i = from;
    while i < out.len() {
        let m = &out[i];
        let verb = !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
        let nobody = m.people.is_empty() && m.organisations.is_empty() && m.role_refs.is_empty();
        let clause = clause_of(m.trigger.start);
        let flight = (from..out.len()).find(|&f| out[f].event_type == EventType::Flight && one_clause(clause_of(out[f].trigger.start), clause));
        match flight {
            Some(f) if m.event_type == EventType::Visit && verb && nobody => {
                let landing = out.remove(i);
                let f = if f > i { f - 1 } else { f };
                let flight = &mut out[f];
                if flight.date.is_none() {
                    flight.date = landing.date;
                    flight.planned |= landing.planned;
                    flight.on_publication_day = flight.date.is_none() && (flight.on_publication_day || landing.on_publication_day);
                }
            }
            _ => i += 1,
        }
    }
}

/// The relative clause describing a person that the Latin-script trigger at `at` stands in, if
/// any: after a comma right after a person's name, a relative word (`relatives`: "who",
/// « qui ») opens it, and the next clause mark or the sentence's end closes it ("Benny Gantz,
/// who landed in Rabat on Tuesday evening,").
fn person_relative_clause(text: &str, sentence: Range<usize>, at: usize, found: &crate::gazetteer::Found, g: &crate::gazetteer::Gazetteer, relatives: &[String]) -> Option<Range<usize>> {
    if !latin_trigger(text, &(at..text.len())) {
        return None;
    }
    let comma = sentence.start + text[sentence.start..at].rfind(',')?;
    let opener = crate::text::lexmatch::word_iter(text, comma + 1..at).next()?;
    if !relatives.iter().any(|r| r.eq_ignore_ascii_case(&text[opener.clone()])) {
        return None;
    }
    let name_end = text[..comma].trim_end().len();
    let after_a_person = found.entities.iter().any(|e| e.range.end == name_end && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person);
    if !after_a_person {
        return None;
    }
    let end = text[at..sentence.end].find(LATIN_CLAUSE_MARKS).map_or(sentence.end, |k| at + k);
    Some(comma..end)
}

/// "The agreement was signed this week in Rabat by INCD head Yigal Unna, who led a delegation to
/// the Moroccan capital", « signé mardi par Benny Gantz, qui conduisait une délégation dans la
/// capitale », «ووقعها بيني غانتس، الذي قاد وفدا عسكريا إلى العاصمة المغربية»: a trip told in a
/// relative clause (a comma after a person's name, then a relative word: lists
/// `clause-relative`, `relative`) that opens after another act of the sentence, done, is the
/// circumstance of that act — who did it came there — and no event of its own. Only a trip told
/// done (a past verb, or a delegation noun: "who led a delegation to") and with no date of its
/// own: "who landed on Monday evening" is a day of its own, "اللذين يقومان بزيارة للمملكة" (who
/// are on a visit) the trip of the news. Returns the mentions' indices in `out`.
fn trips_told_as_a_circumstance(reading: &Reading<'_>, out: &[EventMention], hits: &SentenceHits) -> Vec<usize> {
    let Reading { text, sentence, first_new, found, g, rules, .. } = *reading;
    let lists = &rules.words;
    let is_delegation_noun = |w: &str| lists.delegations.has_with_proclitics(w) || lists.delegations.iter().filter_map(|d| d.rsplit(' ').next()).any(|last| last.eq_ignore_ascii_case(w));
    let mut trips = Vec::new();
    for i in first_new..out.len() {
        let m = &out[i];
        if m.event_type.family() != EventType::Visit || m.aside || m.planned || m.date.is_some_and(|d| d.how == DateHow::Own) {
            continue;
        }
        let tense = hits.events[i - first_new].3;
        let last_word = text[m.trigger.clone()].rsplit(' ').next().unwrap_or_default();
        if tense != TriggerTense::Past && !(tense == TriggerTense::Noun && is_delegation_noun(last_word)) {
            continue;
        }
        let clause = if latin_trigger(text, &m.trigger) {
            person_relative_clause(text, sentence.range.clone(), m.trigger.start, found, g, &lists.clause_relatives).map(|c| c.start)
        } else {
            arabic_person_relative_clause(text, &sentence.range, m.trigger.start, found, g, &lists.relatives)
        };
        let Some(opens) = clause else { continue };
        if out[first_new..].iter().any(|o| o.event_type.family() != EventType::Visit && !o.planned && !o.aside && o.trigger.end <= opens) {
            trips.push(i);
        }
    }
    trips
}

/// The most words between an Arabic relative pronoun and the trip it tells («الذي قاد وفدا»).
const RELATIVE_TRIP_WORDS: usize = 3;

/// Where an Arabic relative clause describing a person opens, when `at` is told in one: a
/// relative pronoun (list `relative`) right after a comma that follows a person's name, within
/// [`RELATIVE_TRIP_WORDS`] words before `at` («…، بيني غانتس، الذي قاد وفدا»): the comma.
fn arabic_person_relative_clause(text: &str, sentence: &Range<usize>, at: usize, found: &crate::gazetteer::Found, g: &crate::gazetteer::Gazetteer, relatives: &[String]) -> Option<usize> {
    let pronoun = crate::text::lexmatch::word_iter(text, sentence.start..at).rev().take(RELATIVE_TRIP_WORDS).find(|w| relatives.has(&text[w.clone()]))?;
    let before = text[sentence.start..pronoun.start].trim_end();
    let comma = before.strip_suffix(COMMAS)?;
    let name_end = sentence.start + comma.trim_end().len();
    let after_a_person = found.entities.iter().any(|e| e.range.end == name_end && g.entities()[e.entity].kind == crate::gazetteer::EntityKind::Person);
    after_a_person.then_some(sentence.start + comma.len())
}
