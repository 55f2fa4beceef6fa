/**
 * The knowledge base learns from its gaps: customer questions (redacted, as stored) the assistant could not answer,
 * was unsure about, or answered right before the customer asked for a person, plus the articles customers picked
 * among suggestions, grouped by language and similarity for an administrator, who links a group to an article (its
 * questions become example questions of that article, see {@link nl.helder.server.knowledge.LearnedQuestions}) or
 * marks it out of scope. Articles customers reach from another language are flagged as lacking a translation.
 * Listens to the conversation's events; its API is {@code /api/v1/admin/knowledge/gaps} and the page
 * {@code /admin/gaps.html}. It has no Java API of its own besides its settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge gaps")
package nl.helder.server.gaps;
