//! Labels that never overlap: each place's or army's name is tried beside its symbol in
//! several positions, then further out with a leader line, and is hidden at this zoom only
//! when no position is free. More important labels (capitals, the places at stake) are placed
//! first, so it is the minor ones that give way.

/// A box on the screen, in pixels: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub min: (f32, f32),
    pub max: (f32, f32),
}

impl Rect {
    pub fn new(min: (f32, f32), max: (f32, f32)) -> Rect {
        Rect { min, max }
    }

    /// A box of this size whose corner named by `anchor` (0 left/top, 0.5 centre, 1
    /// right/bottom) stands at `at`.
    pub fn anchored(at: (f32, f32), size: (f32, f32), anchor: (f32, f32)) -> Rect {
        let min = (at.0 - size.0 * anchor.0, at.1 - size.1 * anchor.1);
        Rect { min, max: (min.0 + size.0, min.1 + size.1) }
    }

    /// A square around a point.
    pub fn around(at: (f32, f32), radius: f32) -> Rect {
        Rect { min: (at.0 - radius, at.1 - radius), max: (at.0 + radius, at.1 + radius) }
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.min.0 < other.max.0 && other.min.0 < self.max.0 && self.min.1 < other.max.1 && other.min.1 < self.max.1
    }

    pub fn inside(&self, other: &Rect) -> bool {
        self.min.0 >= other.min.0 && self.min.1 >= other.min.1 && self.max.0 <= other.max.0 && self.max.1 <= other.max.1
    }
}

/// A label to place: the point it names, the size of its text, how far its symbol reaches
/// around the point, and how much it matters (higher is placed first).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub at: (f32, f32),
    pub size: (f32, f32),
    pub symbol: f32,
    pub priority: i32,
}

/// Where a label went.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// Beside its symbol.
    Beside(Rect),
    /// Further out, joined to its point by a line from `from` to `to`.
    Led { rect: Rect, from: (f32, f32), to: (f32, f32) },
    /// No room at this zoom.
    Hidden,
}

impl Placement {
    pub fn rect(&self) -> Option<Rect> {
        match self {
            Placement::Beside(r) | Placement::Led { rect: r, .. } => Some(*r),
            Placement::Hidden => None,
        }
    }
}

/// The directions tried, in order: right, left, above, below, then the four corners. Each is
/// (dx, dy) of the offset and the anchor of the label's box at that offset.
const DIRECTIONS: [((f32, f32), (f32, f32)); 8] = [
    ((1.0, 0.0), (0.0, 0.5)),
    ((-1.0, 0.0), (1.0, 0.5)),
    ((0.0, -1.0), (0.5, 1.0)),
    ((0.0, 1.0), (0.5, 0.0)),
    ((0.7, -0.7), (0.0, 1.0)),
    ((-0.7, -0.7), (1.0, 1.0)),
    ((0.7, 0.7), (0.0, 0.0)),
    ((-0.7, 0.7), (1.0, 0.0)),
];

/// How far beyond its symbol a label stands, and how far out led labels are tried.
const GAP: f32 = 3.0;
const LEADERS: [f32; 3] = [22.0, 40.0, 60.0];

/// Places every label, most important first, so that no two placed labels overlap and none
/// covers a symbol (every label's own symbol and the `obstacles`, such as army badges).
/// `view`: labels must fit inside it, when given. Returns one placement per label, in order.
pub fn place(labels: &[Label], obstacles: &[Rect], view: Option<Rect>) -> Vec<Placement> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|i| (-labels[*i].priority, *i));
    let symbols: Vec<Rect> = labels.iter().map(|l| Rect::around(l.at, l.symbol)).collect();
    let mut taken: Vec<Rect> = Vec::with_capacity(labels.len());
    let mut out = vec![Placement::Hidden; labels.len()];
    for i in order {
        let l = &labels[i];
        let free = |r: &Rect, taken: &[Rect]| {
            view.is_none_or(|v| r.inside(&v))
                && !taken.iter().any(|t| t.overlaps(r))
                && !symbols.iter().any(|s| s.overlaps(r))
                && !obstacles.iter().any(|o| o.overlaps(r))
        };
        let beside = DIRECTIONS.iter().map(|((dx, dy), anchor)| {
            let reach = l.symbol + GAP;
            Rect::anchored((l.at.0 + dx * reach, l.at.1 + dy * reach), l.size, *anchor)
        });
        if let Some(r) = beside.clone().find(|r| free(r, &taken)) {
            taken.push(r);
            out[i] = Placement::Beside(r);
            continue;
        }
        let led = LEADERS.iter().flat_map(|leader| DIRECTIONS.iter().map(move |d| (leader, d))).find_map(
            |(leader, ((dx, dy), anchor))| {
                let reach = l.symbol + leader;
                let to = (l.at.0 + dx * reach, l.at.1 + dy * reach);
                let r = Rect::anchored(to, l.size, *anchor);
                free(&r, &taken).then(|| (r, (l.at.0 + dx * l.symbol, l.at.1 + dy * l.symbol), to))
            },
        );
        if let Some((rect, from, to)) = led {
            taken.push(rect);
            out[i] = Placement::Led { rect, from, to };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(at: (f32, f32), priority: i32) -> Label {
        Label { at, size: (60.0, 14.0), symbol: 6.0, priority }
    }

    #[test]
    fn a_lone_label_sits_to_the_right_of_its_place() {
        let out = place(&[label((100.0, 100.0), 1)], &[], None);
        let Placement::Beside(r) = out[0] else { panic!("{out:?}") };
        assert!(r.min.0 > 100.0 && r.min.1 < 100.0 && r.max.1 > 100.0);
    }

    #[test]
    fn crowded_labels_move_aside_and_the_least_one_gives_way() {
        // Five places in a tight knot, as Xiongzhou, Mozhou and Bazhou at a far zoom.
        let labels: Vec<Label> =
            (0..9).map(|i| label((100.0 + (i % 3) as f32 * 12.0, 100.0 + (i / 3) as f32 * 12.0), i)).collect();
        let out = place(&labels, &[], None);
        let rects: Vec<Rect> = out.iter().filter_map(Placement::rect).collect();
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} and {b:?} overlap");
            }
        }
        // The most important is always placed.
        assert_ne!(out[8], Placement::Hidden);
    }
}
