package nl.helder.guard.output;

import java.util.ArrayList;
import java.util.List;

/** All cues of an answer: those of {@link AnswerCues} and the first rules' phrases of {@link ManipulationPhrases}. */
final class OutputCues {

    private static final java.util.Set<String> TIME = java.util.Set.of("phrase-urgency", "phrase-time-pressure");

    private OutputCues() {
    }

    static List<CueHit> find(String answer, List<String> sources) {
        SourceSupport support = new SourceSupport(sources);
        List<CueHit> hits = new ArrayList<>(AnswerCues.find(answer, support));
        String folded = AnswerText.fold(answer);
        for (CueHit hit : ManipulationPhrases.find(folded, AnswerText.fold(String.join("\n", sources)))) {
            // The first rules only knew a phrase's own words in the sources; a deadline the sources state, with its
            // numbers restated, carries their hurry too.
            boolean limit = TIME.contains(hit.name()) && support.carriesLimit(folded, folded);
            hits.add(limit ? new CueHit(hit.kind(), hit.name(), hit.quote(), true) : hit);
        }
        return hits;
    }

    /** Every cue name of {@code kind}: the features of its model. */
    static List<String> names(CueHit.Kind kind) {
        List<String> names = new ArrayList<>(AnswerCues.names(kind));
        if (kind == CueHit.Kind.MANIPULATION) {
            names.addAll(ManipulationPhrases.names());
        }
        return names;
    }
}
