package nl.helder.server.gaps.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The language of a customer's question and its content words, with Lucene's analysis of the kind retrieval uses:
 * lower case, the language's stop words out, accents folded, a light stemmer (Snowball for Dutch, KStem for English,
 * Lucene's light stemmers for German and French). No synonyms, compounds or typo tolerance: groups should show what
 * customers typed, and an administrator reads them anyway.
 */
final class GapText {

    /** The languages questions are grouped in; others are grouped under the conversation's language. */
    static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr");

    /** Lucene's stop words per language: what tells the languages apart. */
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
            "nl", DutchAnalyzer.getDefaultStopSet(),
            "en", english(),
            "de", GermanAnalyzer.getDefaultStopSet(),
            "fr", FrenchAnalyzer.getDefaultStopSet());
    /**
     * Lucene's plus the conversational words retrieval also ignores ({@code kb/stopwords-<locale>.txt}: "mn", "ff",
     * "hoi" ...): what is left out of a question's content words.
     */
    private static final Map<String, CharArraySet> IGNORED = Map.of(
            "nl", ignored("nl"), "en", ignored("en"), "de", ignored("de"), "fr", ignored("fr"));
    private static final Map<String, Analyzer> CONTENT = Map.of(
            "nl", content("nl"), "en", content("en"), "de", content("de"), "fr", content("fr"));
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private GapText() {
    }

    /**
     * The language a question is written in: the one of nl/en/de/fr whose stop words ("the", "het", "ich", "le" ...)
     * it holds most of, when that is at least two and more than the conversation's language has; otherwise the
     * conversation's language, so that short questions without function words ("meterstand doorgeven") stay in the
     * language the customer chose.
     */
    static String language(String question, String conversationLocale) {
        String fallback = LANGUAGES.contains(conversationLocale) ? conversationLocale : "nl";
        List<String> words = tokens(WORDS, question);
        int fallbackHits = hits(words, fallback);
        String best = fallback;
        int bestHits = fallbackHits;
        for (String language : LANGUAGES) {
            int hits = hits(words, language);
            if (hits >= 2 && hits > bestHits) {
                best = language;
                bestHits = hits;
            }
        }
        return best;
    }

    /** The stemmed content words of {@code text} in {@code language}, in order, repeats kept. */
    static List<String> terms(String text, String language) {
        return tokens(CONTENT.getOrDefault(language, CONTENT.get("nl")), text);
    }

    private static int hits(List<String> words, String language) {
        CharArraySet stop = STOP_WORDS.get(language);
        int hits = 0;
        for (String word : words) {
            if (stop.contains(word)) {
                hits++;
            }
        }
        return hits;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                // Placeholders the privacy guard left ([IBAN], [EMAIL]) and bare numbers say nothing about the topic.
                if (token.chars().anyMatch(Character::isLetter)) {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The stemmed content words of {@code text} with the word each came from as typed (lower case), for showing a
     * group's words as customers wrote them rather than as stems.
     */
    static Map<String, String> surfaces(String text, String language) {
        Map<String, String> surfaces = new java.util.LinkedHashMap<>();
        try (TokenStream stream = CONTENT.getOrDefault(language, CONTENT.get("nl")).tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                surfaces.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset())
                        .toLowerCase(java.util.Locale.ROOT));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return surfaces;
    }

    private static CharArraySet ignored(String language) {
        CharArraySet words = new CharArraySet(STOP_WORDS.get(language), true);
        try (java.io.InputStream in = GapText.class.getResourceAsStream("/kb/stopwords-" + language + ".txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        words.addAll(java.util.Arrays.asList(line.strip().split("\\s+")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.remove("");
        return CharArraySet.unmodifiableSet(words);
    }

    private static Analyzer content(String language) {
        CharArraySet stop = IGNORED.get(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                if ("en".equals(language)) {
                    stream = new EnglishPossessiveFilter(stream);
                }
                stream = new LowerCaseFilter(stream);
                if ("fr".equals(language)) {
                    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                stream = new StopFilter(stream, stop);
                stream = new ASCIIFoldingFilter(stream);
                stream = switch (language) {
                    case "nl" -> new SnowballFilter(stream, new DutchStemmer());
                    case "en" -> new KStemFilter(stream);
                    case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(stream));
                    default -> new FrenchLightStemFilter(stream);
                };
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static CharArraySet english() {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(reader), true);
            words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
