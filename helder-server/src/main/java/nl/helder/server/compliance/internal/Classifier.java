package nl.helder.server.compliance.internal;

import nl.helder.server.compliance.RiskClass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classifies an AI system from its questionnaire answers under {@link AiActRules}: prohibited practices first
 * (Art. 5), then high-risk uses (Art. 6(1) and Annex I, Art. 6(2) and Annex III) with the Art. 6(3)
 * derogations, then transparency (Art. 50). Every conclusion carries the article it rests on.
 */
final class Classifier {

    record Reason(String text, String reference) {
    }

    /** @param note what the reader must know about the rule (e.g. that sources differ); may be null */
    record Obligation(String id, String text, String reference, LocalDate due, String note) {
    }

    /**
     * @param exception true when an Annex III use was found not to be high-risk under Art. 6(3)
     */
    record Classification(RiskClass riskClass, boolean exception, List<Reason> reasons, List<Obligation> obligations,
                          String rulesVersion, Map<String, Boolean> answers) {
    }

    private final AiActRules rules;

    Classifier(AiActRules rules) {
        this.rules = rules;
    }

    AiActRules rules() {
        return rules;
    }

    /**
     * @param answers question id → yes/no; questions not answered count as no
     * @throws IllegalArgumentException for an answer to a question the rules do not have
     */
    Classification classify(Map<String, Boolean> answers, String locale) {
        Set<String> yes = new HashSet<>();
        answers.forEach((id, answer) -> {
            if (rules.question(id) == null) {
                throw new IllegalArgumentException("Unknown question '" + id + "' (rules version " + rules.version() + ")");
            }
            if (Boolean.TRUE.equals(answer)) {
                yes.add(id);
            }
        });
        List<AiActRules.Question> hits = rules.questions().stream().filter(q -> yes.contains(q.id())).toList();
        List<AiActRules.Question> prohibited = of(hits, AiActRules.Effect.PROHIBITED);
        List<AiActRules.Question> highRisk = of(hits, AiActRules.Effect.HIGH_RISK);
        List<AiActRules.Question> exceptions = of(hits, AiActRules.Effect.EXCEPTION);
        List<AiActRules.Question> transparency = of(hits, AiActRules.Effect.TRANSPARENCY);
        boolean profiling = !of(hits, AiActRules.Effect.PROFILING).isEmpty();

        List<Reason> reasons = new ArrayList<>();
        RiskClass riskClass;
        boolean exception = false;
        if (!prohibited.isEmpty()) {
            riskClass = RiskClass.PROHIBITED;
            prohibited.forEach(q -> reasons.add(new Reason(say(locale, "Prohibited practice: ", "Verboden praktijk: ") + q.text().in(locale)
                    + (q.applies() == null ? "" : say(locale, " (prohibited from ", " (verboden vanaf ") + date(q.applies()) + ")"),
                    q.reference())));
        } else if (!highRisk.isEmpty()) {
            highRisk.forEach(q -> reasons.add(new Reason(say(locale, "High-risk use: ", "Hoog-risicotoepassing: ") + q.text().in(locale), q.reference())));
            boolean annexIOnly = highRisk.stream().allMatch(q -> q.id().equals("product-safety"));
            boolean productSafety = highRisk.stream().anyMatch(q -> q.id().equals("product-safety"));
            if (!productSafety && !exceptions.isEmpty() && !profiling) {
                exception = true;
                exceptions.forEach(q -> reasons.add(new Reason(say(locale, "Not high-risk because it poses no significant risk: ",
                        "Geen hoog risico omdat het geen significant risico vormt: ") + q.text().in(locale), q.reference())));
                riskClass = transparency.isEmpty() ? RiskClass.MINIMAL : RiskClass.TRANSPARENCY;
            } else {
                if (!exceptions.isEmpty() && profiling && !annexIOnly) {
                    AiActRules.Question rule = rules.question("profiling");
                    reasons.add(new Reason(say(locale, "The Art. 6(3) derogations do not apply: the system profiles natural persons.",
                            "De uitzonderingen van art. 6(3) gelden niet: het systeem profileert natuurlijke personen."), rule.reference()));
                }
                riskClass = RiskClass.HIGH_RISK;
            }
        } else {
            riskClass = transparency.isEmpty() ? RiskClass.MINIMAL : RiskClass.TRANSPARENCY;
        }
        if (riskClass != RiskClass.PROHIBITED) {
            transparency.forEach(q -> reasons.add(new Reason(say(locale, "Transparency obligation: ", "Transparantieverplichting: ")
                    + q.text().in(locale), q.reference())));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason(say(locale, "No prohibited practice, no high-risk use and no transparency obligation; AI literacy still applies.",
                    "Geen verboden praktijk, geen hoog-risicotoepassing en geen transparantieverplichting; AI-geletterdheid geldt wel."),
                    "Art. 4, 5, 6, 50"));
        }
        Set<String> present = new HashSet<>(yes);
        hits.forEach(q -> present.addAll(q.context()));
        LocalDate highRiskFrom = highRisk.stream().map(q -> date(q.applies() == null ? "general" : q.applies()))
                .min(Comparator.naturalOrder()).orElse(date("general"));
        // A practice added to Art. 5 later is prohibited from its own date: the earliest prohibition found counts.
        LocalDate prohibitedFrom = prohibited.stream().map(q -> date(q.applies() == null ? "prohibitions" : q.applies()))
                .min(Comparator.naturalOrder()).orElse(date("prohibitions"));
        List<Obligation> obligations = new ArrayList<>();
        for (AiActRules.ObligationRule rule : rules.obligations()) {
            boolean forThis = rule.forOutcomes().contains(riskClass.name()) || (exception && rule.forOutcomes().contains("EXCEPTION"));
            boolean when = rule.when().isEmpty() || rule.when().stream().anyMatch(present::contains);
            if (forThis && when) {
                LocalDate due = rule.fromIf().entrySet().stream().filter(e -> present.contains(e.getKey())).map(e -> date(e.getValue()))
                        .findFirst().orElse(date(rule.from()));
                if (riskClass == RiskClass.HIGH_RISK && rule.forOutcomes().equals(Set.of("HIGH_RISK")) && highRiskFrom.isAfter(due)) {
                    due = highRiskFrom;
                }
                if (riskClass == RiskClass.PROHIBITED && rule.forOutcomes().equals(Set.of("PROHIBITED")) && prohibitedFrom.isAfter(due)) {
                    due = prohibitedFrom;
                }
                obligations.add(new Obligation(rule.id(), rule.text().in(locale), rule.reference(), due,
                        rule.note() == null ? null : rule.note().in(locale)));
            }
        }
        return new Classification(riskClass, exception, List.copyOf(reasons), List.copyOf(obligations), rules.version(),
                new TreeMap<>(answers));
    }

    /** The answers this version of the rules knows; answers to questions it no longer asks are left out. */
    Map<String, Boolean> known(Map<String, Boolean> answers) {
        Map<String, Boolean> known = new TreeMap<>();
        answers.forEach((id, answer) -> {
            if (rules.question(id) != null) {
                known.put(id, answer);
            }
        });
        return known;
    }

    private LocalDate date(String key) {
        return rules.dates().get(key).date();
    }

    private static List<AiActRules.Question> of(List<AiActRules.Question> hits, AiActRules.Effect effect) {
        return hits.stream().filter(q -> q.effect() == effect).toList();
    }

    private static String say(String locale, String en, String nl) {
        return "nl".equals(locale) ? nl : en;
    }
}
