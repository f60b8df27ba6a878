package org.giswatch.platform.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.giswatch.contract.common.Page;
import org.giswatch.contract.search.SearchApi;
import org.giswatch.contract.search.SearchHit;
import org.giswatch.platform.http.Cursor;
import org.giswatch.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The rules every part of the search shares, so that one cursor continues all of them: which queries are accepted,
 * the order of hits and the cursor after a hit. Pure logic, no database.
 */
public final class SearchQueries {

    /** Best first; ties by type and id in byte order (the SQL side uses COLLATE "C"). */
    public static final Comparator<SearchHit> ORDER = Comparator.comparing(SearchHit::rank).reversed()
            .thenComparing(SearchHit::type).thenComparing(SearchHit::id);

    private SearchQueries() {
    }

    /**
     * The query as PostgreSQL's websearch_to_tsquery will read it, or a 400 naming {@code q}: blank, too long, with
     * control characters, an unclosed phrase, or nothing to find (only excluded words, {@code or} or punctuation,
     * which would match everything or nothing).
     */
    public static String check(String q) {
        if (q == null || q.isBlank()) {
            throw invalid("is required: the words to find");
        }
        if (q.length() > SearchApi.MAX_QUERY) {
            throw invalid("is " + q.length() + " characters long; at most " + SearchApi.MAX_QUERY + " are accepted");
        }
        if (q.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("contains control characters; only words, quotes, '-' and 'or' are read");
        }
        if (q.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw invalid("has a phrase that is not closed: put a double quote at each end of a phrase");
        }
        if (terms(q).stream().noneMatch(SearchQueries::findsSomething)) {
            throw invalid("has no word to find (only excluded words, 'or' or punctuation); give at least one word "
                    + "or number");
        }
        return q.strip();
    }

    /** The cursor that continues after a hit. */
    public static String cursorAfter(SearchHit hit) {
        return Cursor.encode(hit.rank().toPlainString(), hit.type(), hit.id());
    }

    /** The position a cursor stands for: the hits after it come next. */
    public record After(BigDecimal rank, String type, String id) {
    }

    /** A cursor this API issued, or null when none was sent; anything else is a 400 naming {@code cursor}. */
    public static After after(String cursor) {
        Cursor decoded = Cursor.decode(cursor, 3);
        if (decoded == null) {
            return null;
        }
        try {
            return new After(new BigDecimal(decoded.key(0)), decoded.key(1), decoded.key(2));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor this API issued; follow the 'next' link of a page");
        }
    }

    /**
     * A page of the first {@code limit} hits, with {@code next} (and {@code Link}) when {@code hits} holds more or
     * {@code more} says that a part holds more than it sent.
     */
    public static RestResponse<Page<SearchHit>> page(List<SearchHit> hits, int limit, boolean more, UriInfo uri) {
        List<SearchHit> shown = hits.size() > limit ? hits.subList(0, limit) : hits;
        String next = (more || hits.size() > limit) && !shown.isEmpty()
                ? uri.getRequestUriBuilder().replaceQueryParam("cursor", cursorAfter(shown.get(shown.size() - 1)))
                        .build().toString()
                : null;
        RestResponse.ResponseBuilder<Page<SearchHit>> ok = RestResponse.ResponseBuilder.ok(new Page<>(shown, next));
        return next == null ? ok.build() : ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").build();
    }

    /** Words and phrases outside quotes split at blanks; a phrase is one term. */
    static List<String> terms(String q) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        boolean phrase = false;
        for (char c : q.toCharArray()) {
            if (c == '"') {
                phrase = !phrase;
            }
            if (!phrase && Character.isWhitespace(c)) {
                terms.add(term.toString());
                term.setLength(0);
            } else {
                term.append(c);
            }
        }
        terms.add(term.toString());
        return terms;
    }

    /** A term that is not excluded, not the operator {@code or}, and holds a letter or digit. */
    private static boolean findsSomething(String term) {
        return !term.startsWith("-") && !term.toLowerCase(Locale.ROOT).equals("or")
                && term.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static ApiException invalid(String message) {
        return ApiException.invalid("q", message);
    }
}
