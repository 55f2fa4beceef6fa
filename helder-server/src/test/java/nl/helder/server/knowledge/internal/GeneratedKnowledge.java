package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A knowledge base of any size for the benchmarks, generated from the bundled demo articles so that its words, their
 * frequencies and its languages (Dutch and English) are a help centre's: article {@code i} takes the title, tags and
 * first passage of demo article {@code i mod n}, then three sections of words drawn from the whole demo. Fixed seed.
 */
final class GeneratedKnowledge {

    static final KnowledgeProperties DEFAULTS = new KnowledgeProperties(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE,
            KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE, 700, null);

    private GeneratedKnowledge() {
    }

    static List<Article> articles(int count) {
        List<Article> demo = new KnowledgeSources().loadConfigured(null).articles();
        List<String> words = new ArrayList<>();
        for (Article article : demo) {
            for (String word : article.body().split("\\s+")) {
                if (word.chars().allMatch(Character::isLetter) && word.length() > 2) {
                    words.add(word);
                }
            }
        }
        Random random = new Random(13);
        List<Article> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article template = demo.get(i % demo.size());
            StringBuilder body = new StringBuilder(template.body().split("\n\n")[0]).append("\n\n");
            for (int section = 0; section < 3; section++) {
                body.append("## ").append(sentence(words, random, 3)).append("\n\n").append(sentence(words, random, 60)).append(".\n\n");
            }
            generated.add(new Article("gen-" + i, template.title() + " " + sentence(words, random, 2), "https://kb.example/" + i,
                    template.locale(), template.tags(), body.toString()));
        }
        return generated;
    }

    /** The demo set's customer questions, with their languages: what the generated base is asked. */
    static List<RetrievalEvaluation.LabelledQuestion> questions() {
        return RetrievalEvaluation.questions();
    }

    private static String sentence(List<String> words, Random random, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sentence.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return sentence.toString();
    }
}
