package nl.helder.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether two builds of helder-guard judge every message alike: this build and the one in {@code --old-classes}, each
 * in a class loader of its own, run the whole standard input guard (personal data, overlap resolution, redaction,
 * signals, injection) and the privacy guard's raw findings on every text found under the given folders, and the
 * results must be equal, character for character. A speed change to the guards must leave this at zero differences.
 *
 * <p>The texts are a superset of the messages: every line of every file, every tab-separated field of it (also with
 * {@code \n} escapes turned into line breaks), every string value of a JSON line, and each file's first 20,000
 * characters as one long message. For files whose name says "report" (the blind report sets) it prints only counts,
 * never a text or a finding, so that their individual mistakes stay unread.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar nl.helder.bench.GuardDifferential
 * --old-classes <old build's helder-guard/target/classes> helder-guard/src/test/resources/evaluation helder-guard/training}
 */
@Command(name = "helder-guard-differential", mixinStandardHelpOptions = true,
        description = "Runs two builds of the input guards on every message under the folders and compares the results.")
public final class GuardDifferential implements Callable<Integer> {

    @Option(names = "--old-classes", required = true, description = "A folder or jar with the other build of helder-guard.")
    Path oldClasses;

    @Option(names = "--show", description = "How many differences to print in full (never from report files; default: ${DEFAULT-VALUE}).")
    int show = 5;

    @CommandLine.Parameters(description = "Folders (or files) whose texts are compared.")
    List<Path> roots = new ArrayList<>();

    private static final int LONG_MESSAGE = 20_000;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GuardDifferential()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Build old = new Build(oldClasses);
        Build current = new Build(Path.of(nl.helder.guard.InputGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        long texts = 0;
        long differences = 0;
        long findings = 0;
        int shown = 0;
        for (Path file : files) {
            boolean report = file.getFileName().toString().contains("report") || file.toString().contains("report-author");
            Set<String> fileTexts = texts(file);
            long fileDifferences = 0;
            for (String text : fileTexts) {
                String a = old.judge(text);
                String b = current.judge(text);
                texts++;
                findings += b.chars().filter(c -> c == '\u0001').count();
                if (!a.equals(b)) {
                    differences++;
                    fileDifferences++;
                    if (!report && shown < show) {
                        shown++;
                        System.out.printf("DIFFERENT in %s:%n  text: %s%n  old:  %s%n  new:  %s%n", file, text, a, b);
                    }
                }
            }
            System.out.printf("%-90s %6d texts %4d different%n", file, fileTexts.size(), fileDifferences);
        }
        System.out.printf("%d files, %d texts, %d raw findings, %d different%n", files.size(), texts, findings, differences);
        return differences == 0 ? 0 : 1;
    }

    /** The texts of one file, without repeats. */
    private static Set<String> texts(Path file) throws Exception {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Set<String> texts = new LinkedHashSet<>();
        texts.add(content.length() > LONG_MESSAGE ? content.substring(0, LONG_MESSAGE) : content);
        JsonFactory json = new JsonFactory();
        for (String line : content.split("\n", -1)) {
            texts.add(line);
            if (line.indexOf('\t') >= 0) {
                for (String field : line.split("\t", -1)) {
                    texts.add(field);
                    texts.add(field.replace("\\n", "\n"));
                }
            }
            if (line.startsWith("{")) {
                try (JsonParser parser = json.createParser(line)) {
                    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                        if (token == JsonToken.VALUE_STRING) {
                            texts.add(parser.getText());
                        }
                    }
                } catch (Exception notJson) {
                    // the line itself is compared already
                }
            }
        }
        return texts;
    }

    /** One build of helder-guard in its own class loader. */
    private static final class Build {
        private final Object inputGuard;
        private final Method scan;
        private final Object privacyGuard;
        private final Method detect;

        Build(Path classes) throws Exception {
            Path lib = Path.of(GuardDifferential.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("lib");
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(p -> !p.getFileName().toString().startsWith("helder-guard")).sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            inputGuard = loader.loadClass("nl.helder.guard.Guards").getMethod("standardInputGuard").invoke(null);
            scan = inputGuard.getClass().getMethod("scan", String.class);
            Class<?> privacy = loader.loadClass("nl.helder.guard.privacy.PrivacyGuard");
            privacyGuard = privacy.getMethod("standard").invoke(null);
            detect = privacy.getMethod("detect", String.class);
        }

        /** Everything the guards say about {@code text}, as one string: the scan, then the raw findings sorted. */
        String judge(String text) throws Exception {
            Object scanned = scan.invoke(inputGuard, text);
            List<String> raw = new ArrayList<>();
            for (Object finding : (List<?>) detect.invoke(privacyGuard, text)) {
                raw.add(finding.toString());
            }
            raw.sort(null);
            // Signals are a Set.copyOf: its order is the JVM's, so sort it for a stable comparison.
            Object signals = scanned.getClass().getMethod("signals").invoke(scanned);
            List<String> sortedSignals = new ArrayList<>();
            for (Object signal : (Set<?>) signals) {
                sortedSignals.add(signal.toString());
            }
            sortedSignals.sort(null);
            return scanned.getClass().getMethod("redacted").invoke(scanned) + "\n"
                    + scanned.getClass().getMethod("findings").invoke(scanned) + "\n" + sortedSignals + "\n"
                    + scanned.getClass().getMethod("injection").invoke(scanned) + "\n" + raw.stream().map(finding -> "\u0001" + finding).collect(Collectors.joining());
        }
    }
}
