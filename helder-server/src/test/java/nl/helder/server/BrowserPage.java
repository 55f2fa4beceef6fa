package nl.helder.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method that takes a {@link Page} a fresh page in its own browser context of the shared
 * Chromium ({@link BrowserSupport#browser()}), and closes the context after the test. Register with
 * {@code @RegisterExtension final BrowserPage browser = new BrowserPage(1280, 800);}.
 */
public final class BrowserPage implements ParameterResolver, AfterEachCallback {

    private final int width;
    private final int height;
    private BrowserContext context;

    public BrowserPage(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        return context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
