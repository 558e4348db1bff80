import java.math.BigInteger;

/** BigInteger to and from primitives and bytes: intValue/longValue truncation, doubleValue/floatValue rounding, toByteArray. */
public class BigNumConversions {
    static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(b[i]);
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        String[] vals = {"0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "65535", "2147483647", "2147483648",
            "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "9007199254740993", "9007199254740995", "-9007199254740993", "36028797018963971",
            "123456789012345678901234567890", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "340282356779733661637539395458142568448", "340282366920938463463374607431768211455"};
        for (String s : vals) {
            BigInteger v = new BigInteger(s);
            System.out.println(s.length() > 40 ? s.substring(0, 20) + "..." : s);
            System.out.println("  int " + v.intValue() + " long " + v.longValue() + " short " + v.shortValue() + " byte " + v.byteValue());
            System.out.println("  double " + v.doubleValue() + " float " + v.floatValue());
            byte[] b = v.toByteArray();
            if (b.length <= 20) {
                System.out.println("  bytes " + bytes(b) + " back " + new BigInteger(b).equals(v));
            } else {
                System.out.println("  bytes length " + b.length + " back " + new BigInteger(b).equals(v));
            }
        }
        System.out.println(new BigInteger(new byte[] {-1, -1, -1}));
        System.out.println(new BigInteger(new byte[] {0, -1, -1}));
        System.out.println(new BigInteger(new byte[] {-128, 0, 0, 0, 0}));
        System.out.println(new BigInteger(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, 2, 4));
        System.out.println(new BigInteger(1, new byte[] {-1, -1}) + " " + new BigInteger(-1, new byte[] {-1, -1}));
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    }
}
