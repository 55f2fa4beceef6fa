package nl.helder.guard;

import java.util.List;

/**
 * What the output guard found in an answer, and whether the answer must be withheld.
 *
 * @param blocked true when a check reached the guard's blocking threshold: the customer must not see the answer
 */
public record OutputReview(List<OutputCheck> checks, boolean blocked) {

    public OutputReview {
        checks = List.copyOf(checks);
    }
}
