// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // Times are written at the venue; add the viewer's own time beside them.
  var viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var format = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short",
    hour: "2-digit", minute: "2-digit", timeZoneName: "short"
  });
  document.querySelectorAll("time[datetime][data-zone]").forEach(function (element) {
    if (element.getAttribute("data-zone") === viewerZone) {
      return;
    }
    var moment = new Date(element.getAttribute("datetime"));
    if (isNaN(moment.getTime())) {
      return;
    }
    var local = document.createElement("span");
    local.className = "local-time";
    local.textContent = " (your time: " + format.format(moment) + ")";
    element.after(local);
  });

  // Copy buttons for read-only fields such as the feed URL.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) {
      return;
    }
    var label = button.textContent;
    function copied() {
      button.textContent = "Copied";
      window.setTimeout(function () { button.textContent = label; }, 2000);
    }
    function fallback() {
      field.select();
      if (document.execCommand("copy")) {
        copied();
      }
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(copied, fallback);
      } else {
        fallback();
      }
    });
  });
}());
