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
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
 * that Swagger UI's description can link to them on the service itself and behind the Ingress prefix alike, with the
 * background they link to (docs/architecture.md, docs/security.md: {@code giswatch.guides.background}). Rendered once
 * at start-up with commonmark; raw HTML in the Markdown is escaped; headings carry GitHub's ids, so {@code #anchors}
 * resolve; every link is rewritten to where it is served (another guide, a background page, a committed OpenAPI
 * document under {@code /openapi/}) and a link to a document no service serves is shown as its text. Not part of the
 * API: no OpenAPI operation, like Swagger UI itself.
 */
@ApplicationScoped
public class GuidePages {

    /** Where platform's pom puts the guides in the jar. */
    static final String RESOURCE_DIRECTORY = "giswatch-guides/";
    /** The committed OpenAPI documents every service serves at /openapi/ (platform's pom). */
    static final Pattern OPENAPI_DOCUMENT = Pattern.compile("^openapi/(giswatch|catalog|metrics|citation)\\.yaml$");
    private static final Pattern TITLE = Pattern.compile("(?m)^# (.+)$");

    private final Map<String, byte[]> pages = new LinkedHashMap<>();
    private final byte[] index;
    private final RouteProblems problems;

    public GuidePages(@ConfigProperty(name = "giswatch.guides") List<String> names,
            @ConfigProperty(name = "giswatch.guides.background") List<String> background, RouteProblems problems) {
        this.problems = problems;
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        StringBuilder list = new StringBuilder();
        StringBuilder more = new StringBuilder();
        for (String name : names) {
            list.append(render(name, "api/", names, background, parser, renderer));
        }
        for (String name : background) {
            more.append(render(name, "", names, background, parser, renderer));
        }
        // Relative to /guides (no trailing slash: /guides/ is redirected here), so the links also resolve behind the
        // Ingress prefix.
        this.index = page("GISWatch API guides", "<h1>GISWatch API guides</h1>\n<ul>\n" + list + "</ul>\n"
                + "<h2 id=\"background\">Background</h2>\n<ul>\n" + more + "</ul>\n"
                + "<p><a href=\"q/swagger-ui/\">Swagger UI</a></p>\n");
    }

    /** Renders one page (a guide under docs/api/, or background under docs/) and answers its line of the index. */
    private String render(String name, String directory, List<String> names, List<String> background, Parser parser,
            HtmlRenderer renderer) {
        String markdown = read(name);
        String title = title(markdown).orElse(name);
        Node document = parser.parse(markdown);
        document.accept(new ServedLinks(directory + name + ".md", names, background));
        pages.put(name, page(title, renderer.render(document)));
        return "<li><a href=\"guides/" + name + "\">" + escape(title) + "</a></li>\n";
    }

    void install(@Observes Router router) {
        router.get("/guides").handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                // At /guides/ the index's relative links would name /guides/guides/…: one address for the index.
                redirect(ctx, "../guides");
            } else {
                serve(ctx, index);
            }
        });
        router.get("/guides/:name").handler(ctx -> {
            String name = ctx.pathParam("name");
            byte[] page = pages.get(name);
            if (page == null) {
                problems.send(ctx, Problems.of(ProblemType.NOT_FOUND, "No guide named '" + name
                        + "'; the guides are listed at /guides", ctx.request().path(), List.of()));
            } else if (ctx.request().path().endsWith("/")) {
                redirect(ctx, "../" + name);
            } else {
                serve(ctx, page);
            }
        });
    }

    private static void redirect(RoutingContext ctx, String relative) {
        String query = ctx.request().query();
        ctx.response().setStatusCode(301).putHeader("Location", query == null ? relative : relative + "?" + query)
                .putHeader("Cache-Control", "public, max-age=300").end();
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
            problems.send(ctx, Problems.of(ProblemType.VALIDATION, "The guides take no query parameters", ctx.request().path(), errors));
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

    /**
     * A link of a page, written relative to its Markdown file in docs/ ({@code records.md#feed},
     * {@code ../security.md}, {@code ../openapi/metrics.yaml}), rewritten relative to the page's served address
     * (/guides/&lt;name&gt;), or null when no service serves its target.
     */
    static String served(String page, String href, List<String> names, List<String> background) {
        if (href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href; // An anchor of the same page, or an absolute URL.
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : href.substring(hash);
        String path = java.net.URI.create(page).resolve(hash < 0 ? href : href.substring(0, hash)).normalize().toString();
        if (path.startsWith("api/") && path.endsWith(".md") && names.contains(path.substring(4, path.length() - 3))) {
            return path.substring(4, path.length() - 3) + fragment;
        }
        if (path.endsWith(".md") && background.contains(path.substring(0, path.length() - 3))) {
            return path.substring(0, path.length() - 3) + fragment;
        }
        if (OPENAPI_DOCUMENT.matcher(path).matches()) {
            return "../" + path;
        }
        return null;
    }

    /** Rewrites every link of a page to where it is served; a link to what no service serves becomes its text. */
    private static final class ServedLinks extends AbstractVisitor {

        private final String page;
        private final List<String> names;
        private final List<String> background;

        ServedLinks(String page, List<String> names, List<String> background) {
            this.page = page;
            this.names = names;
            this.background = background;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            String target = served(page, link.getDestination(), names, background);
            if (target != null) {
                link.setDestination(target);
                return;
            }
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }
}
