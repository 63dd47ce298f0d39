/* wagtail-montage: a refused comment lands the reader on what to fix.
 *
 * The error summary takes the focus (so it is read out and in view), and each of
 * its links moves the focus into the field it names.
 */
(function () {
    "use strict";

    function start() {
        var summary = document.querySelector("[data-montage-error-summary]");
        if (!summary) {
            return;
        }
        if (document.activeElement !== summary) {
            summary.focus();
        }
        summary.addEventListener("click", function (event) {
            var link = event.target.closest("a[href^='#']");
            var field = link && document.getElementById(link.getAttribute("href").slice(1));
            if (field) {
                event.preventDefault();
                field.focus();
                field.scrollIntoView({block: "center"});
                history.replaceState(null, "", link.getAttribute("href"));
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
