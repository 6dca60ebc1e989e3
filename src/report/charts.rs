//! The report's charts as SVG text, drawn with `plotters` (its SVG backend alone, no fonts
//! loaded: the text is left to the browser), so the page carries them inline and fetches
//! nothing. plotters escapes the names it writes into the SVG.

use super::debrief::{CourtLine, Series};
use crate::locale::{tr, tr_args};
use crate::rules::scenario::group_thousands;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const WIDTH: u32 = 640;
const HEIGHT: u32 = 280;

fn colour((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Ticks written as the game writes numbers: "1,200,000".
fn tick(v: &f64) -> String {
    if v.fract().abs() < 1e-9 { group_thousands(*v as i64) } else { format!("{v:.1}") }
}

/// A line a court over the turns, the x-axis in the scenario's dates; an empty chart (with its frame and title) when there is
/// nothing to draw.
pub fn lines(series: &Series, courts: &[CourtLine]) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        // A chart that cannot be drawn leaves its frame; the page goes on.
        let _ = draw_lines(&root, series, courts);
        let _ = root.present();
    }
    svg
}

fn draw_lines(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    series: &Series,
    courts: &[CourtLine],
) -> Result<(), Box<dyn std::error::Error>> {
    root.fill(&WHITE)?;
    let first = series.turns.first().copied().unwrap_or(0);
    let last = series.turns.last().copied().unwrap_or(0).max(first + 1);
    let top = series.values.iter().flatten().copied().fold(0.0f64, f64::max);
    let bottom = series.values.iter().flatten().copied().fold(0.0f64, f64::min);
    let top = if top <= bottom { bottom + 1.0 } else { top + (top - bottom) * 0.08 };
    let mut chart = ChartBuilder::on(root)
        .caption(&series.title, ("sans-serif", 24))
        .margin(10)
        .x_label_area_size(48)
        .y_label_area_size(104)
        .build_cartesian_2d(first as f64..last as f64, bottom..top)?;
    // The x-axis is named in the series' dates (a month's first xun, or every turn of a short
    // game), written here rather than by plotters' own ticks, which fall on round numbers of
    // turns and could not name a date.
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .light_line_style(RGBColor(236, 232, 224))
        .label_style(("sans-serif", 17))
        .axis_desc_style(("sans-serif", 17))
        .x_desc(series.axis.as_str())
        .y_desc(series.unit.as_str())
        .y_label_formatter(&tick)
        .draw()?;
    let grid = RGBColor(236, 232, 224);
    for (turn, _) in &series.ticks {
        let x = *turn as f64;
        chart.draw_series(LineSeries::new([(x, bottom), (x, top)], grid.stroke_width(1)))?;
    }
    let label = TextStyle::from(("sans-serif", 17).into_font()).color(&BLACK).pos(Pos::new(HPos::Center, VPos::Top));
    for (turn, date) in &series.ticks {
        let (x, y) = chart.backend_coord(&(*turn as f64, bottom));
        root.draw(&PathElement::new(vec![(x, y), (x, y + 5)], BLACK.stroke_width(1)))?;
        root.draw(&Text::new(date.clone(), (x, y + 7), label.clone()))?;
    }
    for (values, court) in series.values.iter().zip(courts) {
        let c = colour(court.colour);
        let points: Vec<(f64, f64)> = series.turns.iter().map(|t| *t as f64).zip(values.iter().copied()).collect();
        // The courts are named in the page's caption beside their colours, so no legend
        // hides the lines' start.
        chart.draw_series(LineSeries::new(points, c.stroke_width(3)))?;
    }
    Ok(())
}

/// A bar a group for each of two sums (silver and silk a year), with history's sums as
/// level lines across: the class report's spread of payments.
pub fn payments(groups: &[(String, i64, i64)], history: (i64, i64)) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH + 120, HEIGHT + 40)).into_drawing_area();
        let _ = draw_payments(&root, groups, history);
        let _ = root.present();
    }
    svg
}

fn draw_payments(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    groups: &[(String, i64, i64)],
    (h_silver, h_silk): (i64, i64),
) -> Result<(), Box<dyn std::error::Error>> {
    root.fill(&WHITE)?;
    let n = groups.len().max(1);
    let top = groups.iter().flat_map(|(_, a, b)| [*a, *b]).chain([h_silver, h_silk]).max().unwrap_or(0).max(1) as f64
        // Room above the tallest bar for the legend.
        * 1.45;
    let mut chart = ChartBuilder::on(root)
        .caption(tr("report-chart-payments"), ("sans-serif", 24))
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(104)
        .build_cartesian_2d(-0.5f64..n as f64 - 0.5, 0f64..top)?;
    let names: Vec<String> = groups.iter().map(|(g, _, _)| g.clone()).collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(RGBColor(236, 232, 224))
        .x_labels(n)
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 1e-6 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .label_style(("sans-serif", 17))
        .axis_desc_style(("sans-serif", 17))
        .y_desc(tr("report-unit-a-year"))
        .y_label_formatter(&tick)
        .draw()?;
    let silver = RGBColor(120, 120, 130);
    let silk = RGBColor(178, 58, 46);
    chart
        .draw_series(groups.iter().enumerate().map(|(i, (_, v, _))| {
            Rectangle::new([(i as f64 - 0.38, 0.0), (i as f64 - 0.02, *v as f64)], silver.filled())
        }))?
        .label(tr("report-legend-silver"))
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], silver.filled()));
    chart
        .draw_series(groups.iter().enumerate().map(|(i, (_, _, v))| {
            Rectangle::new([(i as f64 + 0.02, 0.0), (i as f64 + 0.38, *v as f64)], silk.filled())
        }))?
        .label(tr("report-legend-silk"))
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], silk.filled()));
    for (value, c, key) in
        [(h_silver, silver, "report-legend-history-silver"), (h_silk, silk, "report-legend-history-silk")]
    {
        if value > 0 {
            chart
                .draw_series(LineSeries::new(
                    [(-0.5, value as f64), (n as f64 - 0.5, value as f64)],
                    c.stroke_width(2),
                ))?
                .label(tr_args(key, &[("sum", group_thousands(value).into())]))
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], c.stroke_width(2)));
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(("sans-serif", 17))
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(150, 140, 120))
        .draw()?;
    Ok(())
}
