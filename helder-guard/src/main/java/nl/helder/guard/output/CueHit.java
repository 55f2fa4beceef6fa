package nl.helder.guard.output;

/**
 * One cue found in an answer.
 *
 * @param kind    what the cue indicates
 * @param name    the cue's name, which is also its feature in the {@link AnswerModel}
 * @param quote   the matched words, for the reason shown to the reviewer
 * @param carried true when the sources carry it (the same words, or a sentence they support with the same
 *                numbers): a deadline or stock limit the help text states is the company's, not manipulation
 */
record CueHit(Kind kind, String name, String quote, boolean carried) {

    /** The two things the cues indicate. */
    enum Kind {
        /** The answer presents its writer as a person. */
        HUMAN,
        /** The answer pressures, shames, threatens, obstructs or exploits. */
        MANIPULATION
    }
}
