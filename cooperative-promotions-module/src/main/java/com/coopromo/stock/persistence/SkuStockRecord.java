package com.coopromo.stock.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.util.Date;

/**
 * The units in stock of one host Sku the store counts. Changed only through {@link StockDao}'s single statements
 * (never by loading and saving this entity), so two nodes or two checkouts can never overwrite each other's change;
 * the database's check keeps {@code QUANTITY >= 0}.
 */
@Entity
@Table(name = "COOP_SKU_STOCK")
public class SkuStockRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "SKU_ID")
    protected Long skuId;

    @Column(name = "QUANTITY", nullable = false)
    protected Integer quantity;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    protected SkuStockRecord() {
    }

    public Long getSkuId() {
        return skuId;
    }

    public Integer getQuantity() {
        return quantity;
    }
}
