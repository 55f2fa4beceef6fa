package nl.helder.server.compliance.internal;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The per-system fact sheet for the register, in Dutch or English: what the system is, its class with the
 * reasoning and articles, and its obligations with deadlines and progress. As XHTML, and as PDF rendered from
 * the same XHTML by openhtmltopdf, so both always say the same.
 */
@Component
class FactSheet {

    private final RulesVersions versions;

    FactSheet(RulesVersions versions) {
        this.versions = versions;
    }

    String html(ComplianceService.SystemView view, String locale) {
        boolean nl = "nl".equals(locale);
        AiRegister.AiSystem system = view.system();
        String subtitle = (nl ? "Factsheet AI-register · " : "AI register fact sheet · ") + LocalDate.now(ZoneOffset.UTC);
        AiActRules classifiedWith = versions.orCurrent(system.rulesVersion()).rules();
        AiActRules current = versions.current().rules();
        return XhtmlDocument.page(locale, system.name(), subtitle, html -> {
            body(html, view, nl, classifiedWith.source() + (classifiedWith.status() == null ? "" : " · " + classifiedWith.status().in(locale)));
            if (view.changes() != null) {
                // Classified under an earlier version: say what the current rules move, so the sheet does not mislead.
                html.append("<p class=\"overdue\">").append(e((nl ? "Geclassificeerd onder een eerdere versie van de regels. Onder de huidige regels ("
                        : "Classified under an earlier version of the rules. Under the current rules (") + view.changes().toLaw() + ", "
                        + view.changes().toVersion() + ") " + view.changes().moved().size()
                        + (nl ? " verplichting(en) met een andere datum; classificeer opnieuw." : " obligation(s) apply from another date; re-classify.")))
                        .append("</p>");
            }
            // Fines follow the law as it stands now (the current rules), whatever version the system was classified with.
            if (current.fines() != null) {
                html.append("<h2>").append(nl ? "Boetes" : "Fines").append("</h2><p>").append(e(current.fines().in(locale))).append("</p>");
                if (current.status() != null) {
                    html.append("<p class=\"small\">").append(e(current.status().in(locale))).append("</p>");
                }
            }
        });
    }

    private static void body(StringBuilder html, ComplianceService.SystemView view, boolean nl, String rulesSource) {
        AiRegister.AiSystem system = view.system();
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
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(e(label)).append("</th><td>").append(value == null || value.isBlank() ? "–" : e(value)).append("</td></tr>");
    }

    private static String e(String text) {
        return XhtmlDocument.escape(text);
    }
}
