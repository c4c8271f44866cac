//! The small pictures on the pages. Most are quiet companions to the words; "where to press"
//! is made for acting on: the patient's own wrist (or the top of the leg) from the journey's
//! art, the spot ringed, and a helper's fingers pressing on it.

use super::body::{Body, Piece};
use crate::draw::{num, polyline, view_box};
use crate::i18n::t_for;
use crate::model::camera;
use crate::model::page::Picture;
use crate::model::script::site;
use crate::model::setup::{Access, Setup};
use kurbo::{Point, Vec2};
use yew::prelude::*;

pub fn illustration(picture: Picture, setup: Setup) -> Html {
    match picture {
        Picture::Press => press(setup),
        _ => html! {
            <figure class="illustration" aria-hidden="true">
                <svg viewBox="0 0 160 90">{ small(picture) }</svg>
            </figure>
        },
    }
}

/// The quiet pictures never change: SVG markup the browser reads in one go, not elements built
/// one by one (the same elements, less WebAssembly).
fn small(picture: Picture) -> Html {
    let markup: &'static str = match picture {
        Picture::Bag => BAG,
        Picture::House => HOUSE,
        Picture::Tablets => TABLETS,
        Picture::Ahead => AHEAD,
        Picture::Press => "",
    };
    Html::from_html_unchecked(AttrValue::Static(markup))
}

const BAG: &str = concat!(
    r#"<path class="pic-bag-handle" d="M62 30v-8a6 6 0 0 1 6-6h24a6 6 0 0 1 6 6v8"/>"#,
    r#"<rect class="pic-bag" x="40" y="30" width="80" height="52" rx="9"/>"#,
    r#"<rect class="pic-paper" x="100" y="18" width="36" height="46" rx="3" transform="rotate(8 118 41)"/>"#,
    r#"<path class="pic-lines" d="M106 32h22M105 40h22M104 48h16" transform="rotate(8 118 41)"/>"#,
    r#"<rect class="pic-blister" x="52" y="44" width="36" height="24" rx="4"/>"#,
    r#"<ellipse class="pic-tablet" cx="60" cy="51" rx="3.6" ry="3"/>"#,
    r#"<ellipse class="pic-tablet" cx="70" cy="51" rx="3.6" ry="3"/>"#,
    r#"<ellipse class="pic-tablet" cx="80" cy="51" rx="3.6" ry="3"/>"#,
    r#"<ellipse class="pic-tablet" cx="60" cy="61" rx="3.6" ry="3"/>"#,
    r#"<ellipse class="pic-tablet" cx="70" cy="61" rx="3.6" ry="3"/>"#,
    r#"<ellipse class="pic-tablet" cx="80" cy="61" rx="3.6" ry="3"/>"#,
);

const HOUSE: &str = concat!(
    r#"<path class="pic-ground" d="M20 80h120"/>"#,
    r#"<path class="pic-house" d="M52 48 80 22l28 26v32H52z"/>"#,
    r#"<path class="pic-roof" d="M46 50 80 18l34 32"/>"#,
    r#"<rect class="pic-door" x="73" y="60" width="14" height="20" rx="2"/>"#,
    r#"<rect class="pic-window" x="92" y="54" width="10" height="10" rx="1.5"/>"#,
    r#"<path class="pic-heart" d="M128 36c-4-6-13-3-11 4 1 4 11 11 11 11s10-7 11-11c2-7-7-10-11-4z"/>"#,
);

const TABLETS: &str = concat!(
    r#"<rect class="pic-blister" x="34" y="22" width="62" height="46" rx="7"/>"#,
    r#"<ellipse class="pic-tablet" cx="47" cy="36" rx="6.5" ry="5.5"/>"#,
    r#"<ellipse class="pic-tablet" cx="47" cy="54" rx="6.5" ry="5.5"/>"#,
    r#"<ellipse class="pic-tablet" cx="65" cy="36" rx="6.5" ry="5.5"/>"#,
    r#"<ellipse class="pic-tablet" cx="65" cy="54" rx="6.5" ry="5.5"/>"#,
    r#"<ellipse class="pic-tablet" cx="83" cy="36" rx="6.5" ry="5.5"/>"#,
    r#"<ellipse class="pic-tablet" cx="83" cy="54" rx="6.5" ry="5.5"/>"#,
    r#"<rect class="pic-paper" x="106" y="20" width="28" height="50" rx="3"/>"#,
    r#"<path class="pic-lines" d="M112 32h16M112 40h16M112 48h12M112 56h16"/>"#,
);

const AHEAD: &str = concat!(
    r#"<path class="pic-road" d="M18 80c30-2 38-18 60-24s40-8 64-36"/>"#,
    r#"<rect class="pic-paper" x="24" y="18" width="40" height="38" rx="4"/>"#,
    r#"<path class="pic-calendar" d="M24 28h40M34 14v8M54 14v8"/>"#,
    r#"<path class="pic-tick" d="M34 42l6 6 12-12"/>"#,
    r#"<path class="pic-heart" d="M128 22c-4-6-13-3-11 4 1 4 11 11 11 11s10-7 11-11c2-7-7-10-11-4z"/>"#,
);

/// Where to press if it bleeds: the journey's own wrist or groin, the spot ringed, a helper's
/// fingers (or hand) pressing down on it.
fn press(setup: Setup) -> Html {
    let access = setup.access;
    let spot = site(access);
    // The patient's other hand comes from the open side of the picture: across, above the
    // wrist; from the patient's other side for the groin.
    let (toward, fingers, width) = match access {
        Access::Wrist => (Vec2::new(0.75, -0.66), 2, 8.5),
        Access::Groin => (Vec2::new(0.5, -0.87), 4, 8.0),
    };
    // The spot and the hand pressing on it.
    let view = camera::fit_aspect(
        kurbo::Rect::from_center_size(spot + toward * 35.0, (170.0, 170.0)),
        4.0 / 3.0,
    );
    let across = Vec2::new(-toward.y, toward.x);
    let spread = (fingers as f64 - 1.0) / 2.0;
    let tips: Vec<Point> = (0..fingers)
        .map(|i| spot + across * ((i as f64 - spread) * width * 1.1) + toward * 2.0)
        .collect();
    // Each part is an outline stroke under a skin stroke, drawn palm first and then finger by
    // finger, so the fingers stay apart where they touch.
    let part = |from: Point, to: Point, w: f64| {
        let d = polyline([from, to]);
        html! {
            <>
                <path class="helper-edge" d={d.clone()} stroke-width={num(w + 2.2)} />
                <path class="helper-skin" {d} stroke-width={num(w)} />
            </>
        }
    };
    let palm_width = width * 1.1 * fingers as f64 + 4.0;
    // The thumb, from the palm's side towards the spot, so the hand reads as a hand: the other
    // hand, seen from its back, has its thumb on the side towards the head.
    let side = -across * (palm_width / 2.0 + 1.0);
    let thumb = (
        spot + toward * 52.0 + side,
        spot + toward * 22.0 + side - across * 6.0,
    );
    // A calm ring in the picture's own blue marks the spot (a red burst would read as pain),
    // small enough to sit on the skin.
    let ring = 9.0;
    let caption = t_for("page-help-press-picture", setup);
    html! {
        <figure class="illustration press">
            <svg class="art" viewBox={view_box(view)} role="img" aria-label={caption.clone()}>
                <Body />
                { (access == Access::Groin).then(|| html! { <Piece art={crate::model::art::BRIEFS} /> }) }
                // The patient's own other hand and its forearm, coming in from the side.
                <g class="helper-hand">
                    { part(spot + toward * 86.0, spot + toward * 240.0, palm_width * 0.85) }
                    { part(thumb.0, thumb.1, width * 1.1) }
                    { part(spot + toward * 36.0, spot + toward * 90.0, palm_width) }
                    { for tips.iter().map(|tip| part(*tip, *tip + toward * 44.0, width)) }
                </g>
                <circle class="press-target" cx={num(spot.x)} cy={num(spot.y)} r={num(ring)} />
            </svg>
            <figcaption class="illustration-caption">{ caption }</figcaption>
        </figure>
    }
}
