package com.coopromo.admin.error;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.ErrorPageServlet;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The admin's page for the servlet container's errors (a status set by a filter, an exception outside Spring MVC). The
 * admin web app maps it in {@code web.xml} and names it as its {@code <error-page>}.
 */
public class AdminErrorPageServlet extends ErrorPageServlet {

    @Override
    protected ErrorPageRenderer renderer() {
        return AdminErrorPages.RENDERER;
    }

    @Override
    protected ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        return AdminErrorPages.back(request, failure);
    }
}
