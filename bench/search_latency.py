#!/usr/bin/env python3
"""How long search takes in the browser on a site of N pages (issue 22: under 100 ms at 10,000 pages). By hand:

    python3 bench/search_latency.py [--pages 10000] [--corpus DIR] [--rounds 5] [--built DIR/public]

Writes the benchmark corpus (gen_corpus.py) with `search: true`, builds it with clsm (CLSM_BIN, else
.build/release/clsm, else .build/debug/clsm) and Pagefind (pip's `pagefind-bin`), serves it on 127.0.0.1 and opens
`/recherche/` in headless Chromium (Debian's chromium and chromedriver, through selenium). Two measures, in the page:

- `pagefind.search(words)`: Pagefind's own call, from the page's script module, once `pagefind.init()` has loaded;
- what a visitor waits for: the words typed into the search field one key at a time, 120 ms apart, from the last
  key's `input` event to the results of the whole words shown by the theme's script (its 20 first results' data loaded
  and written into the list). The script has no debounce; the searches for the first keys may still be running.

For each, the first query (the index's entry, its wasm and the first chunk come over the network: cold) is reported
apart, then the median and the slowest of the new words that follow (each may need a chunk of its own) and of the same
words asked again (everything cached). Prints the machine's load (`uptime`) beside the figures.
"""
import argparse
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPOSITORY = BENCH.parent
NOW = "2025-10-12T12:00:00+02:00"
# Words of the corpus's sentences, common and rare, with and without accents, one and two words.
WORDS = ["psychiatre", "hébergement", "hebergement", "interprète", "visioconférence", "rétablissement", "bénévoles",
         "logement adapté", "confidentialité", "jardin", "carte Vitale", "Moselle", "santé", "sante mentale"]
# Milliseconds between two keys typed into the field: a quick typist's pace.
KEY_INTERVAL = 120


def clsm_binary():
    for candidate in (os.environ.get("CLSM_BIN"), REPOSITORY / ".build/release/clsm", REPOSITORY / ".build/debug/clsm"):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    sys.exit("search_latency: no clsm binary: swift build -c release --product clsm, or set CLSM_BIN")


def pagefind_binary():
    try:
        import pagefind_bin
    except ImportError:
        sys.exit("search_latency: pip install pagefind-bin")
    return str(pagefind_bin.get_executable())


def build(corpus, pages):
    subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(corpus), "--pages", str(pages),
                    "--theme-from", str(REPOSITORY / "themes")], check=True)
    with (corpus / "site.yml").open("a", encoding="utf-8") as config:
        config.write("search: true\n")
    environment = dict(os.environ, CLSM_PAGEFIND=pagefind_binary())
    subprocess.run([clsm_binary(), "build", str(corpus), "--output", str(corpus / "public"), "--now", NOW],
                   check=True, env=environment)
    index = corpus / "public" / "pagefind"
    size = sum(path.stat().st_size for path in index.rglob("*") if path.is_file())
    print(f"index: {sum(1 for _ in index.rglob('*.pf_fragment'))} pages, {size / 1e6:.1f} MB in {index}")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


# Pagefind's own call: milliseconds of `pagefind.search(words)`, and how many pages it found.
PAGEFIND_SEARCH = """
const [words, done] = [arguments[0], arguments[arguments.length - 1]];
const form = document.querySelector('[data-search-form]');
window.benchPagefind = window.benchPagefind || import(form.dataset.pagefind).then(async p => {
  await p.options({baseUrl: form.dataset.base}); await p.init(); return p; });
window.benchPagefind.then(async p => {
  const start = performance.now();
  const found = await p.search(words);
  done([performance.now() - start, found.results.length]);
}).catch(e => done([-1, String(e)]));
"""

# What a visitor waits for: the words typed into the field one key at a time, KEY_INTERVAL ms apart (an `input` event
# each, as a keyboard gives), from the last key's event until the theme's script has written the results' count for
# the whole words. The script has no debounce: it searches at once, one search at a time, the last words typed.
VISITOR_SEARCH = """
const [words, interval, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const field = document.getElementById('recherche-q');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
field.value = ''; field.dispatchEvent(new Event('input'));
let start = null;
const observer = new MutationObserver(() => {
  if (start === null || field.value !== words || !status.textContent) return;
  observer.disconnect();
  done([performance.now() - start, list.querySelectorAll(':scope > li').length]);
});
setTimeout(() => {
  status.textContent = '';
  observer.observe(status, {childList: true, characterData: true, subtree: true});
  const keys = [...words];
  keys.forEach((key, index) => setTimeout(() => {
    field.value += key;
    if (index === keys.length - 1) start = performance.now();
    field.dispatchEvent(new Event('input'));
  }, index * interval));
}, 200);
"""


def measure(driver, url, script, rounds):
    """(first query's ms, [ms of each new word], [ms of the words asked again]) on a freshly loaded page."""
    driver.get(url)
    driver.set_script_timeout(120)
    first, *rest = [driver.execute_async_script(script, word, KEY_INTERVAL) for word in WORDS]
    if not isinstance(first[1], int):
        sys.exit(f"search_latency: the search failed: {first[1]}")
    again = [driver.execute_async_script(script, word, KEY_INTERVAL)[0] for _ in range(rounds) for word in WORDS]
    return first[0], [ms for ms, _ in rest], again


def report(name, first, new, again):
    print(f"{name}:")
    print(f"  first query (cold)        {first:7.1f} ms")
    print(f"  new words   median {statistics.median(new):7.1f} ms, slowest {max(new):7.1f} ms ({len(new)} queries)")
    print(f"  asked again median {statistics.median(again):7.1f} ms, slowest {max(again):7.1f} ms ({len(again)} queries)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--corpus", type=Path, help="where to write and build the corpus (default: a temporary folder)")
    parser.add_argument("--rounds", type=int, default=5, help="times each word is asked again (default 5)")
    parser.add_argument("--built", type=Path, help="measure this corpus's output as it is, without writing or building")
    args = parser.parse_args()
    temporary = None if args.corpus or args.built else Path(tempfile.mkdtemp(prefix="clsm-search-bench-"))
    corpus = args.corpus or (temporary / "corpus" if temporary else None)
    try:
        if not args.built:
            build(corpus, args.pages)
        server, root = serve(args.built or corpus / "public")
        driver = browser()
        try:
            print(f"load before: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
            pagefind = measure(driver, root + "recherche/", PAGEFIND_SEARCH, args.rounds)
            visitor = measure(driver, root + "recherche/", VISITOR_SEARCH, args.rounds)
            print(f"load after:  {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
        finally:
            driver.quit()
            server.shutdown()
        print(f"{args.pages} pages, words: {', '.join(WORDS)}")
        report("pagefind.search(words)", *pagefind)
        report("typed into « Rechercher » until the results are shown", *visitor)
    finally:
        if temporary:
            shutil.rmtree(temporary)


if __name__ == "__main__":
    main()
