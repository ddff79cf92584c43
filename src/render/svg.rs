//! A thin SVG writer for the report's charts: elements as text, numbers
//! with two decimals, text escaped — the same inputs give the same bytes,
//! and every label stays selectable, searchable text.

use std::fmt::Write as _;

/// The Okabe–Ito palette: told apart by every common colour-vision type.
/// The report's charts and the workbook's chart both draw from it.
pub const PALETTE: [u32; 8] = [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000];

/// Colour `index` of the palette (cycling), as SVG writes it: `#0072B2`.
pub fn colour(index: usize) -> String {
    format!("#{:06X}", PALETTE[index % PALETTE.len()])
}

/// Text for XML: `&`, `<`, `>`, `"` and `'` escaped; control characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A number as SVG coordinates want it: two decimals, no trailing zeros, never `-0`.
pub fn num(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" || text.is_empty() {
        "0".into()
    } else {
        text.into()
    }
}

/// An SVG document being written.
pub struct Svg {
    body: String,
    width: f64,
    height: f64,
    title: String,
}

impl Svg {
    /// A chart of `width` × `height` user units, described by `title` for
    /// screen readers (the caption says it for everyone else).
    pub fn new(width: f64, height: f64, title: &str) -> Svg {
        Svg { body: String::new(), width, height, title: title.into() }
    }

    pub fn raw(&mut self, markup: &str) {
        self.body.push_str(markup);
    }

    /// A rectangle; `class` and `data` attributes let tests find it.
    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: &str, extra: &str) {
        let _ = write!(
            self.body,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}"{extra}/>"#,
            num(x),
            num(y),
            num(width.max(0.0)),
            num(height.max(0.0))
        );
    }

    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), stroke: &str, extra: &str) {
        let _ = write!(
            self.body,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{stroke}"{extra}/>"#,
            num(x1),
            num(y1),
            num(x2),
            num(y2)
        );
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
    pub fn text(&mut self, x: f64, y: f64, anchor: &str, text: &str, extra: &str) {
        let _ = write!(
            self.body,
            r#"<text x="{}" y="{}" text-anchor="{anchor}"{extra}>{}</text>"#,
            num(x),
            num(y),
            escape(text)
        );
    }

    pub fn finish(self) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"><title>{t}</title>{b}</svg>"#,
            w = num(self.width),
            h = num(self.height),
            t = escape(&self.title),
            b = self.body
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_numbers_are_short() {
        assert_eq!(escape("R&D <b> \"x\"\u{1b}"), "R&amp;D &lt;b&gt; &quot;x&quot;");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
    }
}
