package org.giswatch.contract.record;

/**
 * The placeholders of the generic record operations' OpenAPI text, filled in per kind when the document is built
 * (platform's {@code RecordKindOpenApiFilter}), from the kind interface's {@code @Path} and record type:
 * <ul>
 * <li>{@code {Type}}: the record type, as in operationIds ({@code getCampaignAsset}) and schemas;</li>
 * <li>{@code {Types}}: the collection path in the same case ({@code importCampaignAssets}, {@code importPeople});</li>
 * <li>{@code {kind}} and {@code {a kind}}: the type in words ("campaign asset", "an indicator");</li>
 * <li>{@link #ID_EXAMPLE}: the example of the record's {@code id};</li>
 * <li>{@link #TYPE}: a schema reference to the record type;</li>
 * <li>{@link #ON_CREATE}, {@link #ON_REPLACE}, {@link #ON_DELETE}: the kind's {@link RecordNotes}, or nothing.</li>
 * </ul>
 */
public final class RecordKindText {

    public static final String TYPE = "{Type}";
    public static final String ID_EXAMPLE = "{id}";
    public static final String ON_CREATE = "{onCreate}";
    public static final String ON_REPLACE = "{onReplace}";
    public static final String ON_DELETE = "{onDelete}";

    private RecordKindText() {
    }
}
