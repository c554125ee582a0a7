package jp.kyoseivision.store;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import jp.kyoseivision.text.LocalizedException;

/**
 * A JSON document refused for several problems at once: each with its JSON path and reason. Found by
 * {@link SphereJson#read}, which, after a record fails, takes that record out of the parsed document and reads
 * again, so the officer gets the list in one go instead of one problem per attempt.
 */
public final class JsonProblems extends LocalizedException {
    private static final long serialVersionUID = 1L;
    /** At most this many problems are collected; the message says when there may be more. */
    static final int MAX = 50;
    private final transient List<LocalizedException> problems;

    JsonProblems(List<LocalizedException> problems) {
        super("json.problems", problems.size(), List.copyOf(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in document order of discovery. */
    public List<LocalizedException> problems() {
        return problems;
    }

    /**
     * Removes, from {@code root}, the innermost array element on the path of {@code e} (the record that failed),
     * so that the rest of the document can be checked. False when the path holds no array element (the problem is
     * in the document's frame: there is nothing to take out).
     */
    static boolean removeFailedRecord(JsonNode root, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        int last = lastListElement(path);
        if (last < 0) {
            return false;
        }
        JsonNode node = root;
        for (int i = 0; i < last && node != null; i++) {
            JsonMappingException.Reference r = path.get(i);
            node = r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
        }
        int index = path.get(last).getIndex();
        if (!(node instanceof ArrayNode array) || index >= array.size()) {
            return false;
        }
        array.remove(index);
        return true;
    }

    /** Whether the problem sits inside a record of a list (not in the frame, where later checks cross-reference). */
    static boolean inRecord(JsonMappingException e) {
        return lastListElement(e.getPath()) >= 0;
    }

    /** The position in {@code path} of its innermost list element, or -1. */
    private static int lastListElement(List<JsonMappingException.Reference> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() == null && path.get(i).getIndex() >= 0) {
                return i;
            }
        }
        return -1;
    }
}
