package nl.helder.server.assistant;

import nl.helder.server.ApplicationIT;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An integration test of the running application with the language model pointed at {@link #STUB}, one stub
 * server for all such tests (each test sets the answer it needs, which also clears the requests recorded).
 */
abstract class LlmStubIT extends ApplicationIT {

    static final OpenAiStub STUB = new OpenAiStub().start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("helder.llm.base-url", STUB::baseUrl);
    }
}
