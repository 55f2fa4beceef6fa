package nl.helder.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, for automated setups. Without these, the first start creates the user
 * {@code admin} with a one-time password printed once to the log.
 *
 * @param username the administrator's user name
 * @param password the administrator's password (stored only as a bcrypt hash)
 */
@ConfigurationProperties("helder.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password) {

    public BootstrapAdminProperties {
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("set both helder.bootstrap-admin.username and helder.bootstrap-admin.password, or neither");
        }
        if (password != null && password.length() < 12) {
            throw new IllegalArgumentException("helder.bootstrap-admin.password must have at least 12 characters");
        }
    }
}
