import FrenchText

/// Ties each page to its section's page, and each section page to the pages it lists.
enum SectionTree {
    /// Sets `parent` and `children` of every page.
    static func link(_ pages: inout [ResolvedPage], byContentPath: [String: Int]) {
        for index in pages.indices where pages[index].page.contentPath != "index.md" {
            let page = pages[index].page
            // A section page belongs to the folder above its own; any other page to its own folder.
            let folder = page.isSectionPage ? Path.parent(of: page.folder) : page.folder
            let parentIndex = byContentPath[Path.join(folder, "index.md")]
            pages[index].parent = parentIndex
            if let parentIndex { pages[parentIndex].children.append(index) }
        }
        let plainPages = pages.map(\.page)
        let titles = plainPages.map { FrenchCollation.SortKey($0.title) }
        for index in pages.indices where pages[index].children.count > 1 {
            pages[index].children.sort { displayOrder(plainPages[$0], plainPages[$1], titles[$0], titles[$1]) }
        }
    }

    /// Weighted pages first by weight, then the newest dated ones, then by title in French order.
    static func displayOrder(_ a: Page, _ b: Page) -> Bool {
        displayOrder(a, b, FrenchCollation.SortKey(a.title), FrenchCollation.SortKey(b.title))
    }

    /// `displayOrder` with the titles' sort keys computed beforehand (a section of thousands of pages).
    static func displayOrder(_ a: Page, _ b: Page, _ titleA: FrenchCollation.SortKey, _ titleB: FrenchCollation.SortKey) -> Bool {
        switch (a.weight, b.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if let x = a.date, let y = b.date, x != y { return (x.date, x.time?.hour ?? 0, x.time?.minute ?? 0) > (y.date, y.time?.hour ?? 0, y.time?.minute ?? 0) }
        if titleA != titleB { return titleA < titleB }
        return a.contentPath < b.contentPath
    }
}
