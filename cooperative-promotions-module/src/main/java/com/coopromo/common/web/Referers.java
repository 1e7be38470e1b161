package com.coopromo.common.web;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** The page a request came from, when it is a page of this site (never an address another site put there). */
public final class Referers {
    private Referers() {
    }

    /**
     * The referring page's path and query when it is on this host and port and inside this web app, else null.
     */
    public static String sameSitePath(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.length() > 2000) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || port(uri) != request.getServerPort() || uri.getRawPath() == null) {
                return null;
            }
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (!context.isEmpty() && !(path.equals(context) || path.startsWith(context + "/"))) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
