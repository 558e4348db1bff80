import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** A CSV tool: writes sales records, parses them back, groups and totals per region with a printf report. */
public class IoCsvSummary {
    record Sale(String region, String product, int units, double price) {
        double total() { return units * price; }
    }

    public static void main(String[] args) throws IOException {
        Path file = Paths.get(System.getProperty("java.io.tmpdir"), "IoCsvSummary-" + System.nanoTime() + ".csv");
        String[] regions = {"north", "south", "east", "west"};
        String[] products = {"widget", "gadget", "doohickey"};
        Random rnd = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("region,product,units,price");
            w.newLine();
            for (int i = 0; i < 40; i++) {
                w.write(String.format("%s,%s,%d,%.2f", regions[rnd.nextInt(4)], products[rnd.nextInt(3)], 1 + rnd.nextInt(20), 1 + rnd.nextDouble() * 50));
                w.newLine();
            }
        }
        List<Sale> sales;
        try (Stream<String> lines = Files.lines(file)) {
            sales = lines.skip(1).map(l -> l.split(",")).map(c -> new Sale(c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]))).collect(Collectors.toList());
        }
        System.out.printf("%d records, %d bytes%n", sales.size(), Files.size(file));
        Map<String, DoubleSummaryStatistics> byRegion = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summarizingDouble(Sale::total)));
        System.out.printf("%-8s %5s %10s %10s %10s%n", "region", "n", "total", "avg", "max");
        byRegion.forEach((k, v) -> System.out.printf("%-8s %5d %10.2f %10.2f %10.2f%n", k, v.getCount(), v.getSum(), v.getAverage(), v.getMax()));
        Map<String, Integer> units = new HashMap<>();
        for (Sale s : sales) units.merge(s.product(), s.units(), Integer::sum);
        units.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> System.out.printf("%-10s %4d units%n", e.getKey(), e.getValue()));
        Sale best = sales.stream().max(Comparator.comparingDouble(Sale::total)).get();
        System.out.printf("best: %s %s %.2f%n", best.region(), best.product(), best.total());
        System.out.println("deleted " + Files.deleteIfExists(file));
    }
}
