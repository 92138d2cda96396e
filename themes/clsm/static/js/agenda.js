/* Filters the agenda: each select of the form keeps the events whose data-<its name> is its value (commune, type,
   clsm). Without JavaScript the form stays hidden and every event is listed. */
(function () {
  "use strict";

  var form = document.querySelector("[data-agenda-filters]");
  if (!form || !("URLSearchParams" in window)) {
    return;
  }
  var events = Array.prototype.slice.call(document.querySelectorAll("[data-agenda-event]"));
  var days = Array.prototype.slice.call(document.querySelectorAll("[data-agenda-day]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("[data-agenda-section]"));
  var count = form.querySelector("[data-agenda-count]");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (option) { return option.value === value; });
  }

  function countText(shown) {
    if (shown === 0) { return count.getAttribute("data-none"); }
    if (shown === 1) { return count.getAttribute("data-one"); }
    return count.getAttribute("data-many").replace("{n}", String(shown));
  }

  function apply() {
    var shown = 0;
    events.forEach(function (item) {
      var visible = selects.every(function (select) {
        return !select.value || item.getAttribute("data-" + select.name) === select.value;
      });
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    days.concat(sections).forEach(function (group) {
      if (group.querySelector("[data-agenda-event]")) {
        group.hidden = !group.querySelector("[data-agenda-event]:not([hidden])");
      }
    });
    var query = new URLSearchParams();
    selects.forEach(function (select) {
      if (select.value) { query.set(select.name, select.value); }
    });
    var search = query.toString();
    count.textContent = search ? countText(shown) : "";
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
  }

  var initial = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    if (hasOption(select, initial.get(select.name))) { select.value = initial.get(select.name); }
  });

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  // The reset event comes before the fields are emptied.
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
