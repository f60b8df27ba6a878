package org.giswatch.contract.catalog;

/** The closed vocabularies of the catalog, as regular expressions usable in annotations. */
public final class Vocabulary {
    public static final String ORGANISATION_KINDS = "^(party|electoral-body|court|company|ngo|international-body|media|legislature|government-agency)$";
    public static final String ORGANISATION_KINDS_MESSAGE = "must be one of party, electoral-body, court, company, ngo, international-body, media, legislature, government-agency";
    public static final String REGISTRATION_STATUSES = "^(registered|unregistered)$";
    public static final String REGISTRATION_STATUSES_MESSAGE = "must be registered or unregistered";
    public static final String ELECTION_TYPES = "^(presidential|parliamentary)$";
    public static final String ELECTION_TYPES_MESSAGE = "must be presidential or parliamentary";
    public static final String CAMPAIGN_MODES = "^(online|offline|online-and-offline)$";
    public static final String CAMPAIGN_MODES_MESSAGE = "must be online, offline or online-and-offline";
    public static final String ASSET_TYPES = "^(group|channel|video|website|page)$";
    public static final String ASSET_TYPES_MESSAGE = "must be one of group, channel, video, website, page";
    public static final String ELECTION_SORTS = "^(id|year|-year)$";
    public static final String ELECTION_SORTS_MESSAGE = "must be id, year or -year";
    /** Short free texts: qualifiers ("allegedly"), date texts ("late 2010"), labels. */
    public static final int SHORT_TEXT = 200;
    /** Verbatim statements and passages. */
    public static final int LONG_TEXT = 4000;
    public static final int LIST_MAX = 50;

    private Vocabulary() {
    }
}
