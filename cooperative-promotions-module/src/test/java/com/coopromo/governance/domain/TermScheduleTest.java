package com.coopromo.governance.domain;

import com.coopromo.common.domain.CoopValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import static com.coopromo.governance.domain.GovernanceFixture.PARIS;
import static com.coopromo.governance.domain.GovernanceFixture.WEEKLY;
import static com.coopromo.governance.domain.GovernanceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermScheduleTest {

    @Test
    void theFirstTermStartsAtMidnightOfTheFirstDayInTheCommitteesZone() {
        assertThat(WEEKLY.termStart(0)).isEqualTo(at("2027-02-28T23:00:00Z"));
        assertThat(WEEKLY.termEnd(0)).isEqualTo(at("2027-03-07T23:00:00Z"));
    }

    @Test
    void weeklyTermsTurnOverAtLocalMidnightAcrossTheSummerTimeChange() {
        // Paris moves to UTC+2 on 2027-03-28, so Monday 29 March starts at 22:00Z
        assertThat(WEEKLY.termStart(4)).isEqualTo(at("2027-03-28T22:00:00Z"));
    }

    @Test
    void anInstantBelongsToTheTermThatStartedAtOrBeforeIt() {
        assertThat(WEEKLY.termIndexAt(at("2027-03-07T22:59:59Z"))).isEqualTo(0);
        assertThat(WEEKLY.termIndexAt(at("2027-03-07T23:00:00Z"))).isEqualTo(1);
        assertThat(WEEKLY.termIndexAt(at("2028-03-01T12:00:00Z"))).isEqualTo(52);
    }

    @Test
    void thereIsNoTermBeforeTheFirst() {
        assertThatThrownBy(() -> WEEKLY.termIndexAt(at("2027-02-28T22:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the committee's first term starts at 2027-03-01 00:00 Europe/Paris; there is no term at "
                        + "2027-02-28T22:59:59Z");
    }

    @Test
    void monthlyTermsAreCountedFromTheFirstDaySoTheyDoNotDrift() {
        TermSchedule monthly = TermSchedule.of(LocalDate.of(2027, 1, 31), ZoneId.of("UTC"), Period.ofMonths(1));

        assertThat(monthly.termStart(1)).isEqualTo(at("2027-02-28T00:00:00Z"));
        assertThat(monthly.termStart(2)).isEqualTo(at("2027-03-31T00:00:00Z"));
        assertThat(monthly.termIndexAt(at("2027-03-30T23:59:59Z"))).isEqualTo(1);
    }

    @Test
    void aTermLengthMustBePositive() {
        assertThatThrownBy(() -> TermSchedule.ofDays(LocalDate.of(2027, 3, 1), PARIS, 0))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("termLength: must be a positive period (was P0D)");
    }

    @Property(tries = 500)
    void everyInstantLiesInsideTheTermItIsAssignedTo(@ForAll @IntRange(min = 1, max = 40) int days,
                                                     @ForAll @LongRange(min = 0, max = 3_000_000_000L) long secondsIn) {
        TermSchedule schedule = TermSchedule.ofDays(LocalDate.of(2027, 3, 1), PARIS, days);
        Instant instant = schedule.termStart(0).plusSeconds(secondsIn);

        long index = schedule.termIndexAt(instant);

        assertThat(schedule.termStart(index)).isBeforeOrEqualTo(instant);
        assertThat(schedule.termEnd(index)).isAfter(instant);
    }
}
