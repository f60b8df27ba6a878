package org.giswatch.citation.domain;

/** The filters of GET /citations; null means "any". */
public record CitationFilter(String chapter, String kind, String language, Integer year, String q) {
}
