package com.coopromo.storefront.error;

import com.coopromo.common.web.ErrorPageExceptionResolver;
import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.RequestFailure;

import javax.servlet.http.HttpServletRequest;

/**
 * The storefront's answer to an exception from any controller: the store's error page with one sentence, the right
 * status and a link home; never a stack trace. Declared by {@code bl-coop-storefront-applicationContext-servlet.xml}.
 */
public class StorefrontErrorResolver extends ErrorPageExceptionResolver {

    @Override
    protected ErrorPageRenderer renderer() {
        return StorefrontErrorPages.RENDERER;
    }

    @Override
    protected ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure) {
        return StorefrontErrorPages.back(request, failure);
    }
}
