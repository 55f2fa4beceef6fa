package nl.helder.server.security;

import java.util.Optional;
import java.util.Set;

/** The staff accounts as other features need them: who someone is and what name customers see. */
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    /** Every enabled staff member, by username. */
    java.util.List<StaffMember> all();

    /**
     * @param displayName the name shown to customers ("Sanne"); the username when none was set
     * @param roles       without the {@code ROLE_} prefix, e.g. {@code AGENT}
     */
    record StaffMember(String username, String displayName, Set<String> roles) {
    }
}
