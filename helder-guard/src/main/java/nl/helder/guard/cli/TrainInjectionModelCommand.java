package nl.helder.guard.cli;

import nl.helder.guard.injection.InjectionModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Re-trains the injection model from labelled data, so anyone can reproduce the model Helder ships (or train
 * one on their own data). Training is deterministic: the same files give the same model file.
 */
@Command(name = "train-injection-model", mixinStandardHelpOptions = true,
        description = "Train the prompt-injection model from labelled JSON lines and benign prose.")
final class TrainInjectionModelCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, arity = "1..*",
            description = "Labelled files: .jsonl with text|prompt and label (1 = injection), .json arrays of benign prompts, or .tsv lines of lang, INJECTION|BENIGN and text.")
    List<Path> data;

    @Option(names = "--prose", arity = "0..*", description = "Folders of benign Markdown or text, one example per sentence.")
    List<Path> prose = List.of();

    @Option(names = "--out", required = true, description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int examples = InjectionModelTrainer.train(data, prose, writer);
            System.err.println("trained on " + examples + " examples; model written to " + out);
        }
        return 0;
    }
}
