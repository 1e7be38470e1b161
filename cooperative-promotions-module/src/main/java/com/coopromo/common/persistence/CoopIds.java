package com.coopromo.common.persistence;

/**
 * Ids of the module's entities come from blocks in {@code COOP_ID_GENERATOR} (a table the module's changelog owns),
 * one row per entity, so the module never shares the host's id table. Entities use:
 * <pre>
 * &#64;GeneratedValue(generator = "CoopSellerId")
 * &#64;GenericGenerator(name = "CoopSellerId", strategy = CoopIds.STRATEGY, parameters = {
 *     &#64;Parameter(name = CoopIds.TABLE, value = CoopIds.TABLE_NAME), ... })
 * </pre>
 */
public final class CoopIds {
    public static final String STRATEGY = "org.hibernate.id.enhanced.TableGenerator";
    public static final String TABLE = "table_name";
    public static final String TABLE_NAME = "COOP_ID_GENERATOR";
    public static final String SEGMENT_COLUMN = "segment_column_name";
    public static final String SEGMENT_COLUMN_NAME = "ID_NAME";
    public static final String VALUE_COLUMN = "value_column_name";
    public static final String VALUE_COLUMN_NAME = "ID_VAL";
    public static final String SEGMENT = "segment_value";
    public static final String INCREMENT = "increment_size";
    public static final String BLOCK = "50";
    public static final String OPTIMIZER = "optimizer";
    public static final String POOLED = "pooled";

    private CoopIds() {
    }
}
