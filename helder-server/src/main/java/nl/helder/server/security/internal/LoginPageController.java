package nl.helder.server.security.internal;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page of the consoles (form login with CSRF protection), with the wait when sign-in is slowed down. */
@RestController
class LoginPageController {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(CsrfToken csrf, @RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String wait) {
        String notice = wait != null ? "<p class=\"error\" role=\"alert\">" + waitNotice(wait) + "</p>"
                : error != null ? "<p class=\"error\" role=\"alert\">Wrong username or password.</p>"
                : logout != null ? "<p class=\"notice\" role=\"status\">You are signed out.</p>" : "";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in · Helder</title>
                  <link rel="stylesheet" href="/login.css">
                </head>
                <body>
                  <main>
                    <h1>Helder</h1>
                    <p>Sign in to the agent console and the compliance workspace.</p>
                    %s
                    <form method="post" action="/login">
                      <label for="username">Username</label>
                      <input id="username" name="username" autocomplete="username" required autofocus>
                      <label for="password">Password</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      <input type="hidden" name="%s" value="%s">
                      <button type="submit">Sign in</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }

    /** The wait after too many failed sign-ins, in words; the password was not checked. */
    static String waitNotice(String seconds) {
        long wait;
        try {
            wait = Math.max(1, Math.min(Long.parseLong(seconds), 24 * 3600));
        } catch (NumberFormatException e) {
            wait = 60;
        }
        String time = wait < 90 ? wait + (wait == 1 ? " second" : " seconds") : ((wait + 59) / 60) + " minutes";
        return "Too many failed sign-ins for this account or from this network. Your password was not checked: wait "
                + time + ", then try again. If you keep getting this, ask an administrator.";
    }
}
