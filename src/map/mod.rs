//! The map's geometry, apart from any window: where labels go so that none hides another.
//! The window draws with it, and the tests check it without one: the view model of one
//! court's map, its ink as triangles, and the marks the last turn left.

pub mod labels;
pub mod layout;
pub mod marks;
pub mod model;
pub mod motion;
pub mod shapes;
