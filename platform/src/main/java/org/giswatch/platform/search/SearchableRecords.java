package org.giswatch.platform.search;

import java.util.List;

/** What one service lets the search find: one bean per service. */
public interface SearchableRecords {

    /** The service's short name, as the hits name it ("catalog"). */
    String service();

    List<SearchableKind> kinds();
}
