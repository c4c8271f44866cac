//! The app shell as a person meets it: it starts, shows a heart and the first step, the
//! buttons move between steps, and it looks right at every screen size.

use e2e::{Browser, SIZES};

#[tokio::test]
async fn the_shell_starts_moves_between_steps_and_fits_every_screen() {
    let browser = Browser::start().await;
    browser.resize(390, 844).await;
    browser.open("").await;
    // (On a phone the header's room goes to the language menu and "Your procedure": the name
    // stays in the page and the title, the heart mark shows.)
    assert_eq!(
        browser
            .eval("return document.querySelector('.app-name').textContent")
            .await,
        "Heartpath"
    );
    assert_eq!(
        browser.text(".panel-title").await,
        "Your heart and its arteries"
    );

    browser.click(".control-next").await;
    assert_eq!(browser.text(".panel-title").await, "Getting ready");
    browser.click(".control-previous").await;
    assert_eq!(
        browser.text(".panel-title").await,
        "Your heart and its arteries"
    );

    for (name, width, height) in SIZES {
        browser.resize(width, height).await;
        // (Firefox and WebKit redraw the picture a moment after the window changes size.)
        browser
            .until(
                "return !!document.querySelector('.stage-svg')",
                "the picture after a resize",
            )
            .await;
        // The picture has room and nothing spills off the screen.
        let layout = browser
            .eval(
                "const s = document.querySelector('.stage').getBoundingClientRect();
                 const c = document.querySelector('.controls').getBoundingClientRect();
                 return [s.width, s.height, c.bottom, document.documentElement.scrollWidth, innerWidth, innerHeight];",
            )
            .await;
        // (Measured against the screen the engine could give, which outside Chromium may be
        // a little wider than asked.)
        let [w, h, bottom, scroll_width, width, height] =
            [0, 1, 2, 3, 4, 5].map(|i| layout[i].as_f64().unwrap());
        assert!(w > 200.0 && h > 200.0, "{name}: stage is {w}×{h}");
        assert!(
            bottom <= height + 0.5,
            "{name}: controls end at {bottom}, below the screen"
        );
        assert!(
            scroll_width <= width,
            "{name}: page is wider than the screen"
        );
        browser.screenshot(&format!("shell-{name}")).await;
    }
    browser.assert_clean_console().await;
    browser.close().await;
}
