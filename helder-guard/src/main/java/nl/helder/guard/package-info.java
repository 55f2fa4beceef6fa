/**
 * Guards for customer-service chatbots, in plain Java.
 *
 * <p>The entry point is {@link nl.helder.guard.InputGuard}: it takes one customer message and returns an
 * {@link nl.helder.guard.InputScan} with the personal data found (as spans), the redacted text, the
 * conversation signals and the prompt-injection assessment. Each concern is a small interface
 * ({@link nl.helder.guard.PersonalDataDetector}, {@link nl.helder.guard.SignalDetector},
 * {@link nl.helder.guard.InjectionDetector}) so that a caller can compose, replace or test them one by one.
 *
 * <p>Offsets are UTF-16 indices into the original text ({@code String} indices), end exclusive.
 */
package nl.helder.guard;
