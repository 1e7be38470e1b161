package com.coopromo.demo.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Banner upload in real Chromium: the live campaign's hub shows the banner file the demo seeded; an uploaded banner
 * whose light grey headline sits on white is stored with its measured contrast, names the failed contrast check and is
 * offered no Accept (the service's refusal is BannerUploadIntegrationTest's); a file that is not an image is refused naming the file field; a banner with white text on a dark
 * panel is accepted and is then the image the campaign's hub shows, with its alt text.
 */
class BannerUploadBrowserTest extends SignedInAdminTestBase {
    private static final String HUB = "/campaigns/back-to-school";

    @Test
    void aLowContrastBannerIsRefusedAtAcceptanceAndAGoodOneIsAcceptedAndShownOnTheHub() throws Exception {
        // the demo's seeded banner file is on the hub
        browser.get(store.baseUrl() + HUB);
        WebElement seeded = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.campaign-banner-image")));
        assertThat(seeded.getAttribute("alt")).isEqualTo("Back to School: pencils, backpacks and desk lamps from independent shops");
        waitUntil(d -> naturalWidth(seeded) == 1200L);
        String seededSrc = seeded.getAttribute("src");

        browser.get(store.baseUrl() + "/admin/");
        // the left navigation has its text once the admin's page is laid out
        waitUntil(d -> d.findElements(By.cssSelector("#sideMenu li.blc-module h5")).stream()
                .anyMatch(h -> h.getText().trim().equals("Cooperative Promotions")));
        openSection("Campaign Assets");
        new Select(browser.findElement(By.id("coop-campaign"))).selectByVisibleText("Back to School (LIVE)");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("form.coop-campaign-chooser button")));

        // not an image: refused on the file field, and nothing is stored
        int versionsBefore = bannerVersions().size();
        describe(temp("notes.png", "these are notes, not a picture".getBytes("UTF-8")), "#aaaaaa",
                "Light grey notes about the school sale");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-submit-version")));
        assertThat(text("#coop-asset-file-error")).isEqualTo("file: the file is not an image (a PNG, JPEG, GIF or WebP is needed)");
        assertThat(bannerVersions()).hasSize(versionsBefore);

        // light grey text on white: stored with the measured contrast and its failed check, offered no Accept
        describe(png("pale.png", Color.WHITE), "#aaaaaa", "Pencils and backpacks on a white background");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-submit-version")));
        assertThat(text(".coop-done")).contains("cannot be accepted until these checks pass",
                "contrast: contrast 2.32:1 measured behind the text area (x 40, y 60, 600x120 px, #aaaaaa text");
        List<WebElement> versions = bannerVersions();
        assertThat(versions).hasSize(versionsBefore + 1);
        WebElement pale = versions.get(versions.size() - 1);
        assertThat(pale.getText()).contains("pale.png (PNG, read from the file), 1200x400 px", "FAILED contrast");
        // the reviewer sees the uploaded file itself
        WebElement preview = pale.findElement(By.cssSelector("a.coop-version-file img"));
        waitUntil(d -> naturalWidth(preview) == 1200L);
        assertThat(pale.findElements(By.cssSelector("button.coop-accept"))).as("no Accept on a failed version").isEmpty();
        assertThat(pale.findElement(By.cssSelector(".coop-not-acceptable")).getText())
                .isEqualTo("Not acceptable until its failed checks pass: submit a new version.");

        // white text on a dark green panel: accepted
        describe(png("green.png", new Color(0x1b, 0x5e, 0x20)), "#ffffff", "Pencils and backpacks on a dark green panel");
        clickAndWaitForNewPage(browser.findElement(By.cssSelector("button.coop-submit-version")));
        assertThat(text(".coop-done")).contains("every check passed and it can be accepted");
        versions = bannerVersions();
        WebElement green = versions.get(versions.size() - 1);
        clickAndWaitForNewPage(green.findElement(By.cssSelector("button.coop-accept")));
        assertThat(text(".coop-done")).contains("is accepted");

        // the hub now shows the accepted upload
        browser.get(store.baseUrl() + HUB);
        WebElement shown = waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.campaign-banner-image")));
        assertThat(shown.getAttribute("alt")).isEqualTo("Pencils and backpacks on a dark green panel");
        assertThat(shown.getAttribute("src")).isNotEqualTo(seededSrc);
        waitUntil(d -> naturalWidth(shown) == 1200L);
        assertThat(browser.findElements(By.cssSelector(".campaign-banner[role=img]"))).isEmpty();
    }

    private List<WebElement> bannerVersions() {
        return browser.findElements(By.cssSelector(".coop-asset")).stream()
                .filter(asset -> asset.findElement(By.tagName("h5")).getText().equals("Banner of the campaign"))
                .findFirst().map(asset -> asset.findElements(By.cssSelector("tr.coop-version")))
                .orElse(java.util.Collections.emptyList());
    }

    private void describe(Path file, String textColour, String altText) {
        new Select(browser.findElement(By.name("kind"))).selectByValue("BANNER");
        browser.findElement(By.id("coop-asset-file")).sendKeys(file.toAbsolutePath().toString());
        fill("altText", altText);
        fill("headline", "Back to School");
        fill("textColour", textColour);
        fill("textX", "40");
        fill("textY", "60");
        fill("textWidth", "600");
        fill("textHeight", "120");
    }

    /** A 1200x400 banner, white except for a panel of this colour behind the text area. */
    private static Path png(String name, Color panel) throws IOException {
        BufferedImage image = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 400);
        g.setColor(panel);
        g.fillRect(30, 50, 620, 140);
        g.dispose();
        Path dir = Files.createTempDirectory("coop-banner");
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path temp(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempDirectory("coop-banner").resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private long naturalWidth(WebElement image) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
        return ((Number) width).longValue();
    }

    private void fill(String field, String value) {
        WebElement input = browser.findElement(By.id("coop-asset-" + field));
        input.clear();
        input.sendKeys(value);
    }

    private void clickAndWaitForNewPage(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        waitUntilStale(page);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.main")));
    }

    private String text(String css) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText().trim();
    }
}
