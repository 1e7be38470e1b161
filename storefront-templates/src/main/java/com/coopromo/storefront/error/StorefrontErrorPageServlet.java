package com.coopromo.storefront.error;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.ErrorPageServlet;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The storefront's page for the servlet container's errors (an unknown path, a status set by a filter, an exception
 * outside Spring MVC). A store maps it in {@code web.xml} and names it as its {@code <error-page>}.
 */
public class StorefrontErrorPageServlet extends ErrorPageServlet {

    @Override
    protected ErrorPageRenderer renderer() {
        return StorefrontErrorPages.RENDERER;
    }

    @Override
    protected ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        return StorefrontErrorPages.back(request, failure);
    }
}
