//! Reading one sentence: the best expression at each token left to right, each with the tense
//! of its clause, whether it stands in a relative clause after a main-clause date (an aside),
//! and the year that frames the year-less days after it. The scanning of the grammar's rules
//! lives in the parent module and in [`super::rules`]; this is what a sentence makes of them.

use std::ops::Range;

use super::{Cand, Parser, latin};
use crate::dates::lexicon::{PluperfectWord, Word};
use crate::dates::value::{Calendar, DateExpr, ExprKind, Tense, Unit};
use crate::text::normalize::is_word_char;

/// The most words before a year in its clause for the year to open the clause and frame the
/// sentence after it ("وخلال هذا العام،", "Au cours de l'année 2021,").
const FRAME_OPENS_CLAUSE_WORDS: usize = 4;

/// The most words after a year in its clause for the year to stand apart and frame the sentence
/// after it ("In 2021 alone, …"): a clause that goes on into its own predicate keeps the year.
const FRAME_SET_OFF_WORDS_AFTER: usize = 1;

impl Parser<'_> {
    /// The expressions of one sentence left to right, each with its tense read in the sentence:
    /// at each token the best reading that starts there, a phrase that holds no date ("في
    /// الوقت الحالي") passed over whole. The one reading of a sentence for articles and phrases.
    /// With them, whether each is an aside ([`DateMention::aside`]: in a relative clause,
    /// after a date that is in none) and whether it is in a relative clause at all
    /// ([`DateMention::relative`]).
    pub(super) fn sentence_expressions(&self, sentence: &crate::text::segment::Sentence) -> (Vec<(Range<usize>, DateExpr, &'static str)>, Vec<(bool, bool)>) {
        let toks = self.toks;
        let mut out = Vec::new();
        let mut relative = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(e) = self.is(i, |w| w == Word::NotDate) {
                i = e;
                continue;
            }
            // «شارع 16 نونبر», « avenue du 2 Mars »: a day right after a street's word is its name.
            if let Some(e) = self.is(i, |w| w == Word::StreetName) {
                i = self.best_at(e).map_or(e, |c| c.end);
                continue;
            }
            match self.best_at(i).map(|c| self.weekday_after(self.exact_count(self.ago_to_the_day(self.outreached(c))))) {
                Some(c) => {
                    let tense = self.tense_of(sentence, &c);
                    // "in two weeks" in a past clause is how long something took, not a day ahead.
                    if c.rule == latin::COUNTED_AHEAD && tense == Some(Tense::Past) {
                        i = c.end;
                        continue;
                    }
                    out.push((toks[c.start].start..toks[c.end - 1].end, DateExpr { kind: c.kind, part: c.part, tense, shift: super::ago_to_the_day::shift_of(c.rule) + super::feast_eve::shift_of(c.rule) }, c.rule));
                    relative.push(self.in_relative_clause(sentence, c.start));
                    i = c.end;
                }
                None => i = self.this_day_without_its_year(i).unwrap_or(i + 1),
            }
        }
        // Each expression's clause, and whether it opens it (at most a few words before it in
        // the clause: "وخلال هذا العام،", "En 2021,", "Last year,"): a year that opens its clause
        // frames the sentence after it, one told inside another clause frames only that one.
        let scope: Vec<(Option<usize>, bool)> = out
            .iter()
            .map(|(r, ..)| {
                let clause = sentence.clause_at(r.start);
                let (from, to) = clause.map_or((sentence.range.start, sentence.range.end), |c| (sentence.clauses[c].start, sentence.clauses[c].end));
                // Tokens are in text order: those between are a slice.
                let (first, at, after, last) = (
                    toks.partition_point(|t| t.start < from),
                    toks.partition_point(|t| t.end <= r.start),
                    toks.partition_point(|t| t.start < r.end),
                    toks.partition_point(|t| t.start < to),
                );
                // The year stands apart ("In 2021, …", "هذا العام، …") when its clause goes on
                // by at most a word after it ("In 2021 alone, …"); one that goes on into its own
                // predicate ("In 2020 the two countries restored ties; in March, …") is that
                // clause's detail.
                let words_after = toks[after.min(last)..last].iter().filter(|t| t.text.chars().next().is_some_and(is_word_char)).count();
                (clause, at.saturating_sub(first) <= FRAME_OPENS_CLAUSE_WORDS && words_after <= FRAME_SET_OFF_WORDS_AFTER)
            })
            .collect();
        framed_by_year(&mut out, &scope);
        // «بعد ساعات من هبوط الطائرة … وقّع … أمس»: a span counted from an event gives way to
        // the sentence's own date, which tells the act (it would stand nearer the verb).
        let own_date = out.iter().any(|(_, e, _)| !matches!(e.kind, ExprKind::Same { .. }));
        // « C'est arrivé un 22 juillet »: a day and month after an indefinite article, with no
        // year told or framing it, is that day of a year the page does not say (a history
        // column's), no date; the anchor's nearest 22 July would be a guess.
        let some_year = |r: &Range<usize>, e: &DateExpr| {
            let at = toks.partition_point(|t| t.start < r.start);
            matches!(e.kind, ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), year: None, year_offset: None, .. })) && at > 0 && self.is(at - 1, |w| w == Word::Indefinite).is_some()
        };
        let keep: Vec<bool> = out.iter().map(|(r, e, rule)| !some_year(r, e) && !(own_date && *rule == super::relative::SAME_DAY_AFTER_EVENT)).collect();
        if keep.contains(&false) {
            let mut kept = keep.iter();
            out.retain(|_| *kept.next().unwrap());
            let mut kept = keep.iter();
            relative.retain(|_| *kept.next().unwrap());
        }
        // An aside: in a relative or participle clause, beside a date of the main clause, told
        // before it ("a signé le 11 août un accord avec X, qui avait visité Rabat le 5 août") or
        // after it (« Gantz, arrivé mardi soir à Rabat, a signé la veille »: the day before is
        // counted from the story's day, not from the arrival told on the subject).
        //
        // Not so the day of a participle clause that opens the sentence (« Arrivés dimanche, les
        // ministres avaient dîné ensemble dans la soirée »), beside a main-clause date that has
        // no day of its own (« dans la soirée », « le lendemain »: [`ExprKind::Same`]): the
        // opening clause sets the scene the main clause goes on in, and the evening is Sunday's.
        //
        // Nor the day of a relative clause before a main-clause date that is that very day
        // ("Lapid, who arrived on Wednesday, signed three agreements that day", « qui est arrivé
        // mardi, … ce jour-là », «الذي وصل الثلاثاء، … في ذلك اليوم»): "that day" points back to
        // the nearest day told, and the main clause has no other. Only a demonstrative points
        // back so (lexicon value `that`): "later in the day", "the same day" are the story's
        // day ("Gantz, who landed on Tuesday night, met Bourita later in the day": Wednesday's).
        let opening = self.participle_opens(sentence);
        let no_day_of_its_own = |i: usize| matches!(out[i].1.kind, ExprKind::Same { unit: None, .. });
        let that_very_day_after = |i: usize, j: usize| out[i].2 == super::relative::SAME_DAY_THAT && out[i].0.start >= out[j].0.end;
        let aside = (0..relative.len())
            .map(|j| {
                let frames = opening.is_some_and(|end| out[j].0.end <= end);
                let aside = relative[j] && relative.iter().enumerate().any(|(i, &r)| i != j && !r && !(frames && no_day_of_its_own(i)) && !that_very_day_after(i, j));
                (aside, relative[j])
            })
            .collect();
        (out, aside)
    }

    /// Where a phrase of the anchor's day in another year ends when it stands at `i` without
    /// its year (`this_day` rows: «في مثل هذا اليوم: الحسن الثاني يستقبل بيريز», a history
    /// column's heading; "On this day:"), so that nothing inside it is read: «هذا اليوم» there is
    /// this day of a year the page tells after it, or of none, not the day of writing. One
    /// before an anniversary's count («في مثل هذا اليوم عام على توقيع») is read as it was.
    fn this_day_without_its_year(&self, i: usize) -> Option<usize> {
        let end = self.is(i, |w| matches!(w, Word::ThisDay(_)))?;
        self.is(end, |w| matches!(w, Word::Anniversary(_))).is_none().then_some(end)
    }

    /// Whether a relative pronoun (`subordinator` rows of value `relative`: الذي، التي, who,
    /// which, qui) or a participle that opens a clause on a noun (`participle` rows: « une
    /// visite entamée mercredi », "a visit that began Wednesday", «زيارة بدأها الأربعاء»; not
    /// right after an `auxiliary`: « a été entamée ») stands before token `at` in its clause.
    fn in_relative_clause(&self, s: &crate::text::segment::Sentence, at: usize) -> bool {
        let pos = self.toks[at].start;
        let from = s.clauses.iter().find(|c| c.start <= pos && pos < c.end).map_or(s.range.start, |c| c.start);
        let has = |k: usize, kind: fn(Word) -> bool| self.toks[k].matches.iter().any(|&(e, _)| kind(self.lex.entry(e as usize).word));
        (0..at).rev().take_while(|&k| self.toks[k].start >= from).any(|k| {
            has(k, |w| matches!(w, Word::Subordinator { relative: true }))
                || has(k, |w| w == Word::Participle) && !(k > 0 && has(k - 1, |w| w == Word::Auxiliary))
        })
    }

    /// Where the sentence's first clause ends when a participle opens it (`participle` rows: «
    /// Arrivés dimanche, … », « Arrivée mardi soir à Rabat, … »), its first word or after one
    /// word (« Une fois arrivés … »); `None` otherwise.
    fn participle_opens(&self, s: &crate::text::segment::Sentence) -> Option<usize> {
        let first = s.clauses.first()?;
        let at = self.toks.partition_point(|t| t.start < first.start);
        (at..at + 2).take_while(|&k| k < self.toks.len() && self.toks[k].start < first.end).any(|k| self.is(k, |w| w == Word::Participle).is_some()).then_some(first.end)
    }

    /// The reading to keep where `c` was found: `c`, unless a date with its day and month
    /// that starts on one of its later tokens reaches further ("يوم 12.08.2021" is not "يوم
    /// 12", "يوم الخميس فاتح يوليوز 2021" not "يوم الخميس"): the words before it then only
    /// introduced it. A reading without its month ("الثلاثاء، أول" after "اليوم الثلاثاء")
    /// takes nothing from the one it overlaps.
    fn outreached(&self, c: Cand) -> Cand {
        let dated = |o: &Cand| matches!(o.kind, ExprKind::Calendar(Calendar { day: Some(_), month: Some(_), .. }));
        (c.start + 1..c.end).filter_map(|j| self.best_at(j)).filter(|o| o.end > c.end && dated(o)).max_by_key(|o| o.end).unwrap_or(c)
    }

    /// Whether the date at byte `pos` is told in a recall in the pluperfect (words of kind
    /// `pluperfect`): an auxiliary that tells it alone stands before it in its sentence, or an
    /// auxiliary that tells it with its particle and that particle after it («وكان لبيد قد وصل
    /// أمس الأربعاء», «التي كانت قد وقعت في نونبر»). A recall's day is not the story's: a bare
    /// part of the day told after it counts from the story's day (see [`super::DateMention::flashback`]).
    pub(super) fn in_pluperfect(&self, pos: usize) -> bool {
        let before = self.toks.partition_point(|t| t.start < pos);
        let mut auxiliary_waiting = false;
        for i in 0..before {
            match self.word(i, |w| matches!(w, Word::Pluperfect(_))) {
                Some((Word::Pluperfect(PluperfectWord::Auxiliary), _)) => return true,
                Some((Word::Pluperfect(PluperfectWord::AuxiliaryWithParticle), _)) => auxiliary_waiting = true,
                Some((Word::Pluperfect(PluperfectWord::Particle), _)) if auxiliary_waiting => return true,
                _ => {}
            }
        }
        false
    }
}

/// A day and month without a year told after a year in its sentence ("هذا العام، وصل السفير
/// في 26 يناير", "last year, the envoy arrived on 3 March", "en 2021, … le 26 janvier") is a
/// day of that year, and one told after a span of the past ("خلال الأسابيع الثلاثة الماضية …
/// في 3 مارس") lies in the past: a recap frames the days it lists. A date told in the future
/// keeps its own reading ("this year … will open on 3 March" written in December is next year's
/// only if the writer says so with a year).
///
/// A year frames the rest of the sentence only when it opens its clause (`scope`: each
/// expression's clause and whether it opens it); told inside a clause of its own ("trade of
/// $130 million in 2021, but the accord signed in February is to lift it"), it is that clause's
/// detail and frames no date of another.
fn framed_by_year(out: &mut [(Range<usize>, DateExpr, &'static str)], scope: &[(Option<usize>, bool)]) {
    #[derive(Clone, Copy)]
    enum Frame {
        Year(i32),
        YearOffset(i32),
        Past,
    }
    let yearless = |c: &Calendar| !c.hijri && c.month.is_some() && c.year.is_none() && c.year_offset.is_none() && c.month_offset.is_none();
    // The frame, and the clause it is confined to (None: it opens its clause).
    let mut frame: Option<(Frame, Option<Option<usize>>)> = None;
    for ((_, expr, _), &(clause, opens)) in out.iter_mut().zip(scope) {
        let confined = (!opens).then_some(clause);
        match &mut expr.kind {
            ExprKind::Period { unit: Unit::Year, offset } => frame = Some((Frame::YearOffset(*offset), confined)),
            ExprKind::Calendar(Calendar { year: Some(y), month: None, hijri: false, .. }) => frame = Some((Frame::Year(*y), confined)),
            ExprKind::Span { to, .. } if *to < 0 => frame = Some((Frame::Past, confined)),
            ExprKind::Calendar(c) | ExprKind::Range(_, c) if yearless(c) && expr.tense != Some(Tense::Future) => match frame.filter(|f| f.1.is_none_or(|own| own == clause)).map(|f| f.0) {
                Some(Frame::Year(y)) => c.year = Some(y),
                Some(Frame::YearOffset(o)) => c.year_offset = Some(o),
                Some(Frame::Past) => expr.tense = Some(Tense::Past),
                None => {}
            },
            _ => {}
        }
    }
}
