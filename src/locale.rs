//! The window's words in English and simplified Chinese, from Project Fluent files.
//!
//! `assets/locales/<code>/{main,chronicle,report}.ftl` are read at start (a translator sees an edit on the next
//! run) over copies built into the program, so a missing or half-broken folder never leaves
//! the window blank. A key missing in Chinese is said in English; a key missing everywhere
//! shows the key itself. Nothing here panics and nothing here knows Bevy: the command line
//! and the reports may use it too.
//!
//! ```ignore
//! use crate::locale::{tr, tr_args};
//! ui.button(tr("title-new-game"));
//! ui.label(tr_args("play-turn-of", &[("turn", 3.into()), ("turns", 40.into())]));
//! ```

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::path::Path;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A value handed to a message: a text (`"Kou Zhun".into()`) or a number (`3.into()`, which
/// chooses the English plural forms).
pub use fluent_bundle::FluentValue as Arg;

/// A language of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// Its code, as `--lang` and the settings file write it: `en`, `zh-Hans`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// Its name in itself, for the title screen's choice.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "中文",
        }
    }

    /// The language of a code, read loosely: `en`, `en-GB`, `zh`, `zh-Hans`, `zh_CN`, any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        let first = code.split('-').next().unwrap_or_default();
        match first {
            "en" => Some(Lang::En),
            // Only simplified Chinese is written so far; Taiwan's and Hong Kong's codes are not it.
            "zh" if !["hant", "tw", "hk", "mo"].iter().any(|t| code.split('-').any(|p| p == *t)) => Some(Lang::ZhHans),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The files of each language: the window's words, the chronicle's sentences (the rules'
/// own texts, read by the window, the command line and the reports alike), and the reports'.
pub const FILES: [&str; 3] = ["main.ftl", "chronicle.ftl", "report.ftl"];

/// The files built into the program, in the order of [`Lang::ALL`], then of [`FILES`].
pub const EMBEDDED: [[&str; 3]; 2] = [
    [
        include_str!("../assets/locales/en/main.ftl"),
        include_str!("../assets/locales/en/chronicle.ftl"),
        include_str!("../assets/locales/en/report.ftl"),
    ],
    [
        include_str!("../assets/locales/zh-Hans/main.ftl"),
        include_str!("../assets/locales/zh-Hans/chronicle.ftl"),
        include_str!("../assets/locales/zh-Hans/report.ftl"),
    ],
];

/// The largest locale file read from disk; a bigger one is left for the built-in copy.
const MAX_FILE: u64 = 1 << 20;

type Bundle = FluentBundle<FluentResource>;

/// Every language's messages.
pub struct Catalog {
    bundles: Vec<Bundle>,
}

impl Catalog {
    /// The files built into the program alone.
    pub fn embedded() -> Catalog {
        Catalog::load(None).0
    }

    /// The files of `dir/<code>/` (see [`FILES`]) over the built-in ones (a message in the folder's
    /// file wins; one it lacks comes from the built-in copy), and what was wrong with the
    /// folder's files: unreadable, too big or with syntax errors (their good messages are kept).
    pub fn load(dir: Option<&Path>) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let bundles = Lang::ALL
            .iter()
            .map(|lang| {
                let mut sources = Vec::new();
                if let Some(dir) = dir {
                    for file in FILES {
                        let path = dir.join(lang.code()).join(file);
                        match read_small(&path) {
                            Ok(Some(text)) => sources.push((text, path.display().to_string())),
                            Ok(None) => {}
                            Err(e) => problems.push(format!("{}: {e}", path.display())),
                        }
                    }
                }
                for (file, text) in FILES.iter().zip(EMBEDDED[lang.index()]) {
                    sources.push((text.to_string(), format!("built-in {}/{file}", lang.code())));
                }
                let mut bundle = Bundle::new_concurrent(vec![
                    lang.code().parse::<unic_langid::LanguageIdentifier>().unwrap_or_default(),
                ]);
                // No invisible direction marks around arguments: egui would draw them as boxes.
                bundle.set_use_isolating(false);
                for (text, name) in sources {
                    let resource = match FluentResource::try_new(text) {
                        Ok(r) => r,
                        Err((r, errors)) => {
                            let first = errors.first().map(|e| format!(", first: {e:?}")).unwrap_or_default();
                            problems.push(format!("{name}: {} syntax error(s){first}", errors.len()));
                            r
                        }
                    };
                    // Messages already added (from the folder) are kept; the rest are added.
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect();
        (Catalog { bundles }, problems)
    }

    /// The text of `key` in `lang`, in English when `lang` lacks it, else the key itself.
    pub fn text(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [&self.bundles[lang.index()], &self.bundles[Lang::En.index()]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_string()
    }

    /// Whether `lang` itself has a message `key` (without falling back to English).
    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.bundles[lang.index()].has_message(key)
    }
}

/// A locale file read from disk if it is a regular file of reasonable size; `None` if absent.
fn read_small(path: &Path) -> Result<Option<String>, String> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
        Ok(m) if !m.is_file() => Err("not a regular file".into()),
        Ok(m) if m.len() > MAX_FILE => Err(format!("larger than {MAX_FILE} bytes")),
        Ok(_) => std::fs::read_to_string(path).map(Some).map_err(|e| e.to_string()),
    }
}

/// The message ids of a Fluent text, or its syntax errors.
pub fn message_ids(source: &str) -> Result<Vec<String>, Vec<String>> {
    match fluent_syntax::parser::parse(source) {
        Ok(resource) => Ok(resource
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()),
        Err((_, errors)) => Err(errors.iter().map(|e| format!("{e:?}")).collect()),
    }
}

static CATALOG: RwLock<Option<Catalog>> = RwLock::new(None);
static LANGUAGE: AtomicU8 = AtomicU8::new(0);

/// Reads the locale files of `dir` (the game's `assets/locales`) over the built-in ones for
/// [`tr`]; returns what was wrong with them, for a warning. Without it `tr` uses the built-in files.
pub fn init(dir: Option<&Path>) -> Vec<String> {
    let (catalog, problems) = Catalog::load(dir);
    *CATALOG.write().unwrap_or_else(|e| e.into_inner()) = Some(catalog);
    problems
}

/// The language [`tr`] speaks from now on.
pub fn set_language(lang: Lang) {
    LANGUAGE.store(lang.index() as u8, Ordering::Relaxed);
}

thread_local! {
    /// A language for this thread alone (see [`with_language`]), over the chosen one.
    static OVERRIDE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The language [`tr`] speaks: this thread's own, within [`with_language`], else the chosen one.
pub fn language() -> Lang {
    OVERRIDE
        .with(|o| o.get())
        .unwrap_or_else(|| Lang::ALL.get(LANGUAGE.load(Ordering::Relaxed) as usize).copied().unwrap_or_default())
}

/// Runs `f` with [`tr`] speaking `lang` on this thread only: a report written in Chinese from
/// the command line, or a test, without changing the language of any other thread.
pub fn with_language<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// The text of `key` in the chosen language (see [`Catalog::text`]).
pub fn tr(key: &str) -> String {
    lookup(key, None)
}

/// The text of `key` with its arguments: `tr_args("key", &[("name", name.into())])`.
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    lookup(key, Some(&fluent))
}

fn lookup(key: &str, args: Option<&FluentArgs>) -> String {
    let lang = language();
    {
        let catalog = CATALOG.read().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = catalog.as_ref() {
            return c.text(lang, key, args);
        }
    }
    // Not read yet: the built-in files, kept for the next time.
    let mut catalog = CATALOG.write().unwrap_or_else(|e| e.into_inner());
    catalog.get_or_insert_with(Catalog::embedded).text(lang, key, args)
}
