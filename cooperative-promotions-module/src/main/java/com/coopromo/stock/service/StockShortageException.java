package com.coopromo.stock.service;

import com.coopromo.stock.domain.StockShortage;

/** An order or cart asks for more units of a Sku than are left; nothing was taken. */
public class StockShortageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient StockShortage shortage;

    public StockShortageException(StockShortage shortage) {
        super(shortage.toString());
        this.shortage = shortage;
    }

    public StockShortage shortage() {
        return shortage;
    }
}
