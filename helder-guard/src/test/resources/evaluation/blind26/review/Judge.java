import java.io.*;
import java.nio.charset.StandardCharsets;

/** Reads one message per line from stdin; prints REFUSED or passed, the score, a tab, and the message. */
public class Judge {
    public static void main(String[] args) throws Exception {
        var guard = nl.helder.guard.injection.InjectionGuard.standard();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            var a = guard.assess(line);
            out.println((a.blocked() ? "REFUSED" : "passed") + " " + String.format(java.util.Locale.ROOT, "%.2f", a.score()) + "\t" + line);
        }
    }
}
