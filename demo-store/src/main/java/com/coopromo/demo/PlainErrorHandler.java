package com.coopromo.demo;

import com.coopromo.common.web.ErrorPageRenderer;
import com.coopromo.common.web.RequestFailure;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's error handling for the demo store. A web app sends its errors to the error page its {@code web.xml} names
 * (the storefront's or the admin's, from the module); only what cannot reach that page (an error page that fails
 * itself, or a request Jetty refuses before any web app: {@link #forServer()}) lands here, and gets a plain page with
 * one sentence instead of Jetty's own, which shows the failure's message and may show its stack.
 */
final class PlainErrorHandler extends ErrorPageErrorHandler {

    PlainErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        writePlainPage(baseRequest, request, response, code);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        return plainBadMessage(status, fields);
    }

    /** For the server itself (requests no web app gets), where Jetty allows no error page mapping. */
    static ErrorHandler forServer() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                      HttpServletResponse response, int code, String message)
                    throws IOException {
                writePlainPage(baseRequest, request, response, code);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
                return plainBadMessage(status, fields);
            }
        };
        handler.setShowStacks(false);
        handler.setShowMessageInTitle(false);
        handler.setShowServlet(false);
        return handler;
    }

    private static void writePlainPage(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("text/html;charset=UTF-8");
        Writer writer = response.getWriter();
        writer.write(page(code, request.getContextPath() + "/"));
        writer.flush();
    }

    private static ByteBuffer plainBadMessage(int status, HttpFields fields) {
        fields.put("Content-Type", "text/html;charset=UTF-8");
        return ByteBuffer.wrap(page(status, "/").getBytes(StandardCharsets.UTF_8));
    }

    static String page(int code, String home) {
        RequestFailure failure = RequestFailure.ofStatus(code);
        String title = ErrorPageRenderer.title(failure.status());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + failure.sentence() + "</p><p><a href=\"" + home
                + "\">Back to the start page</a></p></body></html>";
    }
}
