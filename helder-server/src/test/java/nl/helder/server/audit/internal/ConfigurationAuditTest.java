package nl.helder.server.audit.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationAuditTest {

    @ParameterizedTest
    @ValueSource(strings = {"helder.privacy.encryption-key", "HELDER_PRIVACY_ENCRYPTION_KEY", "helder.bootstrap-admin.password",
            "HELDER_BOOTSTRAP_ADMIN_PASSWORD", "helder.llm.api-key", "HELDER_LLM_API_KEY", "helder.llm.apiKey", "HELDER_SOME_TOKEN",
            "helder.mail.secret"})
    void secretsAreRecognisedInPropertyAndEnvironmentSpelling(String name) {
        assertThat(ConfigurationAudit.isSecret(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"helder.privacy.transcript-retention", "HELDER_DATA_DIR", "helder.handoff.notify-to", "helder.privacy.keep"})
    void ordinarySettingsAreShown(String name) {
        assertThat(ConfigurationAudit.isSecret(name)).isFalse();
    }
}
