//! Problems found in input files, located by file, line and column, rendered like rustc.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use crate::i18n::Text;
use crate::render::text::{visible, visible_span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// In the run's language where it has a catalogue key; JSON takes the English.
    pub message: Text,
    /// The file as named on the command line (or `<built-in …>`).
    pub file: String,
    pub location: Option<Location>,
    pub help: Option<Text>,
}

/// The 1-based column after `before` (the text of the line before a place),
/// in characters, as rustc and editors count (`code -g file:line:col` lands
/// on it). The caret under the snippet is placed by display width, so it
/// sits under the right character when CJK text (two columns a character)
/// comes before it.
pub fn display_column(before: &str) -> usize {
    before.chars().count() + 1
}

/// Where in a file a problem is: 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    /// The text of that line, for the snippet.
    pub line_text: String,
    /// The bytes of `line_text` to underline (never empty unless the line is).
    pub underline: Range<usize>,
}

/// The text of one input file, to turn byte spans into locations.
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl Source<'_> {
    pub fn locate(&self, span: Range<usize>) -> Location {
        let start = floor_char_boundary(self.text, span.start);
        let end = floor_char_boundary(self.text, span.end.max(start));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        let line_text = self.text[line_start..line_end].trim_end_matches('\r');
        let from = (start - line_start).min(line_text.len());
        let mut to = (end.min(line_end) - line_start).min(line_text.len());
        if to == from {
            // An empty span (the end of a line, an unclosed table) still gets a caret.
            to = line_text[from..].chars().next().map_or(from, |c| from + c.len_utf8());
        }
        Location {
            line: self.text[..start].matches('\n').count() + 1,
            column: display_column(&self.text[line_start..start]),
            line_text: line_text.to_string(),
            underline: from..to,
        }
    }

    pub fn error(&self, span: Range<usize>, message: impl Into<Text>) -> Diagnostic {
        self.diagnostic(Severity::Error, Some(span), message)
    }

    pub fn warning(&self, span: Range<usize>, message: impl Into<Text>) -> Diagnostic {
        self.diagnostic(Severity::Warning, Some(span), message)
    }

    /// An error about the file as a whole (no position to point at).
    pub fn file_error(&self, message: impl Into<Text>) -> Diagnostic {
        self.diagnostic(Severity::Error, None, message)
    }

    fn diagnostic(&self, severity: Severity, span: Option<Range<usize>>, message: impl Into<Text>) -> Diagnostic {
        Diagnostic {
            severity,
            message: message.into(),
            file: self.name.to_string(),
            location: span.map(|span| self.locate(span)),
            help: None,
        }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// One line of `check --format json` (JSON Lines): a diagnostic for CI
/// annotations and editors. Lines and columns are 1-based, columns in
/// characters as editors count them.
#[derive(Debug, serde::Serialize, schemars::JsonSchema)]
pub struct DiagnosticJson {
    /// The layout version of this object (changes only when a field's meaning does).
    pub format_version: u32,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: String,
    /// The file as named on the command line (or `<built-in NAME>`).
    pub file: String,
    /// The line of the problem; absent when it concerns the whole file.
    pub line: Option<usize>,
    /// The column where the offending text starts.
    pub column: Option<usize>,
    /// The column just after the offending text, on the same line.
    pub end_column: Option<usize>,
    /// The text of that line.
    pub source_line: Option<String>,
    /// What to do about it, when there is advice.
    pub help: Option<String>,
}

/// The layout version of [`DiagnosticJson`].
pub const DIAGNOSTIC_FORMAT_VERSION: u32 = 1;

impl Diagnostic {
    /// This diagnostic as one `check --format json` object.
    pub fn json(&self) -> DiagnosticJson {
        let location = self.location.as_ref();
        DiagnosticJson {
            format_version: DIAGNOSTIC_FORMAT_VERSION,
            severity: match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: self.message.english(),
            file: self.file.clone(),
            line: location.map(|l| l.line),
            column: location.map(|l| l.column),
            end_column: location.map(|l| l.column + l.line_text[l.underline.clone()].chars().count()),
            source_line: location.map(|l| l.line_text.clone()),
            help: self.help.as_ref().map(Text::english),
        }
    }
}

impl Diagnostic {
    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds `did you mean …?` when one of `candidates` is close to `wrong`.
    pub fn suggest<'a>(self, wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match closest(wrong, candidates) {
            Some(best) => self.with_help(Text::new("did-you-mean").arg("best", best)),
            None => self,
        }
    }
}

impl Diagnostic {
    /// Renders the diagnostic like rustc, through annotate-snippets:
    ///
    /// ```text
    /// error: no criterion `p0_frist_response` in rubric `sdk-support`
    ///  --> samples/nimbus.toml:12:11
    ///    |
    /// 12 | [evidence.p0_frist_response]
    ///    |           ^^^^^^^^^^^^^^^^^
    ///    |
    ///    = help: did you mean `p0_first_response`?
    /// ```
    ///
    /// With `color`, in the terminal colours rustc uses.
    pub fn render(&self, color: bool) -> String {
        // rustc's words in English; the run's language otherwise.
        let (error, warning, help_word) =
            (crate::t!("level-error"), crate::t!("level-warning"), crate::t!("level-help"));
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(error.as_str()),
            Severity::Warning => Level::WARNING.with_name(warning.as_str()),
        };
        // Messages and paths quote the inputs: their control characters are shown, not obeyed.
        let message = visible(&self.message.to_string()).into_owned();
        let file = visible(&self.file).into_owned();
        let help = self.help.as_ref().map(|help| visible(&help.to_string()).into_owned());
        let title = level.primary_title(message.as_str());
        // The source line too: a C1 control inside a TOML string is valid TOML.
        let shown = self.location.as_ref().map(|at| visible_span(&at.line_text, at.underline.clone()));
        let mut group = match (&self.location, &shown) {
            (Some(at), Some((line_text, underline))) => title.element(
                Snippet::source(line_text.as_str())
                    .line_start(at.line)
                    .path(file.as_str())
                    .annotation(AnnotationKind::Primary.span(underline.clone())),
            ),
            _ => title.element(Origin::path(file.as_str())),
        };
        if let Some(help) = &help {
            group = group.element(Level::HELP.with_name(help_word.as_str()).message(help.as_str()));
        }
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        renderer.render(&[group])
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.render(false))
    }
}

/// All problems found in the inputs; carried as an error when any is fatal.
#[derive(Debug, Default, thiserror::Error)]
#[error("{}", summary(.0))]
pub struct Diagnostics(pub Vec<Diagnostic>);

fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    match warnings {
        0 => crate::t!("input-has-errors", errors = errors),
        _ => crate::t!("input-has-errors-warnings", errors = errors, warnings = warnings),
    }
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }
}

/// The candidate nearest to `wrong` by edit distance, if it is near enough
/// to be a plausible typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = wrong.chars().count();
    let limit = (length / 3).max(2);
    candidates
        .into_iter()
        // Lengths further apart than the limit cannot be near: skip the quadratic distance.
        .filter(|candidate| candidate.chars().count().abs_diff(length) <= limit)
        .map(|candidate| (edit_distance(wrong, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_in_characters_not_bytes() {
        let source = Source { name: "x.toml", text: "a = 1\nnote = \"Zürich\" # ü\nb = x\n" };
        let at = source.locate(32..33); // `x`: line 1 is 6 bytes, line 2 is 22 bytes with its newline
        assert_eq!((at.line, at.column), (3, 5));
        // "ü" is two bytes: column counts characters.
        let at = source.locate(21..22); // the closing quote after Zürich, byte 21
        assert_eq!((at.line, at.column), (2, 15));
        // A span inside a multi-byte character does not panic.
        let _ = source.locate(16..17);
    }

    #[test]
    fn the_caret_sits_under_wide_text_where_the_terminal_shows_it() {
        // `note = "` is 8 characters, `全天候服务` 5 characters but 10 terminal columns, `", ` 3:
        // `x` is character 8 + 5 + 3 + 1 = 17 (the number editors jump to) ...
        let source = Source { name: "c.toml", text: "note = \"全天候服务\", x = 1\n" };
        let x = source.text.find("x =").unwrap();
        assert_eq!(source.locate(x..x + 1).column, 17);
        let rendered = source.error(x..x + 1, "here").to_string();
        assert!(rendered.contains("c.toml:1:17"), "{rendered}");
        // ... and the caret sits under it on screen: after the gutter (`  | `), 8 + 10 + 3 = 21
        // terminal columns of line before it.
        let caret = rendered.lines().find(|line| line.contains('^')).unwrap();
        let gutter = caret.find('|').unwrap() + 2;
        assert_eq!(caret[gutter..].find('^').unwrap(), 21, "{rendered}");
    }

    #[test]
    fn renders_like_rustc() {
        let source = Source { name: "v.toml", text: "[evidence.p0_frist]\nvalue = 1\n" };
        let text =
            source.error(10..18, "unknown criterion `p0_frist`").suggest("p0_frist", ["p0_first", "docs"]).to_string();
        assert_eq!(
            text,
            "error: unknown criterion `p0_frist`\n --> v.toml:1:11\n  |\n1 | [evidence.p0_frist]\n  |           ^^^^^^^^\n  |\n  = help: did you mean `p0_first`?\n"
        );
    }

    #[test]
    fn renders_non_ascii_lines_and_spans_inside_characters() {
        let source = Source { name: "z.toml", text: "vendor = \"Zürich Ünited\"\n" };
        // `Z` is byte 10, `ü` bytes 11–12, so byte 12 falls inside `ü`; byte 25 is the closing quote.
        let text = source.warning(12..25, "odd vendor").to_string();
        assert!(text.contains("z.toml:1:12"), "{text}");
        assert!(text.contains("1 | vendor = \"Zürich Ünited\""), "{text}");
        let caret_line = text.lines().nth(4).unwrap();
        // The span widens to the start of `ü` (column 12: 11 characters before it) and covers
        // characters, not bytes: `ürich Ünited`, 12 of them.
        assert_eq!(caret_line, format!("  | {}{}", " ".repeat(11), "^".repeat(12)), "{text}");
    }

    #[test]
    fn suggests_only_near_misses() {
        assert_eq!(closest("7×24", ["7x24", "business-hours"]), Some("7x24"));
        assert_eq!(closest("weekend", ["7x24", "business-hours"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
