package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty ordinary customer messages without personal data, ten per language, written for issue 14's fourth round as
 * hard look-alikes for the privacy guard (flight numbers, product codes, the company's own account and address,
 * places and brands that are also names, questions about care in general); none comes from an evaluation file.
 * Each line carries how many findings the guard of {@code 3ba0464} (before round four) made on it: no message may
 * get more now, bar the one listed below, and all forty together no more than today's two.
 */
class OwnLookAlikesTest {

    /**
     * "Est-ce que Jean Jaurès est le nom de votre nouvelle boutique ?": a person's full name used as a shop's name,
     * read as a name by the retrained model (p 0.59); the guard of 3ba0464 left it alone. Kept as a known cost.
     */
    private static final Set<String> KNOWN_NEW = Set.of("Est-ce que Jean Jaurès est le nom de votre nouvelle boutique à Toulouse ?");

    @Test
    void theGuardFiresOnTheLookAlikesNoMoreThanBeforeRoundFour() throws IOException {
        PrivacyGuard guard = PrivacyGuard.standard();
        int messages = 0;
        int before = 0;
        List<String> findings = new ArrayList<>();
        for (String line : lines()) {
            String[] columns = line.split("\t");
            String text = columns[1];
            int old = Integer.parseInt(columns[2]);
            List<PersonalDataFinding> now = guard.detect(text);
            messages++;
            before += old;
            now.forEach(f -> findings.add(f.type() + "=" + text.substring(f.start(), f.end()) + " in: " + text));
            if (!KNOWN_NEW.contains(text)) {
                assertThat(now.size()).as(text + " " + now).isLessThanOrEqualTo(old);
            }
        }
        assertThat(messages).isEqualTo(40);
        assertThat(before).isEqualTo(18);
        assertThat(findings).as(String.join("\n", findings)).hasSizeLessThanOrEqualTo(2);
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = OwnLookAlikesTest.class.getResourceAsStream("/privacy/own-look-alikes.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
