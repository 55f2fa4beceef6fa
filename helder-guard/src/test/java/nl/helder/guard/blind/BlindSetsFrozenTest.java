package nl.helder.guard.blind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind sets are frozen: a set edited after its first run no longer measures phrasing nobody tuned on. Every
 * file {@code FROZEN.sha256} lists must still have its hash, and the list itself is pinned here, so changing a set
 * means changing this test too, in plain sight of review. Covers the server's knowledge base as well, so that a
 * full build fails on either.
 */
class BlindSetsFrozenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src/test/resources/evaluation/blind, 3bca6476fa4dbb5f05d520f765f294dfb2ee6ab6730fb222154cce673ffbe369, 8",
            "../helder-server/src/test/resources/evaluation/blind, 2fdf8678a18c7e9481ba3420e5498149a8cf126ceabca9e571a5cf5759db4b86, 47",
            "../helder-server/src/test/resources/evaluation/blind2, 51836b5d3a4085de0fe8989aadf0ed9f275a8c456aadcea35f6a81cd724b361b, 41",
            "src/test/resources/evaluation/blind2/injection, 84900f9153e0a2f63e86196e37be4d76f56aae8e95dba64d7c0aa4ea70c2d5d7, 1",
            "src/test/resources/evaluation/blind2/signals, 04e10bb6e5ee3d3d1a8a587ef1f648916573276c664b61c06e6d36a5e05a0e15, 2",
            "src/test/resources/evaluation/blind2/privacy, bf4000b790e801d1c87ecfec1cc3ce82780d0727db99483c155690909b815a86, 1",
            "src/test/resources/evaluation/blind2/answers, 19346dec2b70a2f2fcd22f391af30e6058f7b109b17e59c6a3ac6a4602eea939, 2",
            "src/test/resources/evaluation/blind3/signals, 7fc8e3f121313274008a88ccc766ea2d0ec797ae007a181ca66ed0d032f57c12, 3",
            "src/test/resources/evaluation/blind3/answers, f26b7eb7a4c847ec8a11fac9c3cded80ecced57aca00b878e828ef7248255859, 2",
            "src/test/resources/evaluation/blind3/honest, d032ae6712f24b942e9b6b0778897c447c561d80e20318568e25deb90c4ddad7, 1",
            "src/test/resources/evaluation/blind4/privacy, 64683aa8a21c82507e33debcb82bcb2f8a0507e5923ce8a19e3d9466c4ecfda2, 2",
            "src/test/resources/evaluation/blind4/injection, 526d357921401224a99853c6b3590192fb11a7b53f38340d869fd2ddb4c8b15b, 2",
            "src/test/resources/evaluation/blind5/answers, fbdce573c3a8500a24e3e7d0a95a468fd574612fca4910c39d193cda7feb6f99, 2",
            "src/test/resources/evaluation/blind5/honest, 7bc606de651544104423fe04e813c03f3f7c40718a744a8b57b315817d3b6b64, 1",
            "src/test/resources/evaluation/blind5/signals, 294dcb29e5672aac9435c0e1ca9b1f61ee43983b06bcc9efc5df4b0149c2f4fe, 1",
            "src/test/resources/evaluation/blind6/signals, c12501360d36ac0c7cce7366080ba774e7351b344768d4491036ca30b981e7f3, 8",
            "src/test/resources/evaluation/blind6/answers, d4e748f6c9549100051eb23856bac7850a34bb91cf6c8af2e014cf0e3b1f5f20, 2",
            "src/test/resources/evaluation/blind7/privacy, 4012343a7bb74eeed573ceb03509ac76fd222c964ed4d361de3f9f29b3d4cc7f, 4",
            "src/test/resources/evaluation/blind7/injection, 5a4dbb87e317cb7378d9224609085fc9d4f7c2a21d28307167dc0e90c7bfb372, 4",
            "src/test/resources/evaluation/blind8/answers, 6a8aba025a32575b5d79a87becff3dec6337dd9bb79c1777b75b83d3dfee7fc6, 5",
            "src/test/resources/evaluation/blind9/signals, f919b7fe1f93ebd12188b5e4bd32e9a1b97bd2092653b9378462d0e5b9a00868, 4",
            "src/test/resources/evaluation/blind10/answers, b9ffceb7b88b3c8b294c17add068cf8f0e5e27a8ad8987e4ffd3215b36431029, 4",
            "src/test/resources/evaluation/blind11/injection, e44950319163e88159bddca2181d3e05fb0ca0bdf40f4a4f957ede92e0f1508c, 3",
            "src/test/resources/evaluation/blind11/privacy, 66a0ff952b6c2bedf17713e8b3a4c5a95521104ad57249727b88e07dd6ab95b5, 3",
            "src/test/resources/evaluation/blind12/signals, ba138a27bdcee3294cc8e3bd25e0082a931a305f06dd68144cf19b65011fe05c, 3",
            "src/test/resources/evaluation/blind13/signals, 8b9a5de7b205ece4fa24563cfc07bd789414db0a2c025eb55eb69eb10d1ac0aa, 3",
            "src/test/resources/evaluation/blind14/injection, a527f43a376f053a66d8579c8801f380f0aee62a38ce432329b43ba6be039e7b, 3",
            "src/test/resources/evaluation/blind15/privacy, 0ab88eab2b9d5b921295a3cce6375c8d002ae1528c0dbc4ebfdb35bc5e9da596, 3",
            "src/test/resources/evaluation/blind16/answers, 57c43515e97c7aa3afa25166c688c40f93a209e36aa874c662dc756b1e719533, 3",
            "src/test/resources/evaluation/blind17/signals, 0f241ef5c572096c815fde84d009497711abd1be330963e7d2024cf355a1c452, 3",
            "src/test/resources/evaluation/blind18/injection, 2456852ff5822a6f78b61fb7ec0219028d1951073f924245ce7ac76a6b16b932, 3",
            "src/test/resources/evaluation/blind19/privacy, 385b37f1f088b6243bbd12d0f344c30b755c1209b681f84590cf72ec2677f10c, 3",
            "src/test/resources/evaluation/blind20/answers, d910222590e801e7626cfdb782e544f0954d97bf29a7c39b891cb640ccdc0845, 3",
            "src/test/resources/evaluation/blind21/signals, eb346d5a76d05b5e024fa8eeb8d2cc91b081abe02f702d1ce55421d2817c277d, 3",
            "src/test/resources/evaluation/blind22/injection, efeeff411e4aa110e8dcab9e571cfc02864d51946c2f9dadd326a73ba380c16c, 3",
            "src/test/resources/evaluation/blind23/privacy, 3dfbebd833b21bca50aefa2475c61828ac8c1d2e22d01859d94d6f12d15419b0, 3",
            "src/test/resources/evaluation/blind24/answers, 03237cd75974a03290d8ccecb157e51489e0dd7158f0014d8eac974ef02e8df1, 3",
            "src/test/resources/evaluation/blind25/signals, 121ab72c95b24fda48532f7d944affb36b58385c0a72c3e06f2599be7ae59e11, 3",
            "src/test/resources/evaluation/blind26/injection, 622649574fa7ca3804a1cd5aec5620cf385b6fe1bd7af0483d1da34410f75887, 3",
            "src/test/resources/evaluation/blind27/privacy, 470158dd63be14bdc2ba69735c84d144fae7da49c8507f3ccebc9b2cc75bf6af, 3",
            "src/test/resources/evaluation/blind28/answers, 890482770e7d58ab1796867f55a02180b92b2ec96de7d730bd4895301ff2d596, 3",
            "src/test/resources/evaluation/blind29/privacy, b0538b10d11ac1aa944bc6dc0ea8a3a891caf49bbac38c4eafd62ca20913a505, 2",
            "src/test/resources/evaluation/blind30/signals, 4b790f1ea7cee9ae26167ba323bf115cbf3bdd7efbf2db2f40d53d6b71db2cb8, 2"
    })
    void everyFrozenFileStillHasItsHash(String folder, String listHash, int files) throws IOException {
        Path root = Path.of(folder);
        Path list = root.resolve("FROZEN.sha256");
        assertThat(sha256(list)).as("the list of frozen files " + list + " was changed").isEqualTo(listHash);

        List<String> lines = Files.readAllLines(list).stream().filter(l -> !l.isBlank()).toList();
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            String expected = line.substring(0, 64);
            Path file = root.resolve(line.substring(64).strip());
            if (!Files.isRegularFile(file)) {
                changed.add(file + " is missing");
            } else if (!sha256(file).equals(expected)) {
                changed.add(file + " was edited");
            }
        }
        assertThat(lines).hasSize(files);
        assertThat(changed).as("frozen blind evaluation files must never be edited; add a new file instead").isEmpty();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
