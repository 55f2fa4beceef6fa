/**
 * The compliance workspace: the register of the company's AI systems, their classification under the AI Act
 * (from a versioned rules file, with the article behind every conclusion) and the obligations and deadlines
 * that follow from it. Helder registers itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package nl.helder.server.compliance;
