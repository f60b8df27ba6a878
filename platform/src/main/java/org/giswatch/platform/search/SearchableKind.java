package org.giswatch.platform.search;

/**
 * One kind of record a service lets {@code GET /search} find, as SQL over its own table (aliased {@code r}).
 *
 * @param type the hit's type ("election")
 * @param collection the collection path segment ("elections"); a hit links to {@code /<collection>/<id>}
 * @param from the FROM clause, the kind's table aliased {@code r} (plus joins the title needs)
 * @param document the record's words as a tsvector: exactly the expression of the kind's GIN index in the
 *        service's migration, so that PostgreSQL uses the index
 * @param title what the hit shows (a text expression)
 */
public record SearchableKind(String type, String collection, String from, String document, String title) {
}
