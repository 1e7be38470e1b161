package com.coopromo.stock.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockShortageTest {

    @Test
    void aCartChangeNamesWhatIsLeftAndWhatWasAsked() {
        assertThat(new StockShortage(7L, 3, 5).cartSentence("Lunch box", 0))
                .isEqualTo("Only 3 left of Lunch box: you asked for 5.");
    }

    @Test
    void aCartChangeCountsWhatTheCartAlreadyHolds() {
        assertThat(new StockShortage(7L, 3, 5).cartSentence("Lunch box", 2))
                .isEqualTo("Only 3 left of Lunch box: you asked for 5, counting the 2 already in your cart.");
    }

    @Test
    void nothingLeftSaysNone() {
        assertThat(new StockShortage(7L, 0, 1).cartSentence("Pencil case", 0))
                .isEqualTo("None left of Pencil case: you asked for 1.");
    }

    @Test
    void aCheckoutNamesWhatTheCartHas() {
        assertThat(new StockShortage(7L, 3, 5).checkoutSentence("Lunch box"))
                .isEqualTo("Only 3 left of Lunch box: your cart has 5.");
    }

    @Test
    void askingForNoMoreThanIsLeftIsNoShortage() {
        assertThatThrownBy(() -> new StockShortage(7L, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockShortage(7L, -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
