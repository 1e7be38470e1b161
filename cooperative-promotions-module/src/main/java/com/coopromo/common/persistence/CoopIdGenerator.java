package com.coopromo.common.persistence;

import org.hibernate.MappingException;
import org.hibernate.dialect.Dialect;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.type.Type;

import java.util.Properties;

/**
 * Ids for the module's entities: blocks of 50 from {@code COOP_ID_GENERATOR} (a table the module's changelog owns),
 * one row per entity named after the entity's table, so the module never shares the host's id table. An entity
 * needs only:
 * <pre>
 * &#64;GeneratedValue(generator = "CoopSellerId")
 * &#64;GenericGenerator(name = "CoopSellerId", strategy = CoopIdGenerator.STRATEGY)
 * </pre>
 */
public class CoopIdGenerator extends TableGenerator {
    public static final String STRATEGY = "com.coopromo.common.persistence.CoopIdGenerator";

    @Override
    public void configure(Type type, Properties params, Dialect dialect) throws MappingException {
        params.setProperty(TABLE_PARAM, "COOP_ID_GENERATOR");
        params.setProperty(SEGMENT_COLUMN_PARAM, "ID_NAME");
        params.setProperty(VALUE_COLUMN_PARAM, "ID_VAL");
        params.setProperty(CONFIG_PREFER_SEGMENT_PER_ENTITY, "true");
        params.setProperty(INCREMENT_PARAM, "50");
        params.setProperty(OPT_PARAM, "pooled");
        super.configure(type, params, dialect);
    }
}
