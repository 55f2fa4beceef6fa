package nl.helder.server.security.internal;

import nl.helder.server.security.BootstrapAdminProperties;
import nl.helder.server.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * Makes sure an administrator exists: the configured one ({@code helder.bootstrap-admin.*}), or, when no
 * administrator exists at all, {@code admin} with a random one-time password printed once.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final BootstrapAdminProperties properties;
    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    BootstrapAdmin(BootstrapAdminProperties properties, JdbcUserDetailsManager users, PasswordEncoder passwords, JdbcClient jdbc) {
        this.properties = properties;
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.username() != null) {
            if (!users.userExists(properties.username())) {
                create(properties.username(), properties.password());
                log.info("Created administrator '{}' from helder.bootstrap-admin", properties.username());
            } else {
                // Said once per start: on a data directory used before, the configured password is not the user's.
                log.info("Administrator '{}' already exists; helder.bootstrap-admin.password only sets the password of a new one",
                        properties.username());
            }
            return;
        }
        long admins = jdbc.sql("SELECT COUNT(*) FROM authorities WHERE authority = :role")
                .param("role", "ROLE_" + Roles.ADMIN).query(Long.class).single();
        if (admins == 0 && !users.userExists("admin")) {
            String password = oneTimePassword();
            create("admin", password);
            // Printed once, on purpose: this is how the first administrator gets in without configuration.
            log.warn("Created administrator 'admin' with one-time password: {}  (shown only now; change it after logging in)", password);
        }
    }

    private void create(String username, String password) {
        users.createUser(User.withUsername(username).password(passwords.encode(password)).roles(Roles.ADMIN).build());
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
