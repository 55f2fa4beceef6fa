package nl.helder.guard;

import java.util.List;

/**
 * Finds personal data in a text. Implementations must run in time linear in the text's length and must
 * not keep or log the values they find.
 */
@FunctionalInterface
public interface PersonalDataDetector {

    /** Returns the spans found, in any order; overlapping spans are allowed and resolved by the caller. */
    List<PersonalDataFinding> detect(String text);
}
