package org.giswatch.contract.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.giswatch.contract.common.Audit;
import org.giswatch.contract.common.Ids;
import org.giswatch.contract.common.SourceRef;

/** A person the chapter names, with the roles it gives them. */
@Schema(name = "Person")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(
        @NotBlank @Size(max = Ids.SLUG_MAX) @Pattern(regexp = Ids.SLUG_PATTERN, message = Ids.SLUG_MESSAGE)
        @Schema(examples = "bakhytzhana-toregozhina") String id,
        @NotBlank @Size(max = 200) @Schema(examples = "Bakhytzhana Toregozhina") String name,
        @Min(0) @Max(150)
        @Schema(description = "Age as the chapter states it at publication (2011)", examples = "71") Integer statedAge,
        @NotNull @Size(max = Vocabulary.LIST_MAX)  List<@Valid Role> roles,
        @Size(max = Vocabulary.LIST_MAX)  List<@Valid Statement> notes,
        @NotNull @Size(max = Vocabulary.LIST_MAX) 
        @Schema(description = "Where the name and stated age come from") List<@Valid SourceRef> sources,
        @Schema(readOnly = true) Audit audit) implements CatalogRecord<Person> {

    public Person {
        roles = roles == null ? List.of() : List.copyOf(roles);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public Person withAudit(Audit newAudit) {
        return new Person(id, name, statedAge, roles, notes, sources, newAudit);
    }
}
