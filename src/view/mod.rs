//! Yew components. They draw what the model says and turn clicks, keys and swipes into model
//! actions; they hold no animation state of their own.

mod app;
mod body;
mod controls;
mod heart;
mod home;
mod hooks;
mod labels;
mod panel;
mod section;
mod spot;
mod stage;
mod vessels;

pub use app::App;
