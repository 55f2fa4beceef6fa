package nl.helder.server.compliance.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of the classification rules Helder has loaded: the current one, with which new classifications
 * are made, and earlier ones (the 2024 text of the AI Act), so that a system classified under an earlier version
 * keeps the rules it was classified with until someone re-classifies it.
 */
final class RulesVersions {

    private final Classifier current;
    private final Map<String, Classifier> byVersion = new LinkedHashMap<>();

    /** @param earlier older versions; one with the current version's number is ignored (the current file wins) */
    RulesVersions(Classifier current, List<Classifier> earlier) {
        this.current = current;
        earlier.forEach(classifier -> byVersion.put(classifier.rules().version(), classifier));
        byVersion.put(current.rules().version(), current);
    }

    Classifier current() {
        return current;
    }

    Optional<Classifier> of(String version) {
        return Optional.ofNullable(version == null ? null : byVersion.get(version));
    }

    /** The classifier of {@code version}, or the current one when that version is not loaded (any more). */
    Classifier orCurrent(String version) {
        return of(version).orElse(current);
    }

    Collection<Classifier> all() {
        return byVersion.values();
    }
}
