package nl.helder.server.security.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void theAuditTrailKeepsOnlyTheNetwork() {
        assertThat(ClientAddress.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(ClientAddress.network("2001:db8:1:2::7")).isEqualTo("2001:db8:1::/48");
        assertThat(ClientAddress.network("2001:db8::7")).isEqualTo("2001:db8:0::/48");
        assertThat(ClientAddress.network("::1")).isEqualTo("0:0:0::/48");
        assertThat(ClientAddress.network("unknown")).isEqualTo("unknown");
    }

    @Test
    void aThrottledAttemptWaitsAtLeastOneWholeSecond() {
        assertThat(new SignInThrottledException(java.time.Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new SignInThrottledException(java.time.Duration.ofMillis(2001)).retryAfterSeconds()).isEqualTo(3);
        assertThat(new SignInThrottledException(java.time.Duration.ofSeconds(2)).retryAfterSeconds()).isEqualTo(2);
    }
}
