//! The map's geometry, apart from any window: where labels go so that none hides another.
//! The window draws with it, and the tests check it without one.

pub mod labels;
pub mod layout;
