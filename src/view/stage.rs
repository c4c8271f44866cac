//! The picture: one SVG whose viewBox is the scene's camera. Every layer is drawn from the
//! `Scene`; static art lives in child components that never re-render. Colours come from CSS
//! classes (`app.css`), never from Rust.

use super::body::{Body, Piece};
use super::cathlab::{self, CathLab};
use super::heart::{self, HeartMuscle};
use super::home::{BodyMap, Home, Locator};
use super::ink::InkInput;
use super::labels::Labels;
use super::layer::{layer, Draw};
use super::lazy_art::LazyArt;
use super::section::section_view;
use super::spot::{Shade, Spot};
use super::vessels::{BackVessels, FrontVessels, HiddenAorta};
use super::xray::XRay;
use crate::draw::{matrix, num, polyline, section, short, view_box};
use crate::i18n::{t_with, Arg};
use crate::model::anatomy::{self, HEART_TO_WORLD};
use crate::model::camera;
use crate::model::ink::{screen_to_world, Tool};
use crate::model::scene::{scene_at, CloseUp, Scene};
use crate::model::script::Device;
use crate::model::section as geometry;
use crate::model::setup::{Access, Choice, Setup, Treatment};
use crate::model::step::Step;
use crate::model::Within;
use kurbo::{Affine, Point, Vec2};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageProps {
    pub scene: Rc<Scene>,
    /// World units per screen pixel at the current zoom.
    pub unit: f64,
    /// The band along the stage's top that holds the picture's tools on a phone (pixels): the
    /// picture is framed below it.
    #[prop_or_default]
    pub band: f64,
    /// The stage's size in CSS pixels, when known. The player's picture, which moves every
    /// frame, then places its camera with a CSS transform: a new viewBox makes the browser
    /// lay out and repaint every shape of the SVG, a transform only moves what is drawn. A
    /// picture without it (the handout's) fits its camera to its box by the viewBox.
    #[prop_or_default]
    pub size: Option<(f64, f64)>,
    pub title: AttrValue,
    /// What the picture shows in this step, for people who cannot see it.
    pub shows: AttrValue,
    pub stage_ref: NodeRef,
    pub on_tap: Callback<()>,
    /// -1: swipe to the previous step, +1: to the next.
    pub on_swipe: Callback<i32>,
    /// While a drawing tool is on, a finger or pen draws instead of tapping and swiping.
    pub tool: Tool,
    pub on_ink: Callback<InkInput>,
    /// The drawing over the picture (world units).
    pub ink: Html,
    /// Controls that sit over the picture's corner (the drawing tools).
    pub overlay: Html,
    /// With less motion, the storyboard's still now shown (step and number): a change
    /// cross-fades from the still before.
    #[prop_or_default]
    pub still: Option<(Step, usize)>,
}

/// The storyboard's cross-fade: when the still changes, the picture as it was (read from the
/// page before this render changes it) stays beneath as a copy while the new one fades in
/// over it. Returns the copy and the class that restarts the fade (two names, alternating).
#[hook]
fn use_crossfade(stage: NodeRef, still: Option<(Step, usize)>) -> (Html, Option<&'static str>) {
    let shown = use_mut_ref(|| None::<(Step, usize)>);
    let copy = use_mut_ref(|| None::<(AttrValue, bool)>);
    if *shown.borrow() != still {
        let before = stage
            .cast::<web_sys::Element>()
            .and_then(|s| s.query_selector(".stage-svg").ok().flatten())
            .filter(|_| still.is_some() && shown.borrow().is_some())
            // Its gradients are the live picture's own (same ids): the copy needs none. Its
            // class changes so the live picture's rules (its fade in) do not apply to it.
            .map(|svg| {
                let markup = svg.outer_html().replace(" id=\"", " data-id=\"");
                AttrValue::from(markup.replacen("stage-svg", "stage-copy", 1))
            });
        let parity = copy.borrow().as_ref().is_some_and(|(_, p)| !p);
        *copy.borrow_mut() = before.map(|markup| (markup, parity));
        *shown.borrow_mut() = still;
    }
    let copy = copy.borrow();
    match copy.as_ref() {
        Some((markup, parity)) => (
            html! { <div class="stage-under" aria-hidden="true">{ Html::from_html_unchecked(markup.clone()) }</div> },
            Some(if *parity { "fade-b" } else { "fade-a" }),
        ),
        None => (html! {}, None),
    }
}

#[component]
pub fn Stage(props: &StageProps) -> Html {
    let scene = &props.scene;
    let lazy = use_context::<Rc<LazyArt>>().unwrap_or_default();
    // What the whole stage shows: the camera, grown over the tools' band on a phone.
    let whole = props.size.map_or(scene.camera, |(_, h)| {
        camera::with_band(scene.camera, props.band / h)
    });
    let start = use_mut_ref(|| None::<(f64, f64)>);
    // Where a pointer is on the picture, in world units (the stage's box and the camera
    // decide; the SVG shows the camera centred and fitted).
    let world = {
        let (stage, camera) = (props.stage_ref.clone(), whole);
        move |e: &PointerEvent| {
            let rect = stage.cast::<web_sys::Element>()?.get_bounding_client_rect();
            let stage = kurbo::Rect::new(rect.left(), rect.top(), rect.right(), rect.bottom());
            let screen = Point::new(e.client_x() as f64, e.client_y() as f64);
            Some((screen_to_world(camera, stage, screen), e.pressure() as f64))
        }
    };
    let inking = props.tool != Tool::Off;
    let onpointerdown = {
        let (start, on_ink, world) = (start.clone(), props.on_ink.clone(), world.clone());
        Callback::from(move |e: PointerEvent| {
            if inking {
                if let Some((at, pressure)) = world(&e) {
                    // Keep the stroke when the finger leaves the picture's edge.
                    if let Some(target) = e.target_dyn_into::<web_sys::Element>() {
                        let _ = target.set_pointer_capture(e.pointer_id());
                    }
                    on_ink.emit(InkInput::Down(at, pressure));
                }
                return;
            }
            *start.borrow_mut() = Some((e.client_x() as f64, e.client_y() as f64))
        })
    };
    let onpointermove = {
        let on_ink = props.on_ink.clone();
        Callback::from(move |e: PointerEvent| {
            if inking && e.buttons() != 0 {
                if let Some((at, pressure)) = world(&e) {
                    on_ink.emit(InkInput::Move(at, pressure));
                }
            }
        })
    };
    let onpointerup = {
        let (on_tap, on_swipe, on_ink) = (
            props.on_tap.clone(),
            props.on_swipe.clone(),
            props.on_ink.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if inking {
                on_ink.emit(InkInput::Up);
                return;
            }
            let Some((x, y)) = start.borrow_mut().take() else {
                return;
            };
            let (dx, dy) = (e.client_x() as f64 - x, e.client_y() as f64 - y);
            if dx.abs() > 60.0 && dx.abs() > 1.5 * dy.abs() {
                on_swipe.emit(if dx < 0.0 { 1 } else { -1 });
            } else if dx.abs() < 10.0 && dy.abs() < 10.0 {
                on_tap.emit(());
            }
        })
    };
    let centre = HEART_TO_WORLD * Point::new(220.0, 260.0);
    let beat = Affine::translate(centre.to_vec2())
        * Affine::scale(scene.beat_scale)
        * Affine::translate(-centre.to_vec2());
    let covered =
        scene.section_opacity >= 0.999 || scene.pose.xray >= 0.999 || scene.pose.cath_lab >= 0.999;
    // The X-ray is seen on the room's screen: a monitor's frame round the picture.
    let xray_on = scene.monitor_on();
    let c = whole;
    let (view, placed) = use_camera(c, props.size);
    let moved = placed.is_some().then_some("placed");
    // Each picture's own caption id (the handout draws several).
    let caption = use_memo((), |_| {
        static STAGES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = STAGES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        AttrValue::from(format!("stage-shows-{n}"))
    });
    let caption = (*caption).clone();
    let (under, fade) = use_crossfade(props.stage_ref.clone(), props.still);
    let label = use_memo(props.title.clone(), |title| {
        t_with("stage-label", &[("title", Arg::Word(title))])
    });
    html! {
        <figure class={classes!("stage", inking.then_some("inking"), xray_on.then_some("xray-on"))}
            style={(props.band > 0.0).then(|| format!("--tool-band:{}px", short(props.band)))} ref={props.stage_ref.clone()} {onpointerdown} {onpointermove} {onpointerup}>
            <svg class={classes!("stage-svg", "art", fade, moved)}
                viewBox={view_box(view)} preserveAspectRatio="xMidYMid meet" style={placed}
                role="img" aria-label={(*label).clone()} aria-describedby={caption.clone()} data-step={scene.step.slug()}
                data-artery={scene.setup.artery.slug()}>
                <defs>{ heart::defs() }</defs>
                // Layers hidden under an opaque X-ray or artery section are not drawn at all:
                // painting them every frame is most of a frame's cost on a slow phone. They
                // stay in the page, hidden: making them again when the X-ray or section fades
                // would cost the browser one long frame.
                // Under the drape the limb lies on a sterile sheet: round it in the drape's
                // window is that sheet, not the room.
                { (scene.pose.drape > 0.0 && !covered).then(|| {
                    let (w, h) = camera::drape_window(scene.setup.access);
                    let middle = camera::drape_centre(scene.setup.access);
                    html! { <rect class="drape" x={num(middle.x - w)} y={num(middle.y - h)} width={num(2.0 * w)} height={num(2.0 * h)} opacity={num(scene.pose.drape)} /> }
                }) }
                <g opacity={num(scene.pose.body_opacity)} display={(covered || scene.pose.body_opacity <= 0.0).then_some("none")}
                    style={format!("--skin-stroke:{}px", short((1.8 * props.unit).within(0.3, 1.6)))}><Body /></g>
                // Seen from afar (the whole body on a phone) the catheter keeps at least
                // 3.4 pixels wide, so it reads as a tube in the artery, not a hairline; and
                // the vessels keep wider than it, by a pixel and more each side.
                <g display={covered.then_some("none")} style={format!("--catheter-scale:{}; --tube-min:{}px", short((3.4 * props.unit / 2.0).max(1.0)), short(((3.4 + 2.6) * props.unit).max(0.0)))}>
                        // Close on the way in, the bones under it and (at the groin) the
                        // ligament over the artery: landmarks the body's view has no room for.
                        <g opacity={num(scene.pose.drape)} display={(scene.pose.drape <= 0.0).then_some("none")}><Piece art={crate::model::art::BONES} /></g>
                        // The arteries of the body do not beat with the heart: only the heart's
                        // own area then repaints each beat, not the whole body's.
                        <BackVessels access={scene.setup.access} />
                        <g opacity={num(scene.pose.drape)} display={(scene.pose.drape <= 0.0).then_some("none")}><Piece art={crate::model::art::LIGAMENT} /></g>
                        { layer(Catheter::of(scene, Part::Behind)) }
                        // Under the sterile drape the briefs are off.
                        <g opacity={num(scene.pose.body_opacity)} display={(scene.pose.body_opacity <= 0.0 || scene.pose.drape >= 0.5).then_some("none")}><Piece art={crate::model::art::BRIEFS} /></g>
                        <g transform={matrix(beat)}>
                            <g transform={matrix(HEART_TO_WORLD)}><HeartMuscle /></g>
                            { layer(Shade::of(scene)) }
                            // What lies behind the heart, as hidden lines over its muscle (under
                            // the aortic root, the coronary arteries and the lung artery in
                            // front of it): the aorta, always (without it the aorta below seems
                            // to come out of the heart), and a tube climbing in it.
                            <HiddenAorta artery={scene.setup.artery} />
                            { layer(Catheter::of(scene, Part::Hidden)) }
                            <FrontVessels access={scene.setup.access} />
                            { layer(Spot::of(scene)) }
                        </g>
                        { layer(AccessSite::of(scene)) }
                        { layer(Catheter::of(scene, Part::Front)) }
                        { layer(CloseUpLayer { setup: scene.setup, inset: scene.close_up }) }
                        { layer(CloseUpLayer { setup: scene.setup, inset: scene.magnifier }) }
                        { layer(Home(scene.pose.home)) }
                </g>
                // The X-ray's opacity is outside its layer: fading, it is not drawn again.
                { (scene.section_opacity < 0.999 && scene.pose.xray > 0.0).then(|| html! {
                    <g class="xray" opacity={num(scene.pose.xray)}>{ layer(XRay::of(scene, lazy.angiogram.clone())) }</g>
                }) }
                { (scene.section_opacity > 0.0).then(|| html! {
                    <g opacity={num(scene.section_opacity)}>
                        <rect class="section-ground" x={num(c.x0)} y={num(c.y0)} width={num(c.width())} height={num(c.height())} />
                        <g transform={matrix(scene.section_to_world)}>{ section_view(scene) }</g>
                    </g>
                }) }
                // The room the patient will be in, over the whole picture, its wall's colour
                // filling the view round it.
                { (scene.pose.cath_lab > 0.0).then_some(lazy.cathlab.clone()).flatten().map(|room| html! {
                    <g opacity={num(scene.pose.cath_lab)}>
                        <rect class="lab-wall" x={num(c.x0)} y={num(c.y0)} width={num(c.width())} height={num(c.height())} />
                        // The room's floor runs on to the picture's foot.
                        <rect class="lab-floor" x={num(c.x0)} y={num(cathlab::floor(scene.camera))} width={num(c.width())} height={num(c.height())} />
                        <g transform={matrix(cathlab::placed(scene.camera))}><CathLab access={scene.setup.access} markup={room} /></g>
                    </g>
                }) }
                // "You are here": over the X-ray and the artery section alike.
                { layer(Locator::of(scene)) }
                { layer(BodyMap::of(scene)) }
                // The tools' band along the top: the picture fades out under the buttons (a hard
                // edge there reads as art cut off).
                // Over the X-ray the band is solid: the X-ray is on the monitor below it. Over
                // the drape there is no art to cut off: the band goes.
                { (scene.camera.y0 > c.y0 && scene.pose.drape < 1.0).then(|| {
                    let band = scene.camera.y0 - c.y0;
                    let (class, height) = if xray_on { ("tool-band-solid", band) } else { ("tool-band", 1.3 * band) };
                    html! {
                        <rect {class} x={num(c.x0)} y={num(c.y0)} width={num(c.width())} height={num(height)}
                            opacity={(scene.pose.drape > 0.0).then(|| num(1.0 - scene.pose.drape))} />
                    }
                }) }
                { layer(Labels::of(scene, props.unit, scene.camera.width() / props.unit)) }
                { props.ink.clone() }
            </svg>
            { under }
            // The tools take their own pointer events: pressing one neither draws nor pauses.
            <div class="stage-overlay" onpointerdown={Callback::from(|e: PointerEvent| e.stop_propagation())}
                onpointerup={Callback::from(|e: PointerEvent| e.stop_propagation())}>
                { props.overlay.clone() }
            </div>
            <figcaption id={caption} class="visually-hidden">{ props.shows.clone() }</figcaption>
        </figure>
    }
}

/// Where the picture's camera is applied. A new viewBox makes the browser lay out every shape
/// of the SVG again; a CSS transform only moves what is drawn. So, on a stage of known size,
/// the viewBox stays put while the camera moves within a factor of `REBASE` of its scale, and a
/// CSS transform takes the picture from the viewBox to the camera; past that, or when the
/// stage changes size, the viewBox is set to the camera again (once in many frames). Kept
/// close, the browser still lays text out near the size it is drawn at (far from it, its
/// measure of the words drifts). Without a size (the handout's pictures) the camera is the
/// viewBox. Returns the viewBox and the `style` that places it.
#[hook]
fn use_camera(camera: kurbo::Rect, size: Option<(f64, f64)>) -> (kurbo::Rect, Option<String>) {
    const REBASE: f64 = 1.4;
    let base = use_mut_ref(|| None::<(kurbo::Rect, (f64, f64))>);
    let Some((width, height)) = size else {
        return (camera, None);
    };
    let mut base = base.borrow_mut();
    let zoom = |view: kurbo::Rect| view.width() / camera.width();
    let view = match *base {
        Some((view, at))
            if at == (width, height) && (1.0 / REBASE..REBASE).contains(&zoom(view)) =>
        {
            view
        }
        _ => camera,
    };
    *base = Some((view, (width, height)));
    // The viewBox fills the stage (it has the stage's shape, as the camera has); one world
    // unit is `s` pixels at the camera's scale.
    let s = width / camera.width();
    let shift = (view.origin() - camera.origin()) * s;
    let place = Affine::new([zoom(view), 0.0, 0.0, zoom(view), shift.x, shift.y]);
    (view, Some(format!("transform:{}", matrix(place))))
}

/// A round close-up on the narrowed spot: the artery section in miniature, turned to run the
/// way the artery runs, joined to the ring on the artery by two callout lines. Before
/// treatment it shows the narrowing; in the last step, what the treatment left.
#[derive(PartialEq)]
struct CloseUpLayer {
    setup: Setup,
    inset: CloseUp,
}

impl Draw for CloseUpLayer {
    fn draw(&self) -> Html {
        close_up(self.setup, self.inset)
    }
}

fn close_up(setup: Setup, inset: CloseUp) -> Html {
    if inset.opacity <= 0.0 {
        return html! {};
    }
    let r = inset.window();
    let (spot, direction) = anatomy::narrowing(setup.artery);
    let [a, b] = inset.callout(spot);
    let callout = polyline([a.0, a.1]) + &polyline([b.0, b.1]);
    // A nested <svg> shows the middle of the section; its square edge clips cheaply (a round
    // clip-path cost ~10 ms a frame), and a thick ring in the page's colour rounds it off.
    // Seen from afar (the last step), the artery is too small to follow: the section lies level.
    let angle = if inset.treated {
        0.0
    } else {
        direction.y.atan2(direction.x).to_degrees()
    };
    let angle = if angle.abs() > 90.0 {
        angle - 180.0_f64.copysign(angle)
    } else {
        angle
    };
    // The treated artery is seen closer: its stent fills the window.
    let half = if inset.treated { 125.0 } else { 150.0 };
    let view = format!(
        "{} {} {side} {side}",
        short(geometry::PLAQUE_X - half),
        short(geometry::CENTRE_Y - half),
        side = short(2.0 * half),
    );
    let (x, y, side) = (
        num(inset.centre.x - r),
        num(inset.centre.y - r),
        num(2.0 * r),
    );
    html! {
        <g class="close-up" opacity={num(inset.opacity)}>
            <svg x={x} y={y} width={side.clone()} height={side} viewBox={view}>
                <g transform={format!("rotate({} {} {})", num(angle), short(geometry::PLAQUE_X), short(geometry::CENTRE_Y))}>
                    <CloseUpArt {setup} treated={inset.treated} />
                </g>
            </svg>
            <circle class="close-up-mask" cx={num(inset.centre.x)} cy={num(inset.centre.y)} r={num((r + inset.radius) / 2.0)} stroke-width={num(inset.radius - r)} />
            // Lines and rim as bold seen from afar as close by. The lines run over the
            // close-up's pale margin to its rim, where they touch it. Seen from afar, where no
            // other ring marks the spot, they start from a ring of their own.
            <path class="callout" d={callout} stroke-width={num(inset.radius * 0.032)} />
            { inset.treated.then(|| html! {
                <circle class="callout-ring" cx={num(spot.x)} cy={num(spot.y)} r={num(anatomy::NARROWING_RING)} stroke-width={num(inset.radius * 0.032)} />
            }) }
            <circle class="close-up-rim" cx={num(inset.centre.x)} cy={num(inset.centre.y)} r={num(r)} stroke-width={num(inset.radius * 0.041)} />
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct CloseUpProps {
    setup: Setup,
    treated: bool,
}

/// The close-up's picture, still: the untreated artery (with its clot in an emergency), or the
/// artery as its treatment left it (the plaque pressed back, a stent's struts in the wall, a
/// balloon's work a little less even). It renders once per setup, so a frame only moves and
/// fades its window.
#[component]
fn CloseUpArt(props: &CloseUpProps) -> Html {
    let channel = if props.treated {
        let journey = crate::model::journey::Journey::new(props.setup);
        let after = journey.end(crate::model::step::Step::Flow) - 1e-6;
        scene_at(props.setup, after, 1.0).channel
    } else {
        scene_at(props.setup, 0.0, 1.0).channel
    };
    let stent = (props.treated && props.setup.treatment == Treatment::Stent).then_some(Device {
        x: geometry::PLAQUE_X,
        radius: geometry::RADIUS,
    });
    let clot = props.setup.is_emergency() && !props.treated;
    html! {
        <>
            <rect class="section-ground" x="0" y="-200" width="600" height="640" />
            <rect class="lumen-flat" x="0" y="60" width="600" height="120" />
            <ellipse class="cell" cx="190" cy="95" rx="10" ry="6" />
            // Beyond a blockage no blood comes.
            { (!clot).then(|| html! { <ellipse class="cell" cx="405" cy="140" rx="10" ry="6" /> }) }
            { props.treated.then(|| html! { <ellipse class="cell" cx="300" cy="118" rx="10" ry="6" /> }) }
            { clot.then(|| html! { <path class="clot" d={section::clot(&channel)} /> }) }
            // Pictures only: a plaque that may be there, faint.
            <g class={(!props.setup.treats()).then_some("possible")}>
                <path class="plaque-flat" d={section::plaque(&channel, -1.0)} />
                <path class="plaque-flat" d={section::plaque(&channel, 1.0)} />
            </g>
            <path class="wall-flat" d={section::wall(-1.0)} />
            <path class="wall-flat" d={section::wall(1.0)} />
            // The stent whole, a steel mesh lining the artery: at this size a cut through it
            // would not read.
            { stent.map(|s| html! {
                <g class="stent">
                    <path class="stent-strut" d={section::stent_mesh(&channel, s)} />
                    <path class="stent-shine" d={section::stent_mesh(&channel, s)} />
                </g>
            }) }
        </>
    }
}

/// The sheath's side tube: from the hub out to the side, curving back along the arm or leg.
fn side_tube(hub: Point, side: kurbo::Vec2, along: kurbo::Vec2) -> String {
    let (bend, end) = (hub - side * 7.0, hub - side * 9.0 - along * 6.0);
    format!(
        "M{} {}Q{} {} {} {}",
        num(hub.x),
        num(hub.y),
        num(bend.x),
        num(bend.y),
        num(end.x),
        num(end.y)
    )
}

/// The numbing needle, the short sheath with its hub outside the skin, and afterwards the band
/// (wrist) or pressure pad (groin).
#[derive(PartialEq)]
struct AccessSite {
    setup: Setup,
    numbing: f64,
    sheath: f64,
    band: f64,
    drape: f64,
}

impl AccessSite {
    fn of(scene: &Scene) -> AccessSite {
        let pose = &scene.pose;
        AccessSite {
            setup: scene.setup,
            numbing: pose.numbing,
            sheath: pose.sheath,
            band: pose.band,
            drape: pose.drape,
        }
    }
}

impl Draw for AccessSite {
    fn draw(&self) -> Html {
        access_site(self)
    }
}

fn access_site(scene: &AccessSite) -> Html {
    let route = anatomy::route(scene.setup.access, scene.setup.artery);
    let site = route.at(0.0);
    let along = route.direction(0.0);
    let side = Vec2::new(-along.y, along.x);
    // Outside the skin, at a slant: the hub and its side tube clear of the body.
    let outside = crate::model::script::sheath_hub(scene.setup.access);
    let inside = site + along * (16.0 * scene.sheath);
    let needle_tip = site + along * 1.0;
    let needle_back = needle_tip - along * 8.0 + side * 5.0;
    let barrel_end = needle_back - (needle_tip - needle_back).normalize() * 12.0;
    let band_angle = along.y.atan2(along.x).to_degrees() + 90.0;
    // The wrist band goes round the whole wrist (the artery is on its thumb side); the groin
    // pad sits over the artery.
    let (band_w, band_h, band_shift) = match scene.setup.access {
        Access::Wrist => (36.0, 9.0, 7.0),
        Access::Groin => (26.0, 20.0, 0.0),
    };
    // The drape's window: round the way in, a little towards where the tube goes.
    let (wx, wy) = crate::model::camera::drape_window(scene.setup.access);
    let window = crate::model::camera::drape_centre(scene.setup.access);
    // The drape round its window (a hole), to `reach` beyond the window on every side.
    let drape_with = |reach: f64| {
        format!(
            "M{} {}h{}v{}h-{}ZM{} {}h{}v{}h-{}Z",
            num(window.x - wx - reach),
            num(window.y - wy - reach),
            num(2.0 * (wx + reach)),
            num(2.0 * (wy + reach)),
            num(2.0 * (wx + reach)),
            num(window.x - wx),
            num(window.y - wy),
            num(2.0 * wx),
            num(2.0 * wy),
            num(2.0 * wx)
        )
    };
    // Folds from the window's corners, as a drape pulled flat over a limb lies.
    let folds = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
        .iter()
        .map(|&(sx, sy): &(f64, f64)| {
            let corner = Point::new(window.x + sx * (wx + 3.0), window.y + sy * (wy + 3.0));
            let out = corner + Vec2::new(sx * 34.0, sy * 22.0);
            let bend = corner + Vec2::new(sx * 20.0, sy * 6.0);
            format!(
                "M{} {}Q{} {} {} {}",
                num(corner.x),
                num(corner.y),
                num(bend.x),
                num(bend.y),
                num(out.x),
                num(out.y)
            )
        })
        .collect::<String>();
    html! {
        <g class="access">
            { (scene.drape > 0.0).then(|| html! {
                <g opacity={num(scene.drape)}>
                    // The drape's edge casts a soft shadow on the skin in its window.
                    <rect class="drape-shadow" x={num(window.x - wx)} y={num(window.y - wy)} width={num(2.0 * wx)} height={num(2.0 * wy)} />
                    <path class="drape" d={drape_with(200.0)} />
                    // Darker away from the window, as the procedure light falls on it.
                    <path class="drape-shade" d={drape_with(150.0)} fill="url(#hp-drape-shade)" />
                    <path class="drape-fold" d={folds} />
                    <rect class="drape-rim" x={num(window.x - wx)} y={num(window.y - wy)} width={num(2.0 * wx)} height={num(2.0 * wy)} rx="1.5" />
                </g>
            }) }
            { (scene.numbing > 0.0).then(|| html! {
                <g class="needle" opacity={num(scene.numbing)}>
                    <circle cx={num(site.x)} cy={num(site.y)} r="12" fill="url(#hp-glow)" />
                    <path class="needle-steel" d={polyline([needle_tip, needle_back])} />
                    <path class="syringe" d={polyline([needle_back, barrel_end])} />
                </g>
            }) }
            { (scene.sheath > 0.0).then(|| html! {
                <g class="sheath" opacity={num((scene.sheath * 4.0).min(1.0))}>
                    <path class="sheath-tube" d={polyline([outside, site])} />
                    <path class="sheath-inside" d={polyline([site, inside])} />
                    <circle class="puncture" cx={num(site.x)} cy={num(site.y)} r="1.6" />
                    // The hub with its valve, and a thin, flexible side tube ending in a cap
                    // (a rigid straight arm read as a tool, not a tube).
                    <path class="sheath-side" d={side_tube(outside, side, along)} />
                    <circle class="sheath-cap" cx={num((outside - side * 9.0 - along * 6.0).x)} cy={num((outside - side * 9.0 - along * 6.0).y)} r="1.3" />
                    <circle class="sheath-hub" cx={num(outside.x)} cy={num(outside.y)} r="3" />
                    <circle class="sheath-valve" cx={num(outside.x)} cy={num(outside.y)} r="1.3" />
                </g>
            }) }
            { (scene.band > 0.0).then(|| html! {
                <g class={classes!("band", (scene.setup.access == Access::Groin).then_some("band-groin"))} opacity={num(scene.band)} transform={format!("rotate({} {} {})", num(band_angle), num(site.x), num(site.y))}>
                    <rect class="band-strap" x={num(site.x - band_w / 2.0 + band_shift)} y={num(site.y - band_h / 2.0)} width={num(band_w)} height={num(band_h)} rx="3" />
                    <ellipse class="band-pad" cx={num(site.x)} cy={num(site.y)} rx="5" ry={num(band_h * 0.36)} />
                </g>
            }) }
        </g>
    }
}

/// Which stretch of the catheter to draw: the part that runs behind the heart is drawn before
/// the heart, the rest after it.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Behind,
    /// The part behind the heart again, as a hidden line over it: the tube climbs behind it.
    Hidden,
    Front,
}

/// The catheter from the entry point to its tip (`length` along its route).
#[derive(PartialEq)]
struct Catheter {
    setup: Setup,
    part: Part,
    length: f64,
    /// A ring draws the eye to the moving tip while it travels: how strongly (0 to 1).
    ring: f64,
    tip: Point,
}

impl Catheter {
    fn of(scene: &Scene, part: Part) -> Catheter {
        let ring = if part == Part::Front {
            scene.pose.tip_ring
        } else {
            0.0
        };
        Catheter {
            setup: scene.setup,
            part,
            length: scene.pose.catheter_length,
            ring,
            tip: if ring > 0.0 { scene.tip } else { Point::ZERO },
        }
    }
}

impl Draw for Catheter {
    fn draw(&self) -> Html {
        catheter(self)
    }
}

fn catheter(c: &Catheter) -> Html {
    let (setup, part, ring) = (c.setup, c.part, c.ring);
    let behind = anatomy::behind_heart(setup.access);
    let (from, to) = match part {
        Part::Behind => (0.0, c.length.min(behind)),
        Part::Hidden => {
            let (from, to) = anatomy::hidden_by_heart(setup.access);
            (from, c.length.min(to))
        }
        Part::Front => (anatomy::in_front_from(setup.access), c.length),
    };
    if to <= from && ring <= 0.0 {
        return html! {};
    }
    let route = anatomy::route(setup.access, setup.artery);
    // Under the lung artery only the ring shows where the tip is.
    let d = if to > from {
        polyline(route.between(from, to))
    } else {
        Default::default()
    };
    if part == Part::Hidden {
        let points: Vec<kurbo::Point> = route.between(from, to.max(from));
        let d = super::vessels::clear_of_the_spot(&points, setup.artery);
        return html! { <path class="catheter-hidden" d={d} /> };
    }
    html! {
        <g class={classes!("catheter", (part == Part::Behind).then_some("catheter-behind"))}>
            // A dark edge, so the thin tube reads against skin and vessel alike at body scale.
            <path class="catheter-edge" d={d.clone()} />
            <path class="catheter-body" d={d.clone()} />
            <path class="catheter-core" d={d} />
            { (ring > 0.0).then(|| html! {
                <>
                    <circle class="tip-ring" cx={num(c.tip.x)} cy={num(c.tip.y)} r="4" opacity={num(0.8 * ring)} />
                    <circle class="tip-dot" cx={num(c.tip.x)} cy={num(c.tip.y)} r="1.5" />
                </>
            }) }
        </g>
    }
}
