package org.giswatch.catalog;

import static io.restassured.RestAssured.given;
import static org.giswatch.platform.testing.TestRequests.editor;
import static org.giswatch.platform.testing.TestRequests.etagOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.giswatch.platform.testing.ReferenceDataStartupContract;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataStartupTest extends ReferenceDataStartupContract {

    static final String KZ = "/countries/kz";

    @Override
    protected List<String> files() {
        return List.of("countries.json", "people.json", "organisations.json", "elections.json", "campaigns.json",
                "campaign-assets.json", "reports.json", "chapters.json");
    }

    @Override
    protected List<String> items() {
        return List.of(KZ, "/people/nursultan-nazarbayev", "/organisations/alga", "/elections/kz-presidential-2011",
                "/campaign-assets/alga-youtube-channel", "/chapters/giswatch-2011-kazakhstan");
    }

    @Test
    void anApiEditSurvivesAStartWithUnchangedFilesAndIsRevertedByTheNextStartWithEditedFiles() {
        editor().contentType("application/merge-patch+json").header("If-Match", etagOf(KZ))
                .body("{\"name\": \"Kazakhstan (edited)\"}").patch(KZ).then().statusCode(200);

        assertFalse(loader.loadIfChanged());
        given().get(KZ).then().body("name", equalTo("Kazakhstan (edited)"));

        loads.recordLoaded(loader.name(), OLDER_FILES);
        List<String> othersBefore = etags().subList(1, items().size());
        assertTrue(loader.loadIfChanged());
        given().get(KZ).then().body("name", equalTo("Kazakhstan"));
        assertEquals(othersBefore, etags().subList(1, items().size()), "unchanged records keep their version");
    }
}
