package com.coopromo.governance.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.governance.domain.TermSchedule;
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
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

/** A committee as set up: its term schedule and whether it is the one in office. Seats are {@link CommitteeSeatRecord}s. */
@Entity
@Table(name = "COOP_COMMITTEE")
public class CommitteeRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopCommitteeId")
    @GenericGenerator(name = "CoopCommitteeId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "COMMITTEE_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    protected String name;

    @Column(name = "FIRST_TERM_DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date firstTermDay;

    /** ISO-8601 period, e.g. P14D. */
    @Column(name = "TERM_LENGTH", nullable = false, length = 32)
    protected String termLength;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    protected String timeZone;

    @Column(name = "ACTIVE", nullable = false)
    protected Boolean active;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    protected String createdBy;

    protected CommitteeRecord() {
    }

    public CommitteeRecord(String name, TermSchedule schedule, Instant at, String by) {
        this.name = name;
        this.firstTermDay = java.sql.Date.valueOf(schedule.firstDay());
        this.termLength = schedule.length().toString();
        this.timeZone = schedule.zone().getId();
        this.active = Boolean.TRUE;
        this.createdAt = StoredValues.instant(at);
        this.createdBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    public void retire() {
        this.active = Boolean.FALSE;
    }

    public Instant getCreatedAt() {
        return StoredValues.instant(createdAt);
    }

    public TermSchedule toSchedule() {
        return TermSchedule.of(new java.sql.Date(firstTermDay.getTime()).toLocalDate(), ZoneId.of(timeZone), Period.parse(termLength));
    }
}
