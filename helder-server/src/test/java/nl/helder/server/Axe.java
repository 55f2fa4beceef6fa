package nl.helder.server;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs axe-core (the version embedded in {@code com.deque.html.axe-core:playwright}) on the page as it is now,
 * shadow roots included, and fails on any serious or critical violation. Every audit also leaves one line in
 * {@code target/axe/<name>.txt} (counts per impact and the rules), the figures the README's before/after table
 * is made of.
 */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    private Axe() {
    }

    /**
     * Audits the page and fails listing each serious or critical violation with the elements it was found on.
     * Returns the axe version that ran.
     */
    public static String assertNoSeriousViolations(Page page, String name) {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe could not run on " + name + ": " + results.getErrorMessage());
        }
        record(name, results);
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe " + results.getTestEngine().getVersion() + " on " + name + ": "
                    + blocking.size() + " serious or critical violation(s)\n"
                    + blocking.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
        return results.getTestEngine().getVersion();
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml())
                .collect(Collectors.joining("\n"));
    }

    private static void record(String name, AxeResults results) {
        Map<String, Integer> nodes = new TreeMap<>();
        results.getViolations().forEach(rule -> nodes.merge(rule.getImpact(), rule.getNodes().size(), Integer::sum));
        String line = name + "\taxe " + results.getTestEngine().getVersion() + "\t"
                + IMPACTS.stream().map(impact -> impact + "=" + nodes.getOrDefault(impact, 0)).collect(Collectors.joining(" "))
                + "\t" + results.getViolations().stream().map(rule -> rule.getId() + "(" + rule.getImpact() + "," + rule.getNodes().size() + ")")
                .collect(Collectors.joining(" ")) + "\n";
        try {
            Path file = Path.of("target/axe", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
