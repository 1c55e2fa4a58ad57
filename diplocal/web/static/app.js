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

  // Filters and subscribe links fold away on a phone (meetings first); a wide screen has the
  // room to show them open beside the meetings.
  if (window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) {
    document.querySelectorAll("details.panel").forEach(function (panel) {
      panel.open = true;
    });
  }

  // "What changed": mark what is new since this browser last looked, and remember the newest.
  var changes = document.querySelectorAll("li.change[data-changed]");
  if (changes.length) {
    var key = "diplocal.changes.seen";
    var seen = null;
    try {
      seen = window.localStorage.getItem(key);
    } catch (error) {
      seen = null;  // storage off: nothing is marked
    }
    var newest = "";
    changes.forEach(function (entry) {
      var changed = entry.getAttribute("data-changed") || "";
      if (changed > newest) {
        newest = changed;
      }
      if (seen && changed > seen) {
        entry.classList.add("new");
        entry.setAttribute("title", "New since you last looked");
      }
    });
    try {
      if (newest && (!seen || newest > seen)) {
        window.localStorage.setItem(key, newest);
      }
    } catch (error) {
      // storage off or full: the page works the same
    }
  }

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
