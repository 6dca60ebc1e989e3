//! The report as one self-contained HTML page: its style, its charts (inline SVG) and its text
//! in the one file, nothing fetched from anywhere, and a print stylesheet for A4. Every text
//! read from a scenario or a save is escaped with `html-escape`.

use super::class::ClassReport;
use super::debrief::{Debrief, Question};
use super::{charts, sum};
use crate::locale::{tr, tr_args};

/// Text for the page's body.
fn esc(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

/// Text inside a double-quoted attribute.
fn attr(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

const STYLE: &str = r#"
:root { --ink: #2b2118; --soft: #6b5d4f; --paper: #fbf8f1; --rule: #d9cfbd; --seal: #a8322a; --good: #3c6e47; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; background: var(--paper); color: var(--ink);
  font: 16px/1.45 "Noto Serif", "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "Source Han Serif", Georgia, "Times New Roman", serif; }
/* Chinese first for a page in Chinese, so that its punctuation is the Chinese font's; the
   fonts are the reader's own, none is fetched. */
html:lang(zh-Hans) body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif CJK TC", "Source Han Serif", "Noto Serif", serif; }
/* The charts' words in the page's fonts: CSS is stronger than the SVG's own font-family. */
figure svg text { font-family: inherit; }
h1 { font-size: 1.9rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--seal); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
.meta { color: var(--soft); margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #efe7d8; }
td.same { color: var(--good); } td.differs { color: var(--seal); }
/* The game's side of a clause is short ("≠ not sworn"); it keeps room beside history's long texts. */
td.same, td.differs { min-width: 6em; }
td.num, table.treaties td:nth-child(n+5) { text-align: right; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: .8rem; }
figure { margin: 0; background: #fff; border: 1px solid var(--rule); padding: .3rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; color: var(--soft); padding: .2rem .3rem; }
.swatch { display: inline-block; width: 1.6em; height: 0; border-top: 4px solid; vertical-align: middle; margin: 0 .3em 0 .5em; }
ol.questions li { margin: .35rem 0; }
ul.reasons { margin: .2rem 0 0 1rem; padding: 0; font-size: .85rem; color: var(--soft); }
.against { color: var(--seal); font-weight: bold; } .with { color: var(--good); }
dl.chronicle dt { font-weight: bold; color: var(--seal); margin-top: .5rem; }
dl.chronicle dd { margin: 0 0 0 1rem; }
.skipped li { color: var(--seal); }
.note { border-left: 4px solid var(--seal); padding: .3rem .7rem; background: #f4ecdd; }
section.teacher dt { font-weight: bold; margin-top: .6rem; }
section.teacher dd { margin: .2rem 0 0 1rem; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--soft); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  figure, tr, li, dd { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  section.chronicle, section.teacher { break-before: page; }
}
"#;

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n<footer>{}</footer>\n</body>\n</html>\n",
        crate::locale::language().code(),
        esc(title),
        esc(&tr("report-footer"))
    )
}

fn questions(out: &mut String, qs: &[Question]) {
    out.push_str("<ol class=\"questions\">\n");
    for q in qs {
        out.push_str(&format!("<li>{}</li>\n", esc(&q.text)));
    }
    out.push_str("</ol>\n");
}

/// A table's heading row from message keys.
fn head(keys: &[&str]) -> String {
    let cells: String = keys.iter().map(|k| format!("<th>{}</th>", esc(&tr(k)))).collect();
    format!("<thead><tr>{cells}</tr></thead>")
}

/// A section's opening and its heading.
fn section(class: &str, heading: &str) -> String {
    format!("<section class=\"{class}\" id=\"{class}\"><h2>{}</h2>\n", esc(heading))
}

/// The debrief of one game.
pub fn debrief(d: &Debrief) -> String {
    let mut o = String::new();
    let title = tr_args("report-debrief-title", &[("title", d.title.clone().into())]);
    o.push_str(&format!("<header><h1>{}</h1>\n", esc(&title)));
    o.push_str(&format!("<p class=\"meta\">{}</p></header>\n", esc(&meta(d))));
    o.push_str(&section("treaty", &tr_args("report-treaty-beside", &[("treaty", d.treaty_name.clone().into())])));
    o.push_str(&format!("<p>{}</p>\n", esc(&sworn(d))));
    o.push_str(&format!(
        "<table class=\"comparison\">{}<tbody>\n",
        head(&["report-col-article", "report-col-clause", "report-col-in-history", "report-col-in-game"])
    ));
    for row in &d.comparison {
        let class = if row.same { "same" } else { "differs" };
        o.push_str(&format!(
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"{class}\">{} {}</td></tr>\n",
            row.article.map(|a| a.to_string()).unwrap_or_else(|| "–".into()),
            esc(&row.clause),
            esc(&row.history.clone().unwrap_or_else(|| tr("report-not-in-treaty"))),
            if row.same { "=" } else { "≠" },
            esc(&row.sworn.clone().unwrap_or_else(|| tr("report-clause-not-sworn")))
        ));
    }
    o.push_str("</tbody></table>\n");
    o.push_str(&format!("<p>{}</p></section>\n", esc(&payments(d))));

    o.push_str(&section("turning", &tr("report-turning-heading")));
    o.push_str(&format!(
        "<table>{}<tbody>\n",
        head(&["report-col-turning-point", "report-col-in-game", "report-col-in-history"])
    ));
    for t in &d.turning {
        o.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(&t.what),
            esc(&t.game.clone().unwrap_or_else(|| tr("report-did-not-happen"))),
            esc(t.history.as_deref().unwrap_or("–"))
        ));
    }
    o.push_str("</tbody></table></section>\n");

    if !d.known.is_empty() {
        o.push_str(&section("known", &tr("report-known-heading")));
        o.push_str(&format!(
            "<table>{}<tbody>\n",
            head(&["report-col-what", "report-col-history-date", "report-col-record", "report-col-game-date"])
        ));
        for k in &d.known {
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                esc(&k.what),
                esc(&k.history),
                esc(&k.record),
                esc(&k.game.clone().unwrap_or_else(|| tr("report-did-not-happen")))
            ));
        }
        o.push_str("</tbody></table></section>\n");
    }

    o.push_str(&section("figures", &tr("report-figures-heading")));
    o.push_str("<div class=\"charts\">\n");
    // The courts by their colours, for every chart's caption (borders print where
    // backgrounds may not).
    let key: Vec<String> = d
        .courts
        .iter()
        .map(|c| {
            let (r, g, b) = c.colour;
            format!("<span class=\"swatch\" style=\"border-top-color: rgb({r},{g},{b})\"></span>{}", esc(&c.name))
        })
        .collect();
    for s in &d.series {
        let caption =
            tr_args("report-chart-caption", &[("title", s.title.clone().into()), ("unit", s.unit.clone().into())]);
        o.push_str(&format!(
            "<figure class=\"chart\" aria-label=\"{}\">{}<figcaption>{} · {}</figcaption></figure>\n",
            attr(&s.title),
            charts::lines(s, &d.courts),
            key.join(" "),
            esc(&caption)
        ));
    }
    o.push_str("</div></section>\n");

    o.push_str(&section("questions", &tr("report-questions-heading")));
    questions(&mut o, &d.questions);
    o.push_str("</section>\n");

    o.push_str(&section("decisions", &tr("report-decisions-heading")));
    o.push_str(&format!("<p>{}</p>\n", esc(&tr("report-decisions-intro"))));
    for (i, court) in d.courts.iter().enumerate() {
        let mine: Vec<_> = d.decisions.iter().filter(|x| x.court.index() == i).collect();
        o.push_str(&format!("<h3>{}</h3>\n", esc(&court_heading(court))));
        if mine.is_empty() {
            o.push_str(&format!("<p>{}</p>\n", esc(&tr("report-no-decisions"))));
            continue;
        }
        o.push_str(&format!(
            "<table>{}<tbody>\n",
            head(&["report-col-date", "report-col-decision", "report-col-judgement"])
        ));
        for x in mine {
            let mark = match x.followed {
                Some(true) => format!("<span class=\"with\">{}</span>", esc(&tr("report-went-with"))),
                Some(false) => format!("<span class=\"against\">{}</span>", esc(&tr("report-went-against"))),
                None => String::new(),
            };
            let reasons: String = x.reasons.iter().map(|r| format!("<li>{}</li>", esc(r))).collect();
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{} {mark}{}</td></tr>\n",
                esc(&x.date),
                esc(&x.what),
                esc(&x.advice),
                if reasons.is_empty() { String::new() } else { format!("<ul class=\"reasons\">{reasons}</ul>") }
            ));
        }
        o.push_str("</tbody></table>\n");
    }
    o.push_str("</section>\n");

    o.push_str(&section("chronicle", &tr("report-chronicle-heading")));
    // The whole chronicle, both courts' secret lines among them: said, so that nobody reads
    // an envoy's private word as something the other court knew.
    o.push_str(&format!("<p class=\"note\">{}</p>\n<dl class=\"chronicle\">\n", esc(&tr("report-chronicle-secrets"))));
    for (date, lines) in &d.chronicle {
        o.push_str(&format!("<dt>{}</dt>\n", esc(date)));
        for l in lines {
            o.push_str(&format!("<dd>{}</dd>\n", esc(l)));
        }
    }
    o.push_str("</dl></section>\n");

    let notes = super::teacher::notes(&d.scenario_id, &d.questions);
    if !notes.is_empty() {
        o.push_str(&section("teacher", &tr("report-teacher-heading")));
        o.push_str(&format!("<p class=\"note\">{}</p>\n<dl>\n", esc(&tr("report-teacher-intro"))));
        for (heading, text) in notes {
            o.push_str(&format!("<dt>{}</dt>\n<dd>{}</dd>\n", esc(&heading), esc(&text)));
        }
        o.push_str("</dl></section>\n");
    }
    page(&title, &o)
}

/// The game in a line: its seed, who played, how far it ran and how it ended.
pub(super) fn meta(d: &Debrief) -> String {
    let people: Vec<&str> = d.courts.iter().filter(|c| c.person).map(|c| c.name.as_str()).collect();
    let people = if people.is_empty() { tr("report-people-none") } else { people.join(&tr("report-comma")) };
    let mut meta = tr_args(
        "report-meta",
        &[("seed", d.seed.to_string().into()), ("people", people.into()), ("date", d.last_date.clone().into())],
    );
    if let Some(w) = &d.over {
        meta.push_str(&format!(" · {w}"));
    }
    meta
}

/// The treaty sworn between the courts of history's, or that none was.
pub(super) fn sworn(d: &Debrief) -> String {
    let between = [("a", d.history_between.0.clone().into()), ("b", d.history_between.1.clone().into())];
    match &d.sworn {
        Some((brief, when)) => tr_args(
            "report-sworn",
            &[between[0].clone(), between[1].clone(), ("date", when.clone().into()), ("terms", brief.clone().into())],
        ),
        None => tr_args("report-not-sworn", &between),
    }
}

/// "Yearly payments: ... in this game; ... in history."
pub(super) fn payments(d: &Debrief) -> String {
    tr_args(
        "report-payments",
        &[
            ("silver", sum(d.silver).into()),
            ("silk", sum(d.silk).into()),
            ("history-silver", sum(d.history_silver).into()),
            ("history-silk", sum(d.history_silk).into()),
        ],
    )
}

/// "The Song (played by people)".
pub(super) fn court_heading(court: &super::debrief::CourtLine) -> String {
    let key = if court.person { "report-court-people" } else { "report-court-computer" };
    tr_args(key, &[("court", court.name.clone().into())])
}

/// A table of the class report, its cells in words; in the treaties' table the figures
/// (silver, silk, places lost) are set right by the stylesheet.
fn table(t: &super::class::ClassTable, class: &str) -> String {
    let head: String = t.head.iter().map(|h| format!("<th>{}</th>", esc(h))).collect();
    let mut o = format!("<table class=\"{class}\"><thead><tr>{head}</tr></thead><tbody>\n");
    for row in &t.rows {
        let cells: String = row.iter().map(|x| format!("<td>{}</td>", esc(x))).collect();
        o.push_str(&format!("<tr>{cells}</tr>\n"));
    }
    o.push_str("</tbody></table>\n");
    o
}

/// The class report: every group's game side by side.
pub fn class(c: &ClassReport) -> String {
    let mut o = String::new();
    let title = tr_args("report-class-title", &[("title", c.title.clone().into())]);
    o.push_str(&format!("<header><h1>{}</h1>\n", esc(&title)));
    o.push_str(&format!(
        "<p class=\"meta\">{}</p></header>\n",
        esc(&tr_args("report-class-meta", &[("groups", c.groups.len().into()), ("skipped", c.skipped.len().into())]))
    ));
    o.push_str(&section("treaties", &tr_args("report-class-treaties", &[("treaty", c.treaty_name.clone().into())])));
    o.push_str(&table(&c.treaties(), "treaties"));
    o.push_str("</section>\n");

    o.push_str(&section("decisions", &tr("report-class-decisions")));
    o.push_str(&format!("<p>{}</p>\n", esc(&tr("report-class-decisions-intro"))));
    o.push_str(&table(&c.decisions(), "decisions"));
    o.push_str("</section>\n");

    o.push_str(&section("spread", &tr("report-class-spread")));
    o.push_str(&format!(
        "<figure class=\"chart\" aria-label=\"payments\">{}<figcaption>{}</figcaption></figure>\n",
        charts::payments(&c.payments(), c.history),
        esc(&tr("report-class-spread-caption"))
    ));
    o.push_str("<ul>\n");
    for line in c.tallies() {
        o.push_str(&format!("<li>{}</li>\n", esc(&line)));
    }
    o.push_str("</ul></section>\n");
    o.push_str(&section("questions", &tr("report-questions-heading")));
    questions(&mut o, &c.questions());
    o.push_str("</section>\n");
    if !c.skipped.is_empty() {
        o.push_str(&section("skipped", &tr("report-skipped-heading")));
        o.push_str("<ul>\n");
        for (file, why) in &c.skipped {
            o.push_str(&format!("<li>{}: {}</li>\n", esc(file), esc(why)));
        }
        o.push_str("</ul></section>\n");
    }
    page(&title, &o)
}
