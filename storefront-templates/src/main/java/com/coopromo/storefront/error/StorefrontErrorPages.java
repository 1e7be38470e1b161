package com.coopromo.storefront.error;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The storefront's error page: the template {@code coop/error} (this jar's {@code webTemplates/coop/error.html}, or the
 * store's own {@code /WEB-INF/templates/coop/error.html}), with a link back to the store's home page.
 */
public final class StorefrontErrorPages {
    static final ErrorPageRenderer RENDERER = new ErrorPageRenderer("coop/error", "webTemplates/", "/WEB-INF/templates/");
    static final String BACK_LABEL = "Back to the store";

    private StorefrontErrorPages() {
    }

    static ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        return ErrorPageRenderer.Back.to("/", BACK_LABEL);
    }
}
