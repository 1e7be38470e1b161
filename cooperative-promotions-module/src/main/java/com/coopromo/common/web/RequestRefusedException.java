package com.coopromo.common.web;

import javax.servlet.http.HttpServletResponse;

/**
 * A web request refused with a status and one sentence for the person who sent it (an unknown record, a malformed
 * parameter). The error pages show the sentence as it is.
 */
public class RequestRefusedException extends RuntimeException {
    private final int status;

    public RequestRefusedException(int status, String sentence) {
        super(sentence);
        this.status = status;
    }

    /** 404: the record or page the request names does not exist (or is not the requester's to know of). */
    public static RequestRefusedException notFound(String sentence) {
        return new RequestRefusedException(HttpServletResponse.SC_NOT_FOUND, sentence);
    }

    /** 400: a parameter is malformed or out of range; the sentence names it ("page: must be ..."). */
    public static RequestRefusedException badParameter(String field, String reason) {
        return new RequestRefusedException(HttpServletResponse.SC_BAD_REQUEST, field + ": " + reason);
    }

    public int status() {
        return status;
    }

    public String sentence() {
        String message = getMessage();
        return message.endsWith(".") ? message : message + ".";
    }
}
