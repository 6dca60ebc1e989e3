//! The map's ink as triangles: lines, dashes, dots, discs, the courts' marks, rings filled
//! by scanlines and the little peaks of relief, each in one colour per vertex. The window
//! hands them to Bevy as meshes; nothing here knows Bevy, so the tests can look at them.

use std::f32::consts::{FRAC_PI_2, TAU};

/// A colour as sRGB red, green, blue and alpha.
pub type Rgba = [u8; 4];

/// Triangles with a colour at each corner: one mesh, one draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ink {
    pub points: Vec<[f32; 2]>,
    pub colours: Vec<Rgba>,
    pub triangles: Vec<u32>,
}

impl Ink {
    pub fn is_empty(&self) -> bool {
        self.triangles.is_empty()
    }

    fn vertex(&mut self, p: (f32, f32), colour: Rgba) -> u32 {
        self.points.push([p.0, p.1]);
        self.colours.push(colour);
        (self.points.len() - 1) as u32
    }

    /// A patch of four corners, in order around it.
    pub fn quad(&mut self, corners: [(f32, f32); 4], colour: Rgba) {
        let i = corners.map(|c| self.vertex(c, colour));
        self.triangles.extend([i[0], i[1], i[2], i[0], i[2], i[3]]);
    }

    /// A convex shape given by its corners in order, filled as a fan.
    pub fn convex(&mut self, corners: &[(f32, f32)], colour: Rgba) {
        if corners.len() < 3 {
            return;
        }
        let first = self.vertex(corners[0], colour);
        let rest: Vec<u32> = corners[1..].iter().map(|c| self.vertex(*c, colour)).collect();
        for w in rest.windows(2) {
            self.triangles.extend([first, w[0], w[1]]);
        }
    }

    /// A box from its corners.
    pub fn rect(&mut self, min: (f32, f32), max: (f32, f32), colour: Rgba) {
        self.quad([(min.0, min.1), (max.0, min.1), (max.0, max.1), (min.0, max.1)], colour);
    }

    /// A filled disc.
    pub fn disc(&mut self, at: (f32, f32), r: f32, colour: Rgba) {
        self.convex(&circle(at, r, 24, 0.0), colour);
    }

    /// A ring of width `w` centred on radius `r`.
    pub fn ring(&mut self, at: (f32, f32), r: f32, w: f32, colour: Rgba) {
        let mut points = circle(at, r, 32, 0.0);
        points.push(points[0]);
        self.line(&points, w, colour);
    }

    /// A line through `points`, `w` wide, its joints filled so that bends show no gap.
    pub fn line(&mut self, points: &[(f32, f32)], w: f32, colour: Rgba) {
        for seg in points.windows(2) {
            self.segment(seg[0], seg[1], w, colour);
        }
        if w > 2.5 {
            for p in points.iter().skip(1).take(points.len().saturating_sub(2)) {
                self.convex(&circle(*p, w / 2.0, 8, 0.0), colour);
            }
        }
    }

    /// One straight stroke.
    pub fn segment(&mut self, a: (f32, f32), b: (f32, f32), w: f32, colour: Rgba) {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = dx.hypot(dy);
        if len < f32::EPSILON {
            return;
        }
        let (nx, ny) = (-dy / len * w / 2.0, dx / len * w / 2.0);
        self.quad([(a.0 + nx, a.1 + ny), (b.0 + nx, b.1 + ny), (b.0 - nx, b.1 - ny), (a.0 - nx, a.1 - ny)], colour);
    }

    /// A dashed line: `dash` drawn, `gap` left, along the whole polyline.
    pub fn dashed(&mut self, points: &[(f32, f32)], w: f32, dash: f32, gap: f32, colour: Rgba) {
        for (a, b) in pieces(points, dash, gap) {
            self.segment(a, b, w, colour);
        }
    }

    /// A dotted line: discs of radius `r` every `step`.
    pub fn dotted(&mut self, points: &[(f32, f32)], step: f32, r: f32, colour: Rgba) {
        for (a, _) in pieces(points, 0.0, step) {
            self.convex(&circle(a, r, 8, 0.0), colour);
        }
    }

    /// A court's mark: a disc for the first court, a square for the second, a diamond for the
    /// third, then a triangle and a hexagon, so that the courts are told apart by shape as
    /// well as by colour (for players who do not see the colours apart). `edge` is an outline
    /// of that width drawn under it in the second colour.
    pub fn court_mark(&mut self, at: (f32, f32), r: f32, court: usize, fill: Rgba, edge: Option<(f32, Rgba)>) {
        let shape = |r: f32| -> Vec<(f32, f32)> {
            match court % 5 {
                0 => circle(at, r, 24, 0.0),
                1 => {
                    let h = r * 0.9;
                    vec![(at.0 - h, at.1 - h), (at.0 + h, at.1 - h), (at.0 + h, at.1 + h), (at.0 - h, at.1 + h)]
                }
                2 => circle(at, r * 1.15, 4, 0.0),
                3 => circle(at, r * 1.15, 3, -FRAC_PI_2),
                _ => circle(at, r * 1.15, 6, 0.0),
            }
        };
        if let Some((w, colour)) = edge {
            self.convex(&shape(r + w), colour);
        }
        self.convex(&shape(r), fill);
    }

    /// Fills a closed ring by horizontal strips `step` high, so that rings that are not
    /// convex (mountain ranges, coasts) fill true: each strip joins the ring's crossings in pairs.
    pub fn fill_ring(&mut self, ring: &[(f32, f32)], step: f32, colour: Rgba) {
        let (top, bottom) = ring.iter().fold((f32::MAX, f32::MIN), |(t, b), p| (t.min(p.1), b.max(p.1)));
        let step = step.max(0.5);
        let mut y = top;
        while y <= bottom {
            let mid = y + step / 2.0;
            for pair in crossings(ring, mid).chunks_exact(2) {
                self.quad([(pair[0], y), (pair[1], y), (pair[1], y + step), (pair[0], y + step)], colour);
            }
            y += step;
        }
    }

    /// Little peaks inside a mountain range, in rows as an old map draws relief; `size` is
    /// the width of one peak.
    pub fn relief(&mut self, ring: &[(f32, f32)], size: f32, colour: Rgba) {
        let (lo, hi) = ring.iter().fold(((f32::MAX, f32::MAX), (f32::MIN, f32::MIN)), |(lo, hi), p| {
            ((lo.0.min(p.0), lo.1.min(p.1)), (hi.0.max(p.0), hi.1.max(p.1)))
        });
        let (half, rise) = (size / 2.0, size * 0.75);
        let mut y = lo.1 + rise * 1.5;
        let mut row = 0;
        while y < hi.1 {
            let mut x = lo.0 + if row % 2 == 0 { size * 0.7 } else { size * 1.7 };
            while x < hi.0 {
                if inside(ring, (x, y)) {
                    // A thin chevron: two slim triangles.
                    let (l, t, r) = ((x - half, y + rise * 0.45), (x, y - rise * 0.55), (x + half, y + rise * 0.45));
                    let notch = (t.0, t.1 + rise * 0.25);
                    let i = [l, t, r, notch].map(|p| self.vertex(p, colour));
                    self.triangles.extend([i[0], i[1], i[3], i[1], i[2], i[3]]);
                }
                x += size * 2.0;
            }
            y += size * 1.8;
            row += 1;
        }
    }
}

/// `n` points around a circle, the first at angle `turn`.
fn circle(at: (f32, f32), r: f32, n: usize, turn: f32) -> Vec<(f32, f32)> {
    (0..n)
        .map(|k| {
            let a = turn + k as f32 / n as f32 * TAU;
            (at.0 + a.cos() * r, at.1 + a.sin() * r)
        })
        .collect()
}

/// Where a ring crosses the height `y`, left to right.
fn crossings(ring: &[(f32, f32)], y: f32) -> Vec<f32> {
    let mut xs: Vec<f32> = ring
        .windows(2)
        .filter_map(|w| {
            let (a, b) = (w[0], w[1]);
            ((a.1 <= y) != (b.1 <= y)).then(|| a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0))
        })
        .collect();
    xs.sort_by(f32::total_cmp);
    xs
}

/// Whether a point lies inside a closed ring (even crossings to its left: outside).
pub fn inside(ring: &[(f32, f32)], p: (f32, f32)) -> bool {
    crossings(ring, p.1).iter().filter(|x| **x < p.0).count() % 2 == 1
}

/// The pieces of a polyline drawn as dashes: `on` long, then `off` skipped, from its start.
/// With `on` 0, the points every `off` (for dots).
fn pieces(points: &[(f32, f32)], on: f32, off: f32) -> Vec<((f32, f32), (f32, f32))> {
    let period = (on + off).max(0.5);
    let mut out = Vec::new();
    let mut walked = 0.0_f32;
    for seg in points.windows(2) {
        let (a, b) = (seg[0], seg[1]);
        let len = (b.0 - a.0).hypot(b.1 - a.1);
        if len < f32::EPSILON {
            continue;
        }
        let at = |d: f32| (a.0 + (b.0 - a.0) * d / len, a.1 + (b.1 - a.1) * d / len);
        // Dash k covers [k·period, k·period + on] of the whole line; clip each to this segment.
        let mut k = (walked / period).floor();
        while k * period < walked + len {
            let (s, e) = ((k * period).max(walked), (k * period + on).min(walked + len));
            let dot = on == 0.0 && k * period >= walked;
            if e > s || dot {
                out.push((at(s - walked), at(e.max(s) - walked)));
            }
            k += 1.0;
        }
        walked += len;
    }
    out
}
