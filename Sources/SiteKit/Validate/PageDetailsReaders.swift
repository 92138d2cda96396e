/// Which reader checks the keys of each content kind. One line a kind: a feature replaces its line.
enum PageDetailsReaders {
    static func reader(for kind: ContentKind) -> (any PageDetailsReader.Type)? {
        switch kind {
        case .page, .news: return nil
        case .action: return ActionDetailsReader.self
        case .resource: return ResourceDetailsReader.self
        case .event: return EventDetailsReader.self
        }
    }
}
