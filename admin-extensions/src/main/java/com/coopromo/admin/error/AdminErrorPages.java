package com.coopromo.admin.error;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.Referers;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The admin's error page: the template {@code coop/error} (this jar's {@code open_admin_style/templates/coop/error.html},
 * or the admin web app's own {@code /WEB-INF/templates/admin/coop/error.html}), with a link back to the admin, or to
 * the page the form was on when the session expired.
 */
public final class AdminErrorPages {
    static final ErrorPageRenderer RENDERER = new ErrorPageRenderer("coop/error", "open_admin_style/templates/",
            "/WEB-INF/templates/admin/");

    private AdminErrorPages() {
    }

    static ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        if (RequestFailure.SESSION_EXPIRED.equals(failure.sentence())) {
            String referer = Referers.sameSitePath(request);
            if (referer != null) {
                return ErrorPageRenderer.Back.toAbsolutePath(referer, "Back to the page");
            }
        }
        return ErrorPageRenderer.Back.to("/", "Back to the admin");
    }
}
