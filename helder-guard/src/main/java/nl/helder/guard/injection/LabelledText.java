package nl.helder.guard.injection;

import java.util.Objects;

/**
 * A text labelled as prompt injection or not, for training and evaluating the injection detector.
 *
 * @param text      the text as it was written
 * @param injection whether it is an injection or jailbreak attempt
 * @param source    where it comes from (a file name), for reporting per data set
 */
public record LabelledText(String text, boolean injection, String source) {

    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
