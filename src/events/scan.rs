//! Scanning one sentence: every trigger rule that matches it, sorted by kind ([`SentenceHits`]),
//! and the structure read from those hits before any mention is built — the items of an
//! enumeration ("الأولى …، والثانية …") and the triggers told aside as a time reference or as
//! background ("بعد توقيع …", "التي جرى توقيعها"), and the events its markers deny
//! ([`drop_denied`]).

use std::ops::Range;

use super::rules::{EventType, Reach, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use crate::text::lexmatch::{Covers, WordList};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{PhraseReach, Scan, Side, at_most_words, phrase_end_at, phrase_near, word_iter};
use crate::text::clause::{BREAKS_WITHIN_A_SENTENCE, CLAUSE_BREAKS_OF_EITHER_SCRIPT, COMMAS, LATIN_CLAUSE_MARKS};
use crate::text::segment::Sentence;

/// What one scan of a sentence found, by kind.
pub(super) struct SentenceHits {
    pub(super) events: Vec<(Range<usize>, usize, EventType, TriggerTense)>,
    /// Event nouns written with the purpose ل ("لزيارة تل أبيب": in order to visit), by start.
    pub(super) purposes: Vec<usize>,
    /// Predicates written with the purpose ل ("وقع … أمس اتفاقا لاستئناف الاتصالات": in order to
    /// resume), by start: what the act is for, not an act a date told before them dates.
    pub(super) purpose_predicates: Vec<usize>,
    pub(super) predicates: Vec<Range<usize>>,
    pub(super) planned: Vec<Range<usize>>,
    pub(super) carry_at_start: bool,
    /// Ends of the connectives of the list `carry` told after the sentence's first words, right
    /// before a verb ("El Othmani then signed", « M. El Othmani a ensuite signé »): they carry
    /// the day to that verb as one at the start does (see [`carried_to`]).
    pub(super) carries_before_a_verb: Vec<usize>,
    /// The event nouns that close a connective of the list `carry` ("after their meeting", « à
    /// l'issue de leur rencontre »), each with that connective's range: the talks it names, an
    /// event of its own when the adverbial tells their own day (see `adverbial`).
    pub(super) carried_nouns: Vec<(Range<usize>, (Range<usize>, usize, EventType, TriggerTense))>,
    pub(super) during: Vec<Range<usize>>,
    /// Event nouns after a demonstrative ("هذه الزيارة"): references to a reported event.
    pub(super) references: Vec<(Range<usize>, EventType)>,
    /// The same references as the events they would be: range, rule, type, tense (an article
    /// that has not told the event yet tells it there, see `build_events`).
    pub(super) referring: Vec<(Range<usize>, usize, EventType, TriggerTense)>,
    /// Starts of the meeting nouns told by taking part ("وشارك في الاجتماع كل من …", "also
    /// taking part in the meeting were …"): the people the sentence names are participants of
    /// the meeting told before, however many it already names (see [`taken_part_in`]); the
    /// noun stays an event of its own (a reference too after an anaphor: "the meeting").
    pub(super) taking_part: Vec<usize>,
    /// Starts of the delegation nouns told with the verb that lists their members ("ويضم
    /// الوفد …", "the delegation includes …"): references to the delegation's visit told
    /// before, which everyone the sentence names joins (see [`lists_members`]).
    pub(super) members: Vec<usize>,
    pub(super) reports: Vec<Range<usize>>,
    pub(super) pairs: Vec<Range<usize>>,
    pub(super) counterparts: Vec<Range<usize>>,
    /// "يواصل", "حاليا": markers that what their clause tells is going on.
    pub(super) ongoing: Vec<Range<usize>>,
    /// Present verbs written with ل ("ليفتتح بذلك", "لينتقل بعدها": and so, and then) or after
    /// أن, لم, لن ("قبيل أن يستقبله"), by start: a consequence, a next step, a subjunctive or a
    /// negation, not what is going on.
    pub(super) consequences: Vec<usize>,
    /// Statements ("أعلن", "بيان"): predicates whose date passes to the event they report.
    pub(super) statements: Vec<Range<usize>>,
    /// Ordinals opening the items of an enumeration ("الثانية").
    pub(super) ordinals: Vec<Range<usize>>,
    /// Nouns that are events only as items of an enumeration ("اتفاقية"): range, rule, type.
    pub(super) item_nouns: Vec<(Range<usize>, usize, EventType)>,
    /// Words after which an event noun is a time reference ("بعد", "عشية").
    pub(super) sequels: Vec<Range<usize>>,
    /// Starts of the sequels that tell the end of what follows them ("في ختام", rows whose id
    /// starts with [`END_OF_RULE_PREFIX`]): the talks after one are what an act told before it
    /// closed, with the same people ("وقع … في ختام لقاء جمع مزور بباربيفاي").
    pub(super) ends_of: Vec<usize>,
    /// "وجوده", "إقامته": the stay of a visit already reported.
    pub(super) stays: Vec<Range<usize>>,
    /// Starts of the objects of decisions ("اتفقا على قدوم الوفد", "على إحداث مجموعات عمل …"):
    /// an event told after one is what was decided, for later, not an event of the day.
    pub(super) decisions: Vec<usize>,
    /// Light verbs ("جرى", "أجرى", "عقد") whose event is the noun after them.
    pub(super) supports: Vec<Range<usize>>,
    /// Markers that the event after them (or the noun before them) was called off, denied,
    /// negated or only talked about ("ألغى", "نفى أن", "تحدثا عن", "أرجئت", "n'a pas", "was
    /// postponed"), and how far each reaches ([`drop_denied`]).
    pub(super) denials: Vec<(Range<usize>, Reach, usize)>,
    /// Starts of restrictive words ("que": "n'a rencontré que le ministre").
    pub(super) restrictives: Vec<usize>,
    /// What talks were about: from a topic marker (a denial row whose id starts with
    /// [`TOPIC_RULE_PREFIX`], "تحدثا عن", "نتائج") to the end of its clause. The names told
    /// there are the topic's, not the sentence's events' ("أطلعه على نتائج زيارته إلى المغرب").
    pub(super) topics: Vec<Range<usize>>,
    /// Who watched the act: from a presence marker ("بحضور", "in the presence of") to the end
    /// of its clause. The people named there are no signatories of an agreement.
    pub(super) presences: Vec<Range<usize>>,
    /// What an act fulfils: from a fulfilment marker ("تنفيذا لما اتفق عليه", [`RuleKind::Fulfilment`])
    /// to the end of its clause. An event noun told there is the earlier event recalled, told
    /// aside ([`told_aside`]).
    pub(super) fulfilments: Vec<Range<usize>>,
    /// Verbs of another party's later act ([`RuleKind::JoinedLater`]).
    pub(super) joined_later: Vec<Range<usize>>,
    /// Where the anniversary words end ([`RuleKind::AnniversaryOf`]), in order.
    pub(super) anniversaries: Vec<usize>,
    /// Phrases of an earlier act by someone else ([`RuleKind::Preceded`]: "سبقه إليها", "was
    /// preceded by"), each with whether who came first is named after it.
    pub(super) preceded: Vec<(Range<usize>, bool)>,
    /// Where the phrase ends that tells a referring Latin event noun for its timing ("Kochavi's
    /// trip follows", "The meeting comes a week after", « La visite fait suite à »): the acts told
    /// after it are its time reference, whose parties are named after it (see [`before_comes`]).
    pub(super) timed_from: Vec<usize>,
    /// Travellers in numbers ([`RuleKind::Traveller`]), each from its form (after any
    /// proclitic) to its word's end.
    pub(super) travellers: Vec<Range<usize>>,
    /// Ends of the phrases telling what one side told the other ([`RuleKind::ToldContent`]:
    /// "أبلغه أن", « lui a fait part de »), see [`drop_told_content`].
    pub(super) told_contents: Vec<usize>,
    /// Starts and ends of the phrases telling what an agreement commits its parties to
    /// ([`RuleKind::AgreementContent`]: "committing the two countries to", « qui prévoit »,
    /// «ينص على»), see [`drop_told_content`].
    pub(super) agreement_contents: Vec<Range<usize>>,
    /// The proclitics glued before an event trigger or a light verb ("و" of "والتقى", "ف" of
    /// "فأجرى"): from the word's start to the phrase's. A coordinating one joins its clause to
    /// the one before (see `dating::coordinated_clause`).
    pub(super) proclitics: Vec<Range<usize>>,
}

/// The id prefix of the denial rows that open what talks were about (see
/// [`SentenceHits::topics`]).
const TOPIC_RULE_PREFIX: &str = "topic-";

/// The id prefix of the sequel rows that tell the end of the event after them (see
/// [`SentenceHits::ends_of`]).
const END_OF_RULE_PREFIX: &str = "sequel-end-of";

/// Scan one sentence for every rule.
pub(super) fn scan(text: &str, sentence: &Sentence, rules: &TriggerRules, triggers: Option<Scan<'_>>, entities: &Found, g: &Gazetteer) -> SentenceHits {
    let range = sentence.range.clone();
    let mut hits = SentenceHits {
        events: Vec::new(),
        purposes: Vec::new(),
        purpose_predicates: Vec::new(),
        predicates: Vec::new(),
        planned: Vec::new(),
        carry_at_start: false,
        carries_before_a_verb: Vec::new(),
        carried_nouns: Vec::new(),
        during: Vec::new(),
        references: Vec::new(),
        referring: Vec::new(),
        taking_part: Vec::new(),
        members: Vec::new(),
        reports: Vec::new(),
        pairs: Vec::new(),
        counterparts: Vec::new(),
        ongoing: Vec::new(),
        consequences: Vec::new(),
        statements: Vec::new(),
        ordinals: Vec::new(),
        item_nouns: Vec::new(),
        sequels: Vec::new(),
        ends_of: Vec::new(),
        stays: Vec::new(),
        decisions: Vec::new(),
        supports: Vec::new(),
        denials: Vec::new(),
        restrictives: Vec::new(),
        topics: Vec::new(),
        presences: Vec::new(),
        fulfilments: Vec::new(),
        joined_later: Vec::new(),
        anniversaries: Vec::new(),
        preceded: Vec::new(),
        timed_from: Vec::new(),
        travellers: Vec::new(),
        told_contents: Vec::new(),
        agreement_contents: Vec::new(),
        proclitics: Vec::new(),
    };
    // Words are split only for a sentence with an anaphor ("هذه الزيارة"), most have none.
    let word_index = |at: usize| sentence.word_index(text, at);
    let found = rules.phrases.find_in(triggers, text, range.clone());
    let mut previous_anaphor_end: Option<usize> = None;
    // The end of a "during" word ("خلال", "أثناء") just seen: "أكد الملك خلال الاتصال …" refers
    // back to the call told before, as "خلال هذا الاتصال" does (see `refers_back_after_during`).
    let mut previous_during_end: Option<usize> = None;
    for hit in &found {
        let r = hit.range();
        // "Said Ahmidouch", "Saïd": a word of a person's name is the name, not the verb it spells.
        if inside_a_name(&r, entities, g) {
            continue;
        }
        let kinds: Vec<RuleKind> = hit.payloads.iter().map(|&i| rules.rules[i].kind).collect();
        let after_during = previous_during_end.is_some_and(|end| word_index(r.start) == word_index(end) + 1);
        // "وشارك في الاجتماع كل من …": a gathering noun after a verb of taking part lists who
        // took part in the meeting told before (a cheap guard first: a meeting noun).
        let taking_part = kinds.iter().any(|k| matches!(k, RuleKind::Event(ty, _) if ty.family() == EventType::Meeting))
            && taken_part_in(text, range.start..hit.word_start, &r, &rules.words.taking_part);
        if taking_part {
            hits.taking_part.push(r.start);
        }
        // "ويضم الوفد X", "the delegation includes X": who a delegation is made of, its visit
        // told before (a cheap guard first: a visit noun).
        let members_listed = kinds.iter().any(|k| matches!(k, RuleKind::Event(ty, TriggerTense::Noun) if ty.family() == EventType::Visit))
            && lists_members(text, range.clone(), &r, &rules.words);
        if members_listed {
            hits.members.push(r.start);
        }
        let timed = before_comes(text, &r, &kinds, range.end, &rules.words);
        if let Some(end) = timed {
            hits.timed_from.push(end);
        }
        let after_anaphor = members_listed
            || previous_anaphor_end.is_some_and(|end| word_index(r.start) == word_index(end) + 1)
            || (after_during && kinds.iter().any(|k| refers_back_after_during(text, &r, *k, range.end, &rules.words)))
            || timed.is_some()
            || told_of_after(text, &r, &kinds, range.start..range.end, &rules.words);
        previous_anaphor_end = None;
        previous_during_end = None;
        // "la visite", « cette visite », "the visit": a Latin form that is both a present verb
        // and a noun of its type is the noun after a determiner ("il visite Rabat" is the verb),
        // so a visit recalled or referred to is not read as one going on today.
        let noun_after_determiner = |ty: EventType| {
            kinds.contains(&RuleKind::Event(ty, TriggerTense::Noun))
                && latin_trigger(text, &r)
                && text[range.start..r.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| super::latin::DETERMINERS.has(&w.to_lowercase()))
        };
        // "official visits have followed one another", "an exchange of visits": a Latin form
        // that is both a present verb and a noun of its type whose noun row restricts the words
        // around it (`before`, `next`) is the noun where that row accepts them ("Lapid visits
        // Rabat" stays the verb).
        let clause_start = sentence.clauses.iter().find(|c| c.start <= r.start && r.start < c.end).map_or(range.start, |c| c.start);
        let noun_by_its_context = |ty: EventType| {
            latin_trigger(text, &r)
                && hit.payloads.iter().any(|&n| {
                    let row = &rules.rules[n];
                    row.kind == RuleKind::Event(ty, TriggerTense::Noun)
                        && (!row.before.is_empty() || !row.next.is_empty())
                        && row.accepts_next(&text[r.end..range.end])
                        && row.accepts_before(&text[clause_start..r.start])
                })
        };
        for (&rule, kind) in hit.payloads.iter().zip(&kinds) {
            if let RuleKind::Event(ty, TriggerTense::Present) = *kind
                && (noun_after_determiner(ty) || noun_by_its_context(ty))
            {
                continue;
            }
            // A restricted form ("حل") also counts before a subject and a place written with ب
            // ("حلت أييليت شاكيد أمس بالرباط"): a place of the gazetteer within a few words, or
            // further past a named subject with its title and a date ("حل وزير العدل
            // الإسرائيلي جدعون ساعر، أمس الأحد، بمراكش").
            let place_with_b = || {
                let first = entities.entities.partition_point(|e| e.range.start < r.end);
                let after = &entities.entities[first..];
                let subject_named = |at: usize| after.iter().take_while(|e| e.range.start < at).any(|e| g.entities()[e.entity].kind == EntityKind::Person);
                after
                    .iter()
                    .take_while(|e| e.range.start < range.end && e.range.start - r.end <= PLACE_WITH_B_PAST_SUBJECT_BYTES)
                    .filter(|e| e.range.start - r.end <= PLACE_WITH_B_BYTES || subject_named(e.range.start))
                    .any(|e| g.entities()[e.entity].kind == EntityKind::Place && (text[e.range.start..].starts_with('ب') || text[e.range.start..].starts_with("وب") || text[..e.range.start].ends_with('ب')))
            };
            // "جولة في المدينة العتيقة" is a leg of a visit, "جولته في المغرب" the trip itself: a
            // tour noun told with a country right after it is the trip, whatever its next word.
            let leg_noun = rules.rules[rule].tells_a_leg() && matches!(kind, RuleKind::Event(_, TriggerTense::Noun));
            let after = &text[r.end..range.end];
            if leg_noun && country_right_after(text, r.end, entities, g) {
                continue;
            }
            let trip_of_country = || rules.rules[rule].refused_by_next(after) && country_right_after(text, r.end, entities, g);
            let host_of_a_named_guest = || rules.rules[rule].next.has(NAMED_GUEST) && named_guest_right_after(text, r.end, range.end, entities, g);
            if !rules.rules[rule].accepts_next(after) && !(rules.rules[rule].next.has("ب") && place_with_b()) && !trip_of_country() && !host_of_a_named_guest() {
                continue;
            }
            if !rules.rules[rule].accepts_with(&text[r.end..range.end]) {
                continue;
            }
            // "a road map for cooperation", « une feuille de route », "the route to peace": a
            // route told by its noun alone is a flight only where its sentence tells of flying.
            if matches!(kind, RuleKind::Event(EventType::Flight, _)) && rules.words.route_nouns.has(&text[r.clone()]) && !flown_route(text, &r, range.clone(), entities, g, &rules.words) {
                continue;
            }
            // A verb that is also a noun counts where its rule says a verb stands ("هاتف الملك …
            // رئيس الوزراء" phoned; "التجسس على هاتف الملك" is his phone; a participle opens
            // its sentence: "Welcomed shortly afterwards by X, he …"). A form refused here
            // stays what its other rows make it (a predicate: "Blinken on Thursday welcomed").
            if !rules.rules[rule].accepts_before(&text[clause_start..r.start]) {
                continue;
            }
            // "اتفقا على قدوم الوفد": a decision about something else, not the event itself; the
            // verb still governs its sentence's date like any predicate.
            if !rules.rules[rule].accepts_object(&text[r.end..range.end]) {
                hits.predicates.push(r.clone());
                if let Some(at) = rules.rules[rule].decided_at(&text[r.end..range.end], &rules.words.articles) {
                    hits.decisions.push(r.end + at);
                }
                continue;
            }
            match *kind {
                RuleKind::Event(ty, tense) if after_anaphor => {
                    hits.predicates.push(r.clone());
                    hits.references.push((r.clone(), ty.family()));
                    hits.referring.push((r.clone(), rule, ty, tense));
                }
                RuleKind::Event(ty, tense) => {
                    if text[hit.word_start..hit.start].ends_with('ل') || (tense == TriggerTense::Noun && !latin_trigger(text, &r) && after_a_purpose(text, range.start..hit.word_start, &rules.words.purposes)) {
                        match tense {
                            TriggerTense::Noun => hits.purposes.push(r.start),
                            TriggerTense::Present => hits.consequences.push(r.start),
                            _ => {}
                        }
                    }
                    // "قبل أن يجتمع", "لم يزر", "avant que les deux hommes ne signent": a subjunctive
                    // or a negated present is not what is going on; nor is an English infinitive ("the first airline to fly to Israel"),
                    // unless it goes on a past narrative ("he went on to meet", "proceeded to sign").
                    let mut before_words = text[range.start..hit.word_start].split_whitespace().rev();
                    let word_before = before_words.next().unwrap_or("");
                    let narrative = matches!(before_words.next().unwrap_or(""), "on" | "proceeded");
                    if tense == TriggerTense::Present && (matches!(word_before, "ان" | "لم" | "لن" | "كي" | "حتي" | "حتى" | "not" | "ne") || word_before == "to" && !narrative) {
                        hits.consequences.push(r.start);
                    }
                    // "افتتح الوزير، أمس، الجناح المغربي في معرض …": an Arabic opening that opens
                    // no office (a stand, a hall, a road) is no office opening; the verb still
                    // governs its clause's date.
                    if ty == EventType::Opening && !opens_an_office(text, sentence.words(text), &r, rules) {
                        hits.predicates.push(r.clone());
                        continue;
                    }
                    // A form listed by two rows of one type and tense ("حل": arrived in, came as
                    // a guest) that both accept is one trigger.
                    if hits.events.last().is_some_and(|e| e.0 == r && e.2 == ty && e.3 == tense) {
                        continue;
                    }
                    hits.events.push((r.clone(), rule, ty, tense))
                }
                RuleKind::Predicate => {
                    if text[hit.word_start..hit.start].ends_with('ل') {
                        hits.purpose_predicates.push(r.start);
                    }
                    hits.predicates.push(r.clone())
                }
                RuleKind::Statement => {
                    hits.predicates.push(r.clone());
                    hits.statements.push(r.clone());
                }
                // "للمرة الثانية" (for the second time), "بالأحرف الأولى" (initialled) count nothing.
                RuleKind::Ordinal => {
                    let word_before = text[range.start..hit.word_start].trim_end().rsplit(' ').next().unwrap_or("");
                    if !matches!(word_before, "المره" | "للمره" | "مره" | "بالاحرف" | "الاحرف") {
                        hits.ordinals.push(r.clone());
                    }
                }
                RuleKind::Item(ty) => hits.item_nouns.push((r.clone(), rule, ty)),
                RuleKind::Sequel => {
                    if rules.rules[rule].id.starts_with(END_OF_RULE_PREFIX) {
                        hits.ends_of.push(r.start);
                    }
                    hits.sequels.push(r.clone())
                }
                RuleKind::Stay => hits.stays.push(r.clone()),
                // "لم يكن أحد يتوقع أن …": an expectation denied tells what surprised, no plan.
                // «على أن يختتم الوزير جولته …» opening its sentence is a plan; after a comma
                // («…، على أن يتم بعد ذلك التوقيع») it goes on with its sentence's programme: a
                // planned row whose `before` is `^` counts at the sentence's head only.
                RuleKind::Planned if rules.rules[rule].before.has("^") && word_index(r.start) > 0 => {}
                RuleKind::Planned if !negated_marker(text, range.start..hit.word_start, &rules.words.negations) => hits.planned.push(r.clone()),
                RuleKind::Planned => {}
                RuleKind::Carry => {
                    if let Some(noun) = noun_closing(text, &r, rules, triggers) {
                        hits.carried_nouns.push((r.clone(), noun));
                    }
                    if word_index(r.start) <= 1 {
                        hits.carry_at_start = true;
                    } else {
                        hits.carries_before_a_verb.push(r.end);
                    }
                }
                RuleKind::During => {
                    previous_during_end = Some(r.end - 1);
                    hits.during.push(r.clone())
                }
                RuleKind::Anaphor => previous_anaphor_end = Some(r.end - 1),
                RuleKind::Report => hits.reports.push(r.clone()),
                // "PAM and Istiqlal, the two leading opposition forces": those two, no pair of
                // countries.
                RuleKind::Pair => {
                    if !super::participants::pair_in_apposition(text, &r, entities) {
                        hits.pairs.push(r.clone())
                    }
                }
                RuleKind::Counterpart => hits.counterparts.push(r.clone()),
                RuleKind::Ongoing => hits.ongoing.push(r.clone()),
                RuleKind::Support => hits.supports.push(r.clone()),
                RuleKind::Denial(reach) => {
                    if rules.rules[rule].id.starts_with(TOPIC_RULE_PREFIX) {
                        let clause_end = sentence.clause_at(r.start).map_or(range.end, |c| sentence.clauses[c].end);
                        hits.topics.push(r.end..clause_end);
                    }
                    hits.denials.push((r.clone(), reach, rule));
                }
                RuleKind::Postponement(reach) => hits.denials.push((r.clone(), reach, rule)),
                RuleKind::Restrictive => hits.restrictives.push(r.start),
                RuleKind::Presence => {
                    let clause_end = sentence.clause_at(r.start).map_or(range.end, |c| sentence.clauses[c].end);
                    hits.presences.push(r.end..clause_end);
                }
                RuleKind::Fulfilment(reach) => {
                    let clause_end = sentence.clause_at(r.start).map_or(range.end, |c| sentence.clauses[c].end);
                    // A bounded marker recalls a noun starting within `reach` words of it: its
                    // span ends where the word after those starts.
                    let end = reach.and_then(|n| word_iter(text, r.end..clause_end).nth(n + 1)).map_or(clause_end, |w| w.start);
                    hits.fulfilments.push(r.start..end);
                }
                RuleKind::JoinedLater => hits.joined_later.push(r.clone()),
                RuleKind::AnniversaryOf => hits.anniversaries.push(r.end),
                RuleKind::Preceded(named_after) => hits.preceded.push((r.clone(), named_after)),
                RuleKind::Traveller => hits.travellers.push(r.clone()),
                RuleKind::ToldContent => hits.told_contents.push(r.end),
                RuleKind::AgreementContent => hits.agreement_contents.push(r.clone()),
            }
        }
        // A phrase that is both an event and a predicate counts once, as the event.
        let an_event = hits.events.last().is_some_and(|e| e.0 == r);
        if an_event {
            hits.predicates.retain(|p| *p != r);
        }
        // The proclitic glued before an event trigger or a light verb ("و" of "والتقى"), once
        // whatever rows of the phrase took it.
        if (an_event || hits.supports.last() == Some(&r)) && hit.word_start < hit.start {
            hits.proclitics.push(hit.word_start..hit.start);
        }
    }
    drop_topics_of_talks(text, sentence, &mut hits, rules);
    hits
}

/// The event noun that closes the phrase at `phrase` (its last word: "meeting" of "after their
/// meeting", « rencontre » of « à l'issue de leur rencontre »), with its rule, type and tense:
/// the longer phrase hid it from the sentence's scan. Read only where such a phrase is found.
fn noun_closing(text: &str, phrase: &Range<usize>, rules: &TriggerRules, triggers: Option<Scan<'_>>) -> Option<(Range<usize>, usize, EventType, TriggerTense)> {
    let last = word_iter(text, phrase.clone()).next_back()?;
    let found = rules.phrases.find_in(triggers, text, last.clone());
    let hit = found.iter().find(|h| h.range() == last)?;
    hit.payloads.iter().find_map(|&rule| match rules.rules[rule].kind {
        RuleKind::Event(ty, TriggerTense::Noun) => Some((last.clone(), rule, ty, TriggerTense::Noun)),
        _ => None,
    })
}

/// Determiners that may stand between a topic word and its noun ("sur les consultations",
/// "about a visit", « concernant l'ouverture »); English and French glue none to the noun.
const TOPIC_DETERMINERS: &[&str] = &["the", "a", "an", "le", "la", "les", "l", "un", "une", "des"];

/// "held talks with Bourita on the signing of a trade deal", « des entretiens avec X sur
/// l'ouverture d'ambassades », « a signé trois accords, sur les consultations politiques, … »:
/// a Latin-script event noun right after a topic word (list `topic-word`: on, about, sur,
/// concernant; articles and one modifier between: "on political consultations", « sur une
/// éventuelle visite ») that follows talks, a call or a signing in its clause (or in the
/// clause just before, the topic word opening its own after a comma), nothing else told
/// between, is what they were about, not an event of its own; nor are the event nouns
/// coordinated after it ("about the opening of embassies and a visit by X"). The names told
/// from the topic word to the end of its clause are the topic's. A noun read as a reference
/// ("the opening", after an anaphor) is no reference either. A visit after a
/// `visit-going-on` word ("met X on a visit to Rabat") is the visit going on, no topic.
fn drop_topics_of_talks(text: &str, sentence: &Sentence, hits: &mut SentenceHits, rules: &TriggerRules) {
    let lists = &rules.words;
    let noun = |r: &Range<usize>, tense: TriggerTense| tense == TriggerTense::Noun && latin_trigger(text, r);
    // The event nouns and the nouns read as references, in text order.
    let mut nouns: Vec<(Range<usize>, EventType)> =
        hits.events.iter().map(|e| (e.0.clone(), e.2, e.3)).chain(hits.referring.iter().map(|e| (e.0.clone(), e.2, e.3))).filter(|(r, _, t)| noun(r, *t)).map(|(r, ty, _)| (r, ty)).collect();
    if lists.topic_words.is_empty() || nouns.is_empty() {
        return;
    }
    nouns.sort_by_key(|(r, _)| r.start);
    nouns.dedup_by_key(|(r, _)| r.clone());
    let governs = |ty: EventType| matches!(ty.family(), EventType::Meeting | EventType::Call | EventType::Agreement);
    let determiner = |w: &Range<usize>| TOPIC_DETERMINERS.has(&text[w.clone()]);
    let mut topics: Vec<Range<usize>> = Vec::new();
    let mut k = 0;
    while k < nouns.len() {
        let (at, ty) = nouns[k].clone();
        k += 1;
        let Some(clause) = sentence.clause_at(at.start) else { continue };
        let clause_range = sentence.clauses[clause].clone();
        let Some(topic_start) = topic_word_before(text, clause_range.start, at.start, &lists.topic_words, &determiner) else { continue };
        let topic_word_end = topic_start + word_iter(text, topic_start..at.start).next().map_or(0, |w| w.end - topic_start);
        if ty.family() == EventType::Visit && lists.going_on.has(&text[topic_start..topic_word_end]) {
            continue;
        }
        // The talks, call or signing it is about: in the clause of the topic word, or in the
        // clause before when the topic word opens its own.
        let governor_from = if topic_start == clause_range.start { clause.checked_sub(1).map_or(clause_range.start, |c| sentence.clauses[c].start) } else { clause_range.start };
        let Some(governor) = hits.events.iter().rev().find(|e| e.0.start >= governor_from && e.0.end <= topic_start && latin_trigger(text, &e.0) && governs(e.2)) else { continue };
        // Nothing else told between: no other event, no other predicate.
        let between = governor.0.end..topic_start;
        if hits.events.iter().any(|e| between.covers(&e.0)) || hits.predicates.iter().any(|p| between.covers(p)) {
            continue;
        }
        topics.push(at.clone());
        // The nouns coordinated after it in its clause ("and a visit by", « et une visite de »).
        let mut last = at.end;
        while let Some((next, _)) = nouns.get(k).filter(|(r, _)| r.start < clause_range.end) {
            let mut before = word_iter(text, last..next.start).rev().skip_while(&determiner);
            if !before.next().is_some_and(|w| lists.clause_ands.has(&text[w])) {
                break;
            }
            topics.push(next.clone());
            last = next.end;
            k += 1;
        }
        hits.topics.push(topic_start..clause_range.end);
    }
    if topics.is_empty() {
        return;
    }
    // Every reading of a topic noun goes ("une visite": the noun and the present verb).
    let is_topic = |r: &Range<usize>| topics.iter().any(|t| t.covers(r) || r.covers(t));
    hits.events.retain(|e| !is_topic(&e.0));
    hits.referring.retain(|e| !is_topic(&e.0));
    hits.references.retain(|(r, _)| !is_topic(r));
}

/// Where the topic word (one of `topic_words`, a phrase maybe: « au sujet de ») before the
/// noun at `noun` starts, if the words between are articles and at most one modifier
/// ("on political consultations", "about the planned opening"), all after `floor` (the
/// noun's clause).
fn topic_word_before(text: &str, floor: usize, noun: usize, topic_words: &[String], determiner: &dyn Fn(&Range<usize>) -> bool) -> Option<usize> {
    let mut words = word_iter(text, floor..noun).rev().peekable();
    let mut head_end = noun;
    let mut modifier_read = false;
    loop {
        while let Some(w) = words.next_if(|w| determiner(w)) {
            head_end = w.start;
        }
        let head = text[floor..head_end].trim_end();
        let found = topic_words.iter().find(|t| head.ends_with(t.as_str()) && head[..head.len() - t.len()].chars().next_back().is_none_or(|c| !crate::text::normalize::is_word_char(c)));
        if let Some(t) = found {
            return Some(floor + head.len() - t.len());
        }
        // One modifier, a word of letters only.
        let modifier = words.next().filter(|w| !modifier_read && text[w.clone()].chars().all(char::is_alphabetic))?;
        head_end = modifier.start;
        modifier_read = true;
    }
}

/// Bytes after a form restricted to "ب" within which a place written with ب lets it count.
const PLACE_WITH_B_BYTES: usize = 80;

/// The same reach past a person named between them: the subject with its title and a date.
const PLACE_WITH_B_PAST_SUBJECT_BYTES: usize = 200;

/// Bytes a person's name may span (a long Arabic name with its titles is under this).
const LONGEST_NAME_BYTES: usize = 160;

/// Words after an Arabic opening within which what it opens is told, past its subject with
/// titles and its date ("افتتح وزير الخارجية الإسرائيلي يائير لابيد، أمس الخميس، مكتب الاتصال").
const OPENED_AFTER_WORDS: usize = 16;

/// Words before an Arabic opening within which what it opens may be told, as the subject of a
/// passive or a relative clause ("مكتب الاتصال الذي افتتح أمس", "السفارة التي دشنت"), or
/// further back to a venue verb ("شهد مقر مكتب الاتصال … رفع العلم", word list `venue`).
const OPENED_BEFORE_WORDS: usize = 3;

/// Words before a planned marker within which a negation denies it ("لم يكن أحد يتوقع").
const NEGATION_REACH_WORDS: usize = 3;

/// Whether one of the last [`NEGATION_REACH_WORDS`] words of `before` (the sentence up to a
/// planned marker) is a negation (word list `negation`).
fn negated_marker(text: &str, before: Range<usize>, negations: &[String]) -> bool {
    text[before].split_whitespace().rev().take(NEGATION_REACH_WORDS).any(|w| negations.has(w))
}

/// Words before an event noun within which a purpose word makes it what a trip is for
/// ("للمشاركة في أشغال قمة": the purpose word, a preposition and a noun between).
const PURPOSE_REACH_WORDS: usize = 3;

/// Whether one of the last [`PURPOSE_REACH_WORDS`] words of `before` (the sentence up to an
/// event noun) is a purpose word (word list `purpose`: "للمشاركة في قمة", "لحضور حفل"): the
/// noun is what the trip told before it is for, for later.
fn after_a_purpose(text: &str, before: Range<usize>, purposes: &[String]) -> bool {
    text[before].split_whitespace().rev().take(PURPOSE_REACH_WORDS).any(|w| purposes.has(w))
}

/// Whether the Arabic opening at `r` in `sentence` opens an office (word list
/// `opened-office`): one in its own words (the "فتح مكتب" forms), within
/// [`OPENED_AFTER_WORDS`] after it or [`OPENED_BEFORE_WORDS`] before it, not right after a
/// title that makes it someone's post ("رئيس مكتب الاتصال"). A gathering opened, and a route
/// or flight opened ("افتتحت الشركة، أمس، خطا جويا"), are read by the event stage (a meeting, a
/// flight); Latin triggers and rule sets with no such list are left as they are.
fn opens_an_office(text: &str, sentence_words: &[Range<usize>], r: &Range<usize>, rules: &TriggerRules) -> bool {
    let lists = &rules.words;
    if lists.opened_offices.is_empty() || latin_trigger(text, r) || opens_a_gathering(text, r.end, lists) {
        return true;
    }
    let is = |list: &[String], w: &Range<usize>| list.has_with_proclitics(&text[w.clone()]);
    let first = sentence_words.iter().position(|w| w.end > r.start).unwrap_or(sentence_words.len());
    let after = sentence_words.iter().position(|w| w.start >= r.end).unwrap_or(sentence_words.len());
    // "شهد مقر مكتب الاتصال بالرباط، أمس الخميس، رفع العلم": the venue a venue verb names
    // before the act is read back to that verb.
    let venue = sentence_words[first.saturating_sub(OPENED_AFTER_WORDS)..first].iter().rposition(|w| is(&lists.venues, w)).map(|v| first.saturating_sub(OPENED_AFTER_WORDS) + v);
    let from = venue.map_or(first.saturating_sub(OPENED_BEFORE_WORDS), |v| (v + 1).min(first.saturating_sub(OPENED_BEFORE_WORDS)));
    let to = (after + OPENED_AFTER_WORDS).min(sentence_words.len());
    let office = (from..to).any(|k| is(&lists.opened_offices, &sentence_words[k]) && !(k > 0 && is(&lists.office_titles, &sentence_words[k - 1])));
    let window = r.end..sentence_words.get(to.saturating_sub(1)).map_or(r.end, |w| w.end.max(r.end));
    office || rules.phrases.find_in(None, text, window).iter().any(|h| h.payloads.iter().any(|&p| matches!(rules.rules[p].kind, RuleKind::Event(EventType::Flight, _))))
}

/// The most words between a route noun and a city or airport named beside it ("the Tel
/// Aviv–Marrakech route", "its route to Marrakesh", « sa route vers Marrakech »).
const ROUTE_PLACE_WORDS: usize = 2;

/// Whether the route noun at `noun` (list `route-noun`) names a route flown: its sentence
/// names an airline or a word of flying (list `route-context`: "flights", "airport", «
/// aérienne »), or a city or an airport stands right beside it. A country beside it is no
/// route's end ("a road map between Morocco and Israel").
fn flown_route(text: &str, noun: &Range<usize>, sentence: Range<usize>, entities: &Found, g: &Gazetteer, words: &WordLists) -> bool {
    let named = entities.starting_in(&sentence);
    let beside = |e: &Range<usize>| (e.end <= noun.start && at_most_words(text, e.end..noun.start, ROUTE_PLACE_WORDS)) || (e.start >= noun.end && at_most_words(text, noun.end..e.start, ROUTE_PLACE_WORDS));
    named.iter().any(|e| {
        let entity = &g.entities()[e.entity];
        entity.is_airline() || (entity.kind == EntityKind::Place && !entity.is_country() && beside(&e.range))
    }) || word_iter(text, sentence).any(|w| words.route_contexts.has(&text[w]))
}

/// Whether a country is named right after `at`, in the next word or glued to it ("في
/// المغرب", "بالمغرب"): what a tour noun then names is the trip to it.
fn country_right_after(text: &str, at: usize, entities: &Found, g: &Gazetteer) -> bool {
    let first = entities.entities.partition_point(|e| e.range.start < at);
    entities.entities.get(first).is_some_and(|e| text[at..e.range.start].split_whitespace().count() <= 1 && g.entities()[e.entity].is_country())
}

/// The `next` entry of a trigger row that also lets the form count before a guest named by the
/// gazetteer ("Lapid welcomed Bourita in Jerusalem"; see [`named_guest_right_after`]).
pub(crate) const NAMED_GUEST: &str = "@person";

/// Words that may follow a guest's name when the verb received the guest, not something of the
/// guest's ("welcomed Bourita in Rabat", "welcomed Bourita on Monday"; "welcomed Blinken's
/// remarks", "welcomed Biden administration's stance" are statements).
const AFTER_A_GUEST: &[&str] = &["in", "to", "at", "on", "and", "during", "upon", "for", "yesterday", "today", "last", "this", "who", "with", "as", "earlier", "shortly", "warmly"];

/// Whether a person of the gazetteer is the object of the verb ending at `at` (a name right
/// after it, or after office titles the gazetteer found: "welcomed Foreign Minister Nasser
/// Bourita") and the name is not a possessive nor the first word of a noun phrase: the word
/// after it is the end of the sentence (before `end`), a clause break or one of
/// [`AFTER_A_GUEST`].
fn named_guest_right_after(text: &str, at: usize, end: usize, entities: &Found, g: &Gazetteer) -> bool {
    let Some(e) = entities.starting_in(&(at..end)).first().filter(|e| g.entities()[e.entity].kind == EntityKind::Person && e.range.end <= end) else {
        return false;
    };
    // What lies between is blank once the titles are taken out.
    let mut gap = at;
    for title in entities.roles_starting_in(&(at..e.range.start)).iter().take_while(|t| t.range.end <= e.range.start) {
        if !text[gap..title.range.start].trim().is_empty() {
            return false;
        }
        gap = title.range.end;
    }
    if !text[gap..e.range.start].trim().is_empty() {
        return false;
    }
    let rest = &text[e.range.end..end];
    if rest.starts_with(['\'', '’']) {
        return false;
    }
    let rest = rest.trim_start();
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.is_empty() || AFTER_A_GUEST.contains(&word.to_lowercase().as_str())
}

/// Whether `r` lies inside the name of a person the gazetteer found ("said" in "Said
/// Ahmidouch").
fn inside_a_name(r: &Range<usize>, entities: &Found, g: &Gazetteer) -> bool {
    let after = entities.entities.partition_point(|e| e.range.start <= r.start);
    // Names are short: the ones that start more than a name's length before cannot hold it.
    entities.entities[..after].iter().rev().take_while(|e| r.start - e.range.start <= LONGEST_NAME_BYTES).any(|e| r.end <= e.range.end && g.entities()[e.entity].kind == EntityKind::Person)
}

/// The items of an enumeration in a sentence ("وتتعلق أولى هذه الوثائق باتفاقية …، بينما تخص
/// الثانية مذكرة تفاهم …"): each runs from its ordinal — or from the noun just before it, "الوثيقة
/// الثالثة" — to the next item or the end of the sentence. An item that holds no event trigger of
/// the family of an item noun it holds ("باتفاقية") gets that noun as its trigger.
pub(super) fn enumeration_items(hits: &mut SentenceHits, sentence_end: usize) -> Vec<Range<usize>> {
    let starts: Vec<usize> = hits
        .ordinals
        .iter()
        .map(|o| hits.item_nouns.iter().find(|(n, ..)| n.end <= o.start && o.start - n.end <= 2).map_or(o.start, |(n, ..)| n.start))
        .collect();
    let items: Vec<Range<usize>> = starts.iter().enumerate().map(|(k, &start)| start..starts.get(k + 1).copied().unwrap_or(sentence_end)).collect();
    let mut added = false;
    for item in &items {
        let mut families_here: Vec<EventType> = hits.events.iter().filter(|e| item.contains(&e.0.start)).map(|e| e.2.family()).collect();
        for (noun, rule, ty) in &hits.item_nouns {
            if item.contains(&noun.start) && !families_here.contains(&ty.family()) {
                families_here.push(ty.family());
                hits.events.push((noun.clone(), *rule, *ty, TriggerTense::Noun));
                added = true;
            }
        }
    }
    if added {
        hits.events.sort_by_key(|e| e.0.start);
    }
    items
}

/// Starts of the event triggers told aside, as a time reference or as background: a noun after
/// "بعد", "عشية", "في أعقاب" (or after "بعد ثلاثة أيام من"), a Latin-script verb after "after"
/// and its subject, and a trigger in a relative clause
/// in the past with the noun it describes ("مذكرة التفاهم التي جرى توقيعها"). They keep a date of
/// their own, but borrow none from the sentence's event or the ones before.
/// `lists` give the articles and the relative pronouns ([`WordLists::is_relative`]).
pub(super) fn told_aside(text: &str, sentence_start: usize, hits: &SentenceHits, lists: &WordLists) -> Vec<usize> {
    let articles = &lists.articles;
    let mut aside = Vec::new();
    for (r, _, ty, tense) in &hits.events {
        let after_sequel = *tense == TriggerTense::Noun && hits.sequels.iter().any(|s| refers_to(text, s, r.start, &lists.counted_from, hits) && !tells_the_next_act(text, sentence_start, s, r, ty.family(), lists));
        if after_sequel {
            aside.push(r.start);
        }
    }
    // "a day after he signed", "a day after Jerusalem and Rabat signed", "un jour après avoir
    // signé": a Latin-script verb told after a sequel word and a short subject or auxiliary, in
    // the sequel's clause, is the other event a date is counted from, not one of that date.
    for (r, _, ty, tense) in &hits.events {
        let after_sequel = || {
            // No event between: "depuis l'accord tripartite conclu en 2020" tells the noun aside,
            // and the participle with it (see `latin::participle_of_an_aside_noun`).
            let event_between = |s: &Range<usize>| hits.events.iter().any(|e| e.0.start >= s.end && e.0.end <= r.start);
            // Nor a noun phrase: "après l'accord conclu en décembre 2020" is a participle of the
            // noun, the reminder of that accord, not a verb after its subject.
            let article_first = |s: &Range<usize>| word_iter(text, s.end..r.start).next().is_some_and(|w| articles.has(&text[w.clone()]));
            hits.sequels.iter().any(|s| {
                s.end <= r.start
                    && at_most_words(text, s.end..r.start, SEQUEL_SUBJECT_WORDS)
                    && !text[s.end..r.start].contains(LATIN_CLAUSE_MARKS)
                    && !event_between(s)
                    && !article_first(s)
                    && !tells_the_next_act(text, sentence_start, s, r, ty.family(), lists)
            })
        };
        if *tense != TriggerTense::Noun && latin_trigger(text, r) && after_sequel() {
            aside.push(r.start);
            // Its object or complement told in its clause is that event too ("après avoir
            // signé un accord-cadre", "after Sa'ar arrived … for a three-day working visit").
            let told_on = hits.events.iter().filter(|e| e.0.start >= r.end).take_while(|e| {
                e.2.family() == ty.family() && !text[r.end..e.0.start].contains(LATIN_CLAUSE_MARKS) && !hits.predicates.iter().any(|p| p.start >= r.end && p.end <= e.0.start)
            });
            aside.extend(told_on.map(|e| e.0.start));
        }
    }
    // "التي جرى توقيعها", "الذي وقعه": a relative pronoun, at most one auxiliary, the trigger.
    for (k, (r, _, ty, tense)) in hits.events.iter().enumerate() {
        if matches!(tense, TriggerTense::Present | TriggerTense::Future) {
            continue;
        }
        // The last two words before it, the last first.
        let last_two: Vec<Range<usize>> = word_iter(text, sentence_start..r.start).rev().take(2).collect();
        let relative = last_two.iter().position(|w| lists.is_relative(&text[w.clone()]));
        let Some(back) = relative else { continue };
        // The auxiliary, when there is one, is a verb of happening.
        if back == 1 && !matches!(&text[last_two[0].clone()], "جري" | "تم" | "سبق" | "كان" | "كانت") {
            continue;
        }
        aside.push(r.start);
        // The noun the clause describes, of the same family, a few words before.
        let pronoun = &last_two[back];
        if let Some((noun, ..)) = hits.events[..k].iter().rev().find(|e| e.2.family() == ty.family() && e.0.end <= pronoun.start && pronoun.start - e.0.end <= 30) {
            aside.push(noun.start);
        }
    }
    // "Kochavi's trip comes days after the first summit of the I2U2 grouping", « la visite
    // intervient quelques jours après le sommet de … »: the event noun that times the told
    // one is another event, whoever the sentence named before it (the trip's travellers).
    aside.extend(hits.events.iter().filter(|e| e.3 == TriggerTense::Noun && times_what_comes(text, sentence_start, &e.0, hits, lists)).map(|e| e.0.start));
    // "حطت الطائرة أمس، تنفيذا لما تم الاتفاق عليه خلال الاتصال الهاتفي بين …": an event noun
    // in what an act fulfils is the earlier event it recalls.
    aside.extend(hits.events.iter().filter(|e| e.3 == TriggerTense::Noun && fulfilment_recalling(text, hits, e.0.start).is_some()).map(|e| e.0.start));
    aside
}

/// Whether the Latin-script trigger at `trigger`, told after the sequel word at `sequel`,
/// is the next (or the previous) act of the sentence's own subject on the same occasion, not
/// a time reference: a verb with no subject of its own — an English gerund right after the
/// sequel word (an ending of the list `gerund-ending`: "before signing three agreements",
/// "After meeting Bourita, Lapid opened …") or a verb after only the words of a non-finite
/// form (list `next-act-link`: "after having signed", « avant de signer », « après avoir
/// signé ») — with no measure of time before the sequel word or in it (a unit of the list
/// `time-unit`: "a day after signing", « deux jours après avoir signé », "on the eve of":
/// the act is then another day's, the point the period is counted from). A subject of its
/// own ("after Morocco and Israel signed the accord in December 2020") tells a recalled act,
/// and "after the signing" an event named by its noun: both stay time references. A journey
/// ("before traveling to Casablanca", « avant de se rendre à Casablanca ») is a leg of the
/// visit the sentence tells, read with it as before, not an act of its own.
pub(crate) fn tells_the_next_act(text: &str, sentence_start: usize, sequel: &Range<usize>, trigger: &Range<usize>, family: EventType, lists: &WordLists) -> bool {
    if sequel.end > trigger.start || !latin_trigger(text, trigger) || family == EventType::Visit {
        return false;
    }
    let lower = |w: Range<usize>| text[w].to_lowercase();
    let links: Vec<String> = word_iter(text, sequel.end..trigger.start).map(lower).collect();
    let verb = word_iter(text, trigger.start..trigger.end).next().map(lower).unwrap_or_default();
    let gerund = links.is_empty() && lists.gerund_endings.iter().any(|e| verb.len() > e.len() + 2 && verb.ends_with(e.as_str()));
    // The last link is a word of the verb's own (« de », « avoir », "having"), not a clitic
    // letter: "depuis l'accord", "après d'intenses négociations" name an event by its noun.
    let non_finite = !links.is_empty() && links.iter().all(|w| lists.next_act_links.has(w)) && links.last().is_some_and(|w| w.chars().count() > 1 && w != "les");
    if !(gerund || non_finite) {
        return false;
    }
    let before = word_iter(text, sentence_start..sequel.start).next_back().map(lower);
    let measured = before.iter().chain(&word_iter(text, sequel.clone()).map(lower).collect::<Vec<_>>()).any(|w| lists.time_units.has(w));
    !measured
}

/// The most words between a fulfilment marker and the event noun it recalls ("تنفيذا لما
/// اتفق عليه الملك محمد السادس ونفتالي بينيت خلال اتصال"): a long subject may stand between.
const FULFILMENT_REACH_WORDS: usize = 12;

/// Where the fulfilment marker that recalls the event noun at `noun` starts, if one does: the
/// noun stands in the marker's clause, within [`FULFILMENT_REACH_WORDS`] of it.
pub(super) fn fulfilment_recalling(text: &str, hits: &SentenceHits, noun: usize) -> Option<usize> {
    hits.fulfilments.iter().find(|f| f.start < noun && noun < f.end && at_most_words(text, f.start..noun, FULFILMENT_REACH_WORDS)).map(|f| f.start)
}

/// Where the fulfilment marker starts whose object the past participle `told` describes, if
/// one does: "reviewed the implementation of the agreement signed in Rabat", « la mise en œuvre
/// de l'accord signé à Rabat ». An object that is no event noun of its own ("the agreement",
/// « l'accord ») leaves the participle after it to tell the earlier act. It stands in the
/// marker's reach or within [`PARTICIPLE_AFTER_ITS_OBJECT_WORDS`] after it, in its clause, with
/// no comma, "and" (list `clause-and`), sequel word or other act between ("reviewed the
/// implementation of the plan and signed a memorandum" tells a new signing). An event noun
/// between is the recalled act itself ("the implementation of the memorandum signed"): the
/// participle describes it and is folded into it (`latin::participle_of_an_aside_noun`).
pub(super) fn participle_recalled_by(text: &str, sentence: &Sentence, hits: &SentenceHits, told: &(Range<usize>, usize, EventType, TriggerTense), lists: &WordLists) -> Option<usize> {
    if told.3 != TriggerTense::Past {
        return None;
    }
    let at = told.0.start;
    hits.fulfilments
        .iter()
        .find(|f| {
            f.start < at
                && sentence.clause_at(f.start) == sentence.clause_at(at)
                && (at < f.end || at_most_words(text, f.end..at, PARTICIPLE_AFTER_ITS_OBJECT_WORDS))
                && !text[f.start..at].contains(COMMAS)
                && !word_iter(text, f.start..at).any(|w| lists.clause_ands.iter().any(|a| a.eq_ignore_ascii_case(&text[w.clone()])))
                && !hits.events.iter().any(|o| o.0.start >= f.start && o.0.end <= at)
                && !hits.predicates.iter().any(|p| p.start >= f.start && p.end <= at)
                && !hits.sequels.iter().any(|s| s.start >= f.start && s.end <= at)
        })
        .map(|f| f.start)
}

/// The most words between the end of a fulfilment marker's reach and a participle describing
/// its object ("the progress of the tripartite accord signed": an adjective more).
const PARTICIPLE_AFTER_ITS_OBJECT_WORDS: usize = 2;

/// Words that may stand between a sequel word and a Latin-script verb it makes a time
/// reference: a subject ("after Jerusalem and Rabat signed") or an auxiliary ("après avoir
/// signé"), no more (a longer run is a clause of its own).
const SEQUEL_SUBJECT_WORDS: usize = 4;

/// Whether the sequel word at `sequel` ("بعد", "في أعقاب") makes the noun at `noun` a time
/// reference: right after it, or after a measure of time ending in a word of the list
/// `counted-from` ("بعد ثلاثة أيام من", "بعد نحو عام على", "قبل أسابيع على": the period is
/// counted from the recalled act, whoever the sentence's actor is).
/// A measure runs within its clause and holds no event of its own ("وبعد الاستقبال، تم التوقيع
/// على مذكرة" tells the signing of the memorandum after the audience, not a period).
fn refers_to(text: &str, sequel: &Range<usize>, noun: usize, counted_from: &[String], hits: &SentenceHits) -> bool {
    if sequel.end > noun {
        return false;
    }
    // Five words at most: more are too many either way.
    let between: Vec<Range<usize>> = word_iter(text, sequel.end..noun).take(5).collect();
    between.is_empty()
        || (between.len() <= 4
            && between.last().is_some_and(|w| counted_from.has(&text[w.clone()]))
            && !text[sequel.end..noun].contains(COMMAS)
            && !hits.events.iter().any(|e| e.0.start >= sequel.end && e.0.end <= noun))
}

/// The most words between a verb of the list `comes` and the "after" word of the time it
/// tells ("comes a week after", « intervient quelques jours après »).
const COMES_AFTER_WORDS: usize = 4;

/// Where the phrase ends that tells the Latin event noun at `r` for its timing, if one does: a
/// verb of the list `comes` right after it, told with an "after" word (list `after`) a few words
/// on in its clause ("The meeting comes a week after Barkat returned", « La rencontre intervient
/// quelques jours après le retour de … »: the end of the "after" word), or a phrase of the list
/// `follows` right after it ("Kochavi's trip follows the MoU …", "comes on the heels of", « fait
/// suite à »): the event already reported, told for its timing. Not "Her visit comes in a month
/// that also saw …", which may tell the visit itself. Only a noun (a verb before "comes" is
/// none), and only in Latin script: Arabic puts the verb first («ويأتي الاجتماع»), an anaphor row.
fn before_comes(text: &str, r: &Range<usize>, kinds: &[RuleKind], sentence_end: usize, lists: &WordLists) -> Option<usize> {
    let noun = kinds.iter().any(|k| matches!(k, RuleKind::Event(_, TriggerTense::Noun)));
    if !noun || (lists.comes.is_empty() && lists.follows.is_empty()) || !latin_trigger(text, r) {
        return None;
    }
    let clause_end = text[r.end..sentence_end].find(BREAKS_WITHIN_A_SENTENCE).map_or(sentence_end, |i| r.end + i);
    let mut next = word_iter(text, r.end..clause_end);
    let first = next.next()?;
    // A `follows` phrase right after the noun, or after its complement ("The visit of Gantz
    // follows", « La visite de Gantz fait suite à »: a word of the list `recall-head` first).
    let complement = lists.recall_heads.has(&text[first.clone()]);
    let follows = word_iter(text, r.end..clause_end).take(if complement { FOLLOWS_COMPLEMENT_WORDS + 1 } else { 1 }).find_map(|w| phrase_end_at(&text[..clause_end], w.start, &lists.follows));
    if follows.is_some() {
        return follows;
    }
    if !lists.comes.has(&text[first]) {
        return None;
    }
    next.take(COMES_AFTER_WORDS).find(|w| lists.afters.has(&text[w.clone()])).map(|w| w.end)
}

/// The most words of a noun's complement between it and a `follows` phrase ("The visit of the
/// defence minister follows").
const FOLLOWS_COMPLEMENT_WORDS: usize = 3;

/// The most words between the "after" word of a `comes` phrase and the event noun it tells the
/// timing by: an article and a few modifiers ("after the first summit", "after the inaugural
/// direct commercial flights", « après le sommet »).
const TIMING_NOUN_WORDS: usize = 4;

/// The most words of the measure of time between a verb of the list `comes` and its "after"
/// word, when an event noun follows ("comes a little over two weeks after the first flights").
const TIMING_MEASURE_WORDS: usize = 6;

/// Whether the Latin event noun at `noun` follows, within [`TIMING_NOUN_WORDS`] and in one
/// clause, an "after" word (list `after`) that a verb of the list `comes` tells a measure of
/// time before ([`TIMING_MEASURE_WORDS`] at most: "X's trip comes days after the first summit
/// of …", « La visite intervient quelques jours après le sommet »): the event the told one is
/// timed by, a time reference with people of its own. Arabic tells it with a measure counted
/// from the noun ("بعد أيام من القمة", see [`refers_to`]).
fn times_what_comes(text: &str, sentence_start: usize, noun: &Range<usize>, hits: &SentenceHits, lists: &WordLists) -> bool {
    if (lists.comes.is_empty() && lists.follows.is_empty()) || !latin_trigger(text, noun) {
        return false;
    }
    // "X's trip follows the defense MoU …": the noun a few words after a `follows` phrase that
    // tells a referring noun for its timing.
    let after_follows = |end: usize| {
        end <= noun.start && at_most_words(text, end..noun.start, TIMING_NOUN_WORDS) && !text[end..noun.start].contains(LATIN_CLAUSE_MARKS) && !hits.events.iter().any(|e| e.0.start >= end && e.0.end <= noun.start)
    };
    if hits.timed_from.iter().any(|&end| after_follows(end)) {
        return true;
    }
    let before: Vec<Range<usize>> = word_iter(text, sentence_start..noun.start).rev().take(TIMING_NOUN_WORDS + TIMING_MEASURE_WORDS + 2).collect();
    let Some(at) = before.iter().take(TIMING_NOUN_WORDS + 1).position(|w| lists.afters.has(&text[w.clone()])) else { return false };
    let after = &before[at];
    if text[after.end..noun.start].contains(LATIN_CLAUSE_MARKS) || hits.events.iter().any(|e| e.0.start >= after.end && e.0.end <= noun.start) {
        return false;
    }
    before[at + 1..].iter().take(TIMING_MEASURE_WORDS + 1).any(|w| lists.comes.has(&text[w.clone()]))
}

/// The most words between a definite Latin event noun and the phrase of the list `told-of`
/// that says what the event is or will become ("la rencontre du Néguev deviendrait").
const TOLD_OF_GAP_WORDS: usize = 3;

/// Whether the Latin event noun at `r`, after a definite article or a possessive, is the
/// subject of a phrase of the list `told-of` a few words on in its clause, one that tells what
/// the event told before is or will become (« annonçant que la rencontre deviendrait un forum
/// permanent », "their meeting would become an annual event", « la réunion restera
/// historique »): a statement about that event, no event of its own, as after a demonstrative.
/// English "the" is an anaphor already (en-anaphor); French « la », « le » are not (« la
/// rencontre entre X et Y a eu lieu lundi » tells one), nor possessives. Arabic reads such
/// statements as references by the rows it has («وسيصبح الاجتماع», «أن اللقاء سيتحول»).
fn told_of_after(text: &str, r: &Range<usize>, kinds: &[RuleKind], sentence: Range<usize>, lists: &WordLists) -> bool {
    let noun = kinds.iter().any(|k| matches!(k, RuleKind::Event(_, TriggerTense::Noun)));
    if !noun || lists.told_of.is_empty() || !latin_trigger(text, r) {
        return false;
    }
    // The normal form is lowercase already (crate::text::normalize): words are compared as they stand.
    let definite = text[sentence.start..r.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| DEFINITE_OR_POSSESSIVE.contains(&w));
    if !definite {
        return false;
    }
    let clause_end = text[r.end..sentence.end].find(BREAKS_WITHIN_A_SENTENCE).map_or(sentence.end, |i| r.end + i);
    let reach = PhraseReach { window: TOLD_OF_GAP_WORDS + TOLD_OF_PHRASE_WORDS, gap: TOLD_OF_GAP_WORDS, phrase: TOLD_OF_PHRASE_WORDS };
    phrase_near(text, r.end..clause_end, Side::After, reach, |w| w, &lists.told_of)
}

/// The most words of a phrase of the list `told-of` ("will be held every year").
const TOLD_OF_PHRASE_WORDS: usize = 5;

/// Definite articles and possessives before an event noun that refer to one already told
/// ("la rencontre", "leur réunion", "their meeting"); an indefinite noun ("une rencontre")
/// tells an event of its own.
const DEFINITE_OR_POSSESSIVE: &[&str] = &["le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "the", "his", "her", "their", "its"];

/// Whether a call noun right after a "during" word refers back to the call told before ("أكد
/// الملك خلال الاتصال …", "وأثناء المكالمة، بحث الجانبان …"): an Arabic definite noun with no
/// relative clause of its own (a pronoun of the list `relative`) after it in the sentence
/// ("خلال الاتصال الهاتفي الذي أجراه الملك أمس مع …" tells a call of its own). Calls only: "خلال الزيارة" opens the visit's own telling
/// as often as it recalls one.
fn refers_back_after_during(text: &str, r: &Range<usize>, kind: RuleKind, sentence_end: usize, lists: &WordLists) -> bool {
    let RuleKind::Event(EventType::Call, TriggerTense::Noun) = kind else { return false };
    let definite = text[r.clone()].strip_prefix('و').unwrap_or(&text[r.clone()]).starts_with("ال");
    definite && !latin_trigger(text, r) && !word_iter(text, r.end..sentence_end).any(|w| lists.is_relative(&text[w]))
}

/// The most words between a Latin delegation noun and the verb that lists its members (an
/// adjective, an adverb: "the delegation also includes", « la délégation israélienne comprend »).
const MEMBERS_VERB_REACH: usize = 2;

/// The most words of a phrase of the list `delegation-members` ("is made up of").
const MEMBERS_VERB_WORDS: usize = 4;

/// Whether the visit noun at `noun` is a delegation noun told with a verb of the list
/// `delegation-members` that lists who it is made of: the word right before an Arabic one
/// ("ويضم الوفد الدبلوماسي X", "كما يتألف الوفد من …": the verb before its subject, a
/// conjunction و or ف glued to it), or a phrase at most [`MEMBERS_VERB_REACH`] words after a
/// Latin one with no clause mark between ("the delegation also includes", « la délégation
/// israélienne comprend »). Such a sentence tells the people of a delegation told before, not
/// a visit of its own ("وصل أوشبيس على رأس وفد. ويضم الوفد غوفرين" is one visit of both).
fn lists_members(text: &str, sentence: Range<usize>, noun: &Range<usize>, lists: &WordLists) -> bool {
    let members = &lists.delegation_members;
    if members.is_empty() {
        return false;
    }
    let word = &text[noun.clone()];
    if latin_trigger(text, noun) {
        // The Latin rows of `delegation` are phrases ("the delegation"): their last word is the noun.
        if !lists.delegations.iter().filter_map(|d| d.rsplit(' ').next()).any(|last| last == word) {
            return false;
        }
        // No clause mark between the noun and the phrase, nor inside it.
        let clause_end = text[noun.end..sentence.end].find(LATIN_CLAUSE_MARKS).map_or(sentence.end, |k| noun.end + k);
        let reach = PhraseReach { window: MEMBERS_VERB_REACH + MEMBERS_VERB_WORDS, gap: MEMBERS_VERB_REACH, phrase: MEMBERS_VERB_WORDS };
        return phrase_near(text, noun.end..clause_end, Side::After, reach, |w| w, members);
    }
    if !lists.delegations.has_with_proclitics(word) {
        return false;
    }
    word_iter(text, sentence.start..noun.start).next_back().is_some_and(|w| {
        let verb = &text[w];
        members.has(verb) || verb.strip_prefix(['و', 'ف']).is_some_and(|bare| members.has(bare))
    })
}

/// The most words of a phrase of the list `taking-part` ("ont pris part à la").
const TAKING_PART_WORDS: usize = 4;

/// Whether the meeting noun at `noun` is told as what people took part in: the words right
/// before it (from `before`, the sentence up to the noun's word) end with a phrase of
/// `taking_part` ("شارك في", "took part in the", « ont pris part à la », a conjunction و or ف
/// glued to the verb allowed), and an Arabic noun is definite ("في الاجتماع", not "في اجتماع
/// افتراضي": that one tells a meeting of its own); a Latin phrase ends with its article.
fn taken_part_in(text: &str, before: Range<usize>, noun: &Range<usize>, taking_part: &[String]) -> bool {
    if taking_part.is_empty() {
        return false;
    }
    let latin = latin_trigger(text, noun);
    if !latin && !text[noun.clone()].trim_start_matches(['و', 'ف']).starts_with("ال") {
        return false;
    }
    let words: Vec<Range<usize>> = word_iter(text, before).rev().take(TAKING_PART_WORDS).collect();
    (1..=words.len()).any(|n| {
        let phrase: Vec<&str> = words[..n].iter().rev().map(|w| &text[w.clone()]).collect();
        let phrase = phrase.join(" ");
        let bare = phrase.strip_prefix(['و', 'ف']).unwrap_or(&phrase);
        taking_part.has(&phrase) || taking_part.has(bare)
    })
}

/// Starts of the time references of a sentence ("… وذلك بعد أيام من الإعلان عن عودة العلاقات
/// بوساطة من إدارة ترامب"): a sequel word before an event noun or a predicate noun. What is
/// named from there on is the referred event's, not a party to the events told before it.
pub(super) fn time_references(text: &str, hits: &SentenceHits, lists: &WordLists) -> Vec<usize> {
    let nouns = hits.events.iter().filter(|e| e.3 == TriggerTense::Noun).map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start));
    let nouns: Vec<usize> = nouns.collect();
    hits.sequels.iter().filter(|s| nouns.iter().any(|&n| refers_to(text, s, n, &lists.counted_from, hits))).map(|s| s.start).collect()
}

/// Starts of the fulfilment markers of a sentence that recall an event noun ("…، تنفيذا لما
/// اتفق عليه خلال الاتصال الهاتفي بين الملك وبينيت"): what is named from there on is the
/// recalled event's, not a party to the act told before it.
pub(super) fn fulfilment_starts(text: &str, hits: &SentenceHits) -> Vec<usize> {
    hits.events.iter().filter(|e| e.3 == TriggerTense::Noun).filter_map(|e| fulfilment_recalling(text, hits, e.0.start)).collect()
}

/// The end of the id of a denial row of recurrence ("بشكل دوري", "regularly"): it reaches back
/// to a verb as well as to a noun (see [`drop_denied`]).
const PERIODIC_RULE_SUFFIX: &str = "periodic";

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
pub(super) fn drop_denied(text: &str, sentence_end: usize, hits: &mut SentenceHits, rules: &TriggerRules, dates: &[Range<usize>]) -> Vec<(usize, usize)> {
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
            && at_most_words(text, marker.end..hits.events[i].0.start, reach.forward)
            && !predicate_between(hits, marker.end, hits.events[i].0.start)
            // A Latin clause mark ends the forward reach ("n'a pas, selon nos sources, signé"
            // is read conservatively); the Arabic comma is none, which a marker crosses ("نفى
            // مصدر، أن يكون …"). Reaching back crosses any ("the visit, first planned for June,
            // was postponed").
            && !text[marker.end..hits.events[i].0.start].contains(LATIN_CLAUSE_MARKS)
            && !restricted(hits, hits.events[i].0.end)
        {
            // The same event told on by more triggers of its family ("أجرى اتصالا هاتفيا").
            dropped.extend(same_event(i, &mut (i + 1..hits.events.len())));
        }
        let previous = hits.events.iter().rposition(|e| e.0.end <= marker.start).filter(|_| reach.back > 0);
        // A word of recurrence (rows whose id ends in `periodic`: "تجتمع بشكل دوري", "will
        // meet regularly", « se réunira régulièrement ») makes the verb before it a habit, as
        // it makes a noun one: what a body set up will do again and again, no event of a day.
        let recurrence = rules.rules[*rule].id.ends_with(PERIODIC_RULE_SUFFIX);
        if let Some(i) = previous
            && (hits.events[i].3 == TriggerTense::Noun || recurrence)
            && at_most_words(text, hits.events[i].0.end..marker.start, reach.back)
            && !predicate_between(hits, hits.events[i].0.end, marker.start)
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

/// Whether a postponement marker after the Latin-script event noun `noun` reaches back to it
/// (within its `back` words, no event and no other predicate between) and names the day it is
/// put off to ("The visit of the minister to Rabat has been postponed to March", "The meeting
/// … was postponed until March 5"): the noun, read after its article as a reference, tells a
/// plan of its own, the news of the sentence (see `build::untold`), which [`drop_denied`] then
/// dates at that day.
pub(super) fn put_off_to_a_date(text: &str, noun: &Range<usize>, sentence_end: usize, hits: &SentenceHits, rules: &TriggerRules, dates: &[Range<usize>]) -> bool {
    hits.denials.iter().any(|(marker, reach, rule)| {
        matches!(rules.rules[*rule].kind, RuleKind::Postponement(_))
            && reach.back > 0
            && noun.end <= marker.start
            && at_most_words(text, noun.end..marker.start, reach.back)
            && !hits.events.iter().any(|e| noun.end <= e.0.start && e.0.end <= marker.start)
            && !hits.predicates.iter().any(|p| noun.end <= p.start && p.end <= marker.start)
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
pub(super) fn opens_a_gathering(text: &str, after: usize, lists: &WordLists) -> bool {
    let next = text[after..].split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    next.is_some_and(|w| lists.gatherings.has_with_proclitics(w))
}

/// Whether the trigger at `trigger` is told by a gathering's own noun: its first word of kind
/// `gathering` ("القمة", "summit", « sommet »), its proclitics and a capital aside. Who takes
/// part in a gathering told so is named by its own sentence: the build stage and the Latin
/// passes carry no side or protagonist into it.
pub(super) fn told_by_a_gathering_noun(text: &str, trigger: &Range<usize>, lists: &WordLists) -> bool {
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
pub(super) fn drop_invited_visits(text: &str, sentence: &Sentence, hits: &mut SentenceHits, words: &WordLists) {
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
pub(super) struct AnniversaryRecall {
    /// The first noun after the anniversary word: the mention of the recalled act.
    pub(super) head: Range<usize>,
    /// The starts of the nouns chained after the head: the same act, no mention of their own.
    pub(super) chained: Vec<usize>,
    /// Where the chain's last noun ends: the act's complement ("between Morocco, the United
    /// States and Israel") follows.
    pub(super) end: usize,
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
pub(super) fn anniversary_recalls(text: &str, sentence: &Sentence, hits: &SentenceHits) -> Vec<AnniversaryRecall> {
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
pub(super) fn drop_told_content(text: &str, sentence_end: usize, hits: &mut SentenceHits) {
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
pub(super) fn drop_starts_of_a_told_visit(text: &str, sentence_start: usize, hits: &mut SentenceHits, words: &WordLists) {
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
pub(super) fn drop_tourism(text: &str, sentence: &Range<usize>, hits: &mut SentenceHits, found: &Found, g: &Gazetteer) {
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

/// Where the Arabic clause that `at` stands in begins: just past the last clause mark in
/// `start..at` (the whole mark: «،» is two bytes), or `start`. The Arabic twin of
/// `latin::status::clause_start_before`.
pub(super) fn arabic_clause_start(text: &str, start: usize, at: usize) -> usize {
    text[start..at].char_indices().rev().find(|(_, c)| CLAUSE_BREAKS_OF_EITHER_SCRIPT.contains(c)).map_or(start, |(k, mark)| start + k + mark.len_utf8())
}

/// Where the Arabic clause running from `from` ends: the next clause mark before `end`, or
/// `end`. The Arabic twin of `latin::status::next_clause_break`.
pub(super) fn arabic_clause_end(text: &str, from: usize, end: usize) -> usize {
    text[from..end].find(CLAUSE_BREAKS_OF_EITHER_SCRIPT).map_or(end, |k| from + k)
}

/// The most words between a connective of the list `carry` told after the subject and the verb
/// it carries the day to: an auxiliary or a passive's « été » (« a ensuite été reçu »).
const CARRY_BEFORE_VERB_WORDS: usize = 1;

/// Whether the event at `trigger` takes the day of the act told before by a connective: one at
/// the start of its sentence ("Afterwards, …", «ثم …»), or one told between its subject and its
/// verb ("The delegation was received by the King … . Prime Minister El Othmani then signed a
/// joint declaration", « Le chef du gouvernement a ensuite signé »): the same sequence, told
/// after the one who signs. Right before the verb only: "then" told elsewhere in the sentence
/// ("a visit then planned for May") carries nothing. Signings only: "The teams then headed to
/// the royal palace for discussions" is the audience the visit's row tells already (the dev
/// set's convention), no meeting of the arrival's day.
pub(super) fn carried_to(text: &str, trigger: &Range<usize>, tense: TriggerTense, ty: EventType, hits: &SentenceHits) -> bool {
    let signing = tense != TriggerTense::Noun && ty == EventType::Agreement;
    hits.carry_at_start || (signing && hits.carries_before_a_verb.iter().any(|&end| end <= trigger.start && at_most_words(text, end..trigger.start, CARRY_BEFORE_VERB_WORDS)))
}
