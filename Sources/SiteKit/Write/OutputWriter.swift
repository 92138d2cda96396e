/// The write stage: the whole site written into a fresh folder beside the output, then swapped in.
///
/// A failed or refused build leaves the previous output as it was; nothing is written outside it.
public enum OutputWriter {
    /// The file that marks an output folder as made by clsm, so that no other folder is ever replaced.
    public static let markerName = ".clsm-output"
    static let markerText = "This folder is written by clsm; it is replaced whole by each build.\n"

    /// Writes `files` as the new content of `output`; false (with the reason in `log`) when nothing was changed.
    public static func write(_ files: [OutputFile], to output: String, folder: SiteFolder, log: inout DiagnosticLog) -> Bool {
        guard let staging = OutputStaging.begin(output: output, folder: folder, log: &log) else { return false }
        return staging.commit(files, log: &log)
    }
}
