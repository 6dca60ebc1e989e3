//! The report's Markdown copy: the same sections as the page, with the charts' figures as a
//! table by turn. Texts from files are escaped so that no name makes a link, a heading or
//! HTML of itself.

use super::class::ClassReport;
use super::debrief::{Debrief, Question};
use super::html::{court_heading, meta, payments, sworn};
use super::sum;
use crate::locale::{tr, tr_args};

/// Text with Markdown's marks escaped (CommonMark lets any ASCII punctuation be escaped).
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '{' | '}') {
            out.push('\\');
        }
        // A new line inside a table cell or a list item would end it.
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

fn questions(o: &mut String, qs: &[Question]) {
    for (i, q) in qs.iter().enumerate() {
        o.push_str(&format!("{}. {}\n", i + 1, md(&q.text)));
    }
}

/// A table's heading and rule from message keys.
fn head(keys: &[&str]) -> String {
    let cells: Vec<String> = keys.iter().map(|k| md(&tr(k))).collect();
    format!("| {} |\n|{}\n", cells.join(" | "), "---|".repeat(keys.len()))
}

pub fn debrief(d: &Debrief) -> String {
    let title = tr_args("report-debrief-title", &[("title", d.title.clone().into())]);
    let mut o = format!("# {}\n\n", md(&title));
    o.push_str(&format!("{}\n\n", md(&meta(d))));
    o.push_str(&format!(
        "## {}\n\n",
        md(&tr_args("report-treaty-beside", &[("treaty", d.treaty_name.clone().into())]))
    ));
    o.push_str(&format!("{}\n\n", md(&sworn(d))));
    o.push_str(&head(&["report-col-article", "report-col-clause", "report-col-in-history", "report-col-in-game"]));
    for row in &d.comparison {
        o.push_str(&format!(
            "| {} | {} | {} | {} {} |\n",
            row.article.map(|a| a.to_string()).unwrap_or_else(|| "–".into()),
            md(&row.clause),
            md(&row.history.clone().unwrap_or_else(|| tr("report-not-in-treaty"))),
            if row.same { "=" } else { "≠" },
            md(&row.sworn.clone().unwrap_or_else(|| tr("report-clause-not-sworn")))
        ));
    }
    o.push_str(&format!("\n{}\n\n", md(&payments(d))));
    o.push_str(&format!("## {}\n\n", md(&tr("report-turning-heading"))));
    o.push_str(&head(&["report-col-turning-point", "report-col-in-game", "report-col-in-history"]));
    for t in &d.turning {
        o.push_str(&format!(
            "| {} | {} | {} |\n",
            md(&t.what),
            md(&t.game.clone().unwrap_or_else(|| tr("report-did-not-happen"))),
            md(t.history.as_deref().unwrap_or("–"))
        ));
    }
    if !d.known.is_empty() {
        o.push_str(&format!("\n## {}\n\n", md(&tr("report-known-heading"))));
        o.push_str(&head(&["report-col-what", "report-col-history-date", "report-col-record", "report-col-game-date"]));
        for k in &d.known {
            o.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md(&k.what),
                md(&k.history),
                md(&k.record),
                md(&k.game.clone().unwrap_or_else(|| tr("report-did-not-happen")))
            ));
        }
    }
    o.push_str(&format!("\n## {}\n\n", md(&tr("report-figures-heading"))));
    if let Some(first) = d.series.first() {
        let mut head = format!("| {} |", md(&tr("report-col-date")));
        let mut rule = String::from("|---|");
        for s in &d.series {
            for c in &d.courts {
                head.push_str(&format!(" {} ({}) |", md(&s.title), md(&c.name)));
                rule.push_str("---|");
            }
        }
        o.push_str(&format!("{head}\n{rule}\n"));
        for (i, turn) in first.turns.iter().enumerate() {
            o.push_str(&format!("| {} |", md(&d.dates.get(i).cloned().unwrap_or_else(|| turn.to_string()))));
            for s in &d.series {
                for v in &s.values {
                    o.push_str(&format!(" {} |", sum(v.get(i).copied().unwrap_or(0.0) as i64)));
                }
            }
            o.push('\n');
        }
        o.push('\n');
    }
    o.push_str(&format!("## {}\n\n", md(&tr("report-questions-heading"))));
    questions(&mut o, &d.questions);
    o.push_str(&format!("\n## {}\n\n", md(&tr("report-decisions-heading"))));
    for (i, court) in d.courts.iter().enumerate() {
        o.push_str(&format!("### {}\n\n", md(&court_heading(court))));
        for x in d.decisions.iter().filter(|x| x.court.index() == i) {
            let mark = match x.followed {
                Some(true) => format!(" ({})", md(&tr("report-went-with"))),
                Some(false) => format!(" (**{}**)", md(&tr("report-went-against"))),
                None => String::new(),
            };
            let line = tr_args(
                "report-md-decision",
                &[
                    ("date", x.date.clone().into()),
                    ("what", x.what.clone().into()),
                    ("advice", x.advice.clone().into()),
                ],
            );
            o.push_str(&format!("- {}{mark}\n", md(&line)));
            for r in &x.reasons {
                o.push_str(&format!("  - {}\n", md(r)));
            }
        }
        o.push('\n');
    }
    o.push_str(&format!("## {}\n\n", md(&tr("report-chronicle-heading"))));
    o.push_str(&format!("> {}\n\n", md(&tr("report-chronicle-secrets"))));
    for (date, lines) in &d.chronicle {
        o.push_str(&format!("**{}**\n\n", md(date)));
        for l in lines {
            o.push_str(&format!("- {}\n", md(l)));
        }
        o.push('\n');
    }
    let notes = super::teacher::notes(&d.scenario_id, &d.questions);
    if !notes.is_empty() {
        o.push_str(&format!("## {}\n\n> {}\n\n", md(&tr("report-teacher-heading")), md(&tr("report-teacher-intro"))));
        for (heading, text) in notes {
            o.push_str(&format!("**{}** {}\n\n", md(&heading), md(&text)));
        }
    }
    o
}

/// A table of the class report, its cells in words.
fn table(t: &super::class::ClassTable) -> String {
    let head: Vec<String> = t.head.iter().map(|h| md(h)).collect();
    let mut o = format!("| {} |\n|{}\n", head.join(" | "), "---|".repeat(head.len()));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|x| md(x)).collect();
        o.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    o
}

pub fn class(c: &ClassReport) -> String {
    let mut o = format!("# {}\n\n", md(&tr_args("report-class-title", &[("title", c.title.clone().into())])));
    o.push_str(&format!(
        "## {}\n\n",
        md(&tr_args("report-class-treaties", &[("treaty", c.treaty_name.clone().into())]))
    ));
    o.push_str(&table(&c.treaties()));
    o.push('\n');
    o.push_str(&format!("## {}\n\n{}\n\n", md(&tr("report-class-decisions")), md(&tr("report-class-decisions-intro"))));
    o.push_str(&table(&c.decisions()));
    o.push_str(&format!("\n## {}\n\n", md(&tr("report-class-spread"))));
    for line in c.tallies() {
        o.push_str(&format!("- {}\n", md(&line)));
    }
    o.push_str(&format!("\n## {}\n\n", md(&tr("report-questions-heading"))));
    questions(&mut o, &c.questions());
    if !c.skipped.is_empty() {
        o.push_str(&format!("\n## {}\n\n", md(&tr("report-skipped-heading"))));
        for (file, why) in &c.skipped {
            o.push_str(&format!("- {}: {}\n", md(file), md(why)));
        }
    }
    o
}
