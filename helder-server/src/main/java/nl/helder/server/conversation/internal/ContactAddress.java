package nl.helder.server.conversation.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.apache.commons.validator.routines.EmailValidator;

/** Checks the address a customer leaves for a reply: an e-mail address or a valid phone number. */
final class ContactAddress {

    private static final int MAX = 320;

    private ContactAddress() {
    }

    static String validate(String contact) {
        String value = contact == null ? "" : contact.strip();
        if (value.isEmpty() || value.length() > MAX) {
            throw ConversationProblem.invalidContact();
        }
        if (EmailValidator.getInstance().isValid(value)) {
            return value;
        }
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            if (phones.isValidNumber(phones.parse(value, "NL"))) {
                return value;
            }
        } catch (NumberParseException notAPhoneNumber) {
            // falls through to the error below
        }
        throw ConversationProblem.invalidContact();
    }
}
