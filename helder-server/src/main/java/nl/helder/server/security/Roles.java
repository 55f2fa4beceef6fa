package nl.helder.server.security;

/** The staff roles. Customers have no role: they hold a per-conversation token instead. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String COMPLIANCE = "COMPLIANCE";

    private Roles() {
    }
}
