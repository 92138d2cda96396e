@testable import Templates
import Testing

/// Ten times the input costs about ten times the work: steps counted by the renderer and the parser, not time.
@Suite struct LinearWorkTests {
    private func renderSteps(items: Int) throws -> (steps: Int, bytes: Int) {
        let library = TemplateLibrary(sources: ["main": "{{#l}}<li>{{name}}</li>\n{{/l}}", "p": ""])
        let list = TemplateValue.list((0..<items).map { ["name": .text("n\($0)")] })
        let renderer = try library.rendered("main", with: ["l": list])
        return (renderer.steps, renderer.output.count)
    }

    private func parseSteps(tags: Int) -> Int {
        let text = String(repeating: "a {{x}}\n{{#s}}{{y}}{{/s}}", count: tags / 3)
        var parser = TemplateParser(text, templateIndex: 0, resolve: { _ in nil })
        _ = parser.parse()
        return parser.steps
    }

    @Test func renderingAListIsLinear() throws {
        let small = try renderSteps(items: 10_000)
        let large = try renderSteps(items: 100_000)
        let ratio = Double(large.steps) / Double(small.steps)
        #expect(ratio > 9 && ratio < 11)
        #expect(Double(large.bytes) / Double(small.bytes) < 11)
    }

    @Test func renderingManyTagsIsLinear() throws {
        func steps(_ count: Int) throws -> Int {
            let text = String(repeating: "{{x}}{{#t}}y{{/t}}\n", count: count / 3)
            return try TemplateLibrary(sources: ["main": text]).rendered("main", with: ["x": "1", "t": true]).steps
        }
        let ratio = Double(try steps(100_000)) / Double(try steps(10_000))
        #expect(ratio > 9 && ratio < 11)
    }

    @Test func parsingIsLinear() {
        let ratio = Double(parseSteps(tags: 100_000)) / Double(parseSteps(tags: 10_000))
        #expect(ratio > 9 && ratio < 11)
    }

    @Test func deepNestingAndSelfIncludingPartialsDoNotOverflow() throws {
        let deep = String(repeating: "{{#t}}", count: 50_000) + "x" + String(repeating: "{{/t}}", count: 50_000)
        let library = TemplateLibrary(sources: ["deep": deep, "loop": "a{{>loop}}"])
        #expect(try library.render("deep", with: ["t": true]) == "")
        #expect(try library.render("loop", with: [:]) == String(repeating: "a", count: TemplateRenderer.maximumPartialDepth + 1))
    }
}
