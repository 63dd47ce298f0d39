/* wagtail-montage: click-to-load video players.
 *
 * A feature's player waits in an inert <template> (nothing is fetched from the
 * provider). The button shows once this script runs; a click puts the player in
 * its place, titled after the video, playing, with the focus on it.
 */
(function () {
    "use strict";

    function load(container) {
        var template = container.querySelector("template.montage-player__frame");
        var button = container.querySelector(".montage-player__load");
        if (!template || !button) {
            return;
        }
        var fragment = template.content.cloneNode(true);
        var frame = fragment.querySelector("iframe");
        if (frame) {
            frame.title = container.getAttribute("data-montage-title") || frame.title;
            frame.removeAttribute("loading");
            try {
                var url = new URL(frame.getAttribute("src"), document.baseURI);
                url.searchParams.set("autoplay", "1");
                frame.src = url.toString();
            } catch (error) {
                /* An embed with an odd src plays without autoplay. */
            }
            var allow = frame.getAttribute("allow") || "";
            if (allow.indexOf("autoplay") === -1) {
                frame.setAttribute("allow", allow ? allow + "; autoplay" : "autoplay");
            }
        }
        button.replaceWith(fragment);
        template.remove();
        var notice = container.querySelector(".montage-player__notice");
        if (notice) {
            notice.remove();
        }
        var player = container.querySelector("iframe");
        if (player) {
            player.setAttribute("tabindex", "0");
            player.focus();
        }
    }

    function setUp(container) {
        var button = container.querySelector(".montage-player__load");
        /* Set up once, should a site's template include this script twice. */
        if (!button || container.hasAttribute("data-montage-ready")) {
            return;
        }
        container.setAttribute("data-montage-ready", "");
        button.hidden = false;
        /* A poster that cannot be loaded gives way to the local placeholder. */
        var poster = button.querySelector("img[data-montage-fallback]");
        if (poster) {
            var fallBack = function () {
                var fallback = poster.getAttribute("data-montage-fallback");
                if (fallback && poster.getAttribute("src") !== fallback) {
                    poster.src = fallback;
                }
            };
            poster.addEventListener("error", fallBack);
            if (poster.complete && poster.naturalWidth === 0) {
                fallBack();
            }
        }
        button.addEventListener("click", function () {
            load(container);
        });
    }

    function start() {
        document.querySelectorAll("[data-montage-player]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
