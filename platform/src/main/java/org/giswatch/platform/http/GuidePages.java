package org.giswatch.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.giswatch.contract.problem.FieldError;
import org.giswatch.contract.problem.ProblemType;
import org.giswatch.platform.problem.Problems;
import org.giswatch.platform.problem.RouteProblems;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The API guides (docs/api/*.md, packaged by platform's pom) as HTML at {@code /guides} and {@code /guides/{name}}, so
 * that Swagger UI's description can link to them on the service itself and behind the Ingress prefix alike. Rendered
 * once at start-up with commonmark; raw HTML in the Markdown is escaped; links between guides ({@code records.md#x})
 * point at the served pages. Not part of the API: no OpenAPI operation, like Swagger UI itself.
 */
@ApplicationScoped
public class GuidePages {

    /** Where platform's pom puts the guides in the jar. */
    static final String RESOURCE_DIRECTORY = "giswatch-guides/";
    private static final Pattern GUIDE_LINK = Pattern.compile("^([a-z-]+)\\.md(#.*)?$");
    private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");

    private final Map<String, byte[]> pages = new LinkedHashMap<>();
    private final byte[] index;
    private final RouteProblems problems;

    public GuidePages(@ConfigProperty(name = "giswatch.guides") List<String> names, RouteProblems problems) {
        this.problems = problems;
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).escapeHtml(true)
                .attributeProviderFactory(context -> new GuideLinks(names)).build();
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            String markdown = read(name);
            String title = title(markdown).orElse(name);
            pages.put(name, page(title, renderer.render(parser.parse(markdown))));
            list.append("<li><a href=\"guides/").append(name).append("\">").append(escape(title)).append("</a></li>\n");
        }
        // Relative to /guides (no trailing slash), so the links also resolve behind the Ingress prefix.
        this.index = page("GISWatch API guides",
                "<h1>GISWatch API guides</h1>\n<ul>\n" + list + "</ul>\n<p><a href=\"q/swagger-ui/\">Swagger UI</a></p>\n");
    }

    void install(@Observes Router router) {
        router.get("/guides").handler(ctx -> serve(ctx, index));
        router.get("/guides/:name").handler(ctx -> {
            byte[] page = pages.get(ctx.pathParam("name"));
            if (page == null) {
                problems.send(ctx, Problems.of(ProblemType.NOT_FOUND, "No guide named '" + ctx.pathParam("name")
                        + "'; the guides are listed at /guides", null, List.of()));
            } else {
                serve(ctx, page);
            }
        });
    }

    /** The title of a guide: its first level-one heading. */
    static Optional<String> title(String markdown) {
        Matcher matcher = TITLE.matcher(markdown);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private void serve(RoutingContext ctx, byte[] page) {
        // Strict like every API operation: a query parameter here means a mistaken link, not a filter to ignore.
        if (!ctx.queryParams().isEmpty()) {
            List<FieldError> errors = ctx.queryParams().names().stream().sorted()
                    .map(name -> new FieldError(name, "is not a parameter of this page")).toList();
            problems.send(ctx, Problems.of(ProblemType.VALIDATION, "The guides take no query parameters", null, errors));
            return;
        }
        // Static pages: no script, no remote resource, only the page's own style.
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .putHeader("Cache-Control", "public, max-age=300")
                .end(Buffer.buffer(page));
    }

    private static String read(String name) {
        try (InputStream in = GuidePages.class.getClassLoader().getResourceAsStream(RESOURCE_DIRECTORY + name + ".md")) {
            if (in == null) {
                throw new IllegalStateException("giswatch.guides names '" + name + "', but " + RESOURCE_DIRECTORY
                        + name + ".md is not in the platform jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;"
                + "line-height:1.5}pre,code{background:#f4f4f4}pre{padding:.5rem;overflow-x:auto}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem}</style></head>\n<body>\n"
                + body + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code records.md#feed} → {@code records#feed}: a link to another guide stays on the served pages. */
    private record GuideLinks(List<String> names) implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link && attributes.containsKey("href")) {
                Matcher matcher = GUIDE_LINK.matcher(attributes.get("href"));
                if (matcher.matches() && names.contains(matcher.group(1))) {
                    attributes.put("href", matcher.group(1) + (matcher.group(2) == null ? "" : matcher.group(2)));
                }
            }
        }
    }
}
