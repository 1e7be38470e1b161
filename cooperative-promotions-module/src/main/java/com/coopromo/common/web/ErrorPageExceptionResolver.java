package com.coopromo.common.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers every exception a controller throws with the error page ({@link RequestFailure} decides status and
 * sentence) instead of the container's page with its stack trace. It runs before Spring MVC's own resolvers (order
 * -1 by default), so malformed parameters get a sentence naming the field; a store that answers some exceptions with
 * {@code @ExceptionHandler} methods sets {@code order} to 1, after them. An {@code AccessDeniedException} is left to
 * Spring Security (sign-in page or 403).
 */
public abstract class ErrorPageExceptionResolver implements HandlerExceptionResolver, Ordered, ServletContextAware {
    private static final Log LOG = LogFactory.getLog(ErrorPageExceptionResolver.class);

    private int order = -1;
    private ServletContext servletContext;

    /** The page to write. */
    protected abstract ErrorPageRenderer renderer();

    /** The page's way back for this request. */
    protected abstract ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (ex instanceof AccessDeniedException) {
            return null;
        }
        RequestFailure failure = RequestFailure.of(ex, request);
        log(request, failure, ex);
        try {
            renderer().render(request, response, servletContext, failure, back(request, failure));
        } catch (IOException e) {
            LOG.debug("could not write the error page for " + request.getRequestURI(), e);
        }
        return new ModelAndView(); // the response is written: no view
    }

    /** Failures of the store are logged with their stack trace; refused requests only at debug level. */
    static void log(HttpServletRequest request, RequestFailure failure, Throwable ex) {
        Object original = request.getAttribute(javax.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String ? (String) original : request.getRequestURI();
        if (failure.isUnexpected()) {
            LOG.error(request.getMethod() + " " + uri + " failed", ex);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(request.getMethod() + " " + uri + " refused: " + failure, ex);
        }
    }

    @Override
    public void setServletContext(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
