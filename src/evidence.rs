//! The sentences events quote, held by reference until the output is written.
//!
//! A large archive keeps every event mention until the whole corpus is merged, and the
//! sentence each quotes is most of what a mention weighs (a few hundred bytes of Arabic text,
//! against a few dozen for its ids and dates). The corpus step needs none of that text: the
//! merge compares ids, dates and sets. So a mention keeps an [`Evidence`]: its article's
//! [`Quotes`] (shared by all the article's mentions) and the index of its sentence there. An
//! article read from a file keeps only where each sentence lies in the decoded text and the
//! content hash of the file; the outputs read the sentences back ([`Sentences::read`]), each
//! file once, and refuse a file whose bytes changed since it was mapped, naming it, rather
//! than quote another text. Articles given as text (tests, `tarikh reduce`'s map lines) keep
//! their sentences in memory.

use crate::hash::FxHashMap as HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::corpus::{self, CorpusError};
use crate::hash::content_hash_value;
use crate::idset::Id;

/// Where the sentences of one article are: in memory, or in its file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quotes(Held);

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
enum Held {
    /// The sentences themselves.
    Text(Box<[Box<str>]>),
    /// The file, the content hash of its bytes when it was mapped, and the byte range of each
    /// sentence in its decoded text (as [`corpus::read_article`] decodes it).
    File { path: FilePath, hash: u128, spans: Box<[(u32, u32)]> },
    /// A map line of `tarikh map` (its file, where it starts, how long it is and the content
    /// hash of its bytes), whose `evidence` holds the sentences.
    MapLine { path: Box<Path>, at: u64, len: u32, hash: u128 },
}

/// The first byte offset of `needle` in `text` (`text.find(needle)`): its first bytes are
/// looked for with a vectorised search and each place found compared whole. A whole-sentence
/// `str::find` prepared its searcher over every byte of the sentence, for each sentence of
/// each article (the profile's largest cost of mapping after extraction).
fn first_place(text: &str, needle: &str) -> Option<usize> {
    /// Bytes of the needle searched for: enough to be rare in an article.
    const HEAD: usize = 24;
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let head = &needle[..needle.len().min(HEAD)];
    memchr::memmem::find_iter(hay, head).find(|&at| hay[at..].starts_with(needle))
}

impl Quotes {
    /// Sentences held in memory.
    pub fn held(sentences: Vec<String>) -> Quotes {
        Quotes(Held::Text(sentences.into_iter().map(String::into_boxed_str).collect()))
    }

    /// The sentences of the article file `path`, the article `name` (how the corpus names it:
    /// the end of its path, most often), whose bytes have the content hash `hash`
    /// ([`crate::hash::content_hash`]) and decode to `text`: each sentence is looked for in `text`, and
    /// where it is found only its place is kept. Sentences are kept in memory when one is
    /// not found or the hash is not one.
    pub fn in_file(path: &Path, name: &str, hash: &str, text: &str, sentences: Vec<String>) -> Quotes {
        let hash = u128::from_str_radix(hash, 16).ok().filter(|_| hash.len() == 32);
        let spans: Option<Box<[(u32, u32)]>> = sentences
            .iter()
            .map(|s| {
                // The first place of the same bytes quotes the same text, wherever the
                // sentence itself was.
                let start = first_place(text, s)?;
                Some((u32::try_from(start).ok()?, u32::try_from(start + s.len()).ok()?))
            })
            .collect();
        match (hash, spans) {
            (Some(hash), Some(spans)) => Quotes(Held::File { path: FilePath::of(path, name), hash, spans }),
            _ => Quotes::held(sentences),
        }
    }

    /// The sentences of the map line `line` (its bytes, without the line end), which starts
    /// at byte `at` of the file `path`: they are read back from there (None for a line longer
    /// than 4 GiB).
    pub fn in_map_line(path: &Path, at: u64, line: &str) -> Option<Quotes> {
        let len = u32::try_from(line.len()).ok()?;
        Some(Quotes(Held::MapLine { path: path.into(), at, len, hash: content_hash_value(line.as_bytes()) }))
    }

    /// The sentences' place as one field of a line (no tab, line end or carriage return in
    /// it), for the reduced state's article records (see `reduced::record::packed`), which a
    /// run that adds one article reads all of. An article read from a file is
    /// `f HASH N START END … PATH`: the content hash in 32 hex digits, the number of
    /// sentences, each one's byte range in the decoded text, and the file's path (the rest of
    /// the field, spaces and all). Anything else (sentences held in memory, a map line, a path
    /// holding a tab or a line end, or not UTF-8) is JSON, which opens with `{`. As JSON the
    /// ranges cost as much to read as the rest of the record.
    pub fn write_field(&self, out: &mut Vec<u8>) {
        if let Held::File { path, hash, spans } = &self.0
            && let path = path.path()
            && let Some(path) = path.to_str().filter(|p| !p.contains(['\t', '\n', '\r']))
        {
            use std::io::Write;
            let _ = write!(out, "f {hash:032x} {}", spans.len());
            for &(start, end) in spans.iter() {
                let _ = write!(out, " {start} {end}");
            }
            out.push(b' ');
            out.extend_from_slice(path.as_bytes());
            return;
        }
        serde_json::to_writer(out, self).expect("quotes are plain data");
    }

    /// The sentences' place [`Quotes::write_field`] wrote (None when the field is damaged).
    pub fn read_field(field: &[u8]) -> Option<Quotes> {
        let Some(rest) = field.strip_prefix(b"f ") else { return serde_json::from_slice(field).ok() };
        let rest = std::str::from_utf8(rest).ok()?;
        let mut words = rest.splitn(3, ' ');
        let hash = words.next().filter(|h| h.len() == 32).and_then(|h| u128::from_str_radix(h, 16).ok())?;
        let n: usize = words.next()?.parse().ok()?;
        let mut rest = words.next()?;
        // Each number read in one pass over its digits (a record holds two for each sentence
        // of its article: split off, checked and parsed, they cost three).
        let mut number = || -> Option<u32> {
            let digits = rest.bytes().position(|b| !b.is_ascii_digit())?;
            if digits == 0 || rest.as_bytes()[digits] != b' ' {
                return None;
            }
            let n = rest.as_bytes()[..digits].iter().try_fold(0u32, |n, &d| n.checked_mul(10)?.checked_add(u32::from(d - b'0')))?;
            rest = &rest[digits + 1..];
            Some(n)
        };
        let spans = (0..n).map(|_| Some((number()?, number()?))).collect::<Option<Box<[(u32, u32)]>>>()?;
        if rest.is_empty() {
            return None;
        }
        Some(Quotes(Held::File { path: FilePath::Own(Path::new(rest).into()), hash, spans }))
    }

    /// Whether the sentences are read back from a file.
    pub fn in_a_file(&self) -> bool {
        !matches!(self.0, Held::Text(_))
    }

    /// Sentence `i` as a byte range of the decoded text, or of a map line, or as the text
    /// itself.
    fn identity(&self, i: u32) -> Identity<'_> {
        match &self.0 {
            Held::Text(t) => Identity::Text(t.get(i as usize).map_or("", |s| s)),
            Held::File { hash, spans, .. } => Identity::Span(*hash, spans.get(i as usize).copied().unwrap_or((0, 0))),
            Held::MapLine { hash, .. } => Identity::Line(*hash, i),
        }
    }

    /// The sentences `wanted` (indices), read back: from memory, or from the file, whose
    /// content must be what it was when it was mapped.
    fn read(&self, wanted: &[u32]) -> Result<Vec<(u32, Arc<str>)>, CorpusError> {
        match &self.0 {
            Held::Text(t) => Ok(wanted.iter().map(|&i| (i, Arc::from(t.get(i as usize).map_or("", |s| s)))).collect()),
            Held::File { path, hash, spans } => {
                let path = &*path.path();
                let bytes = corpus::read_article_bytes(path)?;
                unchanged(path, *hash, &bytes)?;
                let article = corpus::article_from_bytes(Path::new(""), path, &bytes)?;
                wanted
                    .iter()
                    .map(|&i| {
                        let (start, end) = spans.get(i as usize).copied().unwrap_or((0, 0));
                        let sentence = article.text.get(start as usize..end as usize).ok_or_else(|| {
                            corpus::corpus_error(path, format!("no sentence at bytes {start}..{end} of the decoded text (sentence {i} of {})", spans.len()))
                        })?;
                        Ok((i, Arc::from(sentence)))
                    })
                    .collect()
            }
            Held::MapLine { path, at, len, hash } => {
                let place = format!("{}:byte {at}", path.display());
                let mut line = vec![0u8; *len as usize];
                let read = std::fs::File::open(path).and_then(|mut f| {
                    use std::io::{Read, Seek};
                    f.seek(std::io::SeekFrom::Start(*at))?;
                    f.read_exact(&mut line)
                });
                read.map_err(|e| corpus::corpus_error(path, format!("cannot read the map line at byte {at} again: {e}")))?;
                unchanged(path, *hash, &line)?;
                let text = std::str::from_utf8(&line).map_err(|e| corpus::corpus_error(path, format!("{place}: {e}")))?;
                // The line was read whole when it was reduced (its format checked then); only
                // its sentences are wanted now.
                #[derive(serde::Deserialize)]
                struct Sentences {
                    evidence: Vec<String>,
                }
                let map: Sentences = serde_json::from_str(text).map_err(|e| corpus::corpus_error(path, format!("{place}: {e}")))?;
                wanted
                    .iter()
                    .map(|&i| {
                        let sentence = map.evidence.get(i as usize).ok_or_else(|| corpus::corpus_error(path, format!("{place}: no sentence {i}")))?;
                        Ok((i, Arc::from(sentence.as_str())))
                    })
                    .collect()
            }
        }
    }
}

/// Where an article file is, as [`Held::File`] keeps it: most often as the run's one copy of
/// the path up to its name (the corpus folder, shared by all its articles) and of its name
/// (which the article's mentions share: see [`Id`]), four bytes each; else as a path of its
/// own. Every article of a large archive holds one until its rows are made, and its path,
/// held whole, cost it an allocation of some fifty bytes. It reads, compares and is written
/// as the path.
#[derive(Clone)]
enum FilePath {
    Split { folder: Id, name: Id },
    Own(Box<Path>),
}

impl FilePath {
    /// The path `path` of the article `name`.
    fn of(path: &Path, name: &str) -> FilePath {
        match path.to_str().and_then(|p| p.strip_suffix(name)) {
            Some(folder) if !name.is_empty() => FilePath::Split { folder: Id::of(folder), name: Id::of(name) },
            _ => FilePath::Own(path.into()),
        }
    }

    /// The path.
    fn path(&self) -> Cow<'_, Path> {
        match self {
            FilePath::Split { folder, name } => Cow::Owned(PathBuf::from(format!("{}{}", folder.text(), name.text()))),
            FilePath::Own(path) => Cow::Borrowed(path),
        }
    }
}

impl PartialEq for FilePath {
    fn eq(&self, other: &FilePath) -> bool {
        self.path() == other.path()
    }
}

impl fmt::Debug for FilePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.path().fmt(f)
    }
}

impl serde::Serialize for FilePath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.path().serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for FilePath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FilePath, D::Error> {
        Ok(FilePath::Own(Box::<Path>::deserialize(d)?))
    }
}

/// An error naming `path` unless `bytes` (read from it again) have the content hash `hash`
/// they had when they were read first.
fn unchanged(path: &Path, hash: u128, bytes: &[u8]) -> Result<(), CorpusError> {
    let now = content_hash_value(bytes);
    if now == hash {
        return Ok(());
    }
    Err(corpus::corpus_error(
        path,
        format!("changed since it was read (content hash {hash:032x}, now {now:032x}): its evidence sentences cannot be quoted; run tarikh again"),
    ))
}

/// What tells two sentences apart: the same range of the same content, or the same text.
#[derive(PartialEq, Eq, Hash)]
enum Identity<'a> {
    Span(u128, (u32, u32)),
    Line(u128, u32),
    Text(&'a str),
}

/// The sentence a mention quotes: sentence `index` of its article's [`Quotes`]. Cloning it
/// costs a reference count. Two are equal when they quote the same range of the same
/// content, or (held in memory) the same text.
#[derive(Clone)]
pub struct Evidence {
    quotes: Arc<Quotes>,
    index: u32,
}

impl Evidence {
    /// Sentence `index` of `quotes`.
    pub fn new(quotes: &Arc<Quotes>, index: usize) -> Evidence {
        Evidence { quotes: quotes.clone(), index: u32::try_from(index).unwrap_or(u32::MAX) }
    }

    /// The sentences it quotes one of (its article's).
    pub fn quotes(&self) -> &Arc<Quotes> {
        &self.quotes
    }

    /// Which of them.
    pub fn index(&self) -> usize {
        self.index as usize
    }

    /// The sentence when it is held in memory (None when it is read back from a file).
    pub fn held(&self) -> Option<&str> {
        match &self.quotes.0 {
            Held::Text(t) => Some(t.get(self.index as usize).map_or("", |s| s)),
            Held::File { .. } | Held::MapLine { .. } => None,
        }
    }

    fn identity(&self) -> Identity<'_> {
        self.quotes.identity(self.index)
    }
}

/// A sentence given as text (tests, the outputs' own examples).
impl From<&str> for Evidence {
    fn from(sentence: &str) -> Evidence {
        Evidence { quotes: Arc::new(Quotes::held(vec![sentence.to_string()])), index: 0 }
    }
}

impl PartialEq for Evidence {
    fn eq(&self, other: &Evidence) -> bool {
        (Arc::ptr_eq(&self.quotes, &other.quotes) && self.index == other.index) || self.identity() == other.identity()
    }
}

impl Eq for Evidence {}

impl Hash for Evidence {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.identity().hash(state);
    }
}

impl fmt::Debug for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.quotes.0, self.held()) {
            (_, Some(text)) => write!(f, "{text:?}"),
            (Held::File { path, spans, .. }, None) => {
                let (start, end) = spans.get(self.index as usize).copied().unwrap_or((0, 0));
                write!(f, "{}@{start}..{end}", path.path().display())
            }
            (Held::MapLine { path, at, .. }, None) => write!(f, "{}:byte {at}#{}", path.display(), self.index),
            (Held::Text(_), None) => write!(f, "?"),
        }
    }
}

/// Sentences read back for the outputs: each file read once, the sentences wanted kept.
#[derive(Debug, Default)]
pub struct Sentences(HashMap<Evidence, Arc<str>>);

impl Sentences {
    /// Read the sentences `evidence` quotes (the articles in parallel); an article whose file
    /// cannot be read, or whose content changed since it was mapped, is an error naming it.
    pub fn read<'a>(evidence: impl IntoIterator<Item = &'a Evidence>) -> Result<Sentences, CorpusError> {
        let mut by_article: HashMap<*const Quotes, (Arc<Quotes>, Vec<u32>)> = HashMap::default();
        for e in evidence {
            by_article.entry(Arc::as_ptr(&e.quotes)).or_insert_with(|| (e.quotes.clone(), Vec::new())).1.push(e.index);
        }
        let mut wanted: Vec<(Arc<Quotes>, Vec<u32>)> = by_article.into_values().collect();
        for (_, indices) in &mut wanted {
            indices.sort_unstable();
            indices.dedup();
        }
        let read: Vec<Vec<(Evidence, Arc<str>)>> = wanted
            .into_par_iter()
            .map(|(quotes, indices)| {
                let sentences = quotes.read(&indices)?;
                Ok(sentences.into_iter().map(|(index, s)| (Evidence { quotes: quotes.clone(), index }, s)).collect())
            })
            .collect::<Result<_, CorpusError>>()?;
        Ok(Sentences(read.into_iter().flatten().collect()))
    }

    /// The sentence `e` quotes: one of those given to [`Sentences::read`], or held in memory
    /// (empty for another, which the callers never ask for).
    pub fn get<'a>(&'a self, e: &'a Evidence) -> &'a str {
        self.0.get(e).map(|s| &**s).or_else(|| e.held()).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::content_hash;

    /// The first place of a sentence is `str::find`'s: a head shared by an earlier, different
    /// sentence is passed over, a repeated sentence is found where it first is, and an empty
    /// or absent one, or one longer than the text, as `find` says.
    #[test]
    fn first_place_is_where_find_finds_it() {
        let head = "وقع الوزيران اتفاقا للتعاون في مجال";
        let text = format!("{head} الطاقة.\n{head} الدفاع.\n{head} الدفاع.\nend");
        for needle in [format!("{head} الدفاع."), format!("{head} الطاقة."), format!("{head} المياه."), "end".into(), String::new(), format!("{text}x"), "ا".into()] {
            assert_eq!(first_place(&text, &needle), text.find(needle.as_str()), "{needle}");
        }
    }

    /// A file's sentences are kept as places and read back as they were; a change to the file
    /// is refused with its name; a sentence not found keeps them all in memory.
    #[test]
    fn sentences_are_read_back_and_a_changed_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "الرباط - 10 ديسمبر 2020\nوقع الوزيران اتفاقا.\r\nثم زار الوفد المدينة.\n";
        std::fs::write(&path, text).unwrap();
        let decoded = corpus::read_article(dir.path(), &path).unwrap().text;
        let hash = content_hash(text.as_bytes());
        let sentences = vec!["ثم زار الوفد المدينة.".to_string(), "وقع الوزيران اتفاقا.".to_string()];
        let quotes = Arc::new(Quotes::in_file(&path, "a.txt", &hash, &decoded, sentences.clone()));
        assert!(quotes.in_a_file());
        let evidence = [Evidence::new(&quotes, 0), Evidence::new(&quotes, 1)];
        assert_eq!(evidence[0].held(), None);
        let read = Sentences::read(&evidence).unwrap();
        assert_eq!([read.get(&evidence[0]), read.get(&evidence[1])], [sentences[0].as_str(), sentences[1].as_str()]);
        // The same sentence given as text is another evidence; the same place is the same.
        assert_ne!(evidence[0], Evidence::from(sentences[0].as_str()));
        assert_eq!(evidence[1], Evidence::new(&Arc::new(Quotes::in_file(&path, "a.txt", &hash, &decoded, vec![sentences[1].clone()])), 0));

        std::fs::write(&path, text.replace("اتفاقا", "اتفاقين")).unwrap();
        let err = Sentences::read(&evidence).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}: changed since it was read", path.display())), "{err}");
        std::fs::remove_file(&path).unwrap();
        let err = Sentences::read(&evidence[..1]).unwrap_err().to_string();
        assert!(err.starts_with(&path.display().to_string()) && err.contains("cannot read"), "{err}");

        let not_there = Quotes::in_file(&path, "a.txt", &hash, &decoded, vec!["جملة أخرى".to_string()]);
        assert!(!not_there.in_a_file());
        let held = Evidence::new(&Arc::new(not_there), 0);
        assert_eq!(Sentences::read([&held]).unwrap().get(&held), "جملة أخرى");
        assert!(!Quotes::in_file(&path, "a.txt", "not a hash", &decoded, vec![]).in_a_file());
    }

    /// The place of a file's sentences reads back from its field whatever the path holds
    /// (spaces, digits after a space; a tab or a line end go as JSON, as do sentences held in
    /// memory), with no sentence or many; a field cut short or with a number out of place is
    /// refused.
    #[test]
    fn fields_read_back() {
        let field = |q: &Quotes| {
            let mut out = Vec::new();
            q.write_field(&mut out);
            out
        };
        let file = |path: &str, spans: &[(u32, u32)]| Quotes(Held::File { path: FilePath::Own(Path::new(path).into()), hash: 0x0123_4567_89ab_cdef_0011_2233_4455_6677, spans: spans.into() });
        let many: Vec<(u32, u32)> = (0..40).map(|i| (i * 100, i * 100 + 57)).collect();
        for q in [
            file("corpus/009/09009.txt", &[(0, 12), (14, 80)]),
            file("my corpus/a 12 34.txt", &many),
            file("a.txt", &[]),
            file("odd\tname.txt", &[(1, 2)]),
            file("odd\nname.txt", &[(1, 2)]),
            Quotes::held(vec!["جملة\tأولى".to_string(), "سطر\nثان".to_string()]),
        ] {
            let bytes = field(&q);
            assert!(!bytes.iter().any(|b| matches!(b, b'\t' | b'\n' | b'\r')), "one field: {}", String::from_utf8_lossy(&bytes));
            assert_eq!(Quotes::read_field(&bytes), Some(q.clone()));
        }
        assert!(field(&file("a.txt", &[(3, 9)])).starts_with(b"f 0123456789abcdef0011223344556677 1 3 9 a.txt"));
        let good = String::from_utf8(field(&file("a.txt", &[(3, 9), (10, 20)]))).unwrap();
        for damaged in [good.replace(" 2 ", " 3 "), good.replace(" 9 ", " x "), good.replace(" a.txt", ""), good.replacen("0123", "012", 1), good.replace(" 10 ", "  ")] {
            assert_eq!(Quotes::read_field(damaged.as_bytes()), None, "{damaged}");
        }
    }

    /// The sentences of a map line are read back from its place in the file, and a changed
    /// line is refused with the file's name.
    #[test]
    fn map_lines_are_read_back() {
        let ctx = crate::extraction::Context::load(None, None).unwrap();
        let text = "الرباط - 10 ديسمبر 2020\nوقع وزير الخارجية ناصر بوريطة أمس اتفاقا مع إسرائيل.\n";
        let x = crate::extraction::extract_article(corpus::Article::from_text("a.txt", text), &ctx, None);
        let line = crate::mapred::ArticleMap::of(&x, &ctx, content_hash(text.as_bytes()), "data").to_line();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.jsonl");
        let first = "{\"format\":1}\r\n";
        std::fs::write(&path, format!("{first}{line}")).unwrap();
        let quotes = Arc::new(Quotes::in_map_line(&path, first.len() as u64, line.trim_end()).unwrap());
        let evidence = Evidence::new(&quotes, 0);
        assert_eq!(Sentences::read([&evidence]).unwrap().get(&evidence), "وقع وزير الخارجية ناصر بوريطة أمس اتفاقا مع إسرائيل.");
        std::fs::write(&path, format!("{first}{}", line.replace("بوريطة", "بوريطه"))).unwrap();
        let err = Sentences::read([&evidence]).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}: changed since it was read", path.display())), "{err}");
    }
}
