//! Yew components. They draw what the model says and turn clicks, keys and swipes into model
//! actions; they hold no animation state of their own.

mod app;
mod body;
mod cathlab;
mod check;
mod controls;
mod display;
mod handover;
mod header;
mod heart;
mod home;
mod hooks;
mod illustrations;
mod ink;
mod labels;
mod language;
mod layer;
mod lazy_art;
mod pages;
mod panel;
mod present;
mod printout;
mod risk;
mod section;
mod setup_panel;
mod sheet;
mod spot;
mod stage;
mod update;
mod vessels;
mod voice;
mod words;
mod xray;

pub use app::App;
