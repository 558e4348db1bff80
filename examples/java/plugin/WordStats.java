package plugins;

import host.HostApi;
import host.Plugin;
import java.util.Map;
import java.util.TreeMap;

/** A plugin: counts the words of its input, most frequent first. */
public class WordStats implements Plugin {
    private final int top;

    public WordStats() {
        String configured = HostApi.config("top");
        this.top = configured == null ? 3 : Integer.parseInt(configured);
        HostApi.log("WordStats ready, top " + top);
    }

    @Override public String name() { return "word-stats"; }

    @Override public String apply(String input) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : input.toLowerCase().split("[^a-z]+")) {
            if (!word.isEmpty()) counts.merge(word, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream()
            .sorted((a, b) -> b.getValue() - a.getValue())
            .limit(top)
            .forEach(e -> out.append(e.getKey()).append('=').append(e.getValue()).append(' '));
        HostApi.log("counted " + counts.size() + " distinct words");
        return out.toString().trim();
    }
}
