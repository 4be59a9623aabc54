//! `respect-online i18n`: the state of the translations, and confirming them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use clap::Args;

use super::{Context, TextFormat, library};
use crate::content;
use crate::story::i18n::{self, LocaleAudit, RECORD_FILE, Record};
use crate::story::shorten;

#[derive(Debug, Args)]
pub struct I18nArgs {
    /// Only this language (default: every language under `locales/`).
    #[arg(long)]
    pub lang: Option<String>,
    /// Confirm that translations in `--lang` are up to date with the Dutch: `file:message`,
    /// a whole `file`, or `all`. Writes `locales/<lang>/translated-from-nl.json`.
    #[arg(long, num_args = 1.., value_name = "WHAT", requires = "lang")]
    pub accept: Vec<String>,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

pub fn i18n(
    args: &I18nArgs,
    cx: &Context,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<i32> {
    let locales = content::find(cx.content.as_deref()).join("locales");
    let library = library(cx, err)?;
    if !args.accept.is_empty() {
        let lang = args.lang.as_deref().unwrap_or_default();
        let record = read_record(&locales, lang);
        return match i18n::accept(&library, record, lang, &args.accept) {
            Ok((record, n)) => {
                std::fs::write(locales.join(lang).join(RECORD_FILE), record.to_json())?;
                writeln!(
                    out,
                    "confirmed {n} `{lang}` message(s) as translated from the current Dutch"
                )?;
                Ok(0)
            }
            Err(e) => {
                writeln!(err, "error: {e}")?;
                Ok(1)
            }
        };
    }
    let records: BTreeMap<String, Record> = library
        .locales
        .languages()
        .iter()
        .map(|lang| (lang.clone(), read_record(&locales, lang)))
        .collect();
    let audits = i18n::audit(&library, &records, args.lang.as_deref());
    if let Some(lang) = &args.lang
        && audits.is_empty()
    {
        writeln!(
            err,
            "error: there is no folder locales/{lang}; the languages are: {}",
            library.locales.languages().join(", ")
        )?;
        return Ok(1);
    }
    match args.format {
        TextFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&audits)?)?,
        TextFormat::Text => {
            for a in &audits {
                write_locale(a, out)?;
            }
        }
    }
    Ok(i32::from(audits.iter().any(|a| !a.is_clean())))
}

/// A language's record of what its messages were translated from; empty when missing.
fn read_record(locales: &Path, lang: &str) -> Record {
    std::fs::read_to_string(locales.join(lang).join(RECORD_FILE))
        .map(|t| i18n::parse_record(&t))
        .unwrap_or_default()
}

fn write_locale(a: &LocaleAudit, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = &a.language;
    let role = if a.source { " (the source)" } else { "" };
    writeln!(
        out,
        "{lang}{role}: {} missing, {} unused, {} stale, {} unconfirmed in {} file(s)",
        a.count(|f| f.missing.len()),
        a.count(|f| f.unused.len()),
        a.count(|f| f.stale.len()),
        a.count(|f| f.unconfirmed.len()),
        a.files_checked,
    )?;
    for f in &a.files {
        let file = format!("locales/{lang}/{}.ftl", f.file);
        if !f.missing.is_empty() {
            writeln!(out, "  {file}: missing {}", f.missing.join(", "))?;
        }
        if !f.unused.is_empty() {
            writeln!(out, "  {file}: unused {}", f.unused.join(", "))?;
        }
        for s in &f.stale {
            writeln!(
                out,
                "  {file}: `{}` is stale: the Dutch changed after it was translated",
                s.message
            )?;
            for (label, text) in [
                ("Dutch then", &s.dutch_then),
                ("Dutch now ", &s.dutch_now),
                ("translated", &s.translation),
            ] {
                writeln!(out, "      {label}: {}", shorten(text, 200))?;
            }
            writeln!(
                out,
                "      when the translation is right again: respect-online i18n --lang {lang} --accept {}:{}",
                f.file, s.message
            )?;
        }
        if !f.unconfirmed.is_empty() {
            writeln!(
                out,
                "  {file}: {} message(s) not confirmed as translated from the current Dutch: {}",
                f.unconfirmed.len(),
                shorten(&f.unconfirmed.join(", "), 100)
            )?;
            writeln!(
                out,
                "      once checked: respect-online i18n --lang {lang} --accept {}",
                f.file
            )?;
        }
    }
    Ok(())
}
