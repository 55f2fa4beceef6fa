package nl.helder.server.assistant.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects streamed text and hands it out sentence by sentence: a sentence ends at '.', '!', '?' or a line
 * break followed by white space, once the next sentence has begun; the citation markers after its full stop
 * ("… werkdag. [1] Op …") stay with it, and "1.5 kg" is not an end. Each character is looked at once.
 */
final class SentenceBuffer {

    private enum State { TEXT, STOP, GAP, CITATION }

    private final StringBuilder pending = new StringBuilder();
    private int scanned;
    private State state = State.TEXT;

    /** Adds streamed text; returns the sentences it completed, in order. */
    List<String> add(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        pending.append(text);
        while (scanned < pending.length()) {
            char c = pending.charAt(scanned);
            boolean stop = c == '.' || c == '!' || c == '?' || c == '\n';
            boolean space = Character.isWhitespace(c);
            switch (state) {
                case TEXT -> state = stop ? (c == '\n' ? State.GAP : State.STOP) : State.TEXT;
                case STOP -> state = space ? State.GAP : stop ? State.STOP : State.TEXT;
                case CITATION -> state = c == ']' ? State.GAP : State.CITATION;
                case GAP -> {
                    if (c == '[') {
                        state = State.CITATION;
                    } else if (!space && !stop) {
                        sentences.add(pending.substring(0, scanned));
                        pending.delete(0, scanned);
                        scanned = 0;
                        state = State.TEXT;
                        continue;
                    }
                }
            }
            scanned++;
        }
        return sentences;
    }

    /** What is left when the stream ends: the last sentence. */
    String rest() {
        String rest = pending.toString();
        pending.setLength(0);
        scanned = 0;
        state = State.TEXT;
        return rest;
    }
}
