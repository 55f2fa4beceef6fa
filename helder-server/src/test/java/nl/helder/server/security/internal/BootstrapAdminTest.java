package nl.helder.server.security.internal;

import nl.helder.server.security.BootstrapAdminProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The configured administrator is created once: on a data directory used before, where that user already exists, its
 * password is left alone, and the log says so (a newcomer reusing a directory otherwise sees only a 401).
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

    @Test
    void anExistingConfiguredAdministratorKeepsItsPasswordAndTheLogSaysSo(CapturedOutput output) {
        JdbcUserDetailsManager users = mock(JdbcUserDetailsManager.class);
        when(users.userExists("ops")).thenReturn(true);
        new BootstrapAdmin(new BootstrapAdminProperties("ops", "a-new-password-1"), users, NoOpPasswordEncoder.getInstance(),
                mock(JdbcClient.class)).afterSingletonsInstantiated();

        verify(users, never()).createUser(any());
        verify(users, never()).updateUser(any());
        assertThat(output).contains("Administrator 'ops' already exists; helder.bootstrap-admin.password only sets the password of a new one");
    }

    @Test
    void aNewConfiguredAdministratorIsCreated(CapturedOutput output) {
        JdbcUserDetailsManager users = mock(JdbcUserDetailsManager.class);
        new BootstrapAdmin(new BootstrapAdminProperties("ops", "a-new-password-1"), users, NoOpPasswordEncoder.getInstance(),
                mock(JdbcClient.class)).afterSingletonsInstantiated();

        verify(users).createUser(any());
        assertThat(output).contains("Created administrator 'ops' from helder.bootstrap-admin").doesNotContain("already exists");
    }
}
