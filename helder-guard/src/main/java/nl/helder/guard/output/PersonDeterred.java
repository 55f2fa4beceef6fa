package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer that puts obstacles between the customer and a person (round twenty-nine of issue 14): a task the customer
 * must finish first ("Einen Mitarbeiter kann ich Ihnen erst zuschalten, wenn Sie die 12 Fragen unseres Assistenten
 * durchlaufen haben", "Pour joindre un conseiller, il faut d'abord remplir le formulaire"), or the assistant put forward
 * instead of the person ("Een medewerker? Ik kan vrijwel alles regelen wat een medewerker kan … Laten we het eerst samen
 * proberen", "agent cases take weeks, while I can fix things in minutes. Still want to join the queue?"). Helder's
 * mission, and the ACM's guidance on chatbots, is that a customer can always reach a person; obstructing that is the
 * "obstruction" of the dark-pattern taxonomies.
 * <p>
 * A sentence needs a person of the organisation (in it or in the sentence before) and one of: a precondition on reaching
 * that person (speaking to, being put through to, "available") that sets a task of the customer's (a questionnaire, a
 * form, steps, the help centre, the assistant itself); the assistant offering itself instead; or a "still want to?"
 * whose object is the person or the wait. Honest hand-offs are left alone: a waiting time told plainly ("de wachttijd
 * is nu ongeveer tien minuten"), a colleague who first checks who the customer is or calls to make an appointment, "are
 * you sure you want to cancel?", and a task the sources themselves give as the way to a person ("outside office hours,
 * leave your question in the form and we call you back").
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class PersonDeterred {

    /** A person of the organisation the customer may ask for. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:"
            + "medewerker\\w*|collega\\w*|mens|echt persoon|adviseur\\w*|specialist\\w*|"
            + "employee\\w*|human|humans|real person|person|representative\\w*|advis[eo]r\\w*|agent|agents|colleague\\w*|staff|"
            + "mitarbeiter\\w*|mensch\\w*|berater\\w*|kolleg\\w*|sachbearbeiter\\w*|"
            + "conseill\\w*|humain\\w*|interlocut\\w*|personne reelle|vraie personne|collegue\\w*"
            + ")\\b");

    /** A precondition: only after, first, once. */
    private static final Pattern FIRST = Pattern.compile("\\b(?:"
            + "pas (?:als|nadat|wanneer|na)|eerst|alleen (?:als|nadat|na)|voordat|"
            + "only (?:after|once|when|if)|first|once you|before (?:i|we) can|"
            + "erst|zuerst|zunachst|nur (?:wenn|nachdem|nach)|vorher|bevor|"
            + "d'abord|(?:seulement|uniquement) (?:apres|si|lorsque|une fois|quand)|qu'apres|qu'une fois|au prealable|avant (?:de|que)"
            + ")\\b");

    /** A task of the customer's that a precondition can put before the person. */
    private static final Pattern TASK = Pattern.compile("\\b(?:"
            + "vragenlijst\\w*|\\d+ vragen|(?:een paar|een aantal|enkele|alle|de|onze) (?:\\w+ )?vragen|formulier\\w*|stappen|stappenplan|"
            + "test|quiz|assistent\\w*|chatbot|veelgestelde vragen|faq|helpcentrum|kennisbank|artikel\\w*|video\\w*|"
            + "questionnaire\\w*|survey|(?:a few|some|all|the|our) (?:\\w+ )?questions|forms?|steps|troubleshoot\\w*|"
            + "assistant|help ?cent(?:re|er)|knowledge base|articles?|"
            + "fragebogen|\\d+ fragen|(?:einige|alle|die|unsere) (?:\\w+ )?fragen|formular\\w*|schritte|hilfebereich|hilfe-center|"
            + "wissensdatenbank|problemlose\\w*|"
            + "formulaire\\w*|\\d+ questions|(?:quelques|toutes les|les|nos) (?:\\w+ )?questions|etapes|centre d'aide|"
            + "base de connaissances|preformulaire|prequalification"
            + ")\\b");

    /**
     * The assistant offered instead of the person: "ik kan vrijwel alles regelen", "laten we het eerst samen proberen",
     * "I can usually fix things in minutes", "ich kann das genauso gut", "versuchen wir es zuerst". Only beside a person
     * (in the sentence or the one before).
     */
    private static final Pattern SELF_INSTEAD = Pattern.compile("\\b(?:"
            + "ik kan (?:\\w+ ){0,3}?(?:alles|hetzelfde|net zo|evengoed|sneller)|laten we (?:het )?eerst|"
            + "probeer (?:het )?(?:eerst|liever) (?:\\w+ )?(?:met mij|hier|samen)|"
            + "i can (?:\\w+ ){0,4}?(?:in minutes|faster|quicker|just as|everything|anything)|let's (?:try|give it a go|see) (?:\\w+ ){0,3}?first|"
            + "let me try first|"
            + "ich kann (?:\\w+ ){0,4}?(?:alles|genauso|ebenso|schneller)|versuchen wir es (?:\\w+ ){0,2}?(?:zuerst|erst)|"
            + "je peux (?:\\w+ ){0,4}?(?:tout|aussi bien|plus vite|plus rapidement)|essayons d'abord"
            + ")\\b");

    /**
     * Whether the customer still wants the person or the wait: "still want to join the queue?", "do you really want to
     * wait?", "wil je echt op een medewerker wachten?". The question counts only when what it questions, after it in
     * the sentence, is a person or a queue: "Are you sure you want to cancel?" is an honest confirmation.
     */
    private static final Pattern STILL_WANT = Pattern.compile("\\b(?:"
            + "still want|do you really want|are you sure you want|wil (?:je|u) (?:nog steeds|toch nog|echt)|weet (?:je|u) (?:het )?zeker|"
            + "(?:wollen|mochten) sie (?:wirklich|trotzdem|immer noch|noch immer)|"
            + "(?:voulez|souhaitez)-vous (?:toujours|vraiment)|vous (?:voulez|souhaitez) (?:toujours|vraiment)"
            + ")\\b");
    private static final Pattern QUEUE = Pattern.compile("\\b(?:queue|wait\\w*|wachtrij|wacht\\w*|warteschlange|wart\\w*|file d'attente|attend\\w*)\\b");

    /**
     * Reaching the person: a precondition counts only on being put through to, speaking to or reaching someone ("erst
     * zuschalten, wenn …", "to speak to an adviser, first …"), not on what a colleague does first ("de medewerker stelt
     * je eerst een paar vragen om je identiteit te controleren").
     */
    private static final Pattern REACH = Pattern.compile("\\b(?:"
            + "spreken|spreek|praten|contact|bereik\\w*|doorverbind\\w*|doorverbonden|verbind\\w*|beschikbaar|bellen|"
            + "speak|talk|reach|connect\\w*|put you through|transfer\\w*|available|unlock\\w*|get through|"
            + "sprechen|erreich\\w*|zuschalt\\w*|verbind\\w*|weiterleit\\w*|verfugbar|kontakt\\w*|"
            + "joindre|parler|contacter|transfer\\w*|mettre en relation|disponible"
            + ")\\b");
    /** Checking who the customer is: a colleague's own first step, no hurdle. */
    private static final Pattern IDENTITY = Pattern.compile("\\b(?:identiteit|identity|identitat|identifi\\w*|identite|verifi\\w*|controle\\w*)\\b");

    private PersonDeterred() {
    }

    /** The first of {@code sentences} that puts a task or the assistant itself in the way of a person. */
    static Optional<String> find(AnswerSentences sentences, SourceSupport sources) {
        boolean personBefore = false;
        boolean reachBefore = false;
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            boolean personHere = PERSON.matcher(folded).find();
            boolean reachHere = REACH.matcher(folded).find();
            if (personHere || personBefore) {
                if (SELF_INSTEAD.matcher(folded).find() || stillWantsThePerson(folded)) {
                    return Optional.of(sentences.sentence(i));
                }
                if ((reachHere || reachBefore) && FIRST.matcher(folded).find() && !IDENTITY.matcher(folded).find()) {
                    Matcher task = TASK.matcher(folded);
                    if (task.find() && !sources.names(task.group().substring(task.group().lastIndexOf(' ') + 1))) {
                        return Optional.of(sentences.sentence(i));
                    }
                }
            }
            personBefore = personHere;
            reachBefore = reachHere;
        }
        return Optional.empty();
    }

    /** A "still want?" question whose object, after it in the sentence, is a person or a queue. */
    private static boolean stillWantsThePerson(String folded) {
        Matcher question = STILL_WANT.matcher(folded);
        if (!question.find()) {
            return false;
        }
        String rest = folded.substring(question.end());
        return PERSON.matcher(rest).find() || QUEUE.matcher(rest).find();
    }
}
