package com.coopromo.metrics.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which shopper requests the metrics count. Not counted: an admin previewing the store, and a browser whose User-Agent
 * names itself a robot, i.e. holds one of the words bot, crawler, spider, slurp, or a link-preview fetcher (e.g.
 * Googlebot, bingbot, Yahoo! Slurp, facebookexternalhit, Slackbot-LinkExpanding, WhatsApp, Twitterbot, Discordbot,
 * "preview"). A missing or blank User-Agent is not counted either (no real browser sends none). Headless browsers
 * ("HeadlessChrome") ARE counted: the store's own browser tests run headless, and so may real shoppers' tools.
 */
public final class CountingRule {
    private static final Pattern ROBOT = Pattern.compile(
            // "bot" as a word's end (Googlebot, bingbot/2.0, Slackbot-LinkExpanding), but not the phone brand Cubot
            "(?<!cu)bot(?![a-z])|crawl|spider|slurp|facebookexternalhit|facebookcatalog|embedly|whatsapp"
                    + "|skypeuripreview|linkexpanding|link ?preview|preview|quora link|vkshare"
                    + "|curl/|wget/|python-requests|python-urllib|okhttp|go-http-client|httpclient|libwww");

    private CountingRule() {
    }

    /**
     * @param userAgent       the request's User-Agent header, or null
     * @param adminPreviewing the request comes from an admin previewing the store (e.g. a preview or sandbox session)
     * @return whether the request's events are counted
     */
    public static boolean counts(String userAgent, boolean adminPreviewing) {
        return !adminPreviewing && !isRobot(userAgent);
    }

    /** A User-Agent that names a robot, a crawler or a link preview, or none at all. */
    public static boolean isRobot(String userAgent) {
        if (userAgent == null || userAgent.trim().isEmpty()) {
            return true;
        }
        return ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
