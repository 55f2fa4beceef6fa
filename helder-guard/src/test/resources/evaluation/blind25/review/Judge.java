import java.io.*;
import java.nio.charset.StandardCharsets;

/** Reads one message per line from stdin; prints the detected signals, a tab, and the message. */
public class Judge {
    public static void main(String[] args) throws Exception {
        var detector = new nl.helder.guard.signals.ConversationSignals();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.println(new java.util.TreeSet<>(detector.detect(line)) + "\t" + line);
        }
    }
}
