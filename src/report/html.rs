//! The report as one self-contained HTML page: inline CSS, no scripts, a
//! Content-Security-Policy that forbids loading anything, A4 print with each scenario on its
//! own page. Every value goes through maud, which escapes it; the young person's words sit
//! in direction-isolated elements so that right-to-left control characters stay inside them.

use fluent_bundle::FluentArgs;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Point, ReflectionAnswer, Report, ScenarioReport, Status, date, minutes};
use crate::story::Library;
use crate::story::format::Purpose;
use crate::story::locale::LangChain;
use crate::story::runtime::Millis;

/// Forbids every load: no scripts, images, fonts, frames or connections; only the page's own
/// `<style>` element applies.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const CSS: &str = include_str!("report.css");

struct Labels<'a> {
    library: &'a Library,
    chain: LangChain,
}

impl Labels<'_> {
    fn t(&self, id: &str) -> String {
        self.library.locales.ui(&self.chain, id, None)
    }

    fn args(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.library.locales.ui(&self.chain, id, Some(&a))
    }

    fn minutes(&self, ms: u64) -> String {
        self.args("report-minutes", &[("minutes", minutes(ms).to_string())])
    }

    fn status(&self, s: Status) -> String {
        self.t(&format!("report-status-{}", s.key()))
    }
}

/// Renders the report in its own language.
pub fn render(report: &Report, library: &Library) -> String {
    let l = Labels {
        library,
        chain: library.locales.negotiate(&[report.language.as_str()]),
    };
    let who = report
        .player
        .case
        .clone()
        .unwrap_or_else(|| report.player.name.clone());
    let page = html! {
        (DOCTYPE)
        html lang=(report.language) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="referrer" content="no-referrer";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (l.t("report-title")) " — " (who) }
                style { (PreEscaped(CSS)) }
            }
            body {
                (header(report, &l))
                (overview(report, &l))
                (points(report, &l))
                @for s in &report.scenarios {
                    (scenario(s, &l))
                }
                footer {
                    p { (l.args("report-footer", &[
                        ("version", report.program_version.clone()),
                        ("date", date(report.generated)),
                    ])) }
                }
            }
        }
    };
    page.into_string()
}

/// The young person's own words, verbatim and isolated.
fn words(text: &str, l: &Labels) -> Markup {
    html! {
        @if text.trim().is_empty() {
            p.empty { (l.t("report-empty")) }
        } @else {
            blockquote.words dir="auto" { (text) }
        }
    }
}

fn header(r: &Report, l: &Labels) -> Markup {
    let played = match (r.first_played, r.last_played) {
        (Some(a), Some(b)) => dates(a, b),
        _ => l.t("report-not-played"),
    };
    html! {
        header.top {
            h1 { (l.t("report-title")) }
            dl.meta {
                @if let Some(case) = &r.player.case {
                    dt { (l.t("report-case")) } dd { bdi.strong { (case) } }
                }
                dt { (l.t("report-name")) } dd { bdi { (r.player.name) } }
                @if let Some(code) = &r.player.assignment_code {
                    dt { (l.t("report-code")) } dd.mono { (code) }
                }
                dt { (l.t("report-played")) } dd { (played) }
                dt { (l.t("report-active")) } dd { (l.minutes(r.active_ms)) " " span.note { (l.t("report-active-note")) } }
                dt { (l.t("report-version")) } dd { (r.program_version) " · " (l.t("report-content")) " " span.mono { (r.content_hash) } }
                dt { (l.t("report-generated")) } dd { (date(r.generated)) }
            }
        }
    }
}

fn overview(r: &Report, l: &Labels) -> Markup {
    let assigned: Vec<&ScenarioReport> = r.scenarios.iter().filter(|s| s.assigned).collect();
    let other: Vec<&ScenarioReport> = r.scenarios.iter().filter(|s| !s.assigned).collect();
    let table = |rows: &[&ScenarioReport]| {
        html! {
            table.overview {
                thead { tr {
                    th.c-scenario { (l.t("report-col-scenario")) }
                    th.c-status { (l.t("report-col-status")) }
                    th.num.c-time { (l.t("report-col-time")) }
                    th.c-ending { (l.t("report-col-ending")) }
                    th.c-lang { (l.t("report-col-language")) }
                } }
                tbody {
                    @for s in rows {
                        tr {
                            td { (s.title) }
                            td { span class={"status " (s.status.key())} { (l.status(s.status)) } }
                            td.num { @if s.status != Status::NotStarted { (l.minutes(s.active_ms)) } }
                            td { @if let Some(e) = &s.ending { (e.title) } }
                            td { @if let Some(lang) = &s.played_language { (l.t(&format!("language-{lang}"))) } }
                        }
                    }
                }
            }
        }
    };
    html! {
        section.overview {
            h2 { (l.t("report-overview")) }
            @if r.scenarios.is_empty() {
                p { (l.t("report-nothing")) }
            }
            @if !assigned.is_empty() {
                h3 { (l.t("report-assigned")) }
                (table(&assigned))
            }
            @if !other.is_empty() {
                h3 { (l.t("report-not-assigned")) }
                (table(&other))
            }
        }
    }
}

/// One date, or the first and last when they differ.
fn dates(first: Millis, last: Millis) -> String {
    if date(first) == date(last) {
        date(first)
    } else {
        format!("{} – {}", date(first), date(last))
    }
}

fn points(r: &Report, l: &Labels) -> Markup {
    let title = |p: &Point| {
        r.scenarios
            .iter()
            .find(|s| s.id == p.scenario)
            .map_or(p.scenario.clone(), |s| s.title.clone())
    };
    html! {
        section.points {
            h2 { (l.t("report-points")) }
            @if r.points.is_empty() {
                p { (l.t("report-points-none")) }
            } @else {
                ul.points {
                    @for p in &r.points {
                        li class={"point point-" (p.kind.key())} {
                            span.kind { (l.t(&format!("report-point-{}", p.kind.key()))) }
                            span.place { (title(p)) }
                            div.about { (p.about) }
                            bdi.detail dir="auto" { (p.detail) }
                        }
                    }
                }
            }
        }
    }
}

fn scenario(s: &ScenarioReport, l: &Labels) -> Markup {
    html! {
        section.scenario id={"s-" (s.id)} {
            h2 { (s.title) }
            p.sub {
                span class={"status " (s.status.key())} { (l.status(s.status)) }
                @if s.status != Status::NotStarted {
                    " · " (l.minutes(s.active_ms))
                }
                @if let (Some(a), Some(b)) = (s.first_played, s.last_played) {
                    " · " (dates(a, b))
                }
                @if let Some(lang) = &s.played_language {
                    " · " (l.t("report-col-language")) ": " (l.t(&format!("language-{lang}")))
                }
            }
            @if s.content_changed && s.status != Status::NotStarted {
                p.warning { (l.t("report-changed")) }
            }
            @if s.status == Status::NotStarted {
                p { (l.t("report-not-played")) }
            }
            @if !s.decisions.is_empty() {
                h3 { (l.t("report-decisions")) }
                ol.timeline {
                    @for d in &s.decisions {
                        li {
                            @if !d.situation.is_empty() {
                                p.situation { (d.situation) }
                            }
                            p.prompt { (d.prompt) }
                            ul.options {
                                @for o in &d.options {
                                    li.chosen[o.chosen] {
                                        @if o.chosen { span.mark { "✔ " } } @else { span.mark { "○ " } }
                                        (o.text)
                                        @if o.risky { " " span.tag.risky { (l.t("report-risky")) } }
                                        @if o.chosen { " " span.tag { (l.t("report-chosen")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(e) = &s.ending {
                h3 { (l.t("report-ending")) }
                div.ending {
                    p.ending-title { (e.title) }
                    @if !e.closed {
                        p.note { (l.t("report-ending-open")) }
                    } @else {
                        h4 { (l.t("report-takeaway")) }
                        (words(&e.takeaway, l))
                        @if !e.question.trim().is_empty() {
                            h4 { (l.t("report-question")) }
                            (words(&e.question, l))
                        }
                    }
                    @if !e.help.is_empty() {
                        p.help { span.label { (l.t("report-help")) ": " } @for (i, h) in e.help.iter().enumerate() {
                            @if i > 0 { "; " } (h.label)
                        } }
                    }
                }
            }
            @if !s.reflections.is_empty() {
                h3 { (l.t("report-reflections")) }
                @for r in &s.reflections {
                    @let purpose = match r.answer {
                        ReflectionAnswer::OpenQuestion { purpose, .. } => purpose,
                        _ => Purpose::Reflection,
                    };
                    @let apology = purpose == Purpose::Apology;
                    @let own = purpose == Purpose::OwnSituation;
                    div.reflection.apology[apology].own[own] {
                        @if apology { p.kind { (l.t("report-apology")) } }
                        @if own { p.kind { (l.t("report-own-situation")) } }
                        p.question { (r.question) }
                        @match &r.answer {
                            ReflectionAnswer::OpenQuestion { text, .. } if own && text.trim().is_empty() => {
                                p.empty { (l.t("report-skipped")) }
                            }
                            other => (answer(other, l)),
                        }
                        @if let Some(starter) = &r.starter {
                            p.starter { span.label { (l.t("report-starter")) ": " } (starter) }
                        }
                    }
                }
            }
        }
    }
}

fn answer(a: &ReflectionAnswer, l: &Labels) -> Markup {
    match a {
        ReflectionAnswer::OpenQuestion { text, .. } => words(text, l),
        ReflectionAnswer::Ruler {
            score,
            low,
            high,
            followup,
            why,
        } => html! {
            div.ruler {
                span.end { (low) }
                span.scale {
                    @for i in 0..=10u8 {
                        span.cell.on[i == *score] { (i) }
                    }
                }
                span.end { (high) }
            }
            p.followup { (followup) }
            (words(why, l))
        },
        ReflectionAnswer::Feelings { chosen, other } => html! {
            p.feelings {
                @for f in chosen { span.tag.feeling { (f.label) } " " }
            }
            @if !other.trim().is_empty() {
                p.small { (l.t("report-feelings-other")) }
                (words(other, l))
            }
        },
        ReflectionAnswer::FlagJudgement {
            flag,
            reference,
            criteria,
            explanation,
            distance,
        } => html! {
            table.flag {
                thead { tr {
                    th {}
                    th { (l.t("report-flag-yours")) }
                    th { (l.t("report-flag-reference")) }
                } }
                tbody {
                    tr.far[*distance >= super::FLAG_FAR] {
                        th { (l.t("report-flag")) }
                        td { span class={"flag " (flag.key)} { (flag.label) } }
                        td { span class={"flag " (reference.key)} { (reference.label) } }
                    }
                    @for c in criteria {
                        tr.differs[c.yours != c.reference] {
                            th { (c.label) }
                            td { @if c.yours { "✔" } @else { "–" } }
                            td { @if c.reference { "✔" } @else { "–" } }
                        }
                    }
                }
            }
            p.explanation { (explanation) }
        },
        ReflectionAnswer::Quiz {
            chosen,
            correct,
            right,
            explanation,
        } => html! {
            p.quiz.right[*right].wrong[!*right] {
                @if *right { "✔ " (l.t("report-quiz-right")) } @else { "✘ " (l.t("report-quiz-wrong")) }
                ": " (chosen.label)
            }
            @if !*right {
                p { (l.t("report-quiz-correct")) ": " (correct.label) }
            }
            p.explanation { (explanation) }
        },
    }
}
