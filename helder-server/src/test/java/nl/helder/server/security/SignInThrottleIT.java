package nl.helder.server.security;

import nl.helder.server.ApplicationIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down, not turned into a lock-out: an attacker elsewhere cannot keep the real user
 * out of the address they sign in from, one address trying many accounts is slowed as a whole, a waiting
 * attempt gets 429 with {@code Retry-After} (or a notice on the sign-in page) without its password being
 * checked, and each slow-down and each administrator's unlock is in the audit trail. Clients are told apart by
 * their loopback address ({@code 127.0.0.x}). Time passing is simulated by moving the stored last failure back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=throttle-admin",
        "helder.bootstrap-admin.password=throttle-admin-password",
        "helder.sign-in.account-free-failures=3",
        "helder.sign-in.address-free-failures=6",
        "helder.sign-in.first-delay=1m",
        "helder.sign-in.max-delay=15m",
        "helder.sign-in.cleanup-interval=1s"})
class SignInThrottleIT extends ApplicationIT {

    private static final String ADMIN_NAME = "throttle-admin";
    private static final String ADMIN = basic(ADMIN_NAME, "throttle-admin-password");
    private static final String PASSWORD = "a-long-password-123";
    private static final String STAFF = "/api/v1/staff/me";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The administrator's office: signed in from here before. */
    private FromAddress office;

    @BeforeEach
    void adminSignsInFromTheOffice() {
        office = from("127.0.0.1");
        assertThat(office.get(STAFF, "Authorization", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void anAttackerCannotLockTheAdministratorOutOfTheAddressTheyUse() {
        FromAddress attacker = from("127.0.1.10");
        for (int i = 1; i <= 4; i++) {
            assertThat(attacker.get(STAFF, "Authorization", basic(ADMIN_NAME, "guess-" + i)).status()).as("guess %d", i).isEqualTo(401);
        }
        FromAddress.Response refused = attacker.get(STAFF, "Authorization", ADMIN);
        assertThat(refused.status()).as("even the right password waits, unchecked, at an unknown address").isEqualTo(429);
        assertRetryAfter(refused, 60);
        assertThat(JSON.readTree(refused.body()).get("type").asString()).isEqualTo("https://helder.dev/problems/sign-in-throttled");

        assertThat(office.get(STAFF, "Authorization", ADMIN).status()).as("the administrator at the known address").isEqualTo(200);
        assertThat(office.get(STAFF, "Authorization", basic(ADMIN_NAME, "a-typo")).status()).as("a typo there is just wrong").isEqualTo(401);
        assertThat(office.get(STAFF, "Authorization", ADMIN).status()).isEqualTo(200);

        assertThat(auditDetails("SIGN_IN_SLOWED")).anySatisfy(details -> assertThat(details).containsEntry("scope", "ACCOUNT")
                .containsEntry("account", ADMIN_NAME).containsEntry("failures", 4).containsEntry("waitSeconds", 60)
                .containsEntry("network", "127.0.1.0/24"));

        FromAddress hotel = from("127.0.2.10");
        assertThat(hotel.get(STAFF, "Authorization", ADMIN).status()).as("a fresh address waits too").isEqualTo(429);
        minutesPass(2);
        assertThat(hotel.get(STAFF, "Authorization", ADMIN).status()).as("the right password after the wait").isEqualTo(200);
        assertThat(attacker.get(STAFF, "Authorization", basic(ADMIN_NAME, "guess-5")).status())
                .as("the success cleared the account's count: the attacker starts over at its free guesses").isEqualTo(401);
    }

    @Test
    void simultaneousGuessesCannotSlipThroughBeforeTheyAreCounted() throws Exception {
        String target = agent("burst");
        FromAddress attacker = from("127.0.13.10");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "burst-guess-" + i;
                guesses.add(pool.submit(() -> attacker.get(STAFF, "Authorization", basic(target, guess)).status()));
            }
            for (Future<Integer> guess : guesses) {
                statuses.add(guess.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(status -> status == 401).count())
                .as("3 free guesses and the one that starts the wait are checked, whatever arrives together: %s", statuses).isEqualTo(4);
        assertThat(statuses.stream().filter(status -> status == 429).count()).isEqualTo(8);
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowed() {
        FromAddress sprayer = from("127.0.3.10");
        String agent = agent("sprayed");
        for (int i = 1; i <= 7; i++) {
            String account = i == 3 ? agent : "nobody-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            assertThat(sprayer.get(STAFF, "Authorization", basic(account, "Summer2026!")).status()).as("account %d", i).isEqualTo(401);
        }
        FromAddress.Response refused = sprayer.get(STAFF, "Authorization", basic("yet-another", "Summer2026!"));
        assertThat(refused.status()).as("an eighth account from the same address").isEqualTo(429);
        assertRetryAfter(refused, 60);
        assertThat(sprayer.get(STAFF, "Authorization", basic(agent, PASSWORD)).status())
                .as("the address waits for every account it never signed in to").isEqualTo(429);

        assertThat(from("127.0.4.10").get(STAFF, "Authorization", basic(agent, PASSWORD)).status())
                .as("the accounts themselves are not slowed: one failure each").isEqualTo(200);
        assertThat(office.get(STAFF, "Authorization", ADMIN).status()).isEqualTo(200);

        List<Map<String, Object>> slowed = auditDetails("SIGN_IN_SLOWED");
        assertThat(slowed).anySatisfy(details -> assertThat(details).containsEntry("scope", "ADDRESS")
                .containsEntry("network", "127.0.3.0/24").containsEntry("failures", 7).doesNotContainKey("account"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE details LIKE '%Summer2026%' OR details LIKE '%nobody-%'")
                .query(Long.class).single()).as("no password, no name of an account that does not exist").isZero();
        assertThat(client.get("/api/v1/admin/audit/verify", "Authorization", ADMIN).json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void anAdministratorLiftsAWaitAndTheAuditTrailSaysWho() {
        String victim = agent("victim");
        FromAddress attacker = from("127.0.5.10");
        for (int i = 1; i <= 4; i++) {
            attacker.get(STAFF, "Authorization", basic(victim, "guess-" + i));
        }
        FromAddress laptop = from("127.0.6.10");
        assertThat(laptop.get(STAFF, "Authorization", basic(victim, PASSWORD)).status()).isEqualTo(429);

        JsonNode list = JSON.readTree(office.get("/api/v1/admin/sign-in/slowed", "Authorization", ADMIN).body());
        assertThat(list.valueStream().filter(s -> victim.equals(s.get("account").asString())).findFirst()).hasValueSatisfying(s -> {
            assertThat(s.get("failures").asInt()).isEqualTo(4);
            assertThat(s.get("address").isNull()).isTrue();
        });
        assertThat(office.delete("/api/v1/admin/sign-in/slowed/accounts/" + victim, "Authorization", ADMIN).status()).isEqualTo(204);
        assertThat(laptop.get(STAFF, "Authorization", basic(victim, PASSWORD)).status()).isEqualTo(200);
        FromAddress.Response nothingLeft = office.delete("/api/v1/admin/sign-in/slowed/accounts/" + victim, "Authorization", ADMIN);
        assertThat(nothingLeft.status()).as("nothing left to lift").isEqualTo(404);
        assertThat(JSON.readTree(nothingLeft.body()).get("type").asString()).isEqualTo("https://helder.dev/problems/nothing-to-unlock");
        assertThat(laptop.delete("/api/v1/admin/sign-in/slowed/accounts/" + victim, "Authorization", basic(victim, PASSWORD)).status())
                .as("an agent is no administrator").isEqualTo(403);

        assertThat(auditRows("SIGN_IN_UNLOCKED")).anySatisfy(row -> {
            assertThat(row.get("actor")).isEqualTo(ADMIN_NAME);
            assertThat(row.get("details").toString()).contains("\"account\":\"" + victim + "\"").contains("\"scope\":\"ACCOUNT\"");
        });
    }

    @Test
    void anAdministratorLiftsTheWaitOfAnAddress() {
        FromAddress sprayer = from("127.0.8.10");
        for (int i = 1; i <= 7; i++) {
            sprayer.get(STAFF, "Authorization", basic("spray-" + i, "guess"));
        }
        String agent = agent("behind-nat");
        assertThat(sprayer.get(STAFF, "Authorization", basic(agent, PASSWORD)).status()).isEqualTo(429);
        assertThat(office.delete("/api/v1/admin/sign-in/slowed/addresses/127.0.8.10", "Authorization", ADMIN).status()).isEqualTo(204);
        assertThat(sprayer.get(STAFF, "Authorization", basic(agent, PASSWORD)).status()).isEqualTo(200);
        assertThat(auditDetails("SIGN_IN_UNLOCKED")).anySatisfy(details -> assertThat(details)
                .containsEntry("scope", "ADDRESS").containsEntry("network", "127.0.8.0/24"));
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        String agent = agent("form");
        FromAddress browser = from("127.0.9.10");
        String location = null;
        for (int i = 1; i <= 5; i++) {
            FromAddress.Response response = formLogin(browser, agent, i == 5 ? PASSWORD : "guess-" + i);
            assertThat(response.status()).isEqualTo(302);
            location = response.header("Location");
        }
        Matcher wait = Pattern.compile("/login\\?wait=(\\d+)$").matcher(location);
        assertThat(wait.find()).as("the right password, refused unchecked while the account waits: %s", location).isTrue();
        assertThat(Integer.parseInt(wait.group(1))).isBetween(1, 60);
        String page = browser.get("/login?wait=" + wait.group(1)).body();
        assertThat(page).contains("Too many failed sign-ins").contains("wait " + wait.group(1) + " seconds")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void forgottenFailuresAndLongUnusedAddressesAreDeleted() throws InterruptedException {
        FromAddress.Response wrong = from("127.0.12.10").get(STAFF, "Authorization", basic("forgotten", "guess"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(rows("SELECT COUNT(*) FROM sign_in_attempts WHERE account = 'forgotten' OR address = '127.0.12.10'"))
                .as("the account's and the address's count").isEqualTo(2);
        jdbc.sql("UPDATE sign_in_attempts SET last_failure_at = DATEADD('HOUR', -25, last_failure_at) "
                + "WHERE account = 'forgotten' OR address = '127.0.12.10'").update();
        jdbc.sql("INSERT INTO sign_in_known_address (username, address, last_success_at) "
                + "VALUES (:u, '127.0.12.11', DATEADD('DAY', -91, CURRENT_TIMESTAMP))").param("u", ADMIN_NAME).update();

        long deadline = System.currentTimeMillis() + 15_000;
        while (rows("SELECT COUNT(*) FROM sign_in_attempts WHERE account = 'forgotten' OR address = '127.0.12.10'")
                + rows("SELECT COUNT(*) FROM sign_in_known_address WHERE address = '127.0.12.11'") > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(rows("SELECT COUNT(*) FROM sign_in_attempts WHERE account = 'forgotten' OR address = '127.0.12.10'"))
                .as("failures older than forget-after (24h)").isZero();
        assertThat(rows("SELECT COUNT(*) FROM sign_in_known_address WHERE address = '127.0.12.11'"))
                .as("an address unused for longer than known-address-for (90d)").isZero();
        assertThat(rows("SELECT COUNT(*) FROM sign_in_known_address WHERE address = '127.0.0.1'")).as("the office stays known").isEqualTo(1);
    }

    private long rows(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private FromAddress.Response formLogin(FromAddress browser, String username, String password) {
        FromAddress.Response page = browser.get("/login");
        String cookie = page.header("Set-Cookie").split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return browser.postForm("/login", "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1), "Cookie", cookie);
    }

    private FromAddress from(String address) {
        return new FromAddress(address, port);
    }

    private String agent(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(client.post("/api/v1/admin/users", json(Map.of("username", username, "displayName", "Agent", "password", PASSWORD,
                "roles", List.of("AGENT"))), "Authorization", ADMIN).status()).isEqualTo(201);
        return username;
    }

    /** As if the waits had passed: every stored failure moves {@code minutes} into the past. */
    private void minutesPass(int minutes) {
        jdbc.sql("UPDATE sign_in_attempts SET last_failure_at = DATEADD('MINUTE', :minus, last_failure_at)")
                .param("minus", -minutes).update();
    }

    private static void assertRetryAfter(FromAddress.Response response, int atMost) {
        assertThat(response.header("Retry-After")).as("Retry-After").isNotNull();
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, atMost);
    }

    private List<Map<String, Object>> auditDetails(String type) {
        return auditRows(type).stream().map(row -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> details = JSON.readValue(row.get("details").toString(), Map.class);
            return details;
        }).toList();
    }

    private List<Map<String, Object>> auditRows(String type) {
        return jdbc.sql("SELECT actor, details FROM audit_event WHERE event_type = :type").param("type", type).query().listOfRows();
    }
}
