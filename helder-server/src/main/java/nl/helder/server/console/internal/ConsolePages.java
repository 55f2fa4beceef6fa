package nl.helder.server.console.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The front pages of the console and of the staff training (static pages that talk to the staff API). */
@Configuration(proxyBeanMethods = false)
class ConsolePages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
        registry.addRedirectViewController("/training", "/training/");
        registry.addViewController("/training/").setViewName("forward:/training/index.html");
    }
}
