package com.coopromo.metrics.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountingRuleTest {
    @Test
    void browsersCountHeadlessOnesIncluded() {
        assertThat(CountingRule.counts("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/120.0.0.0 Safari/537.36", false)).isTrue();
        assertThat(CountingRule.counts("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " HeadlessChrome/120.0.0.0 Safari/537.36", false)).as("the store's own browser tests").isTrue();
        assertThat(CountingRule.counts("Mozilla/5.0 (Linux; Android 11; CUBOT_X30) AppleWebKit/537.36 Chrome/96.0"
                + " Mobile Safari/537.36", false)).as("a phone brand ending in bot").isTrue();
        assertThat(CountingRule.counts("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", false)).isTrue();
    }

    @Test
    void robotsLinkPreviewsAndAdminsPreviewingDoNot() {
        for (String robot : new String[]{
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "WhatsApp/2.23.20.0",
                "Mozilla/5.0 (compatible; SemrushCrawler)",
                "Baiduspider+(+http://www.baidu.com/search/spider.htm)",
                "curl/8.4.0",
                "",
                null}) {
            assertThat(CountingRule.counts(robot, false)).as(String.valueOf(robot)).isFalse();
        }
        assertThat(CountingRule.counts("Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0", true)).as("admin previewing").isFalse();
    }
}
