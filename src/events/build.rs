//! Building event mentions from one document.
//!
//! A sentence is scanned once for trigger rules. Each event trigger becomes an
//! [`EventMention`] that takes, from its part of the sentence:
//!
//! * **a date**: every date expression of the sentence goes to the nearest predicate — event
//!   trigger or not ("أعلن", "اتهم" compete too), so "زيارة غانتس … مع إعلان الجزائر في آب"
//!   does not date the visit to August. An event noun after "خلال" ("during") shares the date of
//!   the sentence's main event; an undated event in a sentence opened by "بعد ذلك", "كما", "ثم"
//!   takes the date of the previous dated event (the narrative goes on);
//! * **participants**: people, organisations and places named in its scope — the sentence, cut
//!   between triggers of different families so that two events of one sentence do not share
//!   names — leaving out who reports it ("كشف X أن …"); offices named without a name ("وزير
//!   الخارجية الإسرائيلي", "نظيره المغربي") are kept as role references, resolved once the date
//!   is known; a meeting or call with one person named takes the actor of the preceding
//!   sentences as the other ("وفي وقت لاحق الأربعاء التقى … بوريطة");
//! * **status**: planned for future forms and announcement markers (من المقرر، من المنتظر…);
//!   a date after publication makes it planned too, later, when dates are resolved.
//!
//! An event noun after a demonstrative ("هذا اللقاء") refers to an event already reported and is
//! not a new mention.

use std::collections::HashMap;
use std::ops::Range;

use super::collapse::{collapse_same_family, qualified_events, signed_by_video};
use super::hosts::{departure_abroad, hosts_of_a_led_delegation};
use super::welcome::{airport_welcome_is_the_visit, is_form_with_proclitics, welcome_at_airport};
use super::mention::{DateHow, DateLink, EventMention};
use super::participants::{NameSources, fill_participants, join_referred, main_countries, overlaps, scopes};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use super::scan::{SentenceHits, drop_denied, enumeration_items, opens_a_gathering, scan, time_references, told_aside};
use crate::dates::DateMention;
use crate::dates::value::ExprKind;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;
use crate::text::lexmatch::{Scan, at_most_words, word_iter};
use crate::text::segment::ends_with_a_stop;

/// The organisation kind (gazetteer column `kind`) of airlines: what "the company" of a flight
/// may stand for.
const AIRLINE: &str = "airline";

/// Build the event mentions of `doc`. `date_mentions` are the document's date expressions, in
/// text order (their indices are what [`DateLink`] refers to). `triggers` is a bank's scan of
/// the document holding the trigger phrases (the rules' own automaton runs when there is none).
pub fn build_events(doc: &Document, triggers: Option<Scan<'_>>, found: &Found, date_mentions: &[DateMention], rules: &TriggerRules, g: &Gazetteer) -> Vec<EventMention> {
    let text = doc.norm.text.as_str();
    let dates: Vec<Range<usize>> = date_mentions.iter().map(|m| m.range.clone()).collect();
    let main_countries = main_countries(found, g);
    let item_families: Vec<EventType> = rules.rules.iter().filter_map(|r| if let RuleKind::Item(t) = r.kind { Some(t.family()) } else { None }).collect();
    let mut out: Vec<EventMention> = Vec::new();
    // Leads of enumerations ("وقعا أربع اتفاقيات"), by sentence and trigger: how many items took
    // their date.
    let mut leads: HashMap<(usize, usize), u32> = HashMap::new();
    let mut item_lead: HashMap<(usize, usize), (usize, usize)> = HashMap::new();
    // The lead: the first sentence of the story (a full sentence, not a site's name, a date
    // line or a headline), and the starts of its events left undated (see `lead_takes_the_day`).
    let lead = doc.sentences.iter().position(|s| ends_with_a_stop(&text[s.range.clone()]) && !at_most_words(text, s.range.clone(), 5));
    let mut lead_undated: Vec<usize> = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if crate::budget::expired() {
            break;
        }
        let mut hits = scan(text, sentence, rules, triggers, found, g);
        // A verb that is also a noun counts where its rule says a verb stands ("هاتف الملك …
        // رئيس الوزراء" phoned; "التجسس على هاتف الملك" is his phone).
        hits.events.retain(|e| {
            let clause_start = sentence.clauses.iter().find(|c| c.start <= e.0.start && e.0.start < c.end).map_or(sentence.range.start, |c| c.start);
            rules.rules[e.1].accepts_before(&text[clause_start..e.0.start])
        });
        // "ليبرمان" is not "ل" + "يبرمان" (they conclude): a trigger inside a person's name is
        // part of the name.
        hits.events.retain(|e| {
            let k = found.entities.partition_point(|n| n.range.end <= e.0.start);
            !found.entities[k..].iter().take_while(|n| n.range.start <= e.0.start).any(|n| n.range.start <= e.0.start && e.0.end <= n.range.end && g.entities()[n.entity].kind == EntityKind::Person)
        });
        tell_the_untold(&mut hits, text, &out, sentence.range.end, &dates, &rules.words);
        drop_denied(text, sentence.range.end, &mut hits, rules);
        join_referred(&mut out, si, sentence.range.clone(), &hits, found, g);
        let delegation_verbs = delegation_as_subject(text, &mut hits, &rules.words);
        let items = enumeration_items(&mut hits, sentence.range.end);
        let item_of = |i: usize| {
            let e = &hits.events[i];
            item_families.contains(&e.2.family()).then(|| items.iter().position(|s| s.contains(&e.0.start))).flatten()
        };
        let mut aside = told_aside(text, sentence.range.start, &hits, &rules.words.articles);
        // "بعد يوم من توقيعه مذكرة تفاهم": the noun that names the referred event right after its
        // verbal noun is that event too, told aside; it does not take the sentence's date.
        for (r, _, ty, tense) in &hits.events {
            // So is the object of a verb told aside, a couple of words on ("التي وقع خلالها مذكرة
            // تفاهم": signed during the visit, not on the day it ended).
            let named_by_aside = *tense == TriggerTense::Noun
                && hits.events.iter().any(|o| {
                    aside.contains(&o.0.start)
                        && o.2.family() == ty.family()
                        && o.0.end <= r.start
                        && word_iter(text, o.0.end..r.start).all(|w| rules.words.during_pronouns.iter().any(|p| *p == text[w.clone()]))
                });
            if named_by_aside && !aside.contains(&r.start) {
                aside.push(r.start);
            }
        }
        let references = time_references(text, &hits);
        // "بعد أيام قليلة من زيارة غانتس للرباط، بحث بلخير مع كوخافي …": a time reference, up
        // to the clause of the next event or predicate told in a later clause, names the
        // referred event's people (a title set apart by commas stays in it); the event told
        // after it does not share them, nor does the referred event take the names told after.
        let reference_spans: Vec<Range<usize>> = references
            .iter()
            .filter_map(|&s| {
                let own = sentence.clause_at(s)?;
                let told = hits.events.iter().filter(|e| !aside.contains(&e.0.start)).map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start));
                let next = told.filter_map(|at| sentence.clause_at(at)).filter(|&c| c > own).min()?;
                Some(s..sentence.clauses[next].start)
            })
            .collect();
        if hits.events.is_empty() {
            continue;
        }
        // Dates are in text order: the sentence's are a slice found by binary search.
        let first = dates.partition_point(|d| d.start < sentence.range.start);
        // A date on a date line is the page's, not an event's: an agency dateline opening the
        // story's first sentence ("RABAT, Nov 25 (Reuters) - … signed … on Wednesday", "الرباط
        // - 24 نوفمبر 2021 (رويترز) -") dates the writing, the weekday the signing.
        let sentence_dates: Vec<usize> = (first..dates.len())
            .take_while(|&d| dates[d].start < sentence.range.end)
            .filter(|&d| dates[d].end <= sentence.range.end && date_mentions[d].dateline.is_none())
            .collect();
        // Each date goes to a predicate (event triggers are predicates too): the nearest in its
        // own clause, else the nearest before it — Arabic news puts the time after the verb —
        // else the nearest after it (a Latin-script date: the nearer of the two).
        // The sentence's words, split when a date is first placed (most sentences with events
        // have no date of their own).
        let word_at = |at: usize| sentence.words(text).partition_point(|w| w.end <= at);
        let clause_of = |at: usize| sentence.clause_at(at);
        // An event noun after "خلال" beside another event of its clause is subordinate to it
        // ("سيلتقي ليفي خلال زيارته … يوم الجمعة المقبل": Friday is the meeting's) and takes
        // its date later; alone in its clause ("خلال لقائهما الاثنين") it keeps its own.
        // "خلال زيارة", "تزامنا مع أول زيارة": a during marker right before the noun, an ordinal
        // allowed between.
        let during_before = |r: &Range<usize>| {
            hits.during.iter().find(|d| d.end <= r.start && (r.start - d.end <= 2 || matches!(text[d.end..r.start].trim(), "اول" | "اولي" | "ثاني" | "ثالث" | "اخر")))
        };
        let after_during = |r: &Range<usize>| during_before(r).is_some();
        // "وعلى هامش زيارة غانتس، التقى كوخافي بلخير", "وخلال الزيارة، وقع غانتس …": a visit noun
        // told as the frame of the sentence's event — after a during or sidelines word, without
        // a possessive (a possessive's visitor is the event's subject: "على هامش زيارته"), in a
        // clause before the next event of another family — names its own people up to that
        // event's clause; the event told after it names its own (the frame's visitor is not at
        // the talks) and, undated, takes the frame's date (see `frame_of`).
        let frames: Vec<(usize, Range<usize>)> = hits
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun && !has_possessive(text, &e.0) && (during_before(&e.0).is_some() || on_the_sidelines(text, sentence.range.start, &e.0, &rules.words)))
            .filter_map(|(j, e)| {
                let own = sentence.clause_at(e.0.start)?;
                let next = hits.events.iter().filter(|o| o.2.family() != EventType::Visit).filter_map(|o| sentence.clause_at(o.0.start)).filter(|&c| c > own).min()?;
                Some((j, e.0.start..sentence.clauses[next].start))
            })
            .collect();
        // The frame the event at `i` is told after, by its index.
        let frame_of = |i: usize| frames.iter().find(|(j, told)| *j < i && told.end <= hits.events[i].0.start).map(|&(j, _)| j);
        // "خلال هذه الزيارة", "أثناء وجوده بالمغرب": during an event already reported.
        let soon_after_during = |r: &Range<usize>| hits.during.iter().any(|d| d.end <= r.start && r.start - d.end <= 12);
        // "اتفقا على قدوم الوفد": an event in the object of a decision is what was decided.
        let decided = |r: &Range<usize>| hits.decisions.iter().any(|&d| d <= r.start);
        // An event announced by a marker before it in its clause ("دعاه إلى زيارة إسرائيل"): an
        // invitation, not the event of the sentence.
        let invited = |r: &Range<usize>| hits.planned.iter().any(|p| p.end <= r.start && clause_of(p.start) == clause_of(r.start));
        let subordinate = |i: usize| {
            let e = &hits.events[i];
            e.3 == TriggerTense::Noun
                && after_during(&e.0)
                && hits.events.iter().enumerate().any(|(j, o)| j != i && !after_during(&o.0) && clause_of(o.0.start) == clause_of(e.0.start) && !invited(&o.0))
        };
        // "والتقى الوفد، اليوم الاثنين، وزيرة الاقتصاد": an event noun right after a verb of
        // another family is its subject or object, and a date after them is the verb's.
        let governed_by_verb = |i: usize| {
            let e = &hits.events[i];
            e.3 == TriggerTense::Noun && hits.events.iter().any(|o| o.3 != TriggerTense::Noun && o.2.family() != e.2.family() && o.0.end <= e.0.start && text[o.0.end..e.0.start].trim().is_empty())
        };
        let mut preds: Vec<(Range<usize>, Option<usize>)> =
            (0..hits.events.len()).filter(|&i| !subordinate(i) && !governed_by_verb(i)).map(|i| (hits.events[i].0.clone(), Some(i))).collect();
        preds.extend(hits.predicates.iter().map(|r| (r.clone(), None)));
        // "جرى، اليوم الجمعة، اتصال هاتفي", "عقد كوخافي، أمس، جلسة عمل": a light verb stands for
        // the event noun it governs — the first trigger after it, a few words on, with no other
        // predicate between — so a date told beside the verb is the noun's.
        // Event nouns a light verb tells ("قام وفد … بزيارة", "يبدأ الوزير زيارة"): told by a
        // verb, as a lead's news is.
        let mut told_by_support: Vec<(usize, usize)> = Vec::new();
        for support in &hits.supports {
            let governed = hits.events.iter().position(|e| e.0.start >= support.end).filter(|&i| {
                let e = &hits.events[i];
                e.3 == TriggerTense::Noun
                    && !subordinate(i)
                    // Over a subject with its long title ("أجرى وزير الشؤون الخارجية والتعاون
                    // الإفريقي …، ناصر بوريطة، اليوم بالرباط، مباحثات").
                    && at_most_words(text, support.end..e.0.start, 16)
                    && !hits.predicates.iter().any(|p| p.start >= support.end && p.end <= e.0.start)
            });
            if let Some(i) = governed {
                // A verb that is also a predicate of its own ("توجه") stands for the noun only.
                preds.retain(|(r, ev)| !(ev.is_none() && r == support));
                preds.push((support.clone(), Some(i)));
                told_by_support.push((i, support.start));
            }
        }
        let mut own_date: HashMap<usize, (usize, usize)> = HashMap::new();
        // Dates that went to a statement ("أعلنت أمس"), by the statement's start.
        let mut statement_date: Vec<(usize, usize)> = Vec::new();
        for &d in &sentence_dates {
            let date = &dates[d];
            // "اتفقا أمس على عقد لقاء … الشهر المقبل": a date before what was decided is the
            // decision's; the decided event has only the dates of its own object.
            let decided_after = |r: &Range<usize>| hits.decisions.iter().any(|&k| date.end <= k && k <= r.start);
            let preds: Vec<&(Range<usize>, Option<usize>)> = preds.iter().filter(|(r, _)| !decided_after(r)).collect();
            let gap = |r: &Range<usize>| word_at(r.start).abs_diff(word_at(date.start)).min(word_at(r.end.saturating_sub(1)).abs_diff(word_at(date.end.saturating_sub(1))));
            let same_clause = preds.iter().filter(|(r, _)| clause_of(r.start) == clause_of(date.start)).min_by_key(|(r, _)| (gap(r), r.start > date.start));
            let before = || preds.iter().filter(|(r, _)| r.end <= date.start).max_by_key(|(r, _)| r.start);
            let after = || preds.iter().filter(|(r, _)| r.start >= date.end).min_by_key(|(r, _)| r.start);
            // English and French put the time before the verb as often as after it ("aura
            // demain, lundi, des entretiens", "on Wednesday, Lapid and Bourita discussed"): a
            // Latin-script date outside any predicate's clause goes to the nearer side.
            let date_text = &text[date.clone()];
            let latin = date_text.chars().any(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ')) && !date_text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}'));
            // "on Tuesday, a day after he signed": a date does not cross a sequel word to the
            // event that word tells aside.
            let crosses_sequel = |r: &Range<usize>| hits.sequels.iter().any(|s| s.start >= date.end && s.end <= r.start);
            let either = || match (before(), after()) {
                (Some(b), Some(a)) if latin && gap(&a.0) < gap(&b.0) && !crosses_sequel(&a.0) => Some(a),
                (b, a) => b.or(a),
            };
            match same_clause.or_else(either) {
                Some((r, Some(ev))) => {
                    // The nearest date wins when several go to one trigger.
                    let g = gap(r);
                    if own_date.get(ev).is_none_or(|&(_, old)| g < old) {
                        own_date.insert(*ev, (d, g));
                    }
                }
                Some((r, None)) if hits.statements.contains(r) => statement_date.push((r.start, d)),
                _ => {}
            }
        }
        let mut own_date: HashMap<usize, usize> = own_date.into_iter().map(|(ev, (d, _))| (ev, d)).collect();
        // "قال …، في تصريح أدلى به أمس الثلاثاء: «وقعنا اليوم …»": "today" inside a quotation is
        // the day the words were said — the date told before the quotation in its sentence —
        // not the day the article was written.
        for d in own_date.values_mut() {
            if let Some(said) = quoted_today_said_on(doc, sentence.range.start, &sentence_dates, date_mentions, *d) {
                *d = said;
            }
        }
        let scopes = scopes(text, sentence, &hits.events, &hits.predicates, &rules.words.during_pronouns);
        let names = NameSources { text, hits: &hits, found, g, main_countries: &main_countries, lists: &rules.words };
        // "التقى بوريطة لابيد، على هامش قمة النقب التي …": an event noun right after a sidelines
        // word (an article allowed between) is the larger event the sentence's event of its
        // family is told on the sidelines of: another event, named by its own phrase — up to
        // the next trigger or predicate, or its clause's end — which the other does not share.
        let sideline_spans: Vec<Option<Range<usize>>> = hits
            .events
            .iter()
            .map(|(r, _, ty, tense)| {
                let same_family_beside = hits.events.iter().any(|o| o.0 != *r && o.2.family() == ty.family());
                if *tense != TriggerTense::Noun || !same_family_beside || !on_the_sidelines(text, sentence.range.start, r, &rules.words) {
                    return None;
                }
                let next = hits.events.iter().map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start)).filter(|&at| at >= r.end);
                let end = next.chain(clause_of(r.start).map(|c| sentence.clauses[c].end)).min().unwrap_or(sentence.range.end);
                Some(r.start..end.max(r.end))
            })
            .collect();
        // Departures abroad told in the sentence (see `hosts::departure_abroad`): where each
        // trigger starts, where the clause of its destination ends, the home places it left.
        let departures: Vec<(usize, usize, Vec<usize>)> = hits
            .events
            .iter()
            .enumerate()
            .filter(|(_, (r, rule, ty, tense))| (ty.family() == EventType::Visit && rules.rules[*rule].tells_a_departure()) || (*ty == EventType::Flight && *tense == TriggerTense::Past && traveller_after(text, r.end, found, g)))
            .filter_map(|(j, (r, ..))| {
                let (destination, home) = departure_abroad(text, r, &scopes[j], found, g, &rules.words)?;
                let cut = clause_of(destination.start).map_or(sentence.range.end, |c| sentence.clauses[c].end);
                Some((r.start, cut.max(destination.end), home))
            })
            .collect();
        let first_new = out.len();
        // Hosts of a reception whose guests a visit's relative clause describes (left out of
        // the sentence's visits once its triggers are collapsed: "على رأس وفد" joins them).
        let mut hosts: Vec<usize> = Vec::new();
        let mut reported_dates: Vec<(usize, DateLink)> = Vec::new();
        // Mentions (indices into `out`) that repeat an event told just before.
        let mut repeats: Vec<usize> = Vec::new();
        for (i, (range, rule, ty, tense)) in hits.events.iter().enumerate() {
            let item = item_of(i);
            let span = item.map_or(sentence.range.clone(), |k| items[k].clone());
            // An item's participants are its own: the lead's are named in the lead.
            let aside = aside.contains(&range.start);
            // An event told aside names its own parties after it ("… التي وقعتها الحكومتان").
            let start = if aside { range.start } else { scopes[i].start.max(span.start).min(range.start) };
            // "وقع العثماني الإعلان خلال أول زيارة يقوم بها وفد إسرائيلي": a visit noun after
            // "خلال" with no pronoun of its own names its visitor after it; who is named before
            // is the main event's party or the host, not someone who travels.
            // The delegation of that visit ("يقوم بها وفد …") is read from there too.
            let visit_from = hits
                .events
                .iter()
                .filter(|e| e.2.family() == EventType::Visit && e.3 == TriggerTense::Noun && e.0.start <= range.start && clause_of(e.0.start) == clause_of(range.start) && !has_possessive(text, &e.0))
                .filter_map(|e| during_before(&e.0))
                .map(|d| d.start)
                .max();
            let start = match visit_from {
                Some(from) if ty.family() == EventType::Visit => start.max(from).min(range.start),
                _ => start,
            };
            let decided = decided(range);
            // "وتحدث عن مباحثاته مع الملك …، أوضح أن الطرفين اتفقا على قدوم الوفد": what was decided
            // names its own parties; who decided, or was named before, is not among them. But
            // those who agree to meet, talk or sign again are the parties of what they decided
            // ("sont convenues de se retrouver … pour signer un accord").
            let decided_by_its_parties = matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement);
            let start = match hits.decisions.iter().filter(|&&d| d <= range.start).max() {
                Some(&d) if !decided_by_its_parties => start.max(d),
                _ => start,
            };
            // A time reference after the trigger ("… بعد أيام من الإعلان عن … بوساطة ترامب") names
            // the referred event's people, not this one's.
            let reference = references.iter().copied().filter(|&r| r >= range.end).min().unwrap_or(usize::MAX);
            let scope = match &sideline_spans[i] {
                Some(own) => own.clone(),
                None => {
                    let (mut start, mut end) = (start, scopes[i].end.min(span.end).min(reference).max(range.end));
                    for told in &reference_spans {
                        if told.contains(&range.start) && aside {
                            end = end.min(told.end).max(range.end);
                        } else if told.end <= range.start {
                            start = start.max(told.end).min(range.start);
                        }
                    }
                    for (j, told) in &frames {
                        if *j == i {
                            end = end.min(told.end).max(range.end);
                        } else if frame_of(i) == Some(*j) {
                            start = start.max(told.end).min(range.start);
                        }
                    }
                    start..end
                }
            };
            // "وغادر بوريطة الرباط متوجها إلى باريس", "أقلعت طائرة الوزير من الرباط متوجهة إلى
            // باريس": a departure from the traveller's own country is a trip to where it heads;
            // what the sentence tells after that place is another event's ("…، بعد أن استقبل").
            // The trip's other words ("متوجها إلى باريس في زيارة عمل") are read up to the end of
            // the destination's clause too.
            let traveller_plane = *ty == EventType::Flight && *tense == TriggerTense::Past && traveller_after(text, range.end, found, g);
            let departure = (ty.family() == EventType::Visit || traveller_plane).then(|| departures.iter().find(|(from, cut, _)| *from <= range.start && range.start < *cut)).flatten();
            let scope = match departure {
                Some((_, cut, _)) => scope.start..scope.end.min(*cut).max(range.end),
                None => scope,
            };
            let mut date = own_date.get(&i).map(|&d| DateLink { date: d, how: DateHow::Own });
            if date.is_none() && !decided && after_during(range) {
                let main = own_date.iter().min_by_key(|(ev, _)| distance(&hits.events[**ev].0, range));
                date = main.map(|(_, &d)| DateLink { date: d, how: DateHow::During });
            }
            // "خلال هذه الزيارة": during an event already reported, so at its date; "وعلى هامش
            // هذه المباحثات، وقع الوزيران": by its parties, when it names none of its own.
            let mut referred_event: Option<usize> = None;
            if !aside && !decided {
                let referred = hits.references.iter().find(|(r, _)| soon_after_during(r)).map(|(_, family)| family);
                let referred = referred.or_else(|| hits.stays.iter().any(soon_after_during).then_some(&EventType::Visit));
                if let Some(family) = referred {
                    referred_event = out[..first_new].iter().rposition(|m| m.event_type.family() == *family);
                    if date.is_none() {
                        date = referred_event.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::During });
                    }
                }
            }
            // "وعقب اللقاء، وقع الجانبان مذكرة تفاهم": an event told right after a sequel word and
            // an event noun of a family dated in the two sentences before follows that event, on
            // its day; its parties, when it names none ("الجانبان"), are that event's.
            if date.is_none() && referred_event.is_none() && !aside && !decided && *tense != TriggerTense::Future {
                let followed = hits
                    .sequels
                    .iter()
                    .filter(|s| s.end <= range.start)
                    .find_map(|s| hits.events.iter().find(|e| e.3 == TriggerTense::Noun && e.0.start >= s.end && e.0.end <= range.start && text[s.end..e.0.start].trim().is_empty()))
                    .map(|e| e.2.family());
                if let Some(family) = followed {
                    referred_event = out[..first_new].iter().rposition(|m| si - m.sentence <= 2 && m.event_type.family() == family && !m.planned && m.date.is_some());
                    date = referred_event.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::Carried });
                }
            }
            // The mention whose date a connective carries, to be checked against this one's status.
            let mut carried_from: Option<usize> = None;
            if date.is_none() && !aside && !decided && hits.carry_at_start && *tense != TriggerTense::Future {
                carried_from = out.iter().rposition(|m| m.date.is_some());
                date = carried_from.and_then(|k| out[k].date).map(|d| DateLink { date: d.date, how: DateHow::Carried });
            }
            let mut mention = EventMention {
                rule: *rule,
                event_type: *ty,
                trigger: range.clone(),
                sentence: si,
                date,
                people: Vec::new(),
                organisations: Vec::new(),
                places: Vec::new(),
                countries: Vec::new(),
                role_refs: Vec::new(),
                planned: *tense == TriggerTense::Future
                    || decided
                    || hits.purposes.contains(&range.start)
                    // A marker before the trigger, or after it in its own clause ("زيارة …
                    // المرتقبة"), not one that opens a later clause ("وهو يدشن …، حيث يرتقب أن يزور").
                    // An event noun after "خلال" is not announced by a marker that announces an
                    // event before it ("دعاه إلى زيارة إسرائيل خلال اتصال أجراه الطرفان").
                    || hits.planned.iter().any(|p| {
                        let governs_another = after_during(range) && hits.events.iter().any(|o| o.0.start > p.start && o.0.end <= range.start);
                        !governs_another && (p.start < range.start || (overlaps(p, &scope) && clause_of(p.start) == clause_of(range.start)))
                    }),
                carried_actor: None,
                on_publication_day: false,
                item: item.map(|k| k as u32),
                span,
                aside,
                shift: 0,
            };
            // "كما يتزامن الاتفاق مع اقتراب إطلاق الرحلات": a connective ties a plan to a done
            // event, not to its day; only an event of the same status takes the carried date.
            if carried_from.is_some_and(|k| out[k].planned != mention.planned) {
                mention.date = None;
            }
            // The names of a larger event told on the sidelines are its own, not this one's.
            let mut pieces = vec![scope.clone()];
            for other in sideline_spans.iter().enumerate().filter(|&(j, _)| j != i).filter_map(|(_, s)| s.as_ref()) {
                pieces = pieces.into_iter().flat_map(|p| [p.start..other.start.clamp(p.start, p.end), other.end.clamp(p.start, p.end)..p.end]).filter(|p| !p.is_empty()).collect();
            }
            for piece in &pieces {
                fill_participants(&mut mention, piece, &names);
            }
            // "التقت خلالها عددا من المسؤولين المغاربة", "met representatives of the local Jewish
            // community", "a rencontré des membres de la communauté": talks with a group left
            // unnamed, with no one of the other side named (a person, an office; an
            // organisation named after the group is whom it belongs to, "members of the
            // Council of Jewish Communities"), are part of the visit they are told in, not a row.
            if matches!(ty.family(), EventType::Meeting | EventType::Call) && mention.people.len() <= 1 && mention.role_refs.is_empty() && unnamed_other_side(text, range.end, sentence.range.end, &rules.words) {
                repeats.push(out.len());
            }
            // "على هامش القمة": a larger event that names no one of its own is the one already
            // told, not news of this sentence.
            let names_none = mention.people.is_empty() && mention.organisations.is_empty() && mention.role_refs.is_empty() && mention.places.is_empty();
            if sideline_spans[i].is_some() && names_none {
                repeats.push(out.len());
            }
            // "أجرى باربيفاي مباحثات مع مزور، خلال زيارة عمل يقوم بها إلى المملكة": a visit after
            // "خلال" that names where it goes but no visitor is the visit of who is named before
            // it from another country.
            if let Some(from) = visit_from.filter(|_| ty.family() == EventType::Visit)
                && mention.people.is_empty()
                && mention.role_refs.is_empty()
                && mention.organisations.is_empty()
                && let [destination] = mention.countries.as_slice()
            {
                let destination = destination.clone();
                let first = found.entities.partition_point(|e| e.range.start < sentence.range.start);
                for e in found.entities[first..].iter().take_while(|e| e.range.end <= from) {
                    let entity = &g.entities()[e.entity];
                    if entity.kind == EntityKind::Person && !entity.country.is_empty() && entity.country != destination && !mention.people.contains(&e.entity) {
                        mention.people.push(e.entity);
                        mention.countries.push(entity.country.clone());
                    }
                }
            }
            if let Some(k) = referred_event
                && mention.people.is_empty()
                && mention.role_refs.is_empty()
            {
                mention.people = out[k].people.clone();
                mention.role_refs = out[k].role_refs.clone();
                mention.countries.extend(out[k].countries.iter().cloned());
            }
            if hits.pairs.iter().any(|p| overlaps(p, &scope)) {
                mention.countries.extend(main_countries.iter().cloned());
            }
            // "استقبل الطالبي العلمي … رئيس الكنيست ميكي ليفي، الذي يقوم بزيارة رسمية": a visit
            // told in a relative clause is the visit of the person the clause describes, named
            // first (a title with no city names its visitor first).
            if ty.family() == EventType::Visit
                && let Some(visitor) = described_visitor(text, sentence.range.start, range, found, g, &rules.words.relatives)
                && let Some(at) = mention.people.iter().position(|&p| p == visitor)
            {
                let v = mention.people.remove(at);
                mention.people.insert(0, v);
                // "استقبل جلالة الملك محمد السادس، اليوم، كوشنر وبن شبات، اللذين يقومان بزيارة":
                // the host of the reception the clause follows receives the visitors; he is
                // not one of them.
                if let Some(host) = reception_host(sentence.range.start, range, &hits, found, g).filter(|&h| h != visitor && g.country_of(h) != g.country_of(visitor)) {
                    hosts.push(host);
                }
            }
            // "استقبل بوريطة، اليوم، وفدا إسرائيليا يقوده أوشبيز": the delegation's leader visits;
            // who received it is its host (see `hosts`).
            if ty.family() == EventType::Visit {
                hosts.extend(hosts_of_a_led_delegation(text, &sentence.range, range, &hits, found, g, &rules.words));
            }
            // "على هامش زيارته للمغرب، عقد برنياع لقاء مع المنصوري", "خلال زيارتها لإسرائيل،
            // التقت الوزيرة …": a visit told by its noun with a possessive after a during marker
            // is the visit of the one the sentence's event names from elsewhere; who is of the
            // country it goes to (named right after it) receives him.
            if ty.family() == EventType::Visit
                && *tense == TriggerTense::Noun
                && after_during(range)
                && has_possessive(text, range)
                && let Some(visited) = country_named_after(text, range.end, found, g)
            {
                mention.people.retain(|&p| *g.country_of(p) != visited);
            }
            // "وكان الوزير الإسرائيلي قد تجول، أمس، في حي الملاح … رفقة أزولاي": a leg of a visit
            // whose subject is not named by its verb is the leg of the visitor of the trip told
            // before.
            if rules.rules[*rule].tells_a_leg() && !names_its_subject(text, sentence.range.start, range, found, g) {
                let visitor = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned && !rules.rules[m.rule].tells_a_leg()).and_then(|m| m.people.first().copied());
                if let Some(visitor) = visitor.filter(|v| !mention.people.contains(v)) {
                    mention.people.insert(0, visitor);
                    mention.countries.push(g.country_of(visitor).clone());
                }
            }
            // "وكان في استقباله بمطار الرباط سلا …": a welcome at the airport is the visitor's
            // arrival, folded into the visit once the sentence is read (see `welcome`); it has
            // no implicit subject or other side of its own.
            let welcomed = !latin_trigger(text, range) && welcome_at_airport(doc, &mention, &rules.words);
            // "ترأس مزور وباربيفاي افتتاح المنتدى": the opening of a gathering (a forum, a
            // session, a summit) is that gathering's start, a meeting, not an office opened.
            if *ty == EventType::Opening && opens_a_gathering(text, range.end, &rules.words) {
                mention.event_type = EventType::Meeting;
            }
            // "حطت طائرة وزير الدفاع الإسرائيلي بمطار الرباط": the landing of someone's plane is
            // that person's arrival, a visit; an airline's plane is a flight.
            if traveller_plane {
                mention.event_type = EventType::Visit;
            }
            // "والتقى الوفد، اليوم، برئيس الكنيست", "وأجرى الوفد مباحثات مع …": the delegation
            // told before takes part, by its visitor (the first person of the last visit told).
            let by_delegation = delegation_verbs.contains(&range.start) || told_by_support.iter().any(|&(e, s)| e == i && delegation_verbs.contains(&s));
            if by_delegation && matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement) {
                let leader = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned).and_then(|m| m.people.first().copied());
                if let Some(leader) = leader.filter(|l| !mention.people.contains(l)) {
                    mention.people.insert(0, leader);
                    mention.countries.push(g.country_of(leader).clone());
                    mention.carried_actor = Some(leader);
                }
            }
            // "وحل الوفد بالعاصمة المغربية": a visit naming no one but "the delegation" is the
            // delegation's told before.
            if ty.family() == EventType::Visit && mention.people.is_empty() && mention.role_refs.is_empty() && names_by_a_definite_noun(text, &scope, &rules.words.delegations) {
                let told = out.iter().rev().find(|m| m.event_type.family() == EventType::Visit && !m.planned && !m.people.is_empty());
                if let Some(told) = told {
                    mention.people = told.people.clone();
                    mention.countries.extend(told.countries.iter().cloned());
                    // "وغادر الوفد المملكة": where that visit went, with its host left out of
                    // its people, is where this one is.
                    if mention.places.is_empty() {
                        mention.places = told.places.clone();
                    }
                }
            }
            // "وأعلنت الشركة أنها ستستأنف رحلاتها نحو إسرائيل": a flight naming no airline but
            // "the company" or "the carrier" is that of the flight told before — or, when that
            // flight was no event ("علقت الخطوط الملكية المغربية رحلاتها": suspended), the
            // airline last named before the sentence.
            if ty.family() == EventType::Flight && mention.organisations.is_empty() && names_by_a_definite_noun(text, &scope, &rules.words.carriers) {
                let told = out.iter().rev().find(|m| m.event_type.family() == EventType::Flight && !m.organisations.is_empty());
                if let Some(told) = told {
                    mention.organisations = told.organisations.clone();
                    mention.countries.extend(told.countries.iter().cloned());
                } else {
                    let before = &found.entities[..found.entities.partition_point(|e| e.range.end <= sentence.range.start)];
                    let airline = before.iter().rev().map(|e| e.entity).find(|&k| g.entities()[k].kind == EntityKind::Organisation && g.entities()[k].subkind == AIRLINE);
                    if let Some(k) = airline {
                        mention.organisations.push(k);
                        mention.countries.push(g.entities()[k].country.clone());
                    }
                }
            }
            // "وفي وقت لاحق الأربعاء التقى … بوريطة": a verb whose one named person comes after
            // it has its subject left implicit — the actor of the sentences just before.
            let in_scope = &found.entities[found.entities.partition_point(|e| e.range.start < scope.start)..];
            let in_scope = &in_scope[..in_scope.partition_point(|e| e.range.start < scope.end)];
            let implicit_subject = !welcomed
                && mention.carried_actor.is_none()
                && matches!(ty, EventType::Meeting | EventType::Call)
                && *tense != TriggerTense::Noun
                && mention.people.len() == 1
                && in_scope.iter().any(|e| e.entity == mention.people[0] && e.range.start >= range.end && e.range.end <= scope.end)
                && !in_scope.iter().any(|e| g.entities()[e.entity].kind == EntityKind::Person && e.range.end <= range.start);
            // The mentions of the sentences before, within two, nearest first: where an implicit
            // subject, the other side of a reception and a follow-up's event are looked for.
            let told_just_before = || out[..first_new].iter().rev().take_while(|m| si - m.sentence <= 2);
            if implicit_subject {
                // "ويلتقي الضيف الإسرائيلي، اليوم، رئيس مجلس المستشارين …": a subject told by its
                // office and country is the person of that country the sentences before name.
                let named = mention.people[0];
                let mut others: Vec<&crate::idset::Id> = mention.countries.iter().filter(|c| *c != g.country_of(named)).collect();
                others.sort();
                others.dedup();
                let of_that_country = (others.len() == 1)
                    .then(|| told_just_before().find_map(|m| m.people.iter().copied().find(|&p| p != named && g.country_of(p) == others[0])))
                    .flatten();
                let actor = of_that_country.or_else(|| told_just_before().find_map(|m| m.people.first().copied().filter(|p| *p != mention.people[0])));
                if let Some(actor) = actor {
                    mention.people.insert(0, actor);
                    mention.carried_actor = Some(actor);
                }
            }
            // "وخصها لفتيت باستقبال": a reception or a call has two sides; with one person named,
            // the other is the one of another country the sentences just before are about.
            if !welcomed && mention.carried_actor.is_none() && matches!(ty, EventType::Meeting | EventType::Call) && mention.people.len() == 1 {
                let named = mention.people[0];
                let actor = told_just_before().find_map(|m| m.people.first().copied().filter(|&p| p != named && g.country_of(p) != g.country_of(named) && !g.country_of(p).is_empty()));
                if let Some(actor) = actor {
                    mention.people.insert(0, actor);
                    mention.carried_actor = Some(actor);
                }
            }
            // A follow-up sentence on the same event ("ووقع على الوثيقة عن المغرب …", "موضحا أن
            // التوقيع عليه جرى …") names who took part but not the day: an undated mention takes
            // the date of the event of its family told in the two sentences before, when their
            // people agree.
            if mention.date.is_none() && !mention.planned && !aside && mention.item.is_none() {
                let previous = told_just_before().find(|m| m.event_type.family() == ty.family());
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own)
                    && !prev.planned
                    && (prev.people.is_empty() || mention.people.is_empty() || prev.people.iter().any(|p| mention.people.contains(p)))
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                    // "ويرى باحث أن توقيت الزيارة …": a visit noun that names no one is that
                    // visit again, not another (an agreement's follow-up may tell what was
                    // signed: it stays, for its subject).
                    if ty.family() == EventType::Visit && *tense == TriggerTense::Noun && mention.people.is_empty() && mention.role_refs.is_empty() {
                        repeats.push(out.len());
                    }
                }
            }
            // "وعلى هامش زيارة غانتس، التقى كوخافي بلخير": the event told after a frame took
            // place during the visit it tells, at its date (the frame's own, or the one it
            // carries from the visit told before).
            if mention.date.is_none() && !mention.planned && !aside && ty.family() != EventType::Visit
                && let Some(j) = frame_of(i)
            {
                mention.date = out[first_new + j].date.map(|d| DateLink { date: d.date, how: DateHow::During });
            }
            // "وقعا أربع اتفاقيات" … "وتتعلق الثانية بمذكرة …": an item of an enumeration takes the
            // date of the agreement told just before it — the lead, or the item before.
            if mention.date.is_none() && !mention.planned && mention.item.is_some() {
                let previous = out.iter().rev().take_while(|m| si - m.sentence <= 3).find(|m| m.event_type.family() == ty.family());
                if let Some(prev) = previous
                    && prev.date.is_some_and(|d| d.how == DateHow::Own || prev.item.is_some())
                    && !prev.planned
                {
                    mention.date = prev.date.map(|d| DateLink { date: d.date, how: DateHow::Carried });
                    // The lead names the parties ("وقع المغرب وإسرائيل أربع اتفاقيات").
                    let parties = prev.countries.clone();
                    mention.countries.extend(parties);
                    let prev_key = (prev.sentence, prev.trigger.start);
                    let lead = if prev.item.is_none() { prev_key } else { item_lead.get(&prev_key).copied().unwrap_or(prev_key) };
                    item_lead.insert((si, range.start), lead);
                    *leads.entry(lead).or_default() += 1;
                }
            }
            // "أعلنت الوزارة أمس أن مبعوثها حل بالرباط", "أعلنت اليوم عن التوقيع على …", "the
            // ministry announced on Monday that the two countries had signed", "a annoncé lundi
            // que …", "tweeted Lapid on Wednesday as he landed": a past event reported by a dated
            // statement is dated by it (once the triggers of one event are collapsed: a future
            // verb beside the noun makes it planned).
            if mention.date.is_none() && !aside && matches!(tense, TriggerTense::Past | TriggerTense::Noun) {
                let reported = statement_date.iter().filter(|(at, _)| *at < range.start).max_by_key(|(at, _)| *at).filter(|&&(at, _)| {
                    let mut between = word_iter(text, at..range.start);
                    let link = |w: &Range<usize>| matches!(&text[w.clone()], "ان" | "بان" | "انه" | "انها" | "عن" | "that" | "as" | "que") || text[w.clone()].starts_with("qu'");
                    // "أعلنت الرباط، اليوم الأربعاء، ترقية مكتب الاتصال": a noun right after the
                    // statement's date is its object, what was announced.
                    // "a annoncé jeudi, dans un communiqué, la signature", "announced on Thursday the
                    // signing": an aside between commas and an article may stand between.
                    let object_after_date = || date_mentions.get(statement_date.iter().find(|(s, _)| *s == at).map_or(usize::MAX, |&(_, d)| d)).is_some_and(|dm| dm.range.end <= range.start && opens_the_object(&text[dm.range.end..range.start], &rules.words.articles));
                    match tense {
                        TriggerTense::Noun => between.next_back().is_some_and(|w| link(&w)) || object_after_date(),
                        _ => between.any(|w| link(&w)) || object_after_date(),
                    }
                });
                if let Some(&(_, d)) = reported {
                    reported_dates.push((range.start, DateLink { date: d, how: DateHow::Reported }));
                }
            }
            // A headline ("المغرب وإسرائيل يوقعان …") has no final stop and tells a past event in
            // the present; a body sentence in the present tells what is going on.
            let body = ends_with_a_stop(&text[sentence.range.clone()]);
            // "يبدأ … زيارة … يلتقي خلالها وزير الفلاحة": a present verb "during it" tells the
            // programme of the visit, some day of it, not what is going on today.
            let in_programme = word_iter(text, range.end..sentence.range.end).next().is_some_and(|w| rules.words.during_pronouns.iter().any(|p| *p == text[w.clone()]));
            let ongoing = (*tense == TriggerTense::Present && !hits.consequences.contains(&range.start) && !in_programme) || hits.ongoing.iter().any(|o| clause_of(o.start) == clause_of(range.start));
            mention.on_publication_day = mention.date.is_none() && !mention.planned && !aside && ongoing && body;
            // An event the lead tells with no date of its own, not as what someone said or
            // thought ("قال إن", "رحب ب") and not for later: the story's news.
            // Told by a verb (a noun in a lead is as often the topic, "أميط اللثام عن توقيع …"),
            // or by a light verb that governs the noun and names who ("يبدأ X زيارة رسمية إلى
            // المغرب", "قام وفد إسرائيلي … بزيارة إلى الرباط"; "يلتئم رجال أعمال … في منتدى" names
            // nobody a reader can place), in a lead that dates none of its events (an undated one beside a dated one is told
            // in passing: "وقعت …، اليوم، … على هامش زيارة وفد خصه الملك باستقبال").
            if Some(si) == lead
                && own_date.is_empty()
                && mention.date.is_none()
                && !mention.planned
                && !aside
                && mention.item.is_none()
                && (matches!(tense, TriggerTense::Past | TriggerTense::Present) || (*tense == TriggerTense::Noun && told_by_support.iter().any(|&(e, _)| e == i) && !mention.people.is_empty()))
                && !hits.consequences.contains(&range.start)
                && !in_programme
                && !hits.predicates.iter().any(|p| p.end <= range.start)
            {
                lead_undated.push(range.start);
            }
            mention.countries.sort();
            mention.countries.dedup();
            out.push(mention);
        }
        // An undated event noun shares the date of a dated event of its sentence that has a
        // person in common ("استقبل بوريطة، اليوم الاثنين، باربيفاي، التي تقوم بزيارة عمل"),
        // and so does a past verb coordinated after it ("On Wednesday, Lapid held talks with
        // Bourita, and the two men signed three agreements") unless told inside a "during"
        // phrase (that rule dates it, or leaves it to the visit it belongs to).
        // Not an invitation or a purpose ("دعاه إلى زيارة"): that visit is for later.
        for i in first_new..out.len() {
            let tense = hits.events[i - first_new].3;
            if out[i].date.is_some() || out[i].planned || out[i].aside || !matches!(tense, TriggerTense::Noun | TriggerTense::Past) || governed_by_verb(i - first_new) {
                continue;
            }
            let shared = (first_new..out.len())
                // A follow-up's date carried from the event it repeats ("وأشرف على توقيع الاتفاقية
                // … الذي يقوم بزيارة عمل") is that event's day too.
                .filter(|&j| j != i && out[j].date.is_some_and(|d| matches!(d.how, DateHow::Own | DateHow::Carried)))
                .filter(|&j| tense == TriggerTense::Noun || (out[j].trigger.start < out[i].trigger.start && !hits.during.iter().any(|d| d.end <= out[i].trigger.start)))
                .find(|&j| out[j].people.iter().any(|p| out[i].people.contains(p)))
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
                    m.countries.push(g.country_of(p).clone());
                }
            }
            m.countries.retain(|c| !c.is_empty());
            m.countries.sort();
            m.countries.dedup();
        }
        repeats.dedup();
        for &i in repeats.iter().rev() {
            out.remove(i);
        }
        airport_welcome_is_the_visit(&mut out, first_new, doc, &rules.words, &|m| !latin_trigger(text, &m.trigger));
        let visitors = own_visitors(text, sentence.range.start, &out[first_new..], found, g);
        collapse_same_family(&mut out, first_new, rules, &visitors, &sidelined);
        for m in out[first_new..].iter_mut().filter(|m| m.event_type.family() == EventType::Visit) {
            // The home a traveller left is not where his trip goes, for every visit word of
            // the sentence ("…، في أول زيارة لها إلى المملكة").
            m.places.retain(|p| !departures.iter().any(|(_, _, home)| home.contains(p)));
            let received_by: Vec<usize> = hosts.iter().copied().filter(|h| m.people.contains(h)).collect();
            m.people.retain(|p| !hosts.contains(p));
            // Nor his office told beside his name ("صاحب الجلالة الملك").
            let host_countries: Vec<&crate::idset::Id> = hosts.iter().map(|&h| g.country_of(h)).collect();
            m.role_refs.retain(|r| !matches!(r, super::mention::RoleRef::Office { country, .. } if host_countries.contains(&country)));
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
        qualified_events(&mut out, first_new, text, rules);
        signed_by_video(&mut out, first_new, text, &rules.words.media);
        drop_landings(&mut out, first_new, sentence, rules);
        for m in &mut out[first_new..] {
            if m.date.is_none() && !m.planned {
                m.date = reported_dates.iter().find(|(at, _)| *at == m.trigger.start).map(|&(_, d)| d);
                m.on_publication_day &= m.date.is_none();
            }
        }
    }
    lead_takes_the_day(&mut out, lead, &lead_undated);
    // A lead whose events are told one by one is those events, not one more.
    out.retain(|m| leads.get(&(m.sentence, m.trigger.start)).is_none_or(|&n| n < 2));
    out
}

/// The lead's undated events (`undated`: their triggers' starts) are the story's news: each
/// takes the day a later sentence gives the same event (its family, and a person in common
/// when both name people; else within the two sentences after the lead: "وقع المغرب وإسرائيل
/// اتفاقية …" then "وجرى توقيعها أمس الثلاثاء …"), else the publication day ("حل الوزير
/// بالرباط في زيارة رسمية"). The follow-ups of the same event in the two sentences after the
/// lead that name no day of their own ("ووقع المذكرة عن الجانب المغربي …") take that day too.
fn lead_takes_the_day(out: &mut [EventMention], lead: Option<usize>, undated: &[usize]) {
    let Some(lead) = lead else { return };
    let same_event = |a: &EventMention, b: &EventMention| {
        a.event_type.family() == b.event_type.family()
            && if a.people.is_empty() || b.people.is_empty() { b.sentence <= lead + 2 } else { a.people.iter().any(|p| b.people.contains(p)) }
    };
    for i in 0..out.len() {
        if out[i].sentence != lead || out[i].date.is_some() || out[i].planned || !undated.contains(&out[i].trigger.start) {
            continue;
        }
        let later = out.iter().find(|o| o.sentence > lead && !o.planned && o.date.is_some_and(|d| d.how == DateHow::Own) && same_event(&out[i], o)).and_then(|o| o.date);
        match later {
            Some(d) => out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried }),
            None => out[i].on_publication_day = true,
        }
        for j in 0..out.len() {
            let follow_up = out[j].sentence > lead && out[j].sentence <= lead + 2 && out[j].date.is_none() && !out[j].on_publication_day && !out[j].planned && !out[j].aside && out[j].item.is_none() && same_event(&out[i], &out[j]);
            if follow_up {
                out[j].date = out[i].date;
                out[j].on_publication_day = out[i].on_publication_day;
            }
        }
    }
}

/// Words of an aside between commas that may stand between a statement's date and its object
/// ("a annoncé jeudi, dans un communiqué, la signature").
const STATEMENT_ASIDE_WORDS: usize = 5;

/// Whether `gap`, the text between a statement's date and an event noun, leaves the noun the
/// statement's object: nothing but commas, an aside between commas of at most
/// [`STATEMENT_ASIDE_WORDS`] words, and one article.
fn opens_the_object(gap: &str, articles: &[String]) -> bool {
    let separator = |c: char| c == ',' || c == '،';
    let rest = match (gap.find(separator), gap.rfind(separator)) {
        (Some(first), Some(last)) if gap[..first].trim().is_empty() && gap[first..last].split_whitespace().count() <= STATEMENT_ASIDE_WORDS => &gap[last..],
        (Some(_), _) => return false,
        _ => gap,
    };
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || separator(c));
    let mut words = rest.split([' ', '\'']).filter(|w| !w.is_empty());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => articles.iter().any(|a| a == w),
        _ => false,
    }
}

/// Words after a meeting verb and the words that open a group within which the head of a group
/// left unnamed is looked for ("met the city's Jewish community": a possessive and an
/// adjective before the head).
const VAGUE_GROUP_REACH: usize = 4;

/// Whether the other side of talks told at `after` is a group left unnamed ("التقت خلالها
/// عددا من المسؤولين", "مباحثات مع عدد من المسؤولين", "met with representatives of",
/// "a rencontré des membres de la communauté"): past the words that open the group ("مع",
/// "with", "des": rows of kind `vague-lead`) and "during it", one of the next
/// [`VAGUE_GROUP_REACH`] words, before any stop or `vague-stop` word ("between"), is one of
/// the `vague-group` rows (the languages' lists are one list: their words do not meet).
fn unnamed_other_side(text: &str, after: usize, sentence_end: usize, lists: &WordLists) -> bool {
    let end = text[after..sentence_end].find([',', ';', '،', '.']).map_or(sentence_end, |i| after + i);
    let next = word_iter(text, after..end);
    let lead = |w: &str| lists.vague_leads.iter().any(|l| l == w) || lists.during_pronouns.iter().any(|p| p == w);
    let head = |w: &str| lists.vague_groups.iter().any(|v| v == w || w.strip_prefix('ب').is_some_and(|rest| rest == v));
    // "جولة من المشاورات بين مسؤولين من البلدين", "talks between officials of the two
    // countries": talks told between two sides (a `vague-stop` word) have both, and are talks.
    let stop = |w: &&str| lists.vague_stops.iter().any(|s| s == w);
    next.map(|w| &text[w]).skip_while(|w| lead(w)).take(VAGUE_GROUP_REACH).take_while(|w| !stop(w)).any(head)
}

/// "والتقى الوفد، اليوم الاثنين، وزيرة الاقتصاد", "وعقد الوفد اجتماعا مع …": a delegation noun
/// (rows of kind `delegation`) right after a verb of another family or a light verb is that
/// verb's subject, not a visit of its own: it leaves the sentence's events. Returns the starts
/// of those verbs (the delegation told before takes part in their events). A verb of the visit
/// family ("وصل وفد") tells the delegation's visit itself and keeps it.
fn delegation_as_subject(text: &str, hits: &mut SentenceHits, lists: &WordLists) -> Vec<usize> {
    let is_delegation = |r: &Range<usize>| lists.delegations.iter().any(|d| is_form_with_proclitics(&text[r.clone()], d));
    let mut verbs = Vec::new();
    let mut subjects = Vec::new();
    for (k, e) in hits.events.iter().enumerate() {
        if e.2.family() != EventType::Visit || e.3 != TriggerTense::Noun || !is_delegation(&e.0) {
            continue;
        }
        let event_verbs = hits.events.iter().filter(|o| o.3 != TriggerTense::Noun && o.2.family() != EventType::Visit).map(|o| &o.0);
        let verb = event_verbs.chain(hits.supports.iter()).find(|v| v.end <= e.0.start && text[v.end..e.0.start].trim().is_empty());
        if let Some(v) = verb {
            verbs.push(v.start);
            subjects.push(k);
        }
    }
    for &k in subjects.iter().rev() {
        hits.events.remove(k);
    }
    verbs
}

/// Whether `scope` names "the delegation" or "the company" (a definite noun of `nouns`, the
/// rows opened by the article, proclitics allowed): one told before.
fn names_by_a_definite_noun(text: &str, scope: &Range<usize>, nouns: &[String]) -> bool {
    word_iter(text, scope.clone()).any(|w| nouns.iter().filter(|d| d.starts_with("ال")).any(|d| is_form_with_proclitics(&text[w.clone()], d)))
}

/// The date a "today" told inside a quotation stands for: the last date of its sentence told
/// before it outside any quotation ("في تغريدة نشرها مساء أمس الاثنين: «سعدت اليوم بلقاء …»").
/// `d` is the date mention the event took, `sentence_dates` the sentence's dates (indices into
/// `date_mentions`). None when `d` is not a bare "today" in a quotation, or when nothing before
/// the quotation dates the words.
fn quoted_today_said_on(doc: &Document, sentence_start: usize, sentence_dates: &[usize], date_mentions: &[DateMention], d: usize) -> Option<usize> {
    let today = date_mentions.get(d)?;
    if !matches!(today.expr.kind, ExprKind::Relative { days: 0, weekday: None, date: None }) || !in_quotation(doc, sentence_start, today.range.start) {
        return None;
    }
    sentence_dates
        .iter()
        .copied()
        .filter(|&e| e != d && date_mentions[e].range.end <= today.range.start && !in_quotation(doc, sentence_start, date_mentions[e].range.start))
        .max_by_key(|&e| date_mentions[e].range.start)
}

/// Whether `at` (in the normalised text) is inside a quotation opened in its sentence (from
/// `sentence_start`) and not closed before it. The normalised text drops quotation marks, so
/// they are read in the original: straight quotes pair up, « “ open and » ” close.
fn in_quotation(doc: &Document, sentence_start: usize, at: usize) -> bool {
    let mut open = false;
    for c in doc.original(sentence_start..at).chars() {
        match c {
            '"' => open = !open,
            '«' | '“' => open = true,
            '»' | '”' => open = false,
            _ => {}
        }
    }
    open
}

/// The person a relative clause that tells a visit describes ("…، ميكي ليفي، الذي يقوم بزيارة
/// رسمية", "التي تزور المغرب حاليا"): named right before its pronoun, a comma at most between,
/// or a title set apart by commas ("…، مئير بن شبات، مستشار الأمن القومي الإسرائيلي، اللذين
/// يقومان بزيارة"). `relatives` are the relative pronouns (rows of kind `relative`).
fn described_visitor(text: &str, sentence_start: usize, trigger: &Range<usize>, found: &Found, g: &Gazetteer, relatives: &[String]) -> Option<usize> {
    let pronoun = word_iter(text, sentence_start..trigger.start).rev().take(3).find(|w| relatives.iter().any(|r| *r == text[w.clone()]))?;
    let k = found.entities.partition_point(|e| e.range.end <= pronoun.start);
    let person = found.entities[..k].iter().rev().find(|e| g.entities()[e.entity].kind == EntityKind::Person)?;
    let gap = text[person.range.end..pronoun.start].trim();
    let comma = |c: char| c == '،' || c == ',';
    let apposition = gap.starts_with(comma) && gap.ends_with(comma) && at_most_words(text, person.range.end..pronoun.start, TITLE_APPOSITION_WORDS);
    (gap.trim_matches(|c: char| c.is_whitespace() || comma(c)).is_empty() || apposition).then_some(person.entity)
}

/// Words of a title set apart by commas between a name and the relative pronoun describing it
/// ("مئير بن شبات، مستشار الأمن القومي الإسرائيلي، اللذين").
const TITLE_APPOSITION_WORDS: usize = 6;

/// The host of the reception a visit's relative clause follows ("استقبل جلالة الملك محمد
/// السادس، اليوم بالرباط، جاريد كوشنر …، اللذين يقومان بزيارة"): the last person named before
/// the reception's trigger ("الملك … استقبل"), else the first named after it — the verb's
/// subject, told before its object.
fn reception_host(sentence_start: usize, visit: &Range<usize>, hits: &SentenceHits, found: &Found, g: &Gazetteer) -> Option<usize> {
    let reception = hits.events.iter().find(|e| e.2.family() == EventType::Meeting && e.0.end <= visit.start)?.0.clone();
    let first = found.entities.partition_point(|e| e.range.start < sentence_start);
    let people = found.entities[first..].iter().filter(|e| g.entities()[e.entity].kind == EntityKind::Person);
    let before = people.clone().take_while(|e| e.range.end <= reception.start).last();
    let mut after = people.filter(|e| e.range.start >= reception.end && e.range.end <= visit.start);
    before.or_else(|| after.next()).map(|e| e.entity)
}

/// Words after a verb within which its subject is named ("تجول رئيس الأركان الإسرائيلي أفيف
/// كوخافي": a title of up to five words, then the name).
const SUBJECT_REACH_WORDS: usize = 6;

/// Whether the verb at `trigger` names its subject: a person named before it in its sentence,
/// or within [`SUBJECT_REACH_WORDS`] words after it.
fn names_its_subject(text: &str, sentence_start: usize, trigger: &Range<usize>, found: &Found, g: &Gazetteer) -> bool {
    let reach = word_iter(text, trigger.end..text.len()).take(SUBJECT_REACH_WORDS).last().map_or(trigger.end, |w| w.end);
    let first = found.entities.partition_point(|e| e.range.start < sentence_start);
    found.entities[first..].iter().take_while(|e| e.range.end <= reach).any(|e| g.entities()[e.entity].kind == EntityKind::Person)
}

/// "The first direct flight between Morocco and Israel took off on Monday", "The joint
/// declaration was inked": a Latin-script reference to an event of a family the article has
/// not told yet, written with more than its bare noun (a modifier, its verb), is where it
/// tells it — an event of the sentence. A bare noun ("to prepare the visit") still refers to
/// the event the story is about, told by another family ("welcomed his counterpart").
/// A noun a statement announces ("announced on Wednesday the signing of a memorandum") is the
/// news the statement reports, told or not (see [`object_of_a_statement`]).
fn tell_the_untold(hits: &mut SentenceHits, text: &str, out: &[EventMention], sentence_end: usize, dates: &[Range<usize>], lists: &WordLists) {
    let untold: Vec<(Range<usize>, usize, EventType, TriggerTense)> = hits
        .referring
        .iter()
        .filter(|(r, _, ty, _)| latin_trigger(text, r) && (text[r.clone()].contains(' ') && !out.iter().any(|m| m.event_type.family() == ty.family()) || object_of_a_statement(text, r, &hits.statements, sentence_end, dates, lists)))
        .cloned()
        .collect();
    if untold.is_empty() {
        return;
    }
    let told = |r: &Range<usize>| untold.iter().any(|e| e.0 == *r);
    hits.references.retain(|(r, _)| !told(r));
    hits.predicates.retain(|r| !told(r));
    hits.events.extend(untold);
    hits.events.sort_by_key(|e| e.0.start);
}

/// Words after an event noun within which a finite verb makes it the subject of a clause.
const CLAUSE_VERB_REACH_WORDS: usize = 8;

/// Whether the event noun at `noun`, after the English article a reference reads ("the"), is the
/// object of the statement before it ("announced on Wednesday the signing of a memorandum"):
/// only that article and dates stand between the statement and the noun, and no finite verb
/// (word list `clause-verb`) follows the noun in its clause, which would make it the subject of
/// a clause the statement reports ("said on Wednesday the visit was a turning point", a
/// back-reference). A relative word ends the noun's own words ("the signing of a deal that
/// will …").
fn object_of_a_statement(text: &str, noun: &Range<usize>, statements: &[Range<usize>], sentence_end: usize, dates: &[Range<usize>], lists: &WordLists) -> bool {
    let Some(statement) = statements.iter().filter(|s| s.end <= noun.start).max_by_key(|s| s.end) else { return false };
    let gap = statement.end..noun.start;
    let in_a_date = |w: &Range<usize>| dates.iter().any(|d| d.start <= w.start && w.end <= d.end);
    // "on Wednesday": the preposition right before a date opens it.
    let opens_a_date = |w: &Range<usize>| dates.iter().any(|d| d.start >= w.end && text[w.end..d.start].trim().is_empty());
    let only_article_and_dates =
        !text[gap.clone()].contains([':', ';', '.', '"', '«', '»', '(']) && word_iter(text, gap).all(|w| in_a_date(&w) || opens_a_date(&w) || lists.articles.iter().any(|a| *a == text[w.clone()]));
    if !only_article_and_dates {
        return false;
    }
    let clause_end = text[noun.end..sentence_end].find([',', ';', ':', '.', '(', '"', '«', '—']).map_or(sentence_end, |k| noun.end + k);
    let relative = |w: &str| matches!(w, "that" | "which" | "who" | "whose" | "qui" | "que" | "dont");
    let subject = word_iter(text, noun.end..clause_end)
        .take(CLAUSE_VERB_REACH_WORDS)
        .map(|w| &text[w])
        .take_while(|w| !relative(w))
        .any(|w| lists.clause_verbs.iter().any(|v| v == w));
    !subject
}

/// "Le premier vol direct atterrira dimanche": a visit verb that names no one who travels, in
/// the clause of a flight, is the plane's landing or leaving — the flight's verb, not a visit.
/// The flight takes its date and status.
fn drop_landings(out: &mut Vec<EventMention>, from: usize, sentence: &crate::text::segment::Sentence, rules: &TriggerRules) {
    let clause_of = |at: usize| sentence.clause_at(at);
    let mut i = from;
    while i < out.len() {
        let m = &out[i];
        let verb = !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
        let nobody = m.people.is_empty() && m.organisations.is_empty() && m.role_refs.is_empty();
        let clause = clause_of(m.trigger.start);
        let flight = (from..out.len()).find(|&f| out[f].event_type == EventType::Flight && clause_of(out[f].trigger.start) == clause);
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

/// The visitor each visit noun of a sentence names as its own, by the noun's start: a person
/// right after it ("زيارة ساعر"), or, for a noun with a possessive pronoun ("في زيارته"), the
/// person named last before it in the sentence. Two visits told in one sentence by their own
/// visitors ("تتزامن زيارة ساعر مع شروع فريج في زيارته") are two visits.
fn own_visitors(text: &str, sentence_start: usize, mentions: &[EventMention], found: &Found, g: &Gazetteer) -> Vec<(usize, usize)> {
    let people = |from: usize, to: usize| {
        let first = found.entities.partition_point(|e| e.range.start < from);
        found.entities[first..].iter().take_while(move |e| e.range.end <= to).filter(|e| g.entities()[e.entity].kind == EntityKind::Person)
    };
    mentions
        .iter()
        .filter(|m| m.event_type.family() == EventType::Visit && !text[m.trigger.clone()].contains(' '))
        .filter_map(|m| {
            let after = found.entities.partition_point(|e| e.range.start < m.trigger.end);
            let genitive = found.entities[after..].first().filter(|e| g.entities()[e.entity].kind == EntityKind::Person && text[m.trigger.end..e.range.start].trim().is_empty());
            let possessor = || has_possessive(text, &m.trigger).then(|| people(sentence_start, m.trigger.start).last()).flatten();
            let visitor = genitive.or_else(possessor)?;
            Some((m.trigger.start, visitor.entity))
        })
        .collect()
}

/// Whether an event noun carries its own agent's pronoun: an Arabic suffix ("زيارته",
/// "جولتها") or a Latin possessive before it ("his visit", "sa visite").
fn has_possessive(text: &str, trigger: &Range<usize>) -> bool {
    let word = text[trigger.clone()].rsplit(' ').next().unwrap_or("");
    if ["ته", "تها", "تهما", "تهم"].iter().any(|s| word.ends_with(s)) {
        return true;
    }
    let before = text[..trigger.start].trim_end().rsplit(' ').next().unwrap_or("");
    matches!(before.to_lowercase().as_str(), "his" | "her" | "their" | "its" | "son" | "sa" | "ses" | "leur" | "leurs")
}

/// The country named right after `at`, a word such as "إلى" allowed between ("زيارته للمغرب",
/// "زيارتها إلى إسرائيل").
fn country_named_after(text: &str, at: usize, found: &Found, g: &Gazetteer) -> Option<crate::idset::Id> {
    let first = found.entities.partition_point(|e| e.range.start < at);
    let e = found.entities.get(first)?;
    let entity = &g.entities()[e.entity];
    (text[at..e.range.start].split_whitespace().count() <= 1 && entity.is_country()).then(|| entity.country.clone())
}

/// Whether the words after a landing or leaving verb at `after` are someone who travels: a
/// person or an office at once ("غادرت وزيرة الداخلية الإسرائيلية أييليت شاكيد المغرب"), or a
/// plane and its passenger ("حطت طائرة غانتس", "حطت طائرة وزير الدفاع الإسرائيلي") — not an
/// airline or a description ("طائرة تابعة لشركة العال", "أول رحلة").
fn traveller_after(text: &str, after: usize, found: &Found, g: &Gazetteer) -> bool {
    let rest = text[after..].trim_start();
    let plane = ["طائره ", "الطائره "].iter().find(|p| rest.starts_with(*p)).map_or(0, |p| p.len());
    let owner = text.len() - rest.len() + plane;
    let starts_at_owner = |start: usize| text[owner..start].trim_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ',')).is_empty();
    let first = found.entities.partition_point(|e| e.range.start < owner);
    let person = found.entities[first..].first().is_some_and(|e| g.entities()[e.entity].kind == EntityKind::Person && starts_at_owner(e.range.start));
    let role = found.roles.get(found.roles.partition_point(|r| r.range.start < owner)).is_some_and(|r| starts_at_owner(r.range.start));
    person || role
}

/// Whether the event noun at `trigger` is told on the sidelines of ("على هامش قمة النقب"): the
/// word before it, or before its article, is a sidelines word (rows of kind `sidelines`).
fn on_the_sidelines(text: &str, sentence_start: usize, trigger: &Range<usize>, lists: &WordLists) -> bool {
    let mut back = word_iter(text, sentence_start..trigger.start).rev().map(|w| &text[w]);
    let is_article = |w: &str| lists.articles.iter().any(|a| a == w);
    let sidelines = |w: &str| lists.sidelines.iter().any(|s| s == w);
    match (back.next(), back.next()) {
        (Some(w), _) if sidelines(w) => true,
        (Some(a), Some(w)) => is_article(a) && sidelines(w),
        _ => false,
    }
}

/// Bytes between two ranges (0 when they touch or overlap).
fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::events::resolve::resolve_mentions;
    use crate::pipeline::{Context, extract_article};

    fn context() -> &'static Context {
        static CTX: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
        CTX.get_or_init(|| Context::load(None, None).unwrap())
    }

    /// (rule family, article body after a date line "نشر: 2021-11-24", expected mentions as
    /// "type date status people").
    const CASES: &[(&str, &str, &[&str])] = &[
        ("agreement past verb", "وقع المغرب وإسرائيل الأربعاء اتفاقا للتعاون الأمني.", &["agreement 2021-11-24 occurred "]),
        ("agreement future", "سيوقع بوريطة ولابيد الخميس المقبل اتفاقية للطيران.", &["agreement 2021-11-25 planned nasser-bourita;yair-lapid"]),
        ("memorandum noun with its signing", "ووقع الجانبان مذكرة تفاهم في مجال المياه أمس.", &["agreement 2021-11-23 occurred "]),
        ("visit noun with visitor", "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط أمس في زيارة رسمية.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("call", "أجرى بوريطة اتصالا هاتفيا مع نظيره الإسرائيلي يائير لابيد، الاثنين.", &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
        ("meeting with counterpart resolved by office", "التقى لابيد، الاثنين، نظيره المغربي في أبوظبي.", &["meeting 2021-11-22 occurred yair-lapid;nasser-bourita"]),
        ("opening", "افتتح ديفيد غوفرين أمس مكتب الاتصال الإسرائيلي في الرباط.", &["opening 2021-11-23 occurred david-govrin"]),
        ("a connective does not carry a done event's day to a plan", "ووقعت الشركتان أمس اتفاقية للتعاون بين البلدين.\nكما يتزامن الاتفاق مع اقتراب إطلاق رحلات جوية مباشرة بين البلدين.", &["agreement 2021-11-23 occurred ", "flight  planned "]),
        ("a connective carries a done event's day to the next done one", "ووقعت الشركتان أمس اتفاقية للتعاون بين البلدين.\nكما دشنت الشركة أولى رحلاتها المباشرة بين البلدين.", &["agreement 2021-11-23 occurred ", "flight 2021-11-23 occurred "]),
        ("flight planned by marker", "ومن المنتظر إطلاق رحلات جوية مباشرة بين البلدين الشهر المقبل.", &["flight 2021-12 planned "]),
        ("anaphor is not a new event", "وجاء هذا اللقاء في سياق متوتر.", &[]),
        ("reporter is not a participant", "كشف الباحث هشام معتضد أن غانتس زار الرباط أمس.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("date goes to the nearest predicate", "تأتي زيارة غانتس مع إعلان الجزائر في آب/أغسطس قطع علاقاتها.", &["visit  occurred benny-gantz"]),
        ("during shares the main event's date", "وقع المغرب وإسرائيل الأربعاء اتفاقا خلال زيارة غانتس.", &["agreement 2021-11-24 occurred benny-gantz", "visit 2021-11-24 occurred benny-gantz"]),
        ("implicit subject carried", "استقبل غانتس من طرف الجنرال فاروق بلخير الأربعاء.\nوفي وقت لاحق الأربعاء التقى وزير الخارجية المغربي ناصر بوريطة.", &["meeting 2021-11-24 occurred benny-gantz;farouk-belkhir", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita"]),
        ("connective carries the date", "التقى غانتس الأربعاء ببوريطة.\nكما التقى غانتس بلوديي.", &["meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
        ("invitation extended is planned", "وسلم أوشبيز دعوة رسمية لبوريطة لزيارة إسرائيل.", &["visit  planned alon-ushpiz;nasser-bourita"]),
        ("arrival told by حل ب", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس في أول زيارة من نوعها.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("حل before no place is no arrival", "وجدد بوريطة أمس دعم المملكة حل الدولتين.", &[]),
        ("visit told by the departure", "وغادر غانتس الرباط أمس متوجها إلى تل أبيب.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("landing of a flight is the flight", "حطت أمس بمطار مراكش أول رحلة مباشرة قادمة من تل أبيب.", &["flight 2021-11-23 occurred "]),
        ("landing of one's plane is the visit", "وحطت طائرة غانتس أمس بمطار الرباط سلا.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("audience granted", "وخص الملك محمد السادس أمس غانتس باستقبال في القصر الملكي.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz"]),
        ("audience received", "وحظي لابيد أمس باستقبال من طرف بوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
        ("call received", "تلقى بوريطة أمس اتصالا من نظيره الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("call reported by the royal cabinet", "وأفاد بلاغ للديوان الملكي أن الملك محمد السادس تحادث أمس مع نفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
        ("phone talks are a call", "وخلال المباحثات الهاتفية أمس، أكد بوريطة للابيد دعم المملكة.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("agreement announced as agreed", "واتفق بوريطة ولابيد أمس على اتفاقية لتبادل فتح السفارات.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("agreed to do something: a decision, not an agreement", "واتفق بوريطة ولابيد أمس على تبادل فتح السفارات.", &[]),
        ("agreed to meet again: the deciders meet", "واتفق بوريطة ولابيد على عقد لقاء جديد في الرباط الشهر المقبل.", &["meeting 2021-12 planned nasser-bourita;yair-lapid"]),
        ("agreed on a delegation's visit: the deciders are not the visitors", "واتفق بوريطة ولابيد على زيارة وفد اقتصادي للرباط الشهر المقبل.", &["visit 2021-12 planned "]),
        ("agreed, after an inserted phrase, to do something", "واتفق الوزيران، خلال لقائهما أمس في الرباط، على تشكيل لجنة مشتركة.", &["meeting 2021-11-23 occurred "]),
        ("agreement to be concluded", "وستبرم باربيفاي مع رياض مزور اتفاقية تجارية الأسبوع المقبل.", &["agreement 2021-11-29 planned orna-barbivai;ryad-mezzour"]),
        ("meeting in the present before a verb", "قبل أن يجتمع لابيد أمس ببوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
        ("intent makes it planned", "وأعلن لابيد نيته زيارة الرباط الشهر المقبل.", &["visit 2021-12 planned yair-lapid"]),
        ("expected makes it planned", "ويترقب أن يوقع البلدان اتفاقا للعدل الخميس المقبل.", &["agreement 2021-11-25 planned "]),
        ("follow-up sentence names the signatories", "وقع المغرب وإسرائيل أمس مذكرة تفاهم في مجال الدفاع.\nووقع الوثيقة عن المغرب عبد اللطيف لوديي وعن إسرائيل بيني غانتس.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
        ("follow-up of another family keeps no date", "التقى بوريطة أمس بلابيد.\nووقع الوزيران اتفاقا للطيران.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred "]),
        ("reference names the participants", "احتضنت الرباط أمس اجتماعا افتراضيا بتقنية الفيديو.\nوشارك في هذا اللقاء ناصر بوريطة إلى جانب يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a future verb decides over a neutral noun", "وقال المصدر إن وفدا مغربيا سيتوجه إلى إسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
        ("an invitation to visit is planned", "ودعا لابيد أمس بوريطة إلى زيارة إسرائيل.", &["visit  planned yair-lapid;nasser-bourita"]),
        ("remote talks are a call", "وأجرى بوريطة أمس مباحثات عن بعد مع لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a forecast is not an event", "وتوقع بوريطة أن يستقبل المغرب لابيد قريبا.", &["meeting  planned nasser-bourita;yair-lapid"]),
        ("present tense in the body is the publication day", "ويواصل غانتس زيارته إلى المغرب، وهو يدشن مكتبا للتعاون.", &["visit 2021-11-24 occurred benny-gantz"]),
        ("a marker in a later clause leaves the trigger occurred", "ويدشن لابيد مكتب الاتصال بالرباط، حيث يرتقب أن يزور الدار البيضاء.", &["opening 2021-11-24 occurred yair-lapid"]),
        // A visit told by its end (src/events/visit_end.rs): its last day, its first day by its
        // length; a tour on a day of it is a leg, its own mention.
        ("concluded a three-day visit today", "واختتم وزير شؤون الشتات الإسرائيلي نحمان شاي، اليوم الأربعاء، زيارة إلى المغرب استغرقت ثلاثة أيام.", &["visit 2021-11-22 occurred nachman-shai"]),
        // (A visit's start told by its end and length is set after this stage, over the whole
        // article: tests/fixtures/phrasings/df.txt.)
        ("a two-day visit told in one word", "واختتم وزير الخارجية الإسرائيلي يائير لابيد، أمس الثلاثاء، زيارة إلى الرباط دامت يومين.", &["visit 2021-11-22 occurred yair-lapid"]),
        // With no length, the end told on the day of a leg is only the leg's frame: the leg.
        ("the end with no length, told with a leg, is the leg", "وفي ختام زيارته إلى المغرب، أمس الثلاثاء، تجول رئيس الأركان الإسرائيلي أفيف كوخافي في ملاح مراكش.", &["visit 2021-11-23 occurred aviv-kochavi"]),
        // A delegation as the subject of another verb is the delegation told before.
        ("a delegation that meets is the delegation told before", "وحل وفد إسرائيلي يقوده ألون أوشبيز بالرباط الاثنين.\nوالتقى الوفد، أمس الثلاثاء، بالكاتب العام لوزارة الخارجية فؤاد يزوغ.", &["visit 2021-11-22 occurred alon-ushpiz", "meeting 2021-11-23 occurred alon-ushpiz;fouad-yazough"]),
        ("a delegation under a light verb is the delegation told before", "وحل وفد إسرائيلي يقوده ألون أوشبيز بالرباط الاثنين.\nوعقد الوفد، أمس الثلاثاء، اجتماعا مع الكاتب العام لوزارة الخارجية فؤاد يزوغ.", &["visit 2021-11-22 occurred alon-ushpiz", "meeting 2021-11-23 occurred alon-ushpiz;fouad-yazough"]),
        ("the delegation arriving is the one told before", "قام وفد إسرائيلي يقوده ألون أوشبيز بزيارة إلى الرباط.\nوحل الوفد بالعاصمة المغربية مساء الاثنين.", &["visit 2021-11-22 occurred alon-ushpiz", "visit 2021-11-22 occurred alon-ushpiz"]),
        ("the end with no length is the last day", "واختتم رئيس الأركان الإسرائيلي أفيف كوخافي، أمس الثلاثاء، زيارته إلى المغرب.", &["visit 2021-11-23 occurred aviv-kochavi"]),
        ("a leg with its subject told before is the visitor's", "وحل وزير شؤون الشتات الإسرائيلي نحمان شاي بالرباط الاثنين.\nوكان الوزير الإسرائيلي قد تجول، أمس الثلاثاء، في حي الملاح بالصويرة رفقة أندري أزولاي.", &["visit 2021-11-22 occurred nachman-shai", "visit 2021-11-23 occurred nachman-shai;andre-azoulay"]),
        ("the host of a reception is not the visitor", "واستقبل الملك محمد السادس، أمس الثلاثاء بالقصر الملكي، جاريد كوشنر ومئير بن شبات، اللذين يقومان بزيارة للمملكة.", &["meeting 2021-11-23 occurred mohammed-vi;jared-kushner;meir-ben-shabbat", "visit 2021-11-23 occurred meir-ben-shabbat;jared-kushner"]),
        ("a trigger inside a name is the name", "يبدأ وزير المالية الإسرائيلي أفيغدور ليبرمان زيارة إلى المغرب تستغرق ثلاثة أيام.", &["visit 2021-11-24 occurred avigdor-lieberman"]),
        ("a since-date is not the event's", "ويواصل لابيد زيارته إلى المغرب، وهي الأولى منذ عام 2003.", &["visit 2021-11-24 occurred yair-lapid"]),
        ("a plane leaving is a flight", "وغادرت طائرة الركاب مطار بن غوريون أمس قاصدة مراكش.", &["flight 2021-11-23 occurred "]),
        ("a consequence in the present is no date", "التقى وزير الخارجية ناصر بوريطة أمس بنظيره الإسرائيلي يائير لابيد.\nوغادرت الطائرة مطار بن غوريون قاصدة مراكش، ليفتتح بذلك الخط الجوي رسميا.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "flight  occurred ", "opening  occurred "]),
        ("a subjunctive present is no date", "وقبيل أن يستقبله لوديي، توجه غانتس إلى ضريح محمد الخامس.", &["meeting  occurred abdellatif-loudiyi;benny-gantz"]),
        ("the other side of a reception is the visitor just named", "حلت أييليت شاكيد أمس بالرباط.\nوخصها عبد الوافي لفتيت أمس باستقبال في مقر الوزارة.", &["visit 2021-11-23 occurred ayelet-shaked", "meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
        ("present tense in a headline is no date", "المغرب وإسرائيل يوقعان اتفاقا للدفاع", &["agreement  occurred "]),
        ("enumerated agreements are one each, dated by their lead", "وقع المغرب وإسرائيل أمس ثلاث اتفاقيات.\nوتتعلق الأولى باتفاقية لإعفاء حاملي الجوازات الدبلوماسية من التأشيرة، فيما تخص الثانية مذكرة تفاهم في مجال الطيران.\nأما الوثيقة الثالثة فهي مذكرة تفاهم حول الموارد المائية.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
        ("an enumeration item dated by the one before it", "ووقع الجانبان أمس اتفاقيتين في الرباط، الأولى مذكرة تفاهم حول الطاقة، والثانية اتفاقية للتعاون في مجال الصحة.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
        ("initialled is no ordinal", "ووقع بوريطة ولابيد أمس بالأحرف الأولى مذكرة تفاهم في مجال السياحة.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a statement dates the arrival it reports", "وأعلنت الخارجية الإسرائيلية أمس أن ديفيد غوفرين حل بالرباط.", &["visit 2021-11-23 occurred david-govrin"]),
        ("a statement dates the signing it announces", "وأعلنت الرباط أمس عن التوقيع على إعلان مشترك مع إسرائيل.", &["agreement 2021-11-23 occurred "]),
        ("a statement does not date a future event", "وأعلن بوريطة أمس أن لابيد سيزور الرباط.", &["visit  planned yair-lapid"]),
        ("an invitation does not share the call's date", "ودعا نفتالي بينيت الملك محمد السادس إلى زيارة إسرائيل خلال اتصال هاتفي أجراه الطرفان الجمعة.", &["visit  planned naftali-bennett;mohammed-vi", "call 2021-11-19 occurred naftali-bennett;mohammed-vi"]),
        ("an event after بعد is a time reference", "والتقى غانتس أمس بوريطة، بعد أسبوع من توقيع الاتفاقية.", &["meeting 2021-11-23 occurred benny-gantz;nasser-bourita", "agreement  occurred "]),
        ("an agreement in a past relative clause is background", "والتقى غانتس اليوم بيوض لبحث تفعيل مذكرة التفاهم التي جرى توقيعها في الرباط.", &["meeting 2021-11-24 occurred benny-gantz;abderrahim-beyyoudh", "agreement  occurred ", "agreement  occurred "]),
        ("an earlier signing in a relative clause keeps its own date", "ووقع المكتب الوطني أمس مذكرة تفاهم تندرج في إطار الاتفاقية التي وقعتها الحكومتان في 22 دجنبر 2020.", &["agreement 2021-11-23 occurred ", "agreement 2020-12-22 occurred "]),
        ("a reference's people stop at the next predicate", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس.\nولا يمكن فصل هذه الزيارة عن سياقها، منذ أن اعترف ترامب بمغربية الصحراء.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("a short future verb points to the coming weekday", "وستحل باربيفاي بالمغرب الأحد في زيارة رسمية.", &["visit 2021-11-28 planned orna-barbivai"]),
        ("the subject before a reporting verb reports", "وكان نتنياهو قد أعلن أمس أن وفدا مغربيا سيحل بإسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
        ("a round of talks is no tour", "واحتضنت الرباط أمس جولة من المشاورات بين مسؤولين من البلدين.", &["meeting 2021-11-23 occurred "]),
        ("a forecast's date is not the event's", "وتوقعت في مارس أن تستقبل بلادها آلاف الزوار.", &["meeting  planned "]),
        ("a visitor is named after the visit noun, not before", "ووقع بوريطة أمس إعلانا مشتركا خلال أول زيارة يقوم بها وفد إسرائيلي إلى الرباط.", &["agreement 2021-11-23 occurred nasser-bourita", "visit 2021-11-23 occurred "]),
        ("coinciding with is during", "ووقع الجانبان أمس اتفاقية للطيران تزامنا مع زيارة يجريها غانتس إلى الرباط.", &["agreement 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
        ("a visit of one's own keeps who is named before", "ووقع غانتس أمس مذكرة تفاهم خلال زيارته إلى الرباط.", &["agreement 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
        ("what was decided is for later", "واتفق الطرفان، خلال لقائهما أمس، على إحداث لجنة تشرف على إبرام اتفاقات في قطاعات متعددة.", &["meeting 2021-11-23 occurred ", "agreement  planned "]),
        ("a visit decided is for later, its parties its own", "واتفق بوريطة ولابيد أمس على قدوم وفد مغربي إلى إسرائيل.", &["visit  planned "]),
        ("during one's stay is during the visit", "حل غانتس بالرباط أمس في زيارة رسمية.\nواجتمع غانتس، أثناء وجوده بالمغرب، بلوديي.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
        ("a connective carries a date over undated sentences", "التقى غانتس أمس بلوديي.\nوقال مسؤول إن العلاقات متينة.\nوأشار بيان إلى أن الوزيرين تطرقا إلى قضايا إقليمية.\nبعد ذلك استقبل غانتس من طرف بلخير.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-11-23 occurred benny-gantz;farouk-belkhir"]),
        ("a visit noun naming no one repeats the visit before", "حل غانتس بالرباط أمس.\nويرى باحث أن توقيت الزيارة ليس مصادفة.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("will take place is planned", "وسيجري على هامش الزيارة إبرام اتفاق تجاري.", &["visit  planned ", "agreement  planned "]),
        ("who congratulates is not a party, who is congratulated is", "وهنأ بلينكن أمس بوريطة ولابيد على افتتاح مكتب الاتصال في الرباط.", &["opening  occurred nasser-bourita;yair-lapid"]),
        ("the country one comes from is no party", "وقادما من إسرائيل، حل بلينكن أمس بالرباط.", &["visit 2021-11-23 occurred antony-blinken"]),
        ("names after a time reference are not the event's", "ووقع البلدان أمس اتفاقية للطيران، بعد أشهر من الإعلان عن استئناف العلاقات بوساطة من الرئيس الأمريكي دونالد ترامب.", &["agreement 2021-11-23 occurred "]),
        ("the event a time reference names keeps its people", "والتقى بوريطة أمس لابيد، بعد يومين من زيارة قام بها غانتس إلى الرباط.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "visit  occurred benny-gantz"]),
        ("after that is no time reference", "وحل غانتس بالرباط أمس، ليلتقي بعد ذلك بوريطة.", &["visit 2021-11-23 occurred benny-gantz;nasser-bourita", "meeting  occurred benny-gantz;nasser-bourita"]),
        ("a decision's day is not the decided meeting's", "واتفق بوريطة ولابيد أمس على عقد لقاء جديد في الرباط الشهر المقبل.", &["meeting 2021-12 planned nasser-bourita;yair-lapid"]),
        ("a decided meeting without a day of its own has none", "واتفق بوريطة ولابيد أمس على عقد لقاء جديد.", &["meeting  planned nasser-bourita;yair-lapid"]),
        ("a decided visit takes its own month, not the decision's day", "واتفق الملك محمد السادس وبينيت أمس على أن يزور بينيت المغرب في يناير المقبل.", &["visit 2022-01 planned naftali-bennett"]),
        ("two visits told by their own visitors are two", "وتتزامن زيارة غانتس مع بدء ميكي ليفي زيارته الأولى إلى الرباط أمس.", &["visit 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred mickey-levy"]),
        ("one visitor's visit told twice is one", "وتأتي زيارة غانتس إلى الرباط أمس في سياق زيارته الأولى للمنطقة.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("a title before a list of countries is each one's office", "واحتضنت الرباط أمس اجتماعا ضم وزراء خارجية (المغرب، إسرائيل، الولايات المتحدة).", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid;antony-blinken"]),
        ("a light verb gives its date to the call noun after it", "وأفاد بلاغ للديوان الملكي أنه جرى، أمس، اتصال هاتفي بين الملك محمد السادس ونفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
        ("a light verb gives its date to the talks after it", "وأجرى وزير الخارجية المغربي ناصر بوريطة، أمس بالرباط، مباحثات مع يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a work session is a meeting", "وعقد كوخافي، أمس، جلسة عمل مع الجنرال الفاروق بلخير.", &["meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
        ("talks held by phone are a call", "وتباحث بوريطة هاتفيا، أمس، مع يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a meeting by video conference is a call", "وعقد الميراوي أمس اجتماعا عبر تقنية التناظر المرئي مع يفعات شاشا بيتون.", &["call 2021-11-23 occurred abdellatif-miraoui;yifat-shasha-biton"]),
        ("a visit put off is no event", "وعلمت الجريدة أن زيارة رئيس الكنيست ميكي ليفي إلى الرباط، التي كانت مقررة الأسبوع الماضي، أرجئت إلى موعد لاحق.", &[]),
        ("a visit called off is no event", "وألغى غانتس زيارته إلى الرباط التي كانت مقررة أمس.", &[]),
        ("a denied call is no event", "ونفى مصدر برلماني أن يكون الطالبي العلمي قد أجرى اتصالا هاتفيا مع ميكي ليفي.", &[]),
        ("a signing that did not take place is no event", "ولم يتم التوقيع على الاتفاقية المرتقبة بين بوريطة ولابيد أمس.", &[]),
        ("a signing called off leaves the next one", "ولم يتم التوقيع على الاتفاقية أمس، ووقع الطرفان بدلا منها مذكرة تفاهم.", &["agreement 2021-11-23 occurred "]),
        ("a postponement told after the visit leaves an earlier visit", "وزار غانتس الرباط أمس، بعد تأجيل الزيارة مرتين.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("the landing of someone's plane is the visit", "وحطت طائرة وزير الدفاع الإسرائيلي بيني غانتس، أمس، بمطار الرباط سلا.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("the landing of an airline's plane is a flight", "وحطت طائرة تابعة لشركة العال، أمس، بمطار مراكش.", &["flight 2021-11-23 occurred "]),
        ("an invitation to make a visit is planned", "ووجه نتنياهو للملك محمد السادس دعوة للقيام بزيارة رسمية لإسرائيل.", &["visit  planned benjamin-netanyahu;mohammed-vi"]),
        ("a visit's programme is for later, its weekday the coming one", "ويحل رازفوزوف غدا بالرباط.\nويتضمن برنامج الزيارة لقاء مع فاطمة الزهراء عمور، يوم الجمعة.", &["visit 2021-11-25 planned yoel-razvozov", "meeting 2021-11-26 planned yoel-razvozov;fatim-zahra-ammor"]),
        ("a visit told beside a follow-up signing takes its day", "وقع المغرب وإسرائيل أمس اتفاقية أمنية.\nوأشرف على توقيع الاتفاقية عبد اللطيف الحموشي وكوبي شبتاي، الذي يقوم بزيارة عمل للمملكة.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred abdellatif-hammouchi;kobi-shabtai", "visit 2021-11-23 occurred kobi-shabtai;abdellatif-hammouchi"]),
        ("a meeting told in the first person in a quoted tweet", "وكتب لابيد في تغريدة: \"التقيت اليوم بصديقي ناصر بوريطة في أبوظبي\".", &["meeting 2021-11-24 occurred yair-lapid;nasser-bourita"]),
        ("what was talked about is no event", "وقال لابيد: \"تحدثنا عن افتتاح السفارتين\".", &[]),
        ("a call received with the date between verb and noun, after a statement", "وأوضح بلاغ للوزارة أن بوريطة تلقى، مساء أمس، اتصالا هاتفيا من يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a joint committee's session held", "وانعقدت، أمس بالرباط، أشغال الدورة الأولى للجنة المشتركة برئاسة رياض مزور وأورنا باربيفاي.", &["meeting 2021-11-23 occurred ryad-mezzour;orna-barbivai"]),
        ("an airline opening its flights is the flight", "ودشنت شركة العال، أمس، أولى رحلاتها المباشرة نحو مراكش.", &["flight 2021-11-23 occurred "]),
        ("talks told by بحث with مع later", "بحث ناصر بوريطة، أمس بالرباط، مع بيني غانتس سبل تعزيز التعاون.", &["meeting 2021-11-23 occurred nasser-bourita;benny-gantz"]),
        ("بحث without مع is no meeting", "وبحث المجلس أمس سبل تطوير السياحة.", &[]),
        ("set foot in is a visit", "ووطئت قدما بيني غانتس، أمس، أرض المملكة.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("a travel verb gives its date to the delegation after it", "وتوجه رياض مزور، أمس، إلى تل أبيب على رأس وفد من رجال الأعمال.", &["visit 2021-11-23 occurred ryad-mezzour"]),
        ("talks held in a phone call told later are the call", "وتباحث الملك محمد السادس، أمس، مع إسحاق هرتسوغ، في اتصال هاتفي.", &["call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
        ("never before is no event", "ولم يسبق لأي وزير إسرائيلي أن زار المغرب قبل لابيد.", &[]),
        ("will not visit is no event", "وأكد مصدر أن بينيت لن يزور المغرب الشهر المقبل.", &[]),
        // arevents: calls told by هاتف, welcomes at an airport, the parties of talks referred
        // back, a signing a day after, a guest told by office and country.
        ("phoned, the verb opening its clause", "هاتف رئيس الحكومة عزيز أخنوش، أمس، رئيس الوزراء الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred aziz-akhannouch;yair-lapid"]),
        ("the king's phone in a spyware report is no call", "وأفادت تقارير أن رقم هاتف الملك محمد السادس استهدف ببرنامج تنتجه شركة إسرائيلية.", &[]),
        ("a welcome at the airport is the visit told before", "حل جدعون ساعر أمس بالرباط في زيارة رسمية.\nوكان في استقباله بمطار الرباط سلا عبد اللطيف وهبي.", &["visit 2021-11-23 occurred gideon-saar;abdellatif-ouahbi"]),
        ("a welcome at the airport with no visit told is the arrival", "وكان في استقبال بيني غانتس، أمس بمطار الرباط سلا، عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
        ("a signing on the sidelines of talks by their parties", "وأجرى وهبي، أمس، مباحثات مع جدعون ساعر.\nوعلى هامش هذه المباحثات، وقع الوزيران مذكرة تفاهم.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
        ("a signing a day after is not the arrival's", "وصل نيتسان هوروفيتس، اليوم، إلى الرباط، بعد يوم من توقيعه مذكرة تفاهم مع عبد الرحيم بيوض.", &["visit 2021-11-24 occurred nitzan-horowitz", "agreement  occurred abderrahim-beyyoudh", "agreement  occurred abderrahim-beyyoudh"]),
        ("a signing during a visit told in its relative clause is not its last day", "اختتم بيني غانتس، أمس، زيارته إلى المغرب، التي وقع خلالها مذكرة تفاهم مع عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz", "agreement  occurred abdellatif-loudiyi", "agreement  occurred abdellatif-loudiyi"]),
        ("a guest told by office meets as the person of that country", "استقبل رشيد الطالبي العلمي، أمس، ميكي ليفي، الذي يقوم بزيارة رسمية للمملكة.\nويلتقي الضيف الإسرائيلي، اليوم، النعم ميارة.", &["meeting 2021-11-23 occurred rachid-talbi-alami;mickey-levy", "visit 2021-11-23 occurred mickey-levy", "meeting 2021-11-24 occurred mickey-levy;enaam-mayara"]),
        // arevents: a visit named by where it goes, a larger event on whose sidelines talks are
        // held, a departure told in the feminine, gatherings opened, an airline's first flight,
        // an event told right after one already reported.
        ("a visit during which names where it goes: its visitor is named before, of another country", "وأجرت باربيفاي، أمس، مباحثات مع رياض مزور، خلال زيارة عمل تقوم بها إلى المملكة.", &["meeting 2021-11-23 occurred orna-barbivai;ryad-mezzour", "visit 2021-11-23 occurred orna-barbivai"]),
        ("talks on the sidelines of a summit are not the summit", "والتقى بوريطة، أمس، لابيد، على هامش قمة النقب التي احتضنتها إسرائيل بمشاركة وزراء خارجية (الولايات المتحدة، مصر).", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid;antony-blinken"]),
        ("the sidelines of a summit named bare are no new summit", "وعقد بوريطة، أمس، على هامش القمة لقاء مع لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a departure in the feminine is the visit", "وغادرت أييليت شاكيد المغرب، أمس، متوجهة إلى تل أبيب.", &["visit 2021-11-23 occurred ayelet-shaked"]),
        ("the opening of a forum is the forum", "وترأس رياض مزور ويوعاز هندل، أمس، افتتاح المنتدى الاقتصادي.", &["meeting 2021-11-23 occurred ryad-mezzour;yoaz-hendel"]),
        ("a forum started, its date beside the verb", "وانطلقت، أمس، أشغال المنتدى الاقتصادي المغربي الإسرائيلي بالدار البيضاء.", &["meeting 2021-11-23 occurred "]),
        ("an airline opening its first flight, past its long name", "ودشنت شركة الخطوط الملكية المغربية، أمس، أول رحلة مباشرة بين الدار البيضاء وتل أبيب.", &["flight 2021-11-23 occurred "]),
        ("right after the talks told before, on their day, by their parties", "واستقبل وهبي، أمس، جدعون ساعر.\nوعقب اللقاء، وقع الجانبان مذكرة تفاهم.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "meeting  occurred ", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
        ("whereas opens another event's names", "ووقع بوريطة وبلينكن، أمس، اتفاقية للتعاون، فيما التقى لابيد وعبد الله بن زايد.", &["agreement 2021-11-23 occurred nasser-bourita;antony-blinken", "meeting  occurred yair-lapid;abdullah-bin-zayed"]),
        // Leads that date nothing, "today" in a quotation, talks with an unnamed group, a
        // signing by video, an office upgraded, a noun that is a verb's subject, a visit's
        // programme, a day named after "ابتداء من يوم".
        ("a lead with no date: its verb's event is the publication day", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط في زيارة رسمية هي الأولى من نوعها.", &["visit 2021-11-24 occurred benny-gantz"]),
        ("a lead with no date takes the day a later sentence gives its event", "وقع المغرب وإسرائيل اتفاقية للتعاون في مجال الدفاع والأمن.\nوجرى توقيع الاتفاقية، أمس الثلاثاء، بمقر الوزارة بالرباط.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
        ("the follow-up of a lead with no date takes its day", "وقعت الوكالة المغربية للطاقة المستدامة وشركة إسرائيلية مذكرة تفاهم في مجال الطاقة.\nووقع المذكرة عن الجانب المغربي ليلى بنعلي وعن الجانب الإسرائيلي كارين الحرار.", &["agreement 2021-11-24 occurred ", "agreement 2021-11-24 occurred leila-benali;karine-elharrar"]),
        ("a noun in a lead with no date is not dated by it", "أميط اللثام عن توقيع الشرطة الإسرائيلية اتفاقيات أمنية مع نظيرتها المغربية.", &["agreement  occurred "]),
        ("today in a quotation is the day it was said", "وقال غانتس في تصريح أدلى به أمس الثلاثاء: \"وقعنا اليوم مذكرة تفاهم مع المغرب\".", &["agreement 2021-11-23 occurred benny-gantz"]),
        ("today in a quotation said on no day told is the publication day", "وقال غانتس في تصريح للصحافة: «وقعنا اليوم مذكرة تفاهم مع المغرب».", &["agreement 2021-11-24 occurred benny-gantz"]),
        ("talks with an unnamed group are part of the visit", "واختتمت أييليت شاكيد، أمس، زيارة إلى المغرب التقت خلالها عددا من المسؤولين المغاربة.", &["visit 2021-11-23 occurred ayelet-shaked"]),
        ("a signing by video is no call", "ووقع لوديي وغانتس، أمس عبر تقنية التناظر المرئي، مذكرة تفاهم.", &["agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
        ("an office upgrade announced is an opening on the announcement's day", "وأعلنت الرباط، أمس، ترقية مكتب الاتصال المغربي في تل أبيب إلى سفارة.", &["opening 2021-11-23 occurred "]),
        ("an office upgrade decided is planned", "وقررت الحكومة الإسرائيلية، أمس، رفع مستوى مكتب الاتصال في الرباط إلى سفارة.", &["opening 2021-11-23 planned "]),
        ("a delegation noun right after a verb is its subject, the date the verb's", "والتقى الوفد، أمس، وزير الخارجية ناصر بوريطة.", &["meeting 2021-11-23 occurred nasser-bourita"]),
        ("a present verb during a visit is its programme, not today", "واختتم غانتس أمس زيارة إلى المغرب.\nوكان غانتس يلتقي خلالها بالمسؤولين.", &["visit 2021-11-23 occurred benny-gantz"]),
        ("from tomorrow: the day named, not a day ago", "ويقوم غانتس، ابتداء من يوم غد الخميس، بزيارة إلى المغرب.", &["visit 2021-11-25 planned benny-gantz"]),
        ("at the invitation of is not planned", "حل رئيس الكنيست ميكي ليفي بالرباط أمس في زيارة بدعوة من رئيس مجلس النواب.", &["visit 2021-11-23 occurred mickey-levy;rachid-talbi-alami"]),
        ("a suspension is no event", "وعلقت الخطوط الملكية المغربية، أمس، رحلاتها المباشرة نحو تل أبيب.", &[]),
        ("a suspension told by its noun is no event", "وقررت الشركة تعليق الرحلات الجوية المباشرة بين البلدين.", &[]),
        // The meeting stands (not suspended); who comments reports it, he is not a party.
        ("commented on is no suspension", "وعلق غانتس على لقائه، أمس، برئيس الحكومة عزيز أخنوش.", &["meeting 2021-11-23 occurred aziz-akhannouch"]),
        ("a time reference names its own event, not the news after it", "وبعد أيام من زيارة وزير الدفاع الإسرائيلي بيني غانتس للرباط، بحث الفاروق بلخير، أمس، مع أفيف كوخافي التعاون العسكري.", &["visit  occurred benny-gantz", "meeting 2021-11-23 occurred farouk-belkhir;aviv-kochavi"]),
        ("who is met during a visit is no visitor", "واختتم رئيس الكنيست ميكي ليفي، أمس، زيارة إلى المغرب التقى خلالها النعم ميارة.", &["visit 2021-11-23 occurred mickey-levy", "meeting 2021-11-23 occurred mickey-levy;enaam-mayara"]),
        ("a visit told by its end and the weekday it began", "واختتم رئيس الكنيست ميكي ليفي، أمس الثلاثاء، زيارة إلى المغرب بدأها يوم الأحد.", &["visit 2021-11-21 occurred mickey-levy"]),
        ("who receives a visit told during talks is no visitor", "وعلى هامش زيارته للمغرب، عقد رئيس الموساد دافيد برنياع، أمس، لقاء مع ياسين المنصوري.", &["visit 2021-11-23 occurred david-barnea", "meeting 2021-11-23 occurred david-barnea;yassine-mansouri"]),
        ("that he signed: the speaker is a party", "وقالت أييليت شاكيد، أمس، إنها وقعت مذكرة تفاهم مع الرباط.", &["agreement 2021-11-23 occurred ayelet-shaked"]),
        ("a nationality then a country visited is no list of offices", "وزار وزير الخارجية الإسرائيلي المغرب أمس.", &["visit 2021-11-23 occurred yair-lapid"]),
        ("preparations for an opening are the talks' topic", "وبحث بوريطة، أمس، مع لابيد الاستعدادات لافتتاح سفارتي البلدين.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
        ("a visit he will make is for later", "وقال غانتس إن بلاده ستوقع اتفاقية مع المغرب خلال زيارة سيقوم بها إلى الرباط.", &["agreement  planned ", "visit  planned benny-gantz"]),
    ];

    fn mentions(body: &str) -> Vec<String> {
        let text = format!("نشر: 2021-11-24\n{body}\n");
        let x = extract_article(Article::from_text("t.txt", &text), context(), None);
        resolve_mentions(&x, context())
            .into_iter()
            .map(|m| format!("{} {} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str(), m.people().join(";")))
            .collect()
    }

    #[test]
    fn rule_families() {
        let mut failures = Vec::new();
        for (name, body, expected) in CASES {
            let got = mentions(body);
            if got != *expected {
                failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn case_names_are_unique() {
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }

    /// A group left unnamed after a meeting verb (the text after the trigger, normalised), in
    /// each language's words.
    #[test]
    fn vague_groups_are_read_in_every_language() {
        let words = &context().lexicons.triggers.words;
        let cases: &[(&str, &str, bool)] = &[
            ("arabic, past during it", " خلالها بممثلي الطائفة اليهودية", true),
            ("arabic, a person", " وزير الخارجية ناصر بوريطة", false),
            ("arabic, between two sides", " بين مسؤولين من البلدين", false),
            ("english, between two sides", " between officials of the two countries", false),
            ("english, past the article and adjectives", " the local jewish community in fez", true),
            ("english, with", " with a group of moroccan doctors", true),
            ("english, a person", " moroccan foreign minister nasser bourita", false),
            ("english, the head after a stop is another clause's", " bourita, and the two officials", false),
            ("french, des", " des membres de la communauté juive", true),
            ("french, avec", " avec des représentants de la société civile", true),
            ("french, a person", " le ministre délégué mohcine jazouli", false),
        ];
        crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
        for (name, text, want) in cases {
            let text = crate::text::normalize::normalize_str(text);
            assert_eq!(super::unnamed_other_side(&text, 0, text.len(), words), *want, "{name}: {text:?}");
        }
    }

    /// What may stand between a statement's date and the event noun it announces.
    #[test]
    fn a_statement_object_follows_its_date() {
        let articles = &context().lexicons.triggers.words.articles;
        let cases: &[(&str, &str, bool)] = &[
            ("nothing", " ", true),
            ("a comma", ", ", true),
            ("an article", " the ", true),
            ("an aside between commas, an article", ", dans un communiqué, la ", true),
            ("an aside before the trigger's own article", ", dans un communiqué, ", true),
            ("a long aside", ", in a statement released late in the evening by its office, the ", false),
            ("words, not an aside", " that the two countries had ", false),
        ];
        crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
        for (name, gap, want) in cases {
            assert_eq!(super::opens_the_object(gap, articles), *want, "{name}: {gap:?}");
        }
    }

    /// When a noun after "the" is the object a statement announces, not a clause's subject.
    #[test]
    fn a_statement_object_is_its_news() {
        let words = &context().lexicons.triggers.words;
        // (name, sentence, statement, date ("" for none), noun, object?)
        let cases: &[(&str, &str, &str, &str, &str, bool)] = &[
            ("dated object", "the ministry announced on wednesday the signing of a memorandum.", "announced", "wednesday", "signing", true),
            ("object without a date", "the ministry confirmed the visit of the israeli minister.", "confirmed", "", "visit", true),
            ("a clause's subject", "gantz said on thursday the visit was a milestone.", "said", "thursday", "visit", false),
            ("a subject past its complement", "gantz said the visit to rabat will open a new chapter.", "said", "", "visit", false),
            ("a relative clause is the object's", "the ministry announced the signing of a deal that will boost trade.", "announced", "", "signing", true),
            ("a word between is no object", "the ministry announced that the visit was postponed.", "announced", "", "visit", false),
        ];
        crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
        for &(name, sentence, statement, date, noun, want) in cases {
            let at = |w: &str| sentence.find(w).map(|k| k..k + w.len()).unwrap();
            let dates: Vec<std::ops::Range<usize>> = if date.is_empty() { Vec::new() } else { vec![at(date)] };
            let got = super::object_of_a_statement(sentence, &at(noun), &[at(statement)], sentence.len(), &dates, words);
            assert_eq!(got, want, "{name}: {sentence:?}");
        }
    }
}
