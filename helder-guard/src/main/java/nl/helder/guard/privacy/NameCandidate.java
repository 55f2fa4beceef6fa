package nl.helder.guard.privacy;

/**
 * A stretch of a message that could be a person's name: capitalised words, initials and the particles between
 * them ("Jan van der Berg", "M.A.E. van 't Hof", "Anna-Lena Brückner"), in skeleton offsets, with the words it
 * is made of ({@code words[k] = {start, end}}) and the first word outside it on the left, if any.
 */
record NameCandidate(int start, int end, int[][] words) {
}
