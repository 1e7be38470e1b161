package com.coopromo.common.web;

import com.coopromo.common.domain.CoopValidationException;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.multiaction.NoSuchRequestHandlingMethodException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person is told when a request fails: the HTTP status and one sentence, never the failure's own text (which
 * may name classes or show values from inside the store). A failure caused by the request (a malformed number or date,
 * a missing field, a value the database cannot hold, an unknown record, an expired form) is a 4xx naming the field
 * where the request says which one; anything else is a 500 whose details go to the log only.
 */
public final class RequestFailure {
    public static final String SESSION_EXPIRED = "Your session expired, please try again.";
    static final String NOT_FOUND = "There is no such page or record here; it may have been removed.";
    static final String UNEXPECTED = "Something went wrong on our side and nothing was changed; please try again in a moment.";
    static final String NOT_ALLOWED = "You do not have permission to open this page.";
    static final String CONFLICT = "This could not be saved because it clashes with a change made at the same time or "
            + "with other records; nothing was changed, please reload the page and try again.";
    static final String BAD_REQUEST = "This request could not be understood; please go back and check what you entered.";
    private static final int SHOWN_VALUE_MAX = 40;
    private static final Pattern NUMBER_INPUT = Pattern.compile("For input string: \"(.*)\"", Pattern.DOTALL);
    /** Broadleaf's exploit protection refuses a missing or stale form token with this message. */
    private static final String CSRF_MISMATCH = "XSRF token mismatch";

    private final int status;
    private final String sentence;
    private final boolean unexpected;

    private RequestFailure(int status, String sentence, boolean unexpected) {
        this.status = status;
        this.sentence = sentence;
        this.unexpected = unexpected;
    }

    public static RequestFailure of(int status, String sentence) {
        return new RequestFailure(status, sentence, status >= 500);
    }

    /** The status as a servlet container or a filter set it, without an exception to tell more. */
    public static RequestFailure ofStatus(int status) {
        switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST:
                return of(status, BAD_REQUEST);
            case HttpServletResponse.SC_UNAUTHORIZED:
            case HttpServletResponse.SC_FORBIDDEN:
                return of(status, NOT_ALLOWED);
            case HttpServletResponse.SC_NOT_FOUND:
                return of(status, NOT_FOUND);
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED:
                return of(status, "This page cannot be opened this way; please use the links and buttons on the site.");
            case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE:
                return of(status, "What you sent is too large; please send less at once.");
            default:
                if (status >= 400 && status < 500) {
                    return of(status, BAD_REQUEST);
                }
                return new RequestFailure(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, UNEXPECTED, true);
        }
    }

    /**
     * Classifies a failure by its cause chain: the first cause (outermost first) that says what went wrong decides.
     *
     * @param request the failed request, to name the parameter holding a malformed value; may be null
     */
    public static RequestFailure of(Throwable failure, HttpServletRequest request) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof ServiceException && t.getMessage() != null && t.getMessage().startsWith(CSRF_MISMATCH)) {
                return of(HttpServletResponse.SC_FORBIDDEN, SESSION_EXPIRED);
            }
        }
        for (Throwable t : chain) {
            RequestFailure known = known(t, request);
            if (known != null) {
                return known;
            }
        }
        return new RequestFailure(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, UNEXPECTED, true);
    }

    private static RequestFailure known(Throwable t, HttpServletRequest request) {
        if (t instanceof RequestRefusedException) {
            RequestRefusedException refused = (RequestRefusedException) t;
            return of(refused.status(), refused.sentence());
        }
        if (t instanceof CoopValidationException) {
            return of(HttpServletResponse.SC_BAD_REQUEST, sentence(t.getMessage()));
        }
        if (t instanceof AccessDeniedException || t instanceof AuthenticationException
                || t instanceof SecurityServiceException) {
            return of(HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED);
        }
        if (t instanceof NoSuchRequestHandlingMethodException || t instanceof ClassNotFoundException
                || isEntityNotFound(t)) {
            return of(HttpServletResponse.SC_NOT_FOUND, NOT_FOUND);
        }
        if (t instanceof HttpRequestMethodNotSupportedException) {
            return ofStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
        if (t instanceof HttpMediaTypeNotSupportedException) {
            return of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, BAD_REQUEST);
        }
        if (t instanceof HttpMediaTypeNotAcceptableException) {
            return of(HttpServletResponse.SC_NOT_ACCEPTABLE, BAD_REQUEST);
        }
        if (t instanceof MaxUploadSizeExceededException) {
            return ofStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
        if (t instanceof MultipartException) {
            return of(HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST);
        }
        if (t instanceof MissingServletRequestParameterException) {
            String name = ((MissingServletRequestParameterException) t).getParameterName();
            return of(HttpServletResponse.SC_BAD_REQUEST, shown(name) + ": is required.");
        }
        if (t instanceof TypeMismatchException) {
            TypeMismatchException mismatch = (TypeMismatchException) t;
            String value = text(mismatch.getValue());
            String field = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : fieldHolding(request, value);
            return badValue(field, value, expected(mismatch.getRequiredType()));
        }
        if (t instanceof ServletRequestBindingException || t instanceof BindException) {
            return of(HttpServletResponse.SC_BAD_REQUEST, BAD_REQUEST);
        }
        if (t instanceof NumberFormatException) {
            Matcher m = t.getMessage() == null ? null : NUMBER_INPUT.matcher(t.getMessage());
            String value = m != null && m.find() ? m.group(1) : null;
            return badValue(fieldHolding(request, value), value, "a number");
        }
        if (t instanceof DateTimeException) {
            return of(HttpServletResponse.SC_BAD_REQUEST, "A date or time in this request is not valid or out of range; "
                    + "please check the dates you entered.");
        }
        if (t instanceof ArithmeticException) {
            return of(HttpServletResponse.SC_BAD_REQUEST, "A number in this request is too large; please check the "
                    + "numbers you entered.");
        }
        if (isConcurrentChange(t)) {
            return of(HttpServletResponse.SC_CONFLICT, CONFLICT);
        }
        if (t instanceof SQLException && isIntegrityViolation((SQLException) t)) {
            return of(HttpServletResponse.SC_CONFLICT, CONFLICT);
        }
        if (t instanceof SQLException && isDataException((SQLException) t)) {
            return of(HttpServletResponse.SC_BAD_REQUEST, "A value in this request is too large or out of range to be "
                    + "saved; nothing was changed.");
        }
        return null;
    }

    private static RequestFailure badValue(String field, String value, String expected) {
        String was = value == null ? "" : " (was '" + shown(value) + "')";
        if (field == null) {
            return of(HttpServletResponse.SC_BAD_REQUEST, "A value in this request must be " + expected + was + ".");
        }
        return of(HttpServletResponse.SC_BAD_REQUEST, shown(field) + ": must be " + expected + was + ".");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    /** Broadleaf's admin says "Entity not found" for a record id it cannot load; JPA and Hibernate have their own. */
    private static boolean isEntityNotFound(Throwable t) {
        if ("javax.persistence.EntityNotFoundException".equals(t.getClass().getName())
                || "org.hibernate.ObjectNotFoundException".equals(t.getClass().getName())) {
            return true;
        }
        return t instanceof IllegalArgumentException && "Entity not found".equals(t.getMessage());
    }

    /** Another request changed or removed the same row first (optimistic locking, Hibernate's row count check). */
    private static boolean isConcurrentChange(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("javax.persistence.OptimisticLockException")
                || name.equals("org.hibernate.StaleStateException") || name.equals("org.hibernate.StaleObjectStateException")
                || name.equals("org.springframework.orm.ObjectOptimisticLockingFailureException");
    }

    /** SQL class 23: a unique key or reference the change would break (most often a change made at the same time). */
    private static boolean isIntegrityViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's class 22 ("data exception"): numeric overflow, string too long, date out of range, bad offset. */
    private static boolean isDataException(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && s.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** The request parameter or path variable that holds this value, if exactly one does. */
    static String fieldHolding(HttpServletRequest request, String value) {
        if (request == null || value == null) {
            return null;
        }
        List<String> holders = new ArrayList<String>();
        Map<?, ?> parameters = request.getParameterMap();
        for (Map.Entry<?, ?> parameter : parameters.entrySet()) {
            Object values = parameter.getValue();
            if (values instanceof String[]) {
                for (String v : (String[]) values) {
                    if (value.equals(v) || value.equals(v == null ? null : v.trim())) {
                        holders.add(String.valueOf(parameter.getKey()));
                        break;
                    }
                }
            }
        }
        Object pathVariables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pathVariables instanceof Map) {
            for (Map.Entry<?, ?> variable : ((Map<?, ?>) pathVariables).entrySet()) {
                if (value.equals(variable.getValue()) && !holders.contains(String.valueOf(variable.getKey()))) {
                    holders.add(String.valueOf(variable.getKey()));
                }
            }
        }
        return holders.size() == 1 ? holders.get(0) : null;
    }

    private static String text(Object value) {
        if (value instanceof String[]) {
            String[] values = (String[]) value;
            return values.length == 0 ? null : values[0];
        }
        return value == null ? null : String.valueOf(value);
    }

    /** A value from the request as it may be shown back: at most {@value #SHOWN_VALUE_MAX} characters, one line. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_VALUE_MAX ? oneLine : oneLine.substring(0, SHOWN_VALUE_MAX) + "\u2026";
    }

    private static String sentence(String message) {
        if (message == null || message.trim().isEmpty()) {
            return BAD_REQUEST;
        }
        String trimmed = message.trim();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<Throwable>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException && t.getCause() == null) {
            return ((SQLException) t).getNextException();
        }
        if (t instanceof javax.servlet.ServletException && t.getCause() == null) {
            return ((javax.servlet.ServletException) t).getRootCause();
        }
        return t.getCause();
    }

    public int status() {
        return status;
    }

    /** One sentence for the person who made the request. */
    public String sentence() {
        return sentence;
    }

    /** True when the store, not the request, is at fault: the details belong in the log. */
    public boolean isUnexpected() {
        return unexpected;
    }

    @Override
    public String toString() {
        return status + " " + sentence;
    }
}
