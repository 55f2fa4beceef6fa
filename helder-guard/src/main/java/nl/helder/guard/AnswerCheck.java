package nl.helder.guard;

import java.util.List;

/** One check of an outgoing answer against the sources it was built from. Must run in time linear in the input. */
@FunctionalInterface
public interface AnswerCheck {

    /**
     * @param answer  the text about to be shown to the customer
     * @param sources the passages the answer may rest on (empty when it rests on none)
     * @return what was found; empty when nothing
     */
    List<OutputCheck> check(String answer, List<String> sources);
}
