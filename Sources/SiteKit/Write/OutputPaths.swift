/// Paths inside the output folder made from what editors write.
public enum OutputPaths {
    /// The file an alias is published as: `/ancien/` → `ancien/index.html`, `/vieux.html` → `vieux.html`;
    /// nil for anything that could leave the output folder or be read another way by a web server.
    public static func aliasPath(_ alias: String) -> String? {
        // Scalars, not Characters: a combining mark after a backslash must not hide it.
        let forbidden: Set<Unicode.Scalar> = ["\\", "\0", "%", "?", "#", ":", "<", ">", "\"", "'"]
        guard !alias.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value < 0x20 }) else { return nil }
        guard !Path.segments(alias).contains(where: { $0.utf8.first == UInt8(ascii: ".") }),
              let path = Path.normalize(alias), !path.isEmpty else { return nil }
        return path.hasSuffix(".html") ? path : path + "/index.html"
    }
}
