extension String {
    /// True when every byte is printable ASCII (space to `~`): each byte is then a Character, and a search of the bytes
    /// finds what a search of the Characters finds (no `\r\n`, no combining mark).
    var isPrintableASCII: Bool {
        var text = self
        return text.withUTF8 { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }
}
