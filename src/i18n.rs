//! The language of what people read: one Fluent catalogue per language
//! (`locales/en.ftl`, `locales/zh-CN.ftl`), looked up by key, and the forms
//! of numbers, dates and durations each language writes.
//!
//! The language is chosen once, at start: `--lang`, else `VENDORCARD_LANG`,
//! else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: any `zh…` is Chinese),
//! else English. Machine-facing output — JSON keys and values, CSV column
//! names and cells, ids, exit codes — never changes with it.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language vendorcard speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English
    #[value(name = "en")]
    En,
    /// 简体中文
    #[value(name = "zh-CN", alias = "zh", alias = "zh_CN")]
    ZhCn,
}

impl Lang {
    /// Every language, in the order the catalogues are listed.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The BCP 47 tag: the key of a rubric's translations (`names = { zh-CN = "…" }`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The catalogue's text.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::ZhCn => include_str!("../locales/zh-CN.ftl"),
        }
    }

    /// A locale name (`zh_CN.UTF-8`, `en_GB`, `C`) as a language, if it names one.
    fn from_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim().to_ascii_lowercase();
        if locale.is_empty() {
            None
        } else if locale.starts_with("zh") {
            Some(Lang::ZhCn)
        } else {
            Some(Lang::En)
        }
    }

    /// `--lang` if given, else the environment's choice.
    pub fn choose(flag: Option<Lang>) -> Lang {
        flag.or_else(|| {
            ["VENDORCARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
                .and_then(|value| Lang::from_locale(&value))
        })
        .unwrap_or(Lang::En)
    }

    /// The `--lang` of a command line, read before clap parses it, so that
    /// what clap's own checks report (a bad `--max-age`) is in that language.
    /// A value clap would refuse is passed over here (clap says why).
    pub fn from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
        let mut args = args.into_iter().map(|arg| arg.to_string_lossy().into_owned());
        while let Some(arg) = args.next() {
            let value = match arg.as_str() {
                "--" => return None,
                "--lang" => args.next(),
                other => other.strip_prefix("--lang=").map(str::to_string),
            };
            if let Some(value) = value {
                return <Lang as clap::ValueEnum>::from_str(&value, true).ok();
            }
        }
        None
    }
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language for the rest of the run (once; later calls are ignored).
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this run: English until [`set`].
pub fn lang() -> Lang {
    CURRENT.get().copied().unwrap_or(Lang::En)
}

/// The catalogue of `lang`, parsed the first time it is needed (an English
/// run never parses the Chinese one).
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] = [OnceLock::new(), OnceLock::new()];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let resource = FluentResource::try_new(lang.catalogue().to_string()).unwrap_or_else(|(resource, _)| resource);
        let tag = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Terminals and spreadsheets show Unicode isolation marks as boxes or spaces.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// A value for a message's `{ $name }`: text as it is, or a number (for
/// plural forms: `{ $count -> [one] … *[other] … }`).
pub enum Arg<'a> {
    Text(&'a str),
    Owned(String),
    Count(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Owned(text)
    }
}

impl From<usize> for Arg<'_> {
    fn from(count: usize) -> Self {
        Arg::Count(count)
    }
}

/// The message `key` in `lang`, its `{ $name }`s filled from `args`. A key
/// missing from the catalogue gives the key itself (a test keeps the
/// catalogues complete, and every key the code uses present).
pub fn message_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value: FluentValue = match value {
            Arg::Text(text) => FluentValue::from(*text),
            Arg::Owned(text) => FluentValue::from(text.as_str()),
            Arg::Count(count) => FluentValue::from(*count),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// The message `key` in the run's language.
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang(), key, args)
}

/// `t!("key")`, `t!("key", name = value, …)`: a message in the run's language.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// A message kept as its key and arguments, so that each output says it in
/// its own language: JSON and CSV in English (they are the same in every
/// language), what people read in the run's. The scoring engine writes its
/// findings (a failed gate's reason, a missed SLA target) as these.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    key: &'static str,
    args: Vec<(&'static str, Part)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Plain(String),
    /// A rubric's own text and its translations (`names = { zh-CN = "…" }`).
    Translated(String, Vec<(String, String)>),
    /// Messages joined as the language joins clauses (`a; b`, `a；b`).
    Clauses(Vec<Text>),
    /// Messages joined as the language lists things (`a, b`, `a、b`).
    List(Vec<Text>),
    Count(usize),
    /// A length of time in minutes, written as the language writes durations.
    Minutes(f64),
    Message(Text),
}

impl Part {
    fn in_lang(&self, lang: Lang) -> String {
        match self {
            Part::Plain(text) => text.clone(),
            Part::Count(count) => count.to_string(),
            Part::Minutes(minutes) => duration_in(lang, *minutes),
            Part::Message(text) => text.in_lang(lang),
            Part::Translated(text, translations) => translations
                .iter()
                .find(|(tag, _)| tag.eq_ignore_ascii_case(lang.tag()))
                .map_or_else(|| text.clone(), |(_, translated)| translated.clone()),
            Part::Clauses(parts) => clauses_in(lang, &parts.iter().map(|part| part.in_lang(lang)).collect::<Vec<_>>()),
            Part::List(parts) => list_in(lang, &parts.iter().map(|part| part.in_lang(lang)).collect::<Vec<_>>()),
        }
    }
}

impl Text {
    pub fn new(key: &'static str) -> Text {
        Text { key, args: Vec::new() }
    }

    /// Text that reads the same in every language (a value from the inputs).
    pub fn verbatim(text: impl Into<String>) -> Text {
        Text { key: "", args: vec![("", Part::Plain(text.into()))] }
    }

    /// A rubric's text, shown in the language of its translations where it has one.
    pub fn translated(text: impl Into<String>, translations: &[(String, String)]) -> Text {
        Text { key: "", args: vec![("", Part::Translated(text.into(), translations.to_vec()))] }
    }

    /// Messages joined as clauses of one sentence.
    pub fn clauses(parts: Vec<Text>) -> Text {
        Text { key: "", args: vec![("", Part::Clauses(parts))] }
    }

    /// Messages joined as a list.
    pub fn list(parts: Vec<Text>) -> Text {
        Text { key: "", args: vec![("", Part::List(parts))] }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Text {
        self.args.push((name, Part::Plain(value.into())));
        self
    }

    pub fn count(mut self, name: &'static str, count: usize) -> Text {
        self.args.push((name, Part::Count(count)));
        self
    }

    pub fn minutes(mut self, name: &'static str, minutes: f64) -> Text {
        self.args.push((name, Part::Minutes(minutes)));
        self
    }

    /// An argument that is itself a message (`p90` in "a p90 of at most 120 minutes").
    pub fn part(mut self, name: &'static str, text: Text) -> Text {
        self.args.push((name, Part::Message(text)));
        self
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        if self.key.is_empty() {
            return match self.args.first() {
                Some((_, part)) => part.in_lang(lang),
                None => String::new(),
            };
        }
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, part)| {
                let value = match part {
                    Part::Plain(text) => Arg::Text(text),
                    Part::Count(count) => Arg::Count(*count),
                    other => Arg::Owned(other.in_lang(lang)),
                };
                (*name, value)
            })
            .collect();
        message_in(lang, self.key, &args)
    }

    pub fn english(&self) -> String {
        self.in_lang(Lang::En)
    }
}

/// A message already written (in English): the same in every language.
impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::verbatim(text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::verbatim(text)
    }
}

/// A message can be an error (`?` into `anyhow::Error`), shown in the run's language.
impl std::error::Error for Text {}

impl Default for Text {
    fn default() -> Self {
        Text::verbatim("")
    }
}

/// In the run's language.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(lang()))
    }
}

/// In English: JSON is the same in every language.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "String".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl From<&Text> for Arg<'_> {
    fn from(text: &Text) -> Self {
        Arg::Owned(text.to_string())
    }
}

/// The text for the run's language among a rubric's translations
/// (`names = { zh-CN = "…" }`), else `default` (the rubric's own text).
pub fn pick<'a>(translations: &'a [(String, String)], default: &'a str) -> &'a str {
    let tag = lang().tag();
    translations.iter().find(|(lang, _)| lang.eq_ignore_ascii_case(tag)).map_or(default, |(_, text)| text.as_str())
}

/// Items of a list as the language joins them: `a, b, c`; `a、b、c`.
pub fn list(items: &[String]) -> String {
    list_in(lang(), items)
}

/// [`list`] in `lang`.
fn list_in(lang: Lang, items: &[String]) -> String {
    items.join(match lang {
        Lang::En => ", ",
        Lang::ZhCn => "、",
    })
}

/// Clauses of a sentence as the language separates them: `a; b`; `a；b`.
pub fn clauses(items: &[String]) -> String {
    clauses_in(lang(), items)
}

/// [`clauses`] in `lang`.
fn clauses_in(lang: Lang, items: &[String]) -> String {
    items.join(match lang {
        Lang::En => "; ",
        Lang::ZhCn => "；",
    })
}

/// A calendar date as the language writes it: `2026-11-20`, `2026年11月20日`.
pub fn date(date: crate::date::Date) -> String {
    match lang() {
        Lang::En => date.to_string(),
        Lang::ZhCn => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// A length of time in whole minutes, as an SLA states it: `30m`, `4h`,
/// `1h 30m`, `72h`; in Chinese `30分钟`, `4小时`, `1小时30分钟`, `72小时`.
pub fn duration(minutes: f64) -> String {
    duration_in(lang(), minutes)
}

/// [`duration`] in `lang`.
pub fn duration_in(lang: Lang, minutes: f64) -> String {
    let whole = minutes.round() as i64;
    let (hours, minutes) = (whole / 60, whole % 60);
    match (lang, hours, minutes) {
        (Lang::En, 0, m) => format!("{m}m"),
        (Lang::En, h, 0) => format!("{h}h"),
        (Lang::En, h, m) => format!("{h}h {m}m"),
        (Lang::ZhCn, 0, m) => format!("{m}分钟"),
        (Lang::ZhCn, h, 0) => format!("{h}小时"),
        (Lang::ZhCn, h, m) => format!("{h}小时{m}分钟"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lang_flag_is_found_before_clap_parses() {
        let args = |line: &str| line.split(' ').map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(Lang::from_args(args("compare --lang zh-CN samples/")), Some(Lang::ZhCn));
        assert_eq!(Lang::from_args(args("compare --lang=zh samples/")), Some(Lang::ZhCn));
        assert_eq!(Lang::from_args(args("--lang en compare")), Some(Lang::En));
        // Not a language (clap will say so), after `--`, or absent: none.
        assert_eq!(Lang::from_args(args("compare --lang fr samples/")), None);
        assert_eq!(Lang::from_args(args("explain -- --lang zh-CN")), None);
        assert_eq!(Lang::from_args(args("compare samples/")), None);
    }

    /// The message ids of a catalogue, in order.
    fn keys(lang: Lang) -> Vec<String> {
        let resource = FluentResource::try_new(lang.catalogue().to_string())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", lang.tag()));
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_key_is_in_every_language() {
        let english = keys(Lang::En);
        assert!(english.len() > 20, "{english:?}");
        for lang in Lang::ALL {
            let mut theirs = keys(lang);
            let mut ours = english.clone();
            theirs.sort();
            ours.sort();
            let missing: Vec<_> = ours.iter().filter(|k| !theirs.contains(k)).collect();
            let extra: Vec<_> = theirs.iter().filter(|k| !ours.contains(k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                lang.tag()
            );
            let mut unique = theirs.clone();
            unique.dedup();
            assert_eq!(unique.len(), theirs.len(), "{}: a key twice", lang.tag());
        }
    }

    #[test]
    fn every_key_the_code_uses_is_in_the_catalogue() {
        let english = keys(Lang::En);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, _) in text.match_indices("t!(\"") {
                // `t!(`, not `format!(` or `print!(`.
                if text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let key: String = text[i + 4..].chars().take_while(|c| *c != '"').collect();
                if !english.contains(&key) && key != "key" {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in locales/en.ftl: {missing:?}");
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_environment() {
        assert_eq!(Lang::choose(Some(Lang::ZhCn)), Lang::ZhCn);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_locale("zh_TW"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), Some(Lang::En));
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn durations_and_dates_read_as_each_language_writes_them() {
        assert_eq!(duration_in(Lang::En, 30.0), "30m");
        assert_eq!(duration_in(Lang::En, 90.0), "1h 30m");
        assert_eq!(duration_in(Lang::En, 72.0 * 60.0), "72h");
        assert_eq!(duration_in(Lang::ZhCn, 30.0), "30分钟");
        assert_eq!(duration_in(Lang::ZhCn, 90.0), "1小时30分钟");
        assert_eq!(duration_in(Lang::ZhCn, 240.0), "4小时");
        // A message with a nested message and a duration, in both languages.
        let text = Text::new("sla-claimed")
            .arg("severity", "P0")
            .part("what", Text::new("sla-first-response"))
            .minutes("target", 30.0)
            .arg("clock", "7x24");
        assert_eq!(text.english(), "P0 first response within 30m (7x24)");
        assert_eq!(text.in_lang(Lang::ZhCn), "P0 首次响应时限 30分钟（7x24）");
        assert_eq!(Text::verbatim("7x24").in_lang(Lang::ZhCn), "7x24");
    }

    #[test]
    fn messages_fill_their_arguments_without_isolation_marks() {
        let text = message_in(Lang::En, "note-warnings", &[("count", Arg::Count(1))]);
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert!(text.contains("1 warning "), "{text}");
        assert!(message_in(Lang::En, "note-warnings", &[("count", Arg::Count(3))]).contains("3 warnings"));
        assert!(message_in(Lang::ZhCn, "note-warnings", &[("count", Arg::Count(3))]).contains("3 条警告"));
        assert_eq!(message_in(Lang::En, "no-such-key", &[]), "no-such-key");
    }
}
