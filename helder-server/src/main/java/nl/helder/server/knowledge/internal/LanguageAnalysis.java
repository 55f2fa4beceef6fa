package nl.helder.server.knowledge.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis chain of one language, for the index and for questions. Both chains lower-case, drop stop
 * words, fold accents, split compounds (Dutch and German, against a dictionary of the knowledge base's own
 * words) and stem, so that "bezorgkosten" and "verzendkosten" share "kosten" and "retourneren" matches
 * "retourneer". Only the question chain adds synonyms: the index stays as the articles say it, and a
 * changed synonym list needs no re-index.
 */
final class LanguageAnalysis {

    private LanguageAnalysis() {
    }

    /** A chain for the index (synonyms == null) or for questions. */
    static Analyzer analyzer(String locale, CharArraySet compoundDictionary, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = source;
                if ("en".equals(locale)) {
                    stream = new EnglishPossessiveFilter(stream);
                }
                stream = new LowerCaseFilter(stream);
                if ("fr".equals(locale)) {
                    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                stream = new StopFilter(stream, stopWords(locale));
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new ASCIIFoldingFilter(stream);
                if (compoundDictionary != null && !compoundDictionary.isEmpty()) {
                    // The customer's own compounds are split, a synonym the list added is not: "opzeggen" brings
                    // "stopzetten", whose part "zetten" matched "in elkaar zetten" and answered a cancellation with the
                    // assembly article at 0.92 (session eighteen).
                    stream = new ConditionalTokenFilter(stream,
                            in -> new DictionaryCompoundWordTokenFilter(in, compoundDictionary, 8, 4, 15, false)) {
                        private final TypeAttribute type = addAttribute(TypeAttribute.class);

                        @Override
                        protected boolean shouldFilter() {
                            return !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                        }
                    };
                }
                return new TokenStreamComponents(source, stem(locale, stream));
            }
        };
    }

    /**
     * Words as typed, lower-cased, without the language's stop words: what a lexicon is looked up with. One shared
     * instance per language (an {@link Analyzer} is thread-safe and reuses its components per thread).
     */
    static Analyzer plain(String locale) {
        return PLAIN.computeIfAbsent(locale, LanguageAnalysis::newPlain);
    }

    private static final Map<String, Analyzer> PLAIN = new ConcurrentHashMap<>();

    private static Analyzer newPlain(String locale) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if ("fr".equals(locale)) {
                    stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
                }
                return new TokenStreamComponents(source, new StopFilter(stream, stopWords(locale)));
            }
        };
    }

    /** The chain that turns a synonym file's entries into the tokens the synonym filter sees. */
    static Analyzer synonymEntryAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Whether compound splitting helps this language (it writes compounds as one word). */
    static boolean splitsCompounds(String locale) {
        return "nl".equals(locale) || "de".equals(locale);
    }

    /** Lucene's stop words of the language plus Helder's list of conversational words ({@code kb/stopwords-<locale>.txt}). */
    static CharArraySet stopWords(String locale) {
        return STOP_WORDS.computeIfAbsent(locale, LanguageAnalysis::loadStopWords);
    }

    private static final Map<String, CharArraySet> STOP_WORDS = new ConcurrentHashMap<>();

    private static CharArraySet loadStopWords(String locale) {
        CharArraySet lucene = switch (locale) {
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "en" -> snowball("english_stop.txt");
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
        CharArraySet words = new CharArraySet(lucene, true);
        if ("en".equals(locale)) {
            words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
        try (InputStream in = LanguageAnalysis.class.getResourceAsStream("/kb/stopwords-" + locale + ".txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        words.addAll(Arrays.asList(line.strip().split("\\s+")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.remove("");
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharArraySet snowball(String file) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TokenStream stem(String locale, TokenStream stream) {
        return switch (locale) {
            case "nl" -> new SnowballFilter(stream, new DutchStemmer());
            case "en" -> new org.apache.lucene.analysis.en.KStemFilter(stream);
            case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(stream));
            case "fr" -> new FrenchLightStemFilter(stream);
            default -> stream;
        };
    }
}
