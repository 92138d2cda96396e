import Templates

/// Details of a page's kind as its templates read them, `page.<kind>` (`page.resource.category`).
protocol KindValues {
    /// The values, texts typeset and URLs made for `environment`.
    func templateValues(_ environment: RenderEnvironment) -> TemplateValues
}
