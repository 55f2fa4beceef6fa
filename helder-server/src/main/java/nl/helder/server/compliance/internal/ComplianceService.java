package nl.helder.server.compliance.internal;

import nl.helder.server.audit.Audited;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.handoff.AgentPresence;
import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.privacy.PrivacyProperties;
import org.springframework.core.env.Environment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The AI register: systems, their classification under the current rules, the obligations that follow with
 * their progress and deadlines, and, for Helder itself, live checks of its own obligations.
 */
@Service
class ComplianceService {

    static final String HELDER = "helder";

    private final AiRegister register;
    private final Classifier classifier;
    private final RulesVersions versions;
    private final ConversationEvidence evidence;
    private final PrivacyProperties privacy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AgentPresence presence;
    private final HandoffProperties handoff;
    private final Environment environment;
    private final nl.helder.server.audit.AuditTrail audit;
    private final nl.helder.server.conversation.DisclosureProperties disclosure;
    private final nl.helder.server.conversation.ConversationProperties conversations;
    private final BannerContrast contrast;

    ComplianceService(AiRegister register, Classifier classifier, RulesVersions versions, ConversationEvidence evidence, PrivacyProperties privacy,
                      ApplicationEventPublisher events, Clock clock, AgentPresence presence, HandoffProperties handoff, Environment environment,
                      nl.helder.server.audit.AuditTrail audit, nl.helder.server.conversation.DisclosureProperties disclosure,
                      nl.helder.server.conversation.ConversationProperties conversations) {
        this.register = register;
        this.classifier = classifier;
        this.versions = versions;
        this.evidence = evidence;
        this.privacy = privacy;
        this.events = events;
        this.clock = clock;
        this.presence = presence;
        this.handoff = handoff;
        this.environment = environment;
        this.audit = audit;
        this.disclosure = disclosure;
        this.conversations = conversations;
        this.contrast = shippedBannerContrast();
    }

    record NewSystem(String name, String purpose, String owner, String vendor, Boolean interactsWithPersons, String dataCategories,
                     LocalDate deployedOn, AiRegister.Status status) {
    }

    /** An obligation with its deadline and progress; {@code overdue} when the deadline passed and it is not done. */
    record ObligationView(String id, String text, String reference, LocalDate due, AiRegister.ObligationStatus status, String owner,
                          String evidence, boolean overdue, String note) {
    }

    /**
     * @param basis what the check rests on: {@code MEASURED} (the conversations of the last 30 days),
     *              {@code CONFIGURATION} (the settings Helder runs with) or {@code SHIPPED} (the widget it serves)
     */
    record LiveCheck(String name, boolean passed, String detail, String reference, String basis) {
    }

    /**
     * @param law     the text of the Act the classification was made under; null when not classified
     * @param status  what is not settled about that text (e.g. publication not confirmed); may be null
     * @param changes what the current rules change, when the system was classified under an earlier version; else null
     * @param history every classification on record, newest first
     */
    record SystemView(AiRegister.AiSystem system, Classifier.Classification classification, List<ObligationView> obligations,
                      List<LiveCheck> liveChecks, String law, String status, RulesChanges.Change changes,
                      List<AiRegister.ClassificationRecord> history) {
    }

    @Transactional
    AiRegister.AiSystem add(NewSystem request) {
        String name = required(request.name(), "name", 200);
        String purpose = required(request.purpose(), "purpose", 4000);
        String owner = required(request.owner(), "owner", 200);
        String vendor = optional(request.vendor(), "vendor", 200);
        String data = optional(request.dataCategories(), "dataCategories", 2000);
        AiRegister.AiSystem system = new AiRegister.AiSystem(UUID.randomUUID(), null, name, purpose, owner, vendor,
                Boolean.TRUE.equals(request.interactsWithPersons()), data == null ? "" : data, request.deployedOn(),
                request.status() == null ? AiRegister.Status.IN_USE : request.status(), Map.of(), null, null, null, null, clock.instant());
        register.insert(system);
        return system;
    }

    @Transactional
    Classifier.Classification answer(UUID id, Map<String, Boolean> answers, String actor, String locale) {
        AiRegister.AiSystem system = find(id);
        Classifier.Classification classification = classifier.classify(answers, locale);
        Instant now = clock.instant();
        register.classify(id, answers, classification.riskClass(), classification.rulesVersion(), actor, now);
        Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("system", id.toString(),
                "riskClass", classification.riskClass().name(), "rulesVersion", classification.rulesVersion()));
        if (system.riskClass() != null) {
            // A re-classification: the earlier one stays in the trail, and this entry says what it replaced.
            details.put("previousRiskClass", system.riskClass().name());
            details.put("previousRulesVersion", String.valueOf(system.rulesVersion()));
        }
        events.publishEvent(new Audited("AI_SYSTEM_CLASSIFIED", actor, null, details, now));
        return classification;
    }

    /**
     * Re-classifies a system under the current rules in one step: its answers that the current rules still ask,
     * plus answers to the questions they added.
     */
    @Transactional
    Classifier.Classification reclassify(UUID id, Map<String, Boolean> newAnswers, String actor, String locale) {
        AiRegister.AiSystem system = find(id);
        if (system.riskClass() == null) {
            throw new IllegalArgumentException("The system is not classified yet: answer the questionnaire.");
        }
        Map<String, Boolean> answers = new java.util.TreeMap<>(classifier.known(system.answers()));
        if (newAnswers != null) {
            answers.putAll(newAnswers);
        }
        return answer(id, answers, actor, locale);
    }

    @Transactional
    void updateObligation(UUID id, String obligationId, AiRegister.ObligationStatus status, String owner, String evidenceLink, String actor) {
        AiRegister.AiSystem system = find(id);
        if (versions.orCurrent(system.rulesVersion()).rules().obligations().stream().noneMatch(rule -> rule.id().equals(obligationId))) {
            throw new IllegalArgumentException("Unknown obligation '" + obligationId + "'");
        }
        if (status == null) {
            throw new IllegalArgumentException("status: OPEN, IN_PROGRESS, DONE or NOT_APPLICABLE");
        }
        Instant now = clock.instant();
        register.saveProgress(id, new AiRegister.ObligationProgress(obligationId, status, optional(owner, "owner", 200),
                optional(evidenceLink, "evidence", 2000), now, actor));
        events.publishEvent(new Audited("OBLIGATION_UPDATED", actor, null, Map.of("system", id.toString(), "obligation", obligationId,
                "status", status.name()), now));
    }

    SystemView view(UUID id, String locale) {
        AiRegister.AiSystem system = find(id);
        // A classification keeps the rules version it was made with; only a re-classification moves it to the current one.
        Classifier classifiedWith = versions.orCurrent(system.rulesVersion());
        Classifier.Classification classification = system.riskClass() == null ? null
                : classifiedWith.classify(classifiedWith.known(system.answers()), locale);
        Map<String, AiRegister.ObligationProgress> progress = register.progress(id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ObligationView> obligations = new ArrayList<>();
        if (classification != null) {
            for (Classifier.Obligation obligation : classification.obligations()) {
                Optional<AiRegister.ObligationProgress> p = Optional.ofNullable(progress.get(obligation.id()));
                AiRegister.ObligationStatus status = p.map(AiRegister.ObligationProgress::status).orElse(AiRegister.ObligationStatus.OPEN);
                boolean finished = status == AiRegister.ObligationStatus.DONE || status == AiRegister.ObligationStatus.NOT_APPLICABLE;
                obligations.add(new ObligationView(obligation.id(), obligation.text(), obligation.reference(), obligation.due(), status,
                        p.map(AiRegister.ObligationProgress::owner).orElse(null), p.map(AiRegister.ObligationProgress::evidence).orElse(null),
                        !finished && obligation.due().isBefore(today), obligation.note()));
            }
        }
        RulesChanges.Change changes = classification == null || classifiedWith == classifier ? null
                : RulesChanges.between(classifiedWith, classifier, system.answers(), locale);
        AiActRules rules = classifiedWith.rules();
        return new SystemView(system, classification, obligations, HELDER.equals(system.builtin()) ? helderChecks() : List.of(),
                classification == null ? null : rules.law().in(locale), classification == null || rules.status() == null ? null
                : rules.status().in(locale), changes, register.history(id));
    }

    List<SystemView> overview(String locale) {
        return register.all().stream().map(system -> view(system.id(), locale)).toList();
    }

    /**
     * Helder's own obligations, checked against what it actually does: Art. 50(1) with the points of the
     * Commission's draft guidelines on Art. 50 that software can check (clear and distinguishable, in the customer's
     * language, at the latest at the first interaction, again after a person hands the conversation back), and
     * the AP/ACM expectation that a person is always reachable.
     */
    List<LiveCheck> helderChecks() {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(30));
        ConversationEvidence.DisclosureCoverage coverage = evidence.coverageBetween(from, now);
        ConversationEvidence.DisclosureTiming timing = evidence.timingBetween(from, now);
        boolean allDisclosed = coverage.disclosed() == coverage.conversations();
        List<nl.helder.server.audit.AuditEvent> handBacks = audit.between(from, now, 100_000).stream()
                .filter(e -> "AGENT_HANDED_BACK".equals(e.type()) && e.conversationId() != null).toList();
        long disclosedAgain = handBacks.stream().filter(e -> evidence.disclosedSince(e.conversationId(), e.occurredAt())).count();
        List<String> languages = conversations.locales();
        List<String> missing = languages.stream().filter(l -> !disclosure.message().containsKey(l) || !disclosure.banner().containsKey(l)).toList();
        return List.of(
                new LiveCheck("AI disclosure sent in every conversation (last 30 days)", allDisclosed,
                        coverage.disclosed() + " of " + coverage.conversations() + " conversations; display confirmed by the widget in "
                                + coverage.displayConfirmed(), "Art. 50(1)", "MEASURED"),
                new LiveCheck("Disclosure given before the first answer", timing.disclosureFirst() == timing.conversations(),
                        "in " + timing.disclosureFirst() + " of " + timing.conversations() + " conversations the disclosure is the first "
                                + "message, before anything else the assistant says", "Art. 50(1), 50(5)", "MEASURED"),
                new LiveCheck("Disclosure in the customer's language", timing.inConversationLanguage() == timing.conversations() && missing.isEmpty(),
                        timing.inConversationLanguage() + " of " + timing.conversations() + " conversations got it in their own language; "
                                + (missing.isEmpty() ? "message and banner configured for every conversation language " + languages
                                : "no disclosure text for " + missing), "Art. 50(1), 50(5)", "MEASURED"),
                new LiveCheck("Disclosure repeated after a person hands the conversation back", disclosedAgain == handBacks.size(),
                        disclosedAgain + " of " + handBacks.size() + " hand-backs in the last 30 days were followed by the disclosure",
                        "Art. 50(1)", "MEASURED"),
                new LiveCheck("Banner clear and distinguishable: text contrast", contrast != null && contrast.passes(), contrast == null
                        ? "the widget stylesheet does not state the banner's colours" : String.format(java.util.Locale.ROOT,
                        "%.1f:1 (%s on %s; WCAG AA asks 4.5:1), on its own line above the messages", contrast.ratio(), contrast.text(),
                        contrast.background()), "Art. 50(5)", "SHIPPED"),
                new LiveCheck("Banner and message say 'AI' in words, for screen readers too", true, "every banner and message text names AI "
                        + "itself (checked at start), so the meaning does not depend on the visual 'AI ·' prefix; the banner is a note "
                        + "(role=note) before the message log, which screen readers announce (aria-live)", "Art. 50(5)", "CONFIGURATION"),
                new LiveCheck("AI disclosure cannot be switched off", true, "helder.disclosure.enabled=false stops the start", "Art. 50(1)",
                        "CONFIGURATION"),
                new LiveCheck("A person is reachable", true, presence.agentsPresent() + " agent(s) online now, "
                        + (handoff.open(now) ? "within" : "outside") + " opening hours; otherwise the customer leaves a message and gets a "
                        + "reference number", "AP/ACM call of 2 October 2025; art. 3:15d(1)(b) BW", "CONFIGURATION"),
                new LiveCheck("Messages left while nobody is online reach the team by e-mail", mailConfigured(),
                        mailConfigured() ? "to " + handoff.notifyTo() : "set helder.handoff.notify-to and spring.mail.host, or check the "
                                + "console's ticket list daily", "AP/ACM call of 2 October 2025", "CONFIGURATION"),
                new LiveCheck("Retention of transcripts configured", !privacy.transcriptRetention().isZero(),
                        "erased after " + privacy.transcriptRetention().toDays() + " days of inactivity", "GDPR Art. 5(1)(e)", "CONFIGURATION"));
    }

    private static BannerContrast shippedBannerContrast() {
        try (java.io.InputStream in = ComplianceService.class.getResourceAsStream("/static/widget/helder-widget.css")) {
            return in == null ? null : BannerContrast.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private boolean mailConfigured() {
        return handoff.notifyTo() != null && !handoff.notifyTo().isBlank() && environment.containsProperty("spring.mail.host");
    }

    /** Registers Helder itself, classified by its own answers, once. */
    @Transactional
    void registerHelder() {
        if (register.builtin(HELDER).isPresent()) {
            return;
        }
        UUID id = UUID.randomUUID();
        register.insert(new AiRegister.AiSystem(id, HELDER, "Helder customer-service assistant",
                "Answers customer questions in the web chat from the approved knowledge base, with sources; hands over to a person "
                        + "on request, on complaints and on high-risk matters.",
                "Customer service", "Helder (open source, self-hosted)", true,
                "Customer messages (personal data redacted before storage); conversation metadata", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                AiRegister.Status.IN_USE, Map.of(), null, null, null, null, clock.instant()));
        answer(id, Map.of("interacts-with-people", true), "system", "en");
    }

    private AiRegister.AiSystem find(UUID id) {
        return register.find(id).orElseThrow(() -> new NotFound("No AI system with id " + id));
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return value.strip();
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
