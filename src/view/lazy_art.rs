//! The pictures fetched when needed rather than built in: the cath lab (step 2's first moments)
//! and the X-ray's chest (from step 4). They are most of the art's weight, and the first
//! picture needs neither, so the first load stays small. `build.rs` writes them and `cargo
//! xtask` puts them in the app's `art/`; the offline worker keeps them with the rest. Until one
//! arrives (or if it never does) its part of the picture is left out: the room is not shown,
//! the X-ray is a plain grey field with the dye.

use crate::browser;
use std::rc::Rc;
use yew::prelude::*;

/// The fetched pictures' markup, reaching the stage through a context.
#[derive(Clone, PartialEq, Default)]
pub struct LazyArt {
    pub cathlab: Option<AttrValue>,
    pub angiogram: Option<AttrValue>,
}

/// Fetches both pictures once, after the first render, the one needed sooner first.
#[hook]
pub fn use_lazy_art() -> Rc<LazyArt> {
    let art = use_state(|| Rc::new(LazyArt::default()));
    {
        let art = art.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let cathlab = browser::fetch_text("art/cathlab.svg")
                    .await
                    .map(AttrValue::from);
                let angiogram = browser::fetch_text("art/angiogram.svg")
                    .await
                    .map(AttrValue::from);
                art.set(Rc::new(LazyArt { cathlab, angiogram }));
            });
        });
    }
    (*art).clone()
}
