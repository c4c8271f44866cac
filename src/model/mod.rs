//! The pure model of the explainer: what the journey is and what the picture shows at any
//! moment. Nothing here touches the browser: no yew, web-sys, gloo or wasm-bindgen (checked by
//! `cargo xtask lint`, and by the host build, where those crates do not exist).

pub mod anatomy;
pub mod camera;
pub mod check;
pub mod clinic;
pub mod glossary;
pub mod handout;
pub mod ink;
pub mod journey;
pub mod json;
pub mod link;
pub mod locale;
pub mod narration;
pub mod page;
pub mod playback;
pub mod readability;
pub mod risks;
pub mod scene;
pub mod script;
pub mod section;
pub mod settings;
pub mod setup;
pub mod step;
pub mod timeline;
