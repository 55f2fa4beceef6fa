package nl.helder.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a run's results as {@code report.json}, {@code report.html} (with the transcripts) and {@code junit.xml}. */
final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    static void write(Path folder, String target, String adapter, List<CheckResult> results) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("target", target);
        report.put("adapter", adapter);
        report.put("finishedAt", Instant.now().toString());
        report.put("checks", results);
        Files.writeString(folder.resolve("report.json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), html(target, results), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("junit.xml"), junit(results), StandardCharsets.UTF_8);
    }

    private static String html(String target, List<CheckResult> results) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>helder-probe report</title><style>
                body{font-family:system-ui,sans-serif;color:#1d2433;max-width:1000px;margin:24px auto;padding:0 16px}
                .PASS{color:#1d6b35}.FAIL{color:#b3261e}.INCONCLUSIVE{color:#8a6d00}
                table{border-collapse:collapse;width:100%;font-size:14px}td,th{border:1px solid #dde2ea;padding:6px;vertical-align:top;text-align:left}
                pre{white-space:pre-wrap;margin:0;font-size:13px}</style></head><body>
                """);
        html.append("<h1>helder-probe report</h1><p>Target: <code>").append(escape(target)).append("</code></p><table><tr><th>Check</th>"
                + "<th>Verdict</th><th>Rule</th><th>Summary</th></tr>");
        for (CheckResult result : results) {
            html.append("<tr><td><a href=\"#").append(result.id()).append("\">").append(result.id()).append("</a></td><td class=\"")
                    .append(result.verdict()).append("\">").append(result.verdict()).append("</td><td>").append(escape(result.rule()))
                    .append("</td><td>").append(escape(result.summary())).append("</td></tr>");
        }
        html.append("</table>");
        for (CheckResult result : results) {
            html.append("<h2 id=\"").append(result.id()).append("\">").append(result.id()).append(" <span class=\"").append(result.verdict())
                    .append("\">").append(result.verdict()).append("</span></h2><table><tr><th>Lang</th><th>Sent</th><th>Received</th><th>Finding</th></tr>");
            for (CheckResult.Exchange exchange : result.evidence()) {
                html.append("<tr><td>").append(escape(exchange.locale())).append("</td><td><pre>").append(escape(exchange.sent()))
                        .append("</pre></td><td><pre>").append(escape(exchange.received())).append("</pre></td><td class=\"")
                        .append(exchange.verdict()).append("\">").append(escape(exchange.finding())).append("</td></tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    private static String junit(List<CheckResult> results) {
        long failures = results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
        long skipped = results.stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"helder-probe\" tests=\"")
                .append(results.size()).append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        for (CheckResult result : results) {
            xml.append("  <testcase classname=\"helder-probe\" name=\"").append(result.id()).append("\">");
            if (result.verdict() == Verdict.FAIL) {
                xml.append("<failure message=\"").append(escape(result.summary())).append("\">");
                result.evidence().stream().filter(e -> e.verdict() == Verdict.FAIL).forEach(e -> xml.append(escape("[" + e.locale() + "] "
                        + e.sent() + " -> " + e.received() + " (" + e.finding() + ")\n")));
                xml.append("</failure>");
            } else if (result.verdict() == Verdict.INCONCLUSIVE) {
                xml.append("<skipped message=\"").append(escape(result.summary())).append("\"/>");
            }
            xml.append("</testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** Escapes for HTML and XML text and attributes; drops characters XML 1.0 cannot carry. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
