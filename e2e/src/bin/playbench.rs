//! Playback benchmark, run by `cargo xtask bench`: plays the whole journey in headless Chromium
//! three times at normal CPU speed and once at 4× CPU slowdown, and runs the empty Yew app
//! animating one SVG shape (the floor) the same way. Prints a table of runs and one of steps. Then the first load on Lighthouse's
//! mobile preset (first and largest contentful paint, bytes transferred), and the JS heap, DOM
//! nodes and listeners after each of ten plays of the whole journey (a leak grows them).
//!
//! Per-frame main-thread time is measured in the page: each animation frame posts a message to
//! itself, and the message runs only after that frame's callbacks, style, layout and paint are
//! done; its time minus the frame's start time is the frame's main-thread cost. A calibration
//! run adds a known busy wait to every frame of the floor and reports what the method sees.

use e2e::Browser;
use serde_json::Value;
use std::time::Duration;

const PROBE: &str = r#"
window.__bench = (() => {
  const frames = [], longTasks = [];
  let running = true;
  try {
    new PerformanceObserver(list => list.getEntries().forEach(e => {
      const stage = document.querySelector('.stage-svg');
      longTasks.push([e.duration, stage ? stage.dataset.step : '']);
    }))
      .observe({ type: 'longtask' });
  } catch (e) {}
  const channel = new MessageChannel();
  const starts = [];
  channel.port1.onmessage = () => {
    const s = starts.shift();
    const stage = document.querySelector('.stage-svg');
    frames.push([s, performance.now() - s, stage ? stage.dataset.step : '']);
  };
  const busy = window.__busy || 0;
  function tick(ts) {
    if (!running) return;
    if (busy) { const until = performance.now() + busy; while (performance.now() < until) {} }
    starts.push(ts);
    channel.port2.postMessage(0);
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
  return { stop() { running = false; return { frames, longTasks }; } };
})();
"#;

struct Run {
    name: String,
    /// Per step, in journey order: p95, dropped frames, long tasks.
    by_step: Vec<(String, f64, usize, usize)>,
    frames: usize,
    dropped: usize,
    p50: f64,
    p95: f64,
    max: f64,
    long_tasks: usize,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn summarise(name: String, data: &Value) -> Run {
    let frames: Vec<(f64, f64, String)> = data["frames"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f[0].as_f64().unwrap_or(0.0),
                        f[1].as_f64().unwrap_or(0.0),
                        f[2].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let long_tasks: Vec<(f64, String)> = data["longTasks"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|t| {
                    (
                        t[0].as_f64().unwrap_or(0.0),
                        t[1].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    // A frame that came late: the frames it pushed out (the gap before it, in 60 Hz frames).
    let interval = 1000.0 / 60.0;
    let late = |gap: f64| {
        if gap > 1.5 * interval {
            (gap / interval).round() as usize - 1
        } else {
            0
        }
    };
    let dropped_before: Vec<usize> = std::iter::once(0)
        .chain(frames.windows(2).map(|w| late(w[1].0 - w[0].0)))
        .collect();
    let mut by_step: Vec<(String, f64, usize, usize)> = Vec::new();
    for (_, _, step) in &frames {
        if !step.is_empty() && !by_step.iter().any(|(s, ..)| s == step) {
            let mut times: Vec<f64> = frames
                .iter()
                .filter(|f| &f.2 == step)
                .map(|f| f.1)
                .collect();
            times.sort_by(|a, b| a.total_cmp(b));
            let dropped = frames
                .iter()
                .zip(&dropped_before)
                .filter(|(f, _)| &f.2 == step)
                .map(|(_, d)| d)
                .sum();
            let long = long_tasks.iter().filter(|(_, s)| s == step).count();
            by_step.push((step.clone(), percentile(&times, 0.95), dropped, long));
        }
    }
    let mut work: Vec<f64> = frames.iter().map(|f| f.1).collect();
    work.sort_by(|a, b| a.total_cmp(b));
    let dropped = dropped_before.iter().sum();
    Run {
        name,
        by_step,
        frames: frames.len(),
        dropped,
        p50: percentile(&work, 0.5),
        p95: percentile(&work, 0.95),
        max: work.last().copied().unwrap_or(f64::NAN),
        long_tasks: long_tasks.len(),
    }
}

async fn throttle(browser: &Browser, rate: f64) {
    browser
        .cdp(
            "Emulation.setCPUThrottlingRate",
            serde_json::json!({ "rate": rate }),
        )
        .await;
}

/// Presses play and waits until the journey has played to the end of its last step.
async fn play_to_the_end(browser: &Browser) {
    browser.click(".control-play").await;
    // Waited for in the page, a script call every 20 s: each call from the driver leaves a
    // compiled script behind (about 100 bytes of heap; polling twice a second looked like the
    // app growing 10 KiB a play) and costs the main thread a little of the frames measured.
    loop {
        let done = browser
            .eval_async(
                "const until = performance.now() + 20000;
                 const check = () => {
                   const over = document.querySelector('.stage-svg').dataset.step === 'after'
                     && document.querySelector('.control-play').getAttribute('aria-label') === 'Play';
                   if (over || performance.now() > until) done(over); else setTimeout(check, 250);
                 };
                 check();",
            )
            .await;
        if done.as_bool() == Some(true) {
            break;
        }
    }
}

/// Plays Heartpath from the first step to the end with "keep playing" on.
async fn play_journey(base: &str, rate: f64) -> Run {
    let browser = Browser::start_at(base).await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    // Start from a paused first step, then switch on "keep playing" and press play.
    browser.scrub(0.0).await;
    browser.click(".auto input").await;
    throttle(&browser, rate).await;
    browser.eval(PROBE).await;
    play_to_the_end(&browser).await;
    let data = browser.eval("return window.__bench.stop()").await;
    throttle(&browser, 1.0).await;
    browser.close().await;
    summarise(format!("Heartpath, CPU {rate}×"), &data)
}

/// The floor: the empty Yew app moving one circle, for `seconds`.
async fn play_floor(base: &str, rate: f64, seconds: u64, busy_ms: f64) -> Run {
    let browser = Browser::start_at(base).await;
    browser.resize(1024, 768).await;
    browser.goto("#animate").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    throttle(&browser, rate).await;
    browser
        .eval(&format!("window.__busy = {busy_ms}; {PROBE}"))
        .await;
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    let data = browser.eval("return window.__bench.stop()").await;
    browser.close().await;
    let extra = if busy_ms > 0.0 {
        format!(" + {busy_ms} ms busy (calibration)")
    } else {
        String::new()
    };
    summarise(
        format!("Empty Yew app, one moving shape, CPU {rate}×{extra}"),
        &data,
    )
}

/// The first visit on Lighthouse's mobile preset: 4× CPU, 150 ms round trips, 1.6 Mbit/s
/// down and 750 kbit/s up, served compressed. Returns FCP, LCP and the first picture (ms), the
/// LCP element and the bytes that crossed the network.
async fn first_load(base: &str) -> (f64, f64, f64, String, f64) {
    let browser = Browser::start_at(base).await;
    browser.resize(412, 823).await;
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 1_638_400 / 8, "uploadThroughput": 750_000 / 8 }),
        )
        .await;
    throttle(&browser, 4.0).await;
    // Watched from the start: the loading screen's elements are gone (and an entry's element
    // with them) by the time the page could be asked.
    browser
        .before_start(
            "window.lcpSeen = [];
             new PerformanceObserver(list => list.getEntries().forEach(e => lcpSeen.push([e.startTime,
               e.element ? String(e.element.className.baseVal ?? e.element.className) || e.element.tagName : ''])))
               .observe({ type: 'largest-contentful-paint', buffered: true });
             window.pictureAt = -1;
             const seen = new MutationObserver(() => {
               if (document.querySelector('.stage-svg')) { pictureAt = performance.now(); seen.disconnect(); }
             });
             seen.observe(document, { childList: true, subtree: true });",
        )
        .await;
    browser.goto("#/step/heart").await;
    tokio::time::sleep(Duration::from_secs(6)).await;
    let found = browser
        .eval(
            "const last = lcpSeen[lcpSeen.length - 1] || [-1, ''];
             const fcp = performance.getEntriesByName('first-contentful-paint')[0];
             const bytes = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
               .reduce((sum, e) => sum + (e.transferSize || 0), 0);
             return [fcp ? fcp.startTime : -1, last[0], last[1], bytes, pictureAt];",
        )
        .await;
    throttle(&browser, 1.0).await;
    browser.close().await;
    let ms = |i: usize| found[i].as_f64().unwrap_or(f64::NAN);
    (
        ms(0),
        ms(1),
        ms(4),
        found[2].as_str().unwrap_or_default().to_string(),
        ms(3),
    )
}

/// Plays the whole journey `loops` times (fast speed, "keep playing" on) and, after each play
/// and a garbage collection, reads the JS heap (MB), DOM nodes and event listeners.
async fn memory_over_loops(base: &str, loops: usize) -> Vec<(f64, u64, u64)> {
    let browser = Browser::start_at(base).await;
    browser.resize(1024, 768).await;
    browser.open("#/step/heart").await;
    browser.scrub(0.0).await;
    browser.click(".auto input").await;
    browser
        .eval("const s = document.querySelector('.speed select'); s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event('change', { bubbles: true }));")
        .await;
    let mut out = Vec::new();
    for _ in 0..loops {
        browser.click(".chip[data-step='heart']").await;
        browser.scrub(0.0).await;
        play_to_the_end(&browser).await;
        browser
            .cdp("HeapProfiler.collectGarbage", serde_json::json!({}))
            .await;
        let heap = browser
            .cdp("Runtime.getHeapUsage", serde_json::json!({}))
            .await;
        let dom = browser
            .cdp("Memory.getDOMCounters", serde_json::json!({}))
            .await;
        out.push((
            heap["usedSize"].as_f64().unwrap_or(f64::NAN) / 1_048_576.0,
            dom["nodes"].as_u64().unwrap_or(0),
            dom["jsEventListeners"].as_u64().unwrap_or(0),
        ));
    }
    browser.close().await;
    out
}

async fn print_first_load(app: &str) {
    let (fcp, lcp, picture, element, bytes) = first_load(app).await;
    println!(
        "\nFirst load, Lighthouse mobile preset (4× CPU, 150 ms RTT, 1.6 Mbit/s, compressed): first contentful paint {fcp:.0} ms, largest contentful paint {lcp:.0} ms ({element}), the first picture in the page at {picture:.0} ms, {:.1} KiB transferred",
        bytes / 1024.0
    );
}

/// The middle value of `values` (the machine's noise is as large as the changes measured, so
/// the 4× figures are medians of three runs).
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// One row per step: p95 at normal speed (the worst of its runs) and at 4× slowdown (the
/// median of its runs), that against the floor's 4× p95 (median too), and the dropped frames
/// and long tasks of each run.
fn print_steps(normal: &[Run], slow: &[Run], floor: Option<f64>) {
    let Some(first) = slow.first() else {
        return;
    };
    println!(
        "\nPer step (p95 in ms; 1×: the worst of {} runs; 4×: the median of {} runs, against the floor's median)",
        normal.len(),
        slow.len()
    );
    println!("| step | p95 1× | dropped 1× (each run) | p95 4× | 4× / floor 4× | dropped 4× (each run) | long tasks 4× (each run) |\n|---|---:|---:|---:|---:|---:|---:|");
    let each = |runs: &[Run], i: usize, pick: fn(&(String, f64, usize, usize)) -> usize| {
        runs.iter()
            .filter_map(|r| r.by_step.get(i).map(pick))
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    for (i, (step, ..)) in first.by_step.iter().enumerate() {
        let at = |runs: &[Run]| -> Vec<f64> {
            runs.iter()
                .filter_map(|r| r.by_step.get(i).map(|s| s.1))
                .collect()
        };
        let worst = at(normal).into_iter().fold(f64::NAN, f64::max);
        let p95 = median(at(slow));
        let ratio = floor.map_or("–".to_string(), |f| format!("{:.2}×", p95 / f));
        println!(
            "| {step} | {worst:.1} | {} | {p95:.1} | {ratio} | {} | {} |",
            each(normal, i, |s| s.2),
            each(slow, i, |s| s.2),
            each(slow, i, |s| s.3),
        );
    }
}

#[tokio::main]
async fn main() {
    let app = std::env::var("BENCH_APP_URL").expect("BENCH_APP_URL: run through cargo xtask bench");
    let floor =
        std::env::var("BENCH_FLOOR_URL").expect("BENCH_FLOOR_URL: run through cargo xtask bench");
    // BENCH_ONLY=app skips the floor, BENCH_ONLY=load measures only the first load,
    // BENCH_ONLY=memory only the plays in a row (for quick looks while working; the full run
    // has everything).
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    if only == "load" {
        return print_first_load(&app).await;
    }
    if only == "memory" {
        return print_memory(&app).await;
    }
    let only_app = only == "app";
    // The floor at 1×, at 4× three times, and with 5 ms of busy work (calibration); the app
    // three times at normal speed (a dropped frame must not be luck) and three times at 4×.
    let mut floor4 = Vec::new();
    let mut calibration = None;
    let mut floor1 = None;
    if !only_app {
        floor1 = Some(play_floor(&floor, 1.0, 20, 0.0).await);
        for _ in 0..3 {
            floor4.push(play_floor(&floor, 4.0, 20, 0.0).await);
        }
        calibration = Some(play_floor(&floor, 1.0, 10, 5.0).await);
    }
    let mut normal = Vec::new();
    let mut slow = Vec::new();
    for _ in 0..3 {
        normal.push(play_journey(&app, 1.0).await);
    }
    for _ in 0..3 {
        slow.push(play_journey(&app, 4.0).await);
    }
    println!("\nPlayback (headless Chromium, no GPU; main-thread ms per frame)");
    println!("| run | frames | dropped | p50 | p95 | max | long tasks (>50 ms) |\n|---|---:|---:|---:|---:|---:|---:|");
    let all = floor1
        .iter()
        .chain(&floor4)
        .chain(&calibration)
        .chain(&normal)
        .chain(&slow);
    for r in all {
        println!(
            "| {} | {} | {} | {:.2} | {:.2} | {:.2} | {} |",
            r.name, r.frames, r.dropped, r.p50, r.p95, r.max, r.long_tasks
        );
    }
    let floor_p95 = (!floor4.is_empty()).then(|| median(floor4.iter().map(|r| r.p95).collect()));
    print_steps(&normal, &slow, floor_p95);
    print_first_load(&app).await;
    print_memory(&app).await;
    if let (Some(floor_p95), Some(floor1), Some(calibration)) = (floor_p95, floor1, calibration) {
        let app_p95 = median(slow.iter().map(|r| r.p95).collect());
        println!(
            "\nat 4× slowdown (medians of three runs): Heartpath p95 {app_p95:.2} ms = {:.2}× the floor's p95 ({floor_p95:.2} ms); calibration: 5 ms of busy work raised the floor's p50 by {:.2} ms",
            app_p95 / floor_p95,
            calibration.p50 - floor1.p50
        );
    }
}

/// The JS heap, DOM nodes and listeners after each play of the whole journey, and the change
/// from the first play to the last.
async fn print_memory(app: &str) {
    let loops: usize = std::env::var("BENCH_LOOPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let memory = memory_over_loops(app, loops).await;
    println!("\nAfter each play of the whole journey (fast speed, after a garbage collection)");
    println!("| play | JS heap (MB) | DOM nodes | listeners |\n|---:|---:|---:|---:|");
    for (i, (heap, nodes, listeners)) in memory.iter().enumerate() {
        println!("| {} | {heap:.3} | {nodes} | {listeners} |", i + 1);
    }
    if let (Some(first), Some(last)) = (memory.first(), memory.last()) {
        println!(
            "from play 1 to play {}: heap {:+.1} %, nodes {:+.1} %, listeners {:+.1} %",
            memory.len(),
            (last.0 / first.0 - 1.0) * 100.0,
            (last.1 as f64 / first.1 as f64 - 1.0) * 100.0,
            (last.2 as f64 / first.2 as f64 - 1.0) * 100.0
        );
    }
}
