package nl.helder.guard;

/** How a span of personal data is made unreadable. */
public enum RedactionStyle {
    /** Replaced by its type's placeholder: {@code [IBAN]}. */
    PLACEHOLDER,
    /**
     * Masked with {@code *}, keeping what helps a customer recognise their own data and nothing that
     * identifies them: the country code and last four characters of an IBAN ({@code NL** **** **** **** 4300}),
     * the last four digits of a card or phone number, the domain of an e-mail address. Types without a
     * meaningful partial form use the placeholder.
     */
    PARTIAL
}
