package nl.helder.server.conversation.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerTokensTest {

    @Test
    void tokensAreRandomAndOnlyTheirHashIsNeededToCheckThem() {
        String token = CustomerTokens.newToken();
        String hash = CustomerTokens.hash(token);

        assertThat(token).hasSize(43).doesNotContain("+", "/", "=");
        assertThat(CustomerTokens.newToken()).isNotEqualTo(token);
        assertThat(hash).hasSize(64).doesNotContain(token);
        assertThat(CustomerTokens.matches(token, hash)).isTrue();
        assertThat(CustomerTokens.matches(token + "x", hash)).isFalse();
    }
}
