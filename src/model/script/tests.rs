//! The key poses and what each picture must show, for every setup: checked on the model, so a
//! change of timing cannot quietly lose the moment a step's title names.

use super::*;
use crate::model::journey::Journey;
use crate::model::scene::{key_scene, scene_at, Scene};
use crate::model::section::{BALLOON_OPEN, PLAQUE_X, STENT_LENGTH};

const ASPECTS: [f64; 3] = [0.8, 1.0, 1.4];

fn shown(scene: &Scene, id: &str) -> bool {
    scene.labels.iter().any(|l| l.id == id && l.opacity > 0.95)
}

/// Each step's key pose shows what its title names, with the label that names it.
#[test]
fn every_step_has_a_key_pose_with_its_labels() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        for step in journey.steps() {
            let key = key_time(*step);
            assert!(
                key > 0.0 && key <= duration(*step),
                "{step:?}: key pose inside the step"
            );
            let scene = key_scene(setup, *step, 1.0);
            assert_eq!(scene.step, *step);
            let (must, what): (Vec<&str>, bool) = match step {
                Step::Heart => (
                    vec![
                        "label-artery",
                        if setup.is_emergency() {
                            "label-blockage"
                        } else {
                            "label-plaque"
                        },
                    ],
                    scene.close_up.opacity > 0.99 && scene.pose.marker > 0.99,
                ),
                Step::Ready => (vec!["label-site", "label-sheath"], scene.pose.sheath > 0.99),
                Step::Travel => (
                    vec!["label-catheter", "label-aorta", "label-heart"],
                    scene.pose.catheter_length
                        >= anatomy::route(setup.access, setup.artery).length() - 1e-6,
                ),
                Step::Pictures => (
                    vec!["label-dye", "label-narrowing"],
                    scene.pose.xray > 0.99 && scene.pose.dye > 0.99,
                ),
                Step::Wire => (
                    vec!["label-wire", "label-catheter"],
                    scene.pose.wire_tip_x > PLAQUE_X + 150.0 && scene.section_opacity > 0.99,
                ),
                Step::Balloon => (
                    vec!["label-balloon"],
                    scene.pose.balloon.is_some_and(|b| {
                        (b.x - PLAQUE_X).abs() < 1e-6 && (b.radius - BALLOON_OPEN).abs() < 1e-6
                    }) && scene.channel.compression
                        >= section::compression_for_radius(setup, BALLOON_OPEN) - 1e-9,
                ),
                Step::Stent => (
                    vec!["label-stent", "label-balloon"],
                    scene
                        .pose
                        .balloon
                        .is_some_and(|b| (b.radius - section::STENT_BALLOON_OPEN).abs() < 1e-6)
                        && scene.pose.stent == Some(stent::placed()),
                ),
                // The arrows in the stream say it (words on them hid them).
                Step::Flow => (
                    vec![],
                    scene.flow_rate > 0.7
                        && scene.section_opacity > 0.99
                        && scene.flow_arrows() > 0.5,
                ),
                // The pictures themselves, not the body.
                Step::Results => (
                    vec!["label-narrowing"],
                    scene.pose.xray == 1.0
                        && scene.pose.dye == 1.0
                        && scene.pose.body_opacity == 0.0,
                ),
                Step::After => (
                    vec!["label-band", "label-medicines", "label-home"],
                    scene.pose.home > 0.99 && scene.pose.band > 0.99,
                ),
            };
            assert!(
                what,
                "{setup:?} {step:?}: the key pose does not show its moment"
            );
            for id in must {
                assert!(
                    shown(&scene, id),
                    "{setup:?} {step:?}: no {id} at the key pose"
                );
            }
        }
    }
}

/// A paused end still names what it shows: every step's last frame has a label.
#[test]
fn every_step_ends_with_a_label() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        for step in journey.steps() {
            let scene = scene_at(setup, journey.end(*step) - 1e-6, 1.0);
            assert!(
                scene.labels.iter().any(|l| l.opacity > 0.95),
                "{setup:?} {step:?} ends without a label"
            );
        }
    }
}

/// In an emergency the clot closes the channel until the balloon opens it, and the muscle
/// beyond stays dim until flow returns.
#[test]
fn a_clot_blocks_the_artery_until_the_balloon() {
    // Pictures only: nothing opens it, so the clot is there to the end.
    for setup in Setup::all()
        .into_iter()
        .filter(|s| s.is_emergency() && !s.treats())
    {
        let journey = Journey::new(setup);
        assert_eq!(scene_at(setup, journey.total(), 1.0).pose.clot, 1.0);
    }
    for setup in Setup::all()
        .into_iter()
        .filter(|s| s.is_emergency() && s.treats())
    {
        let journey = Journey::new(setup);
        let mut time = 0.0;
        while time < journey.start(Step::Balloon) + 4.0 {
            let scene = scene_at(setup, time, 1.0);
            assert_eq!(scene.pose.clot, 1.0, "{setup:?} at {time}s");
            assert!(scene.flow_rate <= 0.02 + 1e-9, "{setup:?} at {time}s");
            assert!(scene.pose.perfusion < 0.2, "{setup:?} at {time}s");
            time += 0.25;
        }
        let end = scene_at(setup, journey.total(), 1.0);
        assert_eq!(end.pose.clot, 0.0);
        assert_eq!(end.pose.perfusion, 1.0);
    }
}

/// Only a blocked artery starves the muscle beyond it: a planned case never dims it.
#[test]
fn only_an_emergency_shows_starved_muscle() {
    for setup in Setup::all().into_iter().filter(|s| !s.is_emergency()) {
        let journey = Journey::new(setup);
        let mut time = 0.0;
        while time < journey.total() {
            assert_eq!(
                scene_at(setup, time, 1.0).pose.perfusion,
                1.0,
                "{setup:?} at {time}s"
            );
            time += 0.5;
        }
    }
}

/// Once open, the stent's outer edge meets the lining all along its length, to the end.
#[test]
fn the_stent_presses_into_the_lining_from_opening_to_the_end() {
    for setup in Setup::all().into_iter().filter(|s| s.has_stent()) {
        let journey = Journey::new(setup);
        let mut time = journey.start(Step::Stent) + 6.0;
        while time <= journey.total() {
            let scene = scene_at(setup, time, 1.0);
            let stent = scene.pose.stent.expect("placed");
            for i in 0..=20 {
                let x = stent.x - STENT_LENGTH / 2.0 + STENT_LENGTH * i as f64 / 20.0;
                let (top, bottom) = scene.channel.stent_edges(stent, x);
                assert!(
                    (top - scene.channel.top(x)).abs() < 1e-9
                        && (bottom - scene.channel.bottom(x)).abs() < 1e-9,
                    "{setup:?} at {time:.1}s: a gap between stent and wall at x={x}"
                );
            }
            time += 0.5;
        }
    }
}

/// Whenever the picture is close up in the artery, the small heart shows which artery it is.
#[test]
fn the_chosen_artery_is_shown_in_every_artery_section_step() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        let mut time = 0.0;
        while time <= journey.total() {
            let scene = scene_at(setup, time, 1.0);
            if scene.section_opacity > 0.99 {
                assert!(
                    scene.pose.locator > 0.99,
                    "{setup:?} at {time:.1}s: no small heart"
                );
            }
            time += 0.2;
        }
        for step in [Step::Wire, Step::Balloon, Step::Flow]
            .into_iter()
            .filter(|s| journey.contains(*s))
        {
            assert!(
                key_scene(setup, step, 1.0).pose.locator > 0.99,
                "{setup:?} {step:?}"
            );
        }
    }
}

/// Step 3's key picture is the whole route, entry to heart, with the catheter inside it; the
/// step ends on the heart, where the next one's X-ray begins.
#[test]
fn the_whole_route_is_in_view_when_the_catheter_arrives_then_the_heart() {
    for aspect in ASPECTS {
        for setup in Setup::all() {
            let journey = Journey::new(setup);
            let end = scene_at(setup, journey.end(Step::Travel) - 1e-6, aspect);
            assert!(
                end.camera.width()
                    < 1.6
                        * crate::model::camera::fit_aspect(crate::model::camera::heart(), aspect)
                            .width(),
                "{setup:?} at aspect {aspect}: ends close on the heart"
            );
            // From the wrist, the arm's artery is seen to join the branch the tube comes down.
            let fork = anatomy::vessel("brachiocephalic").line.at(0.0);
            assert!(
                setup.access == crate::model::setup::Access::Groin || end.camera.contains(fork),
                "{setup:?} at aspect {aspect}: the arm's artery joins out of view"
            );
            let scene = key_scene(setup, Step::Travel, aspect);
            let route = anatomy::route(setup.access, setup.artery);
            assert!(
                scene.camera.contains(route.bounds().origin())
                    && scene
                        .camera
                        .contains(kurbo::Point::new(route.bounds().x1, route.bounds().y1)),
                "{setup:?} at aspect {aspect}: route out of view"
            );
            assert!(scene.camera.contains(anatomy::heart_bounds().center()));
        }
    }
}

/// Reduced motion and the handout show the key pose, which belongs to its own step.
#[test]
fn key_poses_belong_to_their_steps() {
    for setup in Setup::all() {
        for step in Journey::new(setup).steps() {
            assert_eq!(key_scene(setup, *step, 1.0).step, *step);
        }
    }
}

/// Reduced motion's storyboard: stills in order inside the step, the key pose among them, no
/// two alike, and the treatment's moments there (the balloon open against the plaque, the
/// stent opening, then the result).
#[test]
fn each_storyboard_holds_its_key_moments() {
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        for step in journey.steps() {
            let stills = script(*step).stills;
            assert!(!stills.is_empty(), "{step:?}: a storyboard");
            assert!(stills.windows(2).all(|w| w[0] < w[1]), "{step:?}: in order");
            assert!(stills.iter().all(|t| *t > 0.0 && *t <= duration(*step)));
            assert!(
                stills.contains(&key_time(*step)),
                "{step:?}: key pose shown"
            );
            let poses: Vec<Pose> = stills.iter().map(|t| pose_at(setup, *step, *t)).collect();
            assert!(
                poses.windows(2).all(|w| w[0] != w[1]),
                "{step:?}: each still differs"
            );
            let balloon_open = |p: &Pose| p.balloon.is_some_and(|b| b.radius > BALLOON_OPEN - 1.0);
            match step {
                Step::Balloon => assert!(poses.iter().any(balloon_open), "balloon open"),
                Step::Stent => {
                    assert!(poses.iter().any(|p| balloon_open(p) && p.stent.is_some()));
                    assert!(poses
                        .last()
                        .is_some_and(|p| p.stent.is_some()
                            && p.balloon.is_none_or(|b| b.x < PLAQUE_X - 100.0)));
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_storyboard_gives_each_still_an_equal_share() {
    let stills = script(Step::Balloon).stills;
    let d = duration(Step::Balloon);
    assert_eq!(still_at(Step::Balloon, 0.0), (0, stills[0]));
    assert_eq!(still_at(Step::Balloon, d / 3.0 + 0.01), (1, stills[1]));
    assert_eq!(still_at(Step::Balloon, d), (2, stills[2]));
    assert_eq!(still_at(Step::Balloon, d + 5.0).0, 2);
}

/// A still is a settled moment, never the middle of a change: each label fully shown or gone,
/// the body, X-ray and artery section each fully in or out.
#[test]
fn every_still_is_a_settled_moment() {
    let mid = |x: f64| x > 0.05 && x < 0.95;
    let mut problems = Vec::new();
    for setup in Setup::all() {
        let journey = Journey::new(setup);
        for step in journey.steps() {
            for t in script(*step).stills {
                for aspect in ASPECTS {
                    let scene = scene_at(
                        setup,
                        journey.start(*step) + t.min(duration(*step) - 1e-9),
                        aspect,
                    );
                    let at = format!("{step:?} at {t} s ({aspect})");
                    for l in scene.labels.iter().filter(|l| mid(l.opacity)) {
                        problems.push(format!("{at}: label {} at {:.2}", l.id, l.opacity));
                    }
                    for (what, x) in [
                        ("section", scene.section_opacity),
                        ("body", scene.pose.body_opacity),
                        ("x-ray", scene.pose.xray),
                        ("close-up", scene.close_up.opacity),
                    ] {
                        if mid(x) {
                            problems.push(format!("{at}: {what} at {x:.2}"));
                        }
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems: {:#?}",
        problems.len(),
        &problems[..problems.len().min(30)]
    );
}

/// Whenever the picture is close on the way in (under the drape, where nothing else says where
/// on the body it is), the small body shows it; the small heart and the small body never show
/// together (they share the corner).
#[test]
fn the_way_in_is_placed_on_a_small_body_whenever_the_picture_is_close_on_it() {
    for setup in Setup::all() {
        let total = Journey::new(setup).total();
        for time in (0..).map(|i| i as f64 * 0.2).take_while(|t| *t <= total) {
            let pose = scene_at(setup, time, 1.0).pose;
            let at = format!("{setup:?} at {time:.1}s");
            assert!(
                pose.drape <= 0.99 || pose.body_map > 0.99,
                "{at}: no small body"
            );
            assert!(pose.body_map.min(pose.locator) <= 0.0, "{at}: both");
        }
        assert!(key_scene(setup, Step::Ready, 1.0).pose.body_map > 0.99);
    }
}
