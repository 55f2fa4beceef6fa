package nl.helder.server.web.internal;

import java.util.List;

/**
 * The text of the accessibility statement of the chat widget, in Dutch or English, filled in from the
 * configuration (the contact) and from the audit the build runs (axe version, sizes, what is checked). What is
 * stated here is what {@code AccessibilityBrowserIT} (which also checks the axe version named here),
 * {@code WidgetReflowBrowserIT}, {@code KeyboardBrowserIT} and {@code WidgetSemanticsBrowserIT} check on every
 * build: change them together.
 */
final class AccessibilityStatement {

    /** The axe-core version embedded in com.deque.html.axe-core:playwright, which the build runs. */
    static final String AXE_VERSION = "4.11.4";
    static final String AUDITED = "2026-11-30";

    record Section(String heading, List<String> paragraphs, List<String> items) {
    }

    record Statement(String locale, String title, List<Section> sections) {
    }

    private AccessibilityStatement() {
    }

    static Statement of(String locale, String contact) {
        return "nl".equals(locale) ? dutch(contact) : english(contact);
    }

    private static Statement dutch(String contact) {
        String reach = contact == null || contact.isBlank()
                ? "Via de chat zelf: kies \"Praat met een medewerker\". Is er niemand online, dan laat u uw vraag en een e-mailadres of "
                + "telefoonnummer achter en krijgt u een referentienummer."
                : "Neem contact met ons op via " + contact.strip() + ", of kies in de chat \"Praat met een medewerker\".";
        return new Statement("nl", "Toegankelijkheidsverklaring van de chat", List.of(
                new Section("Waar deze verklaring over gaat", List.of(
                        "Deze verklaring gaat over de chat op onze website (de AI-assistent en het gesprek met een medewerker) en over de "
                                + "pagina's die bij de chat horen. Wij willen dat iedereen de chat kan gebruiken: met alleen een toetsenbord, "
                                + "met een schermlezer, vergroot tot 400 % of op een smal scherm. De chat volgt daarvoor de Europese norm "
                                + "EN 301 549, die verwijst naar WCAG 2.1 op niveau AA, zoals de Europese toegankelijkheidsrichtlijn "
                                + "(European Accessibility Act, richtlijn 2019/882) vraagt."), List.of()),
                new Section("Wat we hebben getest, en hoe", List.of(
                        "Laatst getoetst op " + AUDITED + ". De tests draaien bij elke nieuwe versie van de software opnieuw."), List.of(
                        "Automatisch met axe-core " + AXE_VERSION + " in de browser Chromium: elke pagina en elke toestand van de chat "
                                + "(geopend, met een antwoord, doorverbonden, het formulier voor een bericht, met fouten, met een medewerker). "
                                + "Geen enkele ernstige of kritieke fout is toegestaan.",
                        "Alleen met het toetsenbord: de chat openen, een vraag stellen, een medewerker vragen, het formulier invullen en "
                                + "sluiten met Escape, waarna de focus terugkeert op de knop waarmee u de chat opende.",
                        "Vergroting en smalle schermen: op 320 bij 256 pixels (400 % zoom) en op 640 bij 400 pixels (200 % zoom) blijven "
                                + "de melding dat u met AI praat, het antwoord en het invoerveld leesbaar en bereikbaar.",
                        "Contrast: tekst minstens 4,5:1, randen van invoervelden en de focusrand minstens 3:1.",
                        "Nieuwe berichten terwijl de chat dicht is, worden op de knop getoond en voorgelezen.")),
                new Section("Wat nog niet goed is", List.of(), List.of(
                        "Er is nog niet getest met mensen met een beperking en nog niet met schermlezers als NVDA, JAWS en VoiceOver; "
                                + "automatische tests vinden niet alle problemen.",
                        "Links naar bronnen openen in een nieuw tabblad zonder dat vooraf te melden.",
                        "De schermen voor medewerkers zijn alleen in het Engels.",
                        "De PDF-documenten (zoals het informatieblad) zijn geen getagde, toegankelijke PDF's; dezelfde inhoud staat als "
                                + "webpagina klaar.")),
                new Section("Een probleem melden", List.of(reach,
                        "Wij reageren binnen vijf werkdagen. Vindt u ons antwoord niet goed, dan kunt u het melden bij de Autoriteit "
                                + "Consument & Markt (ACM), die in Nederland toezicht houdt op de toegankelijkheid van diensten als deze."),
                        List.of())));
    }

    private static Statement english(String contact) {
        String reach = contact == null || contact.isBlank()
                ? "Through the chat itself: choose \"Talk to a person\". When nobody is online, leave your question and an e-mail "
                + "address or phone number, and you get a reference number."
                : "Contact us at " + contact.strip() + ", or choose \"Talk to a person\" in the chat.";
        return new Statement("en", "Accessibility statement of the chat", List.of(
                new Section("What this statement covers", List.of(
                        "This statement covers the chat on our website (the AI assistant and the conversation with a person) and the "
                                + "pages that belong to it. We want everyone to be able to use the chat: with a keyboard only, with a screen "
                                + "reader, enlarged to 400 % or on a narrow screen. To that end the chat follows the European standard "
                                + "EN 301 549, which refers to WCAG 2.1 level AA, as the European Accessibility Act (Directive 2019/882) "
                                + "asks."), List.of()),
                new Section("What we tested, and how", List.of(
                        "Last checked on " + AUDITED + ". The tests run again for every new version of the software."), List.of(
                        "Automatically with axe-core " + AXE_VERSION + " in the Chromium browser: every page and every state of the chat "
                                + "(open, with an answer, handed over, the message form, with errors, with a person). No serious or critical "
                                + "violation is allowed.",
                        "With a keyboard only: opening the chat, asking a question, asking for a person, filling in the form and closing "
                                + "with Escape, after which the focus returns to the button that opened the chat.",
                        "Zoom and narrow screens: at 320 by 256 pixels (400 % zoom) and at 640 by 400 pixels (200 % zoom) the notice "
                                + "that you are talking to an AI, the answer and the message box stay readable and reachable.",
                        "Contrast: text at least 4.5:1, input borders and the focus ring at least 3:1.",
                        "New messages while the chat is closed are shown on its button and announced.")),
                new Section("Known limitations", List.of(), List.of(
                        "It has not yet been tested with disabled users, nor with screen readers such as NVDA, JAWS and VoiceOver; "
                                + "automated tests do not find every problem.",
                        "Links to sources open in a new tab without saying so beforehand.",
                        "The staff pages are in English only.",
                        "The PDF documents (such as the fact sheet) are not tagged, accessible PDFs; the same content is available as a "
                                + "web page.")),
                new Section("Reporting a problem", List.of(reach,
                        "We reply within five working days. If you are not satisfied with our reply, you can report it to the "
                                + "supervisor of your country; in the Netherlands that is the Authority for Consumers and Markets (ACM)."),
                        List.of())));
    }
}
