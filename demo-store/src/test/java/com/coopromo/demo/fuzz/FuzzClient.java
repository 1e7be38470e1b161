package com.coopromo.demo.fuzz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser's worth of HTTP: its own cookies (session), no redirects followed, the session's form token. */
final class FuzzClient {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    record Param(String name, String value) {
    }

    record Response(int status, String body, String location) {
    }

    final String role;
    private final String base;
    private final HttpClient http;
    /** The session's form token on each web app ("" for the storefront, "/admin" for the admin). */
    final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    FuzzClient(String role, String base) {
        this.role = role;
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Response get(String path, List<Param> params) {
        String query = encode(params);
        return send(HttpRequest.newBuilder(uri(path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query)))
                .GET(), path);
    }

    Response post(String path, List<Param> params) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + path)
                .POST(HttpRequest.BodyPublishers.ofString(encode(params))), path);
    }

    /** A POST from the page {@code referer} (a full address), or from nowhere when it is null. */
    Response post(String path, List<Param> params, String referer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(params)));
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(request, path);
    }

    /** GET following redirects inside the site, as a browser would (for sign-in and set-up). */
    Response follow(String path) {
        Response r = get(path, List.of());
        for (int hops = 0; hops < 5 && r.location() != null && r.status() / 100 == 3; hops++) {
            String next = r.location().startsWith("http") ? URI.create(r.location()).getRawPath()
                    + (URI.create(r.location()).getRawQuery() == null ? "" : "?" + URI.create(r.location()).getRawQuery())
                    : r.location();
            r = get(next, List.of());
        }
        return r;
    }

    /** Reads the session's form token from a page of the web app at {@code contextPath}. */
    String token(String contextPath, String page) {
        return tokens.computeIfAbsent(contextPath, c -> {
            Matcher m = TOKEN.matcher(follow(page).body());
            if (!m.find()) {
                throw new AssertionError(role + ": no form token on " + page);
            }
            return m.group(1);
        });
    }

    private Response send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            // the server may close the connection on a request it refuses before reading it (a URI over its limit)
            return new Response(-1, "connection closed: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    static String encode(List<Param> params) {
        return params.stream()
                .map(p -> URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
