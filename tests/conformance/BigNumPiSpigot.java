import java.math.BigInteger;

/** 500 digits of pi by Gibbons' unbounded spigot with BigInteger, and e by summing 1/k! scaled by 10^300. */
public class BigNumPiSpigot {
    public static void main(String[] args) {
        BigInteger q = BigInteger.ONE;
        BigInteger r = BigInteger.ZERO;
        BigInteger t = BigInteger.ONE;
        BigInteger three = BigInteger.valueOf(3);
        StringBuilder digits = new StringBuilder();
        int k = 0;
        while (digits.length() < 500) {
            k++;
            BigInteger odd = BigInteger.valueOf(2L * k + 1);
            r = q.shiftLeft(1).add(r).multiply(odd);
            q = q.multiply(BigInteger.valueOf(k));
            t = t.multiply(odd);
            if (q.compareTo(r) > 0) {
                continue;
            }
            BigInteger[] qr = q.multiply(three).add(r).divideAndRemainder(t);
            if (qr[1].add(q).compareTo(t) >= 0) {
                continue;
            }
            int d = qr[0].intValue();
            digits.append(d);
            r = r.subtract(t.multiply(BigInteger.valueOf(d))).multiply(BigInteger.TEN);
            q = q.multiply(BigInteger.TEN);
        }
        for (int i = 0; i < digits.length(); i += 80) {
            System.out.println(digits.substring(i, Math.min(digits.length(), i + 80)));
        }
        System.out.println("terms " + k);
        BigInteger scale = BigInteger.TEN.pow(300);
        BigInteger term = scale;
        BigInteger e = BigInteger.ZERO;
        for (int i = 1; term.signum() > 0; i++) {
            e = e.add(term);
            term = term.divide(BigInteger.valueOf(i));
        }
        System.out.println("e = " + e);
    }
}
