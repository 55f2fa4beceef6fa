package nl.helder.server.compliance.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BannerContrastTest {

    @Test
    void theContrastRatioIsWcags() {
        assertThat(BannerContrast.of(":host { color: #000000; }\n.banner { background: #ffffff; }").ratio()).isCloseTo(21.0, within(0.01));
        BannerContrast grey = BannerContrast.of(":host { font-size: 15px; color: #777777; }\n.banner { margin: 0; background: #ffffff; }");
        assertThat(grey.ratio()).isCloseTo(4.48, within(0.01));
        assertThat(grey.passes()).as("#777 on white just fails AA").isFalse();
        assertThat(BannerContrast.of(".banner { background: #ffffff; }")).as("no text colour stated: no verdict").isNull();
    }

    @Test
    void theShippedBannerIsReadable() throws IOException {
        try (InputStream in = BannerContrastTest.class.getResourceAsStream("/static/widget/helder-widget.css")) {
            BannerContrast shipped = BannerContrast.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(shipped.text()).isEqualTo("#1d2433");
            assertThat(shipped.background()).isEqualTo("#fff4cc");
            assertThat(shipped.passes()).isTrue();
        }
    }
}
