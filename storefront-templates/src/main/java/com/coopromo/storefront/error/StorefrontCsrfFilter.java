package com.coopromo.storefront.error;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.Referers;
import com.coopromo.common.web.RequestFailure;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.springframework.security.web.util.AntPathRequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Broadleaf's form-token check for the storefront ({@code blCsrfFilter}), with a page a shopper can use when the
 * token is missing or stale (most often: the session expired while the page stood open). Instead of an error, the
 * shopper is sent back to the page the form was on (or to {@code fallbackPath}, the cart by default) with the message
 * {@value RequestFailure#SESSION_EXPIRED} as the flash attribute {@code flashAttribute} ({@code error} by default,
 * which the store's layout shows). Nothing of the refused request is done; the cart stays as it was. A request made
 * by script gets a 403 with the same sentence.
 * <p>
 * A store uses it by giving its {@code blCsrfFilter} bean this class.
 */
public class StorefrontCsrfFilter extends CsrfFilter {
    private String flashAttribute = "error";
    private String fallbackPath = "/cart";
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        HttpServletResponse response = (HttpServletResponse) baseResponse;
        if ("POST".equals(request.getMethod()) && !excluded(request)) {
            try {
                exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException e) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean excluded(HttpServletRequest request) {
        if (excludedRequestPatterns != null) {
            for (String pattern : excludedRequestPatterns) {
                if (new AntPathRequestMatcher(pattern).matches(request)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestFailure expired = RequestFailure.of(HttpServletResponse.SC_FORBIDDEN, RequestFailure.SESSION_EXPIRED);
        if ("XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"))) {
            StorefrontErrorPages.RENDERER.render(request, response, request.getServletContext(), expired,
                    ErrorPageRenderer.Back.to("/", StorefrontErrorPages.BACK_LABEL));
            return;
        }
        String referer = Referers.sameSitePath(request);
        String target = referer != null ? referer : request.getContextPath() + fallbackPath;
        FlashMap flash = new FlashMap();
        flash.put(flashAttribute, RequestFailure.SESSION_EXPIRED);
        int query = target.indexOf('?');
        flash.setTargetRequestPath(query < 0 ? target : target.substring(0, query));
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    public void setFlashAttribute(String flashAttribute) {
        this.flashAttribute = flashAttribute;
    }

    public void setFallbackPath(String fallbackPath) {
        this.fallbackPath = fallbackPath;
    }
}
