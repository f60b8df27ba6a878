package org.giswatch.citation.extract;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in an inline node: literals of its text and code, line breaks as spaces, no markup. */
final class InlineText {

    private InlineText() {
    }

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString();
    }

    private static void append(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (child instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                append(child, sb);
            }
        }
    }
}
