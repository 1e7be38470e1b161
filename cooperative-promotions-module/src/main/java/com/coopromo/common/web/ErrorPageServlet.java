package com.coopromo.common.web;

import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web app's error page for the container ({@code <error-page>} in {@code web.xml}): a status set by a filter or
 * {@code sendError} (a 404 for an unknown path, Spring Security's 403) or an exception that escaped every resolver,
 * shown as the same page the exception resolver writes. Opened directly, it is a 404.
 */
public abstract class ErrorPageServlet extends HttpServlet {

    /** The page to write. */
    protected abstract ErrorPageRenderer renderer();

    /** The page's way back for this request. */
    protected abstract ErrorPageRenderer.Back back(HttpServletRequest request, RequestFailure failure);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        RequestFailure failure;
        if (exception instanceof Throwable) {
            failure = RequestFailure.of((Throwable) exception, request);
            ErrorPageExceptionResolver.log(request, failure, (Throwable) exception);
        } else {
            failure = RequestFailure.ofStatus(status instanceof Integer ? (Integer) status : HttpServletResponse.SC_NOT_FOUND);
        }
        renderer().render(request, response, getServletContext(), failure, back(request, failure));
    }
}
