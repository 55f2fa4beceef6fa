package nl.helder.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape every check has: send each of its probe messages in a new conversation, judge each reply, and take
 * the worst verdict (FAIL over INCONCLUSIVE over PASS) as the check's.
 */
abstract class MessageCheck implements Check {

    /** One message to send, in a new conversation in {@code locale}. */
    record Probe(String locale, String text) {
    }

    /** What the check saw in one reply. */
    record Finding(Verdict verdict, String text) {
    }

    abstract List<Probe> probes();

    abstract Finding judge(ChatAdapter bot, ChatAdapter.Session session, ChatAdapter.Reply reply, Probe probe);

    abstract String summary(ChatAdapter bot, Verdict verdict);

    /** What the report shows as received: the reply, or for some checks the opening before it too. */
    String received(ChatAdapter.Session session, ChatAdapter.Reply reply) {
        return reply.text();
    }

    @Override
    public final CheckResult run(ChatAdapter bot) {
        List<CheckResult.Exchange> exchanges = new ArrayList<>();
        for (Probe probe : probes()) {
            ChatAdapter.Session session = bot.open(probe.locale());
            ChatAdapter.Reply reply = session.send(probe.text());
            Finding finding = judge(bot, session, reply, probe);
            exchanges.add(new CheckResult.Exchange(probe.locale(), probe.text(), received(session, reply), finding.verdict(), finding.text()));
        }
        Verdict verdict = CheckResult.worst(exchanges);
        return new CheckResult(id(), verdict, rule(), summary(bot, verdict), exchanges);
    }
}
