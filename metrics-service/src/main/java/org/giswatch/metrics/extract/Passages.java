package org.giswatch.metrics.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How alike two passages are, for carrying an editor's decision across a small edit of a sentence. */
public final class Passages {

    /** Passages at least this alike (Dice coefficient of their words) are one sentence, reworded. */
    public static final double SIMILAR = 0.6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Passages() {
    }

    /**
     * The share of words two passages have in common, counted with repeats (Dice coefficient: 2·common / (words of
     * a + words of b)), case ignored: 1 for the same words, 0 for none in common. One word changed in a sentence of
     * twenty is 0.95; word order is ignored, since the figure, printed number and footnote are compared apart.
     */
    public static double similarity(String a, String b) {
        Map<String, Integer> left = words(a);
        Map<String, Integer> right = words(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 1;
        }
        int common = 0;
        for (Map.Entry<String, Integer> word : left.entrySet()) {
            common += Math.min(word.getValue(), right.getOrDefault(word.getKey(), 0));
        }
        return 2.0 * common / total;
    }

    private static Map<String, Integer> words(String passage) {
        Map<String, Integer> words = new HashMap<>();
        Matcher m = WORD.matcher(passage == null ? "" : passage.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.merge(m.group(), 1, Integer::sum);
        }
        return words;
    }
}
