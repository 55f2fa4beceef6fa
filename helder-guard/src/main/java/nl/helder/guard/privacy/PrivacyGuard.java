package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataDetector;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.text.Tokens;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data in customer messages, Dutch first and EU-wide where the format allows: BSN, IBAN,
 * payment cards, e-mail, phone numbers, postcodes and street addresses, dates of birth, identity document
 * numbers, licence plates, IP addresses, passwords, names given in context and special categories (GDPR
 * Art. 9).
 *
 * <p>Contract: {@link #detect(String)} runs in time linear in the text's length (every detector scans
 * forward with bounded look-around; no backtracking regular expressions), never keeps or logs what it
 * finds, and sees through invisible characters used to split a number ("1\u200B2\u200B3..."): offsets
 * always refer to the original text. Thread-safe and stateless; build one and share it.
 *
 * <pre>{@code
 * PrivacyGuard guard = PrivacyGuard.builder().defaultRegion("NL").build();
 * List<PersonalDataFinding> findings = guard.detect("Mijn IBAN is NL91ABNA0417164300");
 * }</pre>
 */
public final class PrivacyGuard implements PersonalDataDetector {

    /** Messages longer than this are scanned only up to it; the conversation API accepts far less. */
    public static final int MAX_SCANNED_CHARS = 1_000_000;

    private final Set<PersonalDataType> types;
    private final String defaultRegion;

    private PrivacyGuard(Builder builder) {
        this.types = EnumSet.copyOf(builder.types);
        this.defaultRegion = builder.defaultRegion;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The guard with every type and the Netherlands as default phone region. */
    public static PrivacyGuard standard() {
        return builder().build();
    }

    @Override
    public List<PersonalDataFinding> detect(String text) {
        Objects.requireNonNull(text, "text");
        ScanText scan = new ScanText(Tokens.head(text, MAX_SCANNED_CHARS));
        if (wants(PersonalDataType.BSN) || wants(PersonalDataType.CARD)) {
            NumberDetector.detect(scan);
        }
        if (wants(PersonalDataType.IBAN)) {
            IbanDetector.detect(scan);
        }
        if (wants(PersonalDataType.EMAIL)) {
            EmailDetector.detect(scan);
        }
        if (wants(PersonalDataType.PHONE)) {
            PhoneDetector.detect(scan, defaultRegion);
        }
        if (wants(PersonalDataType.POSTCODE) || wants(PersonalDataType.ADDRESS)) {
            AddressDetector.detect(scan);
        }
        if (wants(PersonalDataType.DATE_OF_BIRTH)) {
            DateOfBirthDetector.detect(scan);
        }
        if (wants(PersonalDataType.ID_DOCUMENT)) {
            IdDocumentDetector.detect(scan);
        }
        if (wants(PersonalDataType.LICENCE_PLATE)) {
            LicencePlateDetector.detect(scan);
        }
        if (wants(PersonalDataType.IP_ADDRESS)) {
            IpAddressDetector.detect(scan);
        }
        if (wants(PersonalDataType.PASSWORD)) {
            PasswordDetector.detect(scan);
        }
        if (wants(PersonalDataType.PERSON_NAME)) {
            PersonNameDetector.detect(scan);
            PersonNameModel.standard().detect(scan);
        }
        if (wants(PersonalDataType.SPECIAL_CATEGORY)) {
            SpecialCategoryDetector.detect(scan);
        }
        return scan.findings().stream().filter(finding -> types.contains(finding.type())).toList();
    }

    private boolean wants(PersonalDataType type) {
        return types.contains(type);
    }

    /** Chooses the types to detect (all by default) and the default phone region. */
    public static final class Builder {
        private Set<PersonalDataType> types = EnumSet.allOf(PersonalDataType.class);
        private String defaultRegion = "NL";

        private Builder() {
        }

        /** Detects only these types. */
        public Builder types(Set<PersonalDataType> types) {
            if (types.isEmpty()) {
                throw new IllegalArgumentException("choose at least one type");
            }
            this.types = EnumSet.copyOf(types);
            return this;
        }

        /** The region (ISO 3166 code) of phone numbers written without a country code; default NL. */
        public Builder defaultRegion(String region) {
            this.defaultRegion = Objects.requireNonNull(region);
            return this;
        }

        public PrivacyGuard build() {
            return new PrivacyGuard(this);
        }
    }
}
