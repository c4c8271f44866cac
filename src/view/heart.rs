//! The heart muscle seen from the front, drawn in its own 400 × 400 frame (placed in the chest
//! by `anatomy::HEART_TO_WORLD`). The great vessels and coronary arteries are drawn from the
//! model's centre-lines by `vessels`, so the catheter always runs inside them.

use yew::prelude::*;

/// The outline of the heart muscle (a macro, so the static markup below can include it).
macro_rules! outline {
    () => {
        "M150 170 C108 172 96 232 112 282 C130 334 204 362 292 370 C312 372 322 358 328 336 C346 284 348 216 316 186 C292 166 254 166 232 176 C208 162 176 160 150 170 Z"
    };
}

/// The outline of the heart muscle (also drawn, in grey, on the X-ray).
pub const OUTLINE: &str = outline!();

// The art below never changes, so it is written as SVG markup that the browser reads in one go
// (`from_html_unchecked`), not built element by element: the same elements, far less
// WebAssembly.

/// Gradients and patterns the whole stage uses.
pub fn defs() -> Html {
    Html::from_html_unchecked(AttrValue::Static(concat!(
        r#"<radialGradient id="hp-muscle" cx="0.38" cy="0.34" r="0.75">"#,
        r#"<stop class="muscle-light" offset="0"/>"#,
        r#"<stop class="muscle" offset="0.45"/>"#,
        r#"<stop class="muscle-dark" offset="1"/>"#,
        r#"</radialGradient>"#,
        r#"<linearGradient id="hp-pulmonary" x1="0" x2="1" y1="0" y2="0">"#,
        r#"<stop class="pulmonary-light" offset="0"/>"#,
        r#"<stop class="pulmonary" offset="1"/>"#,
        r#"</linearGradient>"#,
        r#"<radialGradient id="hp-sheen" cx="0.5" cy="0.5" r="0.5">"#,
        r#"<stop class="sheen" offset="0" stop-opacity="0.35"/>"#,
        r#"<stop class="sheen" offset="1" stop-opacity="0"/>"#,
        r#"</radialGradient>"#,
        r#"<radialGradient id="hp-glow" cx="0.5" cy="0.5" r="0.5">"#,
        r#"<stop class="glow" offset="0" stop-opacity="0.9"/>"#,
        r#"<stop class="glow" offset="1" stop-opacity="0"/>"#,
        r#"</radialGradient>"#,
        r#"<radialGradient id="hp-starved" cx="0.5" cy="0.5" r="0.5">"#,
        r#"<stop class="starved" offset="0" stop-opacity="0.75"/>"#,
        r#"<stop class="starved" offset="0.6" stop-opacity="0.45"/>"#,
        r#"<stop class="starved" offset="1" stop-opacity="0"/>"#,
        r#"</radialGradient>"#,
        r#"<linearGradient id="hp-lumen" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="lumen-dark" offset="0"/>"#,
        r#"<stop class="lumen-light" offset="0.5"/>"#,
        r#"<stop class="lumen-dark" offset="1"/>"#,
        r#"</linearGradient>"#,
        r#"<linearGradient id="hp-wall" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="wall-dark" offset="0"/>"#,
        r#"<stop class="wall-light" offset="1"/>"#,
        r#"</linearGradient>"#,
        r#"<linearGradient id="hp-plaque" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="plaque-light" offset="0"/>"#,
        r#"<stop class="plaque" offset="1"/>"#,
        r#"</linearGradient>"#,
    )))
}

/// The parts of the heart behind the great vessels: muscle, atrial appendages, the vein and the
/// lung artery. Static: it never re-renders.
#[component]
pub fn HeartMuscle() -> Html {
    html! {
        <g class="heart">
            {
                Html::from_html_unchecked(AttrValue::Static(concat!(
                    // Right pulmonary artery, passing behind the aorta.
                    r#"<path class="pulmonary-branch" d="M240 120 C210 118 170 122 140 130 C120 135 104 142 92 150" stroke-width="16"/>"#,
                    // Superior vena cava, coming down from above the picture.
                    r#"<path class="vein" d="M142 -120 L142 180" stroke-width="28"/>"#,
                    r#"<path class="vein-shine" d="M136 -116 L136 176" stroke-width="5"/>"#,
                    r#"<path class="heart-muscle" d=""#, outline!(), r#""/>"#,
                    r#"<path class="appendage" d="M118 180 C100 182 96 204 110 214 C120 206 126 194 118 180 Z"/>"#,
                    r#"<path class="appendage" d="M306 178 C326 170 342 184 336 202 C326 200 314 192 306 178 Z"/>"#,
                    // Soft muscle texture and a sheen, for depth.
                    r#"<path class="muscle-fibre" d="M170 220 C200 260 240 300 290 340 M150 250 C180 290 220 320 260 350"/>"#,
                    r#"<ellipse cx="190" cy="250" rx="70" ry="54" fill="url(#hp-sheen)"/>"#,
                    // Pulmonary trunk, rising from the right ventricle.
                    r#"<path class="pulmonary-trunk" d="M236 196 C238 170 246 140 262 118 C272 106 290 100 308 104 C322 107 334 114 344 122" stroke-width="28"/>"#,
                )))
            }
        </g>
    }
}
