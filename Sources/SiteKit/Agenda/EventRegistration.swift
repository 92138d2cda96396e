import FrenchText

/// How to register for an event (`registration:`).
struct EventRegistration: Sendable, Equatable {
    /// `required: true` or `false`; nil when not said.
    let isRequired: Bool?
    /// An http(s) form.
    let url: String?
    /// A French phone number.
    let phone: FrenchPhone?
    /// An e-mail address.
    let email: String?
    /// The last day to register.
    let deadline: LocalDateTime?
}
