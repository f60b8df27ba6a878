package org.giswatch.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.giswatch.contract.catalog.Campaign;
import org.giswatch.contract.catalog.CampaignAsset;
import org.giswatch.contract.catalog.CatalogRecord;
import org.giswatch.contract.catalog.Chapter;
import org.giswatch.contract.catalog.Country;
import org.giswatch.contract.catalog.Election;
import org.giswatch.contract.catalog.Organisation;
import org.giswatch.contract.catalog.Person;
import org.giswatch.contract.catalog.Report;

/**
 * The kinds of catalog record: their name (as in /subjects/{type}/… and in 404 details), collection path,
 * record and entity classes. Everything generic about storing a record goes through this.
 */
public final class CatalogKind<D extends CatalogRecord<D>, E extends CatalogEntity<D>> {

    public static final CatalogKind<Country, CountryEntity> COUNTRY =
            new CatalogKind<>("country", "countries", Country.class, CountryEntity.class, CountryEntity::new);
    public static final CatalogKind<Person, PersonEntity> PERSON =
            new CatalogKind<>("person", "people", Person.class, PersonEntity.class, PersonEntity::new);
    public static final CatalogKind<Organisation, OrganisationEntity> ORGANISATION = new CatalogKind<>(
            "organisation", "organisations", Organisation.class, OrganisationEntity.class, OrganisationEntity::new);
    public static final CatalogKind<Election, ElectionEntity> ELECTION =
            new CatalogKind<>("election", "elections", Election.class, ElectionEntity.class, ElectionEntity::new);
    public static final CatalogKind<Campaign, CampaignEntity> CAMPAIGN =
            new CatalogKind<>("campaign", "campaigns", Campaign.class, CampaignEntity.class, CampaignEntity::new);
    public static final CatalogKind<CampaignAsset, CampaignAssetEntity> CAMPAIGN_ASSET = new CatalogKind<>(
            "campaign-asset", "campaign-assets", CampaignAsset.class, CampaignAssetEntity.class, CampaignAssetEntity::new);
    public static final CatalogKind<Report, ReportEntity> REPORT =
            new CatalogKind<>("report", "reports", Report.class, ReportEntity.class, ReportEntity::new);
    public static final CatalogKind<Chapter, ChapterEntity> CHAPTER =
            new CatalogKind<>("chapter", "chapters", Chapter.class, ChapterEntity.class, ChapterEntity::new);

    /** In loading order: what is referred to comes before what refers to it, as far as the graph allows. */
    public static final List<CatalogKind<?, ?>> ALL =
            List.of(COUNTRY, PERSON, ORGANISATION, ELECTION, CAMPAIGN, CAMPAIGN_ASSET, REPORT, CHAPTER);

    private final String name;
    private final String path;
    private final Class<D> recordType;
    private final Class<E> entityType;
    private final Supplier<E> factory;

    private CatalogKind(String name, String path, Class<D> recordType, Class<E> entityType, Supplier<E> factory) {
        this.name = name;
        this.path = path;
        this.recordType = recordType;
        this.entityType = entityType;
        this.factory = factory;
    }

    public static Optional<CatalogKind<?, ?>> named(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    public String name() {
        return name;
    }

    /** Collection path without the leading slash, such as "campaign-assets". */
    public String path() {
        return path;
    }

    /** The reference-data file of this kind. */
    public String file() {
        return path + ".json";
    }

    public Class<D> recordType() {
        return recordType;
    }

    public Class<E> entityType() {
        return entityType;
    }

    public E newEntity() {
        return factory.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
