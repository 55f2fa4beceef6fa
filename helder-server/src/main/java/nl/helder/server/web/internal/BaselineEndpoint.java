package nl.helder.server.web.internal;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * A endpoint that does no work, shaped like {@code POST /api/v1/conversations/{id}/messages}: same path
 * depth, same JSON in and out, same filters. The HTTP benchmark measures it beside the real turn, so the
 * cost of Helder's own work is visible apart from the cost of HTTP, JSON and the servlet stack. Off unless
 * {@code helder.benchmark.baseline-endpoint=true}; never enable it in production.
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty("helder.benchmark.baseline-endpoint")
class BaselineEndpoint {

    record Body(String text) {
    }

    record Reply(String state, List<Object> messages) {
    }

    @PostMapping("/api/v1/benchmark/{id}/noop")
    Reply noop(@PathVariable UUID id, @RequestBody Body body) {
        return new Reply("BOT", List.of());
    }
}
