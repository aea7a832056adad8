//! The rows of the trigger files that are word lists, not rules: words some readings check
//! one at a time beside a trigger or a name, read into [`WordLists`] by
//! [`TriggerRules::parse_files`](super::TriggerRules::parse_files).

use std::ops::Range;

use crate::text::lexmatch::{PhraseSet, WordList};

/// How a `followed` phrase tells its follower (src/events/followed.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follows {
    /// Kind `followed`: the follower named before the phrase (English, French) or right after
    /// its verb (Arabic), in the sentence after the act ("El Al followed suit").
    Said,
    /// Kind `followed-turn`: a turn, its follower named after it ("it was the turn of El Al").
    Turn,
    /// Kind `followed-shortly`: a second act of another airline later in the act's own sentence
    /// ("…, and shortly afterwards an El Al flight landed").
    Shortly,
}

/// Words some readings check one at a time beside a trigger or a name (rows of the kinds
/// below: plain lists, not phrases of the automaton, so that "the" or "de" costs no scan hit).
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    /// Kind `article`: an object opened by one is what the verb acted on, not a decision
    /// ("concluded a two-day visit", see [`Rule::decided_at`]).
    pub articles: Vec<String>,
    /// Kind `origin`: a participle of coming ("coming", "venant", "قادما") one or two words
    /// before an `origin-from` word before a country: where someone comes from ("قادما من
    /// إسرائيل", "arriving from Israel", "en provenance d'Israël"), not a party.
    pub coming: Vec<String>,
    /// Kind `origin-from`: "from", "de", "من" (an elided "d'" is glued to the name).
    pub from: Vec<String>,
    /// Kind `airport`: where a visitor is welcomed on landing ("was received at the airport
    /// by", "accueilli à l'aéroport par", "في استقباله بمطار"): that reception is part of the
    /// visit.
    pub airports: Vec<String>,
    /// Kind `sidelines`: the word before an event noun that tells a larger event on whose
    /// sidelines the sentence's event took place ("على هامش قمة النقب").
    pub sidelines: Vec<String>,
    /// Kind `gathering`: what an opening noun or verb opens when it is a gathering, not an
    /// office ("افتتاح المنتدى", "افتتاح أشغال الدورة"): a meeting.
    pub gatherings: Vec<String>,
    /// Kind `relative`: relative pronouns ("الذي", "التي") that open a clause describing the
    /// person named just before.
    pub relatives: Vec<String>,
    /// Kind `during-pronoun`: "during it" and "in it" after a verb told aside ("التي وقع
    /// خلالها مذكرة"): its object noun is told aside too.
    pub during_pronouns: Vec<String>,
    /// Kind `during-it`: "during it" of a time span ("خلالها", "أثناءها"), the during-pronouns
    /// that are no "in it" or "on it": right after an act in the sentence after a visit, a
    /// back-reference to that visit.
    pub during_it: Vec<String>,
    /// Kind `visit-end`: words telling a visit's end before its noun ("wraps up a three-day
    /// visit", "a achevé une visite de trois jours", "à l'issue de sa visite"): the date of the
    /// sentence is the visit's last day.
    pub visit_ends: Vec<String>,
    /// Kind `visit-start`: a verb of a visit's start told after its noun with a pronoun for it
    /// ("زيارة … بدأها يوم الثلاثاء", "which he began on Tuesday"): the weekday after it is the
    /// visit's first day.
    pub visit_starts: Vec<String>,
    /// Kind `visit-start-it`: the verbs of a visit's start that carry the visit as their object
    /// pronoun ("استهلها", "بدأها": began it): the pronoun ties them to the visit noun however
    /// far after it they are told in its sentence («يختتم …، اليوم الأربعاء، زيارة رسمية إلى
    /// المغرب هي الأولى من نوعها …، كان قد استهلها مساء الإثنين بوصوله»), see
    /// src/events/visit_end.rs.
    pub visit_starts_it: Vec<String>,
    /// Kind `delegation`: nouns of a delegation ("الوفد", "وفد"): right after a verb of another
    /// family or a light verb, one is that verb's subject ("والتقى الوفد بوزير …", "وعقد الوفد
    /// اجتماعا"), not a visit of its own, and it stands for the delegation told before.
    pub delegations: Vec<String>,
    /// Kind `delegation-part`: the head of an object that names a delegation's people ("أعضاء
    /// الوفد", "أفراد الوفد"): read with the delegation noun after it, as one object.
    pub delegation_parts: Vec<String>,
    /// Kind `upon`: the words that tell an act was done upon an arrival, right before the
    /// arrival noun ("فور وصوله", "لدى وصولها", "بعيد قدومه").
    pub upons: Vec<String>,
    /// Kind `arrival-noun`: nouns of an arrival ("وصول", "قدوم"), read with a pronoun glued
    /// after them after an `upon` word: the act is on the day of that person's arrival.
    pub arrival_nouns: Vec<String>,
    /// Kind `vague-group`: a group left unnamed as the other side of talks ("عددا من
    /// المسؤولين"): those talks are part of the visit they are told in.
    pub vague_groups: Vec<String>,
    /// Kind `vague-lead`: the words that open the naming of a group before its head ("مع",
    /// "with", "the", "des"), read past when looking for a `vague-group` word.
    pub vague_leads: Vec<String>,
    /// Kind `vague-stop`: "between" ("بين", "entre"): talks told between two sides are talks
    /// of both, whoever follows.
    pub vague_stops: Vec<String>,
    /// Kind `purpose`: the word before talks told as what a trip is for ("arrived … for talks",
    /// "pour des entretiens").
    pub purposes: Vec<String>,
    /// Kind `medium`: the words that tell a call's trigger as the means of another event
    /// ("عبر تقنية التناظر المرئي"): an agreement signed by video is the agreement.
    pub media: Vec<String>,
    /// Kind `talks-means`: the words that tell a call told later in a meeting's sentence as the
    /// means of those talks: a preposition that opens the call's phrase ("في اتصال هاتفي",
    /// "عبر الهاتف") or an adverb that is the whole phrase ("هاتفيا"). Talks so told are the
    /// call (src/events/collapse.rs `qualified_events`).
    pub talks_means: Vec<String>,
    /// Kind `office-place`: the title of an office held over a place ("رئيس بلدية", "والي
    /// جهة", "mayor of", "maire de"), told right before the place's name: the place is the
    /// office holder's ("رئيس بلدية أسدود"), not where the event happened.
    pub office_places: Vec<String>,
    /// Kind `office-place-after`: the same title told right after the place, as English does
    /// ("the Ashdod mayor", "Tel Aviv Mayor Ron Huldai").
    pub office_places_after: Vec<String>,
    /// Kind `reaction`: nouns of the reactions an event drew ("ردود فعل", "criticism",
    /// « réactions »), told a few words before `reaction-at` right before a place: where the
    /// event was commented on, not where it happened.
    pub reactions: Vec<String>,
    /// Kind `reaction-at`: the prepositions that place reactions ("في", "ب", "in", « à »).
    pub reaction_ats: Vec<String>,
    /// Kind `channel`: the word that makes a call the channel of what was told in it
    /// ("خلاله", "which" of "during which", « duquel », « lequel »), near a `call-content`
    /// verb right after the call (src/events/build/conveyed.rs).
    pub channels: Vec<String>,
    /// Kind `announcement-anaphor`: what refers back to the announcement told just before
    /// ("هذه القرارات", "these decisions", « ces décisions », "the announcement", "the deal"): a
    /// few words after a call, or opening the call's sentence beside a `sealed` verb, the call
    /// is about that announcement (src/events/build/conveyed.rs `told_as_about_the_announcement`).
    /// Phrases, their words joined by one space.
    pub announcement_anaphors: Vec<String>,
    /// Kind `sealed`: verbs of making an announcement ("sealed", "تم", « scellée »): beside an
    /// `announcement-anaphor` that opens a call's sentence ("The announcement was sealed … in a
    /// phone conversation"), the call is what made it.
    pub sealed: Vec<String>,
    /// Kind `opened-office`: what an Arabic opening must open to be an office opening ("مكتب",
    /// "سفارة", "قنصلية", "مقر"): "افتتح الجناح المغربي في معرض …" (a stand at a fair) is none.
    pub opened_offices: Vec<String>,
    /// Kind `opened-route`: a route, line or flight a Latin-script opening may open ("route",
    /// « liaisons »): the opening is the first flight on it (src/events/latin/kinds.rs).
    pub opened_routes: Vec<String>,
    /// Kind `active-auxiliary`: the auxiliaries of an active past ("has", "had", « a », « ont »)
    /// before a Latin participle of opening: the opener is its subject, what it opened its
    /// object (src/events/latin/kinds.rs, opened_place_is_background).
    pub active_auxiliaries: Vec<String>,
    /// Kind `passive-auxiliary`: the participle of "be" after such an auxiliary ("been", «
    /// été »): the participle is passive, what was opened its subject.
    pub passive_auxiliaries: Vec<String>,
    /// Kind `carrier`: "the company", "the carrier" ("الشركة", "الناقلة"): a flight naming no
    /// airline but one of them is the airline's of the flight told before.
    pub carriers: Vec<String>,
    /// Kind `office-title`: a title before an office noun that makes it someone's post ("رئيس
    /// مكتب الاتصال", "سفير"), not what an opening opens.
    pub office_titles: Vec<String>,
    /// Kind `led-by`: "led by", "conduite par": the person named after one leads the
    /// delegation a visit tells, and is its visitor, whoever received it.
    pub leads: Vec<String>,
    /// Kind `agent`: "by", "par": after an agreement's participle ("the declaration signed on
    /// 22 December 2020 by Morocco, the US and Israel"), the signers follow.
    pub agents: Vec<String>,
    /// Kind `reception`: "received", « reçu »: a head of state's audience told by one of these
    /// words, a past verb of the body, stays his meeting with the received beside their visit
    /// (src/events/latin/kinds.rs `audience_is_the_visit`).
    pub receptions: Vec<String>,
    /// Kind `destination`: "to", "en", "au": a country right after one, after a visit's
    /// trigger, is where the trip goes ("will travel to Israel").
    pub destinations: Vec<String>,
    /// Kind `clause-verb`: finite verbs and auxiliaries ("was", "will", "marks") that, right
    /// after an event noun, make it the subject of a clause ("said on Wednesday the visit was
    /// historic"), not the object of the verb before it.
    pub clause_verbs: Vec<String>,
    /// Kind `occurrence`: verbs that say an event happened ("took place", "was held", "a eu
    /// lieu"): an English event noun before one, of a family the article has not told yet, is
    /// that event, not a reference to one ("The signing of the memorandum … took place").
    pub occurrences: Vec<String>,
    /// Kind `agreed`: verbs of agreeing to do something ("agreed", « convenu »): talks right
    /// after one, with no day of their own, are a wish, no event ("agreed to meet soon").
    pub agreed: Vec<String>,
    /// Kind `first-person`: "my", "mon", "notre": talks told in a quoted statement "with my
    /// friend X" are the speaker's own.
    pub first_person: Vec<String>,
    /// Kind `heading`: "heading for" ("متوجها", "قاصدا"): after a visit told by its departure
    /// from the traveller's own country, where the trip goes.
    pub headings: Vec<String>,
    /// Kind `welcome`: the words right before a reception's trigger that make it a welcome on
    /// arrival ("وكان في استقباله"): who was there received the visitor, the visit's hosts.
    pub welcomes: Vec<String>,
    /// Kind `scene-change`: what opens a sentence, before a comma, that turns to another
    /// country's own news ("محلياً،", "ليبياً،", "At home,", "In Lebanon,", « En Tunisie, »): its
    /// meetings borrow no side from the story before (src/events/local_news.rs).
    pub scene_changes: Vec<String>,
    /// Kind `negation`: "لم": one of the few words before a planned marker denies the
    /// expectation ("لم يكن أحد يتوقع أن …"): what follows is what surprised, not a plan.
    pub negations: Vec<String>,
    /// Kind `dual`: "the two ministers" ("الوزيران"): right after a verb that names no one, the
    /// two people of two countries of the event told just before.
    pub duals: Vec<String>,
    /// Kind `hope`: "يأمل", "hopes", « espère »: a visit right after one is a wish, no event
    /// (see `scan::drop_invited_visits`).
    pub hopes: Vec<String>,
    /// Kind `with-pronoun`: "معه", "with him", « avec lui » right after an act's verb: its
    /// other side is told before by a pronoun (see `told_before::take_people_told_before`).
    pub with_pronouns: Vec<String>,
    /// Kind `venue`: "شهد", "احتضن" (was the scene of): a venue verb before an opening tells
    /// where the act took place, the office named between them what it opened.
    pub venues: Vec<String>,
    /// Kind `preposition`: "مع", "على", "في": one between a verb and the person after it makes
    /// that person the verb's object, not its subject.
    pub prepositions: Vec<String>,
    /// Kind `place-relative`: "where", "où": a clause it opens after a comma tells what
    /// happened at the place the clause before names ("landed at Rabat-Sale airport, where she
    /// was welcomed by").
    pub place_relatives: Vec<String>,
    /// Kind `at-reception`: "at the reception", "during the audience", «خلال الاستقبال», « lors
    /// de l'audience », « à l'issue de laquelle »: an act told with one was done at the reception
    /// or audience told just before (see `audience::act_at_the_reception_takes_its_people`).
    pub at_receptions: Vec<String>,
    /// Kind `time-relative`: "حين", "التي": the clause it opens right after an earlier visit
    /// told with its date ("بعد زيارة وزيرة الداخلية في يونيو، حين بحثت مع نظيرها …") tells
    /// what that visitor did on it (see `listed::earlier_visits_told_by_date`).
    pub time_relatives: Vec<String>,
    /// Kind `talks-with`: "مع", "with", "avec" right after a noun of talks: whom they were with,
    /// its other side, not a party to the next event of a list ("des entretiens avec son
    /// homologue X, la signature d'accords et l'inauguration du bureau"); and between a title
    /// and another title, the other side's ("جلالة الملك مع الرئيس الأمريكي": the nationality and
    /// the name after the second are its own, src/events/participants.rs).
    pub talks_with: Vec<String>,
    /// Kind `welcomed-pronoun`: the welcome noun carrying its object as a pronoun
    /// ("استقباله", "استقبالهم"): a welcome that names no one it welcomes, only its hosts.
    pub welcomed_pronouns: Vec<String>,
    /// Kind `received-pronoun`: a reception verb carrying its object as a pronoun ("استقبله",
    /// "يستقبلها", "received him", « l'a reçu »): the second of two receptions told in turn
    /// («…، قبل أن يستقبله لوديي») receives the one the first received, not its host
    /// (`successive::part_successive_talks`).
    pub received_pronouns: Vec<String>,
    /// Kind `rescheduled-to`: "إلى", "to", "until", "au": a date told after one of them, after
    /// a postponement marker, is the day the event was put off to ("أرجئت الزيارة إلى يوليوز").
    pub rescheduled_to: Vec<String>,
    /// Kind `capital`: "العاصمة", "the capital", "la capitale": told alone, the capital of the
    /// one country the sentence or the story is about (see `capital::capital_told_alone`).
    pub capitals: Vec<String>,
    /// Kind `capital-city`: the gazetteer ids of the capitals those words stand for, one per
    /// country (the gazetteer gives each its country).
    pub capital_cities: Vec<String>,
    /// Kind `guest`: "the official", "the guest" ("المسؤول", "الضيف"): talks whose subject is
    /// one of them, naming no one, are the visitor's of the visit told before.
    pub guests: Vec<String>,
    /// Kind `invitation`: "دعا", "دعوة", "invited", "invité": a visit told a few words after one
    /// is what someone was invited to make, not an announced visit (see
    /// `scan::drop_invited_visits`). "بدعوة من", "at the invitation of" are other words.
    pub invitations: Vec<String>,
    /// Kind `invited-to`: "to", « à », « de »: the word opening the infinitive an invitation
    /// invites to ("invited X, Y, to visit"): a visit told so is no visit (see
    /// `latin::status::invited_to_visit_is_no_visit`).
    pub invited_to: Vec<String>,
    /// Kind `invitation-noun` (Latin lists only): "invitation", « invitation »: an invitation
    /// told by its noun ("accepted an invitation to visit Morocco", « a accepté l'invitation de
    /// son homologue à se rendre au Maroc »), read only with the infinitive it invites to (see
    /// `latin::status::invited_to_visit_is_no_visit`), never after a word of `invitation-by`.
    pub invitation_nouns: Vec<String>,
    /// Kind `invitation-by` (Latin lists only): "at", « à », « sur »: a word that, one or two
    /// words before an invitation noun, tells whose invitation a trip answers ("at the
    /// invitation of", « à l'invitation de », « sur invitation de »): the trip is made.
    pub invitations_by: Vec<String>,
    /// Kind `plan-cut`: "that", « que », "following", "after", « après »: a plan marker told
    /// before one governs the clause or phrase it opens, not a past act after it ("would
    /// neither confirm nor deny that X met", "will work together, following the memoranda
    /// signed on Tuesday"; see `latin::status::past_told_before_a_plan`).
    pub plan_cuts: Vec<String>,
    /// Kind `since-subject`: "he", "his", « qu'il », « son »: the words that may stand between
    /// "since" and the verb or noun of a recall ("since he arrived", « depuis son arrivée »; see
    /// `latin::status::since_clause_is_background`).
    pub since_subjects: Vec<String>,
    /// Kind `since`: "منذ", "since", "depuis" right before a date told after a visit going on
    /// ("التي تقوم بزيارة للمملكة منذ أمس الإثنين"): that date is the visit's first day.
    pub since: Vec<String>,
    /// Kind `evening`: the parts of the day that end it ("مساء", "late", "evening", « soir »),
    /// told beside an arrival's day: what the visitor did next, told without a day of its
    /// own, was done on a later day (see `crate::events::evening`).
    pub evenings: Vec<String>,
    /// The forms of the `postponement` rows ("أرجئت", "postponed", « reportée »), a rule
    /// kind that is a word list as well: the date stage reads the same words as `put_off`
    /// ("postponed the visit to March": the coming March; see `crate::data`), so that one
    /// list in the trigger files says what puts an event off.
    pub put_off: Vec<String>,
    /// Kind `topic-word`: "on", "about", « sur », « concernant »: an event noun right after
    /// one (articles between), told after talks, a call or a signing, is what they were about,
    /// not an event of its own ("talks with X on the signing of a deal"; `scan`).
    pub topic_words: Vec<String>,
    /// Kind `visit-going-on`: the words before a visit noun that tell it as going on ("تقوم
    /// بزيارة", "en visite", "on a visit"): with a `since` date, the visit began that day.
    pub going_on: Vec<String>,
    /// Kind `chain`: "قبل أن", "ثم": a verb right after one, with its own subject, tells the
    /// narrative's next act, each act naming its own people (see
    /// `participants::clause_with_its_own_subject`).
    pub chains: Vec<String>,
    /// Kind `then`: "ثم", "then", « puis »: between two talks of one family, or before a
    /// second "with" their verb governs, it tells successive talks, each with its own other
    /// side (see `successive::part_successive_talks`).
    pub thens: Vec<String>,
    /// Kind `then-after-comma`: the `then` words that tell a second act only right after a
    /// comma ("…، على أن يلتقي أيضا …", and is to meet as well), not after the verb they
    /// complete ("اتفقا على أن يلتقيا"): see `successive::successions`.
    pub thens_after_comma: Vec<String>,
    /// Kind `and-verb`: "and", « et » (Latin lists; Arabic glues «و» to the verb after a
    /// comma): right before a second talks verb that names its own other side ("held talks
    /// with X, and was received by Y"), it tells a second act, each host told by his own verb
    /// (see `successive::successions`); "with X and with Y", one verb's, stays one act.
    pub and_verbs: Vec<String>,
    /// The `thens` as one automaton, built the first time a sentence with talks asks
    /// [`WordLists::then_starts_in`].
    then_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// Kind `leave`: "يغادر", "سيغادر": a planned visit told by its leaving, of a visitor
    /// already on the visit the page told, is the end of that visit, not a row of its own (see
    /// `told_before::leaves_the_visit_told`).
    pub leaves: Vec<String>,
    /// Kind `explain`: "إذ", "حيث": a past verb right after one, after a comma, tells what the
    /// verb before it did (see `dating::dated_by_the_explained_verb`).
    pub explains: Vec<String>,
    /// Kind `coordinate`: "و", "ف", "ثم": a past verb opening a later clause right after one
    /// (glued to it, or a word before it) tells the next act of the clause before, on its day
    /// (see `dating::coordinated_act_date`).
    pub coordinates: Vec<String>,
    /// Kind `plane`: "طائرة", "plane", "avion": a flight told by its plane may be a visitor's
    /// (see `visitor_plane`).
    pub planes: Vec<String>,
    /// Kind `plane-maker`: "Airbus", "Boeing": a plane told by its maker ("The Airbus A320
    /// landed at Menara"); with the `plane` words, the subject that makes a landing the flight's
    /// (src/events/latin/kinds.rs), but no plane that could be a visitor's.
    pub plane_makers: Vec<String>,
    /// Kind `carrying`: "تقل", "carrying", "transportant", "à bord": the plane carries someone.
    pub carrying: Vec<String>,
    /// Kind `on-board`: "على متن", "on board", "aboard", « à bord »: opening the sentence
    /// right after a flight's that names no one, it names the flight's passengers (see
    /// `visitor_plane::passengers_named_next`).
    pub on_board: Vec<String>,
    /// Kind `flight-service`: the words of a route or a service ("أول رحلة", "مباشرة",
    /// "first", "direct", "commercial", "ligne", "inaugural", "régulier"): a plane told with one
    /// is a flight of the timeline, whoever it carries; without one, a plane carrying a visitor
    /// is part of the visit.
    pub flight_services: Vec<String>,
    /// Kind `flight-news`: the words that make a flight news of its own ("أول رحلة", "the
    /// first direct flight", "inaugural", « premier vol », a route launched): a flight told as
    /// the way a visitor came is a row only with one (see `visitor_plane`).
    pub flight_news: Vec<String>,
    /// Kind `flight-word`: the flight itself named as a noun ("the flight", « le vol »,
    /// "الرحلة"): as the subject of a landing or a trip that names no one, it makes the landing
    /// the flight's, no visit (see `visitor_plane::planes_that_landed`).
    pub flight_words: Vec<String>,
    /// Kind `route-noun`: a route named by its noun alone ("route", "routes"): a flight only
    /// where its sentence tells of flying (see `scan::flown_route`), not a road map (« feuille
    /// de route », "the route to peace").
    pub route_nouns: Vec<String>,
    /// Kind `route-context`: words of flying ("airline", "airport", « aérienne »): one in the
    /// sentence of a route noun makes that route a flight's.
    pub route_contexts: Vec<String>,
    /// Kind `flight-means`: the words that tell a flight as the way someone travelled ("على
    /// متن", "aboard", "on a", « à bord ») right before it: "arrived in Rabat on a direct El Al
    /// flight" tells the visit, not a flight of the timeline (see `visitor_plane`).
    pub flight_means: Vec<String>,
    /// Kind `welcomed-group`: the object of a welcome that is no one named ("في استقبال
    /// الطائرة", "الوفد"): everyone the welcome names is a host.
    pub welcomed_groups: Vec<String>,
    /// Kind `contrast`: "unlike", "contrairement à": the event told between one and the next
    /// clause break is a third party's act set against the news ("Unlike the embassy it opened
    /// in Manama, …"), not the two sides' (src/events/latin/status.rs).
    pub contrasts: Vec<String>,
    /// Kind `habitual`: "now", "désormais", "every week": a flight told in the present or by
    /// a noun in a clause with one is a service that runs, not a flight of a day.
    pub habituals: Vec<String>,
    /// Kind `degree`: "tant", "long", "as": a word of degree before a participle of waiting
    /// makes it an adjective ("le vol tant attendu", "as expected"), not a plan.
    pub degrees: Vec<String>,
    /// Kind `welcoming`: "welcomed", "hailed", « a salué », « s'est félicité »: a third
    /// party's approval of an event; who welcomes it ("X welcomed the memorandum signed by A
    /// and B", "a deal hailed by X") takes no part in it (src/events/latin/participants.rs).
    pub welcomings: Vec<String>,
    /// Kind `welcomed-with`: "with", « avec » right after the welcomed act ("X welcomed the
    /// signing of an accord with Y"): the act is the welcomer's own, told with its other side,
    /// so the welcomer keeps its part.
    pub welcomed_withs: Vec<String>,
    /// Kind `clause-relative`: "which", "qui": a relative pronoun after a comma carries a
    /// clause on past it ("Unlike Egypt, which signed …"), so a contrast reaches that far.
    pub clause_relatives: Vec<String>,
    /// Kind `date-apposition`: "تاريخ", "the date of", "la date du": a noun that sets a date
    /// in apposition to the event after it ("25 يوليوز، تاريخ أول رحلة", "July 25, the date
    /// of the first flight"): the date is that event's (see `build::dating`).
    pub date_appositions: Vec<String>,
    /// Kind `traveller`: "tourists", "passagers", "voyageurs": people who travel in numbers,
    /// no delegation; an arrival or visit whose subject or object is one of them is tourism,
    /// not a visit (src/events/latin/status.rs). The Arabic readings find the same rows with
    /// the trigger scan ([`RuleKind::Traveller`]).
    pub travellers: Vec<String>,
    /// Kind `other-event`: "attack", "attentat", "protest": a noun of an event the timeline
    /// does not record; the places and people of the phrase it opens are that event's, not
    /// those of the visit its sentence tells (src/events/latin/participants.rs).
    pub other_events: Vec<String>,
    /// Kind `clause-and`: "and", "et", "while": after a comma, with a subject of its own
    /// after it, opens a coordinated clause that tells its own act and its own date ("Gantz
    /// came in November, and Lapid in August"; src/events/latin/clauses.rs).
    pub clause_ands: Vec<String>,
    /// Kind `co-subject`: "he and", "she and", "il et", "elle et": a pronoun coordinated right
    /// before a named person makes the one it stands for a subject beside that person ("during
    /// which she and Ryad Mezzour signed": the story's protagonist signed too;
    /// src/events/latin/participants.rs).
    pub co_subjects: Vec<String>,
    /// Kind `relations-between`: "العلاقات بين", "relations between": the two places named
    /// right after one stand for their states ("… بين الرباط وتل أبيب"): countries of the
    /// event, no places of it (src/events/participants.rs).
    pub relations_between: Vec<String>,
    /// Kind `complement`: "أن", "إن", "بأن" (that): the clause it opens is what was said,
    /// decided or announced; a date told in it is of that content ("وأبلغه أن الرحلات ستنطلق
    /// الأسبوع المقبل"), not of an act told before it (see `build::dating`).
    pub complements: Vec<String>,
    /// Kind `sequence`: "ثم", "then", « puis » opening a clause after a comma: the clause tells
    /// the narrative's next act, later than the clause before; a date that clause gives itself
    /// ("…، ثم وقع البلدان اتفاقا … في غشت من العام نفسه") is its acts', and the clause before's
    /// date does not cross into it (see `build::dating::date_each_predicate`).
    pub sequences: Vec<String>,
    /// Kind `deadline`: "في غضون", "within", « d'ici », "no later than", "by the end of"
    /// opening a date expression or right before it: the date is a bound of a plan, no day of
    /// it (src/events/resolve.rs `told_as_a_deadline`).
    pub deadlines: Vec<String>,
    /// Kind `deadline-count`: "خلال" opening a count of periods ahead ("خلال أسبوعين": within
    /// two weeks), a deadline as `deadline` is; before a named period ("خلال الأسبوع المقبل")
    /// it is that period.
    pub deadline_counts: Vec<String>,
    /// Kind `unnamed-group`: plural nouns of people or firms in numbers who hold no office
    /// ("businessmen", « hommes d'affaires », « entreprises », "investors"): a Latin-script act
    /// whose subject is such a group is that group's, not the protagonist's of the sentences
    /// before (src/events/latin/participants.rs `subject_is_an_unnamed_group`).
    pub unnamed_groups: Vec<String>,
    /// Kind `call-content`: verbs of telling the other side ("أبلغ", "أخبره", "informed",
    /// "a informé"): opening the sentence after a call, what they tell is what the call was
    /// about (src/events/participants.rs join_call_content).
    pub call_contents: Vec<String>,
    /// Kind `after`: "after", "بعد", « après »: a call told right after one, an article between
    /// at most, with no day of its own, came just before what the dated statement of its
    /// sentence tells ("announced on Thursday that … after a phone call with the King"): the
    /// statement's day (src/events/build/mod.rs).
    pub afters: Vec<String>,
    /// Kind `call-with-subject`: "جمعته", "أجراه", "جمعتهما": a verb right after a call noun
    /// whose pronoun is who was on the phone — the subject of the sentence's first verb
    /// ("أعلن ترامب …، إثر مكالمة هاتفية جمعته بالعاهل المغربي": Trump and the King), a side
    /// of the call its own words do not name (src/events/build/mod.rs).
    pub calls_with_subject: Vec<String>,
    /// Kind `taking-part`: "شارك في", "took part in the", « ont pris part à la »: the words
    /// right before a definite gathering noun that list who took part in a meeting told before
    /// ("وشارك في الاجتماع كل من …"): the noun refers back to it, and everyone the sentence
    /// names joins it, however many it already has (src/events/scan.rs, participants.rs).
    pub taking_part: Vec<String>,
    /// Kind `delegation-members`: "يضم", "includes", « comprend »: the verb that lists who a
    /// delegation is made of, right before an Arabic delegation noun ("ويضم الوفد X") or a few
    /// words after a Latin one ("the delegation also includes X"): the noun is the delegation
    /// told before, and everyone the sentence names joins its visit, however many it already
    /// has; no visit of its own (src/events/scan.rs, participants.rs).
    pub delegation_members: Vec<String>,
    /// Kind `took-office`: "became", "took office", « ne devienne »: told right after a person
    /// named after a `time-clause` word ("weeks before Yair Lapid became prime minister"), a
    /// change of office that dates the event by another's career: that person takes no part
    /// in it (src/events/latin/participants.rs office_change_names_no_party).
    pub took_office: Vec<String>,
    /// Kind `time-clause`: "before", "after", "avant que", « après que »: the words a few words
    /// before a person whose change of office (`took-office`) is told as a time reference.
    pub time_clauses: Vec<String>,
    /// Kind `counted-from`: "من", "على": the word that closes a measure of time after a
    /// sequel word ("بعد ثلاثة أيام من", "بعد نحو عام على توقيع"): the event noun after it is
    /// the act the period is counted from, told aside (see `scan::told_aside`).
    pub counted_from: Vec<String>,
    /// Kind `comes`: "comes", « intervient »: the verb right after a Latin event noun that says
    /// when the event came ("The meeting comes a week after …", « La rencontre intervient
    /// quelques jours après … »): the noun is the event already reported, a reference as after
    /// a demonstrative, and what follows is its time reference (src/events/scan.rs). Arabic
    /// writes the verb first («ويأتي الاجتماع بعد …»): a row of kind `anaphor` there.
    pub comes: Vec<String>,
    /// Kind `follows`: "follows", "comes on the heels of", « fait suite à »: a phrase right
    /// after a Latin event noun that says by itself the event came after another ("Kochavi's
    /// trip follows the MoU Israel and Morocco signed last November"): as a `comes` verb with
    /// its "after" word, the noun is the event already reported, and the event told after the
    /// phrase its time reference, with parties of its own (src/events/scan.rs).
    pub follows: Vec<String>,
    /// Kind `told-of`: "would become", « deviendrait », « restera historique »: a phrase a few
    /// words after a definite Latin event noun that tells what the event told before is or
    /// will become (« annonçant que la rencontre deviendrait un forum permanent »): the noun
    /// refers back to that event, as after a demonstrative (src/events/scan.rs told_of_after).
    pub told_of: Vec<String>,
    /// Kind `definite-agreement`: "the agreement", « l'accord », «الاتفاق», «المذكرة»: a
    /// definite agreement noun as a signing verb's subject or object, a few words from it, after
    /// an agreement told in the sentences before, is that agreement (src/events/told_again.rs).
    pub definite_agreements: Vec<String>,
    /// Kind `gathering-session`: "the closing session", « la séance de clôture », «الجلسة
    /// الختامية»: a session of a gathering, near a meeting's verb, after a gathering of four
    /// countries or more told in the sentences before, is that gathering on another of its days,
    /// not talks of its own (src/events/told_again.rs).
    pub gathering_sessions: Vec<String>,
    /// Kind `session-frame`: "during", "on the sidelines of", « après », «هامش»: right before a
    /// session (its article between or none), it frames the talks told: talks beside the
    /// gathering or on another day, not the session itself (src/events/told_again.rs).
    pub session_frames: Vec<String>,
    /// Kind `recalling-during`: "خلال", "during", « lors de »: the plain during words (not
    /// "on the sidelines of", not "on the occasion of"): right before a definite meeting noun
    /// they recall the meeting told before, no meeting of its own (src/events/scan/aside.rs
    /// meeting_recalled_after_during).
    pub recalling_during: Vec<String>,
    /// Kind `next-act-link`: "having", « de », « avoir », « s'être »: the words of a
    /// non-finite verb between a sequel word and the verb it governs ("after having signed",
    /// « avant de signer », « après s'être entretenu »): the verb has no subject of its own, so
    /// it tells the next (or the previous) act of the sentence's subject, not a time reference
    /// (see `scan::tells_the_next_act`).
    pub next_act_links: Vec<String>,
    /// Kind `gerund-ending`: "ing": the ending of an English gerund right after a sequel word
    /// ("before signing three agreements"): the subject's own act, as `next-act-link`.
    pub gerund_endings: Vec<String>,
    /// Kind `before-act`: "before", « avant de », «قبل أن»: the word that opens the subject's
    /// next act told by a verb of no subject of its own (an English gerund after it, a French
    /// infinitive, an Arabic verb after «أن»): a date told after it is that act's day, not the
    /// day of what the sentence tells before it (see `build::dating::told_after_a_next_act`).
    pub before_acts: Vec<String>,
    /// Kind `time-unit`: "day", "hours", « jours », « lendemain »: a unit of a measure of time
    /// right before a sequel word ("a day after signing", « deux jours après avoir signé »):
    /// the act after it is another day's, the point the period is counted from, told aside.
    pub time_units: Vec<String>,
    /// Kind `later-joiner`: "later extended to", "followed by", «وتبعتهما»: after a pact's
    /// signing, the countries named past one joined it later, in acts of their own ("the
    /// Abraham Accords, which it signed with the UAE and Bahrain last year and later extended
    /// to Morocco"); they are no parties to the signing told (src/events/build/sentence_end.rs
    /// later_joiners_take_no_part).
    pub later_joiners: Vec<String>,
    /// Kind `followed`: "followed suit", "did the same", « lui a emboîté le pas », «وتبعتها»:
    /// a sentence naming someone new with one tells the act of the sentence before again, of
    /// them (src/events/followed.rs).
    pub followers: Vec<String>,
    /// Kind `followed-turn`: "it was the turn of", « c'était au tour de », «جاء دور»: a
    /// `followed` phrase whose follower is named after it ("it was the turn of El Al to land").
    pub follower_turns: Vec<String>,
    /// Kind `followed-shortly`: "shortly afterwards", « peu après », «وبعدها بقليل»: inside the
    /// sentence of a flight, a second landing of another airline named after it ("an Israir jet
    /// landed on Sunday, and shortly afterwards an El Al flight touched down"): that airline's
    /// own flight of the same day (src/events/followed.rs).
    pub follower_shortly: Vec<String>,
    /// Kind `recall-head`: "of", "on", « du », « de »: a preposition whose noun phrase ends in a
    /// bare past participle dated right after it ("building on the memorandum signed last
    /// November", « dans le prolongement du mémorandum d'entente signé en novembre dernier »)
    /// opens a recall of an earlier act, with its own date and people, told inside another
    /// act's sentence (src/events/build/sentence_end.rs recall_clause).
    pub recall_heads: Vec<String>,
    /// Kind `first-to`: "أول", "first", « premier »: a visit trigger a few words after one is
    /// told as "the first (official) to come"; with an earlier act's phrase after it in its
    /// sentence ("لم يكن غانتس أول مسؤول يحل بالمغرب، فقد سبقه إليها …", [`RuleKind::Preceded`])
    /// the visit it tells is the one who came first's, no act of the one named before.
    pub first_to: Vec<String>,
    /// Kind `recall-aux`: «كان», «قد»: the auxiliaries of a pluperfect that may stand between
    /// an Arabic relative pronoun and the past verb of the act it recalls («التي كان قد وقعها
    /// البلدان في نونبر الماضي»), see src/events/build/sentence_end.rs recall_clause_ar.
    pub recall_auxiliaries: Vec<String>,
    /// Kind `recall-participle`: «الموقعة», «المبرمة»: a participle after an Arabic act's noun,
    /// dated right after it, tells that act as a recall («مذكرة التفاهم الموقعة في نونبر
    /// الماضي»), see src/events/build/sentence_end.rs recall_clause_ar.
    pub recall_participles: Vec<String>,
    /// Kind `possessive-suffix`: «هما», «هم», «ها»: the pronoun glued to an Arabic event noun
    /// («لقائهما», «اجتماعهم»): talks told after a sequel word with one are their referent's,
    /// the main clause's subject's (src/events/adverbial.rs), not a recalled act of others.
    pub possessive_suffixes: Vec<String>,
    /// The `later_joiners` as one automaton, built the first time a signing's sentence asks
    /// [`WordLists::later_joiner_starts_in`].
    later_joiner_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `before_acts` as one automaton, built the first time a dated sentence asks
    /// [`WordLists::before_act_starts_in`].
    before_act_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `at_receptions` as one automaton ignoring ASCII case, built the first time an act
    /// asks [`WordLists::at_reception_in`].
    at_reception_finder: std::sync::OnceLock<aho_corasick::AhoCorasick>,
    /// The `followers` as a phrase set, built the first time [`WordLists::follower_phrases`]
    /// is asked (the pipeline's bank scans every sentence for its patterns with the triggers').
    follower_set: std::sync::OnceLock<PhraseSet<Follows>>,
    /// The `deadlines` and the `deadline_counts` as their words, indexed by their first word,
    /// built the first time a dated mention asks [`WordLists::deadline_phrases`] (the deadline
    /// reading runs for every dated mention).
    deadline_index: std::sync::OnceLock<(PhrasesByFirstWord, PhrasesByFirstWord)>,
    /// The last four bytes of each of the `reactions`, and whether one has fewer, built the
    /// first time a place asks [`WordLists::may_end_with_a_reaction`].
    reaction_tails: std::sync::OnceLock<(std::collections::HashSet<[u8; 4]>, bool)>,
}

impl WordLists {
    /// Whether `w` is a relative pronoun of the list `relative` ("الذي", "اللتين"), with or
    /// without the conjunction و glued before it ("والتي").
    pub fn is_relative(&self, w: &str) -> bool {
        let bare = w.strip_prefix('و').unwrap_or(w);
        self.relatives.has(w) || self.relatives.has(bare)
    }

    /// Whether a word of `range` of `text` is a relative pronoun ([`WordLists::is_relative`]):
    /// after a noun, up to its sentence's end, a relative clause of its own ("خلال الاتصال
    /// الهاتفي الذي أجراه الملك أمس": a call told, not one recalled).
    pub fn relative_in(&self, text: &str, range: Range<usize>) -> bool {
        crate::text::lexmatch::word_iter(text, range).any(|w| self.is_relative(&text[w]))
    }

    /// Whether `w` starts a visit, as a verb of the list `visit-start` ("بدأ") or one carrying
    /// the visit as its pronoun (list `visit-start-it`: «استهلها»), clitics allowed.
    pub fn starts_a_visit(&self, w: &str) -> bool {
        self.visit_starts.has_with_proclitics(w) || self.visit_starts_it.has_with_proclitics(w)
    }

    /// Whether a phrase of `thens` starts within `range` of `text` (no word boundary checked):
    /// the successive-talks pass tries the `then` phrases at every word after talks, and one
    /// search tells it first that most sentences hold none.
    pub fn then_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.then_finder, &self.thens, text, range)
    }

    /// Whether a phrase of `later_joiners` starts within `range` of `text`: a signing's
    /// sentence is searched for them one form at a time only when one search found one.
    pub fn later_joiner_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.later_joiner_finder, &self.later_joiners, text, range)
    }

    /// Whether a phrase of `before_acts` starts within `range` of `text`: one search of a
    /// dated sentence tells that most hold none, before its dates are each read back word by
    /// word for one (src/events/build/dating.rs `told_after_a_next_act`).
    pub fn before_act_starts_in(&self, text: &str, range: Range<usize>) -> bool {
        phrase_starts_in(&self.before_act_finder, &self.before_acts, text, range)
    }

    /// Whether a phrase of `at_receptions` stands in `text`, in any ASCII case ("During the
    /// audience"): one search tells that most acts' sentences hold none, before the phrases
    /// are searched for one by one at word boundaries (src/events/audience.rs).
    pub fn at_reception_in(&self, text: &str) -> bool {
        let finder = self.at_reception_finder.get_or_init(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(&self.at_receptions).expect("a few phrases make a small automaton"));
        !self.at_receptions.is_empty() && finder.is_match(text)
    }

    /// The `followers`, the `follower_turns` and the `follower_shortly` as a phrase set
    /// (src/events/followed.rs), each phrase with how it tells its follower: its patterns are one set
    /// of the pipeline's bank, so that finding them costs no search of its own
    /// (src/extraction.rs).
    pub fn follower_phrases(&self) -> &PhraseSet<Follows> {
        self.follower_set.get_or_init(|| {
            let said = self.followers.iter().map(|f| (f.as_str(), Follows::Said));
            let turns = self.follower_turns.iter().map(|f| (f.as_str(), Follows::Turn));
            let shortly = self.follower_shortly.iter().map(|f| (f.as_str(), Follows::Shortly));
            PhraseSet::new(said.chain(turns).chain(shortly))
        })
    }

    /// Whether `head` may end with a `reaction` noun: its last four bytes are a noun's last
    /// four. A noun ending `head` always passes (every noun has four bytes or more: nouns of
    /// fewer are all compared); most words before a place are told apart by one lookup instead
    /// of a comparison with each noun.
    pub fn may_end_with_a_reaction(&self, head: &str) -> bool {
        let tail = |s: &str| -> Option<[u8; 4]> { s.as_bytes().last_chunk::<4>().copied() };
        let (tails, short) = self.reaction_tails.get_or_init(|| (self.reactions.iter().filter_map(|f| tail(f)).collect(), self.reactions.iter().any(|f| f.len() < 4)));
        *short || tail(head).is_some_and(|t| tails.contains(&t))
    }

    /// The `deadline` phrases and the `deadline-count` phrases, as their words by first word.
    pub fn deadline_phrases(&self) -> (&PhrasesByFirstWord, &PhrasesByFirstWord) {
        let (deadlines, counts) = self.deadline_index.get_or_init(|| (PhrasesByFirstWord::new(&self.deadlines), PhrasesByFirstWord::new(&self.deadline_counts)));
        (deadlines, counts)
    }

    /// The list a row of `kind` fills (the rows of `triggers*.csv` that are word lists), or
    /// `None` for the kinds that are rules.
    pub(super) fn list_of_kind(&mut self, kind: &str) -> Option<&mut Vec<String>> {
        match kind {
            "article" => Some(&mut self.articles),
            "origin" => Some(&mut self.coming),
            "origin-from" => Some(&mut self.from),
            "airport" => Some(&mut self.airports),
            "sidelines" => Some(&mut self.sidelines),
            "gathering" => Some(&mut self.gatherings),
            "relative" => Some(&mut self.relatives),
            "during-pronoun" => Some(&mut self.during_pronouns),
            "during-it" => Some(&mut self.during_it),
            "visit-end" => Some(&mut self.visit_ends),
            "visit-start" => Some(&mut self.visit_starts),
            "visit-start-it" => Some(&mut self.visit_starts_it),
            "vague-group" => Some(&mut self.vague_groups),
            "vague-lead" => Some(&mut self.vague_leads),
            "vague-stop" => Some(&mut self.vague_stops),
            "purpose" => Some(&mut self.purposes),
            "delegation" => Some(&mut self.delegations),
            "delegation-part" => Some(&mut self.delegation_parts),
            "upon" => Some(&mut self.upons),
            "arrival-noun" => Some(&mut self.arrival_nouns),
            "medium" => Some(&mut self.media),
            "talks-means" => Some(&mut self.talks_means),
            "office-place" => Some(&mut self.office_places),
            "office-place-after" => Some(&mut self.office_places_after),
            "reaction" => Some(&mut self.reactions),
            "reaction-at" => Some(&mut self.reaction_ats),
            "channel" => Some(&mut self.channels),
            "announcement-anaphor" => Some(&mut self.announcement_anaphors),
            "sealed" => Some(&mut self.sealed),
            "opened-office" => Some(&mut self.opened_offices),
            "opened-route" => Some(&mut self.opened_routes),
            "active-auxiliary" => Some(&mut self.active_auxiliaries),
            "passive-auxiliary" => Some(&mut self.passive_auxiliaries),
            "office-title" => Some(&mut self.office_titles),
            "carrier" => Some(&mut self.carriers),
            "led-by" => Some(&mut self.leads),
            "agent" => Some(&mut self.agents),
            "reception" => Some(&mut self.receptions),
            "destination" => Some(&mut self.destinations),
            "clause-verb" => Some(&mut self.clause_verbs),
            "occurrence" => Some(&mut self.occurrences),
            "agreed" => Some(&mut self.agreed),
            "first-person" => Some(&mut self.first_person),
            "heading" => Some(&mut self.headings),
            "welcome" => Some(&mut self.welcomes),
            "scene-change" => Some(&mut self.scene_changes),
            "negation" => Some(&mut self.negations),
            "dual" => Some(&mut self.duals),
            "hope" => Some(&mut self.hopes),
            "with-pronoun" => Some(&mut self.with_pronouns),
            "venue" => Some(&mut self.venues),
            "preposition" => Some(&mut self.prepositions),
            "place-relative" => Some(&mut self.place_relatives),
            "at-reception" => Some(&mut self.at_receptions),
            "time-relative" => Some(&mut self.time_relatives),
            "talks-with" => Some(&mut self.talks_with),
            "welcomed-pronoun" => Some(&mut self.welcomed_pronouns),
            "received-pronoun" => Some(&mut self.received_pronouns),
            "rescheduled-to" => Some(&mut self.rescheduled_to),
            "capital" => Some(&mut self.capitals),
            "capital-city" => Some(&mut self.capital_cities),
            "guest" => Some(&mut self.guests),
            "invitation" => Some(&mut self.invitations),
            "invited-to" => Some(&mut self.invited_to),
            "invitation-noun" => Some(&mut self.invitation_nouns),
            "invitation-by" => Some(&mut self.invitations_by),
            "since" => Some(&mut self.since),
            "evening" => Some(&mut self.evenings),
            "plan-cut" => Some(&mut self.plan_cuts),
            "since-subject" => Some(&mut self.since_subjects),
            "visit-going-on" => Some(&mut self.going_on),
            "topic-word" => Some(&mut self.topic_words),
            "plane" => Some(&mut self.planes),
            "plane-maker" => Some(&mut self.plane_makers),
            "chain" => Some(&mut self.chains),
            "then" => Some(&mut self.thens),
            "then-after-comma" => Some(&mut self.thens_after_comma),
            "and-verb" => Some(&mut self.and_verbs),
            "explain" => Some(&mut self.explains),
            "coordinate" => Some(&mut self.coordinates),
            "leave" => Some(&mut self.leaves),
            "carrying" => Some(&mut self.carrying),
            "on-board" => Some(&mut self.on_board),
            "flight-service" => Some(&mut self.flight_services),
            "flight-news" => Some(&mut self.flight_news),
            "flight-word" => Some(&mut self.flight_words),
            "route-noun" => Some(&mut self.route_nouns),
            "route-context" => Some(&mut self.route_contexts),
            "flight-means" => Some(&mut self.flight_means),
            "welcomed-group" => Some(&mut self.welcomed_groups),
            "contrast" => Some(&mut self.contrasts),
            "habitual" => Some(&mut self.habituals),
            "degree" => Some(&mut self.degrees),
            "clause-relative" => Some(&mut self.clause_relatives),
            "welcoming" => Some(&mut self.welcomings),
            "welcomed-with" => Some(&mut self.welcomed_withs),
            "date-apposition" => Some(&mut self.date_appositions),
            "traveller" => Some(&mut self.travellers),
            "other-event" => Some(&mut self.other_events),
            "clause-and" => Some(&mut self.clause_ands),
            "co-subject" => Some(&mut self.co_subjects),
            "relations-between" => Some(&mut self.relations_between),
            "complement" => Some(&mut self.complements),
            "sequence" => Some(&mut self.sequences),
            "deadline" => Some(&mut self.deadlines),
            "deadline-count" => Some(&mut self.deadline_counts),
            "unnamed-group" => Some(&mut self.unnamed_groups),
            "call-content" => Some(&mut self.call_contents),
            "postponement" => Some(&mut self.put_off),
            "after" => Some(&mut self.afters),
            "call-with-subject" => Some(&mut self.calls_with_subject),
            "taking-part" => Some(&mut self.taking_part),
            "delegation-members" => Some(&mut self.delegation_members),
            "took-office" => Some(&mut self.took_office),
            "time-clause" => Some(&mut self.time_clauses),
            "counted-from" => Some(&mut self.counted_from),
            "comes" => Some(&mut self.comes),
            "follows" => Some(&mut self.follows),
            "told-of" => Some(&mut self.told_of),
            "definite-agreement" => Some(&mut self.definite_agreements),
            "gathering-session" => Some(&mut self.gathering_sessions),
            "session-frame" => Some(&mut self.session_frames),
            "recalling-during" => Some(&mut self.recalling_during),
            "next-act-link" => Some(&mut self.next_act_links),
            "gerund-ending" => Some(&mut self.gerund_endings),
            "before-act" => Some(&mut self.before_acts),
            "time-unit" => Some(&mut self.time_units),
            "later-joiner" => Some(&mut self.later_joiners),
            "followed" => Some(&mut self.followers),
            "followed-turn" => Some(&mut self.follower_turns),
            "followed-shortly" => Some(&mut self.follower_shortly),
            "recall-head" => Some(&mut self.recall_heads),
            "first-to" => Some(&mut self.first_to),
            "recall-aux" => Some(&mut self.recall_auxiliaries),
            "recall-participle" => Some(&mut self.recall_participles),
            "possessive-suffix" => Some(&mut self.possessive_suffixes),
            _ => None,
        }
    }
}

/// Phrases of a word list as their words, found by their first word: a reading that compares
/// phrases word by word with the words around a mention looks up only those whose first word
/// is one of the words read.
#[derive(Debug, Clone, Default)]
pub struct PhrasesByFirstWord {
    phrases: Vec<Vec<String>>,
    by_first: std::collections::HashMap<String, Vec<usize>>,
}

impl PhrasesByFirstWord {
    fn new(phrases: &[String]) -> PhrasesByFirstWord {
        let mut index = PhrasesByFirstWord::default();
        for phrase in phrases {
            let words: Vec<String> = crate::text::lexmatch::word_iter(phrase, 0..phrase.len()).map(|w| phrase[w].to_string()).collect();
            if let Some(first) = words.first() {
                index.by_first.entry(first.clone()).or_default().push(index.phrases.len());
                index.phrases.push(words);
            }
        }
        index
    }

    /// The phrases whose first word is `word`, or a form `word` stands for under proclitics
    /// ("وفي" for "في"), each once, in list order.
    pub fn starting_with<'a>(&'a self, words: impl IntoIterator<Item = &'a str>) -> Vec<&'a [String]> {
        let mut found: Vec<usize> = Vec::new();
        for word in words {
            for form in crate::text::lexmatch::forms_under_proclitics(word) {
                found.extend(self.by_first.get(form.as_ref()).into_iter().flatten());
            }
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| self.phrases[i].as_slice()).collect()
    }
}

/// Whether one of `phrases` starts within `range` of `text` (no word boundary checked), by one
/// automaton built on first use into `finder`. The search runs on past `range` by the longest
/// phrase, so that one starting near its end is whole. `text` is normalised, its Latin
/// lowercased as the phrases are, so the search folds no case: with case folding the automaton
/// has no prefilter and steps through every byte (about 14 instructions a byte against 3 on the
/// bench corpus).
fn phrase_starts_in(finder: &std::sync::OnceLock<aho_corasick::AhoCorasick>, phrases: &[String], text: &str, range: Range<usize>) -> bool {
    use aho_corasick::{AhoCorasick, Input, MatchKind};
    if phrases.is_empty() || range.start >= range.end {
        return false;
    }
    let finder = finder.get_or_init(|| {
        // Leftmost: the match found is the one that starts first.
        AhoCorasick::builder().match_kind(MatchKind::LeftmostFirst).build(phrases).expect("a few phrases make a small automaton")
    });
    let longest = phrases.iter().map(String::len).max().unwrap_or(0);
    let end = (range.end + longest).min(text.len());
    finder.find(Input::new(&text.as_bytes()[..end]).span(range.start..end)).is_some_and(|m| m.start() < range.end)
}
