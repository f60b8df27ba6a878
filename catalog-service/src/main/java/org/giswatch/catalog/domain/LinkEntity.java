package org.giswatch.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
