/// The result of one incremental build: the files it rendered, and every output path of the site.
public struct IncrementalBuild: Sendable {
    /// Files rendered or listed by this build (static files, feeds, pages whose fingerprint changed).
    public let files: [OutputFile]
    /// Every output path of the site as of this build.
    public let paths: Set<String>
    /// True when `files` are the whole site: no page is left as the previous good build made it.
    public var isComplete: Bool { paths.count == files.count }
}
