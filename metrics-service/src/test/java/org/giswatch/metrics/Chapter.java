package org.giswatch.metrics;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** The Kazakhstan chapter's figures as the tests expect them, by observation id. */
final class Chapter {

    static final String SUBSCRIBERS_2004 = "kz-internet-subscribers-2004";
    static final String SUBSCRIBERS_2009 = "kz-internet-subscribers-2009";
    static final String USERS_2009 = "kz-internet-users-2009";
    static final String USERS_2011 = "kz-internet-users-2011-01-10";
    static final String POPULATION = "kz-population-estimate";
    static final String SHREK_COMMENTS = "shrek-referendum-video-comments";
    static final String ELBASY_SIGNATURES = "elbasy-net-signatures-2011";
    static final String PETITION_SIGNATURES = "onlinepetition-signatures";
    static final String BOYCOTT_GROUP_MEMBERS = "alga-boycott-group-members";
    static final String SIGNATURE_TARGET = "kz-referendum-signature-target";
    static final String TURNOUT_2011 = "kz-presidential-2011-turnout";
    static final String VOTE_SHARE_2011 = "kz-presidential-2011-vote-share";
    static final String VOTE_SHARE_2005 = "kz-presidential-2005-vote-share";

    static final String CHAPTER = "giswatch-2011-kazakhstan";
    static final String FN1 = "giswatch-2011-kazakhstan-fn1";
    static final int FIGURES = 19;

    /** Every figure of the chapter, exactly as printed (value, valueText). */
    static final Map<String, String[]> VALUES = Map.ofEntries(
            Map.entry(SUBSCRIBERS_2004, new String[] { "203000", "203,000" }),
            Map.entry(SUBSCRIBERS_2009, new String[] { "756500", "756,500" }),
            Map.entry(USERS_2009, new String[] { "4700000", "4.7 million" }),
            Map.entry(USERS_2011, new String[] { "4300000", "4.3 million" }),
            Map.entry(POPULATION, new String[] { "16600000", "16.6 million" }),
            Map.entry("kz-social-networking-share-2011", new String[] { "37", "37%" }),
            Map.entry("kz-forum-share-2011", new String[] { "27", "27%" }),
            Map.entry("kz-blog-share-2011", new String[] { "11", "11%" }),
            Map.entry(ELBASY_SIGNATURES, new String[] { "604", "604" }),
            Map.entry(PETITION_SIGNATURES, new String[] { "200", "around 200" }),
            Map.entry("shrek-referendum-video-views", new String[] { "1847", "1,847" }),
            Map.entry("shrek-referendum-video-comments", new String[] { "3", "three" }),
            Map.entry(BOYCOTT_GROUP_MEMBERS, new String[] { "400", "around 400 or less" }),
            Map.entry("alga-youtube-channel-subscribers", new String[] { "138", "138" }),
            Map.entry("alga-lord-of-the-rings-video-views", new String[] { "4300", "4,300" }),
            Map.entry(SIGNATURE_TARGET, new String[] { "5000000", "more than five million" }),
            Map.entry(TURNOUT_2011, new String[] { "89.98", "89.98%" }),
            Map.entry(VOTE_SHARE_2011, new String[] { "95.55", "95.55%" }),
            Map.entry(VOTE_SHARE_2005, new String[] { "91", "91%" }));

    private Chapter() {
    }

    /** Reads JSON numbers as exact decimals, so 89.98 is compared as 89.98 and not as a float. */
    static RequestSpecification exact() {
        return given().config(RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** The chapter's value of an observation, as a matcher of the exact decimal. */
    static Matcher<Object> value(String id) {
        return decimal(VALUES.get(id)[0]);
    }

    /** Matches a JSON number equal to {@code expected} as a decimal (203000 matches 203000, 89.98 matches 89.98). */
    static Matcher<Object> decimal(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(wanted) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the decimal " + expected);
            }
        };
    }

    /** A JSON Lines request body (RestAssured does not encode strings for application/jsonl by itself). */
    static byte[] jsonl(String lines) {
        return lines.getBytes(StandardCharsets.UTF_8);
    }
}
