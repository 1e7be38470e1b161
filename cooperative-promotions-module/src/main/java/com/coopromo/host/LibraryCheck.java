package com.coopromo.host;

/**
 * Libraries the module needs newer than Broadleaf 3.1 brings. A store that imports {@code com.coopromo:coop-bom}
 * ahead of Broadleaf's POM gets them; one that does not would otherwise fail deep inside Liquibase with a
 * {@code NoSuchMethodError}. Each check looks for a class the minimum version introduced.
 */
public final class LibraryCheck {
    static final String FIX = "import com.coopromo:coop-bom in the store's dependencyManagement ahead of Broadleaf's POM "
            + "(README, \"Installing the module\").";

    private LibraryCheck() {
    }

    /** @throws IllegalStateException naming the library, the version found and the fix */
    public static void requireLibraries() {
        require("commons-io", "org.apache.commons.io.IOUtils", "org.apache.commons.io.build.AbstractOriginSupplier", "2.12");
        require("commons-lang3", "org.apache.commons.lang3.StringUtils", "org.apache.commons.lang3.SystemProperties", "3.13");
    }

    /**
     * @param probe  a class every version of the library has (to name the version found)
     * @param marker a class the minimum version introduced
     */
    static void require(String library, String probe, String marker, String minimum) {
        ClassLoader loader = LibraryCheck.class.getClassLoader();
        if (present(marker, loader)) {
            return;
        }
        throw new IllegalStateException("The cooperative promotions module needs " + library + " " + minimum
                + " or newer, but the store runs " + library + " " + versionOf(probe, loader) + ": " + FIX);
    }

    /** The version in the jar's manifest of the class's library, "(version unknown)" without one, "(missing)" without the class. */
    static String versionOf(String className, ClassLoader loader) {
        try {
            Package p = Class.forName(className, false, loader).getPackage();
            String version = p == null ? null : p.getImplementationVersion();
            return version == null ? "(version unknown)" : version;
        } catch (ClassNotFoundException | LinkageError e) {
            return "(missing)";
        }
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
