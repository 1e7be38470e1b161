package com.coopromo.search;

/** Told how a full rebuild of the hub index goes, after every batch. */
public interface HubRebuildProgress {
    /**
     * @param done       listings written so far
     * @param total      listings to write
     * @param perSecond  listings per second since the rebuild started
     */
    void progress(int done, int total, double perSecond);

    /** Reports nothing. */
    HubRebuildProgress NONE = new HubRebuildProgress() {
        @Override
        public void progress(int done, int total, double perSecond) {
        }
    };
}
