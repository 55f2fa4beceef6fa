package nl.helder.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the feature boundaries: no cycles between features, and no feature reaching into another's
 * {@code internal} package. Also draws the module diagrams into {@code docs/modules}, so the picture in the
 * README is always the code's own.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(HelderApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theExpectedFeaturesExist() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("conversation", "knowledge", "assistant", "security", "web");
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.writeString(folder.resolve("modules.mmd"), mermaid(), StandardCharsets.UTF_8);

        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("modules.mmd"))).contains("conversation --> assistant");
    }

    /** A Mermaid version of the overview, which GitHub renders inline in Markdown. */
    static String mermaid() {
        TreeSet<String> edges = new TreeSet<>();
        MODULES.forEach(module -> module.getDirectDependencies(MODULES).stream()
                .map(ApplicationModuleDependency::getTargetModule)
                .filter(target -> !target.equals(module))
                .forEach(target -> edges.add("    " + module.getIdentifier() + " --> " + target.getIdentifier())));
        return "flowchart LR\n" + String.join("\n", edges) + "\n";
    }
}
