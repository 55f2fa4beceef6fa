package nl.helder.guard.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A long answer is judged in windows, so its tail is judged too (a behavioural review's finding in round ten). */
class JudgedWindowsTest {

    private static String honestFiller(int length) {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < length) {
            text.append("Uw pakket nummer ").append(n++).append(" wordt op werkdagen tussen 9 en 21 uur bezorgd. ");
        }
        return text.toString();
    }

    @Test
    void aShortAnswerIsOneWindow() {
        assertThat(JudgedWindows.of("Je pakket komt morgen.")).containsExactly("Je pakket komt morgen.");
    }

    @Test
    void aClaimOrAPushInTheTailOfALongAnswerIsFound() {
        String filler = honestFiller(12_000);
        assertThat(new HumanClaimCheck().check(filler, List.of())).isEmpty();
        assertThat(new ManipulationCheck().check(filler, List.of())).isEmpty();
        assertThat(new HumanClaimCheck().check(filler + "Moment, ik pak even een bak koffie en dan kijk ik het na.", List.of())).isNotEmpty();
        assertThat(new ManipulationCheck().check(filler + "Ik heb de reisverzekering alvast voor je toegevoegd.",
                List.of("De reisverzekering is optioneel."))).isNotEmpty();
    }

    /** Every sentence lies whole in some window; no character is read by more than two; no window starts inside an emoji. */
    @Test
    void theWindowsCoverEverySentenceAndStayLinear() {
        String answer = honestFiller(23_456) + "😀".repeat(3_000);
        List<String> windows = JudgedWindows.of(answer);
        assertThat(windows.stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(2 * answer.length());
        assertThat(windows).allMatch(w -> w.length() <= AnswerCues.MAX_JUDGED && !Character.isLowSurrogate(w.charAt(0)));
        assertThat(windows.get(windows.size() - 1)).endsWith("😀");
        for (String sentence : honestFiller(23_456).split("(?<=\\. )")) {
            assertThat(windows).as(sentence).anyMatch(w -> w.contains(sentence.strip()));
        }
    }
}
