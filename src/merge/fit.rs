//! Identity and compatibility: whether an event (a mention, or events already merged) can be
//! another event, and how well it fits — by type family, dates, people, topics, airlines and
//! countries (the rule is stated in the module documentation of [`crate::merge`]).

use chrono::{Datelike, NaiveDate};

use crate::dates::{DateValue, Grain};
use crate::events::EventType;
use crate::idset::{Id, IdSet, IdSlice};

use super::dates::{FLIGHT_SLIP_DAYS, VISIT_DAYS, dates_agree, one_visit};
use super::event::Event;
use super::mention::{DateKind, MentionView, Status};

/// What the compatibility rule ([`fit`]) reads of an event: its type, date, days and status
/// ([`FitHead`]), its sets of ids, and whether it reports an opening or only legs of a trip.
/// A merged [`Event`] is one; so is the compact copy of a known report that borrowing
/// compares ([`EventSummary`]), which holds no mentions: a large archive knows millions.
pub trait FitView {
    /// Its type, date, days and status.
    fn head(&self) -> FitHead;
    /// Its id set `k`: people, organisations, places, countries, topics (`k` from 0 to 4).
    fn id_set(&self, k: usize) -> IdSlice<'_, Id>;
    /// Whether some mention reports an opening (the visit family's act of one day).
    fn reports_an_opening(&self) -> bool;
    /// Whether it is told only as legs of a trip (see [`is_a_leg`]).
    fn is_a_leg(&self) -> bool;
    /// Whether some mention tells it by a summit's own noun (see [`tells_a_summit`]).
    fn tells_a_summit(&self) -> bool;
    /// Whether its days come only from the visit it is told during (see [`dated_only_during`]).
    fn dated_only_during(&self) -> bool;
    /// Whether its day comes only from its pages' days (see [`dated_only_by_its_page`]).
    fn dated_only_by_its_page(&self) -> bool;
    /// Whether its day comes only from counts of weeks (see [`dated_only_by_a_count_of_weeks`]).
    fn dated_only_by_a_count_of_weeks(&self) -> bool;
    /// Whether its day comes only from the event told before it (see [`dated_only_as_told_again`]).
    fn dated_only_as_told_again(&self) -> bool;
    /// The places named by the reports that date its day (see [`Event::places_of_its_day`]).
    fn places_of_its_day(&self) -> IdSet<Id>;
    /// The organisations named by the reports that date it to a day (see
    /// [`Event::organisations_of_its_day`]).
    fn organisations_of_its_day(&self) -> IdSet<Id>;
    /// The first and last day the reports that date its day give (see [`Event::days_of_its_reports`]).
    fn days_of_its_reports(&self) -> Option<(NaiveDate, NaiveDate)>;
    /// The sentences that tell it, (article, line) each: none for a summary, which keeps no
    /// mention (it is compared with reports of other articles).
    fn lines(&self) -> Vec<(Id, usize)>;
    /// The places its reports of a day name in sentences other than `lines` (see
    /// [`Event::places_told_apart_from`]).
    fn places_told_apart_from(&self, lines: &[(Id, usize)]) -> IdSet<Id>;
    /// Its type (the most frequent among its mentions).
    fn event_type(&self) -> EventType {
        self.head().event_type
    }
    /// Its most precise date.
    fn date(&self) -> Option<DateValue> {
        self.head().date
    }
    /// The first and last day its mentions dated to days give.
    fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.head().days
    }
    /// Occurred or planned.
    fn status(&self) -> Status {
        self.head().status
    }
    /// Its people.
    fn people(&self) -> IdSlice<'_, Id> {
        self.id_set(0)
    }
    /// Its organisations.
    fn organisations(&self) -> IdSlice<'_, Id> {
        self.id_set(1)
    }
    /// Its places.
    fn places(&self) -> IdSlice<'_, Id> {
        self.id_set(2)
    }
    /// Its countries.
    fn countries(&self) -> IdSlice<'_, Id> {
        self.id_set(3)
    }
    /// Its topics.
    fn topics(&self) -> IdSlice<'_, Id> {
        self.id_set(4)
    }
}

/// The type, date, days and status of an event, as [`FitView`] reads them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitHead {
    /// Its type.
    pub event_type: EventType,
    /// Its most precise date.
    pub date: Option<DateValue>,
    /// The first and last day its mentions dated to days give.
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// Occurred or planned.
    pub status: Status,
}

impl<M: MentionView> FitView for Event<M> {
    fn head(&self) -> FitHead {
        FitHead { event_type: self.event_type, date: self.date, days: self.days, status: self.status }
    }
    fn id_set(&self, k: usize) -> IdSlice<'_, Id> {
        Event::id_set(self, k)
    }
    fn reports_an_opening(&self) -> bool {
        Event::reports_an_opening(self)
    }
    fn is_a_leg(&self) -> bool {
        is_a_leg(self)
    }
    fn tells_a_summit(&self) -> bool {
        tells_a_summit(self)
    }
    fn dated_only_during(&self) -> bool {
        dated_only_during(self)
    }
    fn dated_only_by_its_page(&self) -> bool {
        dated_only_by_its_page(self)
    }
    fn dated_only_by_a_count_of_weeks(&self) -> bool {
        dated_only_by_a_count_of_weeks(self)
    }
    fn dated_only_as_told_again(&self) -> bool {
        dated_only_as_told_again(self)
    }
    fn places_of_its_day(&self) -> IdSet<Id> {
        Event::places_of_its_day(self)
    }
    fn organisations_of_its_day(&self) -> IdSet<Id> {
        Event::organisations_of_its_day(self)
    }
    fn days_of_its_reports(&self) -> Option<(NaiveDate, NaiveDate)> {
        Event::days_of_its_reports(self)
    }
    fn lines(&self) -> Vec<(Id, usize)> {
        Event::lines(self)
    }
    fn places_told_apart_from(&self, lines: &[(Id, usize)]) -> IdSet<Id> {
        Event::places_told_apart_from(self, lines)
    }
}

/// What [`fit`] reads of an event ([`FitView`]), copied without its mentions: borrowing
/// compares an article's undated reports with every known report of a day, and holding
/// those as merged events kept every mention of the corpus in memory through its rounds.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSummary {
    head: FitHead,
    /// People, organisations, places, countries, topics.
    ids: crate::idset::FrozenIdSets<5>,
    opening: bool,
    leg: bool,
    summit: bool,
    during: bool,
    by_its_page: bool,
    by_weeks: bool,
    again: bool,
    day_places: IdSet<Id>,
    /// A flight's [`Event::organisations_of_its_day`] (none for other events: only a flight's
    /// are read).
    day_organisations: IdSet<Id>,
    reported_days: Option<(NaiveDate, NaiveDate)>,
}

impl EventSummary {
    /// What `fit` reads of `e`.
    pub fn of(e: &Event) -> EventSummary {
        let mut ids = crate::idset::IdSets::default();
        ids.extend(std::array::from_fn(|k| Event::id_set(e, k).as_slice()));
        EventSummary { head: FitView::head(e), ids: ids.freeze(), opening: e.reports_an_opening(), leg: is_a_leg(e), summit: tells_a_summit(e), during: dated_only_during(e), by_its_page: dated_only_by_its_page(e), by_weeks: dated_only_by_a_count_of_weeks(e), again: dated_only_as_told_again(e), day_places: e.places_of_its_day(), day_organisations: if e.event_type.family() == EventType::Flight { e.organisations_of_its_day() } else { IdSet::default() }, reported_days: e.days_of_its_reports() }
    }
}

impl FitView for EventSummary {
    fn head(&self) -> FitHead {
        self.head
    }
    fn id_set(&self, k: usize) -> IdSlice<'_, Id> {
        self.ids.get(k)
    }
    fn reports_an_opening(&self) -> bool {
        self.opening
    }
    fn is_a_leg(&self) -> bool {
        self.leg
    }
    fn tells_a_summit(&self) -> bool {
        self.summit
    }
    fn dated_only_during(&self) -> bool {
        self.during
    }
    fn dated_only_by_its_page(&self) -> bool {
        self.by_its_page
    }
    fn dated_only_by_a_count_of_weeks(&self) -> bool {
        self.by_weeks
    }
    fn dated_only_as_told_again(&self) -> bool {
        self.again
    }
    fn places_of_its_day(&self) -> IdSet<Id> {
        self.day_places.clone()
    }
    fn organisations_of_its_day(&self) -> IdSet<Id> {
        self.day_organisations.clone()
    }
    fn days_of_its_reports(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.reported_days
    }
    fn lines(&self) -> Vec<(Id, usize)> {
        Vec::new()
    }
    fn places_told_apart_from(&self, _lines: &[(Id, usize)]) -> IdSet<Id> {
        self.day_places.clone()
    }
}

/// The people part of the compatibility rule, for two events that both name people: they
/// share one, and for meetings and calls one set holds the other ("Gantz meets Belkhir" and
/// "Gantz meets Bourita" are two meetings). Public for `diff`, like [`dates_compatible`].
pub fn people_compatible<T: crate::idset::Member>(family: EventType, a: &IdSlice<'_, T>, b: &IdSlice<'_, T>) -> bool {
    if !a.intersects(b) {
        return false;
    }
    !matches!(family, EventType::Meeting | EventType::Call) || a.is_subset(b) || b.is_subset(a)
}

/// How well event `m` fits event `e`, or `None` when they cannot be one event. `same_article`
/// says whether both come from one article, where a reference without names ("the
/// agreement signed last month") can still be tied to the event by its subject; `capitals`
/// are where a trip told by its countries alone is (see [`a_stop_elsewhere`]).
pub(super) fn fit(m: &impl FitView, e: &impl FitView, same_article: bool, capitals: &Capitals) -> Option<(usize, usize)> {
    let family = m.event_type().family();
    if family != e.event_type().family() {
        return None;
    }
    // The cheap date test first: most candidates from a person's index fail it. A visit is
    // one event over all the days its reports give, when they share a person or one article
    // tells them ("arrived yesterday Sunday … meets officials from today"); across articles,
    // when both report it done or both announce it (an invitation to visit, dated by the call
    // that made it, is not the visit of three days before).
    let dates_agree = match (m.date(), e.date()) {
        (Some(a), Some(b)) => dates_agree(&a, &b) && !an_opening_inside_a_stay(m, e),
        _ => true,
    };
    // An opening (of an office, an embassy) is the act of one day: reported with a visit, it
    // is the visit's on that day ("arrived to open the liaison office"), not the days around
    // it ("arrived on Wednesday … opened the office on Thursday" are two rows).
    // In one article, a visit announced for a period ("a delegation will come this week", as
    // a statement of some days before put it) and the visit reported done on days that fall
    // partly in that period are one trip: the article tells its announcement and its arrival.
    let one_trip = || {
        family == EventType::Visit
            && !m.reports_an_opening()
            && !e.reports_an_opening()
            && (!m.is_a_leg() && !e.is_a_leg() || same_article && (a_stop_in_the_trips_city(m, e, capitals) || a_stop_in_the_trips_city(e, m, capitals)))
            && !a_stop_elsewhere(m, e, capitals)
            && !a_stop_elsewhere(e, m, capitals)
            && (m.days().zip(e.days()).is_some_and(|(a, b)| one_visit(a, b)) || (same_article && (announced_for_its_days(m, e) || announced_for_its_days(e, m))))
            && (same_article || (m.status() == e.status() && (m.people().intersects(&e.people()) || one_delegation(m, e))))
    };
    // An airline announces its first flight for one day and flies it a few days later: the
    // announcement and the report of the flight are one event.
    let slipped_flight = family == EventType::Flight
        && m.status() != e.status()
        && m.organisations().intersects(&e.organisations())
        && m.date().and_then(|d| d.as_day()).zip(e.date().and_then(|d| d.as_day())).is_some_and(|(a, b)| (a - b).num_days().abs() <= FLIGHT_SLIP_DAYS);
    if !dates_agree && !one_trip() && !slipped_flight && !one_meeting_over_two_days(m, e, same_article) && !talks_of_one_visit(m, e) && !one_signing_told_by_its_page(m, e) && !one_visit_a_week_off(m, e, capitals) {
        return None;
    }
    // A visit is its visitor and its destination: two trips that share a person (the host of
    // the one, the visitor of the other, or of two visitors) are not one.
    if family == EventType::Visit && other_trips(m, e, capitals) {
        return None;
    }
    // An opening is the act of its place: a visit told elsewhere on its day ("opened the
    // office in the capital on Thursday … travelled to the port city later that day") is
    // another stop of the trip, whatever headline or plan names both cities. A stay recalled
    // by a longer period ("stayed in the capital in February", written months later) is told
    // on no day: the trip itself, wherever it went.
    if family == EventType::Visit && m.reports_an_opening() != e.reports_an_opening() && told_elsewhere_on_its_day(m, e, capitals) {
        let visit_date = if m.reports_an_opening() { e.date() } else { m.date() };
        if visit_date.is_none_or(|d| d.grain == Grain::Day) {
            return None;
        }
    }
    let shared_people = m.people().shared(&e.people());
    let shared_topics = m.topics().shared(&e.topics());
    let same_day = matches!((m.date(), e.date()), (Some(a), Some(b)) if a.grain == Grain::Day && a == b);
    // Agreements on different subjects are different agreements, unless the same two
    // signatories signed them on one day: each page names the subjects it cares about ("a
    // security memorandum", « un protocole qui encadre la coopération dans le renseignement »),
    // and what a pair signs at one sitting is one signing (the golds keep Lapid's and Bourita's
    // three agreements of one day as one row).
    let same_signatories = same_day && shared_people >= 2;
    if family == EventType::Agreement && !m.topics().is_empty() && !e.topics().is_empty() && shared_topics == 0 && !same_signatories {
        return None;
    }
    let shared_orgs = m.organisations().shared(&e.organisations());
    // Two reports of a flight are of one operator unless each names one and they share none.
    let operators_agree = shared_orgs > 0 || m.organisations().is_empty() || e.organisations().is_empty();
    // Two airlines' flights of one day and route are two flights ("Israir's A320 landed at
    // noon; El Al followed that evening"): each names an operator and they share none (see
    // [`operators`]). A report naming both (a coordinated subject) joins either; another body
    // a report names (the delegation a plane carried) tells no operator.
    // Told by a month (a recall, a plan) a flight tells no day to keep apart.
    let of_a_day = |d: Option<DateValue>| d.is_some_and(|d| d.as_day().is_some());
    if family == EventType::Flight && of_a_day(m.date()) && of_a_day(e.date()) {
        let (a, b) = (operators(m, capitals), operators(e, capitals));
        if !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x)) {
            return None;
        }
    }
    match (m.people().is_empty(), e.people().is_empty()) {
        (false, false) => {
            // A flight is its day and its airline; the passengers one source names (a
            // diplomat, a business delegation) are not another flight. A signing is its day
            // and its subject: each side's press names its own signatory ("Lapid signs" and
            // "Bourita signs" the aviation agreement that Wednesday).
            // Two reports of a flight in one period (a day, or a month holding the day) are one
            // flight unless each names an operator and they share none: the Arabic report
            // names the minister aboard, the English one the airline.
            let same_flight = family == EventType::Flight
                && (dates_agree && m.date().is_some() && e.date().is_some() || slipped_flight)
                && operators_agree;
            let same_signing = family == EventType::Agreement && same_day && shared_topics > 0;
            let one_gathering = same_article && one_gathering_by_its_countries(m, e);
            if !same_flight && !same_signing && !one_gathering && !people_compatible(family, &m.people(), &e.people()) {
                return None;
            }
            if family == EventType::Meeting && one_is_on_the_sidelines_of_the_other(m, e, same_article) {
                return None;
            }
            if matches!(family, EventType::Meeting | EventType::Call) && !same_article {
                // Across articles, an undated report may not bring new people to a dated
                // meeting (it may be another meeting).
                let allowed = match (m.date().is_some(), e.date().is_some()) {
                    (false, true) => m.people().is_subset(&e.people()),
                    (true, false) => e.people().is_subset(&m.people()),
                    _ => true,
                };
                if !allowed {
                    return None;
                }
            }
        }
        (m_names_nobody, e_names_nobody) => {
            // A report that names nobody joins an event only when the countries it names take
            // part in it: "the six-nation meeting" is not Shoukry's talks with Blinken that day.
            // On one page, a signing told by its parties' institutions and a sentence that names
            // only one side's signer of that day and institution are one signing ("NewMed has
            // signed an agreement with ONHYM …", "ONHYM director general Amina Benkhadra signed
            // for the Moroccan side"): the signer of one side names fewer countries, not others.
            let one_sides_signer = same_article && family == EventType::Agreement && same_day && shared_orgs > 0;
            let countries_fit = match (m_names_nobody, e_names_nobody) {
                (true, false) => m.countries().is_subset(&e.countries()) || (one_sides_signer && e.countries().is_subset(&m.countries())),
                (false, true) => e.countries().is_subset(&m.countries()) || (one_sides_signer && m.countries().is_subset(&e.countries())),
                _ => m.countries().is_subset(&e.countries()) || e.countries().is_subset(&m.countries()),
            };
            if !countries_fit {
                return None;
            }
            // An undated announcement ("the minister expects visitors once flights resume")
            // does not lend its people to a dated report of what happened.
            if m_names_nobody != e_names_nobody {
                let (named, nameless): (&dyn FitView, &dyn FitView) = if m_names_nobody { (e, m) } else { (m, e) };
                if named.date().is_none() && named.status() == Status::Planned && nameless.date().is_some() && nameless.status() == Status::Occurred {
                    return None;
                }
            }
            // A subject in common, or two dated mentions of which one names no subject. Across
            // articles, an agreement told by its signatories alone and one told by its subject
            // alone are not known to be one: a day can see several signings ("four agreements
            // signed on Tuesday", one article naming each by its subject).
            let one_subject_unknown = m.topics().is_empty() != e.topics().is_empty();
            // A signing told by neither a signatory nor a subject ("the joint declaration signed
            // last Tuesday", « l'accord tripartite de décembre dernier », "the agreements signed
            // in December 2020") can be no other signing of its day, or of a day in its month,
            // than one the corpus tells with the countries it names: a recall, not a new act.
            let told_by_neither = family == EventType::Agreement
                && m_names_nobody != e_names_nobody
                && (if m_names_nobody { m.topics().is_empty() } else { e.topics().is_empty() })
                && m.status() == e.status()
                && dates_agree
                && (same_day || one_is_a_day_in_the_others_period(m, e));
            // A flight is its day and its route: a city in common relates two reports of it,
            // unless each names an operator and they share none, whatever subjects their
            // sentences touch ("the first flight, a boost for trade" and "flights to start on
            // the 25th, under the aviation agreement").
            let same_route = family == EventType::Flight && capitals.same_place(&m.places(), &e.places()) && operators_agree;
            let related = same_route
                || told_by_neither
                || shared_topics > 0
                || shared_orgs > 0
                || ((m.topics().is_empty() || e.topics().is_empty())
                    && m.date().is_some()
                    && e.date().is_some()
                    && (same_article || family != EventType::Agreement || !one_subject_unknown));
            // A flight is its period: "direct flights this month" is the flight of a day in it.
            let flight_in_period = family == EventType::Flight && dates_agree && m.date().is_some() && e.date().is_some();
            // Background told loosely ("agreements on water and visas were signed in December
            // 2020") is the event of a day in that period on that subject, not another one.
            // So are talks or a visit told by their period and place alone ("a round of
            // consultations in Rabat early in July"): the meeting of a day in it there.
            let shares_a_place = matches!(family, EventType::Meeting | EventType::Visit) && capitals.same_place(&m.places(), &e.places());
            let told_in_its_period = (shared_topics > 0 || shares_a_place) && dates_agree && one_is_a_day_in_the_others_period(m, e);
            let one_delegations_trip = m_names_nobody && e_names_nobody && one_trip();
            let told_by_its_period = one_period_one_subject(m, e) || one_plan_for_one_place(m, e, capitals);
            if !(same_article || same_day || slipped_flight || flight_in_period || told_in_its_period || one_delegations_trip || told_by_neither || told_by_its_period) || !related {
                return None;
            }
        }
    }
    Some((shared_people, shared_topics + shared_orgs))
}

/// The airlines that operated a flight dated to a day, as [`fit`] tells two flights of one day
/// apart by them: those its reports of that day name ([`FitView::organisations_of_its_day`]),
/// or, when these name none ("the first flight landed on Sunday"), those any of its reports
/// names. A report with no day of its own naming several airlines ("Israir and El Al open
/// the Tel Aviv–Marrakech route on the same day", a plan naming both carriers of a day told
/// done by others) joins one airline's flight without making it the other's as well: once
/// it has joined, the flights of the two airlines still share no operator, and stay two rows.
fn operators(e: &impl FitView, capitals: &Capitals) -> Vec<Id> {
    let airlines = |orgs: IdSlice<'_, Id>| orgs.iter().filter(|o| capitals.is_airline(o)).copied().collect::<Vec<Id>>();
    let of_its_day = airlines(e.organisations_of_its_day().view());
    if of_its_day.is_empty() { airlines(e.organisations()) } else { of_its_day }
}

/// Whether two reports, one of them at least naming nobody, tell one act by the same period at
/// the same grain — a month, a week, a year, no day — and a subject in common, both done or both
/// announced: each side's press tells the month's agreement in its own words ("earlier this
/// month, the two cyber agencies signed …", « un accord en matière de cybersécurité avait été
/// conclu plus tôt ce mois-ci »), and nothing else of the period tells them apart. Reports on
/// different subjects stay apart (an agreement's are checked before, see [`fit`]); a report
/// naming people is not joined to another naming others (the caller's arm names nobody on
/// one side).
fn one_period_one_subject(m: &impl FitView, e: &impl FitView) -> bool {
    let same_period = matches!((m.date(), e.date()), (Some(a), Some(b)) if a == b && a.as_day().is_none());
    same_period && m.status() == e.status() && m.topics().intersects(&e.topics())
}

/// Whether two reports of a visit, neither naming anyone, both announce one trip: the same
/// period at the same grain (a month, a season, no day), a place in common, the same countries,
/// and no body of its own on each side that the other lacks ("a team of Israeli engineers is
/// expected in Agadir in October", « une équipe d'ingénieurs israéliens doit se rendre à Agadir
/// en octobre », «يزور فريق من المهندسين الإسرائيليين أكادير في أكتوبر»): nothing else of an
/// unnamed group's plan tells it apart, as a subject tells agreements apart
/// ([`one_period_one_subject`]). Groups of other countries, or of bodies that share none
/// (the water company's delegation and the airline's), stay apart; so do visits reported
/// done, which a month may hold more than one of.
fn one_plan_for_one_place(m: &impl FitView, e: &impl FitView, capitals: &Capitals) -> bool {
    let same_period = matches!((m.date(), e.date()), (Some(a), Some(b)) if a == b && a.as_day().is_none());
    let bodies_agree = m.organisations().is_empty() == e.organisations().is_empty() && (m.organisations().is_empty() || m.organisations().intersects(&e.organisations()));
    m.event_type().family() == EventType::Visit
        && same_period
        && m.status() == Status::Planned
        && e.status() == Status::Planned
        && m.people().is_empty()
        && e.people().is_empty()
        && !m.countries().is_empty()
        && m.countries() == e.countries()
        && bodies_agree
        && capitals.same_place(&m.places(), &e.places())
}

/// Whether a visit is told only as legs (rows whose id ends in
/// [`crate::events::rules::LEG_RULE_SUFFIX`]): a leg is
/// its own row, the visit of its day, and does not join the days of the trip around it (the
/// arrival on Monday and the tour of Marrakesh on Friday are two rows); reported on the same
/// day as another report of the visit, it is that report's (a guard of honour on landing).
pub(super) fn is_a_leg<M: MentionView>(e: &Event<M>) -> bool {
    !e.mentions.is_empty() && e.mentions.iter().all(M::tells_a_leg)
}

/// Whether `leg`, a leg of a visit reported done ([`is_a_leg`]: a wreath laid, a guard of
/// honour, a tour), is a stop of `trip`, a visit of the same visitor told by other reports
/// (the caller checks the days fit one visit): every place the leg names is in a city the
/// trip's reports place it in ("landed in Rabat on Tuesday … Earlier in the day [Wednesday] he
/// laid a wreath at the Mausoleum of Mohammed V", the mausoleum being Rabat's), or one whose
/// city the data files give no country (Jerusalem's holy sites, no evidence of elsewhere, see
/// [`a_stop_elsewhere`]), and one at least is in the trip's city. A leg that names no place,
/// or a trip told by its country alone ("arrivé lundi au Maroc … ce mardi, une garde
/// d'honneur au quartier général, à Rabat", the arrival's places being the sentence's it
/// shares with the leg: only the trip's other sentences place it), gives nothing that places the leg in the trip:
/// the reference timelines keep such a leg a row of its own, as they keep a stop in another
/// city ("went on to Marrakesh").
fn a_stop_in_the_trips_city(leg: &impl FitView, trip: &impl FitView, capitals: &Capitals) -> bool {
    if !leg.is_a_leg() || trip.is_a_leg() || leg.status() != Status::Occurred || !leg.people().intersects(&trip.people()) {
        return false;
    }
    // Where the trip's own sentences place it: a sentence that tells the arrival and the leg
    // names the leg's places for both.
    let trip_places = trip.places_told_apart_from(&leg.lines());
    let in_the_trips_city = |p: &Id| trip_places.iter().any(|t| capitals.city_of(p) == capitals.city_of(t));
    let leg_places = leg.places();
    leg_places.iter().any(|p| in_the_trips_city(p)) && leg_places.iter().all(|p| in_the_trips_city(p) || !capitals.knows_the_country_of(p))
}

/// Whether `later`, a named visitor's visit reported done on a day after every day of `trip`,
/// names places and none of the trip's: a later stop in another city ("on Thursday he went on
/// to Casablanca"), which the reference timelines keep as a row of its own beside the visit
/// (a tour in the trip's own city stays the trip's). A trip told by its countries alone
/// ("landed in Morocco on Sunday") is in the capital of one of them: a later report there ("on
/// a visit to Rabat, she signed yesterday") is the trip's own city. A place whose city the
/// data files give no country (Jerusalem and its holy sites, whose status is contested; a
/// region such as "the Middle East") cannot be told apart from that capital: it is no evidence
/// of a stop elsewhere («وصل إلى إسرائيل الاثنين … وقّع الثلاثاء في القدس» is one trip). A city
/// the data place in a country, its capital or not, still is. An announced stop is not yet one
/// (the golds count none), and a delegation named by nobody is told by its places as it goes.
fn a_stop_elsewhere(later: &impl FitView, trip: &impl FitView, capitals: &Capitals) -> bool {
    // The trip's days are those its reports of them give: a plan of the next day's programme
    // told with the arrival is where it was going, not yet where it was (see below).
    let after = matches!((later.days(), trip.days_of_its_reports().or(trip.days())), (Some(a), Some(b)) if a.0 > b.1);
    if !(after && later.status() == Status::Occurred && !later.people().is_empty() && !later.places().is_empty()) {
        return false;
    }
    // Where the trip was is where the reports of its days place it: a plan of the next day's
    // programme told with the arrival («ومن المرتقب أن يحل بعد زوال اليوم بالدار البيضاء», "is
    // expected in the port city in the afternoon") names where it was going, and the stop
    // reported done there later is still another row.
    let day_places = trip.places_of_its_day();
    let trip_places = if day_places.is_empty() { trip.places() } else { day_places.view() };
    let in_the_trips_capital_or_unplaced = |p: &Id| capitals.country_of(p).is_some_and(|c| trip.countries().contains(&*c)) || !capitals.knows_the_country_of(p);
    !capitals.same_place(&later.places(), &trip_places) && !(trip_places.is_empty() && later.places().iter().all(in_the_trips_capital_or_unplaced))
}

/// The capitals the merge knows, each with its country (place id, country code): the trip
/// told by its countries alone is in one of them (see [`a_stop_elsewhere`]). They are the
/// trigger files' `capital-city` rows, whose countries the gazetteer gives: an input of the
/// merge, made where the data files load (the gazetteer holds the ones it was told, see
/// `Gazetteer::know_capitals`) and given to each merge, since the merge reads ids, not the
/// data files. A merge given none knows no capital.
///
/// With them, the city each site is in (the `parent` column of `places.csv`): a report from
/// Ben Gurion airport is a report from Tel Aviv, so two reports naming the one and the other
/// share a place (see [`Capitals::same_place`]), and a trip that landed at Rabat–Salé airport
/// is in the capital.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capitals {
    capitals: Vec<(Id, Id)>,
    /// (site, its city), sorted by site.
    cities: Vec<(Id, Id)>,
    /// (place, its country) for every city, region and site the data files give a country,
    /// sorted by place: where a visit went (see [`destination`]).
    countries: Vec<(Id, Id)>,
    /// The organisations that are airlines (`organisations.csv` subkind `airline`), sorted:
    /// the operators that tell two flights of one day apart (see [`fit`]).
    airlines: Vec<Id>,
}

impl Capitals {
    /// The capitals given as (place id, its country's code), each once (a capital is one
    /// whatever the rows that name it).
    pub fn new(capitals: impl IntoIterator<Item = (Id, Id)>) -> Capitals {
        let mut known = Vec::new();
        for c in capitals {
            if !known.contains(&c) {
                known.push(c);
            }
        }
        Capitals { capitals: known, cities: Vec::new(), countries: Vec::new(), airlines: Vec::new() }
    }

    /// These capitals, knowing which organisations are airlines.
    pub fn with_airlines(mut self, airlines: impl IntoIterator<Item = Id>) -> Capitals {
        self.airlines = airlines.into_iter().collect();
        self.airlines.sort_unstable();
        self.airlines.dedup();
        self
    }

    /// Whether the organisation `id` is an airline.
    fn is_airline(&self, id: &Id) -> bool {
        self.airlines.binary_search(id).is_ok()
    }

    /// These capitals, knowing the country of each place given: (place id, country code).
    pub fn with_place_countries(mut self, countries: impl IntoIterator<Item = (Id, Id)>) -> Capitals {
        self.countries = countries.into_iter().collect();
        self.countries.sort_unstable();
        self.countries.dedup_by(|a, b| a.0 == b.0);
        self
    }

    /// The country `place` is in (a site's own, else its city's), when the data files give one.
    fn country_of_place(&self, place: &Id) -> Option<&Id> {
        let find = |p: &Id| self.countries.binary_search_by(|(q, _)| q.cmp(p)).ok().map(|k| &self.countries[k].1);
        find(place).or_else(|| find(self.city_of(place)))
    }

    /// Whether the data files give the country of `place`'s city (of `place` itself when it is
    /// in no city): not Jerusalem's, nor its sites', nor a region's such as "the Middle East".
    /// A site's own country (Yad Vashem's) does not say which of the country's cities it is in.
    fn knows_the_country_of(&self, place: &Id) -> bool {
        self.countries.binary_search_by(|(q, _)| q.cmp(self.city_of(place))).is_ok()
    }

    /// These capitals, knowing the city each site given is in: (site id, city id).
    pub fn with_cities(mut self, cities: impl IntoIterator<Item = (Id, Id)>) -> Capitals {
        self.cities = cities.into_iter().collect();
        self.cities.sort_unstable();
        self.cities.dedup_by(|a, b| a.0 == b.0);
        self
    }

    /// The country whose capital `place` (or the site `place` is in the capital) is, when it
    /// is one.
    fn country_of(&self, place: &Id) -> Option<Id> {
        let city = self.city_of(place);
        self.capitals.iter().find(|(p, _)| p == city).map(|(_, c)| *c)
    }

    /// The city the site `place` is in; any other place is its own.
    fn city_of<'a>(&'a self, place: &'a Id) -> &'a Id {
        match self.cities.binary_search_by(|(site, _)| site.cmp(place)) {
            Ok(k) => &self.cities[k].1,
            Err(_) => place,
        }
    }

    /// Whether two sets of places share one, a site being one with its city ("landed at Ben
    /// Gurion airport" and "back in Tel Aviv").
    pub fn same_place(&self, a: &IdSlice<'_, Id>, b: &IdSlice<'_, Id>) -> bool {
        a.intersects(b) || (!self.cities.is_empty() && a.iter().any(|x| b.iter().any(|y| self.city_of(x) == self.city_of(y))))
    }
}

/// Whether an opening and a visit are told in places apart: each names places and they share
/// none. When both are dated to days, each is where the reports that date its day place it
/// ([`FitView::places_of_its_day`]; all its reports when those name none): a headline or recap
/// with no day of its own ("Lapid prays at Casablanca synagogue as Israel opens Rabat
/// mission") and a plan of the day's programme («يدشن غداً المكتب في الرباط، قبل أن يزور متحفاً في
/// الدار البيضاء») name the places of both acts, and joined to one they must not tie the other to
/// it. A report told on no day is compared by all the places of both (it has no day to be
/// placed on).
fn told_elsewhere_on_its_day(m: &impl FitView, e: &impl FitView, capitals: &Capitals) -> bool {
    let both_on_days = m.date().is_some_and(|d| d.grain == Grain::Day) && e.date().is_some_and(|d| d.grain == Grain::Day);
    let day_places = |x: &dyn FitView| if both_on_days { x.places_of_its_day() } else { IdSet::new() };
    let (m_day, e_day) = (day_places(m), day_places(e));
    let m_places = if m_day.is_empty() { m.places() } else { m_day.view() };
    let e_places = if e_day.is_empty() { e.places() } else { e_day.view() };
    !m_places.is_empty() && !e_places.is_empty() && !capitals.same_place(&m_places, &e_places)
}

/// The one country every place of visit `e` is in (places the data files give no country,
/// such as Jerusalem, aside), when it names places: where the visit went. A visit whose
/// places lie in two countries ("flew from Tel Aviv to Rabat") names its route, and has no
/// one destination here.
fn destination<'c>(e: &impl FitView, capitals: &'c Capitals) -> Option<&'c Id> {
    let mut found: Option<&Id> = None;
    for place in &e.places() {
        match (found, capitals.country_of_place(place)) {
            (_, None) => {}
            (None, Some(c)) => found = Some(c),
            (Some(f), Some(c)) if f == c => {}
            (Some(_), Some(_)) => return None,
        }
    }
    found
}

/// Whether two reports of a visit are of two trips, whatever people they share: a visit is
/// its visitor and its destination. The destination one of them gives ([`destination`])
/// taken for both, the countries each names besides it (its visitors', since every report of
/// a visit names the country visited and the visitor's) are others ("Blinken in Rabat,
/// received by Bourita" and "Bourita, who arrived on Sunday" in a page on a summit in Israel:
/// the report with no place gives no destination, and cannot tie the host's own trip to the
/// visit he received; two ministers of two countries received by one host the same week).
/// A report that names no country but the destination tells no visitor apart, and a
/// delegation of two countries is told by reports that name both, or one of them. Two
/// destinations are left to the other rules: a city named alone may be where the visitor
/// flew from ("landed in Morocco on board a jet from Tel Aviv"), and a stop in another
/// country on a later day is one of its own ([`a_stop_elsewhere`]).
fn other_trips(m: &impl FitView, e: &impl FitView, capitals: &Capitals) -> bool {
    // Two reports sharing two countries share one besides any destination: one trip's. Most
    // pairs of a visit's reports name both its sides, so this is told before the places are
    // looked up (the merge asks it of every pair of visits).
    if m.countries().shared(&e.countries()) > 1 {
        return false;
    }
    let destination = match (destination(m, capitals), destination(e, capitals)) {
        (Some(a), Some(b)) if a != b => return false,
        (Some(d), _) | (None, Some(d)) => d,
        (None, None) => return false,
    };
    let (m_countries, e_countries) = (m.countries(), e.countries());
    let visitors_of = |countries: &IdSlice<'_, Id>| countries.iter().filter(|c| *c != destination).count();
    visitors_of(&m_countries) > 0 && visitors_of(&e_countries) > 0 && !m_countries.iter().any(|c| c != destination && e_countries.contains(c))
}

/// Whether some mention of `e` is told by a summit's own noun (a trigger row whose id holds
/// [`SUMMIT_RULE_MARK`]: "the summit closed on Monday", "took part in the Sharm summit"), not
/// by talks ("met", "held talks"): it tells the gathering itself, whoever of it it names.
pub(super) fn tells_a_summit<M: MentionView>(e: &Event<M>) -> bool {
    e.mentions.iter().any(M::tells_a_summit)
}

/// What the id of a trigger row that names a summit holds ("meeting-summit": "قمة",
/// "summit", "sommet").
pub const SUMMIT_RULE_MARK: &str = "-summit";

/// Whether one of two events reports an opening on a day and the other is a stay told by its
/// days (a range) that holds that day but starts before it: an opening is the act of its own
/// day, and a stay is dated by its arrival ("the visit he is paying on 11-12 August" is the
/// visit that arrived on the 11th, not the office opened on the 12th). A stay that starts on
/// the opening's day is the visit that came to open it.
fn an_opening_inside_a_stay(m: &impl FitView, e: &impl FitView) -> bool {
    let inside = |opening: &dyn FitView, stay: &dyn FitView| {
        opening.reports_an_opening()
            && matches!((opening.date(), stay.date()), (Some(day), Some(days)) if day.as_day().is_some() && days.grain == Grain::Day && days.end.is_some() && days.start != day.start)
    };
    inside(m, e) || inside(e, m)
}

/// Whether of two meetings one is a multilateral meeting (four countries or more) and the
/// other talks between fewer of them, two more at least ("Shoukry met Blinken after the close
/// of the six-minister meeting"): talks on the sidelines of a summit are not the summit.
///
/// Talks are between countries: what counts is how many of the meeting's countries the other
/// report names, two at least. A report that tells the gathering itself names two of its
/// members without being talks beside it: told by the summit's noun ("X and Y at the close
/// of the summit", "attended the Sharm summit hosted by Y"), or recalled by a longer period
/// holding the meeting's date at one of its places ("at the desert meeting in May", written
/// weeks later). A report naming one side alone ("the host announced at the
/// close of the meeting that it would become a forum") tells the meeting itself, and a third
/// country named in passing ("a new regional architecture in the face of Iran") takes no
/// part in either. Talks on the sidelines are told on a day of their own: in the article that
/// tells the meeting, a report of it with no date of its own ("at the closing press
/// conference, the host said …"), dated by the meeting's very days ("on Sunday and
/// Monday"), or dated only as the meeting told just before, told again by two of its members
/// ("the ministers had arrived the evening before at the hotel hosting the meeting, among
/// them Bourita and Lapid", [`dated_only_as_told_again`]), is the meeting, not talks beside it.
fn one_is_on_the_sidelines_of_the_other(m: &dyn FitView, e: &dyn FitView, same_article: bool) -> bool {
    let (small, large) = if m.countries().len() <= e.countries().len() { (m, e) } else { (e, m) };
    let taking_part = small.countries().shared(&large.countries());
    if large.countries().len() < 4 || taking_part < 2 || large.countries().len() < taking_part + 2 {
        return false;
    }
    if small.tells_a_summit() || recalled_at_its_place(small, large) {
        return false;
    }
    match small.date() {
        None => !same_article,
        Some(_) if same_article && small.dated_only_as_told_again() => false,
        Some(days) => days.end.is_none() || small.date() != large.date(),
    }
}

/// Whether `recalled` is dated to a longer period than `meeting` (a month holding its day or
/// days: a back-reference written later) and names one of its places: the meeting recalled.
fn recalled_at_its_place(recalled: &dyn FitView, meeting: &dyn FitView) -> bool {
    let (Some(period), Some(date)) = (recalled.date(), meeting.date()) else { return false };
    let (a, b) = (super::dates::interval(&period), super::dates::interval(&date));
    let longer = a.0 <= b.0 && b.1 <= a.1 && a != b;
    longer && recalled.places().intersects(&meeting.places())
}

/// How many days apart the first and the last day reported of one multilateral meeting may
/// be: foreign ministers meet over a working dinner and a session the next morning.
pub(super) const MEETING_DAYS: i64 = 1;

/// Whether two reports dated to days no more than [`MEETING_DAYS`] apart are one multilateral
/// meeting: one is a meeting of four countries or more and the other names only people of it
/// (or nobody), or, in one article, its very countries ([`one_gathering_by_its_countries`]). Its article tells the dinner of the first evening and the session of the next
/// day as one summit ("they met on Sunday evening over dinner … the host announced at the
/// close"); across articles, both must tell a gathering of four countries or more by a
/// summit's own noun ([`tells_a_summit`]): one page dates the summit by its guests' arrival
/// ("arrived on Sunday for the summit with his four counterparts"), another by its session
/// ("the summit met on Monday"). Talks between two or more of its
/// countries on one of its days stay talks on its sidelines (see
/// [`one_is_on_the_sidelines_of_the_other`]).
fn one_meeting_over_two_days(m: &impl FitView, e: &impl FitView, same_article: bool) -> bool {
    if m.event_type().family() != EventType::Meeting || !(same_article || (a_summit_of_four(m) && a_summit_of_four(e))) {
        return false;
    }
    let (Some(a), Some(b)) = (m.days(), e.days()) else { return false };
    if (a.1.max(b.1) - a.0.min(b.0)).num_days() > MEETING_DAYS {
        return false;
    }
    let part_of = |part: &dyn FitView, whole: &dyn FitView| whole.countries().len() >= GATHERING_COUNTRIES && part.people().is_subset(&whole.people());
    part_of(m, e) || part_of(e, m) || (same_article && one_gathering_by_its_countries(m, e))
}

/// Whether two meetings of one article name the very same countries, four or more: the
/// gathering told on its two days, whoever of it each names ("a working dinner with the top
/// diplomats of Egypt, the Emirates, …" on Wednesday, "met again on Thursday for the closing
/// session, at which Lapid said …": a session takes its gathering's names,
/// `events::session_of_the_gathering`), so their people need not nest as those of two talks
/// must.
fn one_gathering_by_its_countries(m: &dyn FitView, e: &dyn FitView) -> bool {
    m.event_type().family() == EventType::Meeting && m.countries().len() >= GATHERING_COUNTRIES && m.countries().is_subset(&e.countries()) && e.countries().is_subset(&m.countries())
}

/// Whether every mention of `e` dated to a day (one at least) takes its day from another event
/// of its sentence it is told during ([`DateKind::During`]: "during the trip, he is set to
/// meet …", dated by the arrival; «وخلال الزيارة، التقى …», dated by the visit's last day):
/// the day only says the event fell within that other event's days.
pub(super) fn dated_only_during<M: MentionView>(e: &Event<M>) -> bool {
    let mut days = e.mentions.iter().filter(|m| m.date().is_some_and(|d| d.as_day().is_some())).peekable();
    days.peek().is_some() && days.all(|m| m.date_kind() == DateKind::During)
}

/// Whether every mention of `e` with a date (one at least) takes it from its page: undated in
/// its words and told as going on ([`DateKind::Publication`]: «وقّع الوزيران مذكرة تفاهم، في
/// إطار الزيارة التي يقوم بها»). The act was done by the page's day, on it or a day or two
/// before: the page's day bounds it rather than dates it.
pub(super) fn dated_only_by_its_page<M: MentionView>(e: &Event<M>) -> bool {
    let mut dated = e.mentions.iter().filter(|m| m.date().is_some()).peekable();
    dated.peek().is_some() && dated.all(|m| m.date_kind() == DateKind::Publication)
}

/// Whether every mention of `e` dated to a day (one at least) has it counted in whole weeks
/// from another date ([`DateKind::Counted`]: « Une semaine plus tôt, c'est … Kochavi, qui était
/// accueilli à Rabat », "a week earlier"): a week is told loosely, the day may be one off.
pub(super) fn dated_only_by_a_count_of_weeks<M: MentionView>(e: &Event<M>) -> bool {
    let mut days = e.mentions.iter().filter(|m| m.date().is_some_and(|d| d.as_day().is_some())).peekable();
    days.peek().is_some() && days.all(|m| m.date_kind() == DateKind::Counted)
}

/// Whether every mention of `e` with a date (one at least) takes it from the event of its
/// family told just before, which it tells again ([`DateKind::Again`]: «وصلوا مساء أمس إلى
/// الفندق الذي يحتضن الاجتماع» after the sentence that dates the meeting): it has no day of its
/// own.
pub(super) fn dated_only_as_told_again<M: MentionView>(e: &Event<M>) -> bool {
    let mut dated = e.mentions.iter().filter(|m| m.date().is_some()).peekable();
    dated.peek().is_some() && dated.all(|m| m.date_kind() == DateKind::Again)
}

/// How many days off a day counted in weeks may be: a week told for six or eight days.
pub(super) const WEEK_COUNT_SLACK_DAYS: i64 = 1;

/// Whether two reports of a visit done, sharing a visitor, are one visit because one is dated
/// only by a count of weeks ([`dated_only_by_a_count_of_weeks`]) and falls within
/// [`WEEK_COUNT_SLACK_DAYS`] of the other's days: « une semaine plus tôt » counted from a
/// Tuesday gives the 19th, the arrival other pages date the 18th. A leg of the trip (a guard of
/// honour, [`is_a_leg`]) joins the trip this way too: the count does not give it a day of its
/// own. Not an opening (the act of one day), not a stop in another city.
fn one_visit_a_week_off(m: &impl FitView, e: &impl FitView, capitals: &Capitals) -> bool {
    if m.event_type().family() != EventType::Visit || m.status() != Status::Occurred || e.status() != Status::Occurred || !m.people().intersects(&e.people()) {
        return false;
    }
    if m.reports_an_opening() || e.reports_an_opening() || a_stop_elsewhere(m, e, capitals) || a_stop_elsewhere(e, m, capitals) {
        return false;
    }
    let near = |counted: &dyn FitView, other: &dyn FitView| {
        let (Some(day), Some((first, last))) = (counted.date().and_then(|d| d.as_day()), other.days()) else { return false };
        let slack = chrono::Duration::days(WEEK_COUNT_SLACK_DAYS);
        counted.dated_only_by_a_count_of_weeks() && !other.dated_only_by_a_count_of_weeks() && first - slack <= day && day <= last + slack
    };
    near(m, e) || near(e, m)
}

/// How many days before its page's day an act dated only by the page may have been done: a
/// report of the day or of the next morning, or a weekly's of two days later.
pub(super) const PAGE_LAG_DAYS: i64 = 2;

/// Whether two reports of a signing by the same two signatories or more are one signing
/// because one is dated only by its page ([`dated_only_by_its_page`]) and the other, dated in
/// its words, falls on that day or up to [`PAGE_LAG_DAYS`] before it: a page of the 27th that
/// tells the memorandum signed «في إطار زيارة العمل التي يقوم بها» is the signing another page
/// dates « mardi », the 26th. Only a signing: the same two people sign one text once, while
/// they may meet on each day of a visit.
fn one_signing_told_by_its_page(m: &impl FitView, e: &impl FitView) -> bool {
    if m.event_type().family() != EventType::Agreement || m.status() != Status::Occurred || e.status() != Status::Occurred || m.people().shared(&e.people()) < 2 {
        return false;
    }
    let before_its_page = |page: &dyn FitView, stated: &dyn FitView| {
        let (Some(day), Some((first, last))) = (page.date().and_then(|d| d.as_day()), stated.days()) else { return false };
        page.dated_only_by_its_page() && !stated.dated_only_by_its_page() && day - chrono::Duration::days(PAGE_LAG_DAYS) <= first && last < day
    };
    before_its_page(m, e) || before_its_page(e, m)
}

/// Whether two reports of talks between the same two people or more, dated to days that fit
/// one visit ([`VISIT_DAYS`]), are one meeting because one of them at least is dated only by
/// the visit it is told during ([`dated_only_during`]): a page that announces the talks
/// "during the trip" dates them by the arrival, one that reports them "during the visit"
/// («والتقى خلال الزيارة», « au cours de sa visite ») by the day it ended or by the day of
/// the page's news, and neither tells the talks' own day — which may be the day another page
/// states ("held talks on Tuesday"). Two reports that each state a day of their own stay
/// apart (the same people may meet again days later).
fn talks_of_one_visit(m: &impl FitView, e: &impl FitView) -> bool {
    if m.event_type().family() != EventType::Meeting {
        return false;
    }
    let (Some(a), Some(b)) = (m.date().and_then(|d| d.as_day()), e.date().and_then(|d| d.as_day())) else { return false };
    (a - b).num_days().abs() <= VISIT_DAYS && m.people().shared(&e.people()) >= 2 && (m.dated_only_during() || e.dated_only_during())
}

/// How many countries a meeting names to be a gathering: its sessions and the talks of its
/// members are parts of it (`events::told_again` reads the same bound for a session).
const GATHERING_COUNTRIES: usize = 4;

/// Whether `e` is told by a summit's own noun and names four countries or more: a gathering
/// whose reports may date it by either of its two days (see [`one_meeting_over_two_days`]).
pub(super) fn a_summit_of_four(e: &dyn FitView) -> bool {
    e.tells_a_summit() && e.countries().len() >= GATHERING_COUNTRIES
}

/// Whether `announced` is a visit announced for a period longer than a day (a week, a month)
/// and `done` one reported done on days that overlap it: the announcement of the trip that
/// then took place, told by one article (the period, counted from a statement of some days
/// before, may start after the arrival).
fn announced_for_its_days(announced: &impl FitView, done: &impl FitView) -> bool {
    let (Some(period), Some((first, last))) = (announced.date(), done.days()) else { return false };
    if announced.status() != Status::Planned || done.status() != Status::Occurred || period.grain == Grain::Day {
        return false;
    }
    let (start, end) = super::dates::interval(&period);
    start <= last && first <= end
}

/// Whether two reports of a visit that name nobody are of one delegation: they name the same
/// countries ("a Moroccan delegation arrived in Israel yesterday Sunday", "the Moroccan
/// delegation goes on with its visit to Israel"); whether their days fit one trip is
/// checked by the caller.
fn one_delegation(m: &impl FitView, e: &impl FitView) -> bool {
    m.people().is_empty() && e.people().is_empty() && !m.countries().is_empty() && m.countries() == e.countries()
}

/// Whether one of two dated events is dated to one day (or one week: "last week") and the
/// other, naming nobody, to a longer period within one month, a week or the month itself
/// (that the period holds the shorter one is checked by the caller). A year is too loose to
/// tell which signing it is.
fn one_is_a_day_in_the_others_period(m: &impl FitView, e: &impl FitView) -> bool {
    let (Some(a), Some(b)) = (m.date(), e.date()) else { return false };
    let length = |d: &crate::dates::DateValue| {
        let (first, last) = super::dates::interval(d);
        (last - first).num_days()
    };
    let short = |d: &crate::dates::DateValue| d.as_day().is_some() || (d.grain == Grain::Week && d.end.is_none());
    let in_a_month = |d: &crate::dates::DateValue| {
        let (first, last) = super::dates::interval(d);
        (first.year(), first.month()) == (last.year(), last.month())
    };
    let within = |short_one: &crate::dates::DateValue, period: &crate::dates::DateValue, names_nobody: bool| {
        short(short_one) && length(short_one) < length(period) && in_a_month(period) && names_nobody
    };
    within(&a, &b, e.people().is_empty()) || within(&b, &a, m.people().is_empty())
}

/// How well an item fits an event it may join ([`joins`]), compared part by part: the people
/// they share, the subjects and bodies they share, and whether the event is of the item's own
/// type. The last part only tells apart events of one family that fit as well otherwise — a
/// visit and an opening ("Israel's top diplomat opens mission in Morocco in first visit",
/// undated, names the minister of the page's arrival and of its opening alike): the report
/// joins the event it tells, not the first of its family.
pub type JoinScore = (usize, usize, bool);

/// Whether `m` joins `e` in the merge, and how well: [`fit`], and, across articles, an undated
/// report joins a dated event only when every country it names (its people's included) takes
/// part in it — "Netanyahu met al-Burhan in Entebbe", undated, is not his call with the King.
/// Borrowing a publication date ([`identifies`]) asks [`fit`] alone: it identifies an event by
/// its people.
pub(super) fn joins<M: MentionView>(m: &Event<M>, e: &Event<M>, same_article: bool, capitals: &Capitals) -> Option<JoinScore> {
    let (people, subjects) = match fit(m, e, same_article, capitals) {
        Some(score) => score,
        None if same_article && (refers_back_to_the_gathering(m, e) || refers_back_to_the_gathering(e, m)) => (m.people().shared(&e.people()), 0),
        None => return None,
    };
    if announced_after_it(m, e) || announced_after_it(e, m) {
        return None;
    }
    let undated_into_dated =
        |a: &Event<M>, b: &Event<M>| a.date.is_none() && b.date.is_some() && (!a.countries().is_subset(&b.countries()) || !could_be(a, b) || brings_people_on_a_weak_tie(a, b));
    if !same_article && (undated_into_dated(m, e) || undated_into_dated(e, m)) {
        return None;
    }
    Some((people, subjects, m.event_type == e.event_type))
}

/// Whether `reference`, a meeting its article tells with no date of its own, is that article's
/// `gathering` of four countries or more, though neither names all the people of the other:
/// it names only countries of the gathering and one of its people at least ("Lapid announced
/// that the meeting would become a permanent forum", the Moroccan minister of the sentence
/// before taken as the other side), and its day, when it has one (the page's), is a day of the
/// gathering. The gathering's own report may name some of its members by their country alone
/// ("his counterparts from the Emirates, Bahrain, Morocco and Egypt"), and the reference the
/// one it names, so their people need not nest as the people of two talks must. Talks told
/// with a date of their own ("on Sunday evening Bourita held a bilateral meeting with Lapid")
/// stay talks beside it (see [`one_is_on_the_sidelines_of_the_other`]).
fn refers_back_to_the_gathering<M: MentionView>(reference: &Event<M>, gathering: &Event<M>) -> bool {
    if reference.event_type.family() != EventType::Meeting || gathering.event_type.family() != EventType::Meeting {
        return false;
    }
    let gathering_countries = gathering.countries();
    if gathering_countries.len() < 4 || reference.countries().len() >= gathering_countries.len() || !reference.countries().is_subset(&gathering_countries) {
        return false;
    }
    // People that nest are judged by `fit` (a report of its members, or talks beside it).
    if !reference.people().intersects(&gathering.people()) || reference.people().is_subset(&gathering.people()) {
        return false;
    }
    if reference.mentions.iter().any(|m| m.date().is_some() && m.date_kind() != DateKind::Publication) {
        return false;
    }
    match (reference.date.and_then(|d| d.as_day()), gathering.days) {
        (None, _) => reference.date.is_none(),
        (Some(day), Some((first, last))) => first <= day && day <= last,
        (Some(_), None) => false,
    }
}

/// Whether `undated`, from other articles than `dated`, would bring it people on the strength
/// of a single one shared: "Barbivai met Akhannouch", undated, is not known to be of the
/// visit another page dates by Barbivai alone, and joining it would add a participant no
/// dated source gives. It takes two people shared, or one and the same place, reported within
/// the days of the event (its publication day no later than `VISIT_DAYS` after them).
/// Undated reports that name no one else (a subset of the event's people) are not concerned.
fn brings_people_on_a_weak_tie<M: MentionView>(undated: &Event<M>, dated: &Event<M>) -> bool {
    if undated.people().is_subset(&dated.people()) {
        return false;
    }
    if undated.people().shared(&dated.people()) >= 2 {
        return false;
    }
    let Some((first, last)) = dated.date.map(|d| super::dates::interval(&d)) else { return false };
    let reported_then = || {
        undated.mentions.iter().all(|m| m.published().is_some_and(|p| first - chrono::Duration::days(1) <= p && p <= last + chrono::Duration::days(super::dates::VISIT_DAYS)))
    };
    !(undated.places().intersects(&dated.places()) && reported_then())
}

/// Whether `plan`, told only as announced and dated to a period (the month of the visit whose
/// programme holds it: "she is expected to meet her counterpart", on a page about her arrival),
/// was announced by every report after `done`, an event reported done, was over: a plan is of
/// an event to come, and a plan told on the 28th is not the talks of the 8th of its month (a
/// second meeting of the same people, on the return visit), while one told on the day of the
/// talks, or days before them, is those talks (a day of slack for time zones and late pages,
/// as in [`could_be`]). A plan dated to a period already over when it was written ("in
/// implementation of what was decided at the summit held last March", read as announced) is
/// a recall, which this says nothing of; a report with no publication date can be any.
fn announced_after_it<M: MentionView>(plan: &Event<M>, done: &Event<M>) -> bool {
    let (Some((_, last)), Some(period)) = (done.days, plan.date.filter(|d| d.as_day().is_none())) else { return false };
    let period_end = super::dates::interval(&period).1;
    let slack = chrono::Duration::days(1);
    done.status == Status::Occurred && plan.mentions.iter().all(|m| m.status() == Status::Planned && m.published().is_some_and(|p| last < p - slack && p - slack <= period_end))
}

/// Whether the undated reports of `undated` can tell `dated`, by when they were written: an
/// event announced for later happens after its announcement is published (a visit "expected
/// in the coming days", in an April article, is not the visit of March), and one reported done
/// happened before its report is (a day of slack each way for time zones and late pages). A
/// report whose publication date is unknown can be any.
fn could_be<M: MentionView>(undated: &Event<M>, dated: &Event<M>) -> bool {
    let Some(days) = dated.date.map(|d| super::dates::interval(&d)) else { return true };
    undated.mentions.iter().all(|m| match (m.published(), m.status()) {
        (Some(p), Status::Planned) => days.1 >= p - chrono::Duration::days(1),
        (Some(p), Status::Occurred) => days.0 <= p + chrono::Duration::days(1),
        (None, _) => true,
    })
}
