package com.coopromo.stock.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/**
 * The units one order took of one Sku at checkout ({@value #TAKEN}), and whether a cancellation gave them back
 * ({@value #RESTORED}). At most one per (order, Sku): the unique constraint {@code UK_COOP_STOCK_MOVEMENT_ORDER}.
 */
@Entity
@Table(name = "COOP_STOCK_MOVEMENT")
public class StockMovementRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String TAKEN = "TAKEN";
    public static final String RESTORED = "RESTORED";

    @Id
    @GeneratedValue(generator = "CoopStockMovementId")
    @GenericGenerator(name = "CoopStockMovementId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "MOVEMENT_ID")
    protected Long id;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "SKU_ID", nullable = false)
    protected Long skuId;

    @Column(name = "QUANTITY", nullable = false)
    protected Integer quantity;

    @Column(name = "STATE", nullable = false, length = 16)
    protected String state;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    protected StockMovementRecord() {
    }

    StockMovementRecord(long orderId, long skuId, int quantity, Instant at) {
        this.orderId = orderId;
        this.skuId = skuId;
        this.quantity = quantity;
        this.state = TAKEN;
        this.createdAt = StoredValues.instant(at);
        this.updatedAt = this.createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getSkuId() {
        return skuId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public String getState() {
        return state;
    }
}
