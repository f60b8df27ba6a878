package org.giswatch.metrics;

import static io.restassured.RestAssured.given;
import static org.giswatch.metrics.Chapter.exact;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.giswatch.contract.common.ImportResult;
import org.giswatch.metrics.data.ReferenceDataLoader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataTest {

    @Inject
    ReferenceDataLoader loader;

    @Test
    void everyFigureOfTheChapterIsServedExactlyAsPrinted() {
        for (Map.Entry<String, String[]> figure : Chapter.VALUES.entrySet()) {
            exact().get("/observations/" + figure.getKey()).then().statusCode(200)
                    .body("value", (Chapter.value(figure.getKey())))
                    .body("valueText", equalTo(figure.getValue()[1]))
                    .body("country", equalTo("kz"))
                    .body("source.citationId", notNullValue())
                    .body("source.passage", notNullValue())
                    .body("audit.createdBy", equalTo("reference-data"));
        }
        given().queryParam("limit", 500).get("/observations").then().statusCode(200)
                .body("items.id", hasItems(Chapter.VALUES.keySet().toArray(String[]::new)));
    }

    @Test
    void subscribersComeFromOfficialStatisticsUnderFootnoteOne() {
        exact().get("/observations/" + Chapter.SUBSCRIBERS_2004).then().statusCode(200)
                .body("indicator", equalTo("internet-subscribers"))
                .body("subjectType", equalTo("country"))
                .body("subject", equalTo("kz"))
                .body("period", equalTo("2004"))
                .body("periodStart", equalTo("2004-01-01"))
                .body("periodEnd", equalTo("2004-12-31"))
                .body("value", (Chapter.value(Chapter.SUBSCRIBERS_2004)))
                .body("qualifiers", equalTo(List.of("official")))
                .body("source.citationId", equalTo(Chapter.FN1))
                .body("source.footnote", equalTo(1))
                .body("source.passage", equalTo("According to official statistics, the number of subscribers rose from "
                        + "203,000 in 2004 to 756,500 in 2009"))
                .body("rank", equalTo("normal"));
        exact().get("/observations/" + Chapter.SUBSCRIBERS_2009).then()
                .body("value", (Chapter.value(Chapter.SUBSCRIBERS_2009)))
                .body("source.footnote", equalTo(1));
    }

    @Test
    void hedgesAreKeptAsQualifiersAndNotes() {
        given().get("/observations/" + Chapter.USERS_2009).then()
                .body("qualifiers", equalTo(List.of("official", "disputed")))
                .body("source.citationId", equalTo("giswatch-2011-kazakhstan-fn2"))
                .body("note", containsString("counting the same users several times"));
        given().get("/observations/" + Chapter.USERS_2011).then()
                .body("source.footnote", equalTo(3))
                .body("source.passage", containsString("The latest official figure was 4.3 million"));
        given().get("/observations/" + Chapter.POPULATION).then()
                .body("qualifiers", equalTo(List.of("estimate")))
                .body("period", nullValue())
                .body("source.citationId", equalTo(Chapter.CHAPTER));
        given().get("/observations/" + Chapter.BOYCOTT_GROUP_MEMBERS).then()
                .body("qualifiers", equalTo(List.of("approximate", "upper-bound")))
                .body("subject", equalTo("alga-boycott-2011"));
        given().get("/observations/" + Chapter.PETITION_SIGNATURES).then()
                .body("qualifiers", equalTo(List.of("approximate")))
                .body("source.footnote", equalTo(6));
        given().get("/observations/" + Chapter.SIGNATURE_TARGET).then()
                .body("qualifiers", equalTo(List.of("lower-bound")))
                .body("subject", equalTo("kz-referendum-initiative-2010"));
        given().get("/observations/" + Chapter.VOTE_SHARE_2005).then()
                .body("qualifiers", equalTo(List.of("alleged")))
                .body("source.passage", containsString("91% of votes allegedly going to the incumbent"));
        given().get("/observations/" + Chapter.VOTE_SHARE_2011).then()
                .body("qualifiers", equalTo(List.of("reported")))
                .body("source.citationId", equalTo("giswatch-2011-kazakhstan-fn11"))
                .body("source.footnote", equalTo(11));
        // The turnout sentence carries no footnote marker: it cites the chapter itself.
        given().get("/observations/" + Chapter.TURNOUT_2011).then()
                .body("qualifiers", equalTo(List.of("official", "disputed")))
                .body("source.citationId", equalTo(Chapter.CHAPTER))
                .body("source.footnote", nullValue())
                .body("source.passage", equalTo("According to the official data, voter turnout was 89.98%."));
    }

    @Test
    void elbasyNetSignaturesCarryTheirDateRange() {
        exact().get("/observations/" + Chapter.ELBASY_SIGNATURES).then()
                .body("value", (Chapter.value(Chapter.ELBASY_SIGNATURES)))
                .body("subjectType", equalTo("campaign"))
                .body("subject", equalTo("elbasy-net-signature-drive"))
                .body("period", equalTo("2011-03-03/2011-05-12"))
                .body("periodStart", equalTo("2011-03-03"))
                .body("periodEnd", equalTo("2011-05-12"))
                .body("source.footnote", equalTo(5))
                .body("source.passage", containsString("only 604 signatures"));
    }

    @Test
    void loadingTheReferenceDataAgainChangesNothing() {
        String etag = given().get("/observations/" + Chapter.SUBSCRIBERS_2004).then().extract().header("ETag");
        ImportResult again = loader.load();
        assertEquals(new ImportResult(Chapter.FIGURES, 0, 0, Chapter.FIGURES), again);
        given().get("/observations/" + Chapter.SUBSCRIBERS_2004).then().header("ETag", etag);
    }
}
