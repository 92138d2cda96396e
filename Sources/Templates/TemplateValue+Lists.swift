extension TemplateValue {
    /// A list of texts.
    public static func texts(_ items: some Sequence<String>) -> TemplateValue {
        .list(items.map(TemplateValue.text))
    }

    /// A list of groups.
    public static func groups(_ items: some Sequence<TemplateValues>) -> TemplateValue {
        .list(items.map(TemplateValue.group))
    }
}
