/// French typographic spacing for text and HTML.
///
/// French puts a space before two-part punctuation, and it must not break the line there:
/// a NO-BREAK SPACE (U+00A0) before `:`, a NARROW NO-BREAK SPACE (U+202F) before `;` `!` `?`
/// and `»` and after `«`. Spaces already typed at those places are replaced, none is added
/// twice, none is added at the start of a text or line. The “curly quotes” made by Markdown's
/// smart punctuation become « guillemets ».
///
/// Left alone: URLs (`https://…`, `www.…`, `mailto:…`), e-mail addresses, times and ratios
/// (`18:30`, `1:2`: a colon between two digits), `...`, and punctuation right after `(`, `?`,
/// `!`, `;` or `:` (`(?)`, `?!`). Both functions are idempotent: applying them twice changes
/// nothing more.
public enum FrenchTypography: Sendable {
    /// Typesets plain text (a title, a description, an `alt` text before escaping).
    ///
    /// `"Bonjour : ça va ?"` → `"Bonjour\u{00A0}: ça va\u{202F}?"`,
    /// `"« Oui »"` → `"«\u{202F}Oui\u{202F}»"`. Character references such as `&amp;` are kept
    /// whole, in case the text was already escaped.
    public static func text(_ s: String) -> String {
        guard TypographyScalars.mayNeedWork(s) else { return s }
        return TypographyScanner.run(s, mode: .plainText)
    }

    /// Typesets the text nodes of an HTML fragment (as produced by cmark or a template).
    ///
    /// Tags, attributes, comments, character references (`&amp;`, `&quot;`) and the content of
    /// `<code>`, `<pre>`, `<kbd>`, `<samp>`, `<script>`, `<style>` and `<textarea>` are copied
    /// unchanged. Inline tags (`<a>`, `<em>`, `<strong>`…) do not interrupt the sentence;
    /// block tags (`<p>`, `<li>`, `<br>`…) start a new one. A `&nbsp;` of the wrong kind before
    /// punctuation is replaced by the right character. One linear pass over the UTF-8 bytes.
    public static func html(_ html: String) -> String {
        guard TypographyScalars.mayNeedWork(html) else { return html }
        return TypographyScanner.run(html, mode: .html)
    }
}
