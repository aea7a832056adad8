//! Scanning one sentence: every trigger rule that matches it, sorted by kind ([`SentenceHits`]),
//! and the structure read from those hits before any mention is built — the items of an
//! enumeration ("الأولى …، والثانية …") and the triggers told aside as a time reference or as
//! background ("بعد توقيع …", "التي جرى توقيعها"), and the events its markers deny
//! ([`drop_denied`]). The triggers told aside are read in [`aside`], the ones that tell no event
//! of the timeline dropped in [`drops`].

use std::ops::Range;

use super::rules::{EventType, Reach, RuleKind, TriggerRules, TriggerTense, WordLists, latin_trigger};
use crate::text::lexmatch::{Covers, WordList};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::lexmatch::{PhraseReach, Scan, Side, at_most_words, phrase_near, word_iter};
use crate::text::clause::{CLAUSE_BREAKS_OF_EITHER_SCRIPT, LATIN_CLAUSE_MARKS};
use crate::text::segment::Sentence;

mod aside;
mod drops;

pub(crate) use aside::tells_the_next_act;
use aside::{before_comes, meeting_recalled_after_during, refers_back_after_during, told_of_after};
pub(super) use aside::{fulfilment_recalling, fulfilment_starts, participle_recalled_by, time_references, told_aside};
pub(super) use drops::{anniversary_recalls, denied_references, drop_denied, drop_invited_visits, drop_starts_of_a_told_visit, drop_told_content, drop_tourism, opens_a_gathering, put_off_to_a_date, told_by_a_gathering_noun};

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
    /// Starts of the meeting nouns right after a plain during word that refer back to the
    /// meeting told before ("خلال الاجتماع", « lors de la réunion », see
    /// `aside::meeting_recalled_after_during`): references, told as a meeting of their own only
    /// where none was told just before.
    pub(super) recalled_meetings: Vec<usize>,
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
        recalled_meetings: Vec::new(),
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
    // The "during" word ("خلال", "أثناء") just seen: "أكد الملك خلال الاتصال …" refers back to
    // the call told before, as "خلال هذا الاتصال" does (see `refers_back_after_during`), and a
    // meeting noun after it, a French article between them, to the meeting told before.
    let mut previous_during: Option<Range<usize>> = None;
    for hit in &found {
        let r = hit.range();
        // "Said Ahmidouch", "Saïd": a word of a person's name is the name, not the verb it spells.
        if inside_a_name(&r, entities, g) {
            continue;
        }
        let kinds: Vec<RuleKind> = hit.payloads.iter().map(|&i| rules.rules[i].kind).collect();
        let after_during = previous_during.as_ref().is_some_and(|d| word_index(r.start) == word_index(d.end - 1) + 1);
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
        let recalled_meeting = previous_during.as_ref().is_some_and(|d| kinds.iter().any(|k| meeting_recalled_after_during(text, d, &r, *k, range.end, &rules.words)));
        if recalled_meeting {
            hits.recalled_meetings.push(r.start);
        }
        let timed = before_comes(text, &r, &kinds, range.end, &rules.words);
        if let Some(end) = timed {
            hits.timed_from.push(end);
        }
        let after_anaphor = members_listed
            || previous_anaphor_end.is_some_and(|end| word_index(r.start) == word_index(end) + 1)
            || (after_during && kinds.iter().any(|k| refers_back_after_during(text, &r, *k, range.end, &rules.words)))
            || recalled_meeting
            || timed.is_some()
            || told_of_after(text, &r, &kinds, range.start..range.end, &rules.words);
        previous_anaphor_end = None;
        previous_during = None;
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
                    previous_during = Some(r.clone());
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
