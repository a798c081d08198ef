package com.storefront.signage.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium through its chromedriver, headless, with a fresh profile: the browser of the UI tests. */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static WebDriver start() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // without the background-networking flags Chromium hangs on the closed network at start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        return new ChromeDriver(service, options);
    }
}
