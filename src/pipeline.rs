//! The corpus: every article read and extracted in parallel (the per-article map is
//! [`crate::extraction`]), then the corpus-level step: publication dates borrowed across
//! articles and the cross-article merge.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::corpus::{self, Article, CorpusError, Manifest};
use crate::dates::anchor::{BorrowClue, publication_weekday};
use crate::dates::{Anchor, DateValue, Inference};
use crate::events::resolve::{resolve_mention, resolve_mentions};
use crate::merge::{Event, identifies, merge_article, merge_corpus};
use crate::events::EventType;
use crate::idset::{Id, IdSet};
pub use crate::extraction::{ArticleExtraction, Context, Shares, extract_article};
use crate::text::lang::Lang;

/// Read every article under `corpus_dir` (or the listed files) in parallel. Articles come back
/// sorted by name; files that could not be read or decoded come back as errors.
pub fn read_corpus(corpus_dir: &Path, files: &[std::path::PathBuf]) -> Result<(Vec<Article>, Vec<CorpusError>), CorpusError> {
    let (paths, mut problems) = if files.is_empty() {
        corpus::list_articles(corpus_dir)?
    } else {
        (files.to_vec(), Vec::new())
    };
    let results: Vec<Result<Article, CorpusError>> = paths.par_iter().map(|p| corpus::read_article(corpus_dir, p)).collect();
    let articles = successes_by_name(results, &mut problems, |a| &a.name);
    Ok((articles, problems))
}

/// The successes of a parallel map over files, sorted by article name; the failures are added
/// to `problems` in file order.
fn successes_by_name<T>(results: Vec<Result<T, CorpusError>>, problems: &mut Vec<CorpusError>, name: impl Fn(&T) -> &str) -> Vec<T> {
    let mut ok = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => ok.push(a),
            Err(e) => problems.push(e),
        }
    }
    ok.sort_by(|a, b| name(a).cmp(name(b)));
    ok
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

/// What the corpus step keeps of one article once its text is dropped: memory then grows with
/// the events, not with the corpus.
#[derive(Debug, Clone)]
pub struct ArticleEvents {
    /// Article name.
    pub name: String,
    /// Where it was read from: an article that borrows an anchor is read again.
    pub path: PathBuf,
    /// Its events, merged within the article, dated against its own anchor.
    pub events: Vec<Event>,
    /// For an article without a publication day, what borrowing one needs: its event
    /// mentions dated relative to the publication day (see [`Relative`]).
    pub relative: Option<Vec<Relative>>,
    /// What the article knows of its publication date (a month, a year, or nothing): a
    /// borrowed day must fall within it.
    pub anchor: Anchor,
    /// The article took longer than the time limit and was read only in part.
    pub cut_short: bool,
    /// Its language (see [`ArticleExtraction::lang`]).
    pub lang: Lang,
}

/// Reduce one extraction to what the corpus step needs (see [`ArticleEvents`]).
pub fn article_events(x: &ArticleExtraction, path: PathBuf, ctx: &Context) -> ArticleEvents {
    ArticleEvents {
        name: x.doc.article.name.clone(),
        path,
        events: merge_article(resolve_mentions(x, ctx)),
        relative: needs_day(&x.dates.anchor).then(|| relative_mentions(x, ctx)),
        anchor: x.dates.anchor,
        cut_short: x.cut_short,
        lang: x.lang,
    }
}

/// Read, extract and reduce every article under `corpus_dir` in parallel, one article at a
/// time per thread, so that no more than a few texts are in memory at once. The result is in
/// article-name order; unreadable files come back as errors.
pub fn extract_corpus_events(
    corpus_dir: &Path,
    paths: Vec<PathBuf>,
    ctx: &Context,
    manifest: &Manifest,
    done: &(dyn Fn() + Sync),
) -> (Vec<ArticleEvents>, Vec<CorpusError>) {
    let mut problems = Vec::new();
    let results: Vec<Result<ArticleEvents, CorpusError>> = paths
        .into_par_iter()
        .map(|p| {
            let article = corpus::read_article(corpus_dir, &p);
            let result = article.map(|article| {
                let entry = manifest.get(&article.name);
                article_events(&extract_article(article, ctx, entry), p, ctx)
            });
            done();
            result
        })
        .collect();
    let articles = successes_by_name(results, &mut problems, |a| &a.name);
    (articles, problems)
}

/// The corpus-level step over reduced articles: the same as [`build_events_of_corpus`], where
/// an article that borrows an anchor is read and extracted again (extraction is a pure
/// function, so this gives what keeping it would have given).
pub fn merge_corpus_events(articles: Vec<ArticleEvents>, ctx: &Context, manifest: &Manifest, corpus_dir: &Path) -> Vec<Event> {
    let mut article_events: Vec<Vec<Event>> = Vec::with_capacity(articles.len());
    let mut unanchored: Vec<(usize, PathBuf, Vec<Relative>, Anchor)> = Vec::new();
    for a in articles {
        if let Some(relative) = a.relative {
            unanchored.push((article_events.len(), a.path, relative, a.anchor));
        }
        article_events.push(a.events);
    }
    // Rounds of borrowing: an article dated by a borrowed anchor may date another's event.
    for _ in 0..crate::dates::anchor::BORROW_ROUNDS {
        if unanchored.is_empty() {
            break;
        }
        let unanchored_at: std::collections::HashSet<usize> = unanchored.iter().map(|u| u.0).collect();
        let known = KnownEvents::new(article_events.iter().enumerate().filter(|(i, _)| !unanchored_at.contains(i)).flat_map(|(_, es)| es.iter()));
        let redone: Vec<(usize, Option<Vec<Event>>)> = unanchored
            .par_iter()
            .map(|(i, path, relative, own)| {
                let events = borrow_anchor(relative, &known, own).and_then(|anchor| {
                    let article = corpus::read_article(corpus_dir, path).ok()?;
                    let entry = manifest.get(&article.name);
                    let mut x = extract_article(article, ctx, entry);
                    x.dates.reanchor(anchor);
                    Some(merge_article(resolve_mentions(&x, ctx)))
                });
                (*i, events)
            })
            .collect();
        drop(known);
        let before = unanchored.len();
        for (i, events) in redone {
            if let Some(events) = events {
                article_events[i] = events;
                unanchored.retain(|u| u.0 != i);
            }
        }
        if unanchored.len() == before {
            break;
        }
    }
    merge_corpus(article_events)
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
    let mut unanchored: Vec<usize> = (0..extractions.len()).filter(|&i| needs_day(&extractions[i].dates.anchor)).collect();
    // Rounds of borrowing: an article dated by a borrowed anchor may date another's event.
    for _ in 0..crate::dates::anchor::BORROW_ROUNDS {
        if unanchored.is_empty() {
            break;
        }
        let unanchored_at: std::collections::HashSet<usize> = unanchored.iter().copied().collect();
        let anchors: Vec<(usize, Anchor)> = {
            let known = KnownEvents::new((0..extractions.len()).filter(|i| !unanchored_at.contains(i)).flat_map(|i| article_events[i].iter()));
            unanchored
                .iter()
                .filter_map(|&i| borrow_anchor(&relative_mentions(&extractions[i], ctx), &known, &extractions[i].dates.anchor).map(|a| (i, a)))
                .collect()
        };
        if anchors.is_empty() {
            break;
        }
        for (i, anchor) in anchors {
            extractions[i].dates.reanchor(anchor);
            article_events[i] = per_article(&extractions[i]);
            unanchored.retain(|&u| u != i);
        }
    }
    merge_corpus(article_events)
}

/// Events that other articles date to a day, indexed by type family and person: an event can
/// only be identified with one of its family that shares a person.
/// They are the articles' own events, merged within each article but not across articles: an
/// event another article dates is identified with any of its reports, and merging them first
/// would cost a second corpus-wide merge.
///
/// Reports of one event are many in a large archive, and whether an undated mention is
/// identified with an event depends only on the event's family, people, topics and
/// organisations (see `merge::identifies`); events alike in those are kept as one group with
/// all their days, compared once.
struct KnownEvents<'a> {
    groups: Vec<KnownGroup<'a>>,
    by_person: HashMap<(EventType, Id), Vec<usize>>,
}

/// Day-dated events alike in family, people, topics and organisations.
struct KnownGroup<'a> {
    events: Vec<&'a Event>,
    /// Their days, sorted, without repeats.
    days: Vec<chrono::NaiveDate>,
}

impl<'a> KnownEvents<'a> {
    fn new(events: impl IntoIterator<Item = &'a Event>) -> KnownEvents<'a> {
        type Likeness<'e> = (EventType, &'e IdSet<Id>, &'e IdSet<Id>, &'e IdSet<Id>);
        let mut group_of: HashMap<Likeness<'a>, usize> = HashMap::new();
        let mut groups: Vec<KnownGroup<'a>> = Vec::new();
        for e in events {
            let Some(day) = e.date.and_then(|d| d.as_day()) else { continue };
            if e.people.is_empty() {
                continue;
            }
            let g = *group_of.entry((e.event_type.family(), &e.people, &e.topics, &e.organisations)).or_insert_with(|| {
                groups.push(KnownGroup { events: Vec::new(), days: Vec::new() });
                groups.len() - 1
            });
            groups[g].events.push(e);
            groups[g].days.push(day);
        }
        let mut by_person: HashMap<(EventType, Id), Vec<usize>> = HashMap::new();
        for (g, group) in groups.iter_mut().enumerate() {
            group.days.sort_unstable();
            group.days.dedup();
            let e = group.events[0];
            for p in &e.people {
                by_person.entry((e.event_type.family(), p.clone())).or_default().push(g);
            }
        }
        KnownEvents { groups, by_person }
    }
}

/// An event mention dated relative to the publication day ("أمس", "اليوم الخميس", "الجمعة",
/// "الأسبوع الماضي").
#[derive(Debug, Clone)]
pub struct Relative {
    /// What its date says of the publication day once another article dates the event.
    clue: BorrowClue,
    /// The mention, resolved against what the article knows of its date.
    event: Event,
}

/// Whether an article's publication day is still to be found: it has no anchor, or one coarser
/// than a day (a month the text calls current, a month-only manifest row), which a day borrowed
/// from another article refines.
fn needs_day(anchor: &Anchor) -> bool {
    anchor.date.is_none_or(|d| d.as_day().is_none())
}

/// The event mentions of `x` dated relative to its publication day (see
/// [`BorrowClue`]). A mention that names no weekday takes the one the article's other relative
/// days imply ("اليوم الأربعاء" elsewhere makes its "أمس" a Tuesday).
fn relative_mentions(x: &ArticleExtraction, ctx: &Context) -> Vec<Relative> {
    let published_on = publication_weekday(&x.dates.mentions);
    x.events
        .iter()
        .filter_map(|m| {
            let link = m.date?;
            let clue = BorrowClue::of(&x.dates.mentions[link.date].expr, published_on)?;
            Some(Relative { clue, event: Event::new(resolve_mention(x, m, ctx)) })
        })
        .collect()
}

/// The publication day that the events dated relative to it imply, when other articles date
/// those events. A day must fit what the article knows (`own`: its month, say), and the
/// weekday the article names for the event ("اليوم الخميس") must be that of the other
/// article's day.
fn borrow_anchor(relative: &[Relative], known: &KnownEvents<'_>, own: &Anchor) -> Option<Anchor> {
    let mut votes: std::collections::BTreeMap<chrono::NaiveDate, usize> = std::collections::BTreeMap::new();
    for Relative { clue, event: mention } in relative {
        let published = |event_day: chrono::NaiveDate| clue.publication_day(event_day).filter(|&day| own.admits_day(day));
        let family = mention.event_type.family();
        let lists: Vec<&[usize]> = mention.people.iter().map(|p| known.by_person.get(&(family, p.clone())).map_or(&[][..], Vec::as_slice)).collect();
        let candidates: Vec<usize> = if mention.date.is_none() && matches!(family, EventType::Meeting | EventType::Call) {
            // An undated meeting is identified across articles only with one that has all its
            // people (see `merge::fit`): those are in every person's list, so in the shortest.
            lists.iter().min_by_key(|l| l.len()).map(|l| l.to_vec()).unwrap_or_default()
        } else {
            let mut all: Vec<usize> = lists.concat();
            all.sort_unstable();
            all.dedup();
            all
        };
        let mut implied: std::collections::BTreeSet<chrono::NaiveDate> = std::collections::BTreeSet::new();
        for group in candidates.into_iter().map(|g| &known.groups[g]) {
            if mention.date.is_none() {
                // Undated (the usual case, the article's own date being unknown): one
                // comparison answers for the whole group.
                if identifies(mention, group.events[0]) {
                    implied.extend(group.days.iter().filter_map(|&day| published(day)));
                }
                continue;
            }
            // Each event is compared only when its day is not implied yet.
            for e in &group.events {
                let Some(day) = e.date.and_then(|d| d.as_day()).and_then(published) else { continue };
                if !implied.contains(&day) && identifies(mention, e) {
                    implied.insert(day);
                }
            }
        }
        for day in implied {
            *votes.entry(day).or_default() += 1;
        }
    }
    let best = votes.values().copied().max()?;
    let mut winners = votes.iter().filter(|(_, n)| **n == best);
    let (day, _) = winners.next()?;
    winners.next().is_none().then(|| Anchor::inferred(DateValue::day(*day), Inference::Borrowed))
}
