package org.giswatch.citation.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.giswatch.citation.extract.FootnoteFormsTest;
import org.giswatch.contract.citation.Citation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each export of the footnote forms ({@link FootnoteFormsTest#FORMS}) read back by an independent parser,
 * citation-js (src/test/node, run by the system's Node; its packages are installed with {@code npm ci} from the
 * committed lock file when node_modules is missing), into the same authors, title, container, date and type.
 * <p>
 * Where a format cannot say what CSL says, the test expects what the format does say, as citation-js reads it:
 * BibTeX's {@code @article} is a journal's article to citation-js, and the newspaper or magazine is its
 * {@code entrysubtype} (read as {@code genre}); RIS has no interview type ({@code PCOMM}, a personal communication),
 * reads the author of a {@code NEWS} record as its reporter and only its year ({@code PY}; {@code DA} has the day
 * and month), and with a translated title ({@code TT}) the original title is {@code original-title}.
 */
class ExportRoundTripTest {

    static final Path NODE_DIR = Path.of("src/test/node");
    static final ObjectMapper JSON = new ObjectMapper();
    /** The CSL type citation-js gives each BibTeX entry type we write. */
    static final Map<String, String> BIBTEX_READ_AS = Map.of("article", "article-journal", "techreport", "report",
            "incollection", "chapter", "online", "webpage", "dataset", "dataset", "legislation", "legislation", "misc",
            "document", "book", "book", "video", "motion_picture");

    static List<Work> works;

    @BeforeAll
    static void installCitationJs() throws Exception {
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules/@citation-js/core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), null, 600);
        }
        works = FootnoteFormsTest.citations().stream().map(c -> new Work(c, null)).toList();
        assertEquals(FootnoteFormsTest.FORMS.size(), works.size());
    }

    @Test
    void cslJsonIsReadBackAsWritten() throws Exception {
        JsonNode items = readBack("csl-json", CslJson.write(works, false));
        check(items, "csl-json");
    }

    @Test
    void bibtexIsReadBackWithTheSameAuthorsTitlesContainersAndDates() throws Exception {
        check(readBack("bibtex", BibTeX.write(works)), "bibtex");
    }

    @Test
    void risIsReadBackWithTheSameAuthorsTitlesContainersAndDates() throws Exception {
        check(readBack("ris", Ris.write(works)), "ris");
    }

    private static void check(JsonNode items, String format) {
        assertEquals(works.size(), items.size(), items.toString());
        for (Work work : works) {
            Citation c = work.citation();
            JsonNode item = find(items, c.id());
            String where = format + " " + c.id() + ": " + item;
            Kinds.Types types = Kinds.of(c.kind());
            String expectedType = switch (format) {
                case "bibtex" -> BIBTEX_READ_AS.get(types.bibtex());
                case "ris" -> "PCOMM".equals(types.ris()) ? "personal_communication" : types.csl();
                default -> types.csl();
            };
            assertEquals(expectedType, item.path("type").asText(), where);
            if (format.equals("bibtex") && types.entrySubtype() != null) {
                assertEquals(types.entrySubtype(), item.path("genre").asText(), where);
            }
            boolean translatedInRis = format.equals("ris") && c.translatedTitle() != null;
            assertEquals(work.title(), item.path(translatedInRis ? "original-title" : "title").asText(null), where);
            assertEquals(work.containerTitle(), item.path("container-title").asText(null), where);
            boolean newsInRis = format.equals("ris") && "NEWS".equals(types.ris());
            assertEquals(expectedNames(work), names(item.path(newsInRis ? "reporter" : "author")), where);
            List<Integer> date = new ArrayList<>();
            if (c.year() != null) {
                date.add(c.year());
                if (c.date() != null && !newsInRis) {
                    date.add(c.date().getMonthValue());
                    date.add(c.date().getDayOfMonth());
                }
            }
            List<Integer> read = new ArrayList<>();
            item.path("issued").path("date-parts").path(0).forEach(part -> read.add(part.asInt()));
            assertEquals(date, read, where);
        }
    }

    /** A person as "family|given", an organisation (or a name that is not split) as "=name". */
    private static List<String> expectedNames(Work work) {
        if (work.authorName() == null) {
            return List.of();
        }
        if (!work.authorIsPerson()) {
            return List.of("=" + work.authorName());
        }
        return work.people().stream().map(n -> n.given() == null ? "=" + n.family() : n.family() + "|" + n.given()).toList();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        if (array.isTextual()) {
            // RIS NEWS: the reporter, a text variable in CSL, "Family, Given" as the record wrote it.
            String[] parts = array.asText().split(", ?", 2);
            return List.of(parts.length == 2 ? parts[0] + "|" + parts[1] : "=" + parts[0]);
        }
        for (JsonNode name : array) {
            // citation-js reads a braced BibTeX name as a family name without given names: one name, not split.
            names.add(name.has("literal") ? "=" + name.get("literal").asText()
                    : name.has("given") ? name.get("family").asText() + "|" + name.get("given").asText()
                            : "=" + name.path("family").asText());
        }
        return names;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("citation-js did not read " + id + " back: " + items);
    }

    private static JsonNode readBack(String format, String export) throws Exception {
        assertTrue(!export.isBlank());
        return JSON.readTree(run(List.of("node", "readback.js", format), export, 120));
    }

    /** Runs a command in src/test/node with the given standard input; its standard output, or a failure. */
    private static String run(List<String> command, String input, int seconds) throws IOException, InterruptedException {
        File out = File.createTempFile("citation-js", ".out");
        File err = File.createTempFile("citation-js", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(NODE_DIR.toFile())
                    .redirectOutput(out).redirectError(err);
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new AssertionError("This test needs Node.js and npm on the PATH (" + command.get(0) + "): " + e);
            }
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + seconds + " s");
            }
            String stderr = Files.readString(err.toPath());
            assertEquals(0, process.exitValue(), command + " failed: " + stderr);
            return Files.readString(out.toPath());
        } finally {
            out.delete();
            err.delete();
        }
    }
}
