//! Data-driven checks over every setup and many moments: the picture must stay anatomically
//! sound and continuous wherever a person seeks to.

use super::*;
use crate::model::anatomy::inside_a_vessel;
use crate::model::script::Device;
use crate::model::section;

const ASPECTS: [f64; 3] = [0.8, 1.0, 1.4];

/// Every setup, sampled every `dt` seconds through its whole journey.
fn samples(dt: f64) -> impl Iterator<Item = (Setup, f64)> {
    Setup::all().into_iter().flat_map(move |setup| {
        let total = Journey::new(setup).total();
        (0..=(total / dt) as usize).map(move |i| (setup, (i as f64 * dt).min(total)))
    })
}

#[test]
fn the_catheter_tip_stays_inside_a_vessel() {
    for (setup, time) in samples(0.25) {
        let scene = scene_at(setup, time, 1.0);
        let inside = inside_a_vessel(scene.tip);
        assert!(
            inside,
            "{setup:?} at {time}s: tip {:?} outside every vessel",
            scene.tip
        );
    }
}

#[test]
fn the_wire_runs_inside_the_open_channel() {
    for (setup, time) in samples(0.25) {
        let scene = scene_at(setup, time, 1.0);
        let mut x = 0.0;
        while x <= scene.pose.wire_tip_x {
            let (top, bottom, y) = (
                scene.channel.top(x),
                scene.channel.bottom(x),
                scene.channel.middle(x),
            );
            assert!(
                top < y && y < bottom,
                "{setup:?} at {time}s: wire at x={x} leaves the channel"
            );
            x += 5.0;
        }
    }
}

#[test]
fn the_balloon_never_exceeds_the_healthy_artery() {
    for (setup, time) in samples(0.1) {
        let scene = scene_at(setup, time, 1.0);
        if let Some(b) = scene.pose.balloon {
            assert!(
                b.radius <= section::RADIUS,
                "{setup:?} at {time}s: balloon radius {}",
                b.radius
            );
            // Where a balloon sits alone, it fits in the channel its pressure has made (inside
            // a stent, the stent holds it: `the_stent_balloon_fills_the_stent`).
            let half_gap = (scene.channel.bottom(b.x) - scene.channel.top(b.x)) / 2.0;
            if (b.x - section::PLAQUE_X).abs() < 1.0 && scene.pose.stent.is_none() {
                assert!(
                    b.radius <= half_gap + 1e-6,
                    "{setup:?} at {time}s: balloon {} in gap {half_gap}",
                    b.radius
                );
            }
        }
    }
}

#[test]
fn the_stent_once_open_stays_open_and_in_place() {
    for setup in Setup::all().into_iter().filter(|s| s.has_stent()) {
        let journey = Journey::new(setup);
        let opened = journey.start(Step::Stent) + 6.0;
        let reference = scene_at(setup, opened, 1.0)
            .pose
            .stent
            .expect("stent is placed");
        let mut time = opened;
        while time <= journey.total() {
            let scene = scene_at(setup, time, 1.0);
            let stent = scene
                .pose
                .stent
                .unwrap_or_else(|| panic!("{setup:?}: stent gone at {time}s"));
            assert_eq!(
                stent, reference,
                "{setup:?}: stent moved or shrank at {time}s"
            );
            assert!(stent.radius <= section::RADIUS);
            time += 0.1;
        }
        // And it is pressed into the plaque, not floating in the channel.
        let end = scene_at(setup, journey.total(), 1.0);
        assert!(end.channel.top(section::PLAQUE_X) > section::CENTRE_Y - reference.radius - 1e-6);
    }
}

/// Opening the stent, its balloon fills it end to end: no gap between balloon and struts where
/// the stent opens to the healthy artery, and held in where the squashed plaque holds the stent.
#[test]
fn the_stent_balloon_fills_the_stent() {
    for setup in Setup::all().into_iter().filter(|s| s.has_stent()) {
        let key = Journey::new(setup).start(Step::Stent) + 6.4;
        let scene = scene_at(setup, key, 1.0);
        let (balloon, stent) = (scene.pose.balloon.unwrap(), scene.pose.stent.unwrap());
        // Its straight part covers the whole stent, its shoulders beyond the stent's ends.
        let straight = section::balloon_length(Some(stent)) / 2.0 - section::BALLOON_TAPER;
        assert!(
            (balloon.x - stent.x).abs() + section::STENT_LENGTH / 2.0 <= straight + 1e-9,
            "{setup:?}: the balloon is shorter than the stent it opens"
        );
        let mut widths = vec![];
        for i in 0..=20 {
            let x = balloon.x - 96.0 + 9.6 * i as f64;
            let (top, bottom) = scene.channel.balloon_edges(balloon, Some(stent), x);
            let (stent_top, stent_bottom) = scene.channel.stent_edges(stent, x);
            assert!(
                top - stent_top <= section::STENT_STRUT + 0.5
                    && stent_bottom - bottom <= section::STENT_STRUT + 0.5,
                "{setup:?} at x={x}: balloon {top}..{bottom} inside stent {stent_top}..{stent_bottom}"
            );
            assert!(top >= scene.channel.top(x) && bottom <= scene.channel.bottom(x));
            widths.push(bottom - top);
        }
        let (waist, ends) = (widths[10], widths[0].min(widths[20]));
        assert!(
            waist < ends - 8.0,
            "{setup:?}: held in at the narrowing ({waist} vs {ends})"
        );
    }
}

/// A balloon alone leaves some narrowing: the artery it opened is visibly narrower at the end
/// than the one a stent holds open.
#[test]
fn a_balloon_alone_leaves_some_narrowing() {
    use crate::model::setup::Treatment;
    for setup in Setup::all()
        .into_iter()
        .filter(|s| s.treatment == Treatment::BalloonOnly)
    {
        let stented = Setup {
            treatment: Treatment::Stent,
            ..setup
        };
        let gap = |s: Setup| {
            scene_at(s, Journey::new(s).total(), 1.0)
                .channel
                .narrowest_half_gap()
        };
        assert!(gap(setup) < 0.85 * gap(stented), "{setup:?}");
    }
}

#[test]
fn the_artery_ends_wider_than_it_started() {
    for setup in Setup::all().into_iter().filter(|s| s.treats()) {
        let journey = Journey::new(setup);
        let before = scene_at(setup, 0.0, 1.0);
        let after = scene_at(setup, journey.total(), 1.0);
        assert!(
            after.channel.narrowest_half_gap() > 2.5 * before.channel.narrowest_half_gap(),
            "{setup:?}"
        );
        assert!(
            after.flow_rate > 3.0 * before.flow_rate.max(0.01) && after.flow_rate > 0.7,
            "{setup:?}: flow {}",
            after.flow_rate
        );
    }
}

/// The numbers that must change smoothly (labels and text may change at a step's edge).
fn moving_parts(s: &Scene) -> Vec<(&'static str, f64)> {
    let device = |d: Option<Device>| d.map_or((f64::NAN, 0.0), |d| (d.x, d.radius));
    let (bx, br) = device(s.pose.balloon);
    // A balloon waiting out of view may come and go.
    let br = if bx > -100.0 { br } else { f64::NAN };
    let (sx, sr) = device(s.pose.stent);
    let sr = if sx > -100.0 { sr } else { f64::NAN };
    vec![
        ("camera size", s.camera.width().ln() * 20.0),
        ("body", s.pose.body_opacity * 10.0),
        ("section", s.section_opacity * 10.0),
        ("xray", s.pose.xray * 10.0),
        // World units: up to 4 per frame is an even glide at body scale.
        ("catheter", s.pose.catheter_length / 2.0),
        ("tip x", s.tip.x / 2.0),
        ("tip y", s.tip.y / 2.0),
        ("sheath", s.pose.sheath * 10.0),
        ("dye", s.pose.dye * 10.0),
        ("wire", s.pose.wire_tip_x / 10.0),
        (
            "balloon x",
            if br > 0.0 && bx > -100.0 {
                bx / 10.0
            } else {
                f64::NAN
            },
        ),
        ("balloon r", br / 10.0),
        ("stent x", if sx > -100.0 { sx / 10.0 } else { f64::NAN }),
        ("stent r", sr / 10.0),
        ("plaque", s.channel.compression * 10.0),
        ("clot", s.pose.clot * 10.0),
        ("flow", s.flow_rate * 10.0),
        ("marker", s.pose.marker * 10.0),
        ("inset", s.close_up.opacity * 10.0),
        ("magnifier", s.magnifier.opacity * 10.0),
    ]
}

fn assert_close(setup: Setup, time: f64, a: &Scene, b: &Scene, limit: f64) {
    // Camera moves count relative to what is on screen: 1 = a hundredth of the view.
    let pan = (a.camera.center() - b.camera.center()).hypot() * 100.0 / a.camera.width();
    assert!(
        pan <= limit,
        "{setup:?}: camera jumps {pan:.2}% of the view at {time:.2}s"
    );
    for ((name, x), (_, y)) in moving_parts(a).into_iter().zip(moving_parts(b)) {
        if x.is_nan() || y.is_nan() {
            continue;
        }
        assert!(
            (x - y).abs() <= limit,
            "{setup:?}: {name} jumps at {time:.2}s ({x:.3} → {y:.3})"
        );
    }
}

#[test]
fn nothing_jumps_at_a_step_boundary() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        for step in &journey.steps()[1..] {
            let edge = journey.start(*step);
            let (a, b) = (
                scene_at(setup, edge - 1e-6, 1.0),
                scene_at(setup, edge, 1.0),
            );
            assert_eq!(b.step, *step);
            assert_close(setup, edge, &a, &b, 0.01);
        }
    }
}

/// A tablet's picture and a phone's (which frames some things closer: `Scene::on_stage`).
const STAGES_PX: [f64; 2] = [900.0, 390.0];

#[test]
fn nothing_jumps_between_frames() {
    for px in STAGES_PX {
        for (setup, time) in samples(0.05) {
            let (a, b) = (
                scene_at(setup, time, 1.0).on_stage(px),
                scene_at(setup, time + 0.02, 1.0).on_stage(px),
            );
            assert_close(setup, time, &a, &b, 2.0);
        }
    }
}

#[test]
fn a_phone_sees_the_close_up_and_the_x_ray_s_narrowing_larger() {
    let setup = Setup::all()[0];
    let journey = Journey::new(setup);
    // How many pixels a world unit takes at `step`'s key pose, and the close-up's radius.
    let at = |step: Step, px: f64| {
        let scene = scene_at(setup, journey.start(step) + script::key_time(step), 1.0).on_stage(px);
        (px / scene.camera.width(), scene.close_up.radius)
    };
    let (phone, phone_lens) = at(Step::Heart, 390.0);
    let (_, tablet_lens) = at(Step::Heart, 900.0);
    // The phone's close-up: at least 60 px across its rim (2 × radius), and larger than it
    // would have been at the tablet's size.
    assert!(
        2.0 * phone_lens * phone >= 60.0,
        "{}",
        2.0 * phone_lens * phone
    );
    assert!(phone_lens > tablet_lens);
    // On the X-ray, the phone sees the narrowing closer than the tablet's framing would show it.
    let (phone, _) = at(Step::Pictures, 390.0);
    let (tablet, _) = at(Step::Pictures, 900.0);
    assert!(phone * 900.0 / 390.0 > 1.2 * tablet, "{phone} {tablet}");
}

#[test]
fn the_camera_always_shows_what_the_text_is_about() {
    for (aspect, px) in ASPECTS
        .into_iter()
        .flat_map(|a| STAGES_PX.map(|px| (a, px)))
    {
        for (setup, time) in samples(0.1) {
            let scene = scene_at(setup, time, aspect).on_stage(px);
            assert!(
                scene.camera.contains(scene.pose.focus),
                "{setup:?} at {time:.1}s: {:?} not in view {:?}",
                scene.pose.focus,
                scene.camera
            );
            assert!((scene.camera.width() / scene.camera.height() - aspect).abs() < 1e-6);
            for inset in scene.close_ups() {
                let inset = inset.bounds();
                assert!(
                    scene.camera.contains(inset.origin())
                        && scene.camera.contains(Point::new(inset.x1, inset.y1)),
                    "{setup:?} at {time:.1}s: close-up off screen"
                );
            }
            for label in &scene.labels {
                assert!(
                    scene.camera.contains(label.anchor),
                    "{setup:?} at {time:.1}s: {} points off screen",
                    label.id
                );
            }
        }
    }
}

#[test]
fn the_artery_cut_shows_only_when_zoomed_in_on_it() {
    for (setup, time) in samples(0.5) {
        let scene = scene_at(setup, time, 1.0);
        let in_section = matches!(scene.step, Step::Balloon | Step::Stent);
        if in_section {
            assert_eq!(scene.section_opacity, 1.0, "{setup:?} at {time}s");
        }
        if matches!(
            scene.step,
            Step::Heart | Step::Ready | Step::Travel | Step::Pictures | Step::After
        ) {
            assert_eq!(scene.section_opacity, 0.0, "{setup:?} at {time}s");
        }
    }
}

#[test]
fn the_catheter_travels_at_an_even_speed() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        let start = journey.start(Step::Travel);
        let speeds: Vec<f64> = (0..16)
            .map(|i| {
                let t = start + 2.0 + i as f64 * 0.45;
                scene_at(setup, t + 0.05, 1.0).pose.catheter_length
                    - scene_at(setup, t, 1.0).pose.catheter_length
            })
            .collect();
        let (min, max) = speeds
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), s| (a.min(*s), b.max(*s)));
        assert!(
            min > 0.0 && max - min < 1e-6,
            "{setup:?}: speeds {min}..{max}"
        );
    }
}
