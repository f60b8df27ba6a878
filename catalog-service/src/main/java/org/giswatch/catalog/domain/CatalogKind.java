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
import org.giswatch.platform.record.RecordKind;

/**
 * The kinds of catalog record: name (as in /subjects/{type}/… and in 404 details), collection, record and entity
 * classes; all share the catalog's hooks (references checked and linked, 409 while referred to).
 */
public final class CatalogKind {

    public static final RecordKind<Country, CountryEntity> COUNTRY =
            kind("country", "countries", Country.class, CountryEntity.class, CountryEntity::new);
    public static final RecordKind<Person, PersonEntity> PERSON =
            kind("person", "people", Person.class, PersonEntity.class, PersonEntity::new);
    public static final RecordKind<Organisation, OrganisationEntity> ORGANISATION = kind(
            "organisation", "organisations", Organisation.class, OrganisationEntity.class, OrganisationEntity::new);
    public static final RecordKind<Election, ElectionEntity> ELECTION =
            kind("election", "elections", Election.class, ElectionEntity.class, ElectionEntity::new);
    public static final RecordKind<Campaign, CampaignEntity> CAMPAIGN =
            kind("campaign", "campaigns", Campaign.class, CampaignEntity.class, CampaignEntity::new);
    public static final RecordKind<CampaignAsset, CampaignAssetEntity> CAMPAIGN_ASSET = kind(
            "campaign-asset", "campaign-assets", CampaignAsset.class, CampaignAssetEntity.class, CampaignAssetEntity::new);
    public static final RecordKind<Report, ReportEntity> REPORT =
            kind("report", "reports", Report.class, ReportEntity.class, ReportEntity::new);
    public static final RecordKind<Chapter, ChapterEntity> CHAPTER =
            kind("chapter", "chapters", Chapter.class, ChapterEntity.class, ChapterEntity::new);

    /** In loading order: what is referred to comes before what refers to it, as far as the graph allows. */
    public static final List<RecordKind<?, ?>> ALL =
            List.of(COUNTRY, PERSON, ORGANISATION, ELECTION, CAMPAIGN, CAMPAIGN_ASSET, REPORT, CHAPTER);

    private CatalogKind() {
    }

    public static Optional<RecordKind<?, ?>> named(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The reference-data file of a kind. */
    public static String file(RecordKind<?, ?> kind) {
        return kind.collection() + ".json";
    }

    private static <D extends CatalogRecord<D>, E extends CatalogEntity<D>> RecordKind<D, E> kind(String name,
            String collection, Class<D> recordType, Class<E> entityType, Supplier<E> factory) {
        return new RecordKind<>(name, collection, recordType, entityType, factory, new CatalogHooks<>(name),
                CatalogEntity.JSON);
    }
}
