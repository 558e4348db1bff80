import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Records through nested collectors: totals per department, top earner, average by grade. */
public class StreamsNested {
    record Emp(String name, String dept, int grade, double salary) { }

    public static void main(String[] args) {
        List<Emp> staff = List.of(new Emp("ana", "eng", 2, 5200.5), new Emp("ben", "ops", 1, 3100), new Emp("cat", "eng", 3, 7400.25),
            new Emp("dan", "eng", 2, 5100), new Emp("eli", "ops", 2, 4300.75), new Emp("fox", "hr", 1, 2900));
        System.out.println(staff.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.summingDouble(Emp::salary))));
        Map<String, Optional<Emp>> top = staff.stream().collect(Collectors.groupingBy(Emp::dept,
            Collectors.maxBy(java.util.Comparator.comparingDouble(Emp::salary))));
        top.forEach((d, e) -> System.out.println(d + " -> " + e.map(Emp::name).orElse("?")));
        System.out.println(staff.stream().collect(Collectors.groupingBy(Emp::grade, Collectors.averagingDouble(Emp::salary))));
        System.out.println(staff.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.groupingBy(Emp::grade,
            Collectors.mapping(Emp::name, Collectors.joining("/"))))));
        System.out.println(staff.stream().collect(Collectors.partitioningBy(e -> e.salary() > 5000, Collectors.mapping(Emp::name, Collectors.toList()))));
        System.out.println(staff.stream().mapToDouble(Emp::salary).summaryStatistics());
        System.out.println(staff.stream().collect(Collectors.toMap(Emp::dept, Emp::grade, Integer::max)));
    }
}
