//! The heart seen from the front, drawn in its own 400 × 400 frame: muscle, great vessels and
//! the coronary arteries on its surface. The viewer's left is the patient's right.

use yew::prelude::*;

/// Gradients the heart drawing uses; rendered once inside the stage's `<defs>`.
pub fn defs() -> Html {
    html! {
        <>
            <radialGradient id="hp-muscle" cx="0.38" cy="0.34" r="0.75">
                <stop offset="0" stop-color="#e28b7c" />
                <stop offset="0.45" stop-color="#c45d56" />
                <stop offset="1" stop-color="#8f3b3b" />
            </radialGradient>
            <linearGradient id="hp-aorta" x1="0" x2="1" y1="0" y2="0">
                <stop offset="0" stop-color="#e07a76" />
                <stop offset="0.5" stop-color="#c9454a" />
                <stop offset="1" stop-color="#9e3439" />
            </linearGradient>
            <linearGradient id="hp-pulmonary" x1="0" x2="1" y1="0" y2="0">
                <stop offset="0" stop-color="#9d8fc0" />
                <stop offset="1" stop-color="#6b5c93" />
            </linearGradient>
            <radialGradient id="hp-sheen" cx="0.5" cy="0.5" r="0.5">
                <stop offset="0" stop-color="#fff" stop-opacity="0.35" />
                <stop offset="1" stop-color="#fff" stop-opacity="0" />
            </radialGradient>
        </>
    }
}

/// The coronary arteries as centre-line paths in the heart's frame.
pub const RCA: &str =
    "M188 192 C170 196 150 206 138 232 C124 262 126 296 142 318 C158 338 184 348 212 352";
pub const LEFT_MAIN: &str = "M214 190 C222 192 230 196 238 202";
pub const LAD: &str = "M238 202 C248 226 258 258 270 292 C280 320 290 344 300 362";
pub const CIRCUMFLEX: &str = "M238 202 C262 204 290 212 314 226 C332 238 340 258 338 282";
const BRANCHES: [&str; 3] = [
    "M256 252 C272 262 290 270 312 276",
    "M330 246 C336 268 336 292 328 316",
    "M136 300 C150 316 166 326 186 330",
];

/// The heart, its great vessels and its arteries.
pub fn heart() -> Html {
    html! {
        <g class="heart">
            // Descending aorta and the back of the arch, behind the heart.
            <path d="M262 66 C286 70 292 96 290 130 L288 210" fill="none" stroke="#a8363c" stroke-width="30" stroke-linecap="round" />
            // Right pulmonary artery, passing behind the aorta.
            <path d="M240 120 C210 118 170 122 150 132" fill="none" stroke="#6b5c93" stroke-width="16" stroke-linecap="round" />
            // Superior vena cava.
            <path d="M142 40 L142 180" fill="none" stroke="#7f73a6" stroke-width="28" stroke-linecap="round" />
            <path d="M136 44 L136 176" fill="none" stroke="#a99fcb" stroke-width="5" stroke-linecap="round" opacity="0.6" />
            // The heart muscle.
            <path class="heart-muscle" fill="url(#hp-muscle)" stroke="#7d3232" stroke-width="2"
                d="M150 170 C108 172 96 232 112 282 C130 334 204 362 292 370 C312 372 322 358 328 336 C346 284 348 216 316 186 C292 166 254 166 232 176 C208 162 176 160 150 170 Z" />
            // Atrial appendages.
            <path d="M118 180 C100 182 96 204 110 214 C120 206 126 194 118 180 Z" fill="#c45d56" stroke="#7d3232" stroke-width="1.5" />
            <path d="M306 178 C326 170 342 184 336 202 C326 200 314 192 306 178 Z" fill="#c45d56" stroke="#7d3232" stroke-width="1.5" />
            <ellipse cx="190" cy="250" rx="70" ry="54" fill="url(#hp-sheen)" />
            // Aorta: root, ascending part and arch with its three branches.
            <path d="M202 52 L190 6 M232 46 L236 4 M256 54 L276 8" fill="none" stroke="#b83e44" stroke-width="12" stroke-linecap="round" />
            <path d="M200 196 C196 160 190 120 196 90 C202 56 240 50 262 66" fill="none" stroke="#9e3439" stroke-width="36" stroke-linecap="round" />
            <path d="M200 196 C196 160 190 120 196 90 C202 56 240 50 262 66" fill="none" stroke="url(#hp-aorta)" stroke-width="31" stroke-linecap="round" />
            <path d="M190 190 C186 158 181 122 187 94" fill="none" stroke="#f2a39c" stroke-width="5" stroke-linecap="round" opacity="0.6" />
            // Pulmonary trunk, in front of the aortic root.
            <path d="M236 196 C238 170 246 140 262 118 C272 106 290 100 308 104" fill="none" stroke="url(#hp-pulmonary)" stroke-width="28" stroke-linecap="round" />
            // Coronary arteries.
            <g class="coronaries" fill="none" stroke-linecap="round">
                { for BRANCHES.iter().map(|d| html! { <path d={*d} stroke="#c22c37" stroke-width="4" /> }) }
                { for [RCA, LEFT_MAIN, LAD, CIRCUMFLEX].iter().map(|d| html! {
                    <>
                        <path d={*d} stroke="#a3202b" stroke-width="8" />
                        <path d={*d} stroke="#d8343f" stroke-width="6" />
                        <path d={*d} stroke="#f08a8a" stroke-width="1.6" opacity="0.8" />
                    </>
                }) }
            </g>
        </g>
    }
}
