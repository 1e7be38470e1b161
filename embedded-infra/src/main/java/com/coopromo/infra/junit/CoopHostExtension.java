package com.coopromo.infra.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(CoopHostExtension.class)} gives a test class the shared {@link TestHost} as a parameter.
 * The host starts once per JVM and stops when the whole test run ends.
 */
public class CoopHostExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CoopHostExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("host", key -> new StopOnRunEnd());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == TestHost.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return TestHost.get();
    }

    /** Kept in the root store: JUnit closes it once, after the last test class of the run. */
    private static final class StopOnRunEnd implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        StopOnRunEnd() {
            TestHost.get();
        }

        @Override
        public void close() {
            TestHost.stop();
        }
    }
}
