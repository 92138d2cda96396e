/* The map of the guide, on its own page and on each commune's: Leaflet (served by the site itself) shows the entries listed on the page that have a position.
   Nothing is requested from the tile server before the visitor presses the button; the choice is kept in this
   browser's localStorage only, and the « forget » button removes it. Without this script, or before the choice,
   the list of entries by commune says the same. */
(function () {
  "use strict";

  var box = document.querySelector("[data-guide-map]");
  if (!box || !window.L || !L.markerClusterGroup) { return; }
  var storageKey = "clsm-carte-fond";
  var consent = box.querySelector("[data-map-consent]");
  var canvas = box.querySelector("[data-map-canvas]");
  var status = box.querySelector("[data-map-status]");
  var forget = box.querySelector("[data-map-forget]");
  /* The entries the map shows: those with a position in the lists marked data-map-points (on a commune's page, the
     entries located there, not those that only serve it). */
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-map-points] > li[data-lat]"));
  /* « 12 ressources sur la carte »; a list of points may say what its markers are (« 3 CLSM sur la carte »). */
  var labelled = document.querySelector("[data-map-points][data-label-markers]");
  var label = (labelled || box).dataset.labelMarkers;
  var map = null;
  var cluster = null;

  function remembered() {
    try { return window.localStorage.getItem(storageKey) === "oui"; } catch (error) { return false; }
  }

  function remember(yes) {
    try {
      if (yes) { window.localStorage.setItem(storageKey, "oui"); } else { window.localStorage.removeItem(storageKey); }
    } catch (error) { /* Private browsing: the choice lasts for this page only. */ }
  }

  /* Leaflet writes the attribution as HTML: the text of site.yml is escaped here. */
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function attribution() {
    var text = escape(box.dataset.attribution || "");
    var url = box.dataset.attributionUrl;
    return url ? "<a href=\"" + escape(url) + "\">" + text + "</a>" : text;
  }

  /* The marker's card, copied from the entry's list item: name and link, category, address, phone. */
  function card(item) {
    var card = document.createElement("div");
    card.className = "guide-map__card";
    ["[data-map-name]", "[data-map-category]", "[data-map-address]", "[data-map-phone]"].forEach(function (selector) {
      var source = item.querySelector(selector);
      if (!source) { return; }
      var line = document.createElement("p");
      if (source.tagName === "A") {
        var link = document.createElement("a");
        link.href = source.getAttribute("href");
        link.textContent = source.textContent;
        if (selector === "[data-map-name]") {
          var strong = document.createElement("strong");
          strong.appendChild(link);
          line.appendChild(strong);
        } else {
          link.className = "phone";
          line.appendChild(link);
        }
      } else {
        line.textContent = source.textContent;
      }
      card.appendChild(line);
    });
    return card;
  }

  function update() {
    if (!map) { return; }
    cluster.clearLayers();
    var points = [];
    items.forEach(function (item) {
      if (item.hidden) { return; }
      var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
      var name = item.querySelector("[data-map-name]").textContent;
      var marker = L.marker(point, { title: name, alt: name });
      marker.bindPopup(card(item));
      cluster.addLayer(marker);
      points.push(point);
    });
    if (points.length) {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
    } else {
      map.setView([46.6, 2.5], 5);
    }
    status.textContent = (label || "{count}").replace("{count}", String(points.length));
  }

  function show() {
    consent.hidden = true;
    canvas.hidden = false;
    forget.hidden = false;
    /* The wheel scrolls the page, not the map, which zooms with its buttons, a double click or two fingers; the map
       is shorter than the screen (guide.css), so a finger can always scroll the page beside it. */
    map = L.map(canvas, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tiles, { attribution: attribution(), maxZoom: 19 }).addTo(map);
    cluster = L.markerClusterGroup();
    map.addLayer(cluster);
    update();
  }

  function hide() {
    if (map) { map.remove(); }
    map = null;
    canvas.hidden = true;
    forget.hidden = true;
    consent.hidden = false;
    status.textContent = "";
  }

  box.querySelector("[data-map-show]").addEventListener("click", function () {
    remember(true);
    show();
  });
  forget.addEventListener("click", function () {
    remember(false);
    hide();
  });
  document.addEventListener("clsm:guide-filtered", update);
  box.hidden = false;
  if (remembered()) { show(); }
}());
