package org.giswatch.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.giswatch.platform.record.RecordKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A derived "record refers to record" row; rewritten with its record, never edited on its own. */
@Entity
@Table(name = "catalog_link")
public class LinkEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "from_kind")
    public String fromKind;

    @Column(name = "from_id")
    public String fromId;

    public String rel;

    @Column(name = "to_kind")
    public String toKind;

    @Column(name = "to_id")
    public String toId;

    /**
     * A list condition (for RecordQuery, {@code %s} standing for the target id): records of {@code fromKind} that
     * refer to the target through the field {@code rel}. Kind and field are code constants, never request input.
     */
    public static String referringTo(RecordKind<?, ?> fromKind, String rel) {
        return "id IN (SELECT l.from_id FROM catalog_link l WHERE l.from_kind = '" + fromKind.name()
                + "' AND l.rel = '" + rel + "' AND l.to_id = %s)";
    }

    public static LinkEntity of(String fromKind, String fromId, Ref ref) {
        LinkEntity link = new LinkEntity();
        link.fromKind = fromKind;
        link.fromId = fromId;
        link.rel = ref.rel();
        link.toKind = ref.kind();
        link.toId = ref.id();
        return link;
    }
}
