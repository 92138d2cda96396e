import Foundation
import Testing

/// Recording goldens prints the lines it accepts.
@Suite struct RecordedChangesTests {
    @Test func aChangedLineIsShownRemovedAndAdded() {
        #expect(RecordedChanges.lines(from: "a\nin a event\nc\n", to: "a\nin an event\nc\n") == ["-2: in a event", "+2: in an event"])
        #expect(RecordedChanges.lines(from: "same\n", to: "same\n") == [])
    }

    @Test func aTreeNamesEachFileAddedRemovedOrChanged() {
        let old = FileTree(files: ["a.html": Data("x\ny\n".utf8), "b.txt": Data("b\n".utf8), "c.png": Data([0xFF, 0xFE])])
        let new = FileTree(files: ["a.html": Data("x\nz\n".utf8), "c.png": Data([0xFF]), "d.txt": Data("d\n".utf8)])
        #expect(RecordedChanges.lines(from: old, to: new) == [
            "changed: a.html", "  -2: y", "  +2: z", "removed: b.txt", "changed: c.png", "  (binary)", "added: d.txt",
        ])
    }
}
