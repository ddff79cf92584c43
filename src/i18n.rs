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

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let resource =
                    FluentResource::try_new(lang.catalogue().to_string()).unwrap_or_else(|(resource, _)| resource);
                let tag = lang.tag().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Terminals and spreadsheets show Unicode isolation marks as boxes or spaces.
                bundle.set_use_isolating(false);
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect()
    });
    &bundles[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
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

/// The text for the run's language among a rubric's translations
/// (`names = { zh-CN = "…" }`), else `default` (the rubric's own text).
pub fn pick<'a>(translations: &'a [(String, String)], default: &'a str) -> &'a str {
    let tag = lang().tag();
    translations.iter().find(|(lang, _)| lang.eq_ignore_ascii_case(tag)).map_or(default, |(_, text)| text.as_str())
}

/// Items of a list as the language joins them: `a, b, c`; `a、b、c`.
pub fn list(items: &[String]) -> String {
    items.join(match lang() {
        Lang::En => ", ",
        Lang::ZhCn => "、",
    })
}

/// Clauses of a sentence as the language separates them: `a; b`; `a；b`.
pub fn clauses(items: &[String]) -> String {
    items.join(match lang() {
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

/// A length of time in minutes, in the largest whole units: `1h 30m`, `2d 4h`;
/// in Chinese `1小时30分`, `2天4小时`. Under a minute: `45s`, `45秒`.
pub fn duration(minutes: f64) -> String {
    let seconds = (minutes * 60.0).round().max(0.0) as u64;
    let (days, hours, mins, secs) = (seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
    let units: [(u64, &str, &str); 4] = [(days, "d", "天"), (hours, "h", "小时"), (mins, "m", "分"), (secs, "s", "秒")];
    let shown: Vec<String> = units
        .iter()
        .filter(|(n, ..)| *n > 0)
        .take(2)
        .map(|(n, en, zh)| match lang() {
            Lang::En => format!("{n}{en}"),
            Lang::ZhCn => format!("{n}{zh}"),
        })
        .collect();
    match (shown.is_empty(), lang()) {
        (true, Lang::En) => "0m".into(),
        (true, Lang::ZhCn) => "0分".into(),
        (false, Lang::En) => shown.join(" "),
        (false, Lang::ZhCn) => shown.concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn messages_fill_their_arguments_without_isolation_marks() {
        let text = message_in(Lang::En, "note-warnings", &[("count", Arg::Count(1))]);
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert!(text.contains("1 warning "), "{text}");
        assert!(message_in(Lang::En, "note-warnings", &[("count", Arg::Count(3))]).contains("3 warnings"));
        assert!(message_in(Lang::ZhCn, "note-warnings", &[("count", Arg::Count(3))]).contains("3 条警告"));
        assert_eq!(message_in(Lang::En, "no-such-key", &[]), "no-such-key");
    }
}
