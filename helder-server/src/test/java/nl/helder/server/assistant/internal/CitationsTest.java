package nl.helder.server.assistant.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CitationsTest {

    @Test
    void readsCitedNumbersAndRemovesTheMarkers() {
        Citations citations = Citations.in("Je pakket komt morgen [1]. Retourneren kan 30 dagen [2, 3].");

        assertThat(citations.cited()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(citations.text()).isEqualTo("Je pakket komt morgen. Retourneren kan 30 dagen.");
    }

    @Test
    void bracketsThatAreNotCitationsStay() {
        Citations citations = Citations.in("Stuur [IBAN] niet mee [zie boven].");

        assertThat(citations.cited()).isEmpty();
        assertThat(citations.text()).isEqualTo("Stuur [IBAN] niet mee [zie boven].");
    }

    @Test
    void aMillionOpeningBracketsAreReadInLinearTime() {
        String hostile = "[".repeat(1_000_000);
        Citations citations = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Citations.in(hostile));
        assertThat(citations.cited()).isEmpty();
    }
}
