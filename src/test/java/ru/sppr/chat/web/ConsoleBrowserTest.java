package ru.sppr.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.IngestListener;
import ru.sppr.chat.knowledge.IngestOptions;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/** The operator console in headless Chromium against the real service with the demo knowledge base. */
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static Application app;
    static Javalin http;
    static String base;
    static Path home;
    WebDriver browser;
    WebDriverWait wait;
    String testName;

    @BeforeAll
    static void startService() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if (System.getenv("CHAT_TEST_REQUIRE_BROWSER") != null) {
                throw new IllegalStateException("нет /usr/bin/chromium или /usr/bin/chromedriver (bin/test ставит их)");
            }
            Assumptions.abort("Chromium is not installed; bin/test installs chromium and chromium-driver");
        }
        home = Files.createTempDirectory("chat-console");
        app = Application.wire(AppConfig.load(Map.of("CHAT_INTENT_COOLDOWN", "1"), home),
                TestDatabases.open(TestDatabases.Backend.H2), Clock.systemUTC());
        app.knowledge().ingest(List.of(Path.of("demo/knowledge")), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        http = Api.create(app.services()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
    }

    @AfterAll
    static void stopService() {
        if (http != null) {
            http.stop();
            app.close();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        testName = info.getTestMethod().orElseThrow().getName();
        var options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(dir.resolve(testName + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    static String token(String username, Role role, Clearance clearance) {
        var user = app.users().ensure(new NewUser(username, "Пользователь " + username, role, clearance), Caller.LOCAL_ADMIN).user();
        return app.tokens().issue(user, Caller.LOCAL_ADMIN).token();
    }

    void signIn(String token) {
        browser.get(base + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input"))).sendKeys(token);
        browser.findElement(By.id("signin-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-session")));
    }

    WebElement askAndWait(String question) {
        int before = browser.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming)")).size();
        WebElement input = browser.findElement(By.id("question"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming)")).size() > before);
        List<WebElement> answers = browser.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming)"));
        return answers.getLast();
    }

    void newSession() {
        browser.findElement(By.id("new-session")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
    }

    @Test
    void operator_signs_in_asks_opens_a_citation_rates_and_follows_a_suggestion() {
        signIn(token("ivan", Role.OPERATOR, Clearance.INTERNAL));
        assertThat(browser.findElement(By.id("me")).getText()).contains("Пользователь ivan").contains("оператор").contains("служебный");
        newSession();

        WebElement answer = askAndWait("Сколько человек эвакуировано из Нижних Ключей?");

        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).containsIgnoringCase("эвакуир").contains("327");
        assertThat(answer.findElements(By.cssSelector(".chip"))).isNotEmpty();
        assertThat(answer.findElement(By.cssSelector(".badge")).getText()).startsWith("уверенность:");
        assertThat(answer.findElement(By.cssSelector(".badge")).getAttribute("title")).matches(".*\\d\\.\\d\\d");
        answer.findElement(By.cssSelector(".chip")).click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-card")));
        assertThat(card.getText()).containsAnyOf("документ", "таблица", "запись", "журнал событий", "изображение");
        assertThat(card.getText()).as("время — в поясе сервиса, с подписью").contains("МСК");

        WebElement up = answer.findElement(By.cssSelector(".feedback button[title='Полезный ответ']"));
        up.click();
        wait.until(ExpectedConditions.attributeToBe(up, "aria-pressed", "true"));

        List<WebElement> suggestions = answer.findElements(By.cssSelector(".suggestions button"));
        assertThat(suggestions).isNotEmpty();
        int before = browser.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming)")).size();
        suggestions.getFirst().click();
        wait.until(d -> d.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming)")).size() > before);
    }

    @Test
    void analyst_uploads_a_file_and_finds_it() throws IOException {
        signIn(token("anna", Role.ANALYST, Clearance.SECRET));
        browser.findElement(By.id("nav-knowledge")).click();
        Path file = Files.writeString(home.resolve("ledokhod.txt"), "Ледоход на реке Сосна начался у моста Заречье 7 апреля.");
        WebElement input = browser.findElement(By.id("file-input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(file.toAbsolutePath().toString());

        wait.until(d -> d.findElement(By.id("upload-results")).getText().contains("ledokhod.txt"));
        assertThat(browser.findElement(By.id("upload-results")).getText()).contains("✓").contains("добавлено 1");
        browser.findElement(By.id("search-q")).sendKeys("ледоход Сосна");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li mark")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#search-results li")).getText()).contains("Ледоход");
    }

    @Test
    void admin_sees_the_watchdog_summary_and_telemetry_charts() {
        signIn(token("root", Role.ADMIN, Clearance.SECRET));
        browser.findElement(By.id("nav-monitoring")).click();

        wait.until(d -> d.findElement(By.id("watchdog")).getText().contains("Цепочка аудита"));
        assertThat(browser.findElement(By.id("watchdog")).getText()).contains("цела").contains("согласованы");
        wait.until(d -> d.findElements(By.cssSelector("#charts figure")).size() == 4);
    }

    @Test
    void views_are_drawn_one_at_a_time_and_nothing_hidden_is_drawn() {
        signIn(token("layout-admin", Role.ADMIN, Clearance.SECRET));
        var js = (JavascriptExecutor) browser;

        assertThat(browser.findElement(By.id("alert")).isDisplayed()).as("сообщение об ошибке после входа").isFalse();
        for (String view : List.of("monitoring", "knowledge", "chat")) {
            browser.findElement(By.cssSelector("button[data-view='" + view + "']")).click();
            wait.until(d -> browser.findElement(By.id("view-" + view)).isDisplayed());
            @SuppressWarnings("unchecked")
            List<String> drawnHidden = (List<String>) js.executeScript("return [...document.querySelectorAll('[hidden]')]"
                    + ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.id || e.className)");
            @SuppressWarnings("unchecked")
            List<String> drawnViews = (List<String>) js.executeScript("return [...document.querySelectorAll('main')]"
                    + ".filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).map(m => m.id)");
            assertThat(drawnHidden).as("скрытые элементы на экране, вид " + view).isEmpty();
            assertThat(drawnViews).as("виды на экране").containsExactly("view-" + view);
        }
    }

    @Test
    void console_fits_a_phone_width_screen() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        signIn(token("mobile", Role.OPERATOR, Clearance.INTERNAL));
        newSession();

        WebElement answer = askAndWait("Что означает ПВР?");

        assertThat(answer.isDisplayed()).isTrue();
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
    }

    @Test
    void markup_in_documents_and_questions_is_shown_as_text_never_run() throws IOException {
        Path doc = Files.writeString(home.resolve("xss.md"), "# <script>window.hacked = 1</script>Вредный заголовок\n\n"
                + "Сигнальная ракета над рекой <img src=x onerror=\"window.hacked = 2\"> замечена у моста Заречье.\n");
        app.knowledge().ingest(List.of(doc), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        signIn(token("xss", Role.OPERATOR, Clearance.INTERNAL));
        newSession();

        WebElement answer = askAndWait("<script>window.hacked = 3</script> Где замечена сигнальная ракета?");
        answer.findElement(By.cssSelector(".chip")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-card")));

        assertThat(((JavascriptExecutor) browser).executeScript("return window.hacked === undefined")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#messages li.msg.user")).getText()).contains("<script>");
        assertThat(answer.getText()).contains("<img src=x");
        assertThat(browser.findElement(By.id("source-body")).getText()).contains("<script>window.hacked = 1</script>");
    }

    @Test
    void guest_does_not_see_confidential_sources() {
        signIn(token("gost", Role.GUEST, Clearance.PUBLIC));
        assertThat(browser.findElement(By.id("nav-knowledge")).isDisplayed()).isFalse();
        newSession();

        WebElement answer = askAndWait("Какова предварительная оценка ущерба от половодья в рублях?");

        assertThat(answer.getText()).doesNotContain("81,5");
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('.chip').forEach(c => c.click())");
        assertThat(browser.findElement(By.id("source-body")).getText()).doesNotContainIgnoringCase("ущерб");
    }

    @Test
    void closed_session_is_read_only_and_errors_are_shown_in_russian_keeping_the_question() {
        signIn(token("petr", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        askAndWait("Что означает ПВР?");
        String sessionId = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#session-list button[aria-current=true]').dataset.session");
        app.sessions().close(Long.parseLong(sessionId), Caller.LOCAL_ADMIN);

        WebElement input = browser.findElement(By.id("question"));
        input.sendKeys("Что сейчас на переправе?");
        input.sendKeys(Keys.ENTER);

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
        assertThat(alert.getText()).contains("сессия").containsIgnoringCase("не принимаются");
        assertThat(input.getAttribute("value")).isEqualTo("Что сейчас на переправе?");
        browser.findElement(By.cssSelector("#session-list button[aria-current=true]")).click();
        wait.until(d -> !d.findElement(By.id("question")).isEnabled());
        assertThat(browser.findElement(By.id("question")).getAttribute("placeholder")).contains("только чтение");
    }
}
