package nl.helder.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start in AOT mode must refuse settings that would have changed the beans the build fixed (README, "Start to
 * ready"): each decided setting against a bean factory shaped like the default AOT build, and the bean names the
 * check relies on still declared where they come from.
 */
class AheadOfTimeCheckTest {

    /** The beans of the default build: no LLM, H2, no baseline endpoint, no mail server, API docs on. */
    private static DefaultListableBeanFactory defaultBuild() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("openApiResource", new RootBeanDefinition(Object.class));
        return beans;
    }

    private static MockEnvironment h2() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:/tmp/helder/helder;WRITE_DELAY=0");
    }

    @Test
    void theDefaultSettingsMatchTheDefaultBuild() {
        assertThatCode(() -> AheadOfTimeCheck.check(defaultBuild(), h2())).doesNotThrowAnyException();
        assertThatCode(() -> AheadOfTimeCheck.check(defaultBuild(), h2().withProperty("helder.llm.provider", "NONE")))
                .doesNotThrowAnyException();
    }

    @Test
    void aLanguageModelNeedsAJarBuiltWithOne() {
        assertThatThrownBy(() -> AheadOfTimeCheck.check(defaultBuild(), h2().withProperty("helder.llm.provider", "openai")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helder.llm.provider=openai").hasMessageContaining("'chatModel'").hasMessageContaining("left out");
    }

    @Test
    void postgresqlNeedsItsBroadcastsAndTheUrlIsNotPrinted() {
        MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/helder?password=secret");
        assertThatThrownBy(() -> AheadOfTimeCheck.check(defaultBuild(), postgres))
                .hasMessageContaining("'postgresBroadcasts'").hasMessageNotContaining("secret");

        DefaultListableBeanFactory postgresBuild = defaultBuild();
        postgresBuild.registerBeanDefinition("postgresBroadcasts", new RootBeanDefinition(Object.class));
        assertThatCode(() -> AheadOfTimeCheck.check(postgresBuild, postgres)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AheadOfTimeCheck.check(postgresBuild, h2()))
                .hasMessageContaining("does not want the bean 'postgresBroadcasts'").hasMessageContaining("built in");
    }

    @Test
    void theOtherDecidedSettings() {
        assertThatThrownBy(() -> AheadOfTimeCheck.check(defaultBuild(), h2().withProperty("helder.benchmark.baseline-endpoint", "true")))
                .hasMessageContaining("'baselineEndpoint'");
        assertThatThrownBy(() -> AheadOfTimeCheck.check(defaultBuild(), h2().withProperty("spring.mail.host", "smtp.example.nl")))
                .hasMessageContaining("'mailSender'");
        assertThatThrownBy(() -> AheadOfTimeCheck.check(defaultBuild(), h2().withProperty("springdoc.api-docs.enabled", "false")))
                .hasMessageContaining("does not want the bean 'openApiResource'");
    }

    /** The names the check looks up are the ones the conditional beans are declared under. */
    @Test
    void theCheckedBeansAreDeclaredUnderTheirNames() throws ClassNotFoundException {
        assertThat(beanMethod("nl.helder.server.assistant.internal.LlmConfiguration", "chatModel")).isTrue();
        assertThat(beanMethod("nl.helder.server.cluster.internal.ClusterConfiguration", "postgresBroadcasts")).isTrue();
        assertThat(beanMethod("org.springframework.boot.mail.autoconfigure.MailSenderPropertiesConfiguration", "mailSender")).isTrue();
        assertThat(beanMethod("org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration", "openApiResource")).isTrue();
        Class<?> baseline = Class.forName("nl.helder.server.web.internal.BaselineEndpoint");
        assertThat(baseline.isAnnotationPresent(RestController.class) || baseline.isAnnotationPresent(Component.class)).isTrue();
        assertThat(AheadOfTimeCheck.DECIDED).extracting(AheadOfTimeCheck.Decided::bean)
                .containsExactly("chatModel", "postgresBroadcasts", "baselineEndpoint", "mailSender", "openApiResource");
    }

    private static boolean beanMethod(String type, String name) throws ClassNotFoundException {
        Method[] methods = Class.forName(type).getDeclaredMethods();
        return Arrays.stream(methods).anyMatch(method -> method.getName().equals(name) && method.isAnnotationPresent(Bean.class));
    }
}
