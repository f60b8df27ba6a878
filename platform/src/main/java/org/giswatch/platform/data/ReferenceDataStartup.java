package org.giswatch.platform.data;

/** A service's reference-data loader as start-up runs it (one bean per service). */
public interface ReferenceDataStartup {

    /** Its row in {@value ReferenceDataLoads#TABLE}. */
    String name();

    /** Loads unless the files are those of the last completed load; returns whether it loaded. */
    boolean loadIfChanged();
}
