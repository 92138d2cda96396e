/// How to register for an event (`registration:`).
struct EventRegistration: Sendable, Equatable {
    /// `required: true` or `false`; nil when not said.
    let isRequired: Bool?
    /// An http(s) form.
    let url: String?
    /// A phone number as written.
    let phone: String?
    /// An e-mail address.
    let email: String?
    /// The last day to register.
    let deadline: LocalDateTime?
}
