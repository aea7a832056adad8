//! Dropping page boilerplate before any extraction.
//!
//! Articles saved from news sites carry lines that are not the article: JavaScript notices,
//! "اقرأ أيضاً" links to unrelated stories, copyright and e-mail lines, newsletter and "most
//! read" widgets, photo-size buttons. A date or a name in them must not reach the timeline. The
//! rules live in `gazetteers/boilerplate.csv` (`id,kind,pattern,note`), where `kind` is
//!
//! * `line`: the whole line, normalised, equals the pattern;
//! * `prefix`: the normalised line starts with the pattern (a link label followed by a title);
//! * `contains`: the pattern occurs anywhere in the normalised line (`©`, `javascript`);
//! * `regex`: a regular expression over the normalised line.
//!
//! Patterns are normalised like the text, so they can be written as they appear on the page.

use regex::Regex;

use crate::text::normalize::normalize_str;

/// How a boilerplate rule recognises a line.
#[derive(Debug, Clone)]
enum LineTest {
    Line(String),
    Prefix(String),
    Contains(String),
    Regex(Regex),
}

/// One boilerplate rule.
#[derive(Debug, Clone)]
pub struct BoilerplateRule {
    /// Stable id from the rule file.
    pub id: String,
    test: LineTest,
}

/// The boilerplate rules.
#[derive(Debug, Clone, Default)]
pub struct Boilerplate {
    rules: Vec<BoilerplateRule>,
}

impl Boilerplate {
    /// Parse the rule file; `source` names it in errors.
    pub fn parse(csv_text: &str, source: &str) -> Result<Boilerplate, String> {
        let mut rules = Vec::new();
        for row in crate::table::read_rows(csv_text, source, &["id", "kind", "pattern"])? {
            let pattern = row.get("pattern");
            let test = match row.get("kind") {
                "line" => LineTest::Line(normalize_str(pattern)),
                "prefix" => LineTest::Prefix(normalize_str(pattern)),
                "contains" => LineTest::Contains(normalize_str(pattern)),
                "regex" => LineTest::Regex(Regex::new(pattern).map_err(|e| row.error(format!("bad regex: {e}")))?),
                other => return Err(row.error(format!("unknown kind {other:?} (line, prefix, contains, regex)"))),
            };
            if matches!(&test, LineTest::Line(p) | LineTest::Prefix(p) | LineTest::Contains(p) if p.is_empty()) {
                return Err(row.error("pattern is empty after normalisation"));
            }
            rules.push(BoilerplateRule { id: row.get("id").to_string(), test });
        }
        Ok(Boilerplate { rules })
    }

    /// The rule that makes `line` (normalised, trimmed) boilerplate, if any.
    pub fn rule_for(&self, normalized_line: &str) -> Option<&BoilerplateRule> {
        let line = normalized_line.trim();
        self.rules.iter().find(|rule| match &rule.test {
            LineTest::Line(p) => line == p,
            LineTest::Prefix(p) => line.starts_with(p.as_str()),
            LineTest::Contains(p) => line.contains(p.as_str()),
            LineTest::Regex(r) => r.is_match(line),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    fn default_rules() -> Boilerplate {
        crate::data::Lexicons::builtin().boilerplate
    }

    /// (line, is boilerplate): lines from real pages.
    const LINES: &[(&str, bool)] = &[
        ("Sorry, you need to enable JavaScript to visit this website.", true),
        ("اقرأ المزيد", true),
        ("اقرأ أيضاً : ملكة جمال اليونان تنسحب من مسابقة", true),
        ("اقرأ أيضا: كيف تحول المغرب إلى عملاق", true),
        ("2024 © - أشكاين جميع الحقوق محفوظة - [email protected]", true),
        ("جميع الحقوق محفوظة", true),
        ("أخبار ذات صلة", true),
        ("الأكثر قراءة", true),
        ("newsletter", true),
        ("تصغير", true),
        ("تكبير", true),
        ("+ الخط -", true),
        ("يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)", true),
        ("المزيد من تقارير", true),
        ("وقع المغرب وإسرائيل، أمس، اتفاق - إطار للتعاون الأمني", false),
        ("- الصحراء الغربية -", false),
        ("10 اغسطس 2021", false),
        ("نشر: 2021-11-24 17:33 آخر تحديث: 2023-06-18 12:17", false),
    ];

    #[test]
    fn boilerplate_lines() {
        let rules = default_rules();
        for (line, expected) in LINES {
            let got = rules.rule_for(&normalize(line).text);
            assert_eq!(got.is_some(), *expected, "{line:?} matched {:?}", got.map(|r| &r.id));
        }
    }
}
