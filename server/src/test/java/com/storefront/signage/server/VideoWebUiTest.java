package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.server.media.TestVideos;
import java.awt.Color;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Videos in the web UI, in headless Chromium against the real server: the media page and the playlist editor. */
class VideoWebUiTest {
    private static final Api admin = TestServer.admin();
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(TestServer.baseUrl() + "/");
        WebElement email = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        email.sendKeys(TestServer.ADMIN_EMAIL);
        browser.findElement(By.name("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("nav.sidenav")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void media_page_shows_a_video_as_a_player_with_its_size_and_length() {
        String name = upload();
        open("#/media");
        WebElement tile = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//figure[.//strong[normalize-space()='" + name + "']]")));
        assertEquals(1, tile.findElements(By.tagName("video")).size());
        assertTrue(tile.getText().contains("320 × 240 · 2 s ·"), tile.getText());
    }

    @Test
    void playlist_editor_adds_a_video_with_the_clips_length_and_saves_it() {
        String name = upload();
        String sha = sha(name);
        open("#/playlists/new");
        String playlist = Fixtures.unique("Clip loop");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("name"))).sendKeys(playlist);
        new Select(browser.findElement(By.id("add-video"))).selectByValue(sha);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Add video')]"))).click();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".playlist-item")));
        assertEquals("2", row.findElement(By.cssSelector("input[type=number]")).getAttribute("value"));
        assertTrue(row.getText().contains("The clip lasts 2 s"), row.getText());
        browser.findElement(By.xpath("//button[normalize-space()='Create']")).click();
        wait.until(ExpectedConditions.urlToBe(TestServer.baseUrl() + "/#/playlists"));

        JsonNode saved = null;
        for (JsonNode p : admin.get("/api/v1/playlists?limit=500").expect(200).json().get("items")) {
            if (p.get("name").asText().equals(playlist)) {
                saved = p;
            }
        }
        assertEquals(1, saved.get("items").size(), String.valueOf(saved));
        assertEquals(sha, saved.get("items").get(0).get("video").asText());
        assertEquals(2000, saved.get("items").get(0).get("durationMs").asLong());
    }

    @Test
    void server_refusing_a_video_item_puts_the_reason_under_that_item() {
        sha(upload());
        String image = Fixtures.upload(admin, Fixtures.png(18, 18, new Color((int) (Math.random() * 0xffffff))));
        open("#/playlists/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("name"))).sendKeys(Fixtures.unique("Refused"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Add video')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Add video')]"))).click();
        // only the server knows an image's hash is not a video: put one where the second video is
        ((JavascriptExecutor) browser).executeScript("const s = document.querySelectorAll('.playlist-item select')[1];"
                + "s.options[s.selectedIndex].value = arguments[0];", image);
        browser.findElement(By.xpath("//button[normalize-space()='Create']")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".playlist-item.has-error")));
        assertEquals("items.1", refused.getAttribute("data-path"));
        assertTrue(refused.findElement(By.cssSelector(".field-error")).getText().contains("is an image (image/png), not a video"),
                refused.getText());
        assertEquals(1, browser.findElements(By.cssSelector(".playlist-item.has-error")).size());
    }

    private static void open(String hash) {
        browser.get(TestServer.baseUrl() + "/" + hash);
        browser.navigate().refresh();
    }

    /** Uploads a clip of its own (a new sha256) under a unique name, and returns the name. */
    private static String upload() {
        String name = Fixtures.unique("clip").replace(' ', '-') + ".mp4";
        admin.raw("POST", "/api/v1/media?name=" + name, "video/mp4", TestVideos.unique(TestVideos.h264())).expect(201);
        return name;
    }

    private static String sha(String name) {
        List<JsonNode> found = new java.util.ArrayList<>();
        admin.get("/api/v1/media?kind=video&limit=500").expect(200).json().get("items").forEach(m -> {
            if (m.get("name").asText().equals(name)) {
                found.add(m);
            }
        });
        return found.get(0).get("sha256").asText();
    }
}
