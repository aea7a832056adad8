//! A large synthetic corpus for benchmarks, written deterministically.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --articles 20000 --seed 1 --out target/bench-corpus
//! ```
//!
//! Articles recombine the sentences of `corpus/*.txt`: each gets a few page-noise lines
//! (JavaScript notices, "اقرأ أيضاً", copyright), most get a publication line, and the body is
//! sentences drawn from the seed articles with their dates varied (day numbers, month names of
//! every system in `lexicons/months.csv`, years 2020–2022) and person names swapped for others
//! of `gazetteers/people.csv`. About one article in ten has no date line, so that corpus-level
//! anchor borrowing is exercised too. The same `--articles` and `--seed` give the same bytes
//! (a splitmix64 generator of our own, files and lists read in sorted order); 20,000 articles
//! make about 100 MB. The total size in bytes is printed on standard output.

use std::path::{Path, PathBuf};

use regex::Regex;

/// splitmix64: tiny, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

struct Args {
    articles: usize,
    seed: u64,
    out: PathBuf,
    repo: PathBuf,
}

fn parse_args() -> Result<Args, String> {
    let mut articles = 20_000;
    let mut seed = 1;
    let mut out = None;
    let mut repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--articles" => articles = value()?.parse().map_err(|e| format!("--articles: {e}"))?,
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--repo" => repo = PathBuf::from(value()?),
            _ => return Err(format!("unknown argument {flag:?} (--articles N --seed S --out DIR [--repo DIR])")),
        }
    }
    Ok(Args { articles, seed, out: out.ok_or("--out DIR is required")?, repo })
}

/// The material articles are made of.
struct Material {
    sentences: Vec<String>,
    titles: Vec<String>,
    people: Vec<String>,
    months: Vec<String>,
    weekdays: Vec<String>,
    places: Vec<String>,
    name_pattern: Regex,
    month_pattern: Regex,
    year_pattern: Regex,
}

fn csv_column(path: &Path, column: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let i = headers.iter().position(|h| h == column).unwrap_or_else(|| panic!("{}: no column {column}", path.display()));
    reader.records().map(|r| r.expect("csv row")).map(|r| r.get(i).unwrap_or("").split('|').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()).collect()
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

fn alternation(words: &[String]) -> String {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

fn load(repo: &Path) -> Material {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo.join("corpus"))
        .expect("corpus/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut sentences = Vec::new();
    let mut titles = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("seed article").replace("\r\n", "\n");
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let words = line.split_whitespace().count();
            if (4..=16).contains(&words) && !line.ends_with('.') {
                titles.push(line.to_string());
            }
            // Whole paragraphs are cut at full stops so that sentences recombine.
            for s in line.split_inclusive(". ").map(str::trim).filter(|s| s.split_whitespace().count() >= 5) {
                sentences.push(s.to_string());
            }
        }
    }
    let gz = repo.join("gazetteers");
    let mut people: Vec<String> =
        csv_column(&gz.join("people.csv"), "name_ar").into_iter().flatten().filter(|s| is_arabic(s)).collect();
    let mut all_names: Vec<String> = people.clone();
    all_names.extend(csv_column(&gz.join("people.csv"), "aliases").into_iter().flatten().filter(|s| is_arabic(s) && s.contains(' ')));
    all_names.sort();
    all_names.dedup();
    people.sort();
    people.dedup();
    let places: Vec<String> = csv_column(&gz.join("places.csv"), "name_ar").into_iter().flatten().filter(|s| is_arabic(s)).collect();
    let lex = repo.join("lexicons");
    let systems = csv_column(&lex.join("months.csv"), "system");
    let ambiguous = csv_column(&lex.join("months.csv"), "ambiguous");
    let months: Vec<String> = csv_column(&lex.join("months.csv"), "name")
        .into_iter()
        .zip(systems)
        .zip(ambiguous)
        .filter(|((_, s), a)| s.first().is_some_and(|s| s != "hijri") && a.first().is_some_and(|a| a == "no"))
        .filter_map(|((n, _), _)| n.into_iter().next())
        .filter(|n| !n.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let weekdays: Vec<String> = csv_column(&lex.join("weekdays.csv"), "name").into_iter().flatten().collect();
    Material {
        sentences,
        titles,
        name_pattern: Regex::new(&alternation(&all_names)).expect("name pattern"),
        month_pattern: Regex::new(&format!(r"(\d{{1,2}}) ({})", alternation(&months))).expect("month pattern"),
        year_pattern: Regex::new(r"\b202[0-2]\b").expect("year pattern"),
        people,
        months,
        weekdays,
        places,
    }
}

/// Page lines that are not the article: most are boilerplate rules, some are plain noise.
const NOISE: &[&str] = &[
    "Sorry, you need to enable JavaScript to visit this website.",
    "اقرأ أيضاً : ملكة جمال اليونان تنسحب من مسابقة",
    "اقرأ أيضا: كيف تحول المغرب إلى عملاق",
    "جميع الحقوق محفوظة",
    "أخبار ذات صلة",
    "الأكثر قراءة",
    "newsletter",
    "تصغير",
    "تكبير",
    "+ الخط -",
    "شارك على فيسبوك | تويتر | واتساب",
    "تابعونا على منصات التواصل الاجتماعي",
    "إعلان",
    "الصورة: أرشيف",
];

fn date_phrase(rng: &mut Rng, m: &Material) -> String {
    let day = 1 + rng.below(28);
    let year = 2020 + rng.below(3);
    let month = rng.pick(&m.months);
    match rng.below(3) {
        0 => format!("{day} {month} {year}"),
        1 => format!("{} {day} {month} {year}", rng.pick(&m.weekdays)),
        _ => format!("{day} {month}"),
    }
}

fn vary(sentence: &str, rng: &mut Rng, m: &Material) -> String {
    let s = m.name_pattern.replace_all(sentence, |c: &regex::Captures| {
        if rng.chance(60) { rng.pick(&m.people).clone() } else { c[0].to_string() }
    });
    let s = m.month_pattern.replace_all(&s, |_: &regex::Captures| format!("{} {}", 1 + rng.below(28), rng.pick(&m.months)));
    let s = m.year_pattern.replace_all(&s, |_: &regex::Captures| format!("{}", 2020 + rng.below(3)));
    let mut s = s.into_owned();
    if rng.chance(15) {
        // A dated event of our own, with names from the gazetteer.
        let (a, b) = (rng.pick(&m.people).clone(), rng.pick(&m.people).clone());
        let place = rng.pick(&m.places).clone();
        let phrase = date_phrase(rng, m);
        let verb = *rng.pick(&["التقى", "استقبل", "وقع", "زار", "أجرى اتصالا هاتفيا مع"]);
        s.push_str(&format!(" وفي {phrase}، {verb} {a} {b} في {place}."));
    }
    s
}

fn article(rng: &mut Rng, m: &Material) -> String {
    let target = 3500 + rng.below(1800);
    let mut out = String::with_capacity(target + 1024);
    for _ in 0..rng.below(3) {
        out.push_str(*rng.pick(NOISE));
        out.push_str("\n\n");
    }
    let title = rng.pick(&m.titles).as_str();
    out.push_str(&vary(title, rng, m));
    out.push_str("\n\n");
    match rng.below(10) {
        0 => {}
        1..=3 => out.push_str(&format!("{}\n\n", date_phrase(rng, m))),
        _ => out.push_str(&format!("نشر: {} - {:02}:{:02}\n\n", date_phrase(rng, m), rng.below(24), rng.below(60))),
    }
    while out.len() < target {
        let sentences = 1 + rng.below(4);
        let paragraph: Vec<String> = (0..sentences).map(|_| vary(rng.pick(&m.sentences).as_str(), rng, m)).collect();
        out.push_str(&paragraph.join(" "));
        out.push_str(if rng.chance(10) { "\r\n\r\n" } else { "\n\n" });
        if rng.chance(5) {
            out.push_str(*rng.pick(NOISE));
            out.push_str("\n\n");
        }
    }
    out.push_str("2024 © - جميع الحقوق محفوظة\n");
    out
}

fn main() {
    let args = parse_args().unwrap_or_else(|e| {
        eprintln!("gen_corpus: {e}");
        std::process::exit(2);
    });
    let material = load(&args.repo);
    std::fs::create_dir_all(&args.out).unwrap_or_else(|e| panic!("{}: {e}", args.out.display()));
    let mut rng = Rng(args.seed);
    let mut total = 0usize;
    let width = args.articles.to_string().len().max(5);
    for i in 0..args.articles {
        let text = article(&mut rng, &material);
        total += text.len();
        // A few folders, as archives are organised.
        let dir = args.out.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        }
        let path = dir.join(format!("{i:0width$}.txt"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    println!("{total}");
}
