//! The lengthwise cut through the narrowed artery, drawn from the scene every frame.

use crate::draw::{cut, num};
use crate::model::scene::Scene;
use yew::prelude::*;

pub fn cut_view(scene: &Scene) -> Html {
    let channel = &scene.channel;
    let stent_back = scene.stent.map(|s| {
        html! {
            <g class="stent" fill="none" stroke-linecap="round">
                <path d={cut::stent(channel, s)} stroke="#8e9aa6" stroke-width="4.5" />
                <path d={cut::stent(channel, s)} stroke="#dfe5ea" stroke-width="1.6" />
            </g>
        }
    });
    let stent_edges = scene.stent.map(|s| {
        html! { <path d={cut::stent_edges(channel, s)} stroke="#b8c2cc" stroke-width="5" stroke-dasharray="7 5" fill="none" /> }
    });
    let balloon = scene.balloon.map(|b| {
        html! {
            <g class="balloon">
                <path d={cut::balloon(channel, b)} fill="#9fd3f0" fill-opacity="0.7" stroke="#5aa9d6" stroke-width="2.5" stroke-linejoin="round" />
                <path d={cut::balloon_markers(channel, b)} stroke="#30363d" stroke-width="4" />
            </g>
        }
    });
    let clot = (scene.clot > 0.0).then(|| {
        let (y, rx, ry) = cut::clot(channel);
        html! { <ellipse cx="300" cy={num(y)} rx={num(rx)} ry={num(ry)} fill="#4e0d15" opacity={num(scene.clot * 0.95)} /> }
    });
    let wire = cut::wire(scene).map(|d| {
        html! { <path class="wire" d={d} stroke="#30363d" stroke-width="3" fill="none" stroke-linecap="round" /> }
    });
    html! {
        <g class="cut">
            <CutTissue />
            <rect x="-2000" y="60" width="4600" height="120" fill="url(#hp-lumen)" />
            { stent_back }
            <path class="cells" d={cut::cells(scene)} fill="#c4343e" />
            { clot }
            <g class="plaque">
                { for [-1.0, 1.0].iter().map(|side| html! {
                    <>
                        <path d={cut::plaque(channel, *side)} fill="url(#hp-plaque)" stroke="#d9a93f" stroke-width="1.5" />
                    </>
                }) }
            </g>
            { for [-1.0, 1.0].iter().map(|side| html! {
                <>
                    <path d={cut::wall(channel, *side)} fill="url(#hp-wall)" stroke="#c97d7a" stroke-width="1.5" />
                    <path d={cut::lining(channel, *side)} fill="none" stroke="#f6c6c0" stroke-width="4" />
                </>
            }) }
            { wire }
            { balloon }
            { stent_edges }
        </g>
    }
}

/// Heart muscle around the artery: soft fibres above and below, so the cut sits in tissue
/// rather than floating. Static: it never re-renders.
#[component]
fn CutTissue() -> Html {
    html! {
        <g class="tissue" fill="none" stroke="#efcbc1" stroke-width="4" stroke-linecap="round">
            { for [-150.0, -95.0, -40.0, 280.0, 335.0, 390.0].iter().enumerate().map(|(i, y)| {
                let shift = if i % 2 == 0 { 0.0 } else { 60.0 };
                html! { <path d={format!("M{} {y}c80 -14 160 14 240 0s160 -14 240 0 160 14 240 0 160 -14 240 0", -300.0 + shift)} /> }
            }) }
        </g>
    }
}
