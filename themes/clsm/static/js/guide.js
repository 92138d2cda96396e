/* The guide des ressources: filtering the lists of the guide's home and map, and the print button.
   Progressive enhancement: without this script, every entry stays listed and every index stays a link away.
   No request, no inline code: the page's own data attributes are all it reads. */
(function () {
  "use strict";

  /* Accents, case and ligatures folded, as clsm folds the data-search text. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/[\u2018\u2019\u02bc]/g, "'");
  }

  function words(value) {
    return value ? value.split(" ") : [];
  }

  function setUpFilter(section) {
    var form = section.querySelector("form");
    var status = document.querySelector("[data-guide-status]");
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-guide-list] > li"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("[data-guide-group]"));
    if (!form || !items.length || !status) { return; }
    var fields = ["q", "categorie", "commune", "public"];

    function message(count) {
      var key = count === 0 ? "countNone" : count === 1 ? "countOne" : "countMany";
      return (form.dataset[key] || "").replace("{count}", String(count)).replace("{total}", String(items.length));
    }

    function apply() {
      var terms = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
      var category = form.elements.categorie.value;
      var commune = form.elements.commune.value;
      var audience = form.elements["public"].value;
      var shown = 0;
      items.forEach(function (item) {
        var search = item.dataset.search || "";
        var visible = terms.every(function (term) { return search.indexOf(term) !== -1; })
          && (!category || item.dataset.category === category)
          && (!commune || words(item.dataset.communes).indexOf(commune) !== -1)
          && (!audience || words(item.dataset.publics).indexOf(audience) !== -1);
        item.hidden = !visible;
        if (visible) { shown += 1; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-guide-list] > li:not([hidden])");
      });
      status.textContent = message(shown);
      /* The map, when the page has one, shows the same entries. */
      document.dispatchEvent(new CustomEvent("clsm:guide-filtered"));
    }

    function remember() {
      var query = new URLSearchParams();
      fields.forEach(function (name) {
        var value = form.elements[name].value.trim();
        if (value) { query.set(name, value); }
      });
      var search = query.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    var initial = new URLSearchParams(window.location.search);
    fields.forEach(function (name) {
      var value = initial.get(name);
      var field = form.elements[name];
      if (value === null) { return; }
      if (field.tagName === "SELECT" && !Array.prototype.some.call(field.options, function (o) { return o.value === value; })) { return; }
      field.value = value;
    });

    form.addEventListener("input", function () { apply(); remember(); });
    form.addEventListener("change", function () { apply(); remember(); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { apply(); remember(); }, 0);
    });
    section.hidden = false;
    apply();
  }

  var section = document.querySelector("[data-guide-search]");
  if (section) { setUpFilter(section); }

  var printButton = document.querySelector("[data-guide-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
}());
