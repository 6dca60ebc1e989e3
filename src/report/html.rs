//! The report as one self-contained HTML page: its style, its charts (inline SVG) and its text
//! in the one file, nothing fetched from anywhere, and a print stylesheet for A4. Every text
//! read from a scenario or a save is escaped with `html-escape`.

use super::class::ClassReport;
use super::debrief::{Debrief, Question};
use super::{charts, sum};

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
  font: 16px/1.45 "Noto Serif", "Noto Serif CJK SC", "Source Han Serif", Georgia, "Times New Roman", serif; }
h1 { font-size: 1.9rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--seal); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
.meta { color: var(--soft); margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #efe7d8; }
td.same { color: var(--good); } td.differs { color: var(--seal); }
td.num { text-align: right; white-space: nowrap; }
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
footer { margin-top: 2rem; font-size: .8rem; color: var(--soft); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  figure, tr, li, dd { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  section.chronicle { break-before: page; }
}
"#;

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n<footer>Written by Chanyuan (chanyuan report). The charts and the page are in this one file: it needs no network and prints on A4.</footer>\n</body>\n</html>\n",
        esc(title)
    )
}

fn questions(out: &mut String, qs: &[Question]) {
    out.push_str("<ol class=\"questions\">\n");
    for q in qs {
        out.push_str(&format!("<li>{}</li>\n", esc(&q.text)));
    }
    out.push_str("</ol>\n");
}

/// The debrief of one game.
pub fn debrief(d: &Debrief) -> String {
    let mut o = String::new();
    let people: Vec<&str> = d.courts.iter().filter(|c| c.person).map(|c| c.name.as_str()).collect();
    o.push_str(&format!("<header><h1>Debrief: {}</h1>\n", esc(&d.title)));
    o.push_str(&format!(
        "<p class=\"meta\">Seed {} · played by people: {} · the game ran to the {}{}</p></header>\n",
        d.seed,
        esc(&if people.is_empty() { "none (the computer played every court)".into() } else { people.join(", ") }),
        esc(&d.last_date),
        d.over.as_ref().map(|w| format!(" · {}", esc(w))).unwrap_or_default()
    ));

    o.push_str(&format!(
        "<section class=\"treaty\" id=\"treaty\"><h2>The treaty beside {}</h2>\n",
        esc(&d.treaty_name)
    ));
    match &d.sworn {
        Some((brief, when)) => o.push_str(&format!(
            "<p>Sworn on the {} between the {} and the {}: {}.</p>\n",
            esc(when),
            esc(&d.history_between.0),
            esc(&d.history_between.1),
            esc(brief)
        )),
        None => o.push_str(&format!(
            "<p>No treaty was sworn between the {} and the {} in this game.</p>\n",
            esc(&d.history_between.0),
            esc(&d.history_between.1)
        )),
    }
    o.push_str("<table class=\"comparison\"><thead><tr><th>Article</th><th>Clause</th><th>In history</th><th>In this game</th></tr></thead><tbody>\n");
    for row in &d.comparison {
        let class = if row.same { "same" } else { "differs" };
        o.push_str(&format!(
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"{class}\">{} {}</td></tr>\n",
            row.article.map(|a| a.to_string()).unwrap_or_else(|| "–".into()),
            esc(&row.clause),
            esc(row.history.as_deref().unwrap_or("not in the treaty")),
            if row.same { "=" } else { "≠" },
            esc(row.sworn.as_deref().unwrap_or("not sworn"))
        ));
    }
    o.push_str("</tbody></table>\n");
    o.push_str(&format!(
        "<p>Yearly payments: {} taels of silver and {} bolts of silk in this game; {} and {} in history.</p></section>\n",
        sum(d.silver),
        sum(d.silk),
        sum(d.history_silver),
        sum(d.history_silk)
    ));

    o.push_str("<section class=\"turning\" id=\"turning\"><h2>Turning points beside history</h2>\n<table><thead><tr><th>Turning point</th><th>In this game</th><th>In history</th></tr></thead><tbody>\n");
    for t in &d.turning {
        o.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(&t.what),
            esc(t.game.as_deref().unwrap_or("did not happen")),
            esc(t.history.as_deref().unwrap_or("–"))
        ));
    }
    o.push_str("</tbody></table></section>\n");

    o.push_str("<section class=\"figures\" id=\"figures\"><h2>The course of the war, turn by turn</h2>\n<div class=\"charts\">\n");
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
        o.push_str(&format!(
            "<figure class=\"chart\" aria-label=\"{}\">{}<figcaption>{} · {}: {} at the end of each turn.</figcaption></figure>\n",
            attr(&s.title),
            charts::lines(s, &d.courts),
            key.join(" "),
            esc(&s.title),
            esc(&s.unit)
        ));
    }
    o.push_str("</div></section>\n");

    o.push_str("<section class=\"questions\" id=\"questions\"><h2>Questions for the debrief</h2>\n");
    questions(&mut o, &d.questions);
    o.push_str("</section>\n");

    o.push_str("<section class=\"decisions\" id=\"decisions\"><h2>Each court's decisions, and what its own judgement advised</h2>\n");
    o.push_str("<p>Read from the save action by action: the advice is what the deciding court knew at that moment, its own figures and its beliefs of the others, never the other court's hidden state.</p>\n");
    for (i, court) in d.courts.iter().enumerate() {
        let mine: Vec<_> = d.decisions.iter().filter(|x| x.court.index() == i).collect();
        o.push_str(&format!(
            "<h3>The {} ({})</h3>\n",
            esc(&court.name),
            if court.person { "played by people" } else { "played by the computer" }
        ));
        if mine.is_empty() {
            o.push_str("<p>No policies, drafts or answers.</p>\n");
            continue;
        }
        o.push_str(
            "<table><thead><tr><th>Date</th><th>Decision</th><th>Its own judgement then</th></tr></thead><tbody>\n",
        );
        for x in mine {
            let mark = match x.followed {
                Some(true) => "<span class=\"with\">went with it</span>",
                Some(false) => "<span class=\"against\">went against it</span>",
                None => "",
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

    o.push_str("<section class=\"chronicle\" id=\"chronicle\"><h2>The chronicle</h2>\n<dl class=\"chronicle\">\n");
    for (date, lines) in &d.chronicle {
        o.push_str(&format!("<dt>{}</dt>\n", esc(date)));
        for l in lines {
            o.push_str(&format!("<dd>{}</dd>\n", esc(l)));
        }
    }
    o.push_str("</dl></section>\n");
    page(&format!("Debrief: {}", d.title), &o)
}

/// The class report: every group's game side by side.
pub fn class(c: &ClassReport) -> String {
    let mut o = String::new();
    o.push_str(&format!("<header><h1>Class report: {}</h1>\n", esc(&c.title)));
    o.push_str(&format!(
        "<p class=\"meta\">{} group{} reported{}</p></header>\n",
        c.groups.len(),
        if c.groups.len() == 1 { "" } else { "s" },
        if c.skipped.is_empty() { String::new() } else { format!(", {} file(s) skipped", c.skipped.len()) }
    ));
    o.push_str(&format!("<section class=\"treaties\"><h2>Each group's treaty beside {}</h2>\n", esc(&c.treaty_name)));
    o.push_str("<table><thead><tr><th>Group</th><th>Played by people</th><th>Peace</th><th>The treaty</th><th>Silver a year</th><th>Silk a year</th><th>Places lost (by treaty)</th></tr></thead><tbody>\n");
    for g in &c.groups {
        let d = &g.debrief;
        let people: Vec<&str> = d.courts.iter().filter(|x| x.person).map(|x| x.name.as_str()).collect();
        let (peace, treaty) = match &d.sworn {
            Some((brief, when)) => (when.clone(), brief.clone()),
            None if d.at_war_at_end => ("still at war".into(), "none".into()),
            None => ("none".into(), "none".into()),
        };
        o.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} ({})</td></tr>\n",
            esc(&g.name),
            esc(&people.join(", ")),
            esc(&peace),
            esc(&treaty),
            sum(d.silver),
            sum(d.silk),
            d.land_lost,
            d.land_ceded
        ));
    }
    o.push_str(&format!(
        "<tr><th>History</th><td></td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">0 (0)</td></tr>\n",
        esc(&c.history_peace),
        esc(&c.treaty_name),
        sum(c.history.0),
        sum(c.history.1)
    ));
    o.push_str("</tbody></table></section>\n");
    o.push_str("<section class=\"spread\"><h2>The spread of payments against history</h2>\n");
    o.push_str(&format!(
        "<figure class=\"chart\" aria-label=\"payments\">{}<figcaption>Silver and silk a year under each group's treaty; the level lines are history's.</figcaption></figure>\n",
        charts::payments(&c.payments(), c.history)
    ));
    o.push_str("<ul>\n");
    for line in c.tallies() {
        o.push_str(&format!("<li>{}</li>\n", esc(&line)));
    }
    o.push_str("</ul></section>\n");
    o.push_str("<section class=\"questions\" id=\"questions\"><h2>Questions for the debrief</h2>\n");
    questions(&mut o, &c.questions());
    o.push_str("</section>\n");
    if !c.skipped.is_empty() {
        o.push_str("<section class=\"skipped\" id=\"skipped\"><h2>Skipped</h2>\n<ul>\n");
        for (file, why) in &c.skipped {
            o.push_str(&format!("<li>{}: {}</li>\n", esc(file), esc(why)));
        }
        o.push_str("</ul></section>\n");
    }
    page(&format!("Class report: {}", c.title), &o)
}
