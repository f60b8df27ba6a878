package org.giswatch.platform.integrity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.giswatch.contract.catalog.ChapterApi;
import org.giswatch.contract.catalog.SubjectApi;
import org.giswatch.contract.citation.Citation;
import org.giswatch.contract.citation.CitationApi;
import org.giswatch.contract.integrity.ReferenceTarget;

/**
 * Looks up a record another service stores, through the contract's API of that service and {@link RemoteAsk}:
 * empty when it does not exist, a 503 when the service cannot be asked.
 */
@ApplicationScoped
public class RemoteLookup {

    private final RemoteAsk remote;
    private final RemoteServices services;

    public RemoteLookup(RemoteAsk remote, RemoteServices services) {
        this.remote = remote;
        this.services = services;
    }

    /** The target as its service answers it (a Citation for citations), or empty when it does not exist. */
    public Optional<?> find(ReferenceTarget target) {
        String owner = target.owner();
        String purpose = "the references cannot be checked";
        return switch (target.kind()) {
            case ReferenceTarget.CITATION -> citation(target.id());
            case "chapter" -> {
                ChapterApi chapters = services.client(owner, ChapterApi.class);
                yield remote.find(owner, purpose, () -> chapters.get(target.id(), null).getEntity());
            }
            // Only their own service refers to these.
            case "report", "indicator", "observation" -> throw new IllegalArgumentException("No remote reference to " + target);
            default -> {
                SubjectApi subjects = services.client(owner, SubjectApi.class);
                yield remote.find(owner, purpose, () -> subjects.get(target.kind(), target.id()).getEntity());
            }
        };
    }

    /** A citation of citation-service, or empty when it does not exist (or was deleted). */
    public Optional<Citation> citation(String id) {
        CitationApi citations = services.client(ReferenceTarget.CITATION, CitationApi.class);
        return remote.find(ReferenceTarget.CITATION, "the citations cannot be checked",
                () -> citations.get(id, null).getEntity());
    }
}
