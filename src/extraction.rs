//! One article in, one extraction out: the pure per-article map that runs in parallel, and
//! the loaded data ([`Context`]) it reads every article with.
//!
//! Everything here depends only on the article and the loaded data, never on other articles
//! or on the clock, so the corpus can be processed on every core (rayon) and the result does
//! not depend on file order or thread count. The corpus-level step that follows is
//! [`crate::pipeline`].

use std::path::Path;

use crate::budget::Budget;
use crate::corpus::{Article, ManifestEntry};
use crate::data::Lexicons;
use crate::dates::ArticleDates;
use crate::events::{EventMention, build_events};
use crate::gazetteer::candidates::Candidate;
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;
use crate::text::lang::Lang;
use crate::text::lexmatch::{Occurrences, PhraseBank, Scan, Slot};

/// The loaded data every article is read with.
#[derive(Debug, Clone)]
pub struct Context {
    /// Lexicons and rules.
    pub lexicons: Lexicons,
    /// People, organisations, places and office titles.
    pub gazetteer: Gazetteer,
    /// How much processor time one article may take (see [`crate::budget`]).
    pub time_limit: std::time::Duration,
    /// The language every article is read as (`--lang`); detected per article when `None`.
    pub lang: Option<Lang>,
    /// The phrases of the names, office titles, triggers, topics and follower phrases in one bank.
    scanner: Scanner,
}

/// One automaton over every phrase set the pipeline looks for, so that each sentence is scanned
/// once rather than once per set (see [`crate::text::lexmatch`]).
#[derive(Debug, Clone)]
struct Scanner {
    bank: PhraseBank,
    names: Slot,
    titles: Slot,
    triggers: Slot,
    topics: Slot,
    title_starts: Slot,
    followers: Slot,
}

impl Context {
    /// Load the gazetteers and lexicons from the given folders (built-in copies for `None`).
    pub fn load(gazetteers: Option<&Path>, lexicons: Option<&Path>) -> Result<Context, String> {
        Context::load_with(gazetteers, lexicons, None)
    }

    /// [`Context::load`], the people's spelling variants taken back from (or kept in) `kept`
    /// (see [`crate::gazetteer::KeptVariants`]).
    pub fn load_with(gazetteers: Option<&Path>, lexicons: Option<&Path>, kept: Option<&crate::gazetteer::KeptVariants>) -> Result<Context, String> {
        // Loaded side by side (the start-up runs before any article can use a core); the
        // lexicons' error, if both fail, is still the one told.
        let (lexicons, gazetteer) = rayon::join(|| Lexicons::load(lexicons), || Gazetteer::load_with(gazetteers, kept));
        let (lexicons, mut gazetteer) = (lexicons?, gazetteer?);
        // The merge reads ids, not the data files: the gazetteer, which every merge's caller
        // holds, keeps which places are capitals for it.
        gazetteer.know_capitals(&lexicons.triggers.words.capital_cities);
        let [names, titles] = gazetteer.patterns();
        let sets = [names, titles, lexicons.triggers.phrases.patterns(), lexicons.topics.patterns(), lexicons.name_context.title_first_words(), lexicons.triggers.words.follower_phrases().patterns()];
        let (bank, slots) = PhraseBank::new(&sets);
        let scanner = Scanner { bank, names: slots[0], titles: slots[1], triggers: slots[2], topics: slots[3], title_starts: slots[4], followers: slots[5] };
        Ok(Context { lexicons, gazetteer, time_limit: crate::budget::DEFAULT_LIMIT, lang: None, scanner })
    }

    /// Scan a document's sentences for every phrase set at once.
    pub fn scan(&self, doc: &Document) -> Occurrences {
        self.scanner.bank.scan(&doc.norm.text, doc.sentences.iter().map(|s| s.range.clone()))
    }

    /// Each phrase set's share of a scan.
    pub fn shares<'a>(&self, occurrences: &'a Occurrences) -> Shares<'a> {
        let s = &self.scanner;
        Shares {
            names: occurrences.of(s.names),
            titles: occurrences.of(s.titles),
            triggers: occurrences.of(s.triggers),
            topics: occurrences.of(s.topics),
            title_starts: occurrences.of(s.title_starts),
            followers: occurrences.of(s.followers),
        }
    }
}

/// What a scan found of each phrase set (see [`Context::scan`]).
#[derive(Debug, Clone, Copy)]
pub struct Shares<'a> {
    /// Gazetteer names.
    pub names: Scan<'a>,
    /// Office titles.
    pub titles: Scan<'a>,
    /// Event triggers and the other trigger rules.
    pub triggers: Scan<'a>,
    /// Topics.
    pub topics: Scan<'a>,
    /// The first words of the titles that introduce candidate people.
    pub title_starts: Scan<'a>,
    /// The phrases of the `followed` word list (an act told again by one who follows).
    pub followers: Scan<'a>,
}

impl<'a> Shares<'a> {
    /// What the event rules read of the scan.
    pub fn events(&self) -> crate::events::EventScans<'a> {
        crate::events::EventScans { triggers: self.triggers, followers: self.followers }
    }
}

/// What one article yields.
#[derive(Debug, Clone)]
pub struct ArticleExtraction {
    /// The article, normalised and segmented.
    pub doc: Document,
    /// Names found and resolved.
    pub entities: Found,
    /// Possible people the gazetteer does not know.
    pub candidates: Vec<Candidate>,
    /// Date expressions, publication date and resolved values.
    pub dates: ArticleDates,
    /// Event mentions.
    pub events: Vec<EventMention>,
    /// Every phrase found in its sentences (topics are read from it again when events are
    /// resolved).
    pub occurrences: Occurrences,
    /// The article took longer than the time limit and was read only in part.
    pub cut_short: bool,
}

/// Extract everything from one article; `manifest` is what the user's `index.csv` says of it.
pub fn extract_article(article: Article, ctx: &Context, manifest: Option<&ManifestEntry>) -> ArticleExtraction {
    let _budget = Budget::start(ctx.time_limit);
    let mut doc = Document::new(article, &ctx.lexicons);
    // Every language's rules read every sentence (an Arabic quote in an English article is
    // read by the Arabic rules); the language says what the article is, for the outputs, the
    // summary, and the few readings only one language has.
    if let Some(lang) = ctx.lang {
        doc.lang = lang;
    }
    let occurrences = ctx.scan(&doc);
    let shares = ctx.shares(&occurrences);
    let mut entities = ctx.gazetteer.find_in(&doc, Some(shares.names), Some(shares.titles));
    ctx.lexicons.combining.add_to(&doc, &mut entities, &ctx.gazetteer);
    let candidates = ctx.lexicons.name_context.find(&doc, &entities, &ctx.gazetteer.given_names, Some(shares.title_starts));
    let dates = ArticleDates::analyse(&doc, &ctx.lexicons.dates, manifest);
    let mut events = build_events(&doc, Some(shares.events()), &entities, &dates.mentions, &ctx.lexicons.triggers, &ctx.gazetteer, &ctx.lexicons.dates);
    crate::events::visit_told_by_its_end_ar(&mut events, &doc, &ctx.lexicons.triggers, &ctx.lexicons.dates);
    crate::events::visit_told_by_its_day(&mut events, &doc, &dates.mentions, &ctx.lexicons.triggers, &ctx.lexicons.dates);
    crate::events::latin::refine_latin(&mut events, &doc, &entities, &dates, &ctx.lexicons.triggers, &ctx.gazetteer, &ctx.lexicons.dates);
    crate::events::evening_arrival_ends_its_day(&mut events, &doc, &dates, &ctx.lexicons.triggers);
    crate::events::headline_talks_are_the_call(&mut events, &doc, &entities, &ctx.gazetteer);
    crate::events::agreement_told_again(&mut events, &doc, &ctx.lexicons.triggers);
    crate::events::signer_is_the_visitor(&mut events, &doc, &ctx.lexicons.triggers, &ctx.gazetteer);
    crate::events::members_of_the_gathering(&mut events, &doc, &ctx.lexicons.triggers);
    crate::events::session_of_the_gathering(&mut events, &doc, &ctx.lexicons.triggers);
    crate::events::audience_takes_the_acts_day(&mut events, &doc, &entities, &ctx.lexicons.triggers, &ctx.gazetteer);
    crate::events::act_at_the_reception_takes_its_people(&mut events, &doc, &ctx.lexicons.triggers, &ctx.gazetteer);
    crate::events::meeting_on_the_programme(&mut events, &ctx.gazetteer);
    // After every pass that carries a side from the story before.
    crate::events::third_country_news_keeps_its_own(&mut events, &doc, &entities, &ctx.lexicons.triggers, &ctx.gazetteer);
    let cut_short = crate::budget::expired();
    ArticleExtraction { doc, entities, candidates, dates, events, occurrences, cut_short }
}
