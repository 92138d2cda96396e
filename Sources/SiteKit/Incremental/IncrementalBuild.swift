/// The result of one incremental build: the files it rendered, and the paths it knows are unchanged.
public struct IncrementalBuild: Sendable {
    /// Files rendered or listed by this build (static files, feeds, pages whose fingerprint changed).
    public let files: [OutputFile]
    /// Output paths of pages left as the previous good build made them.
    public let unchanged: Set<String>
    /// Every output path of the site as of this build.
    public var paths: Set<String> { unchanged.union(files.map(\.path)) }
}
