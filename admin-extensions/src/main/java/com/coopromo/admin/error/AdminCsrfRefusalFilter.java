package com.coopromo.admin.error;

import com.coopromo.common.web.RequestFailure;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.filter.AdminCsrfFilter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.AntPathRequestMatcher;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Broadleaf's admin form-token check ({@code blCsrfFilter}) with a page for a signed-in user whose form carries a
 * missing or stale token (a form left open across sessions): a 403 saying {@value RequestFailure#SESSION_EXPIRED}
 * with a link back to the page, instead of a server error. Nothing of the refused request is done. Without a signed-in
 * user it does what Broadleaf does (back to the sign-in page, "session timed out").
 * <p>
 * The admin web app uses it by giving its {@code blCsrfFilter} bean this class.
 */
public class AdminCsrfRefusalFilter extends AdminCsrfFilter {

    @Override
    public void doFilter(ServletRequest baseRequest, ServletResponse baseResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) baseRequest;
        HttpServletResponse response = (HttpServletResponse) baseResponse;
        if (SecurityContextHolder.getContext().getAuthentication() != null && "POST".equals(request.getMethod())
                && !excluded(request)) {
            try {
                exploitProtectionService.compareToken(request.getParameter(exploitProtectionService.getCsrfTokenParameter()));
            } catch (ServiceException e) {
                RequestFailure expired = RequestFailure.of(HttpServletResponse.SC_FORBIDDEN, RequestFailure.SESSION_EXPIRED);
                AdminErrorPages.RENDERER.render(request, response, request.getServletContext(), expired,
                        AdminErrorPages.back(request, expired));
                return;
            }
        }
        super.doFilter(request, response, chain);
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
}
