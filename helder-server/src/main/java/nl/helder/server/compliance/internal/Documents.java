package nl.helder.server.compliance.internal;

import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.AuditTrail;
import nl.helder.server.audit.ChainVerification;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The documents generated from the workspace's data, in English or Dutch, as XHTML (rendered to PDF by
 * {@link XhtmlDocument#pdf}): the transparency statement for the website, the register export, the literacy
 * report and the audit report for a supervisor.
 */
@Component
class Documents {

    enum Kind { TRANSPARENCY_STATEMENT, REGISTER, LITERACY_REPORT, AUDIT_REPORT }

    private final ComplianceService compliance;
    private final Literacy literacy;
    private final AuditTrail audit;
    private final Clock clock;

    Documents(ComplianceService compliance, Literacy literacy, AuditTrail audit, Clock clock) {
        this.compliance = compliance;
        this.literacy = literacy;
        this.audit = audit;
        this.clock = clock;
    }

    String html(Kind kind, String locale) {
        boolean nl = "nl".equals(locale);
        return switch (kind) {
            case TRANSPARENCY_STATEMENT -> page(locale, nl ? "Hoe wij AI gebruiken" : "How we use AI", body -> transparency(body, nl, locale));
            case REGISTER -> page(locale, nl ? "AI-register" : "AI register", body -> register(body, nl, locale));
            case LITERACY_REPORT -> page(locale, nl ? "AI-geletterdheid van medewerkers (art. 4)" : "AI literacy of staff (Art. 4)",
                    body -> literacyReport(body, nl));
            case AUDIT_REPORT -> page(locale, nl ? "Auditverslag" : "Audit report", body -> auditReport(body, nl));
        };
    }

    private void transparency(StringBuilder b, boolean nl, String locale) {
        List<ComplianceService.SystemView> public_ = compliance.overview(locale).stream()
                .filter(v -> v.system().interactsWithPersons() && v.system().status() != AiRegister.Status.RETIRED).toList();
        p(b, nl ? "Wij gebruiken kunstmatige intelligentie (AI) in ons contact met klanten. Hier leest u waar, waarvoor, en wat u "
                + "daarvan merkt." : "We use artificial intelligence (AI) when we are in contact with customers. This page says where, "
                + "what for, and what it means for you.");
        for (ComplianceService.SystemView view : public_) {
            b.append("<h2>").append(e(view.system().name())).append("</h2>");
            p(b, view.system().purpose());
            if (view.classification() != null) {
                p(b, (nl ? "Risicoklasse volgens de AI-verordening: " : "Risk class under the AI Act: ") + view.classification().riskClass());
            }
        }
        b.append("<h2>").append(nl ? "Wat u ervan merkt" : "What this means for you").append("</h2><ul>");
        li(b, nl ? "U ziet altijd, vanaf het eerste bericht, dat u met een AI-assistent praat (AI-verordening art. 50)."
                : "You always see, from the first message, that you are talking to an AI assistant (AI Act Art. 50).");
        li(b, nl ? "U kunt altijd een medewerker vragen: met de knop, door het te typen, of door een bericht achter te laten als niemand online is."
                : "You can always ask for a person: with the button, by typing it, or by leaving a message when nobody is online.");
        li(b, nl ? "De assistent antwoordt alleen uit onze eigen hulpartikelen, met de bron erbij, en zegt het als hij iets niet weet."
                : "The assistant answers only from our own help articles, shows the source, and says so when it does not know.");
        li(b, nl ? "Over betalingsregelingen, claims, sollicitaties en andere belangrijke zaken beslist altijd een mens."
                : "A person always decides on payment arrangements, claims, job applications and other important matters.");
        li(b, nl ? "Geeft een medewerker het gesprek terug aan de assistent, dan ziet u opnieuw dat u met AI praat."
                : "When a person hands the conversation back to the assistant, you are told again that you are talking to an AI.");
        li(b, nl ? "Persoonsgegevens die u typt (zoals een BSN of IBAN) maken wij onleesbaar voordat er iets wordt opgeslagen. U kunt inzage "
                + "of verwijdering vragen (AVG art. 15 en 17)." : "Personal details you type (such as a citizen service number or IBAN) are "
                + "made unreadable before anything is stored. You can ask to see or erase your data (GDPR Art. 15 and 17).");
        b.append("</ul>");
        b.append("<h2>").append(nl ? "Wat de toezichthouders vragen" : "What the Dutch regulators ask").append("</h2>");
        p(b, nl ? "In hun gezamenlijke oproep van 2 oktober 2025 vragen de Autoriteit Persoonsgegevens (AP) en de Autoriteit Consument & "
                + "Markt (ACM) organisaties die AI-chatbots gebruiken om klanten altijd een mens te laten bereiken, duidelijk te zijn over "
                + "het gebruik van een chatbot, en te voorkomen dat de chatbot onjuiste, ontwijkende of misleidende antwoorden geeft. Dat "
                + "een klant snel, rechtstreeks en effectief met ons moet kunnen communiceren, volgt al uit het Burgerlijk Wetboek "
                + "(art. 3:15d lid 1 sub b BW); feitelijk onjuiste of misleidende informatie aan consumenten is een misleidende "
                + "handelspraktijk (art. 6:193c BW). Zo doen wij dat: een medewerker is altijd te vragen, en buiten openingstijden laat u "
                + "een bericht achter met een referentienummer; de assistent antwoordt alleen uit goedgekeurde artikelen met de bron, en "
                + "een antwoord dat zijn bronnen niet dragen wordt tegengehouden: dan zegt hij dat hij het niet weet en biedt hij een "
                + "medewerker aan."
                : "In their joint call of 2 October 2025 the Dutch Data Protection Authority (AP) and the Authority for Consumers and "
                + "Markets (ACM) asked organisations that use AI chatbots to keep a person reachable at all times, to be clear that a "
                + "chatbot is used, and to prevent the chatbot from giving incorrect, evasive or misleading answers. That customers must "
                + "be able to communicate with us quickly, directly and effectively already follows from the Dutch Civil Code "
                + "(art. 3:15d(1)(b) BW); giving consumers factually incorrect or misleading information is a misleading commercial "
                + "practice (art. 6:193c BW). This is how we do it: you can always ask for a person, and outside opening hours you leave "
                + "a message and get a reference number; the assistant answers only from approved articles, with the source, and an "
                + "answer its sources do not support is withheld: it then says it does not know and offers a person.");
    }

    private void register(StringBuilder b, boolean nl, String locale) {
        b.append("<table><tr><th>").append(nl ? "Systeem" : "System").append("</th><th>").append(nl ? "Doel" : "Purpose")
                .append("</th><th>").append(nl ? "Eigenaar / leverancier" : "Owner / vendor").append("</th><th>")
                .append(nl ? "Klasse" : "Class").append("</th><th>").append(nl ? "Verplichtingen (open / te laat)" : "Obligations (open / overdue)")
                .append("</th></tr>");
        for (ComplianceService.SystemView view : compliance.overview(locale)) {
            long open = view.obligations().stream().filter(o -> o.status() == AiRegister.ObligationStatus.OPEN
                    || o.status() == AiRegister.ObligationStatus.IN_PROGRESS).count();
            long overdue = view.obligations().stream().filter(ComplianceService.ObligationView::overdue).count();
            b.append("<tr><td>").append(e(view.system().name())).append("</td><td>").append(e(view.system().purpose())).append("</td><td>")
                    .append(e(view.system().owner())).append(view.system().vendor() == null ? "" : " / " + e(view.system().vendor()))
                    .append("</td><td>").append(view.classification() == null ? "–" : view.classification().riskClass().name()
                            + " (" + (nl ? "regels " : "rules ") + view.classification().rulesVersion() + ")")
                    .append("</td><td>").append(open).append(" / ").append(overdue).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void literacyReport(StringBuilder b, boolean nl) {
        Literacy.Report report = literacy.report();
        p(b, (nl ? "Module " : "Module ") + report.moduleId() + " (" + report.moduleVersion() + "), "
                + (nl ? "geldig " : "valid for ") + report.validityDays() + (nl ? " dagen." : " days."));
        b.append("<h2>").append(nl ? "Dekking per rol" : "Coverage per role").append("</h2><table><tr><th>Rol</th><th>")
                .append(nl ? "Medewerkers" : "Staff").append("</th><th>").append(nl ? "Geldig getraind" : "Validly trained").append("</th></tr>");
        report.coverage().forEach(c -> b.append("<tr><td>").append(e(c.role())).append("</td><td>").append(c.staff()).append("</td><td>")
                .append(c.valid()).append("</td></tr>"));
        b.append("</table><h2>").append(nl ? "Per medewerker" : "Per person").append("</h2><table><tr><th>")
                .append(nl ? "Medewerker" : "Person").append("</th><th>Status</th><th>").append(nl ? "Laatst geslaagd" : "Last passed")
                .append("</th><th>").append(nl ? "Verloopt" : "Expires").append("</th><th>Score</th></tr>");
        report.staff().forEach(s -> b.append("<tr><td>").append(e(s.displayName())).append(" (").append(e(s.username())).append(")</td><td>")
                .append(s.status()).append("</td><td>").append(date(s.lastPassedAt())).append("</td><td>").append(date(s.expiresAt()))
                .append("</td><td>").append(s.lastScore() == null ? "–" : s.lastScore() + "/" + s.lastOf()).append("</td></tr>"));
        b.append("</table>");
    }

    private void auditReport(StringBuilder b, boolean nl) {
        ChainVerification verification = audit.verify();
        p(b, (nl ? "Integriteit van de hashketen: " : "Integrity of the hash chain: ") + (verification.valid()
                ? (nl ? "intact" : "intact") : (nl ? "GEBROKEN bij item " : "BROKEN at entry ") + verification.firstBrokenEntry() + ": "
                + verification.problem()) + " · " + verification.entries() + (nl ? " items." : " entries."));
        Instant to = clock.instant();
        List<AuditEvent> recent = audit.between(to.minus(Duration.ofDays(30)), to, 100_000);
        Map<String, Long> perType = new TreeMap<>();
        recent.forEach(event -> perType.merge(event.type(), 1L, Long::sum));
        b.append("<h2>").append(nl ? "Gebeurtenissen, laatste 30 dagen" : "Events, last 30 days").append("</h2><table>");
        perType.forEach((type, count) -> b.append("<tr><td>").append(e(type)).append("</td><td>").append(count).append("</td></tr>"));
        b.append("</table><h2>").append(nl ? "Laatste 50 items" : "Newest 50 entries").append("</h2><table><tr><th>")
                .append(nl ? "Tijd (UTC)" : "Time (UTC)").append("</th><th>Type</th><th>").append(nl ? "Door" : "Actor").append("</th><th>Details</th></tr>");
        recent.subList(Math.max(0, recent.size() - 50), recent.size()).forEach(event -> b.append("<tr><td>").append(event.occurredAt())
                .append("</td><td>").append(e(event.type())).append("</td><td>").append(e(event.actor())).append("</td><td>")
                .append(e(event.details())).append("</td></tr>"));
        b.append("</table>");
        p(b, nl ? "De volledige keten met hashes: GET /api/v1/admin/audit; controleren: GET /api/v1/admin/audit/verify."
                : "The full chain with hashes: GET /api/v1/admin/audit; verify it: GET /api/v1/admin/audit/verify.");
    }

    private String page(String locale, String title, Consumer<StringBuilder> content) {
        return XhtmlDocument.page(locale, title, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + " · Helder", content);
    }

    private static void p(StringBuilder b, String text) {
        b.append("<p>").append(e(text)).append("</p>");
    }

    private static void li(StringBuilder b, String text) {
        b.append("<li>").append(e(text)).append("</li>");
    }

    private static String date(Instant instant) {
        return instant == null ? "–" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String e(String text) {
        return XhtmlDocument.escape(text);
    }
}
