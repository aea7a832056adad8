//! One article in, one extraction out: the pure per-article map that runs in parallel.
//!
//! Everything here depends only on the article and the loaded data, never on other articles
//! or on the clock, so the corpus can be processed on every core (rayon) and the result does
//! not depend on file order or thread count.

use std::path::Path;

use rayon::prelude::*;

use crate::budget::Budget;
use crate::corpus::{self, Article, CorpusError, Manifest, ManifestEntry};
use crate::dates::{Anchor, ArticleDates, DateValue, ExprKind};
use crate::events::resolve::{resolve_mention, resolve_mentions};
use crate::merge::{Event, identifies, merge_article, merge_corpus};
use crate::events::{EventMention, build_events};
use crate::data::Lexicons;
use crate::gazetteer::candidates::Candidate;
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;

/// The loaded data every article is read with.
#[derive(Debug, Clone)]
pub struct Context {
    /// Lexicons and rules.
    pub lexicons: Lexicons,
    /// People, organisations, places and office titles.
    pub gazetteer: Gazetteer,
    /// How long one article may take (see [`crate::budget`]).
    pub time_limit: std::time::Duration,
}

impl Context {
    /// Load the gazetteers and lexicons from the given folders (built-in copies for `None`).
    pub fn load(gazetteers: Option<&Path>, lexicons: Option<&Path>) -> Result<Context, String> {
        Ok(Context { lexicons: Lexicons::load(lexicons)?, gazetteer: Gazetteer::load(gazetteers)?, time_limit: crate::budget::DEFAULT_LIMIT })
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
    /// The article took longer than the time limit and was read only in part.
    pub cut_short: bool,
}

/// Extract everything from one article; `manifest` is what the user's `index.csv` says of it.
pub fn extract_article(article: Article, ctx: &Context, manifest: Option<&ManifestEntry>) -> ArticleExtraction {
    let _budget = Budget::start(ctx.time_limit);
    let doc = Document::new(article, &ctx.lexicons);
    let entities = ctx.gazetteer.find(&doc);
    let candidates = ctx.lexicons.name_context.find(&doc, &entities, &ctx.gazetteer.given_names);
    let dates = ArticleDates::analyse(&doc, &ctx.lexicons.dates, manifest);
    let date_ranges: Vec<_> = dates.mentions.iter().map(|m| m.range.clone()).collect();
    let events = build_events(&doc, &entities, &date_ranges, &ctx.lexicons.triggers, &ctx.gazetteer);
    let cut_short = crate::budget::expired();
    ArticleExtraction { doc, entities, candidates, dates, events, cut_short }
}

/// Read every article under `corpus_dir` (or the listed files) in parallel. Articles come back
/// sorted by name; files that could not be read or decoded come back as errors.
pub fn read_corpus(corpus_dir: &Path, files: &[std::path::PathBuf]) -> Result<(Vec<Article>, Vec<CorpusError>), CorpusError> {
    let (paths, mut problems) = if files.is_empty() {
        corpus::list_articles(corpus_dir)?
    } else {
        (files.to_vec(), Vec::new())
    };
    let results: Vec<Result<Article, CorpusError>> = paths.par_iter().map(|p| corpus::read_article(corpus_dir, p)).collect();
    let mut articles = Vec::new();
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => problems.push(e),
        }
    }
    articles.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((articles, problems))
}

/// Extract every article in parallel, keeping their order; `done` is called after each
/// article (a progress bar ticks there).
pub fn extract_all(articles: Vec<Article>, ctx: &Context, manifest: &Manifest, done: &(dyn Fn() + Sync)) -> Vec<ArticleExtraction> {
    articles
        .into_par_iter()
        .map(|a| {
            let entry = manifest.get(&a.name);
            let x = extract_article(a, ctx, entry);
            done();
            x
        })
        .collect()
}

/// The corpus-level step: per-article merges, publication dates borrowed across articles, and
/// the cross-article merge.
///
/// An article with no date of its own ("وقع المغرب وإسرائيل، أمس، اتفاقاً") takes one from an
/// event another article dates: each of its events dated relative to the publication day
/// ("أمس" = one day before) that is identified with such an event (same family, compatible,
/// a shared person) votes for a publication day; the day with most votes becomes its anchor
/// (basis `inferred`), and its dates are resolved again. Ties leave it unknown.
pub fn build_events_of_corpus(extractions: &mut [ArticleExtraction], ctx: &Context) -> Vec<Event> {
    let per_article = |x: &ArticleExtraction| merge_article(resolve_mentions(x, ctx));
    let mut article_events: Vec<Vec<Event>> = extractions.par_iter().map(per_article).collect();
    let unanchored: Vec<usize> = (0..extractions.len()).filter(|&i| !extractions[i].dates.anchor.is_known()).collect();
    if !unanchored.is_empty() {
        let known: Vec<Event> = merge_corpus(
            (0..extractions.len()).filter(|i| !unanchored.contains(i)).flat_map(|i| article_events[i].clone()).collect(),
        );
        for &i in &unanchored {
            if let Some(anchor) = borrow_anchor(&extractions[i], &known, ctx) {
                extractions[i].dates.reanchor(anchor);
                article_events[i] = per_article(&extractions[i]);
            }
        }
    }
    merge_corpus(article_events.into_iter().flatten().collect())
}

/// The publication day that the events of `x` dated relative to it imply, when other articles
/// date those events.
fn borrow_anchor(x: &ArticleExtraction, known: &[Event], ctx: &Context) -> Option<Anchor> {
    let mut votes: std::collections::BTreeMap<chrono::NaiveDate, usize> = std::collections::BTreeMap::new();
    for m in &x.events {
        let Some(link) = m.date else { continue };
        let ExprKind::Relative { days, .. } = x.dates.mentions[link.date].expr.kind else { continue };
        let mention = Event::new(resolve_mention(x, m, ctx));
        let implied: std::collections::BTreeSet<chrono::NaiveDate> = known
            .iter()
            .filter(|e| identifies(&mention, e))
            .filter_map(|e| e.date.and_then(|d| d.as_day()))
            .map(|day| day - chrono::Duration::days(days as i64))
            .collect();
        for day in implied {
            *votes.entry(day).or_default() += 1;
        }
    }
    let best = votes.values().copied().max()?;
    let mut winners = votes.iter().filter(|(_, n)| **n == best);
    let (day, _) = winners.next()?;
    winners.next().is_none().then(|| Anchor::inferred(DateValue::day(*day)))
}
