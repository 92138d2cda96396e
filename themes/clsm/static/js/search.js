/* « Rechercher »: results from the site's Pagefind index as the visitor types. Without this script, the form sends
   the words to the same page, which lists the ways through the site. Nothing is requested from another site:
   Pagefind's script and index are files of this site, loaded on the first search. */
(function () {
  "use strict";

  var form = document.querySelector("[data-search-form]");
  if (!form) { return; }
  var input = form.elements.q;
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var loading = null;
  var running = false;
  var pending = null;

  function load() {
    if (!loading) {
      loading = import(form.dataset.pagefind).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: form.dataset.base })).then(function () { return pagefind; });
      });
    }
    return loading;
  }

  function message(count) {
    var key = count === 0 ? "countNone" : count === 1 ? "countOne" : "countMany";
    return (form.dataset[key] || "").replace("{count}", String(count));
  }

  /* Pagefind indexed the pages with plain apostrophes (it splits « l'été » into words, not « l’été »): its titles
     and excerpts get the typographic one back. */
  function typeset(text) {
    return text.replace(/'/g, "\u2019");
  }

  /* Pagefind's excerpt is HTML with <mark> around the words found: read in an inert document, only its text and
     marks are kept. */
  function excerpt(html) {
    var paragraph = document.createElement("p");
    var parsed = new DOMParser().parseFromString(html, "text/html");
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = typeset(node.textContent);
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(typeset(node.textContent)));
      }
    });
    return paragraph;
  }

  function show(results, total) {
    list.replaceChildren();
    results.forEach(function (result) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = typeset((result.meta && result.meta.title) || result.url);
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(excerpt(result.excerpt || ""));
      list.appendChild(item);
    });
    status.textContent = message(total);
  }

  /* One search at a time: words typed while one runs are searched once it ends, the last ones only. Pagefind's
     worker would otherwise score every word typed on the way, one after the other, before the last. As one types,
     the first two letters are not searched: each is the start of words on nearly every page, and Pagefind would
     score them all; the form's button searches them. */
  function search(typing) {
    if (running) {
      pending = { typing: typing };
      return;
    }
    var words = input.value.trim();
    if (!words || (typing && words.length < 3)) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    running = true;
    load().then(function (pagefind) { return pagefind.search(words.replace(/\u2019/g, "'")); }).then(function (found) {
      if (pending || !found) { return null; }
      return Promise.all(found.results.slice(0, 20).map(function (result) { return result.data(); })).then(function (results) {
        if (!pending) { show(results, found.results.length); }
      });
    }).catch(function () {
      if (!pending) { status.textContent = form.dataset.error || ""; }
    }).then(function () {
      running = false;
      var next = pending;
      pending = null;
      if (next) { search(next.typing); }
    });
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; }
  input.addEventListener("input", function () {
    search(true);
    var query = new URLSearchParams();
    if (input.value.trim()) { query.set("q", input.value.trim()); }
    history.replaceState(null, "", query.toString() ? "?" + query.toString() : window.location.pathname);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  search();
}());
