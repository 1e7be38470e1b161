package com.coopromo.admin.error;

import com.coopromo.common.web.RequestRefusedException;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Checks the paging parameters of Broadleaf's list grids ({@code startIndex}, {@code maxIndex}) before any admin
 * controller reads them: Broadleaf parses them unchecked, so a malformed or negative one would fail deep inside its
 * persistence. A bad one is refused with a 400 naming it.
 */
public class AdminListParametersInterceptor extends HandlerInterceptorAdapter {
    static final String START_INDEX = "startIndex";
    static final String MAX_INDEX = "maxIndex";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Integer start = index(request, START_INDEX);
        Integer max = index(request, MAX_INDEX);
        if (max != null && start == null) {
            throw RequestRefusedException.badParameter(START_INDEX, "is required with " + MAX_INDEX);
        }
        return true;
    }

    private static Integer index(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        String value = values[0] == null ? "" : values[0].trim();
        try {
            int index = Integer.parseInt(value);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "\u2026" : value;
        throw RequestRefusedException.badParameter(name, "must be a whole number from 0 (was '" + shown + "')");
    }
}
