package com.coopromo.admin.error;

import com.coopromo.common.web.ErrorPageExceptionResolver;
import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The admin's answer to an exception from any admin controller, Broadleaf's own included: the admin error page with
 * one sentence, the right status (an unknown record is a 404, a malformed grid parameter a 400) and a link back to
 * the admin; never a stack trace. It runs before Broadleaf's {@code blAdminExceptionResolver}. Declared by
 * {@code bl-coop-admin-applicationContext-servlet.xml}.
 */
public class AdminErrorResolver extends ErrorPageExceptionResolver {

    @Override
    protected ErrorPageRenderer renderer() {
        return AdminErrorPages.RENDERER;
    }

    @Override
    protected ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        return AdminErrorPages.back(request, failure);
    }
}
