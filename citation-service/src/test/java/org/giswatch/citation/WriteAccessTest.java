package org.giswatch.citation;

import static org.giswatch.platform.testing.TestRequests.etagOf;

import java.util.List;

import org.giswatch.platform.testing.WriteAccessContract;
import org.giswatch.platform.testing.WriteOperation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class WriteAccessTest extends WriteAccessContract {

    static final String CITATION = "/citations/access-matrix-source";
    static final String BODY = CitationResourceTest.citation("access-matrix-source", "Access matrix", "");
    static final String EXTRACTION_CHAPTER =
            "{\"id\":\"access-matrix-chapter\",\"kind\":\"chapter\",\"title\":\"ACCESS\",\"containerId\":\"giswatch-2011\"}";

    @Override
    protected List<WriteOperation> writes() {
        return List.of(
                WriteOperation.editor("create citation", 201,
                        r -> r.contentType(ContentType.JSON).body(BODY).post("/citations")),
                WriteOperation.editor("replace citation", 200,
                        r -> r.contentType(ContentType.JSON).header("If-Match", etagOf(CITATION)).body(BODY).put(CITATION)),
                WriteOperation.editor("patch citation", 200,
                        r -> r.contentType("application/merge-patch+json").header("If-Match", etagOf(CITATION))
                                .body("{\"notes\":\"patched\"}").patch(CITATION)),
                WriteOperation.editor("extract footnotes (dry run)", 200,
                        r -> r.contentType(FootnoteExtractionTest.MARKDOWN).body(FootnoteExtractionTest.OTHER_CHAPTER)
                                .queryParam("chapter", KazakhstanChapter.CHAPTER).post("/citations/extractions")),
                WriteOperation.editor("create a chapter to extract into", 201,
                        r -> r.contentType(ContentType.JSON).body(EXTRACTION_CHAPTER).post("/citations")),
                WriteOperation.editor("extract footnotes (store)", 200,
                        r -> r.contentType(FootnoteExtractionTest.MARKDOWN).body(FootnoteExtractionTest.OTHER_CHAPTER)
                                .queryParam("chapter", "access-matrix-chapter").queryParam("mode", "store")
                                .post("/citations/extractions")),
                WriteOperation.admin("delete citation", 204,
                        r -> r.header("If-Match", etagOf(CITATION)).delete(CITATION)));
    }
}
