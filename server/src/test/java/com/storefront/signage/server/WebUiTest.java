package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in Debian's headless Chromium against the real server, as an admin would use it. */
class WebUiTest {
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminSignsInAndPairsTheScreenShowingACode() {
        Api admin = TestServer.admin();
        JsonNode store = Fixtures.store(admin, "Asia/Dubai", List.of("ar", "en"), "ar-AE", "AED");
        String storeName = store.get("name").asText();
        JsonNode ticket = new Api(TestServer.baseUrl()).post("/api/v1/pairing", Map.of("displayClass", "eink-bw")).expect(201).json();

        browser.manage().deleteAllCookies();
        browser.get(TestServer.baseUrl() + "/");
        signIn(TestServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.sidenav")));

        browser.get(TestServer.baseUrl() + "/#/stores");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), storeName));

        browser.get(TestServer.baseUrl() + "/#/displays");
        clickButton("Pair a display");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.form")));

        form.findElement(By.name("code")).sendKeys("BOGUS1");
        new Select(form.findElement(By.name("storeId"))).selectByVisibleText(storeName);
        form.findElement(By.name("name")).sendKeys("Dairy aisle sign");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(form, "No screen is showing code BOGUS1"));
        assertEquals("Dairy aisle sign", form.findElement(By.name("name")).getAttribute("value"), "what was typed is kept");

        WebElement code = form.findElement(By.name("code"));
        code.clear();
        code.sendKeys(ticket.get("code").asText());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "is paired"));

        JsonNode displays = admin.get("/api/v1/displays?storeId=" + store.get("id").asText()).expect(200).json();
        assertEquals(1, displays.get("total").asLong());
        assertEquals("Dairy aisle sign", displays.get("items").get(0).get("name").asText());
        assertEquals("eink-bw", displays.get("items").get(0).get("displayClass").asText());
    }

    @Test
    void adminSubmitsAndApprovesADraftFromTheCampaignList() {
        Api admin = TestServer.admin();
        JsonNode store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR");
        String playlistId = Fixtures.welcomePlaylist(admin, "Hello");
        // far in the future so it sorts first in a list ordered by start date, newest first
        LocalDate start = LocalDate.of(2098, 1, 1);
        JsonNode draft = admin.post("/api/v1/campaigns",
                Fixtures.campaignBody(playlistId, start, start.plusDays(30), store.get("id").asText())).expect(201).json();
        String id = draft.get("id").asText();

        browser.manage().deleteAllCookies();
        browser.get(TestServer.baseUrl() + "/");
        signIn(TestServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.sidenav")));
        browser.get(TestServer.baseUrl() + "/#/campaigns");

        By row = By.cssSelector("tr[data-id='" + id + "']");
        By badge = By.cssSelector("tr[data-id='" + id + "'] .badge");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(badge, "Draft"));
        wait.until(ExpectedConditions.elementToBeClickable(
                browser.findElement(row).findElement(By.cssSelector("button[data-action=submit]")))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(badge, "Submitted"));
        wait.until(ExpectedConditions.elementToBeClickable(
                browser.findElement(row).findElement(By.cssSelector("button[data-action=approve]")))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(badge, "Approved"));

        assertEquals("approved", browser.findElement(badge).getText().toLowerCase());
        assertEquals("approved", admin.get("/api/v1/campaigns/" + id).expect(200).json().get("status").asText());
    }

    @Test
    void campaignListShowsThePlaysItsScreensReported() {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-GB", "EUR").get("id").asText();
        LocalDate start = LocalDate.of(2099, 1, 1);
        String id = Fixtures.approvedCampaign(admin, Fixtures.campaignBody(Fixtures.welcomePlaylist(admin, "Hi"), start, start, store))
                .get("id").asText();
        Devices.Paired screen = Devices.pair(admin, store, "hd-landscape", "entrance");
        java.time.Instant at = java.time.Instant.now().minus(Duration.ofHours(1));
        List<Map<String, Object>> plays = java.util.stream.IntStream.range(0, 3).mapToObj(i -> Map.<String, Object>of(
                "key", java.util.UUID.randomUUID().toString(), "itemId", id + "/p/" + i + "/en", "campaignId", id,
                "slideId", java.util.UUID.randomUUID().toString(), "startedAt", at.plusSeconds(10L * i).toString(),
                "endedAt", at.plusSeconds(10L * i + 10).toString(), "durationMs", 10_000, "manifestVersion", "v")).toList();
        PlayUploadTest.upload(screen.token(), Map.of("plays", plays)).expect(200);

        browser.manage().deleteAllCookies();
        browser.get(TestServer.baseUrl() + "/");
        signIn(TestServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.sidenav")));
        browser.get(TestServer.baseUrl() + "/#/campaigns");
        By row = By.cssSelector("tr[data-id='" + id + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        wait.until(ExpectedConditions.elementToBeClickable(
                browser.findElement(row).findElement(By.xpath(".//button[normalize-space()='Plays']")))).click();

        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.panel p[data-plays]")));
        assertEquals("3", total.getAttribute("data-plays"));
        assertTrue(total.getText().contains("30 s on screen"), total.getText());
        assertEquals(1, browser.findElements(By.cssSelector("dialog.panel tr[data-id='" + screen.displayId() + "']")).size());
    }

    @Test
    void adminSendsAScreenshotCommandFromTheDisplaysPageAndSeesItInTheAuditTrail() {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Asia/Dubai", List.of("en"), "en-AE", "AED").get("id").asText();
        Devices.Paired screen = Devices.pair(admin, store, "hd-landscape", "entrance");

        browser.manage().deleteAllCookies();
        browser.get(TestServer.baseUrl() + "/");
        signIn(TestServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.sidenav")));
        browser.get(TestServer.baseUrl() + "/#/displays?store=" + store);
        clickButton("Commands");
        WebElement screenshot = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("dialog.panel button[data-command='screenshot']")));
        assertTrue(browser.findElements(By.cssSelector("dialog.panel button[data-command='full_refresh']")).isEmpty(),
                "an HD screen is offered no e-ink full refresh");
        screenshot.click();

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.panel .command-history tr td")));
        assertEquals("Screenshot", row.getText());
        assertTrue(browser.findElement(By.cssSelector("dialog.panel .command-history")).getText().contains(TestServer.ADMIN_EMAIL));
        JsonNode history = admin.get("/api/v1/displays/" + screen.displayId() + "/commands").expect(200).json();
        assertEquals("screenshot", history.get(0).get("type").asText());
        assertEquals("pending", history.get(0).get("status").asText(), "no player is connected, so it waits for one");
        assertEquals("Pending", browser.findElement(By.cssSelector("dialog.panel .command-history td.command-pending")).getText(),
                "the status is shown by its label from strings.js, not the API's code");
    }

    @Test
    void wrongPasswordKeepsTheEmailAndSaysSo() {
        browser.manage().deleteAllCookies();
        browser.get(TestServer.baseUrl() + "/");
        signIn("not-the-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.login-form"), "rong email or password"));
        assertEquals(TestServer.ADMIN_EMAIL, browser.findElement(By.name("email")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("nav.sidenav")).isEmpty());
    }

    private static void signIn(String password) {
        WebElement email = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        email.sendKeys(TestServer.ADMIN_EMAIL);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    }

    private static void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']"))).click();
    }
}
