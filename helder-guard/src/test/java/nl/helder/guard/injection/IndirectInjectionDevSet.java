package nl.helder.guard.injection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The development examples of {@code indirect-injection-dev.txt}: articles the document check was tuned on. */
record IndirectInjectionDevSet(String name, boolean planted, String text) {

    static final Path FILE = Path.of("src/test/resources/evaluation/indirect-injection-dev.txt");

    static List<IndirectInjectionDevSet> read() throws IOException {
        List<IndirectInjectionDevSet> examples = new ArrayList<>();
        String name = null;
        boolean planted = false;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") && name == null) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (name != null) {
                    examples.add(new IndirectInjectionDevSet(name, planted, text.toString()));
                }
                String[] head = line.split(" ");
                planted = head[1].equals("PLANTED");
                name = head[2];
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            examples.add(new IndirectInjectionDevSet(name, planted, text.toString()));
        }
        return examples;
    }
}
