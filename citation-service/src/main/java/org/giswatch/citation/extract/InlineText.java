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

    /** Walks the tree without recursion, so no nesting of emphasis or links can exhaust the stack. */
    static String of(Node root) {
        StringBuilder sb = new StringBuilder();
        Node node = root.getFirstChild();
        while (node != null) {
            if (node instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (node instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                sb.append(' ');
            } else if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
        return sb.toString();
    }
}
