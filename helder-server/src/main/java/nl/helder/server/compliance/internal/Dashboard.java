package nl.helder.server.compliance.internal;

import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.AuditTrail;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.conversation.ConversationStatistics;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance dashboard: per day, conversations, hand-offs (rate and reasons), unanswered questions, guard
 * triggers by type, and disclosure coverage; plus open and overdue obligations. Built from the audit trail
 * (what was decided) and the conversation statistics, never from message contents other than the redacted
 * unanswered questions.
 */
@Service
class Dashboard {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_EVENTS = 200_000;

    record Day(LocalDate date, long conversations, long handoffs, long noAnswers, long disclosed) {
    }

    /**
     * Where the workspace stands, for the list of what to do first.
     *
     * @param toReclassify  systems classified under an earlier rules version than the current one
     * @param literacyDuty  the Art. 4 duty as the current rules word it, with {@code literacyNote} on what is not settled
     * @param law           the text of the Act the current rules follow, with {@code status} on what is not confirmed
     */
    record Setup(int systems, int unclassified, int toReclassify, int staff, int staffTrained, String literacyDuty, String literacyNote,
                 int vendors, int vendorsNotAssessed, String rulesVersion, String law, String status) {
    }

    /** @param openObligationsByDate open obligations counted by the date they apply from: what is due when */
    record View(List<Day> days, Map<String, Long> handoffReasons, Map<String, Long> personalDataRedacted, Map<String, Long> signals,
                double handoffRate, double disclosureCoverage, List<String> unansweredQuestions, long openObligations, long overdueObligations,
                Map<String, Long> openObligationsByDate, Setup setup) {
    }

    private final AuditTrail audit;
    private final ConversationStatistics statistics;
    private final ConversationEvidence evidence;
    private final ComplianceService compliance;
    private final Clock clock;
    private final Literacy literacy;
    private final Vendors vendors;
    private final Classifier classifier;

    Dashboard(AuditTrail audit, ConversationStatistics statistics, ConversationEvidence evidence, ComplianceService compliance, Clock clock,
              Literacy literacy, Vendors vendors, Classifier classifier) {
        this.literacy = literacy;
        this.vendors = vendors;
        this.classifier = classifier;
        this.audit = audit;
        this.statistics = statistics;
        this.evidence = evidence;
        this.compliance = compliance;
        this.clock = clock;
    }

    View view(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days: 1 to 366");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<LocalDate, long[]> perDay = new LinkedHashMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, new long[3]);
        }
        Map<String, Long> reasons = new TreeMap<>();
        Map<String, Long> redacted = new TreeMap<>();
        Map<String, Long> signals = new TreeMap<>();
        for (AuditEvent event : audit.between(from, to, MAX_EVENTS)) {
            long[] counts = perDay.get(LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            if (counts == null) {
                continue;
            }
            JsonNode details = JSON.readTree(event.details());
            switch (event.type()) {
                case "DISCLOSURE_SENT" -> counts[0]++;
                case "HANDOFF_REQUESTED" -> {
                    counts[1]++;
                    reasons.merge(details.path("reason").asString(), 1L, Long::sum);
                }
                case "PERSONAL_DATA_REDACTED" -> details.path("types").properties()
                        .forEach(type -> redacted.merge(type.getKey(), type.getValue().asLong(), Long::sum));
                case "SIGNALS_DETECTED" -> details.path("signals").valueStream().forEach(s -> signals.merge(s.asString(), 1L, Long::sum));
                default -> { }
            }
        }
        Map<LocalDate, Long> noAnswers = statistics.noAnswersPerDay(from, to);
        List<Day> series = new ArrayList<>();
        long conversations = 0;
        long handoffs = 0;
        long started = 0;
        long disclosed = 0;
        for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
            Instant start = day.getKey().atStartOfDay(ZoneOffset.UTC).toInstant();
            ConversationEvidence.DisclosureCoverage coverage = evidence.coverageBetween(start, start.plusSeconds(86_400));
            series.add(new Day(day.getKey(), day.getValue()[0], day.getValue()[1], noAnswers.getOrDefault(day.getKey(), 0L), coverage.disclosed()));
            conversations += day.getValue()[0];
            handoffs += day.getValue()[1];
            // The days cover [from, to) exactly, so their sums are the period's coverage: no second query.
            started += coverage.conversations();
            disclosed += coverage.disclosed();
        }
        double coverage = started == 0 ? 1.0 : (double) disclosed / started;
        List<ComplianceService.SystemView> systems = compliance.overview("en");
        long open = systems.stream().flatMap(s -> s.obligations().stream())
                .filter(o -> o.status() == AiRegister.ObligationStatus.OPEN || o.status() == AiRegister.ObligationStatus.IN_PROGRESS).count();
        long overdue = systems.stream().flatMap(s -> s.obligations().stream()).filter(ComplianceService.ObligationView::overdue).count();
        Map<String, Long> byDate = new TreeMap<>();
        systems.stream().flatMap(s -> s.obligations().stream())
                .filter(o -> o.status() == AiRegister.ObligationStatus.OPEN || o.status() == AiRegister.ObligationStatus.IN_PROGRESS)
                .forEach(o -> byDate.merge(o.due().toString(), 1L, Long::sum));
        return new View(series, reasons, redacted, signals, conversations == 0 ? 0 : (double) handoffs / conversations, coverage,
                statistics.recentUnansweredQuestions(20), open, overdue, byDate, setup(systems));
    }

    private Setup setup(List<ComplianceService.SystemView> systems) {
        Literacy.Report report = literacy.report();
        List<Vendors.Vendor> known = vendors.all();
        AiActRules rules = classifier.rules();
        AiActRules.ObligationRule duty = rules.obligations().stream().filter(o -> o.id().equals("ai-literacy")).findFirst().orElse(null);
        return new Setup(systems.size(), (int) systems.stream().filter(s -> s.classification() == null).count(),
                (int) systems.stream().filter(s -> s.changes() != null).count(), report.staff().size(),
                (int) report.staff().stream().filter(s -> s.status() == Literacy.Status.VALID).count(),
                duty == null ? null : duty.text().en() + " (" + duty.reference() + ")", duty == null || duty.note() == null ? null : duty.note().en(),
                known.size(), (int) known.stream().filter(v -> v.status() == Vendors.Status.NOT_ASSESSED).count(), rules.version(),
                rules.law().en(), rules.status() == null ? null : rules.status().en());
    }
}
