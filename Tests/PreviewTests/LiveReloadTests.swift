import Foundation
import Preview
import Testing

/// The live-reload parts: the script tag's place, the events sent, the addresses listened on.
@Suite struct LiveReloadTests {
    @Test(arguments: [
        ("<p>a</p></body></html>", "<p>a</p><script src=\"/__clsm/reload.js\" data-build=\"4\"></script>\n</body></html>"),
        ("<p>a</p></BODY>", "<p>a</p><script src=\"/__clsm/reload.js\" data-build=\"4\"></script>\n</BODY>"),
        ("<p>&lt;/body&gt;</p></body><!-- </body> -->",
         "<p>&lt;/body&gt;</p></body><!-- <script src=\"/__clsm/reload.js\" data-build=\"4\"></script>\n</body> -->"),
        ("<p>a</p>", "<p>a</p><script src=\"/__clsm/reload.js\" data-build=\"4\"></script>\n"),
    ])
    func theScriptGoesBeforeTheLastBodyEnd(html: String, expected: String) {
        #expect(String(decoding: ReloadScript.inject(into: Array(html.utf8), build: 4), as: UTF8.self) == expected)
    }

    @Test func connectionsGetTheLatestBuildThenEachNewOneAndEndWhenClosed() async {
        let hub = ReloadHub()
        hub.announce(build: 3)
        let stream = hub.connect()
        hub.announce(build: 4)
        hub.close()
        var received = ""
        for await message in stream { received += String(decoding: message, as: UTF8.self) }
        #expect(received == "retry: 500\n\nevent: build\ndata: 3\n\nevent: build\ndata: 4\n\n")
        #expect(hub.connectionCount == 0)
    }

    @Test func addressesAreReadAndLoopbackIsKnown() throws {
        #expect(BindAddress("127.0.0.1")?.isLoopback == true)
        #expect(BindAddress("127.3.2.1")?.isLoopback == true)
        #expect(BindAddress("localhost") == .loopback)
        #expect(BindAddress("::1")?.isLoopback == true)
        #expect(BindAddress("0:0:0:0:0:0:0:1")?.isLoopback == true)
        #expect(BindAddress("0.0.0.0")?.isLoopback == false)
        #expect(BindAddress("::")?.isLoopback == false)
        #expect(BindAddress("192.168.1.10")?.isLoopback == false)
        #expect(BindAddress("example.org") == nil)
        #expect(BindAddress("127.0.0.1")?.url(port: 8080) == "http://127.0.0.1:8080/")
        #expect(BindAddress("::1")?.url(port: 8080) == "http://[::1]:8080/")
    }

    @Test func theWatcherReportsFilesInFoldersCreatedAfterItStarted() async throws {
        let output = try TemporaryOutput()
        let watcher = try #require(FileWatcher())
        watcher.watch(output.root, recursive: true)
        let (batches, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        watcher.start { continuation.yield($0) }
        defer { watcher.stop() }
        var iterator = batches.makeAsyncIterator()

        try output.write("a", to: "guide/cmp.md")
        var seen = await iterator.next() ?? []
        // The folder and its file may come in one batch or two: the file is then written again to be seen.
        if !seen.contains(output.root + "/guide/cmp.md") {
            try output.write("b", to: "guide/cmp.md")
            seen = await iterator.next() ?? []
        }
        #expect(seen.contains(output.root + "/guide/cmp.md"))
        try output.write("c", to: "guide/.cmp.md.swp")
        try output.write("d", to: "guide/autre.md")
        let next = await iterator.next() ?? []
        #expect(next == [output.root + "/guide/autre.md"])
    }
}
