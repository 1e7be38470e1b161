package com.coopromo.common.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ServletContextTemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolver;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an error page: one sentence, a way back, the status. The page is a Thymeleaf template with a layout of its
 * own, rendered by an engine of its own (standard dialect only), so it shows even when what failed is the store's
 * layout, its cart or Broadleaf's request set-up, and on the container's error dispatch where no Spring filter ran.
 * <p>
 * A store replaces the template by putting one with the same name under its web app's template folder (the
 * {@code overridePrefix}); otherwise the module's copy on the classpath is used. A request made by script
 * ({@code X-Requested-With: XMLHttpRequest}) gets the sentence alone, as a fragment. Should the template fail, a
 * plain page with the same sentence is written instead.
 * <p>
 * Template variables: {@code status} (the number), {@code title}, {@code sentence}, {@code backHref} (context-relative,
 * for {@code @{...}}; or absolute when {@code backAbsolute}), {@code backLabel}.
 */
public class ErrorPageRenderer {
    private static final Log LOG = LogFactory.getLog(ErrorPageRenderer.class);

    private final TemplateEngine engine;
    private final String template;

    /**
     * @param template       the template's name, e.g. {@code coop/error}
     * @param classpathPrefix where the module's copy lives on the classpath, e.g. {@code webTemplates/}
     * @param overridePrefix where a store's own copy would live in its web app, e.g. {@code /WEB-INF/templates/}
     */
    public ErrorPageRenderer(String template, String classpathPrefix, String overridePrefix) {
        this.template = template;
        this.engine = new TemplateEngine();
        ServletContextTemplateResolver store = new ServletContextTemplateResolver();
        configure(store, overridePrefix, 1);
        ClassLoaderTemplateResolver module = new ClassLoaderTemplateResolver();
        configure(module, classpathPrefix, 2);
        engine.addTemplateResolver(store);
        engine.addTemplateResolver(module);
    }

    private static void configure(TemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
    }

    /**
     * Writes the page for the failure, replacing whatever the response had buffered (headers such as a new session
     * cookie are kept). Does nothing once the response is committed.
     */
    public void render(HttpServletRequest request, HttpServletResponse response, ServletContext servletContext,
                       RequestFailure failure, Back back) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(failure.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (isScripted(request)) {
            response.getWriter().write("<div class=\"coop-error\" role=\"alert\">" + escape(failure.sentence()) + "</div>");
            return;
        }
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("status", failure.status());
        variables.put("title", RequestFailure.SESSION_EXPIRED.equals(failure.sentence()) ? "Session expired"
                : title(failure.status()));
        variables.put("sentence", failure.sentence());
        variables.put("backHref", back.href);
        variables.put("backAbsolute", back.absolute);
        variables.put("backLabel", back.label);
        StringWriter page = new StringWriter();
        try {
            Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
            engine.process(template, new WebContext(request, new NoSessionIdInLinks(response), servletContext, locale,
                    variables), page);
        } catch (RuntimeException e) {
            LOG.error("the error page template " + template + " failed; writing a plain page", e);
            page = new StringWriter();
            plainPage(new PrintWriter(page), failure, request.getContextPath(), back);
        }
        response.getWriter().write(page.toString());
    }

    private static void plainPage(PrintWriter out, RequestFailure failure, String contextPath, Back back) {
        String href = back.absolute ? back.href : contextPath + back.href;
        out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>" + escape(title(failure.status()))
                + "</title></head><body><h1>" + escape(title(failure.status())) + "</h1><p>" + escape(failure.sentence())
                + "</p><p><a href=\"" + escape(href) + "\">" + escape(back.label) + "</a></p></body></html>");
        out.flush();
    }

    static boolean isScripted(HttpServletRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }

    /** The page's heading for a status. */
    public static String title(int status) {
        switch (status) {
            case HttpServletResponse.SC_NOT_FOUND:
                return "Not found";
            case HttpServletResponse.SC_FORBIDDEN:
            case HttpServletResponse.SC_UNAUTHORIZED:
                return "Not allowed";
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED:
                return "Not available this way";
            default:
                return status >= 500 ? "Something went wrong" : "Please check your request";
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Links on an error page never carry the session id (the page may be shown before any cookie was set). */
    private static final class NoSessionIdInLinks extends HttpServletResponseWrapper {
        NoSessionIdInLinks(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }

    /** The page's way back: a link and its label. */
    public static final class Back {
        final String href;
        final boolean absolute;
        final String label;

        private Back(String href, boolean absolute, String label) {
            this.href = href;
            this.absolute = absolute;
            this.label = label;
        }

        /** A path inside the web app, e.g. {@code /}. */
        public static Back to(String contextRelativePath, String label) {
            return new Back(contextRelativePath, false, label);
        }

        /** A full path as the browser sent it (a same-site referring page), e.g. {@code /admin/coop-sellers/3}. */
        public static Back toAbsolutePath(String path, String label) {
            return new Back(path, true, label);
        }
    }
}
