package nl.helder.guard;

/**
 * The kinds of personal data the privacy guard recognises. The names are part of the scanner's output
 * contract and of the placeholders in redacted text ({@code [IBAN]}), so they never change.
 */
public enum PersonalDataType {
    BSN, IBAN, CARD, EMAIL, PHONE, POSTCODE, ADDRESS, DATE_OF_BIRTH, ID_DOCUMENT,
    LICENCE_PLATE, IP_ADDRESS, PASSWORD, PERSON_NAME, SPECIAL_CATEGORY;

    /** The placeholder that replaces a span of this type in redacted text, e.g. {@code [IBAN]}. */
    public String placeholder() {
        return "[" + name() + "]";
    }
}
