import FrenchText
import Testing

struct FrenchTypographyHTMLTests {
    static let cases: [(String, String)] = [
        // Text nodes are typeset; tags and attributes are not.
        (#"<p>Bonjour : voir <a href="https://x.fr/?a=1&amp;b=2">le site</a> !</p>"#,
         #"<p>Bonjour\#(nb): voir <a href="https://x.fr/?a=1&amp;b=2">le site</a>\#(nn)!</p>"#),
        (#"<img alt="Note : x ?" src="a.png">"#, #"<img alt="Note : x ?" src="a.png">"#),
        // An autolink's text is its address: it stays as linked.
        (#"<p>Appelez <a href="tel:+33387562768">tel:+33387562768</a> !</p>"#,
         #"<p>Appelez <a href="tel:+33387562768">tel:+33387562768</a>\#(nn)!</p>"#),
        (#"<p><a href="urn:isbn:0451450523">urn:isbn:0451450523</a> <a href="http://exemple.fr:8080">exemple.fr:8080</a></p>"#,
         #"<p><a href="urn:isbn:0451450523">urn:isbn:0451450523</a> <a href="http://exemple.fr:8080">exemple.fr:8080</a></p>"#),
        (#"<a href="/agenda?x=1" title="Agenda : octobre">Agenda</a> :"#,
         #"<a href="/agenda?x=1" title="Agenda : octobre">Agenda</a>\#(nb):"#),
        (#"<p title='a > b ; c'>d ?</p>"#, #"<p title='a > b ; c'>d\#(nn)?</p>"#),
        ("<P>Bonjour :</P>", "<P>Bonjour\(nb):</P>"),
        // Code, preformatted text, scripts, styles, comments are untouched.
        ("<p>Le code <code>a ? b : c</code> ; fin</p>", "<p>Le code <code>a ? b : c</code>\(nn); fin</p>"),
        ("<pre><code>x : y ?\n« z »</code></pre>", "<pre><code>x : y ?\n« z »</code></pre>"),
        (#"<pre class="x">a : b</pre><p>c : d</p>"#, #"<pre class="x">a : b</pre><p>c\#(nb): d</p>"#),
        ("<p>Un <kbd>Ctrl</kbd> : copier, <samp>Erreur : x</samp> !</p>",
         "<p>Un <kbd>Ctrl</kbd>\(nb): copier, <samp>Erreur : x</samp>\(nn)!</p>"),
        ("<script>if (a) { b(); } // ok ?</script>", "<script>if (a) { b(); } // ok ?</script>"),
        ("<style>a:hover { color: red; }</style>", "<style>a:hover { color: red; }</style>"),
        ("<textarea>a : b</textarea>", "<textarea>a : b</textarea>"),
        ("<CODE>a : b</Code> !", "<CODE>a : b</Code>\(nn)!"),
        ("<!-- Note : ici ? --><p>x</p>", "<!-- Note : ici ? --><p>x</p>"),
        ("<!DOCTYPE html><p>x ?</p>", "<!DOCTYPE html><p>x\(nn)?</p>"),
        ("<p><code>x : y", "<p><code>x : y"),
        // Entities stay intact; a `;` ending one is not punctuation.
        ("<p>Tom &amp; Jerry ; AT&amp;T</p>", "<p>Tom &amp; Jerry\(nn); AT&amp;T</p>"),
        ("<p>&quot;Citation&quot; !</p>", "<p>&quot;Citation&quot;\(nn)!</p>"),
        ("<p>x &lt; y ; z &gt; w</p>", "<p>x &lt; y\(nn); z &gt; w</p>"),
        ("<p>a &unknown; b ?</p>", "<p>a &unknown; b\(nn)?</p>"),
        ("<p>Attention&nbsp;!</p>", "<p>Attention\(nn)!</p>"),
        ("<p>Attention&nbsp;:</p>", "<p>Attention&nbsp;:</p>"),
        ("<p>Bien sûr&#8239;!</p>", "<p>Bien sûr&#8239;!</p>"),
        ("<p>Bonjour&#160;? et&#x202F;!</p>", "<p>Bonjour\(nn)? et&#x202F;!</p>"),
        ("<p>Voir &laquo; ici &raquo;</p>", "<p>Voir &laquo;\(nn)ici\(nn)&raquo;</p>"),
        ("<p>&ldquo;Oui&rdquo;</p>", "<p>«\(nn)Oui\(nn)»</p>"),
        ("<p>&amp</p>", "<p>&amp</p>"),
        // Guillemets and smart quotes, also across inline tags.
        ("<p>« Bonjour »</p>", "<p>«\(nn)Bonjour\(nn)»</p>"),
        ("<p>“Bonjour”</p>", "<p>«\(nn)Bonjour\(nn)»</p>"),
        ("<p>Il a dit “non” : c’est clair !</p>", "<p>Il a dit «\(nn)non\(nn)»\(nb): c’est clair\(nn)!</p>"),
        ("<p>«<em>Bonjour</em>»</p>", "<p>«<em>\(nn)Bonjour</em>\(nn)»</p>"),
        ("<p>« <em>Bonjour</em> »</p>", "<p>«\(nn)<em>Bonjour</em>\(nn)»</p>"),
        ("<p>« <em>x@y.fr</em> »</p>", "<p>«\(nn)<em>x@y.fr</em>\(nn)»</p>"),
        ("<p>“</em>“x@y.fr</p>", "<p>«</em>\(nn)«\(nn)x@y.fr</p>"),
        // Inline tags continue the sentence; block tags start a new one.
        ("<p><strong>Attention</strong> :</p>", "<p><strong>Attention</strong>\(nb):</p>"),
        ("<p>Question<em>?</em></p>", "<p>Question<em>\(nn)?</em></p>"),
        ("<p>Voir (<a href=\"#\">ici</a>) ?</p>", "<p>Voir (<a href=\"#\">ici</a>)\(nn)?</p>"),
        ("<li>Premier</li>\n<li>: second</li>", "<li>Premier</li>\n<li>: second</li>"),
        ("<li>Premier</li><li>: second</li>", "<li>Premier</li><li>: second</li>"),
        ("<p>A<br>: b</p>", "<p>A<br>: b</p>"),
        (#"<p>Voir <img src="a.png" alt="x : y" /> : légende</p>"#,
         #"<p>Voir <img src="a.png" alt="x : y" />\#(nb): légende</p>"#),
        ("<p>A<br/>B !</p>", "<p>A<br/>B\(nn)!</p>"),
        // URLs, e-mail addresses, times.
        ("<p>Il est 18:30.</p>", "<p>Il est 18:30.</p>"),
        ("<p>1:2 et 3 : 4</p>", "<p>1:2 et 3\(nb): 4</p>"),
        (#"<p>Écrire à <a href="mailto:contact@clsm.fr">contact@clsm.fr</a> : merci</p>"#,
         #"<p>Écrire à <a href="mailto:contact@clsm.fr">contact@clsm.fr</a>\#(nb): merci</p>"#),
        ("<p>Voir https://x.fr/?q=1 !</p>", "<p>Voir https://x.fr/?q=1\(nn)!</p>"),
        ("<p>Voir https://x.fr/?a=1&amp;b=2;</p>", "<p>Voir https://x.fr/?a=1&amp;b=2\(nn);</p>"),
        ("<p>https://x.fr/?a&amp;</p>", "<p>https://x.fr/?a&amp;</p>"),
        (#"<p>Lien : <a href="https://x.fr">https://x.fr/?a</a>.</p>"#,
         #"<p>Lien\#(nb): <a href="https://x.fr">https://x.fr/?a</a>.</p>"#),
        // Odd but possible input.
        ("", ""),
        ("<p>Rien à faire</p>", "<p>Rien à faire</p>"),
        ("a < b ?", "a < b\(nn)?"),
        ("<", "<"),
        ("<p", "<p"),
        ("x <!-- : ", "x <!-- : "),
    ]

    @Test(arguments: cases)
    func html(input: String, expected: String) {
        #expect(FrenchTypography.html(input) == expected)
    }

    @Test(arguments: cases)
    func isIdempotent(input: String, expected: String) {
        let once = FrenchTypography.html(input)
        #expect(FrenchTypography.html(once) == once)
        #expect(FrenchTypography.html(expected) == expected)
    }

    /// Text without markup gets the same treatment from both functions.
    @Test(arguments: FrenchTypographyTextTests.cases.filter { !$0.0.contains("<") && !$0.0.contains("&") })
    func agreesWithTextOnPlainText(input: String, expected: String) {
        #expect(FrenchTypography.html(input) == expected)
    }

    @Test func largeDocumentIsProcessedWhole() {
        let paragraph = #"<p>Réunion : le <a href="https://x.fr/?a=1&amp;b">CLSM</a> « Metz » ; à 18:30 !</p>"#
        let expected = #"<p>Réunion\#(nb): le <a href="https://x.fr/?a=1&amp;b">CLSM</a> «\#(nn)Metz\#(nn)»\#(nn); à 18:30\#(nn)!</p>"#
        let input = String(repeating: paragraph + "\n<pre>a : b</pre>\n", count: 5_000)
        let output = FrenchTypography.html(input)
        #expect(output == String(repeating: expected + "\n<pre>a : b</pre>\n", count: 5_000))
    }
}
