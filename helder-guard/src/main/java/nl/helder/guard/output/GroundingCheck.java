package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that an answer says nothing its sources do not: every sentence with at least
 * {@value #MIN_CONTENT_WORDS} content words must find at least {@code threshold} of them in the sources
 * (a word counts when it, or its first {@value #STEM} letters, occurs there: "bezorgd" finds "bezorging");
 * every amount of money or percentage must occur in the sources; a promise (free, money back, guaranteed,
 * compensation) must be made there too. Without sources there is nothing to check against, and nothing is reported.
 */
public final class GroundingCheck implements AnswerCheck {

    /** The share of a sentence's content words that must occur in the sources. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    static final int MIN_CONTENT_WORDS = 3;
    static final int STEM = 5;

    private static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList(("de het een en of maar dat die dit deze is zijn was waren wordt worden "
            + "heb hebt heeft hebben had je jij jou jouw u uw we wij ons onze ik mij mijn hij zij ze hun er hier daar niet geen ook "
            + "al nog wel dan als om te tot met van voor naar bij uit op in aan over door kan kun kunt kunnen moet moeten zal zult "
            + "zullen wil wilt willen wat wie waar wanneer hoe dus want omdat the a an and or but that this these those is are was "
            + "were be been being have has had you your we our us i me my he she they them their there here not no also still then "
            + "than if to of for from with at by on in into about as can could should would will shall may might must do does did "
            + "what who where when how which so because it its").split(" ")));
    private static final List<String> PROMISES = List.of("gratis", "kosteloos", "geld terug", "geld-terug", "gegarandeerd",
            "garantie", "compensatie", "vergoeding", "schadevergoeding", "free of charge", "for free", "money back", "guaranteed",
            "guarantee", "compensation", "refund");

    private final double threshold;

    public GroundingCheck(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        String sourceText = AnswerText.fold(String.join("\n", sources));
        Set<String> sourceWords = new HashSet<>(AnswerText.words(sourceText));
        Set<String> sourceStems = new HashSet<>();
        sourceWords.forEach(word -> sourceStems.add(stem(word)));
        List<OutputCheck> found = new ArrayList<>();
        for (String sentence : AnswerText.sentences(answer)) {
            List<String> content = AnswerText.words(AnswerText.fold(sentence)).stream()
                    .filter(word -> word.length() >= 3 && !STOPWORDS.contains(word) && !isNumber(word)).toList();
            if (content.size() < MIN_CONTENT_WORDS) {
                continue;
            }
            long supported = content.stream().filter(word -> sourceWords.contains(word) || sourceStems.contains(stem(word))).count();
            double support = (double) supported / content.size();
            if (support < threshold) {
                found.add(new OutputCheck(OutputCheckType.UNGROUNDED, 0.9, String.format(java.util.Locale.ROOT,
                        "%.0f %% of the sentence's content words are in the sources: \"%s\"", 100 * support, abbreviate(sentence))));
            }
        }
        Set<String> sourceAmounts = Amounts.in(sourceText);
        for (String amount : Amounts.in(AnswerText.fold(answer))) {
            if (!sourceAmounts.contains(amount)) {
                found.add(new OutputCheck(OutputCheckType.UNGROUNDED, 1.0, "an amount the sources do not state: " + amount));
            }
        }
        String folded = AnswerText.fold(answer);
        Tokens.firstPhrase(folded, PROMISES).filter(promise -> Tokens.firstPhrase(sourceText, List.of(promise)).isEmpty())
                .ifPresent(promise -> found.add(new OutputCheck(OutputCheckType.UNGROUNDED, 0.9,
                        "a promise the sources do not make: \"" + promise + "\"")));
        return found;
    }

    private static String stem(String word) {
        return word.length() <= STEM ? word : word.substring(0, STEM);
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    private static String abbreviate(String sentence) {
        return sentence.length() <= 80 ? sentence : sentence.substring(0, 79) + "…";
    }
}
