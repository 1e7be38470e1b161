package com.coopromo.demo.seed;

/** Names the demo catalog shares between the seeder and the storefront pages. */
public final class DemoCatalog {
    /** The category whose children are the marketplace's departments. */
    public static final String ROOT_CATEGORY = "Marketplace";

    private DemoCatalog() {
    }
}
