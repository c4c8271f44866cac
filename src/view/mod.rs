//! Yew components. They draw what the model says and turn clicks and keys into model changes;
//! they hold no animation state of their own.

mod app;
mod controls;
mod heart;
mod panel;
mod stage;

pub use app::App;
