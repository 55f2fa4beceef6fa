package nl.helder.server.web.internal;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorPropertiesTest {

    private static final DataSize TWO_KB = DataSize.ofKilobytes(2);

    @Test
    void theDefaultsAndSensibleSizesBind() {
        ConnectorProperties properties = new ConnectorProperties(TWO_KB, TWO_KB, TWO_KB, DataSize.ofKilobytes(1));
        assertThat(properties.responseBuffer()).isEqualTo(TWO_KB);
        assertThat(new ConnectorProperties(DataSize.ofBytes(256), DataSize.ofMegabytes(1), TWO_KB, DataSize.ofBytes(0)))
                .as("the bounds themselves").isNotNull();
    }

    @Test
    void aSizeOutsideItsRangeStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new ConnectorProperties(TWO_KB, TWO_KB, TWO_KB, DataSize.ofBytes(-1)))
                .hasMessageContaining("helder.web.connector.max-request-trailer-size");
        assertThatThrownBy(() -> new ConnectorProperties(TWO_KB, TWO_KB, DataSize.ofGigabytes(3), TWO_KB))
                .hasMessageContaining("helder.web.connector.response-buffer");
        assertThatThrownBy(() -> new ConnectorProperties(DataSize.ofBytes(16), TWO_KB, TWO_KB, TWO_KB))
                .hasMessageContaining("helder.web.connector.socket-read-buffer");
        assertThatThrownBy(() -> new ConnectorProperties(TWO_KB, DataSize.ofMegabytes(2), TWO_KB, TWO_KB))
                .hasMessageContaining("helder.web.connector.socket-write-buffer");
    }
}
