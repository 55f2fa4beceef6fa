package nl.helder.server.compliance.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The per-system fact sheet for the register, in Dutch or English: what the system is, its class with the
 * reasoning and articles, and its obligations with deadlines and progress. As XHTML, and as PDF rendered from
 * the same XHTML by openhtmltopdf, so both always say the same.
 */
@Component
class FactSheet {

    String html(ComplianceService.SystemView view, String locale, String rulesSource) {
        boolean nl = "nl".equals(locale);
        AiRegister.AiSystem system = view.system();
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                body { font-family: sans-serif; font-size: 10.5pt; color: #1d2433; }
                h1 { font-size: 18pt; color: #0b5cad; margin-bottom: 2pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }
                table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #c9d1dd; padding: 4pt; vertical-align: top; text-align: left; }
                th { background: #eef2f8; } .class { font-size: 13pt; font-weight: bold; } .overdue { color: #b3261e; font-weight: bold; }
                .small { color: #5b6475; font-size: 8.5pt; }
                </style></head><body>
                """.formatted(locale, e(system.name())));
        html.append("<h1>").append(e(system.name())).append("</h1>");
        html.append("<p class=\"small\">").append(nl ? "Factsheet AI-register · " : "AI register fact sheet · ")
                .append(LocalDate.now(ZoneOffset.UTC)).append("</p>");
        html.append("<table>");
        row(html, nl ? "Doel" : "Purpose", system.purpose());
        row(html, nl ? "Eigenaar" : "Owner", system.owner());
        row(html, nl ? "Leverancier" : "Vendor", system.vendor());
        row(html, nl ? "Contact met mensen" : "Interacts with people", system.interactsWithPersons() ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"));
        row(html, nl ? "Gegevenscategorieën" : "Data categories", system.dataCategories());
        row(html, nl ? "In gebruik sinds" : "Deployed on", system.deployedOn() == null ? null : system.deployedOn().toString());
        row(html, "Status", system.status().name());
        html.append("</table>");
        html.append("<h2>").append(nl ? "Risicoklasse (AI-verordening)" : "Risk class (AI Act)").append("</h2>");
        if (view.classification() == null) {
            html.append("<p>").append(nl ? "Nog niet geclassificeerd." : "Not classified yet.").append("</p>");
        } else {
            html.append("<p class=\"class\">").append(e(view.classification().riskClass().name())).append("</p><ul>");
            view.classification().reasons().forEach(reason -> html.append("<li>").append(e(reason.text())).append(" <b>(")
                    .append(e(reason.reference())).append(")</b></li>"));
            html.append("</ul><p class=\"small\">").append(nl ? "Regels versie " : "Rules version ")
                    .append(e(view.classification().rulesVersion())).append(" · ").append(e(rulesSource));
            if (system.classifiedAt() != null) {
                html.append(" · ").append(nl ? "geclassificeerd door " : "classified by ").append(e(system.classifiedBy()))
                        .append(", ").append(system.classifiedAt().atOffset(ZoneOffset.UTC).toLocalDate());
            }
            html.append("</p>");
            html.append("<h2>").append(nl ? "Verplichtingen" : "Obligations").append("</h2><table><tr><th>")
                    .append(nl ? "Verplichting" : "Obligation").append("</th><th>").append(nl ? "Artikel" : "Article").append("</th><th>")
                    .append(nl ? "Uiterlijk" : "Due").append("</th><th>Status</th></tr>");
            view.obligations().forEach(o -> html.append("<tr><td>").append(e(o.text())).append("</td><td>").append(e(o.reference()))
                    .append("</td><td>").append(o.due()).append("</td><td").append(o.overdue() ? " class=\"overdue\">" : ">")
                    .append(o.status().name()).append(o.overdue() ? (nl ? " (te laat)" : " (overdue)") : "").append("</td></tr>"));
            html.append("</table>");
        }
        if (!view.liveChecks().isEmpty()) {
            html.append("<h2>").append(nl ? "Live gecontroleerd" : "Checked live").append("</h2><table>");
            view.liveChecks().forEach(check -> html.append("<tr><td>").append(check.passed() ? "✓" : "✗").append(" ")
                    .append(e(check.name())).append("</td><td>").append(e(check.detail())).append("</td><td>").append(e(check.reference()))
                    .append("</td></tr>"));
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    byte[] pdf(String xhtml) {
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

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(e(label)).append("</th><td>").append(value == null || value.isBlank() ? "–" : e(value)).append("</td></tr>");
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
