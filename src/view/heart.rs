//! The heart muscle seen from the front, drawn in its own 400 × 400 frame (placed in the chest
//! by `anatomy::HEART_TO_WORLD`). The great vessels and coronary arteries are drawn from the
//! model's centre-lines by `vessels`, so the catheter always runs inside them.

use yew::prelude::*;

/// The outline of the heart muscle (also drawn, in grey, on the X-ray).
pub const OUTLINE: &str = "M150 170 C108 172 96 232 112 282 C130 334 204 362 292 370 C312 372 322 358 328 336 C346 284 348 216 316 186 C292 166 254 166 232 176 C208 162 176 160 150 170 Z";

/// Gradients and patterns the whole stage uses.
pub fn defs() -> Html {
    html! {
        <>
            <radialGradient id="hp-muscle" cx="0.38" cy="0.34" r="0.75">
                <stop offset="0" stop-color="#e28b7c" />
                <stop offset="0.45" stop-color="#c45d56" />
                <stop offset="1" stop-color="#8f3b3b" />
            </radialGradient>
            <linearGradient id="hp-pulmonary" x1="0" x2="1" y1="0" y2="0">
                <stop offset="0" stop-color="#9d8fc0" />
                <stop offset="1" stop-color="#6b5c93" />
            </linearGradient>
            <radialGradient id="hp-sheen" cx="0.5" cy="0.5" r="0.5">
                <stop offset="0" stop-color="#fff" stop-opacity="0.35" />
                <stop offset="1" stop-color="#fff" stop-opacity="0" />
            </radialGradient>
            <radialGradient id="hp-glow" cx="0.5" cy="0.5" r="0.5">
                <stop offset="0" stop-color="#8fd3f4" stop-opacity="0.9" />
                <stop offset="1" stop-color="#8fd3f4" stop-opacity="0" />
            </radialGradient>
            <linearGradient id="hp-skin" x1="0" x2="0" y1="0" y2="1">
                <stop offset="0" stop-color="#f3e8e0" />
                <stop offset="0.85" stop-color="#efe2d8" />
                <stop offset="1" stop-color="#efe2d8" stop-opacity="0" />
            </linearGradient>
            <linearGradient id="hp-lumen" x1="0" x2="0" y1="0" y2="1">
                <stop offset="0" stop-color="#5e1219" />
                <stop offset="0.5" stop-color="#8a2530" />
                <stop offset="1" stop-color="#5e1219" />
            </linearGradient>
            <linearGradient id="hp-wall" x1="0" x2="0" y1="0" y2="1">
                <stop offset="0" stop-color="#d98c89" />
                <stop offset="1" stop-color="#eeb0ab" />
            </linearGradient>
            <linearGradient id="hp-plaque" x1="0" x2="0" y1="0" y2="1">
                <stop offset="0" stop-color="#f6da8a" />
                <stop offset="1" stop-color="#e9be55" />
            </linearGradient>
        </>
    }
}

/// The parts of the heart behind the great vessels: muscle, atrial appendages, the vein and the
/// lung artery. Static: it never re-renders.
#[component]
pub fn HeartMuscle() -> Html {
    html! {
        <g class="heart">
            // Right pulmonary artery, passing behind the aorta.
            <path d="M240 120 C210 118 170 122 150 132" fill="none" stroke="#6b5c93" stroke-width="16" stroke-linecap="round" />
            // Superior vena cava.
            <path d="M142 40 L142 180" fill="none" stroke="#7f73a6" stroke-width="28" stroke-linecap="round" />
            <path d="M136 44 L136 176" fill="none" stroke="#a99fcb" stroke-width="5" stroke-linecap="round" opacity="0.6" />
            <path class="heart-muscle" fill="url(#hp-muscle)" stroke="#7d3232" stroke-width="2" d={OUTLINE} />
            <path d="M118 180 C100 182 96 204 110 214 C120 206 126 194 118 180 Z" fill="#c45d56" stroke="#7d3232" stroke-width="1.5" />
            <path d="M306 178 C326 170 342 184 336 202 C326 200 314 192 306 178 Z" fill="#c45d56" stroke="#7d3232" stroke-width="1.5" />
            // Soft muscle texture and a sheen, for depth.
            <path d="M170 220 C200 260 240 300 290 340 M150 250 C180 290 220 320 260 350" fill="none" stroke="#a4474a" stroke-width="2" opacity="0.35" />
            <ellipse cx="190" cy="250" rx="70" ry="54" fill="url(#hp-sheen)" />
            // Pulmonary trunk, rising from the right ventricle.
            <path d="M236 196 C238 170 246 140 262 118 C272 106 290 100 308 104" fill="none" stroke="url(#hp-pulmonary)" stroke-width="28" stroke-linecap="round" />
        </g>
    }
}
