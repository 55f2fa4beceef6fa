package nl.helder.server.gaps.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Groups gap questions per language by what they are about, in a way an administrator can follow: each question
 * becomes a TF-IDF vector of its stemmed content words ({@link GapText#terms}; IDF over the questions of that
 * language), and questions are taken oldest first, each joining the group whose centroid it is most similar to
 * (cosine) when that is at least {@code similarity}, or starting a new group. Deterministic for the same questions.
 * It does not know synonyms, translations or typos: "refund" and "money back" stay apart, as do questions in two
 * languages.
 */
final class GapGrouping {

    /** A group: its id is its first question's, its terms the words it shares, heaviest first. */
    record Group(UUID id, String language, List<GapQuestion> questions, List<String> terms) {
    }

    private GapGrouping() {
    }

    /** The groups, largest first, then newest first. */
    static List<Group> group(List<GapQuestion> questions, double similarity) {
        Map<String, List<GapQuestion>> byLanguage = new LinkedHashMap<>();
        questions.stream()
                .sorted(Comparator.comparing(GapQuestion::askedAt).thenComparing(GapQuestion::id))
                .forEach(q -> byLanguage.computeIfAbsent(q.language(), l -> new ArrayList<>()).add(q));
        List<Group> groups = new ArrayList<>();
        byLanguage.forEach((language, inLanguage) -> groups.addAll(groupLanguage(language, inLanguage, similarity)));
        groups.sort(Comparator.<Group>comparingInt(g -> g.questions().size()).reversed()
                .thenComparing(g -> g.questions().get(g.questions().size() - 1).askedAt(), Comparator.reverseOrder()));
        return groups;
    }

    private static List<Group> groupLanguage(String language, List<GapQuestion> questions, double similarity) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (GapQuestion question : questions) {
            Map<String, Integer> termCounts = new HashMap<>();
            GapText.terms(question.question(), language).forEach(term -> termCounts.merge(term, 1, Integer::sum));
            termCounts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            counts.add(termCounts);
        }
        int n = questions.size();
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> vector = normalised(tfIdf(counts.get(i), documentFrequency, n));
            Cluster best = null;
            double bestSimilarity = 0;
            for (Cluster cluster : clusters) {
                double cosine = cluster.similarity(vector);
                if (cosine > bestSimilarity) {
                    best = cluster;
                    bestSimilarity = cosine;
                }
            }
            if (best == null || bestSimilarity < similarity || vector.isEmpty()) {
                best = new Cluster();
                clusters.add(best);
            }
            best.add(questions.get(i), vector);
        }
        return clusters.stream().map(cluster -> new Group(cluster.members.get(0).id(), language, List.copyOf(cluster.members),
                cluster.terms())).toList();
    }

    /** Sub-linear term frequency times smoothed IDF: a word in every question weighs little, a rare shared one much. */
    private static Map<String, Double> tfIdf(Map<String, Integer> counts, Map<String, Integer> documentFrequency, int n) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, count) -> vector.put(term,
                (1 + Math.log(count)) * (Math.log((1.0 + n) / (1.0 + documentFrequency.get(term))) + 1)));
        return vector;
    }

    private static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        Map<String, Double> unit = new HashMap<>();
        if (norm > 0) {
            vector.forEach((term, weight) -> unit.put(term, weight / norm));
        }
        return unit;
    }

    /** A group being built: its members and the sum of their unit vectors (the centroid's direction). */
    private static final class Cluster {
        final List<GapQuestion> members = new ArrayList<>();
        final Map<String, Double> sum = new HashMap<>();

        void add(GapQuestion question, Map<String, Double> vector) {
            members.add(question);
            vector.forEach((term, weight) -> sum.merge(term, weight, Double::sum));
        }

        double similarity(Map<String, Double> vector) {
            double norm = Math.sqrt(sum.values().stream().mapToDouble(v -> v * v).sum());
            if (norm == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> entry : vector.entrySet()) {
                dot += entry.getValue() * sum.getOrDefault(entry.getKey(), 0.0);
            }
            return dot / norm;
        }

        /**
         * The words with the largest weight in the centroid that more than one member has (the first member's own
         * when it is alone), shown as customers most often typed them rather than as stems.
         */
        List<String> terms() {
            Map<String, Integer> members = new HashMap<>();
            Map<String, Map<String, Integer>> typed = new HashMap<>();
            for (GapQuestion q : this.members) {
                GapText.surfaces(q.question(), q.language()).forEach((stem, surface) -> {
                    members.merge(stem, 1, Integer::sum);
                    typed.computeIfAbsent(stem, key -> new HashMap<>()).merge(surface, 1, Integer::sum);
                });
            }
            int needed = this.members.size() > 1 ? 2 : 1;
            return sum.entrySet().stream()
                    .filter(e -> members.getOrDefault(e.getKey(), 0) >= needed)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .map(e -> mostTyped(typed.get(e.getKey())))
                    .distinct().toList();
        }

        /** The form typed most often; of equally frequent ones the alphabetically first. */
        private static String mostTyped(Map<String, Integer> forms) {
            String best = null;
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                if (best == null || form.getValue() > forms.get(best) || (form.getValue().equals(forms.get(best)) && form.getKey().compareTo(best) < 0)) {
                    best = form.getKey();
                }
            }
            return best;
        }
    }
}
