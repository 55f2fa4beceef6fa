package nl.helder.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer-facing texts. Spring formats a message with {@link java.text.MessageFormat} only when it has
 * arguments, so a doubled apostrophe is right in those and shows up doubled in the others.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final List<String> LANGUAGES = List.of("", "_nl", "_de", "_fr");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void apostrophesAreDoubledExactlyInMessagesWithArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : LANGUAGES) {
            bundle(language).forEach((key, value) -> {
                String text = value.toString();
                boolean formatted = ARGUMENT.matcher(text).find();
                if (!formatted && text.contains("''")) {
                    wrong.add(language + " " + key + ": '' without arguments shows two apostrophes");
                }
                if (formatted && text.replace("''", "").contains("'")) {
                    wrong.add(language + " " + key + ": a single ' in a formatted message is swallowed");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyLanguageHasTheTextsCustomersSee() throws IOException {
        Properties english = bundle("");
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Properties translated = bundle(language);
            List<String> missing = english.stringPropertyNames().stream()
                    .filter(key -> !key.startsWith("card.") || key.equals("card.explain"))
                    .filter(key -> !translated.containsKey(key)).sorted().toList();
            assertThat(missing).as("missing in messages%s", language).isEmpty();
        }
    }
}
