package nl.helder.server.web.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI helderOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Helder API")
                .version("v1")
                .description("Customer API of the Helder assistant (bearer token per conversation) and the admin API "
                        + "(HTTP Basic, role ADMIN). Errors are RFC 7807 problem details (application/problem+json).")
                .license(new License().name("Apache-2.0")));
    }
}
