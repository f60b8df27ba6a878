package org.giswatch.contract.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection. {@code next} is the absolute URL of the following page (also sent as
 * {@code Link: <...>; rel="next"}); it is absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        @Schema(description = "The items of this page, in the requested order") List<T> items,
        @Schema(description = "URL of the next page; absent on the last page",
                examples = "http://localhost:8081/countries?limit=50&cursor=WyJreiJd") String next) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
