package nl.helder.server.security.internal;

import nl.helder.server.audit.Audited;
import nl.helder.server.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import nl.helder.server.security.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Staff accounts: Spring Security's JDBC users with a display name. Passwords are stored by the delegating
 * encoder (bcrypt), never in clear.
 */
@Component
class StaffAccounts implements StaffDirectory {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.AGENT, Roles.COMPLIANCE);

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAccounts(JdbcUserDetailsManager users, PasswordEncoder passwords, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql("SELECT username, display_name FROM users WHERE username = :username AND enabled")
                .param("username", username)
                .query((rs, row) -> new StaffMember(rs.getString("username"),
                        Optional.ofNullable(rs.getString("display_name")).orElse(rs.getString("username")), roles(username)))
                .optional();
    }

    @Override
    public List<StaffMember> all() {
        return jdbc.sql("SELECT username FROM users WHERE enabled ORDER BY username").query(String.class).list()
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with a message for the caller when a value is not acceptable
     */
    @Transactional
    StaffMember create(String username, String displayName, String password, Set<String> roles, String actor) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: 2 to 50 lower-case letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("displayName: the name customers see, 1 to 100 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new IllegalArgumentException("password: " + MIN_PASSWORD_LENGTH + " to 200 characters");
        }
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles: one or more of " + new TreeSet<>(ROLES));
        }
        if (users.userExists(username)) {
            throw new IllegalStateException("A staff member '" + username + "' exists already.");
        }
        users.createUser(User.withUsername(username).password(passwords.encode(password))
                .roles(roles.toArray(String[]::new)).build());
        jdbc.sql("UPDATE users SET display_name = :name WHERE username = :username")
                .param("name", displayName.strip()).param("username", username).update();
        events.publishEvent(new Audited("STAFF_ACCOUNT_CREATED", actor, null, Map.of("username", username, "roles", new TreeSet<>(roles)),
                clock.instant()));
        return find(username).orElseThrow();
    }

    /** Disables the account (its history keeps the name); its API tokens stop working with it. */
    @Transactional
    boolean disable(String username, String actor) {
        boolean disabled = jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = :username AND enabled")
                .param("username", username).update() > 0;
        if (disabled) {
            events.publishEvent(new Audited("STAFF_ACCOUNT_DISABLED", actor, null, Map.of("username", username), clock.instant()));
        }
        return disabled;
    }

    private Set<String> roles(String username) {
        return new TreeSet<>(jdbc.sql("SELECT authority FROM authorities WHERE username = :username")
                .param("username", username).query(String.class).list().stream()
                .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority).toList());
    }
}
