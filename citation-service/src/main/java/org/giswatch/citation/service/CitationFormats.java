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

    public CitationFormats() {
        try {
            locales = Set.copyOf(CSL.getSupportedLocales());
        } catch (IOException e) {
            throw new UncheckedIOException("The CSL locales are not on the class path", e);
        }
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
            case CitationMediaTypes.BIBLIOGRAPHY -> Bibliographies.write(works, style, checkedLocale(locale));
            default -> throw new IllegalArgumentException("Not a citation format: " + mediaType);
        };
    }

    private String checkedLocale(String locale) {
        if (!locales.contains(locale)) {
            throw ApiException.invalid("locale", "is not a CSL locale; use for example en-US, en-GB, de-DE or ru-RU");
        }
        return locale;
    }
}
