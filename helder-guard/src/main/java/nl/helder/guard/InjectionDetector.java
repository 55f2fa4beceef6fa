package nl.helder.guard;

/** Assesses a customer message for prompt injection. Must run in time linear in the text's length. */
@FunctionalInterface
public interface InjectionDetector {

    InjectionAssessment assess(String text);
}
