package org.giswatch.citation.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.citation.domain.CitationEntity;
import org.giswatch.citation.format.BibTeX;
import org.giswatch.citation.format.Bibliographies;
import org.giswatch.citation.format.CslJson;
import org.giswatch.citation.format.Ris;
import org.giswatch.citation.format.Work;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitationMediaTypes;
import org.giswatch.platform.problem.ApiException;

import de.undercouch.citeproc.CSL;

/** Renders citations in the exchange formats; a chapter is rendered with its report as the container. */
@ApplicationScoped
public class CitationFormats {

    private final Set<String> locales;
    private final List<String> styles;

    public CitationFormats() {
        try {
            locales = Set.copyOf(CSL.getSupportedLocales());
            styles = CSL.getSupportedStyles().stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The CSL styles or locales are not on the class path", e);
        }
    }

    /** The ids of the CSL styles on the class path (the org.citationstyles styles package), sorted. */
    public List<String> styles() {
        return styles;
    }

    /** The versions a formatted representation depends on: the items and their containers. */
    public List<String> versions(List<CitationEntity> rows) {
        return rows.stream().flatMap(r -> r.containerId == null ? java.util.stream.Stream.of(r.id + ":" + r.version)
                : java.util.stream.Stream.of(r.id + ":" + r.version, r.containerId + ":" + CitationEntity
                        .findByIdOptional(r.containerId).map(c -> c.version).orElse(-1L))).toList();
    }

    public String render(List<Citation> citations, String mediaType, String style, String locale, boolean single) {
        Map<String, Citation> containers = new HashMap<>();
        List<Work> works = citations.stream().map(c -> new Work(c, c.containerId() == null ? null
                : containers.computeIfAbsent(c.containerId(), id -> CitationEntity.findByIdOptional(id)
                        .map(CitationEntity::toDto).orElse(null)))).toList();
        return switch (mediaType) {
            case CitationMediaTypes.CSL_JSON -> works.isEmpty() && single ? "" : CslJson.write(works, single);
            case CitationMediaTypes.BIBTEX -> BibTeX.write(works);
            case CitationMediaTypes.RIS -> Ris.write(works);
            case CitationMediaTypes.BIBLIOGRAPHY -> Bibliographies.write(works, checkedStyle(style), checkedLocale(locale));
            default -> throw new IllegalArgumentException("Not a citation format: " + mediaType);
        };
    }

    private String checkedStyle(String style) {
        if (java.util.Collections.binarySearch(styles, Bibliographies.styleId(style)) < 0) {
            throw ApiException.invalid("style", CitationMediaTypes.STYLE_MESSAGE);
        }
        return style;
    }

    private String checkedLocale(String locale) {
        if (!locales.contains(locale)) {
            throw ApiException.invalid("locale", "is not a CSL locale; use for example en-US, en-GB, de-DE or ru-RU");
        }
        return locale;
    }
}
