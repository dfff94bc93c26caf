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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.sppr.chat.TempTrees;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
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
    Path profile;

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
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
        http = Api.create(app.services()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
    }

    @AfterAll
    static void stopService() {
        if (http != null) {
            http.stop();
            app.close();
        }
        if (home != null) {
            TempTrees.delete(home);
        }
    }

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        testName = info.getTestMethod().orElseThrow().getName();
        var options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1366,768",
                "--user-data-dir=" + (profile = Files.createTempDirectory("chromium")));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // a card or list redrawn while a wait reads it: read it again (the wait still fails after its time)
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        try {
            if (browser != null) {
                Path dir = Files.createDirectories(Path.of("target/screenshots"));
                Files.write(dir.resolve(testName + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (profile != null) {
                TempTrees.delete(profile);
            }
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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-board")));
    }

    void openChat() {
        browser.findElement(By.cssSelector("button[data-view='chat']")).click();
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
        openChat();
        browser.findElement(By.id("new-session")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
    }


    /**
     * What a person would see wrong on the screen now: a drawn element that has the hidden attribute, more than one
     * view drawn, the view under the header or its parts drawn over each other, text wider than its box (cards,
     * buttons, headings), a page wider than the window, the error bar over the navigation or any button or field, a
     * character drawn as the missing-glyph box.
     */
    static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const drawn = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
            const name = (e) => e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            document.querySelectorAll('[hidden]').forEach((e) => { if (getComputedStyle(e).display !== 'none') problems.push('скрытый элемент виден: ' + name(e)); });
            const views = [...document.querySelectorAll('main')].filter(drawn);
            if (views.length > 1) problems.push('видов на экране: ' + views.map(name).join(', '));
            const overlap = (a, b) => { const r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
              return Math.max(0, Math.min(r.right, q.right) - Math.max(r.left, q.left)) * Math.max(0, Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top)); };
            const header = document.querySelector('header.top');
            for (const v of views) {
              if (header && drawn(header) && overlap(header, v) > 1) problems.push('вид ' + name(v) + ' под заголовком');
              const parts = [...v.children].filter(drawn);
              for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++)
                if (overlap(parts[i], parts[j]) > 1 && getComputedStyle(parts[j]).position !== 'fixed' && getComputedStyle(parts[i]).position !== 'fixed')
                  problems.push('части вида наложены: ' + name(parts[i]) + ' и ' + name(parts[j]));
            }
            const boxes = '.incident, .incident-open, .status, .figure summary, .entity-chip, .timeline li, .shift-body li, .msg, .results li, '
              + '.filters, .badge, .chip, .nav, button, h2, h3, .meta, .facts, .sessions li';
            document.querySelectorAll(boxes).forEach((e) => {
              if (drawn(e) && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
                problems.push('текст шире рамки: ' + name(e) + ' «' + e.textContent.trim().slice(0, 40) + '»');
            });
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('страница шире окна');
            document.querySelectorAll('body *').forEach((panel) => {
              if (!drawn(panel) || getComputedStyle(panel).position !== 'fixed' || panel.id === 'alert' || panel.tagName === 'DIALOG') return;
              document.querySelectorAll('button, a, input, textarea, select, h2').forEach((e) => {
                if (panel.contains(e) || !drawn(e)) return;
                const q = e.getBoundingClientRect(), covered = overlap(panel, e);
                if (covered > 1 && covered < q.width * q.height - 1) problems.push('закрыт наполовину: ' + name(e) + ' под ' + name(panel));
              });
            });
            const bar = document.getElementById('alert');
            if (bar && drawn(bar)) document.querySelectorAll('nav, button, a, input, textarea, select').forEach((e) => {
              if (!bar.contains(e) && drawn(e) && overlap(bar, e) > 0) problems.push('сообщение об ошибке закрывает: ' + name(e));
            });
            document.querySelectorAll('input[type=date], input[type=datetime-local], input[type=time], input[type=month]').forEach((e) => {
              if (drawn(e)) problems.push('поле даты в формате браузера (не дд.мм.гггг): ' + name(e));
            });
            const typed = (e) => e.tagName === 'TEXTAREA' || ['text', 'search', 'password', 'email', 'url', 'tel', 'number', ''].includes(e.getAttribute('type') || '');
            document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach((e) => {
              if (!drawn(e) || !typed(e) || !e.placeholder) return;
              const value = e.value; e.value = e.placeholder;
              const wide = e.scrollWidth > e.clientWidth + 1, tall = e.tagName === 'TEXTAREA' && e.scrollHeight > e.clientHeight + 1;
              e.value = value;
              if (wide || tall) problems.push('подсказка не помещается в поле: ' + name(e) + ' «' + e.placeholder.slice(0, 40) + '»');
            });
            const canvas = document.createElement('canvas'); canvas.width = 40; canvas.height = 40;
            const g = canvas.getContext('2d', { willReadFrequently: true });
            const image = (ch, font) => { g.clearRect(0, 0, 40, 40); g.font = font; g.fillText(ch, 4, 28); return g.getImageData(0, 0, 40, 40).data.join(); };
            const seen = new Set();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const host = walker.currentNode.parentElement;
              if (!host || !drawn(host)) continue;
              const style = getComputedStyle(host), font = style.fontWeight + ' 24px ' + style.fontFamily;
              const missing = image('\\u0378', font);
              for (const ch of walker.currentNode.textContent) {
                if (/\\s/.test(ch) || seen.has(ch + font)) continue;
                seen.add(ch + font);
                if (image(ch, font) === missing) problems.push('символ без глифа: U+' + ch.codePointAt(0).toString(16) + ' в ' + name(host));
              }
            }
            return problems;
            """;

    @SuppressWarnings("unchecked")
    List<String> layoutProblems() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_PROBLEMS);
    }

    void shoot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    void view(String view) {
        browser.findElement(By.cssSelector("button[data-view='" + view + "']")).click();
        wait.until(d -> d.findElement(By.id("view-" + view)).isDisplayed());
    }

    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    void looksRight(String shot) throws IOException {
        shoot(shot);
        assertThat(layoutProblems()).as("что видно на экране: " + shot).isEmpty();
    }

    @Test
    void every_view_looks_right_at_desktop_and_phone_sizes() throws IOException {
        String token = token("looks", Role.ADMIN, Clearance.SECRET);
        for (var size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            String suffix = "-" + size.width + "x" + size.height;
            browser.manage().window().setSize(size);
            browser.manage().deleteAllCookies();
            signIn(token);
            wait.until(d -> !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty());
            looksRight("view-board" + suffix);

            browser.findElements(By.cssSelector("#incident-list .incident-open")).stream()
                    .filter(b -> b.getText().startsWith("Наводнение")).findFirst().orElseThrow().click();
            wait.until(d -> d.findElement(By.id("board-card")).getText().contains("Показатели во времени"));
            looksRight("view-incident-card" + suffix);

            browser.findElements(By.cssSelector("#board-card .entity-chip")).stream()
                    .filter(b -> b.getText().equals("ГП Ключи")).findFirst().orElseThrow().click();
            wait.until(d -> d.findElement(By.cssSelector("#board-card h2")).getText().equals("ГП Ключи")
                    && !d.findElements(By.cssSelector("#board-card svg.level-chart")).isEmpty());
            looksRight("view-object-card" + suffix);

            view("shift");
            wait.until(d -> d.findElement(By.id("shift-body")).getText().contains("Что изменилось с"));
            setValue(browser.findElement(By.id("shift-since")), "16.04.2026 08:00");
            browser.findElement(By.cssSelector("#shift-form button[type=submit]")).click();
            wait.until(d -> d.findElement(By.id("shift-body")).getText().contains("16.04.2026, 08:00 МСК"));
            looksRight("view-shift" + suffix);

            newSession();
            WebElement answer = askAndWait("Сколько человек эвакуировано из Нижних Ключей?");
            answer.findElement(By.cssSelector(".chip")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-card")));
            looksRight("view-chat" + suffix);
            browser.findElement(By.id("source-close")).click();

            view("knowledge");
            wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            looksRight("view-knowledge" + suffix);

            view("monitoring");
            wait.until(d -> d.findElements(By.cssSelector("#charts figure")).size() == 4);
            looksRight("view-monitoring" + suffix);
            browser.findElement(By.id("signout")).click();
        }
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
    void the_board_is_the_first_screen_with_incidents_newest_first_and_filters() {
        signIn(token("board", Role.OPERATOR, Clearance.INTERNAL));

        wait.until(d -> !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#incident-list li.incident"));
        assertThat(first.getText()).contains("последнее сообщение").contains("МСК").containsAnyOf("свежее", "давно");
        assertThat(first.findElements(By.cssSelector(".key-figures li"))).isNotEmpty();

        new Select(browser.findElement(By.id("board-type"))).selectByVisibleText("эвакуация");
        browser.findElement(By.cssSelector("#board-filters button[type=submit]")).click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const titles = [...document.querySelectorAll("
                + "'#incident-list .incident-open')].map(b => b.textContent); return titles.length > 0 && titles.every(t => t.startsWith('Эвакуация'))"));
    }

    @Test
    void a_figure_corrected_by_a_later_report_is_flagged_in_its_incident_card() {
        signIn(token("board3", Role.OPERATOR, Clearance.INTERNAL));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list .incident-open")).isEmpty());

        browser.findElements(By.cssSelector("#incident-list .incident-open")).stream()
                .filter(b -> b.getText().startsWith("Эвакуация — Нижние Ключи")).findFirst().orElseThrow().click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-card")));
        wait.until(d -> card.getText().contains("Показатели во времени"));
        assertThat(card.findElements(By.cssSelector(".figure .flag")).stream().map(WebElement::getText))
                .as("312 человек, уточнённые до 327, отмечены").anyMatch(t -> t.contains("уточнени"));
    }

    @Test
    void operator_opens_an_incident_then_a_gauge_with_its_level_chart_cites_a_value_and_asks_about_it() {
        signIn(token("board2", Role.OPERATOR, Clearance.INTERNAL));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list .incident-open")).isEmpty());

        browser.findElements(By.cssSelector("#incident-list .incident-open")).stream()
                .filter(b -> b.getText().startsWith("Наводнение")).findFirst().orElseThrow().click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-card")));
        wait.until(d -> card.getText().contains("Показатели во времени"));
        assertThat(card.getText()).contains("Хронология сообщений").contains("МСК");
        List<String> figures = card.findElements(By.cssSelector(".figure .figure-name")).stream().map(WebElement::getText).toList();
        assertThat(figures.subList(0, 4)).as("показатели по виду: у наводнения сначала уровни гидропостов, по названию: " + figures)
                .containsExactly("уровень воды — ГП Верхний Бор", "уровень воды — ГП Заречье", "уровень воды — ГП Ключи",
                        "уровень воды — ГП Ольховка");

        card.findElements(By.cssSelector(".entity-chip")).stream().filter(b -> b.getText().equals("ГП Ключи")).findFirst().orElseThrow().click();
        wait.until(d -> card.getText().startsWith("← К происшествию") && !card.findElements(By.cssSelector("svg.level-chart")).isEmpty());
        assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo("ГП Ключи");
        assertThat(card.findElements(By.cssSelector("svg.level-chart line[stroke-dasharray]"))).as("опасная отметка на графике").isNotEmpty();
        assertThat(card.findElement(By.cssSelector(".chart.level figcaption")).getText()).contains("опасная отметка: 650 см");
        assertThat(((JavascriptExecutor) browser).executeScript("""
                const svg = document.querySelector('#board-card svg.level-chart'), line = svg.querySelector('polyline');
                const labels = [...svg.querySelectorAll('.mark-label')];
                return labels.length > 0 && labels.every((l) => (line.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING)
                  && [...svg.querySelectorAll('circle')].every((c) => c.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING)
                  && getComputedStyle(l).paintOrder.startsWith('stroke') && getComputedStyle(l).stroke !== 'none');"""))
                .as("подписи отметок — поверх линии, с подложкой: читаются там, где их пересекает график").isEqualTo(true);

        card.findElement(By.cssSelector(".figure .source-link")).click();
        WebElement reader = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        assertThat(reader.findElement(By.tagName("blockquote")).getText()).isNotBlank();
        assertThat(reader.findElements(By.cssSelector("blockquote mark"))).as("значение выделено в цитате").isNotEmpty();
        reader.findElement(By.id("reader-whole")).click();
        wait.until(d -> !reader.findElements(By.cssSelector("#reader-fragments p.cited")).isEmpty());
        assertThat(((JavascriptExecutor) browser).executeScript("""
                const dialog = document.getElementById('reader'), close = dialog.querySelector('.reader-head button');
                const r = close.getBoundingClientRect(), d = dialog.getBoundingClientRect();
                return dialog.scrollTop > 0 && r.top >= d.top && r.bottom <= d.bottom
                  && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === close;"""))
                .as("источник прокручен к цитате, а «Закрыть» видна и не закрыта его строками").isEqualTo(true);
        reader.findElement(By.cssSelector(".reader-head button")).click();
        wait.until(ExpectedConditions.invisibilityOf(reader));

        browser.findElement(By.id("ask-about")).click();
        wait.until(d -> d.findElement(By.id("view-chat")).isDisplayed() && d.findElement(By.id("question")).isEnabled());
        assertThat(browser.findElement(By.id("question")).getAttribute("value")).contains("ГП Ключи");
        WebElement answer = askAndWait("");
        assertThat(answer.getText()).isNotBlank();
    }

    @Test
    void the_shift_view_tells_what_changed_since_a_moment_with_sources_and_opens_them() {
        signIn(token("shift", Role.OPERATOR, Clearance.INTERNAL));
        view("shift");
        wait.until(d -> d.findElement(By.id("shift-body")).getText().contains("(начало смены)"));
        WebElement since = browser.findElement(By.id("shift-since"));
        assertThat(since.getAttribute("value")).matches("\\d\\d\\.\\d\\d\\.\\d{4} (08|20):00");
        assertThat(browser.findElement(By.id("shift-zone")).getText()).isEqualTo("МСК");
        setValue(since, "31.02.2026 08:00");
        browser.findElement(By.cssSelector("#shift-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("alert")).getText().contains("дд.мм.гггг чч:мм"));
        assertThat(since.getAttribute("aria-invalid")).isEqualTo("true");

        setValue(browser.findElement(By.id("shift-since")), "16.04.2026 08:00");
        browser.findElement(By.cssSelector("#shift-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("shift-body")).getText().contains("с 16.04.2026, 08:00 МСК"));
        assertThat(browser.findElement(By.id("alert")).isDisplayed()).as("ошибка о неверно набранном времени ушла, когда время исправлено").isFalse();
        WebElement body = browser.findElement(By.id("shift-body"));
        assertThat(body.getText()).contains("Изменились показатели и состояния").contains("→");
        List<WebElement> changes = body.findElements(By.xpath(".//section[h3[starts-with(., 'Изменились')]]//li"));
        assertThat(changes).isNotEmpty().allSatisfy(li -> assertThat(li.findElements(By.cssSelector(".cite .source-link"))).isNotEmpty());

        changes.getFirst().findElement(By.cssSelector(".cite .source-link")).click();
        WebElement reader = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        assertThat(reader.findElement(By.tagName("blockquote")).getText()).isNotBlank();
    }

    /** Where an element is drawn, as [left, top, right, bottom]. */
    @SuppressWarnings("unchecked")
    List<Number> box(WebElement e) {
        return (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];", e);
    }

    /** Whether any other text of the answer (its words, badges, buttons) is drawn over the link. */
    boolean overlapsOtherText(WebElement answer, WebElement link) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const [answer, link] = arguments, r = link.getBoundingClientRect();
                const over = (q) => Math.min(r.right, q.right) - Math.max(r.left, q.left) > 1 && Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top) > 1;
                const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const t = walker.currentNode;
                  if (!t.textContent.trim() || link.contains(t)) continue;
                  const range = document.createRange(); range.selectNodeContents(t);
                  for (const q of range.getClientRects()) if (over(q)) return true;
                }
                return false;
                """, answer, link);
    }

    @Test
    void an_answer_links_the_card_of_the_object_it_is_about_inside_its_box_at_both_sizes() throws IOException {
        String token = token("links", Role.OPERATOR, Clearance.INTERNAL);
        for (var size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            String suffix = "-" + size.width + "x" + size.height;
            browser.manage().window().setSize(size);
            signIn(token);
            newSession();
            WebElement answer = askAndWait("Какой уровень воды на ГП Ключи?");
            WebElement link = answer.findElement(By.cssSelector("a.about-link[data-kind='entity']"));
            assertThat(link.isDisplayed()).isTrue();
            assertThat(link.getText()).isEqualTo("Объект: ГП Ключи");
            List<Number> inner = box(link), outer = box(answer);
            assertThat(inner.get(0).doubleValue()).as("слева в рамке ответа").isGreaterThanOrEqualTo(outer.get(0).doubleValue());
            assertThat(inner.get(1).doubleValue()).as("сверху в рамке ответа").isGreaterThanOrEqualTo(outer.get(1).doubleValue());
            assertThat(inner.get(2).doubleValue()).as("справа в рамке ответа").isLessThanOrEqualTo(outer.get(2).doubleValue());
            assertThat(inner.get(3).doubleValue()).as("снизу в рамке ответа").isLessThanOrEqualTo(outer.get(3).doubleValue());
            assertThat(overlapsOtherText(answer, link)).as("ссылка поверх другого текста").isFalse();
            assertThat(answer.findElements(By.cssSelector("a.about-link[data-kind='incident']"))).hasSize(1);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            looksRight("answer-links" + suffix);

            link.click();
            wait.until(d -> d.findElement(By.id("view-board")).isDisplayed()
                    && d.findElement(By.id("board-card")).getText().contains("ГП Ключи")
                    && !d.findElements(By.cssSelector("#board-card svg.level-chart")).isEmpty());
            assertThat(browser.findElement(By.cssSelector("#board-card h2")).getText()).isEqualTo("ГП Ключи");
            assertThat(browser.findElement(By.id("board-card-body")).getText()).doesNotContain("null");
            looksRight("answer-link-opened" + suffix);
            browser.findElement(By.id("signout")).click();
        }
    }

    @Test
    void the_answer_links_open_by_keyboard_the_shelter_and_its_incident() {
        signIn(token("linkkeys", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        WebElement answer = askAndWait("в пвр 3 сколько сейчас людей");
        WebElement shelter = answer.findElement(By.cssSelector("a.about-link[data-kind='entity']"));
        String incident = answer.findElement(By.cssSelector("a.about-link[data-kind='incident']")).getText();
        assertThat(shelter.getText()).isEqualTo("Объект: ПВР № 3");

        focusByKeys("#messages li.msg.assistant:last-child a.about-link[data-kind='entity']", Keys.chord(Keys.SHIFT, Keys.TAB), 60);
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("view-board")).isDisplayed()
                && "ПВР № 3".equals(d.findElement(By.cssSelector("#board-card h2")).getText()));

        openChat();
        browser.findElement(By.id("question")).click();
        focusByKeys("#messages li.msg.assistant:last-child a.about-link[data-kind='incident']", Keys.chord(Keys.SHIFT, Keys.TAB), 60);
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("view-board")).isDisplayed()
                && incident.equals("Происшествие: " + d.findElement(By.cssSelector("#board-card h2")).getText()));
    }

    @Test
    void the_question_box_shows_its_whole_hint_on_a_phone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn(token("hint", Role.OPERATOR, Clearance.INTERNAL));
        newSession();

        WebElement question = browser.findElement(By.id("question"));
        assertThat(question.getAttribute("placeholder")).startsWith("Задайте вопрос");
        looksRight("question-hint-390x844");
        browser.findElement(By.id("close-session")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        browser.findElement(By.id("confirm-ok")).click();
        wait.until(d -> !d.findElement(By.id("question")).isEnabled());
        assertThat(question.getAttribute("placeholder")).contains("только чтение");
        looksRight("question-hint-closed-390x844");
    }

    @Test
    void answers_reloaded_from_history_keep_their_links_to_the_shelter_and_its_incident() {
        signIn(token("reload", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        WebElement asked = askAndWait("в пвр 3 сколько сейчас людей");
        List<String> links = asked.findElements(By.cssSelector("a.about-link")).stream().map(WebElement::getText).toList();
        assertThat(links).hasSize(2).first().isEqualTo("Объект: ПВР № 3");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-board")));
        openChat();
        wait.until(d -> !d.findElements(By.cssSelector("#session-list button[data-session]")).isEmpty());
        browser.findElements(By.cssSelector("#session-list button[data-session]")).getFirst().click();
        wait.until(d -> !d.findElements(By.cssSelector("#messages li.msg.assistant")).isEmpty());

        WebElement reloaded = browser.findElements(By.cssSelector("#messages li.msg.assistant")).getLast();
        assertThat(reloaded.findElements(By.cssSelector("a.about-link")).stream().map(WebElement::getText).toList())
                .isEqualTo(links);
        reloaded.findElement(By.cssSelector("a.about-link[data-kind='incident']")).click();
        wait.until(d -> d.findElement(By.id("view-board")).isDisplayed()
                && links.get(1).equals("Происшествие: " + d.findElement(By.cssSelector("#board-card h2")).getText()));
    }

    @Test
    void closing_a_session_asks_first_and_the_comment_field_opens_only_on_request() {
        signIn(token("closer", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        assertThat(browser.findElement(By.id("session-title")).getText()).as("название сессии — во времени сервиса").contains("МСК");
        WebElement answer = askAndWait("Что означает ПВР?");

        assertThat(answer.findElement(By.cssSelector(".feedback textarea")).isDisplayed()).as("поле комментария скрыто").isFalse();
        WebElement toggle = answer.findElement(By.cssSelector(".comment-toggle"));
        assertThat(toggle.getText()).isEqualTo("Комментарий");
        toggle.click();
        assertThat(answer.findElement(By.cssSelector(".feedback textarea")).isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");

        browser.findElement(By.id("close-session")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertThat(confirm.getText()).contains("Закрыть сессию").contains("?");
        browser.findElement(By.id("confirm-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOf(confirm));
        assertThat(browser.findElement(By.id("question")).isEnabled()).as("отмена — сессия открыта").isTrue();

        browser.findElement(By.id("close-session")).click();
        wait.until(ExpectedConditions.visibilityOf(confirm));
        browser.findElement(By.id("confirm-ok")).click();
        wait.until(d -> !d.findElement(By.id("question")).isEnabled());
        assertThat(browser.findElement(By.id("question")).getAttribute("placeholder")).contains("только чтение");
    }

    @Test
    void a_citation_shows_the_cited_sentence_with_the_words_of_that_answers_question() {
        signIn(token("citer", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        WebElement first = askAndWait("Сколько человек эвакуировано из Нижних Ключей?");
        askAndWait("Что означает ПВР?");

        first.findElement(By.cssSelector(".chip")).click();
        WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-quote")));
        wait.until(d -> quote.getText().contains("327"));
        // «с. Нижние Ключи» in a table row is an abbreviation, not the end of a sentence
        assertThat(quote.getText().trim().split("(?<!(?:^|\\s)\\p{Ll})[.!?](?:\\s|$)")).as("одно предложение: " + quote.getText()).hasSize(1);
        List<String> marked = quote.findElements(By.tagName("mark")).stream().map(m -> m.getText().toLowerCase()).toList();
        assertThat(marked).as("слова своего вопроса").isNotEmpty().anyMatch(w -> w.startsWith("эваку") || w.startsWith("челов") || w.startsWith("ключ"));
        assertThat(marked).as("не слова последнего вопроса").noneMatch(w -> w.startsWith("означ") || w.equals("пвр"));

        List<WebElement> answers = browser.findElements(By.cssSelector("#messages li.msg.assistant"));
        answers.getLast().findElement(By.cssSelector(".chip")).click();
        wait.until(d -> d.findElement(By.id("source-quote")).getText().contains("пункт временного размещения"));
    }

    static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    static final String CONSOLE_TIME = "\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} МСК";

    @Test
    void a_table_row_cited_shows_its_type_and_its_times_as_the_console_does() {
        signIn(token("tables", Role.OPERATOR, Clearance.INTERNAL));
        newSession();
        WebElement answer = askAndWait("Сколько человек эвакуировано из Нижних Ключей?");
        List<String> types = new java.util.ArrayList<>();
        boolean table = false;
        for (WebElement chip : answer.findElements(By.cssSelector(".chip"))) {
            chip.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-quote")));
            String meta = browser.findElement(By.cssSelector("#source-body .meta")).getText();
            types.add(meta);
            if (meta.startsWith("таблица")) {
                table = true;
                String quote = browser.findElement(By.id("source-quote")).getText();
                assertThat(quote).as("строка таблицы в карточке источника").doesNotContainPattern(ISO_TIME).containsPattern(CONSOLE_TIME);
                browser.findElement(By.id("source-open")).click();
                wait.until(d -> !d.findElements(By.cssSelector("#source-fragments p")).isEmpty());
                assertThat(browser.findElement(By.id("source-fragments")).getText()).as("весь источник").doesNotContainPattern(ISO_TIME)
                        .containsPattern(CONSOLE_TIME);
            }
        }
        assertThat(table).as("ответ о числе эвакуированных ссылается на таблицу, и карточка так и пишет: " + types).isTrue();

        view("board");
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list .incident-open")).isEmpty());
        browser.findElements(By.cssSelector("#incident-list .incident-open")).stream()
                .filter(b -> b.getText().startsWith("Наводнение")).findFirst().orElseThrow().click();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-card")));
        wait.until(d -> card.getText().contains("Показатели во времени"));
        card.findElements(By.cssSelector(".entity-chip")).stream().filter(b -> b.getText().equals("ГП Ключи")).findFirst().orElseThrow().click();
        wait.until(d -> !card.findElements(By.cssSelector("svg.level-chart")).isEmpty());
        card.findElements(By.cssSelector(".figure[open] .source-link")).stream().filter(b -> b.getText().contains(".csv")).findFirst()
                .orElseThrow().click();
        WebElement reader = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        assertThat(reader.findElement(By.tagName("blockquote")).getText()).doesNotContainPattern(ISO_TIME).containsPattern(CONSOLE_TIME);
        assertThat(reader.findElements(By.cssSelector("blockquote mark"))).as("значение выделено, не часть даты")
                .isNotEmpty().allSatisfy(m -> assertThat(m.getText()).doesNotContain(".").doesNotContain(":"));
        reader.findElement(By.id("reader-whole")).click();
        wait.until(d -> !reader.findElements(By.cssSelector("#reader-fragments p.cited")).isEmpty());
        assertThat(browser.findElement(By.id("reader-fragments")).getText()).doesNotContainPattern(ISO_TIME).containsPattern(CONSOLE_TIME)
                .as("столбцы таблицы названы по-русски, не машинными именами файла")
                .contains("пост: Ключи; дата и время: ", "уровень, см: ", "опасная отметка, см: 650").doesNotContain("level_cm", "date_time");
    }

    @Test
    void a_revoked_token_is_told_in_plain_russian_and_returns_to_sign_in() {
        String token = token("revoked", Role.OPERATOR, Clearance.INTERNAL);
        signIn(token);
        app.tokens().revoke(token, Caller.LOCAL_ADMIN);

        browser.findElement(By.cssSelector("button[data-view='shift']")).click();

        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
        assertThat(alert.getText()).isEqualTo("Токен недействителен или отозван. Войдите снова.");
        assertThat(browser.findElement(By.id("signin")).isDisplayed()).isTrue();
    }

    @Test
    void uploading_a_renamed_copy_says_it_is_already_there() throws IOException {
        signIn(token("copier", Role.ANALYST, Clearance.SECRET));
        view("knowledge");
        Path original = Files.writeString(home.resolve("zapis-kopii.txt"), "Паводковая обстановка у моста Заречье стабильна, 9 апреля.");
        Path copy = Files.copy(original, home.resolve("zapis-kopii-2.txt"));
        WebElement input = browser.findElement(By.id("file-input"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(original.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.id("upload-results")).getText().contains("zapis-kopii.txt"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", input);

        input.sendKeys(copy.toAbsolutePath().toString());

        wait.until(d -> d.findElement(By.id("upload-results")).getText().contains("zapis-kopii-2.txt"));
        assertThat(browser.findElement(By.cssSelector("#upload-results li.refused")).getText())
                .contains("совпадает по содержимому").contains("повторно не добавлен");
    }

    /** Presses a key (Tab or Shift+Tab) until the focused element matches the selector; fails after {@code max} presses. */
    void focusByKeys(String selector, CharSequence key, int max) {
        var js = (JavascriptExecutor) browser;
        for (int i = 0; i < max; i++) {
            if ((Boolean) js.executeScript("return !!document.activeElement && document.activeElement.matches(arguments[0])", selector)) {
                return;
            }
            new Actions(browser).sendKeys(key).perform();
        }
        throw new AssertionError("клавиатурой не дойти до " + selector + ", фокус на "
                + js.executeScript("return document.activeElement.outerHTML.slice(0, 120)"));
    }

    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    void keyboard_only_sign_in_ask_open_a_citation_and_an_incident() {
        String token = token("keys", Role.OPERATOR, Clearance.INTERNAL);
        browser.get(base + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        focusByKeys("#token-input", Keys.TAB, 10);
        press(token, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-board")));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list .incident-open")).isEmpty());

        focusByKeys("button[data-view='chat']", Keys.TAB, 10);
        press(Keys.ENTER);
        focusByKeys("#new-session", Keys.TAB, 10);
        press(Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("question")));
        focusByKeys("#question", Keys.TAB, 40);
        press("Сколько человек эвакуировано из Нижних Ключей?", Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#messages li.msg.assistant:not(.streaming) .chip")).isEmpty());

        focusByKeys("#messages li.msg.assistant .chip", Keys.chord(Keys.SHIFT, Keys.TAB), 40);
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source-quote")));
        assertThat(browser.findElement(By.id("source-quote")).getText()).isNotBlank();

        focusByKeys("button[data-view='board']", Keys.chord(Keys.SHIFT, Keys.TAB), 60);
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-board")));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list .incident-open")).isEmpty());
        focusByKeys("#incident-list .incident-open", Keys.TAB, 30);
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("board-card")).getText().contains("Показатели во времени"));
        assertThat(((JavascriptExecutor) browser).executeScript("return document.activeElement.id")).as("фокус — на карточке").isEqualTo("board-card");
        focusByKeys("#board-card .figure summary", Keys.TAB, 40);
        press(Keys.ENTER);
        focusByKeys("#board-card .figure[open] .source-link", Keys.TAB, 40);
        press(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        press(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reader")));
    }

    @Test
    void the_error_bar_covers_neither_the_navigation_nor_a_button_at_both_sizes() throws IOException {
        String token = token("errors", Role.OPERATOR, Clearance.INTERNAL);
        for (var size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            String suffix = "-" + size.width + "x" + size.height;
            browser.manage().window().setSize(size);
            browser.get(base + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input"))).sendKeys("sppr_неверный");
            browser.findElement(By.id("signin-button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
            looksRight("view-error-signin" + suffix);

            signIn(token);
            assertThat(browser.findElement(By.id("alert")).isDisplayed()).as("вход удался — сообщения нет").isFalse();
            view("shift");
            wait.until(d -> d.findElement(By.id("shift-body")).getText().contains("Что изменилось с"));
            setValue(browser.findElement(By.id("shift-since")), "31.13.2026 08:00");
            browser.findElement(By.cssSelector("#shift-form button[type=submit]")).click();
            WebElement bar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert")));
            assertThat(bar.getText()).startsWith("Время — в виде дд.мм.гггг чч:мм");
            looksRight("view-error-shift" + suffix);
            assertThat(bar.getRect().getY() + bar.getRect().getHeight())
                    .as("сообщение — над навигацией").isLessThanOrEqualTo(browser.findElement(By.cssSelector("header.top nav")).getRect().getY());

            newSession();
            askAndWait("Что означает ПВР?");
            String sessionId = (String) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#session-list button[aria-current=true]').dataset.session");
            app.sessions().close(Long.parseLong(sessionId), Caller.LOCAL_ADMIN);
            browser.findElement(By.id("question")).sendKeys("Что сейчас на переправе?", Keys.ENTER);
            wait.until(d -> d.findElement(By.id("alert")).getText().contains("не принимаются"));
            looksRight("view-error-chat" + suffix);
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return document.getElementById('alert').getBoundingClientRect().top >= 0"))
                    .as("сообщение видно целиком и на прокрученной странице телефона").isTrue();
            if (size.width > 760) {
                var send = browser.findElement(By.id("send")).getRect();
                long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
                assertThat(send.getY() + send.getHeight()).as("«Отправить» видна целиком, пока показано сообщение").isLessThanOrEqualTo((int) inner);
            }
            browser.findElement(By.id("alert")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert")));
            browser.findElement(By.id("signout")).click();
        }
    }

    @Test
    void the_layout_check_sees_an_error_bar_over_the_navigation() {
        signIn(token("barcheck", Role.OPERATOR, Clearance.INTERNAL));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty());

        // the error bar as it once was: floating over the top of the page
        ((JavascriptExecutor) browser).executeScript("const a = document.getElementById('alert'); a.textContent = 'Не найдено.';"
                + "a.style.position = 'fixed'; a.style.top = '0'; a.style.left = '0'; a.style.width = '100%'; a.style.zIndex = '10';"
                + "a.hidden = false;");

        assertThat(layoutProblems()).anyMatch(p -> p.startsWith("сообщение об ошибке закрывает: nav"))
                .anyMatch(p -> p.startsWith("сообщение об ошибке закрывает: button.nav"));
    }

    @Test
    void the_layout_check_sees_a_missing_glyph_and_an_overflowing_card() {
        signIn(token("checker", Role.OPERATOR, Clearance.INTERNAL));
        wait.until(d -> !d.findElements(By.cssSelector("#incident-list li.incident")).isEmpty());
        assertThat(layoutProblems()).isEmpty();

        ((JavascriptExecutor) browser).executeScript("const s = document.querySelector('#incident-list .status');"
                + "s.textContent = '\\uE000 ' + 'Ж'.repeat(400); s.style.overflowWrap = 'normal'; s.style.whiteSpace = 'nowrap';");

        ((JavascriptExecutor) browser).executeScript("document.getElementById('board-place').placeholder = 'Место, объект или '.repeat(20);");

        assertThat(layoutProblems()).anyMatch(p -> p.startsWith("символ без глифа: U+e000"))
                .anyMatch(p -> p.startsWith("текст шире рамки"))
                .anyMatch(p -> p.startsWith("подсказка не помещается в поле: #board-place"));
        assertThat(browser.findElement(By.id("board-place")).getAttribute("value")).as("проверка не меняет поле").isEmpty();
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
    void analyst_filters_sources_by_days_written_in_russian_order_in_the_service_zone() {
        signIn(token("days", Role.ANALYST, Clearance.SECRET));
        view("knowledge");
        WebElement from = browser.findElement(By.id("search-from"));
        assertThat(from.getAttribute("placeholder")).isEqualTo("дд.мм.гггг");
        assertThat(browser.findElement(By.id("search-zone")).getText()).isEqualTo("МСК");

        from.sendKeys("16.04.2026");
        browser.findElement(By.id("search-to")).sendKeys("16.04.2026");
        browser.findElement(By.cssSelector("#search-form button")).click();

        wait.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#search-results li"));
            return !items.isEmpty() && items.stream().allMatch(li -> li.getText().contains("16.04.2026"));
        });
        from.clear();
        from.sendKeys("31.04.2026");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(d -> d.findElement(By.id("alert")).getText().contains("дд.мм.гггг"));
        assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void admin_sees_the_watchdog_summary_and_telemetry_charts() {
        signIn(token("root", Role.ADMIN, Clearance.SECRET));
        browser.findElement(By.id("nav-monitoring")).click();

        wait.until(d -> d.findElement(By.id("watchdog")).getText().contains("Цепочка аудита"));
        assertThat(browser.findElement(By.id("watchdog")).getText()).contains("цела").contains("согласованы");
        wait.until(d -> d.findElements(By.cssSelector("#charts figure")).size() == 4);
        assertThat(browser.findElements(By.cssSelector("#charts figcaption"))).as("числа — по-русски: «87,35», «6», не «87.35», «6.00»")
                .allSatisfy(c -> assertThat(c.getText()).doesNotContainPattern("\\d\\.\\d"));
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
        browser.manage().window().setSize(new Dimension(390, 844));
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
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
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
        assertThat(alert.getText()).isEqualTo("Сессия " + sessionId + " закрыта: новые вопросы не принимаются");
        assertThat(input.getAttribute("value")).isEqualTo("Что сейчас на переправе?");
        browser.findElement(By.cssSelector("#session-list button[aria-current=true]")).click();
        wait.until(d -> !d.findElement(By.id("question")).isEnabled());
        assertThat(browser.findElement(By.id("question")).getAttribute("placeholder")).contains("только чтение");
    }
}
