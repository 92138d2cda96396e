/* Filters the agenda by commune and type. Without JavaScript the form stays hidden and every event is listed. */
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
  var commune = form.elements.namedItem("commune");
  var type = form.elements.namedItem("type");

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
      var visible = (!commune.value || item.getAttribute("data-commune") === commune.value) &&
        (!type.value || item.getAttribute("data-type") === type.value);
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    days.concat(sections).forEach(function (group) {
      if (group.querySelector("[data-agenda-event]")) {
        group.hidden = !group.querySelector("[data-agenda-event]:not([hidden])");
      }
    });
    var filtered = commune.value || type.value;
    count.textContent = filtered ? countText(shown) : "";
    var query = new URLSearchParams();
    if (commune.value) { query.set("commune", commune.value); }
    if (type.value) { query.set("type", type.value); }
    var search = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
  }

  var initial = new URLSearchParams(window.location.search);
  if (hasOption(commune, initial.get("commune"))) { commune.value = initial.get("commune"); }
  if (hasOption(type, initial.get("type"))) { type.value = initial.get("type"); }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  // The reset event comes before the fields are emptied.
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
