package nl.helder.server.compliance.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The one page layout of the generated documents: well-formed XHTML (which openhtmltopdf needs) with a common
 * style, every text escaped, and the PDF rendered from exactly that XHTML, so HTML and PDF always agree.
 */
final class XhtmlDocument {

    private static final String STYLE = """
            body { font-family: sans-serif; font-size: 10.5pt; color: #1d2433; }
            h1 { font-size: 18pt; color: #0b5cad; margin-bottom: 2pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
            table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #c9d1dd; padding: 4pt; text-align: left; vertical-align: top; }
            th { background: #eef2f8; } .class { font-size: 13pt; font-weight: bold; } .overdue { color: #b3261e; font-weight: bold; }
            .small { color: #5b6475; font-size: 8.5pt; }
            """;

    private XhtmlDocument() {
    }

    /** A page with {@code title} as heading, {@code subtitle} in small print under it, then {@code content}. */
    static String page(String locale, String title, String subtitle, Consumer<StringBuilder> content) {
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(escape(locale)).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(escape(title))
                .append("</h1><p class=\"small\">").append(escape(subtitle)).append("</p>");
        content.accept(html);
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
