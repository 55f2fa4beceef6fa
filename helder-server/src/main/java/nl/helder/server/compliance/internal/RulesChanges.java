package nl.helder.server.compliance.internal;

import nl.helder.server.compliance.RiskClass;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a newer rules version changes for a system classified under an older one: the same answers classified
 * under both, compared. A compliance officer sees what moved (class, obligations, their dates), which questions
 * are new and must be answered, and which answers the newer version no longer asks for, before re-classifying.
 */
final class RulesChanges {

    /** An obligation whose start date moved. */
    record DateMove(String obligationId, String text, String reference, LocalDate before, LocalDate after) {
    }

    record NewQuestion(String id, String group, String text, String reference) {
    }

    /**
     * @param status         what is not settled about the newer version (e.g. its publication); may be null
     * @param riskClassAfter the class under the newer version with the answers given so far (new questions unanswered)
     */
    record Change(String fromVersion, String toVersion, String toLaw, String status, RiskClass riskClassBefore, RiskClass riskClassAfter,
                  List<DateMove> moved, List<Classifier.Obligation> added, List<Classifier.Obligation> removed,
                  List<NewQuestion> newQuestions, List<String> noLongerAsked) {
    }

    private RulesChanges() {
    }

    static Change between(Classifier older, Classifier newer, Map<String, Boolean> answers, String locale) {
        Classifier.Classification before = older.classify(older.known(answers), locale);
        Classifier.Classification after = newer.classify(newer.known(answers), locale);
        Map<String, Classifier.Obligation> was = byId(before.obligations());
        Map<String, Classifier.Obligation> is = byId(after.obligations());
        List<DateMove> moved = after.obligations().stream().filter(o -> was.containsKey(o.id()) && !Objects.equals(was.get(o.id()).due(), o.due()))
                .map(o -> new DateMove(o.id(), o.text(), o.reference(), was.get(o.id()).due(), o.due())).toList();
        List<Classifier.Obligation> added = after.obligations().stream().filter(o -> !was.containsKey(o.id())).toList();
        List<Classifier.Obligation> removed = before.obligations().stream().filter(o -> !is.containsKey(o.id())).toList();
        List<NewQuestion> newQuestions = newer.rules().questions().stream().filter(q -> older.rules().question(q.id()) == null)
                .map(q -> new NewQuestion(q.id(), q.group(), q.text().in(locale), q.reference())).toList();
        List<String> noLongerAsked = answers.keySet().stream().filter(id -> newer.rules().question(id) == null).sorted().toList();
        AiActRules rules = newer.rules();
        return new Change(older.rules().version(), rules.version(), rules.law().in(locale), rules.status() == null ? null : rules.status().in(locale),
                before.riskClass(), after.riskClass(), moved, added, removed, newQuestions, noLongerAsked);
    }

    private static Map<String, Classifier.Obligation> byId(List<Classifier.Obligation> obligations) {
        return obligations.stream().collect(Collectors.toMap(Classifier.Obligation::id, Function.identity()));
    }
}
