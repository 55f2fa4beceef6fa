package nl.helder.server.web.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    private static Pattern trusted(String... entries) {
        return Pattern.compile(TrustedProxies.regex(List.of(entries)));
    }

    @Test
    void addressesAndNetworksBecomeOneExpressionThatMatchesOnlyThem() {
        Pattern pattern = trusted("10.0.0.0/8", "192.168.1.0/24", "127.0.0.2", "::1");
        assertThat(pattern.matcher("10.200.3.4").matches()).isTrue();
        assertThat(pattern.matcher("192.168.1.77").matches()).isTrue();
        assertThat(pattern.matcher("192.168.2.77").matches()).isFalse();
        assertThat(pattern.matcher("127.0.0.2").matches()).isTrue();
        assertThat(pattern.matcher("127.0.0.20").matches()).as("no prefix match").isFalse();
        assertThat(pattern.matcher("127.0.0.1").matches()).isFalse();
        assertThat(pattern.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(pattern.matcher("11.0.0.1").matches()).isFalse();
    }

    @Test
    void whatCannotBeMatchedExactlyIsRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("10.1.2.0/23"))).hasMessageContaining("/8, /16 or /24");
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("proxy.example"))).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> TrustedProxies.regex(List.of("fd00::/8"))).hasMessageContaining("IPv6");
    }
}
