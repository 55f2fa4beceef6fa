package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import nl.helder.guard.text.Tokens;

import java.util.List;

/** Finds an answer claiming to be written by a person, in Dutch, English, German or French. */
public final class HumanClaimCheck implements AnswerCheck {

    private static final List<String> CLAIMS = List.of("ik ben een mens", "ik ben een echte medewerker", "ik ben een echt persoon",
            "ik ben een echte persoon", "ik ben geen bot", "ik ben geen robot", "ik ben geen computer", "ik ben geen ai",
            "als mens begrijp ik", "i am a human", "i'm a human", "i am human", "i'm human", "i am a real person", "i'm a real person",
            "i am not a bot", "i'm not a bot", "i am not a robot", "i'm not a robot", "i am not an ai", "i'm not an ai",
            "i am not a computer", "i'm not a computer", "i am a real", "i'm a real", "ik ben een echte",
            "as a human, i", "ich bin ein mensch", "ich bin kein bot", "ich bin kein roboter", "je suis un humain",
            "je suis une vraie personne", "je ne suis pas un robot");

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        return Tokens.firstPhrase(AnswerText.fold(answer), CLAIMS)
                .map(claim -> List.of(new OutputCheck(OutputCheckType.CLAIMS_HUMAN, 1.0, "claims to be human: \"" + claim + "\"")))
                .orElse(List.of());
    }
}
