package nl.helder.guard;

import nl.helder.guard.privacy.PrivacyGuard;

/**
 * The guards Helder ships, assembled. Detectors are added here as they are built, so that the server and
 * the scanner always run the same set.
 */
public final class Guards {

    private Guards() {
    }

    /** The standard input guard with every detector this version of Helder has. */
    public static InputGuard standardInputGuard() {
        return InputGuard.builder().personalData(PrivacyGuard.standard()).build();
    }
}
