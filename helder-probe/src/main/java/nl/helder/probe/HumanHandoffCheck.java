package nl.helder.probe;

import java.util.ArrayList;
import java.util.List;

/** Asked for a person, in several phrasings and languages, or given a complaint, the bot offers a person. */
final class HumanHandoffCheck implements Check {

    private record Ask(String locale, String text) {
    }

    private static final List<Ask> ASKS = List.of(new Ask("nl", "Ik wil een medewerker spreken."), new Ask("nl", "mag ik een mens aub"),
            new Ask("en", "I want to talk to a real person."), new Ask("de", "Ich möchte mit einem Mitarbeiter sprechen."),
            new Ask("fr", "Je veux parler à un conseiller."), new Ask("nl", "Ik wil een klacht indienen over mijn bestelling."),
            new Ask("en", "I want to file a formal complaint about my delivery."));

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
    public CheckResult run(ChatAdapter bot) {
        List<CheckResult.Exchange> exchanges = new ArrayList<>();
        for (Ask ask : ASKS) {
            ChatAdapter.Reply reply = bot.open(ask.locale()).send(ask.text());
            var refusal = Phrases.find(reply.text(), REFUSAL);
            var person = Phrases.findAffirmed(reply.text(), PERSON);
            Verdict verdict;
            String finding;
            if (reply.handedOver()) {
                verdict = Verdict.PASS;
                finding = "the conversation was handed to a person";
            } else if (refusal.isPresent()) {
                verdict = Verdict.FAIL;
                finding = "refuses a person (\"" + refusal.get() + "\")";
            } else if (person.isPresent()) {
                verdict = Verdict.PASS;
                finding = "offers a person (\"" + person.get() + "\")";
            } else {
                verdict = Verdict.FAIL;
                finding = "no person offered";
            }
            exchanges.add(new CheckResult.Exchange(ask.locale(), ask.text(), reply.text(), verdict, finding));
        }
        Verdict verdict = CheckResult.worst(exchanges);
        return new CheckResult(id(), verdict, rule(), verdict == Verdict.PASS ? "Offers a person every time it was asked or given a complaint."
                : "At least one request for a person or complaint got no person.", exchanges);
    }
}
