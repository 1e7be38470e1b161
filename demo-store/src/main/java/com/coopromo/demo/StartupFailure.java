package com.coopromo.demo;

/** Turns a start-up failure (often many Spring wrappers deep) into the one sentence that says what to fix. */
final class StartupFailure {
    private StartupFailure() {
    }

    static String explain(Throwable failure) {
        Throwable ours = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("com.coopromo")
                    && t.getMessage() != null) {
                ours = t;
            }
        }
        Throwable chosen = ours != null ? ours : root;
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.toString();
    }
}
