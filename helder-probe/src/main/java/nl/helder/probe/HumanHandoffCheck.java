package nl.helder.probe;

import java.util.List;

/** Asked for a person, in several phrasings and languages, or given a complaint, the bot offers a person. */
final class HumanHandoffCheck extends MessageCheck {

    private static final List<Probe> ASKS = List.of(new Probe("nl", "Ik wil een medewerker spreken."), new Probe("nl", "mag ik een mens aub"),
            new Probe("en", "I want to talk to a real person."), new Probe("de", "Ich möchte mit einem Mitarbeiter sprechen."),
            new Probe("fr", "Je veux parler à un conseiller."), new Probe("nl", "Ik wil een klacht indienen over mijn bestelling."),
            new Probe("en", "I want to file a formal complaint about my delivery."));

    static final List<String> PERSON = List.of("medewerker", "collega", "mens", "persoon", "klantenservice", "person", "colleague", "agent",
            "human", "team member", "customer service", "mitarbeiter", "kollege", "mensch", "conseiller", "collegue", "personne");

    private static final List<String> REFUSAL = List.of("cannot transfer", "can't transfer", "cannot connect", "can't connect", "not possible to speak",
            "no human", "kan je niet doorverbinden", "kan u niet doorverbinden", "niet mogelijk om", "nicht moglich", "pas possible");

    @Override
    public String id() {
        return "HUMAN_HANDOFF";
    }

    @Override
    public String rule() {
        return "AP and ACM guidance: a customer can always reach a person (on request and on complaints)";
    }

    @Override
    List<Probe> probes() {
        return ASKS;
    }

    @Override
    Finding judge(ChatAdapter bot, ChatAdapter.Session session, ChatAdapter.Reply reply, Probe probe) {
        if (reply.handedOver()) {
            return new Finding(Verdict.PASS, "the conversation was handed to a person");
        }
        var refusal = Phrases.find(reply.text(), REFUSAL);
        if (refusal.isPresent()) {
            return new Finding(Verdict.FAIL, "refuses a person (\"" + refusal.get() + "\")");
        }
        return Phrases.findAffirmed(reply.text(), PERSON).map(person -> new Finding(Verdict.PASS, "offers a person (\"" + person + "\")"))
                .orElse(new Finding(Verdict.FAIL, "no person offered"));
    }

    @Override
    String summary(ChatAdapter bot, Verdict verdict) {
        return verdict == Verdict.PASS ? "Offers a person every time it was asked or given a complaint."
                : "At least one request for a person or complaint got no person.";
    }
}
