//! Blood vessels drawn from the model's centre-lines (world units), so what is drawn is exactly
//! what the catheter travels in. Static: these components never re-render.

use crate::draw::vessel::{tapered, tube};
use crate::draw::{bez, matrix, polyline, short};
use crate::model::anatomy::{self, coronary_branches, vessel, HEART_TO_WORLD};
use crate::model::setup::{Access, Artery, Choice};
use yew::prelude::*;

/// A large vessel as a tube: darker rim, body colour, and a thin highlight for roundness.
fn artery_tube(d: String, radius: f64) -> Html {
    html! {
        <>
            <path class="artery-rim" d={d.clone()} stroke-width={short(2.0 * radius + 0.6)} />
            <path class="artery-body" d={d.clone()} stroke-width={short(2.0 * radius)} />
            <path class="artery-shine" d={d} stroke-width={short(radius * 0.45)} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackVesselsProps {
    pub access: Access,
}

/// The arm and leg arteries and the whole aorta, drawn behind the heart. The limb the tube
/// does not go in through is drawn faint, so nobody wonders why it is there. Renders only
/// when the access changes.
#[component]
pub fn BackVessels(props: &BackVesselsProps) -> Html {
    let faint = |access: Access| (access != props.access).then_some("vessel-faint");
    let tube_of = |name: &str, class: Option<&'static str>| {
        let v = vessel(name);
        html! { <g class={classes!(class)}>{ artery_tube(bez(&v.path), v.radius) }</g> }
    };
    html! {
        <g class="vessels">
            // Vessels that leave the story fade out rather than end in a point or stop short:
            // the iliac arteries at the aorta's fork (the left one always; the right one over
            // its faint leg when the way in is the wrist, so the aorta still forks), drawn
            // before the aorta so it covers where they leave; and, after the aorta, the arch's
            // branches towards the head and left arm.
            { fade_gradients() }
            { fading(&anatomy::left_iliac(), vessel("leg").radius, "fade-down") }
            { for [("arm", Access::Wrist), ("leg", Access::Groin)].iter().map(|(name, limb)| tube_of(name, faint(*limb))) }
            { (props.access == Access::Wrist).then(|| fading(&anatomy::right_iliac(), vessel("leg").radius, "fade-down")) }
            // The branch towards the right arm is faint with its arm: one vessel from the
            // arch to the wrist, not a solid stub beside a faint one.
            { tube_of("brachiocephalic", faint(Access::Wrist)) }
            // Its ends are square: at the fork the iliacs leave from inside it (a round end hung
            // below the fork like a cap), at its root the front of the arch covers it.
            { tube_of("aorta", Some("aorta-back")) }
            // The heart's shadow on the aorta where it comes out from behind the heart: it
            // passes behind, it does not come out of the heart.
            { aorta_shade() }
            // The radial artery runs on into the palm, tapering; the femoral artery down the thigh.
            { for [(Access::Wrist, "arm"), (Access::Groin, "leg")].iter().map(|(access, name)| {
                let line = anatomy::Polyline::new(&anatomy::smooth_path(&anatomy::beyond_entry(*access)));
                let (l, r) = (line.length(), vessel(name).radius);
                html! {
                    <g class={classes!(faint(*access))}>
                        <path class="artery-rim-fill" d={tube(&line, 0.0, l, tapered(l, r + 0.3, l * 0.6))} />
                        <path class="artery-fill" d={tube(&line, 0.0, l, tapered(l, r, l * 0.6))} />
                    </g>
                }
            }) }
            { for [[(315.0, 274.0), (315.5, 250.0), (316.0, 226.0)], [(322.0, 275.0), (326.0, 252.0), (331.0, 228.0)]].iter().map(|points| {
                fading(&points.map(|(x, y)| kurbo::Point::new(x, y)), 1.8, "fade-up")
            }) }
        </g>
    }
}

/// A vessel along `points`, a little narrower at its far end, filled with one of the fades
/// (`fade` names it: `fade-up` or `fade-down`).
fn fading(points: &[kurbo::Point], radius: f64, fade: &'static str) -> Html {
    let line = anatomy::Polyline::new(&anatomy::smooth_path(points));
    let l = line.length();
    html! { <path class={fade} d={tube(&line, 0.0, l, |s| radius * (1.0 - 0.3 * s / l))} /> }
}

/// The artery's colour fading out towards the top (`hp-fade-up`) or the bottom
/// (`hp-fade-down`) of whatever it fills.
fn fade_gradients() -> Html {
    // Markup written once as text: smaller in the WebAssembly than building the elements.
    Html::from_html_unchecked(AttrValue::Static(concat!(
        r#"<linearGradient id="hp-fade-up" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="artery" offset="0" stop-opacity="0"/><stop class="artery" offset="0.75" stop-opacity="1"/></linearGradient>"#,
        r#"<linearGradient id="hp-fade-down" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="artery" offset="0.2" stop-opacity="1"/><stop class="artery" offset="1" stop-opacity="0"/></linearGradient>"#
    )))
}

/// A shade down the aorta from the heart's lower edge, fading out below it.
fn aorta_shade() -> Html {
    let stretch = anatomy::aorta_under_heart();
    let (top, bottom) = (stretch[0].y, stretch[stretch.len() - 1].y);
    // Markup written once as text: smaller in the WebAssembly than building the elements.
    Html::from_html_unchecked(AttrValue::from(format!(
        concat!(
            r#"<linearGradient id="hp-under-heart" gradientUnits="userSpaceOnUse" x1="0" x2="0" y1="{}" y2="{}">"#,
            r#"<stop class="under-heart" offset="0" stop-opacity="0.8"/><stop class="under-heart" offset="1" stop-opacity="0"/>"#,
            r#"</linearGradient><path class="aorta-shade" d="{}" stroke-width="{}"/>"#
        ),
        short(top),
        short(bottom),
        polyline(stretch),
        short(2.0 * vessel("aorta").radius + 0.6)
    )))
}

/// The arch and rising aorta in front of the heart, the descending aorta seen faintly through
/// it, and the coronary arteries on its surface, tapering towards their ends.
#[component]
pub fn FrontVessels() -> Html {
    let front = anatomy::aorta_front();
    html! {
        <g class="vessels">
            // The descending aorta where the heart hides it: faint, with dashed edges.
            <path class="aorta-behind" d={polyline(anatomy::aorta_behind_heart())} stroke-width={short(2.0 * vessel("aorta").radius)} />
            { for [-1.0, 1.0].iter().map(|side| {
                let line = anatomy::Polyline::new(&anatomy::smooth_path(&anatomy::aorta_behind_heart()));
                let r = vessel("aorta").radius * side;
                let edge: Vec<kurbo::Point> = (0..=24).map(|i| {
                    let s = line.length() * i as f64 / 24.0;
                    let d = line.direction(s);
                    line.at(s) + kurbo::Vec2::new(-d.y, d.x) * r
                }).collect();
                html! { <path class="aorta-behind-edge" d={polyline(edge)} /> }
            }) }
            <g class="aorta-front">{ artery_tube(bez(&front), vessel("aorta").radius) }</g>
            <g class="coronaries">
                { for coronary_branches().iter().map(|b| {
                    let line = anatomy::Polyline::new(b);
                    html! { <path class="coronary-branch" d={tube(&line, 0.0, line.length(), tapered(line.length(), 0.55, 4.0))} /> }
                }) }
                { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter().map(|a| {
                    let line = &anatomy::coronary(*a).line;
                    let l = line.length();
                    html! {
                        <>
                            <path class="coronary-rim" d={tube(line, 0.0, l, tapered(l, 1.15, 12.0))} />
                            <path class="coronary" data-artery={a.slug()} d={tube(line, 0.0, l, tapered(l, 0.85, 12.0))} />
                            <path class="coronary-shine" d={tube(line, 0.0, l * 0.9, tapered(l * 0.9, 0.22, 8.0))} />
                        </>
                    }
                }) }
            </g>
            // The left main artery starts behind the lung artery's root: its base is drawn
            // again over the start of the left arteries.
            <path class="pulmonary-root" transform={matrix(HEART_TO_WORLD)} d="M237 201 C238 184 241 168 246 150" stroke-width="28" />
        </g>
    }
}
