//! The lengthwise section through the narrowed artery, drawn from the scene (its still parts as
//! layers that redraw only when they change):
//! tissue, wall, plaque, blood, clot, wire, balloon, stent and the end of the guiding catheter.

use super::layer::{layer, Draw};
use crate::draw::{num, section};
use crate::model::scene::Scene;
use crate::model::script::Device;
use crate::model::script::CRIMPED;
use crate::model::section::{Channel, RADIUS};
use crate::model::timeline::smooth;
use yew::prelude::*;

pub fn section_view(scene: &Scene) -> Html {
    let channel = scene.channel;
    // How far the balloon is inside the stent (it opens it, then slides out).
    let on_balloon = |s: Device| {
        scene
            .pose
            .balloon
            .map_or(0.0, |b| 1.0 - smooth((b.x - s.x).abs(), 20.0, 80.0))
    };
    let stent = scene
        .pose
        .stent
        .map(|s| layer(Stent(channel, s, on_balloon(s))));
    let lining = scene
        .pose
        .stent
        .map(|s| layer(StentLining(channel, s, on_balloon(s))));
    // In the flow step, arrows in the stream: the blood is moving again.
    let arrows = (scene.flow_arrows() > 0.0).then(|| {
        html! { <path class="flow-arrows" d={section::flow_arrow(&channel)} opacity={num(scene.flow_arrows())} /> }
    });
    let length = crate::model::section::balloon_length(scene.pose.stent);
    let wire = Wire(
        channel,
        scene.pose.wire_tip_x,
        scene.pose.balloon.map(|b| (b, length)),
    );
    // The guiding catheter is in the section while it is all the way in; drawn back, it
    // fades from the artery's opening.
    let route = crate::model::anatomy::route(scene.setup.access, scene.setup.artery);
    let guide = 1.0 - smooth(route.length() - scene.pose.catheter_length, 0.0, 4.0);
    let guide = (guide > 0.0).then(|| {
        html! { <path class="guide" d={section::guide()} opacity={num(guide)} /> }
    });
    let still = if scene.setup.is_emergency() {
        1.0 - smooth(scene.pose.compression, 0.1, 0.6)
    } else {
        0.0
    };
    html! {
        <g class="section">
            <rect class="lumen" x="-2000" y="60" width="4600" height="120" />
            // Beyond a blockage the blood stands still, starved, until the balloon opens it.
            { (still > 0.0).then(|| html! {
                <rect class="lumen-still" x="340" y="60" width="2260" height="120" opacity={num(0.6 * still)} />
            }) }
            { lining }
            <path class="cells" d={section::cells(scene)} />
            { arrows }
            { layer(Narrowing(channel)) }
            // Over the plaque's lining: the clot sits on its torn cap and fills the gap.
            { (scene.pose.clot > 0.0).then(|| layer(Clot(channel, scene.pose.clot))) }
            { layer(wire) }
            { scene.pose.balloon.map(|b| layer(Balloon(channel, b, scene.pose.stent))) }
            { stent }
            { guide }
        </g>
    }
}

/// The plaque, the wall and its lining: they change only as a balloon presses the plaque back.
#[derive(PartialEq)]
struct Narrowing(Channel);

impl Draw for Narrowing {
    fn draw(&self) -> Html {
        let channel = &self.0;
        html! {
            <>
                <g class="plaque">
                    <path d={section::plaque(channel, -1.0)} />
                    <path d={section::plaque(channel, 1.0)} />
                </g>
                <SectionWall />
                <path class="lining" d={section::lining(channel, -1.0)} />
                <path class="lining" d={section::lining(channel, 1.0)} />
            </>
        }
    }
}

/// The guidewire up to its tip (section x), straight through a balloon riding on it (with its
/// length): it moves only while it is pushed in or a balloon moves along it.
#[derive(PartialEq)]
struct Wire(Channel, f64, Option<(Device, f64)>);

impl Draw for Wire {
    fn draw(&self) -> Html {
        let Wire(channel, tip, balloon) = self;
        html! { { for section::wire(channel, *tip, *balloon).map(|d| html! { <path class="wire" {d} /> }) } }
    }
}

/// A clot (emergencies), as opaque as the amount says.
#[derive(PartialEq)]
struct Clot(Channel, f64);

impl Draw for Clot {
    fn draw(&self) -> Html {
        let Clot(channel, amount) = self;
        html! {
            <>
                <path class="clot" d={section::clot(channel)} fill-opacity={num(*amount)} stroke-opacity={num(*amount)} />
                <path class="clot-strands" d={section::clot_strands(channel)} stroke-opacity={num(0.85 * amount)} />
            </>
        }
    }
}

/// A balloon on its shaft, its sides held by the plaque and by a stent around it.
#[derive(PartialEq)]
struct Balloon(Channel, Device, Option<Device>);

impl Draw for Balloon {
    fn draw(&self) -> Html {
        let Balloon(channel, b, stent) = self;
        let length = crate::model::section::balloon_length(*stent);
        html! {
            <g class="balloon">
                <path class="balloon-shaft" d={section::balloon_shaft(channel, *b, length)} />
                <path class="balloon-body" d={section::balloon(channel, *b, *stent)} />
                <path class="balloon-marker" d={section::balloon_markers(channel, *b, length)} />
            </g>
        }
    }
}

/// The stent, as a cut through the artery shows it: its struts cut through, as small squares
/// in both walls. While its balloon is inside it, it is drawn whole over the balloon, a steel
/// mesh; once the balloon has gone, the mesh fades to a faint lattice on the wall (its far
/// half, against the far wall, seen through the blood) and the cut struts show in both walls:
/// the stent in the wall, not a cage in the blood.
#[derive(PartialEq)]
struct Stent(Channel, Device, f64);

/// How much of the stent's mesh shows whole (1: folded on its balloon, or held open by it;
/// 0: placed, the balloon gone).
fn whole(s: &Device, on_balloon: f64) -> f64 {
    on_balloon.max(1.0 - smooth(s.radius, CRIMPED + 4.0, RADIUS - 8.0))
}

/// A placed stent's mesh lining the far wall, faint behind the blood: the same mesh as on the
/// balloon, so the stent keeps one look from the balloon to the wall.
#[derive(PartialEq)]
struct StentLining(Channel, Device, f64);

impl Draw for StentLining {
    fn draw(&self) -> Html {
        let StentLining(channel, s, on_balloon) = self;
        let faint = 0.28 * (1.0 - whole(s, *on_balloon));
        if faint <= 0.0 {
            return html! {};
        }
        let mesh = section::stent_mesh(channel, *s);
        // The same steel as on the balloon, strut and shine, only fainter.
        html! {
            <g opacity={num(faint)}>
                <path class="stent-strut" d={mesh.clone()} />
                <path class="stent-shine" d={mesh} />
            </g>
        }
    }
}

impl Draw for Stent {
    fn draw(&self) -> Html {
        let Stent(channel, s, on_balloon) = self;
        let whole = whole(s, *on_balloon);
        html! {
            <g class="stent">
                { (whole > 0.0).then(|| html! {
                    <g opacity={num(whole)}>
                        <path class="stent-strut" d={section::stent_mesh(channel, *s)} />
                        <path class="stent-shine" d={section::stent_mesh(channel, *s)} />
                    </g>
                }) }
                <path class="stent-cut" d={section::stent_struts(channel, *s)} opacity={num(1.0 - whole)} />
            </g>
        }
    }
}

/// The artery wall, whose outer contour never changes: its outer coat, and its muscle layer
/// inside that (the lining, over the plaque, is drawn with the narrowing). Static: it never
/// re-renders.
#[component]
fn SectionWall() -> Html {
    html! {
        <g class="wall">
            <path d={section::wall(-1.0)} />
            <path d={section::wall(1.0)} />
            <path class="wall-media" d={section::media(-1.0)} />
            <path class="wall-media" d={section::media(1.0)} />
        </g>
    }
}
