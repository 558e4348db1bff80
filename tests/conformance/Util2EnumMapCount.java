import java.util.*;
import java.util.stream.*;

/** EnumMap for counting and grouping, with collectors that build EnumMaps. */
public class Util2EnumMapCount {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum Rank { TWO, THREE, FOUR, FIVE, SIX, SEVEN, EIGHT, NINE, TEN, JACK, QUEEN, KING, ACE }

    public static void main(String[] args) {
        List<String> deck = new ArrayList<>();
        for (Suit s : Suit.values()) {
            for (Rank r : Rank.values()) {
                deck.add(r + "-" + s);
            }
        }
        Collections.shuffle(deck, new Random(7));
        List<String> hand = deck.subList(0, 13);
        System.out.println(hand);
        EnumMap<Suit, Integer> bySuit = new EnumMap<>(Suit.class);
        EnumMap<Rank, Integer> byRank = new EnumMap<>(Rank.class);
        for (String c : hand) {
            String[] p = c.split("-");
            bySuit.merge(Suit.valueOf(p[1]), 1, Integer::sum);
            byRank.merge(Rank.valueOf(p[0]), 1, Integer::sum);
        }
        System.out.println(bySuit);
        System.out.println(byRank);
        Map<Suit, List<String>> grouped = hand.stream().collect(Collectors.groupingBy(
            c -> Suit.valueOf(c.split("-")[1]), () -> new EnumMap<>(Suit.class), Collectors.toList()));
        System.out.println(grouped);
        Map<Suit, Long> counts = hand.stream().collect(Collectors.groupingBy(
            c -> Suit.valueOf(c.split("-")[1]), () -> new EnumMap<>(Suit.class), Collectors.counting()));
        System.out.println(counts + " " + counts.equals(new HashMap<>(counts)));
        EnumMap<Suit, Integer> points = new EnumMap<>(Suit.class);
        for (Suit s : Suit.values()) {
            points.put(s, 0);
        }
        for (String c : hand) {
            String[] p = c.split("-");
            int hcp = Math.max(0, Rank.valueOf(p[0]).ordinal() - 8);
            points.compute(Suit.valueOf(p[1]), (k, v) -> v + hcp);
        }
        System.out.println(points + " total=" + points.values().stream().mapToInt(Integer::intValue).sum());
        points.replaceAll((k, v) -> v * 10);
        points.entrySet().removeIf(e -> e.getValue() == 0);
        System.out.println(points + " " + points.keySet() + " " + points.containsKey(Suit.CLUBS));
        TreeMap<Suit, Integer> tm = new TreeMap<>(Comparator.reverseOrder());
        tm.putAll(bySuit);
        System.out.println(tm + " " + new EnumMap<>(tm));
    }
}
