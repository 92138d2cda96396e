import Foundation
@testable import SiteKit
import Testing
import TestSupport

/// The file operations the output is made with: copies, folders made and trees removed.
@Suite struct FileSystemWriteTests {
    @Test(arguments: [0, 1, 65_536, 300_001])
    func aCopyHoldsTheSourcesBytesInAFileOfItsOwn(_ size: Int) throws {
        let folder = TemporaryFolder()
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) })
        let source = folder.path + "/source.bin"
        let copy = folder.path + "/copy.bin"
        try bytes.write(to: URL(fileURLWithPath: source))
        try Data("older and longer than some sources".utf8).write(to: URL(fileURLWithPath: copy))
        #expect(FileCopy.copy(source, to: copy))
        #expect(FileManager.default.contents(atPath: copy) == bytes)
        var sourceInfo = stat(), copyInfo = stat()
        #expect(stat(source, &sourceInfo) == 0 && stat(copy, &copyInfo) == 0 && sourceInfo.st_ino != copyInfo.st_ino)
    }

    @Test func aMissingSourceOrAFolderIsNotCopied() {
        let folder = TemporaryFolder()
        #expect(!FileCopy.copy(folder.path + "/absent", to: folder.path + "/copy"))
        #expect(!FileCopy.copy(folder.path, to: folder.path + "/copy"))
        #expect(FileSystem.entryType(folder.path + "/copy") == nil)
    }

    @Test func foldersAreMadeWithTheirParentsAndAFileInTheWayIsAFailure() {
        let folder = TemporaryFolder()
        #expect(FileSystem.createDirectories(folder.path + "/a/b/c"))
        #expect(FileSystem.createDirectories(folder.path + "/a/b/c"))
        #expect(FileSystem.isDirectory(folder.path + "/a/b/c"))
        #expect(FileSystem.write("x", to: folder.path + "/a/fichier"))
        #expect(!FileSystem.createDirectories(folder.path + "/a/fichier"))
        #expect(!FileSystem.createDirectories(folder.path + "/a/fichier/d"))
    }

    @Test func aTreeIsRemovedWithoutFollowingItsLinks() throws {
        let folder = TemporaryFolder()
        let outside = folder.path + "/ailleurs"
        let tree = folder.path + "/arbre"
        #expect(FileSystem.createDirectories(outside) && FileSystem.write("garder", to: outside + "/garder.txt"))
        for path in ["a/b/c", "a/d", "e"] { #expect(FileSystem.createDirectories(tree + "/" + path)) }
        for path in ["a/b/c/f.html", "a/d/g.html", "h.txt", ".cache"] { #expect(FileSystem.write("x", to: tree + "/" + path)) }
        try FileManager.default.createSymbolicLink(atPath: tree + "/a/lien", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: tree + "/lien-fichier", withDestinationPath: outside + "/garder.txt")
        #expect(FileSystem.removeTree(tree))
        #expect(FileSystem.entryType(tree) == nil)
        #expect(FileSystem.names(in: outside) == ["garder.txt"])
        #expect(FileSystem.removeTree(tree))
        let link = folder.path + "/lien"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
        #expect(FileSystem.removeTree(link))
        #expect(FileSystem.entryType(link) == nil && FileSystem.names(in: outside) == ["garder.txt"])
    }
}
