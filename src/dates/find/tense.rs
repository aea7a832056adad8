//! The tense of the clause around a date expression: future markers (سوف، من المقرر، سـ + verb,
//! announcing verbs), past verbs of news writing, and منذ. A year-less date takes its year from
//! it (docs/dates.md, "A date without a year").

use super::{Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Tense};
use crate::text::lang::Lang;
use crate::text::normalize::is_word_char;

impl Parser<'_> {
    /// The tense around the expression starting at token `at`: future when its clause, or the
    /// sentence before it, holds a future marker (سوف، من المقرر، سـ + verb, an announcing verb).
    pub(super) fn tense(&self, s: &crate::text::segment::Sentence, at: usize, end: usize) -> Option<Tense> {
        let pos = self.toks[at].start;
        let c = s.clauses.iter().position(|c| c.start <= pos && pos < c.end.max(c.start + 1));
        // Before the expression: its clause, and the one before when the expression opens its
        // clause ("ومن المقرر أن يزور، الخميس، الرباط"); after it: its clause up to a subordinate clause, whose verb is not the
        // expression's ("أعلن الخميس أنه سيزور الرباط" is a past Thursday).
        let from = match c {
            None => s.range.start,
            // The clause before counts only when the expression opens its own clause.
            Some(c) if self.toks[at].start == s.clauses[c].start => s.clauses[c.saturating_sub(1)].start,
            Some(c) => s.clauses[c].start,
        };
        let to = match c {
            None => s.range.end,
            // And the clause after, when it closes its clause ("الخميس، سيتوجه الوزير").
            Some(c)
                if self.toks.get(end).is_none_or(|t| {
                    t.start >= s.clauses[c].end || t.end == s.clauses[c].end && !is_word_char(t.text.chars().next().unwrap_or(' '))
                }) =>
            {
                // A Latin-script date that opens its sentence ("Mercredi, en marge d'un forum à
                // Casablanca, le ministre doit …") is the main verb's, however many phrases
                // are inserted before it: the rest of the sentence, up to a subordinate clause.
                let latin = self.toks[at].text.chars().next().is_some_and(|ch| ch.is_ascii_alphabetic() || matches!(ch, 'À'..='ÿ'));
                if latin && c == 0 { s.range.end } else { s.clauses.get(c + 1).map_or(s.clauses[c].end, |n| n.end) }
            }
            Some(c) => s.clauses[c].end,
        };
        let before = (0..at).rev().take_while(|&k| self.toks[k].start >= from);
        let after = (end..self.toks.len()).take_while(|&k| self.toks[k].end <= to && !self.is_subordinator(k));
        // منذ ديسمبر, since December, depuis (le 10) décembre: "since" points back.
        if self.right_after_since(at) {
            return Some(Tense::Past);
        }
        // The target of a postponement ("أرجأ الوزير زيارته إلى مارس", "postponed the talks
        // until March"): the planned date, ahead whatever the past verb.
        if self.put_off_target(at) {
            return Some(Tense::Future);
        }
        // The start of a period ("à partir du 26 décembre", "starting July 25"): no tense, the
        // nearest such day (a start announced for the coming days, or one of the days just past).
        if self.right_after_start(at) {
            return None;
        }
        let window: Vec<usize> = before.chain(after).collect();
        // A participle or verb opening a clause on the noun before it (`participle` rows: «زيارة
        // بدأها الاثنين», « une visite entamée lundi », "a visit that began Monday") tells a
        // past start, as a past verb does.
        let is_past = |k: usize| {
            self.toks[k].matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::PastVerb | Word::Participle)) || past_plural(self.toks[k].text)
        };
        // A past verb before the expression outweighs a future word after it, in the clause
        // after its own ("Sa'ar, who arrived in Morocco late Monday, is expected to meet …") or
        // in its own, joined by "and" ("a reçu jeudi son homologue et les deux doivent
        // signer", "وقع البلدان الخميس اتفاقا سيمكن من"): the verb that tells the weekday
        // comes before it. Of the cues before it, the nearest tells: a future word nearer than
        // the past verb does not yield ("أعلن أنه سيزور الرباط الخميس"), one farther does
        // ("would neither confirm nor deny that X met Y on Friday" is a past Friday).
        // A participle right after a future auxiliary is that future ("will be signed", « sera
        // reçue »).
        let nearest_before = window.iter().copied().filter(|&k| k < at).find(|&k| self.is_future_word(k) || is_past(k));
        let future_participle = |k: usize| (k.saturating_sub(2)..k).any(|j| self.is_future_word(j));
        if nearest_before.is_some_and(|k| !self.is_future_word(k) && !future_participle(k)) {
            return Some(Tense::Past);
        }
        if window.iter().any(|&k| self.is_future_word(k)) {
            return Some(Tense::Future);
        }
        if window.iter().any(|&k| is_past(k)) {
            return Some(Tense::Past);
        }
        self.tense_before_clause(s, at)
    }

    /// The tense told earlier in the sentence, when the expression's own clause shows none: a
    /// date in a clause inserted after the verb ("بدأت بوصول رئيس المكتب، فلان، إلى الرباط في
    /// 26 يناير", "the envoy, X, on 3 March") or in a clause of time ("حطت الطائرة في 25
    /// يوليوز، قبل أن يحل الوزير يومي 11 و12 غشت") is the main verb's. The nearest cue before
    /// the clause tells it when it is a past verb; a future word stops the search unread, as it
    /// may be another clause's plan ("قال إن بلاده ستواصل دعمها، وأضاف الاثنين": the nearest
    /// Monday), and so does a subordinator other than one of time, as reported speech keeps its
    /// own time ("قال، في تصريح، إن الوفد في الرباط في 26 يناير").
    ///
    /// A date right after "to" or "until" (إلى، حتى، until, jusqu'au) is an end the main verb
    /// moves to ("تأجلت الزيارة، التي كانت مقررة يوم 30 نونبر، إلى 6 دجنبر"), not its day, and
    /// a past verb inside an inserted relative clause ("التي كانت مقررة") is not the main verb.
    fn tense_before_clause(&self, s: &crate::text::segment::Sentence, at: usize) -> Option<Tense> {
        if self.after_an_end_word(at) {
            return None;
        }
        let clause_start = |k: usize| s.clauses.iter().find(|c| c.start <= self.toks[k].start && self.toks[k].start < c.end).map_or(s.range.start, |c| c.start);
        // The tokens of its own clause hold no cue (the caller read them): walking back over
        // them finds the subordinator that opens it, if any.
        for k in (0..at).rev() {
            if self.is_subordinator(k) && !self.ends_a_clause_of_time(k) {
                return None;
            }
            if self.is_future_word(k) {
                return None;
            }
            let past = self.toks[k].matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::PastVerb) || past_plural(self.toks[k].text);
            let in_relative_clause = || (0..k).rev().take_while(|&j| self.toks[j].start >= clause_start(k)).any(|j| self.is_subordinator(j) && !self.ends_a_clause_of_time(j));
            if past && !in_relative_clause() {
                return Some(Tense::Past);
            }
        }
        None
    }

    /// Whether the expression at token `at` is where something was put off to: an end word
    /// right before it ([`Parser::after_an_end_word`]) and a `put_off` word before that in its
    /// clause, a few words back ("تأجيل الاجتماع إلى", "postponed the visit to", « a reporté
    /// sa visite jusqu'au »).
    pub(super) fn put_off_target(&self, at: usize) -> bool {
        let Some(end_word) = self.put_off_end_before(at) else { return false };
        (end_word.saturating_sub(PUT_OFF_REACH_TOKENS)..end_word)
            .rev()
            .take_while(|&k| self.toks[k].text.chars().next().is_some_and(is_word_char))
            .any(|k| self.toks[k].matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::PutOff))
    }

    /// The first token of a word of a range's end ending right before token `at`, if any: the
    /// longest (« jusqu'au », not its last token « au », so that the words before it are read
    /// from its start: « a repoussé sa visite jusqu'au 5 mars » is put off).
    fn end_word_before(&self, at: usize) -> Option<usize> {
        self.word_ending_at(at, |w| matches!(w, Word::RangeTo { conjunction: false }))
    }

    /// The first token of the longest word of `kind` (up to [`MAX_END_WORD_TOKENS`] tokens)
    /// that ends right before token `at`, if any.
    fn word_ending_at(&self, at: usize, kind: impl Fn(Word) -> bool + Copy) -> Option<usize> {
        (1..=at.min(MAX_END_WORD_TOKENS)).rev().map(|n| at - n).find(|&k| self.is(k, kind) == Some(at))
    }

    /// [`Self::end_word_before`], or a word that ends only a put-off phrase (`put_off_to`: « à »).
    fn put_off_end_before(&self, at: usize) -> Option<usize> {
        self.end_word_before(at).or_else(|| (at > 0 && self.is(at - 1, |w| w == Word::PutOffTo) == Some(at)).then(|| at - 1))
    }

    /// The tense of the expression `c`: [`Self::tense`] of its clause, except that a bare
    /// weekday right after a word of a period's start ("starting Thursday", « à compter de
    /// jeudi », «ابتداء من يوم الخميس») is ahead, today's or the coming one, whatever the verb:
    /// measures or flights announced from a weekday on begin then ("a annoncé mardi des vols à
    /// partir de jeudi"), where a date with its month is the nearest such day (a start just
    /// past stays past).
    pub(super) fn tense_of(&self, s: &crate::text::segment::Sentence, c: &super::Cand) -> Option<Tense> {
        // The start word may take the day's word with it («ابتداء من يوم» before «الخميس»).
        if matches!(c.kind, ExprKind::Weekday { offset: None, .. }) && (c.start..c.end).any(|k| self.right_after_start(k)) {
            return Some(Tense::Future);
        }
        self.tense(s, c.start, c.end)
    }

    /// Whether a word that opens a period's start (`start_from` rows: "starting", « à partir
    /// du », «ابتداء من») ends right before token `at`.
    fn right_after_start(&self, at: usize) -> bool {
        self.word_ending_at(at, |w| w == Word::StartFrom).is_some()
    }

    /// Whether a word of a range's end (`range_to` rows that are no conjunction: إلى، حتى،
    /// لغاية، until, till, to, jusqu'au, jusqu'à) ends right before token `at`.
    fn after_an_end_word(&self, at: usize) -> bool {
        self.end_word_before(at).is_some()
    }

    /// Whether token `k` ends a phrase of kind `clause_of_time` ("قبل أن"، "بعد أن"، "إلى أن"،
    /// "حتى أن"): it opens a clause of time, whose imperfect verb is no future ("قبل أن يحل
    /// الوزير" in a story of the past tells what came next) and whose time is the main clause's.
    fn ends_a_clause_of_time(&self, k: usize) -> bool {
        (1..=(k + 1).min(3)).any(|n| self.toks[k + 1 - n].matches.iter().any(|&(e, len)| len as usize == n && self.lex.entry(e as usize).word == Word::ClauseOfTime))
    }

    pub(super) fn is_subordinator(&self, k: usize) -> bool {
        self.toks[k].matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Subordinator { .. }))
    }

    /// Whether كان (كانت، كانوا…) stands before token `k` in its clause (up to eight words
    /// back, not across punctuation): "كان فيه الخط الجوي المباشر بين البلدين يستعد".
    fn after_was(&self, k: usize) -> bool {
        self.toks[k.saturating_sub(8)..k]
            .iter()
            .rev()
            .take_while(|t| t.text.chars().next().is_some_and(is_word_char))
            .any(|t| {
                let w = t.text.strip_prefix('و').or_else(|| t.text.strip_prefix('ف')).unwrap_or(t.text);
                matches!(w, "كان" | "كانت" | "كانوا" | "كنا" | "كنت" | "ظل" | "ظلت")
            })
    }

    /// Whether a rank («أول», «أولى», with و، ف or ك glued: «كأول») stands before token `k`
    /// in its clause, with at most [`RANK_NOUN_TOKENS`] words of the noun it ranks between (not
    /// across punctuation): «أصبح الأحد أول وزير خارجية إسرائيلي يزور المغرب» (the first
    /// minister to visit). The imperfect after the ranked noun describes it, what the one ranked
    /// did or will do: it takes the main verb's time (أصبح: the Sunday just past; سيصبح: the
    /// coming one), no future of its own.
    fn after_a_rank(&self, k: usize) -> bool {
        self.toks[k.saturating_sub(RANK_NOUN_TOKENS + 1)..k]
            .iter()
            .rev()
            .take_while(|t| t.text.chars().next().is_some_and(is_word_char))
            .any(|t| {
                let w = t.text.strip_prefix(['و', 'ف']).unwrap_or(t.text);
                let w = w.strip_prefix('ك').unwrap_or(w);
                RANKS.contains(&w)
            })
    }

    pub(super) fn is_future_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        // A phrase that only looks like a plan ("scheduled service": the adjective of regular
        // flights) starts on the token its future word does, and outweighs it.
        let not_future = t.matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::NotFuture);
        if !not_future && t.matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::Future) {
            return true;
        }
        if t.matches.iter().any(|&(e, _)| self.lex.entry(e as usize).word == Word::FutureVerb) {
            // كان ... يستعد، كانت تنوي: an imperfect after كان is the past going on; لم يحضر is
            // the past denied.
            let after_lam = k > 0 && matches!(self.toks[k - 1].text, "لم" | "ولم" | "فلم");
            return !self.after_was(k) && !after_lam && !(k > 0 && self.ends_a_clause_of_time(k - 1)) && !self.after_a_rank(k);
        }
        let w = t.text.strip_prefix('و').or_else(|| t.text.strip_prefix('ف')).unwrap_or(t.text);
        // راح نسافر، راح أروح: the Levantine particle before a first person (راح يبحث is also
        // the written "went on searching", a past).
        if w == "راح" && self.toks.get(k + 1).is_some_and(|n| n.text.starts_with(['ن', 'ا']) && n.text.chars().count() >= 3) {
            return true;
        }
        if not_future || !t.matches.is_empty() {
            return false;
        }
        imperfect_with_future_prefix(w) || self.may_be_french() && latin::french_future(w) && !self.after_a_preposition(k)
    }

    /// Whether the sentence's Latin words may be French: on a French page, or in a phrase read
    /// alone. An English or Arabic page's Latin words ending like a French future are names
    /// ("Agadir Al Massira airport", "Al Jazira", "Samira") or English words ("Sierra").
    fn may_be_french(&self) -> bool {
        matches!(self.page, None | Some(Lang::Fr))
    }

    /// Whether the word before token `k` is a preposition of place or time (rows `link`,
    /// `year_prep`: "of", "in", « de », « à »): a word after one is a noun, not a verb, however
    /// it ends ("in the northern city of Hadera on Sunday" is no French future).
    fn after_a_preposition(&self, k: usize) -> bool {
        k > 0 && self.toks[k - 1].matches.iter().any(|&(e, n)| n == 1 && matches!(self.lex.entry(e as usize).word, Word::Link | Word::YearPrep))
    }
}

/// The ranks an imperfect may describe the noun of (see [`Parser::after_a_rank`]), normalised
/// (أ is ا, ى is ي).
const RANKS: &[&str] = &["اول", "اولي"];

/// The most words of a ranked noun between a rank and the imperfect that describes it
/// («أول وزير خارجية إسرائيلي يزور»: four).
const RANK_NOUN_TOKENS: usize = 5;

/// The most tokens from a `put_off` word to the date it puts off to, its object and the end
/// word between ("أرجأت الحكومة اجتماع اللجنة المشتركة إلى").
const PUT_OFF_REACH_TOKENS: usize = 8;

/// The most tokens of a `range_to` row ("إلى غاية", "jusqu'au": a word and its apostrophe's).
const MAX_END_WORD_TOKENS: usize = 3;

/// A verb in the past plural: وصلوا، ساهموا، اجتمعوا (an imperfect يزوروا، تزوروا opens with
/// its person, and سيزوروا with the future).
fn past_plural(w: &str) -> bool {
    w.ends_with("وا") && w.chars().count() >= 4 && !w.starts_with(['ي', 'ت', 'ل']) && !imperfect_with_future_prefix(w)
}

/// A verb written with a future prefix: سـ + imperfect (سيزور، ستعقد، سنواصل، سأزور), and the
/// spoken Egyptian هـ/حـ + imperfect (هنسافر، هيزور، حنروح، حتيجي). A word ending in ة is a
/// noun (هيمنة، حيوية); سا + a past ending (سافرت، سافرنا، ساهموا) is a past verb.
fn imperfect_with_future_prefix(w: &str) -> bool {
    let mut cs = w.chars();
    let (Some(prefix), Some(person)) = (cs.next(), cs.next()) else { return false };
    if w.chars().count() < 5 {
        return false;
    }
    match (prefix, person) {
        ('س', 'ي' | 'ت' | 'ن') => true,
        ('س', 'ا') => !(w.ends_with('ت') || w.ends_with("نا") || w.ends_with("وا") || w.ends_with("تم")),
        ('ه' | 'ح', 'ي' | 'ت' | 'ن') => !w.ends_with('ه') && !w.ends_with("ات"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{imperfect_with_future_prefix, past_plural};

    #[test]
    fn a_bare_weekday_after_a_start_word_is_ahead_whatever_the_verb() {
        use crate::dates::find::read_phrase as read;
        // Written on Monday 6 December 2021: the coming Thursday, or today's Monday.
        for (phrase, day) in [
            ("Rabat announced new curbs starting Thursday", "2021-12-09"),
            ("flights will resume as of Saturday", "2021-12-11"),
            ("le gouvernement a décidé de fermer les frontières à compter de jeudi", "2021-12-09"),
            ("les vols reprendront à partir de samedi", "2021-12-11"),
            ("قررت السلطات إغلاق الحدود ابتداء من يوم الخميس", "2021-12-09"),
            ("تستأنف الرحلات اعتبارا من السبت", "2021-12-11"),
            ("starting Monday", "2021-12-06"),
        ] {
            assert_eq!(read(phrase, "2021-12-06"), format!("{day} day"), "{phrase}");
        }
        // Without the start word, a bare weekday in a past clause stays the one past.
        assert_eq!(read("Rabat announced new curbs on Thursday", "2021-12-06"), "2021-12-02 day");
        // A direction written is kept: « à partir de jeudi dernier ».
        assert_eq!(read("à partir de jeudi dernier", "2021-12-06"), "2021-12-02 day");
    }

    #[test]
    fn past_plurals_and_imperfects() {
        for w in ["وصلوا", "ساهموا", "اجتمعوا", "وزاروا", "شاركوا"] {
            assert!(past_plural(w), "{w}");
        }
        for w in ["يزوروا", "تشاركوا", "سيزوروا", "ليحضروا", "هنا", "المشروع"] {
            assert!(!past_plural(w), "{w}");
        }
    }

    #[test]
    fn future_prefixes_and_their_false_friends() {
        // سـ + imperfect, and the spoken Egyptian هـ/حـ + imperfect.
        for w in ["سيزور", "ستعقد", "سنواصل", "سازور", "هنسافر", "هيزور", "هتروح", "حنروح", "حيزور", "حتسافر"] {
            assert!(imperfect_with_future_prefix(w), "{w}");
        }
        // Past verbs with سا, nouns in ة (normalised ه) or ات, short words.
        for w in ["سافرت", "سافرنا", "ساهموا", "ساعدتم", "هيمنه", "حيويه", "هيئات", "حتي", "هنا", "حيث", "سافر", "الرباط"] {
            assert!(!imperfect_with_future_prefix(w), "{w}");
        }
    }
}
