//! Blood vessels drawn from the art's centre-lines (world units), so what is drawn is exactly
//! what the catheter travels in. Static: these components never re-render.

use crate::draw::vessel::{coronary, tapered, tube};
use crate::draw::{matrix, polyline, short};
use crate::model::anatomy::{self, Polyline, HEART_TO_WORLD};
use crate::model::art::{self, Line};
use crate::model::setup::{Access, Artery, Choice};
use yew::prelude::*;

/// The way in a vessel belongs to, from its class: `limb-wrist` or `limb-groin` (a limb's
/// vessels), `only-wrist` or `only-groin` (drawn for that way in alone).
fn way_in(line: &Line, kind: &str) -> Option<Access> {
    [Access::Wrist, Access::Groin]
        .into_iter()
        .find(|a| line.is(&format!("{kind}-{}", a.slug())))
}

/// Whether a vessel belongs in the picture of this way in: a limb's vessels the tube does not
/// go in through are left out (a faint artery in the other arm or leg reads as another way in).
fn shown(line: &Line, access: Access) -> bool {
    ["limb", "only"]
        .iter()
        .all(|kind| way_in(line, kind).is_none_or(|a| a == access))
}

/// The vessels of a layer as tubes: every rim, then every body, then every highlight, so
/// where two vessels join (a branch leaving the aorta, one stretch of an artery running into
/// the next) no rim crosses a vessel. Fading and tapering ends are drawn apart.
fn tubes(layer: &'static str, access: Access) -> Html {
    let lines: Vec<&Line> = art::layer(layer)
        .filter(|l| l.radius > 0.0 && FADES.iter().all(|f| !l.is(f)))
        .filter(|l| shown(l, access))
        .collect();
    // Each tube's own width also as `--w`: far out, the stage's style keeps it wider than
    // the catheter in it (`.tube` in app.css), so a thin artery still shows round the tube.
    let pass = |class: &'static str, width: fn(f64) -> f64| {
        html! { <>{
            for lines.iter().map(|l| {
                html! {
                    <g class={classes!(l.is("aorta").then_some("aorta"))}>
                        <path class={classes!("tube", class)} d={crate::draw::bez(&l.bez())} stroke-width={short(width(l.radius))}
                            style={format!("--w:{}px", short(2.0 * l.radius))} />
                    </g>
                }
            })
        }</> }
    };
    html! {
        <>
            { pass("artery-rim", |r| 2.0 * r + 0.6) }
            { pass("artery-body", |r| 2.0 * r) }
            { pass("artery-shine", |r| r * 0.45) }
        </>
    }
}

/// The classes of vessels that fade (each names its gradient): arteries that leave the story,
/// up, down or to either side, and a vein shown as a landmark, faded at both ends.
const FADES: [&str; 5] = [
    "fade-up",
    "fade-down",
    "fade-left",
    "fade-right",
    "vein-fade",
];

/// Vessels that leave the story fade out rather than end in a point or stop short, a little
/// narrower at their far end.
fn fading(layer: &'static str, access: Access) -> Html {
    html! { <>{
        for art::layer(layer)
            .filter_map(|l| FADES.into_iter().find(|f| l.is(f)).map(|fade| (l, fade)))
            .filter(|(l, _)| shown(l, access))
            .map(|(l, fade)| {
                let line = Polyline::new(&l.bez());
                let (len, r) = (line.length(), l.radius);
                html! { <path class={fade} d={tube(&line, 0.0, len, |s| r * (1.0 - 0.3 * s / len))} /> }
            })
    }</> }
}

/// The way in, the only thing the vessels' layers draw differently for.
#[derive(Properties, PartialEq)]
pub struct WayInProps {
    pub access: Access,
}

/// The arm and leg arteries and the aorta up the back of the chest, drawn behind the heart.
/// Renders only when the access changes.
#[component]
pub fn BackVessels(props: &WayInProps) -> Html {
    let access = props.access;
    html! {
        <g class="vessels">
            { fade_gradients() }
            // The iliac arteries fade out below the aorta's fork (drawn first, so the aorta
            // covers where they leave it).
            { fading("vessels-back", access) }
            { tubes("vessels-back", access) }
            // The heart's shadow on the aorta where it comes out from behind the heart: it
            // passes behind, it does not come out of the heart.
            { aorta_shade() }
        </g>
    }
}

/// The artery's colour fading out towards the top (`hp-fade-up`) or the bottom
/// (`hp-fade-down`), the left (`hp-fade-left`) or the right (`hp-fade-right`) of whatever it
/// fills, and the vein's fading out at both ends (`hp-vein-fade`).
fn fade_gradients() -> Html {
    // Markup written once as text: smaller in the WebAssembly than building the elements.
    Html::from_html_unchecked(AttrValue::Static(concat!(
        r#"<linearGradient id="hp-fade-up" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="artery" offset="0" stop-opacity="0"/><stop class="artery" offset="0.75" stop-opacity="1"/></linearGradient>"#,
        r#"<linearGradient id="hp-fade-down" x1="0" x2="0" y1="0" y2="1">"#,
        r#"<stop class="artery" offset="0.2" stop-opacity="1"/><stop class="artery" offset="1" stop-opacity="0"/></linearGradient>"#,
        r#"<linearGradient id="hp-fade-left" x1="0" x2="1" y1="0" y2="0">"#,
        r#"<stop class="artery" offset="0" stop-opacity="0"/><stop class="artery" offset="0.7" stop-opacity="1"/></linearGradient>"#,
        r#"<linearGradient id="hp-fade-right" x1="0" x2="1" y1="0" y2="0">"#,
        r#"<stop class="artery" offset="0.45" stop-opacity="1"/><stop class="artery" offset="1" stop-opacity="0"/></linearGradient>"#,
        r#"<linearGradient id="hp-vein-fade" x1="0" x2="0" y1="0" y2="1"><stop class="vein" offset="0" stop-opacity="0"/>"#,
        r#"<stop class="vein" offset="0.25"/><stop class="vein" offset="0.6"/><stop class="vein" offset="1" stop-opacity="0"/></linearGradient>"#
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
            r#"<stop class="under-heart" offset="0" stop-opacity="0.55"/><stop class="under-heart" offset="1" stop-opacity="0"/>"#,
            r#"</linearGradient><path class="aorta-shade" d="{}" stroke-width="{}"/>"#
        ),
        short(top),
        short(bottom),
        polyline(stretch.iter().copied()),
        short(2.0 * anatomy::vessel("aorta-descending").radius + 0.6)
    )))
}

/// The arch's far end darkens as it turns down behind the lung artery, as a vessel going back
/// into shadow does: it reads as passing behind, not plugging into the heart's top.
fn arch_dive() -> Html {
    /// How far along the arch, from its far end, the shade reaches (world units).
    const REACH: f64 = 12.0;
    let arch = anatomy::vessel("aorta-arch");
    let stretch = arch.line.between(0.0, REACH);
    let (start, end) = (stretch[0], stretch[stretch.len() - 1]);
    // Markup written once as text: smaller in the WebAssembly than building the elements.
    Html::from_html_unchecked(AttrValue::from(format!(
        concat!(
            r#"<linearGradient id="hp-arch-dive" gradientUnits="userSpaceOnUse" x1="{}" y1="{}" x2="{}" y2="{}">"#,
            r#"<stop class="under-heart" offset="0" stop-opacity="0.7"/><stop class="under-heart" offset="1" stop-opacity="0"/>"#,
            r#"</linearGradient><path class="arch-dive" d="{}" stroke-width="{}"/>"#
        ),
        short(start.x),
        short(start.y),
        short(end.x),
        short(end.y),
        polyline(stretch.iter().copied()),
        short(2.0 * arch.radius + 0.4)
    )))
}

/// The descending aorta where the heart hides it, in the illustrator's convention for what
/// lies behind: its two walls, and the tube in it (`catheter-hidden`), as thin dashed lines,
/// unfilled, so the aorta reads as passing behind the heart (not into its lower edge) with no
/// band down the heart's front. They run the whole way behind the heart, fainter between
/// where it goes in under the heart and comes out over it, and break round the chosen
/// artery's narrowed spot, so no line runs through its ring. Drawn in every setup: without it
/// the aorta below the heart seems to come out of it. Static: it renders once per artery.
#[component]
pub fn HiddenAorta(props: &HiddenProps) -> Html {
    /// How far in from each end the hidden lines are at their strongest (world units).
    const SHOWN: f64 = 14.0;
    let centre = anatomy::aorta_behind_heart();
    let r = anatomy::vessel("aorta-descending").radius;
    let last = centre.len() - 1;
    let wall = |side: f64| {
        let points: Vec<kurbo::Point> = centre
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let d = (centre[(i + 1).min(last)] - centre[i.saturating_sub(1)]).normalize();
                *p + kurbo::Vec2::new(-d.y, d.x) * (side * r)
            })
            .collect();
        clear_of_the_spot(&points, props.artery)
    };
    let (bottom, top) = (centre[0].y, centre[last].y);
    let f = (SHOWN / (bottom - top)).min(0.5);
    let gradient = |id: &str, class: &str| {
        format!(
            concat!(
                r#"<linearGradient id="{id}" gradientUnits="userSpaceOnUse" x1="0" x2="0" y1="{b}" y2="{t}">"#,
                r#"<stop class="{c}" offset="0"/><stop class="{c}" offset="{f}" stop-opacity="0.45"/>"#,
                r#"<stop class="{c}" offset="{g}" stop-opacity="0.45"/><stop class="{c}" offset="1"/></linearGradient>"#
            ),
            id = id,
            b = short(bottom),
            t = short(top),
            c = class,
            f = short(f),
            g = short(1.0 - f),
        )
    };
    // Markup written once as text: smaller in the WebAssembly than building the elements.
    Html::from_html_unchecked(AttrValue::from(format!(
        r#"{}{}<path class="hidden-line" d="{}{}"/>"#,
        gradient("hp-hidden", "muscle-edge"),
        gradient("hp-hidden-catheter", "catheter-edge"),
        wall(1.0),
        wall(-1.0)
    )))
}

#[derive(Properties, PartialEq)]
pub struct HiddenProps {
    pub artery: Artery,
}

/// A hidden line's path in pieces, broken where it passes the chosen artery's narrowed spot:
/// no line runs through the ring round it.
pub fn clear_of_the_spot(points: &[kurbo::Point], artery: Artery) -> String {
    let (spot, _) = anatomy::narrowing(artery);
    let clear = anatomy::NARROWING_RING + 2.0;
    points
        .split(|p| p.distance(spot) < clear)
        .filter(|run| run.len() > 1)
        .map(|run| polyline(run.iter().copied()))
        .collect()
}

/// The arch and its branches and the rising aorta in front of the heart, and the coronary
/// arteries on its surface with their side branches, tapering towards their ends.
#[component]
pub fn FrontVessels(props: &WayInProps) -> Html {
    html! {
        <g class="vessels">
            { fading("vessels-front", props.access) }
            { tubes("vessels-front", props.access) }
            { arch_dive() }
            <g class="coronaries">
                { for anatomy::branches().iter().map(|b| {
                    let l = b.line.length();
                    html! { <path class="coronary-branch" d={tube(&b.line, 0.0, l, tapered(l, b.radius, 0.6 * l))} /> }
                }) }
                { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter().map(|a| {
                    let line = &anatomy::coronary(*a).line;
                    let l = line.length();
                    html! {
                        <>
                            <path class="coronary-rim" d={tube(line, 0.0, l, coronary(l, 1.15))} />
                            <path class="coronary" data-artery={a.slug()} d={tube(line, 0.0, l, coronary(l, 0.85))} />
                            <path class="coronary-shine" d={tube(line, 0.0, l * 0.9, tapered(l * 0.9, 0.22, 8.0))} />
                        </>
                    }
                }) }
            </g>
            // The left main artery starts behind the lung artery's root: its base is drawn
            // again over the start of the left arteries.
            <g transform={matrix(HEART_TO_WORLD)}>{ Html::from_html_unchecked(AttrValue::Static(art::HEART_FRONT)) }</g>
        </g>
    }
}
