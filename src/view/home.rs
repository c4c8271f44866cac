//! Pictures that sit beside the anatomy: the small heart that shows which artery the section is
//! in, the small body that shows where the way in is, and the last step's tablets and house.

use super::layer::Draw;
use crate::draw::vessel::{tapered, tube};
use crate::draw::{matrix, num, polyline};
use crate::model::anatomy::{self, HEART_TO_WORLD};
use crate::model::camera::locator_box;
use crate::model::scene::Scene;
use crate::model::script::after::{BADGE_HOUSE_DROP, BADGE_RADIUS, HOUSE, TABLETS};
use crate::model::setup::{Access, Artery, Choice};
use kurbo::{Affine, Rect};
use yew::prelude::*;

/// The small heart in the corner of the artery section, the chosen artery and its narrowed
/// spot picked out: the patient's own case stays in view while the picture is close up.
#[derive(PartialEq)]
pub struct Locator {
    opacity: f64,
    camera: Rect,
    artery: Artery,
}

impl Locator {
    pub fn of(scene: &Scene) -> Locator {
        Locator {
            opacity: scene.pose.locator,
            camera: scene.camera,
            artery: scene.setup.artery,
        }
    }
}

impl Draw for Locator {
    fn draw(&self) -> Html {
        locator(self)
    }
}

fn locator(scene: &Locator) -> Html {
    if scene.opacity <= 0.0 {
        return html! {};
    }
    let frame = locator_box(scene.camera);
    // The muscle's own outline (heart frame 96–348 × 160–372) fills the card.
    let heart = kurbo::Rect::new(96.0, 158.0, 350.0, 374.0)
        .inflate(14.0, 14.0)
        .scale_from_origin(HEART_TO_WORLD.as_coeffs()[0])
        + HEART_TO_WORLD.translation();
    let scale = frame.width() / heart.width().max(heart.height());
    let place = Affine::translate(frame.center().to_vec2())
        * Affine::scale(scale)
        * Affine::translate(-heart.center().to_vec2());
    html! {
        <g class="locator" opacity={num(scene.opacity)} data-artery={scene.artery.slug()}>
            <rect class="locator-card" x={num(frame.x0)} y={num(frame.y0)} width={num(frame.width())} height={num(frame.height())}
                rx={num(frame.width() * 0.08)} stroke-width={num(frame.width() * 0.012)} />
            <g transform={matrix(place)}><LocatorArt artery={scene.artery} /></g>
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct LocatorProps {
    pub artery: Artery,
}

/// The locator's heart: outline, the three arteries, the chosen one bold, a dot on the spot.
/// Renders once per artery. Drawn in world units; also the artery choices' pictures.
#[component]
pub fn LocatorArt(props: &LocatorProps) -> Html {
    let (spot, _) = anatomy::narrowing(props.artery);
    let aorta = &anatomy::vessel("aorta-ascending").line;
    html! {
        <>
            // The rising aorta's base above the heart: it says which way up the heart is.
            <path class="locator-aorta" d={polyline(aorta.between(0.6 * aorta.length(), aorta.length()))}
                stroke-width={num(2.0 * anatomy::vessel("aorta-ascending").radius)} />
            <path class="locator-heart" d={super::heart::OUTLINE} transform={matrix(HEART_TO_WORLD)} />
            { for [Artery::Rca, Artery::Lad, Artery::Circumflex].iter().map(|a| {
                let line = &anatomy::coronary(*a).line;
                let l = line.length();
                let chosen = *a == props.artery;
                let class = if chosen { "locator-chosen" } else { "locator-artery" };
                let width = if chosen { 1.8 } else { 1.0 };
                html! { <path class={class} d={tube(line, 0.0, l, tapered(l, width, 10.0))} /> }
            }) }
            <circle class="locator-spot" cx={num(spot.x)} cy={num(spot.y)} r="5" />
        </>
    }
}

/// The small body in the corner while the picture is close on the way in: under the drape,
/// nothing else says where on the body the picture is. The way in is ringed on it.
#[derive(PartialEq)]
pub struct BodyMap {
    opacity: f64,
    camera: Rect,
    access: Access,
}

impl BodyMap {
    pub fn of(scene: &Scene) -> BodyMap {
        BodyMap {
            opacity: scene.pose.body_map,
            camera: scene.camera,
            access: scene.setup.access,
        }
    }
}

impl Draw for BodyMap {
    fn draw(&self) -> Html {
        if self.opacity <= 0.0 {
            return html! {};
        }
        let frame = crate::model::camera::map_box(self.camera);
        // The body from the head to the groin, as the whole-body pictures show it, in a
        // nested picture whose square edge clips the legs at the card's edge.
        let body = crate::model::camera::body();
        // A little below the groin too, so its ring is not on the card's edge.
        let side = body.width().max(body.height()) + 90.0;
        let view = format!(
            "{} {} {s} {s}",
            num(body.center().x - side / 2.0),
            num(body.y0),
            s = num(side)
        );
        let inner = frame.inset(-frame.width() * 0.06);
        html! {
            <g class="locator" opacity={num(self.opacity)}>
                <rect class="locator-card" x={num(frame.x0)} y={num(frame.y0)} width={num(frame.width())} height={num(frame.height())}
                    rx={num(frame.width() * 0.08)} stroke-width={num(frame.width() * 0.012)} />
                <svg x={num(inner.x0)} y={num(inner.y0)} width={num(inner.width())} height={num(inner.height())} viewBox={view}>
                    <BodyMapArt access={self.access} />
                </svg>
            </g>
        }
    }
}

#[derive(Properties, PartialEq)]
struct BodyMapProps {
    access: Access,
}

/// The small body: the body of the whole-body pictures, head and all, in the small pictures'
/// colours, with a bold ring and a dot at the way in. Renders once per way in.
#[component]
fn BodyMapArt(props: &BodyMapProps) -> Html {
    let at = crate::model::script::site(props.access);
    html! {
        <>
            <g class="locator-body">{ Html::from_html_unchecked(AttrValue::Static(crate::model::art::BODY)) }</g>
            <circle class="locator-spot" cx={num(at.x)} cy={num(at.y)} r="58" stroke-width="24" />
            <circle class="locator-dot" cx={num(at.x)} cy={num(at.y)} r="22" />
        </>
    }
}

/// The last step: tablets in a blister pack and a house, beside the body.
#[derive(PartialEq)]
pub struct Home(pub f64);

impl Draw for Home {
    fn draw(&self) -> Html {
        home(self.0)
    }
}

fn home(opacity: f64) -> Html {
    if opacity <= 0.0 {
        return html! {};
    }
    let tablets = Rect::from_center_size(TABLETS, (50.0, 34.0));
    let (hx, hy) = HOUSE;
    html! {
        <g class="home" opacity={num(opacity)}>
            { badge(TABLETS) }
            { badge((hx, hy + BADGE_HOUSE_DROP)) }
            // A blister pack: a foil card, its domed tablets lit from the top left.
            <rect class="blister" x={num(tablets.x0)} y={num(tablets.y0)} width="50" height="34" rx="6" />
            <rect class="blister-sheen" x={num(tablets.x0 + 3.0)} y={num(tablets.y0 + 3.0)} width="44" height="8" rx="4" />
            { for (0..3).flat_map(|c| (0..2).map(move |r| (c, r))).map(|(c, r)| {
                let (x, y) = (tablets.x0 + 10.0 + 15.0 * c as f64, tablets.y0 + 10.5 + 13.0 * r as f64);
                html! {
                    <>
                        <ellipse class="tablet" cx={num(x)} cy={num(y)} rx="5.6" ry="4.6" />
                        <ellipse class="tablet-shade" cx={num(x + 1.2)} cy={num(y + 1.1)} rx="4" ry="3.2" />
                    </>
                }
            }) }
            // A house: walls, a chimney, a window and a door under a roof.
            <rect class="house-chimney" x={num(hx + 10.0)} y={num(hy - 22.0)} width="8" height="14" />
            <path class="house" d={format!("M{} {}l26 -24 26 24v28h-52z", num(hx - 26.0), num(hy))} />
            <path class="house-roof" d={format!("M{} {}l30 -28 30 28", num(hx - 30.0), num(hy + 2.0))} />
            <rect class="house-window" x={num(hx + 6.0)} y={num(hy + 6.0)} width="12" height="10" rx="1" />
            <rect class="house-door" x={num(hx - 16.0)} y={num(hy + 12.0)} width="12" height="16" rx="2" />
        </g>
    }
}

/// A round badge for an icon, in the magnifier's style beside it: a pale disc in a card-white
/// margin with the same rim, so the column reads as one set of pictures.
fn badge((x, y): (f64, f64)) -> Html {
    let rim = BADGE_RADIUS / std::f64::consts::SQRT_2;
    html! {
        <>
            <circle class="badge" cx={num(x)} cy={num(y)} r={num(BADGE_RADIUS)} />
            <circle class="badge-field" cx={num(x)} cy={num(y)} r={num(rim)} stroke-width={num(BADGE_RADIUS * 0.041)} />
        </>
    }
}
