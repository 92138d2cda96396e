import ArgumentParser
import Foundation

/// Where `clsm serve` builds: the folder given with `--output`, or a temporary folder removed when it stops.
struct ServeOutput: Sendable {
    /// The output folder, absolute.
    let path: String
    /// The temporary folder to remove at the end; nil for a folder the user chose.
    let temporaryParent: String?

    init(option: String?, cwd: String) throws {
        if let option {
            path = URL(fileURLWithPath: option.hasPrefix("/") ? option : cwd + "/" + option).standardizedFileURL.path
            temporaryParent = nil
            return
        }
        let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        var template = Array((temporary + "clsm-serve-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw ValidationError("cannot create a temporary folder to build into; give --output")
        }
        let parent = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        temporaryParent = parent
        path = parent + "/public"
    }

    /// Removes the temporary folder, if there is one.
    func removeTemporary() {
        if let temporaryParent { try? FileManager.default.removeItem(atPath: temporaryParent) }
    }
}
