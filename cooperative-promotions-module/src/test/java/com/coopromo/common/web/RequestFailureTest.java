package com.coopromo.common.web;

import com.coopromo.common.domain.CoopValidationException;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.util.NestedServletException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFailureTest {

    /** A request whose parameters are these name/value pairs. */
    private static HttpServletRequest requestWith(String... nameValue) {
        final Map<String, String[]> parameters = new HashMap<String, String[]>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            parameters.put(nameValue[i], new String[] {nameValue[i + 1]});
        }
        return (HttpServletRequest) Proxy.newProxyInstance(RequestFailureTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameterMap")) {
                        return parameters;
                    }
                    return null;
                });
    }

    private static RequestFailure of(Throwable failure, String... parameters) {
        return RequestFailure.of(failure, requestWith(parameters));
    }

    @Test
    void aMissingOrStaleFormTokenIsAnExpiredSession() {
        RequestFailure f = of(new ServletException(new ServiceException("XSRF token mismatch (null). Session may be expired.")));

        assertThat(f.status()).isEqualTo(403);
        assertThat(f.sentence()).isEqualTo("Your session expired, please try again.");
    }

    @Test
    void aMalformedNumberNamesTheParameterHoldingIt() {
        RequestFailure f = of(new TypeMismatchException("abc", Long.class), "page", "abc", "category", "3");

        assertThat(f.status()).isEqualTo(400);
        assertThat(f.sentence()).isEqualTo("page: must be a whole number (was 'abc').");
        assertThat(of(new NumberFormatException("For input string: \"x1\""), "maxIndex", "x1").sentence())
                .isEqualTo("maxIndex: must be a number (was 'x1').");
    }

    @Test
    void aValueNoParameterHoldsIsRefusedWithoutNamingOne() {
        assertThat(of(new NumberFormatException("For input string: \"9e\"")).sentence())
                .isEqualTo("A value in this request must be a number (was '9e').");
    }

    @Test
    void aMissingParameterIsNamed() {
        RequestFailure f = of(new MissingServletRequestParameterException("campaign", "long"));

        assertThat(f.status()).isEqualTo(400);
        assertThat(f.sentence()).isEqualTo("campaign: is required.");
    }

    @Test
    void theModulesRefusalsKeepTheirSentence() {
        assertThat(of(new CoopValidationException("budget", "must be 0 or more (was -1)")).sentence())
                .isEqualTo("budget: must be 0 or more (was -1).");
        assertThat(of(RequestRefusedException.notFound("There is no page 7 of products")).status()).isEqualTo(404);
    }

    @Test
    void aRecordOrClassThatIsNotThereIsNotFound() {
        assertThat(of(new RuntimeException(new IllegalArgumentException("Entity not found"))).status()).isEqualTo(404);
        assertThat(of(new ServiceException("Unable to fetch results for nope",
                new RuntimeException(new ClassNotFoundException("nope")))).status()).isEqualTo(404);
    }

    @Test
    void valuesTheDatabaseCannotHoldAreBadRequestsAndClashesAreConflicts() {
        assertThat(of(new RuntimeException(new SQLException("numeric field overflow", "22003"))).status()).isEqualTo(400);
        assertThat(of(new RuntimeException(new SQLException("duplicate key", "23505"))).status()).isEqualTo(409);
        assertThat(of(new javax.persistence.OptimisticLockException("row count 0")).status()).isEqualTo(409);
        assertThat(of(new DateTimeException("Invalid date 'FEBRUARY 30'")).status()).isEqualTo(400);
    }

    @Test
    void aPermissionBroadleafRefusesIsForbidden() {
        assertThat(of(new ServiceException("wrapped", new SecurityServiceException("Security Check Failed"))).status())
                .isEqualTo(403);
    }

    @Test
    void anythingElseIsTheStoresFaultAndItsTextIsNeverShown() {
        RequestFailure f = of(new NestedServletException("Request processing failed",
                new NullPointerException("Cannot invoke \"Foo.bar()\" because \"x\" is null")));

        assertThat(f.status()).isEqualTo(500);
        assertThat(f.isUnexpected()).isTrue();
        assertThat(f.sentence()).doesNotContain("Exception", "Foo", "null");
    }

    @Test
    void valuesShownBackAreShortAndOnOneLine() {
        StringBuilder xs = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            xs.append('x');
        }
        String typed = "line one\nline two " + xs;
        RequestFailure f = of(new TypeMismatchException(typed, Integer.class), "quantity", typed);

        assertThat(f.sentence()).startsWith("quantity: must be a whole number (was 'line one line two xxx")
                .hasSizeLessThan(100).doesNotContain("\n");
    }

    @Test
    void statusesWithoutAFailureGetTheirOwnSentence() {
        assertThat(RequestFailure.ofStatus(404).sentence()).contains("no such page");
        assertThat(RequestFailure.ofStatus(405).status()).isEqualTo(405);
        assertThat(RequestFailure.ofStatus(503).status()).isEqualTo(500);
        assertThat(RequestFailure.ofStatus(503).isUnexpected()).isTrue();
    }
}
