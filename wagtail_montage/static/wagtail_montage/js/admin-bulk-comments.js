/* wagtail-montage: the Comments queue's bulk actions bar says "comments".
 * Wagtail's bulk-actions.js looks its words up by the footer's item type
 * (MONTAGE_COMMENT), read when a box is ticked: add ours before that. */
(function () {
    "use strict";
    var data = document.getElementById("montage-bulk-comments-strings");
    if (!data || !window.wagtailConfig || !window.wagtailConfig.STRINGS) {
        return;
    }
    window.wagtailConfig.STRINGS.BULK_ACTIONS.MONTAGE_COMMENT = JSON.parse(data.textContent);
})();
