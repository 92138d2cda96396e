import Templates
import Testing

@Suite struct TemplateValueTests {
    @Test func literalsMakeTheirCases() {
        let value: TemplateValue = ["title": "Accueil", "shown": true, "items": ["a", 2]]
        guard case .group(let group) = value, case .text("Accueil") = group["title"], case .bool(true) = group["shown"],
              case .list(let items) = group["items"], case .text("a") = items.first, case .number(2) = items.last
        else {
            Issue.record("literals made \(value)")
            return
        }
    }
}
